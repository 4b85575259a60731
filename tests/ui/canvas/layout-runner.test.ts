import { describe, expect, it, vi } from 'vitest';
import { createCanvas, createWorkerLayoutRunner, ASYNC_LAYOUT_MIN_NODES } from '../../../src/ui/canvas';
import type { LayoutRunner } from '../../../src/ui/canvas';
import { computePositions, liteElements, positionsOf } from '../../../src/ui/canvas/layout';
import type { Point } from '../../../src/ui/canvas/layout';
import type { LayoutReply, LayoutRequest, LayoutWorker } from '../../../src/ui/canvas/layout-runner';
import { positionsFromReply } from '../../../src/ui/canvas/layout-runner';
import { toElements } from '../../../src/ui/canvas/elements';
import { addTie, createGraph, upsertActor } from '../../../src/graph/build';
import type { EntenteGraph } from '../../../src/graph/types';
import { smallGraph } from './fixture';
import { DEFAULT_TOP } from '../../../src/ui/lib/analysisState';

/** A ring of `n` states: large enough (n >= ASYNC_LAYOUT_MIN_NODES) to be laid out by a runner. */
function ring(n: number, prefix = 'S'): EntenteGraph {
  const g = createGraph();
  for (let i = 0; i < n; i++) upsertActor(g, `${prefix}${i}`, { label: `State ${i}`, kind: 'state' });
  for (let i = 0; i < n; i++)
    addTie(g, 'alliance', `${prefix}${i}`, `${prefix}${(i + 1) % n}`, [{ text: 'x', start: 0, end: 1 }]);
  return g;
}

/** A runner whose layouts finish when the test says so; node `S3` goes to (30, 7). */
function manualRunner() {
  const calls: { resolve: () => void; reject: (e: Error) => void; n: number }[] = [];
  const run: LayoutRunner = (elements) =>
    new Promise<Map<string, Point>>((resolve, reject) => {
      const out = new Map<string, Point>();
      for (const e of elements)
        if (e.group === 'nodes') out.set(e.data.id, { x: Number(e.data.id.slice(1)) * 10, y: 7 });
      calls.push({ resolve: () => resolve(out), reject, n: out.size });
    });
  return { run, calls };
}

const container = {} as HTMLElement;

describe('layout off the main thread', () => {
  it('posts light, cloneable elements and gives the same positions as the synchronous layout', () => {
    const elements = toElements(smallGraph());
    const lite = liteElements(elements);
    expect(structuredClone(lite)).toEqual(lite);
    expect(positionsOf(lite, 'fcose')).toEqual(computePositions(elements, 'fcose'));
  });

  it('draws a large graph only once its positions arrive, and reports the layout state', async () => {
    const { run, calls } = manualRunner();
    const states: boolean[] = [];
    const h = createCanvas({
      container,
      graph: ring(ASYNC_LAYOUT_MIN_NODES),
      headless: true,
      layoutRunner: run,
      onLayoutState: (s) => states.push(s),
    });
    expect(h.cy.nodes()).toHaveLength(0);
    expect(states).toEqual([true]);
    calls[0]?.resolve();
    await h.settled();
    expect(h.cy.nodes()).toHaveLength(ASYNC_LAYOUT_MIN_NODES);
    expect(h.cy.getElementById('S3').position()).toEqual({ x: 30, y: 7 });
    expect(states).toEqual([true, false]);
    h.destroy();
  });

  it('lays out small graphs at once, without the runner', () => {
    const run = vi.fn<LayoutRunner>();
    const h = createCanvas({ container, graph: smallGraph(), headless: true, layoutRunner: run });
    expect(h.cy.nodes()).toHaveLength(7);
    expect(run).not.toHaveBeenCalled();
    h.destroy();
  });

  it("lays out the focus on a big graph's top actors off the main thread too", () => {
    const run = vi.fn<LayoutRunner>(() => new Promise(() => undefined));
    const h = createCanvas({ container, graph: smallGraph(), headless: true, layoutRunner: run });
    h.update({ graph: ring(DEFAULT_TOP) });
    expect(run).toHaveBeenCalledOnce();
    h.destroy();
  });

  it('keeps the previous graph until the new one is laid out, and drops a superseded layout', async () => {
    const { run, calls } = manualRunner();
    const h = createCanvas({ container, graph: smallGraph(), headless: true, layoutRunner: run });
    h.update({ graph: ring(ASYNC_LAYOUT_MIN_NODES, 'A') });
    expect(h.cy.nodes()).toHaveLength(7);
    h.update({ graph: ring(ASYNC_LAYOUT_MIN_NODES + 5, 'B') });
    calls[1]?.resolve();
    await h.settled();
    calls[0]?.resolve();
    await Promise.resolve();
    await h.settled();
    expect(h.cy.nodes()).toHaveLength(ASYNC_LAYOUT_MIN_NODES + 5);
    expect(h.cy.getElementById('A1').empty()).toBe(true);
    h.destroy();
  });

  it('falls back to the synchronous layout when the runner fails', async () => {
    const { run, calls } = manualRunner();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const h = createCanvas({
      container,
      graph: ring(ASYNC_LAYOUT_MIN_NODES),
      headless: true,
      layoutRunner: run,
    });
    calls[0]?.reject(new Error('worker crashed'));
    await h.settled();
    expect(h.cy.nodes()).toHaveLength(ASYNC_LAYOUT_MIN_NODES);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
    h.destroy();
  });

  it('applies a filter set while the layout runs', async () => {
    const { run, calls } = manualRunner();
    const h = createCanvas({
      container,
      graph: ring(ASYNC_LAYOUT_MIN_NODES),
      headless: true,
      layoutRunner: run,
    });
    h.update({
      filter: {
        relations: { alliance: false, visit: true, sanction: true, quote: true, affiliation: true },
        kinds: { state: true, leader: true, analyst: true, organization: true },
        hideIsolated: true,
      },
    });
    calls[0]?.resolve();
    await h.settled();
    expect(h.cy.nodes().every((n) => n.style('display') === 'none')).toBe(true);
    h.destroy();
  });
});

