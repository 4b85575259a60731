/** A progress bar on standard error, drawn only when it is a terminal. */

/** Draws `done/total` at most ten times a second; `clear` erases it. */
export function progressBar(
  stream: NodeJS.WriteStream,
  total: number,
): {
  update: (done: number, label: string) => void;
  clear: () => void;
} {
  if (!stream.isTTY) return { update: () => undefined, clear: () => undefined };
  let last = 0;
  let drawn = false;
  return {
    update(done, label) {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      const width = 30;
      const filled = Math.round((done / Math.max(total, 1)) * width);
      const pct = Math.floor((done / Math.max(total, 1)) * 100);
      const room = Math.max((stream.columns || 80) - width - 24, 0);
      const name = label.length > room ? `…${label.slice(label.length - room + 1)}` : label;
      stream.write(
        `\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${pct}% ${done}/${total} ${name}`,
      );
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
