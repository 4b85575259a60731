/**
 * Colour-vision-deficiency simulation for tests: Machado, Oliveira & Fernandes (2009)
 * matrices at full severity, applied in linear RGB, and CIELAB distance (ΔE76).
 */
export type Vision = 'normal' | 'protanopia' | 'deuteranopia';
type Matrix = readonly [readonly number[], readonly number[], readonly number[]];

const MATRICES: Record<Vision, Matrix> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
};

export type Rgb = readonly [number, number, number];

export const hexRgb = (hex: string): Rgb =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
const toLinear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);

/** CIELAB of an sRGB colour as seen with `vision`. */
export function seenLab(rgb: Rgb, vision: Vision): [number, number, number] {
  const l = rgb.map(toLinear);
  const [r, g, b] = MATRICES[vision].map((row) =>
    Math.min(1, Math.max(0, row[0]! * l[0]! + row[1]! * l[1]! + row[2]! * l[2]!)),
  ) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** ΔE76 between two colours as seen with `vision`. */
export function seenDistance(a: Rgb, b: Rgb, vision: Vision): number {
  const p = seenLab(a, vision);
  const q = seenLab(b, vision);
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** The closest pair of a set under any of the three visions. */
export function closestPair(colours: readonly Rgb[]): { distance: number; vision: Vision } {
  let best = { distance: Infinity, vision: 'normal' as Vision };
  for (const vision of Object.keys(MATRICES) as Vision[])
    for (let i = 0; i < colours.length; i++)
      for (let j = i + 1; j < colours.length; j++) {
        const d = seenDistance(colours[i]!, colours[j]!, vision);
        if (d < best.distance) best = { distance: d, vision };
      }
  return best;
}
