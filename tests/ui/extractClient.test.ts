import { afterEach, describe, expect, it, vi } from 'vitest';
import { CancelledError, createExtractor } from '../../src/ui/lib/extractClient';
import type { WorkerLike } from '../../src/ui/lib/extractClient';
import type { ExtractRequest, ExtractResponse } from '../../src/ui/worker/protocol';
import { createGraph } from '../../src/graph/build';
import { packMentions } from '../../src/graph/mentions';

/** A worker that records what it is sent and answers only when told to. */
function fakeWorkers() {
  const made: (WorkerLike & { sent: ExtractRequest[]; terminated: boolean; answer(id: number): void })[] = [];
  const spawn = (): WorkerLike => {
    const w = {
      sent: [] as ExtractRequest[],
      terminated: false,
      onmessage: null as WorkerLike['onmessage'],
      onerror: null as WorkerLike['onerror'],
      postMessage(m: ExtractRequest) {
        w.sent.push(m);
      },
      terminate() {
        w.terminated = true;
      },
      answer(id: number) {
        const result = {
          graph: createGraph().export(),
          text: 't',
          article: { id: 'a', title: 'A' },
          mentions: packMentions([]),
          warnings: [],
        };
        w.onmessage?.({ data: { id, ok: true, result } } as unknown as MessageEvent<ExtractResponse>);
      },
    };
    made.push(w);
    return w;
  };
  return { made, spawn };
}

afterEach(() => vi.useRealTimers());

describe('extraction client', () => {
  it('Cancel stops the worker, rejects the request, and the next request gets a fresh worker', async () => {
    const { made, spawn } = fakeWorkers();
    const ex = createExtractor({ spawn });
    const abort = new AbortController();
    const p = ex.extract('x', { format: 'text' }, abort.signal);
    abort.abort();
    await expect(p).rejects.toBeInstanceOf(CancelledError);
    expect(made[0]!.terminated).toBe(true);
    const q = ex.extract('y', { format: 'text' });
    expect(made).toHaveLength(2);
    made[1]!.answer(made[1]!.sent[0]!.id);
    await expect(q).resolves.toMatchObject({ text: 't' });
  });

  it('other requests in flight move to the fresh worker when one is cancelled', async () => {
    const { made, spawn } = fakeWorkers();
    const ex = createExtractor({ spawn });
    const abort = new AbortController();
    const first = ex.openGraph('{}', 'g.json');
    const second = ex.extract('x', { format: 'text' }, abort.signal);
    abort.abort();
    await expect(second).rejects.toBeInstanceOf(CancelledError);
    expect(made[1]!.sent.map((r) => r.type)).toEqual(['graph']);
    made[1]!.answer(made[1]!.sent[0]!.id);
    await expect(first).resolves.toMatchObject({ text: 't' });
  });

  it('a request over its time budget is stopped with a message saying so', async () => {
    vi.useFakeTimers();
    const { made, spawn } = fakeWorkers();
    const ex = createExtractor({ spawn, budgetMs: 5000 });
    const p = ex.extract('x', { format: 'text' });
    const caught = p.catch((e: unknown) => e);
    vi.advanceTimersByTime(4999);
    expect(made[0]!.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    const err = (await caught) as Error;
    expect(err.message).toMatch(/stopped after 5 s/);
    expect(made[0]!.terminated).toBe(true);
  });

  it('an answer in time clears the budget', async () => {
    vi.useFakeTimers();
    const { made, spawn } = fakeWorkers();
    const ex = createExtractor({ spawn, budgetMs: 5000 });
    const p = ex.extract('x', { format: 'text' });
    made[0]!.answer(made[0]!.sent[0]!.id);
    await expect(p).resolves.toMatchObject({ text: 't' });
    vi.advanceTimersByTime(10000);
    expect(made[0]!.terminated).toBe(false);
  });
});
