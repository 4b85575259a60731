// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { IngestPanel } from '../../../src/ui/workspace/IngestPanel';
import { ingestText } from '../../../src/ui/workspace/ingestCore';
import type { IngestMessage, IngestRequest } from '../../../src/ui/workspace/ingestProtocol';
import type { IngestWorker } from '../../../src/ui/workspace/useIngest';
import { extractGraph } from '../../../src/extract';
import type { WorkspaceArticle } from '../../../src/workspace/types';

afterEach(cleanup);

/** A worker the test drives by hand. */
class FakeWorker implements IngestWorker {
  onmessage: ((ev: MessageEvent<IngestMessage>) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  requests: IngestRequest[] = [];
  terminated = false;
  postMessage(msg: IngestRequest): void {
    this.requests.push(msg);
  }
  terminate(): void {
    this.terminated = true;
  }
  send(msg: IngestMessage): void {
    act(() => this.onmessage?.({ data: msg } as MessageEvent<IngestMessage>));
  }
}

const article = (id: string): WorkspaceArticle => ({
  meta: { id, title: id },
  text: id,
  graph: {
    options: { type: 'mixed', multi: true, allowSelfLoops: false },
    attributes: {},
    nodes: [],
    edges: [],
  },
  mentions: [],
  addedAt: 't',
});

function setup() {
  const worker = new FakeWorker();
  const onArticles = vi.fn<(a: WorkspaceArticle[]) => void>();
  render(<IngestPanel onArticles={onArticles} createWorker={() => worker} />);
  const files = Array.from({ length: 3 }, (_, i) => new File([`Story ${i}`], `s${i}.txt`));
  fireEvent.change(screen.getByLabelText('Choose article files to add'), { target: { files } });
  return { worker, onArticles, files };
}

describe('IngestPanel', () => {
  it('sends the files to the worker, shows progress and hands over the articles at the end', () => {
    const { worker, onArticles } = setup();
    expect(worker.requests).toHaveLength(1);
    expect(worker.requests[0]?.files.map((f) => f.name)).toEqual(['s0.txt', 's1.txt', 's2.txt']);
    const bar = screen.getByRole<HTMLProgressElement>('progressbar', { name: 'Ingest progress' });
    expect(bar.max).toBe(3);
    worker.send({ type: 'file', index: 0, name: 's0.txt', ok: true, article: article('a0') });
    worker.send({ type: 'file', index: 1, name: 's1.txt', ok: false, reason: 'the article is empty' });
    expect(bar.value).toBe(2);
    expect(screen.getByRole('status').textContent).toBe('Reading 2 of 3 files…');
    worker.send({ type: 'file', index: 2, name: 's2.txt', ok: true, article: article('a2') });
    worker.send({ type: 'done' });
    expect(bar.value).toBe(3);
    expect(
      onArticles.mock.calls
        .flat(1)
        .flat()
        .map((a) => a.meta.id),
    ).toEqual(['a0', 'a2']);
    expect(screen.getByRole('status').textContent).toBe('Done: 2 of 3 files added, 1 skipped.');
    expect(screen.getByText('s1.txt')).toBeTruthy();
    expect(worker.terminated).toBe(true);
  });

  it('cancels: stops the worker and keeps what was read', () => {
    const { worker, onArticles } = setup();
    worker.send({ type: 'file', index: 0, name: 's0.txt', ok: true, article: article('a0') });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel ingest' }));
    expect(worker.terminated).toBe(true);
    expect(
      onArticles.mock.calls
        .flat(1)
        .flat()
        .map((a) => a.meta.id),
    ).toEqual(['a0']);
    expect(screen.getByRole('status').textContent).toBe('Cancelled after 1 of 3 files (1 added).');
    expect(screen.queryByRole('button', { name: 'Cancel ingest' })).toBeNull();
    worker.send({ type: 'file', index: 1, name: 's1.txt', ok: true, article: article('late') });
    expect(
      onArticles.mock.calls
        .flat(1)
        .flat()
        .map((a) => a.meta.id),
    ).toEqual(['a0']);
  });
});

describe('IngestPanel with a sink', () => {
  it('lists an article only once it is stored, with the progress, and ends the journal last', async () => {
    const worker = new FakeWorker();
    const onArticles = vi.fn<(a: WorkspaceArticle[]) => void>();
    const log: string[] = [];
    const gates: (() => void)[] = [];
    const sink = {
      store: (list: WorkspaceArticle[], p: { total: number; done: number; added: number }) => {
        log.push(`store ${list.map((a) => a.meta.id).join(',')} ${p.done}/${p.total} +${p.added}`);
        return new Promise<void>((resolve) => gates.push(resolve));
      },
      end: () => {
        log.push('end');
        return Promise.resolve();
      },
    };
    render(<IngestPanel onArticles={onArticles} createWorker={() => worker} sink={sink} />);
    const files = Array.from({ length: 3 }, (_, i) => new File([`Story ${i}`], `s${i}.txt`));
    fireEvent.change(screen.getByLabelText('Choose article files to add'), { target: { files } });
    const listed = () => onArticles.mock.calls.flat(2).map((a) => a.meta.id);
    const open = async () => {
      await waitFor(() => expect(gates.length).toBeGreaterThan(0));
      await act(() => Promise.resolve(gates.shift()?.()));
    };
    await open(); // the journal of the run: 0 of 3
    worker.send({ type: 'file', index: 0, name: 's0.txt', ok: true, article: article('a0') });
    worker.send({ type: 'file', index: 1, name: 's1.txt', ok: false, reason: 'empty' });
    worker.send({ type: 'file', index: 2, name: 's2.txt', ok: true, article: article('a2') });
    worker.send({ type: 'done' });
    expect(listed()).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe('Reading 3 of 3 files…');
    await open();
    await open();
    await waitFor(() => expect(listed()).toEqual(['a0', 'a2']));
    expect(log).toEqual(['store  0/3 +0', 'store a0 1/3 +1', 'store a2 3/3 +2', 'end']);
    expect(screen.getByRole('status').textContent).toBe('Done: 2 of 3 files added, 1 skipped.');
  });
});

describe('ingestText', () => {
  const text = 'France and Germany signed a treaty.\nThey agreed to cooperate.';
  it('makes an article with a content id and the file name as source', () => {
    const out = ingestText('news/one.txt', text);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    // The same id a pasted copy of the text gets, so the two replace each other.
    expect(out.article.meta).toMatchObject({ id: extractGraph(text).article.id, source: 'news/one.txt' });
    expect(out.article.text).toContain('France and Germany signed a treaty.');
    expect(out.article.graph.nodes.map((n) => n.key)).toEqual(expect.arrayContaining(['FRA', 'DEU']));
  });

  it('skips other files and empty ones with a reason', () => {
    expect(ingestText('photo.jpg', text)).toEqual({ ok: false, reason: 'not a .txt or .html file' });
    const empty = ingestText('blank.txt', '   ');
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.reason).toMatch(/empty/);
  });
});
