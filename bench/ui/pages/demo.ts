/** Screenshot page: the adapter drawing a small realistic graph. `?layout=&dark=1&select=key`. */
import { createCanvas } from '../../../src/ui/canvas';
import type { LayoutName } from '../../../src/ui/canvas';
import { demoGraph } from '../demo-graph';

const q = new URLSearchParams(location.search);
const dark = q.get('dark') === '1';
document.body.style.background = dark ? '#15171a' : '#ffffff';
const handle = createCanvas({
  container: document.getElementById('cy') as HTMLElement,
  graph: demoGraph(),
  layout: (q.get('layout') ?? 'fcose') as LayoutName,
  dark,
});
const select = q.get('select');
if (select)
  handle.select({ type: select.includes('->') || select.includes('--') ? 'edge' : 'node', key: select });
Object.assign(window, { cy: handle.cy, handle });
