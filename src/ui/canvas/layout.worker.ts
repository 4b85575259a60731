/// <reference lib="webworker" />
/**
 * Runs layouts off the main thread (see `layout-runner.ts`): a 5,000-node fcose takes
 * seconds, and the page must stay responsive meanwhile.
 */
import { positionsOf } from './layout';
import type { LayoutReply, LayoutRequest } from './layout-runner';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (ev: MessageEvent<LayoutRequest>) => {
  const { id, elements, name } = ev.data;
  let reply: LayoutReply;
  try {
    const positions = positionsOf(elements, name);
    const ids = [...positions.keys()];
    const xy = new Float64Array(ids.length * 2);
    ids.forEach((key, i) => {
      const p = positions.get(key);
      xy[2 * i] = p?.x ?? 0;
      xy[2 * i + 1] = p?.y ?? 0;
    });
    reply = { id, ok: true, ids, xy };
    self.postMessage(reply, [xy.buffer]);
  } catch (e) {
    reply = { id, ok: false, message: e instanceof Error ? e.message : String(e) };
    self.postMessage(reply);
  }
};
