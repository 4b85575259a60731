/**
 * States never touch: after the layout, state nodes closer than their boxes allow (plus a
 * gap) are pushed apart with {@link separate}; other actors stay where the layout put them.
 */
import type { LiteElement, Point } from './layout';
import { separate } from './separate';

/** Space kept between two states' boxes (model px). */
export const STATE_GAP = 24;

/** Moves the state nodes of `positions` apart until no two are within their boxes + gap. */
export function separateStates(positions: Map<string, Point>, lite: readonly LiteElement[]): void {
  const ids: string[] = [];
  const radii: number[] = [];
  for (const e of lite)
    if (e.group === 'nodes' && e.data.kind === 'state' && positions.has(e.data.id)) {
      ids.push(e.data.id);
      radii.push(Math.max(e.data.w, e.data.h) / 2 + STATE_GAP / 2);
    }
  if (ids.length < 2) return;
  const xy = ids.map((id) => ({ ...positions.get(id)! }));
  separate(xy, radii);
  ids.forEach((id, i) => positions.set(id, xy[i]!));
}