describe('createWorkerLayoutRunner', () => {
  /** A fake worker answering with the synchronous layout, or failing as told. */
  function fakeWorker(mode: 'ok' | 'error' | 'crash') {
    const made: LayoutWorker[] = [];
    const make = (): LayoutWorker => {
      const w: LayoutWorker = {
        onmessage: null,
        onerror: null,
        terminate: vi.fn(),
        postMessage(req: LayoutRequest) {
          queueMicrotask(() => {
            if (mode === 'crash') {
              w.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
              return;
            }
            let reply: LayoutReply;
            if (mode === 'error') reply = { id: req.id, ok: false, message: 'bad input' };
            else {
              const pos = positionsOf(req.elements, req.name);
              const ids = [...pos.keys()];
              reply = {
                id: req.id,
                ok: true,
                ids,
                xy: new Float64Array(ids.flatMap((k) => [pos.get(k)!.x, pos.get(k)!.y])),
              };
            }
            w.onmessage?.({ data: reply } as MessageEvent<LayoutReply>);
          });
        },
      };
      made.push(w);
      return w;
    };
    return { make, made };
  }

  it('starts the worker on first use and returns its positions', async () => {
    const f = fakeWorker('ok');
    const r = createWorkerLayoutRunner(f.make);
    expect(f.made).toHaveLength(0);
    const lite = liteElements(toElements(smallGraph()));
    expect(await r.run(lite, 'grid')).toEqual(positionsOf(lite, 'grid'));
    expect(await r.run(lite, 'circle')).toEqual(positionsOf(lite, 'circle'));
    expect(f.made).toHaveLength(1);
    r.dispose();
    expect(f.made[0]?.terminate).toHaveBeenCalled();
  });

  it('rejects with a message naming the worker when it reports an error or crashes', async () => {
    const lite = liteElements(toElements(smallGraph()));
    await expect(createWorkerLayoutRunner(fakeWorker('error').make).run(lite, 'grid')).rejects.toThrow(
      'layout worker: bad input',
    );
    await expect(createWorkerLayoutRunner(fakeWorker('crash').make).run(lite, 'grid')).rejects.toThrow(
      /layout worker failed to start or crashed: boom/,
    );
  });

  it('rejects pending layouts when disposed', async () => {
    const never: LayoutWorker = { onmessage: null, onerror: null, terminate: vi.fn(), postMessage: () => {} };
    const r = createWorkerLayoutRunner(() => never);
    const p = r.run([], 'grid');
    r.dispose();
    await expect(p).rejects.toThrow(/cancelled/);
  });

  it('rebuilds positions from the transferred array', () => {
    expect(positionsFromReply(['a', 'b'], new Float64Array([1, 2, 3, 4]))).toEqual(
      new Map([
        ['a', { x: 1, y: 2 }],
        ['b', { x: 3, y: 4 }],
      ]),
    );
  });
});
