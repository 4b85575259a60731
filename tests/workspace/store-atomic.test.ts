/* eslint-disable @typescript-eslint/unbound-method -- the tests stub IDBObjectStore.prototype.put */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openWorkspaceStore, SaveError } from '../../src/workspace/store';
import { addArticle, addArticles, emptyWorkspace, removeArticle } from '../../src/workspace/model';
import type { Workspace, WorkspaceArticle } from '../../src/workspace/types';
import { ALPHA, BETA, GAMMA, result } from './fixtures';
import { articleFromResult } from '../../src/workspace/model';

const one = result(
  'one',
  [ALPHA, BETA],
  [{ type: 'alliance', source: 'ALP', target: 'BET', sentence: 'Alphaland and Betaland are allies.' }],
);
const two = result(
  'two',
  [BETA, GAMMA],
  [{ type: 'visit', source: 'GAM', target: 'BET', sentence: 'Gammaland visited Betaland.' }],
);
const three = articleFromResult(
  result(
    'three',
    [ALPHA, GAMMA],
    [{ type: 'sanction', source: 'ALP', target: 'GAM', sentence: 'Alphaland sanctioned Gammaland.' }],
  ),
);

let n = 0;
const freshName = (): string => `atomic-test-${++n}`;

/** An article holding an attribute `depth` levels deep: it passes no structured clone. */
function deep(depth: number): WorkspaceArticle {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = { a: v };
  const a = articleFromResult(
    result('deep', [ALPHA, GAMMA], [{ type: 'visit', source: 'ALP', target: 'GAM', sentence: 'A visit.' }]),
  );
  return { ...a, meta: { ...a.meta, extra: v } as WorkspaceArticle['meta'] };
}

async function storedIds(name: string): Promise<string[] | undefined> {
  const s = await openWorkspaceStore(name);
  const ws = await s.load();
  s.close();
  return ws?.articles.map((a) => a.meta.id);
}

async function savedFirst(name: string): Promise<Workspace> {
  const ws = addArticle(addArticle(emptyWorkspace(), one), two);
  const s = await openWorkspaceStore(name);
  await s.save(ws);
  s.close();
  return ws;
}

afterEach(() => vi.restoreAllMocks());

describe('atomic saves', () => {
  it('a save that cannot serialize an article writes nothing: the removal is not stored either', async () => {
    const name = freshName();
    const ws = await savedFirst(name);
    const s = await openWorkspaceStore(name);
    expect((await s.load())?.articles.map((a) => a.meta.id)).toEqual(['one', 'two']);
    const next = addArticles(removeArticle(ws, 'one'), [deep(10_000)]);
    await expect(s.save(next)).rejects.toThrow(SaveError);
    await expect(s.save(next)).rejects.toThrow(/the article "deep" cannot be stored/);
    s.close();
    expect(await storedIds(name)).toEqual(['one', 'two']);
  });

  it('a put that fails inside the transaction aborts it: the deletes are rolled back', async () => {
    const name = freshName();
    const ws = await savedFirst(name);
    const s = await openWorkspaceStore(name);
    const loaded = (await s.load())!;
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'state' && ++calls === 1) throw new DOMException('disk full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const next = addArticles(removeArticle(loaded, 'one'), [three]);
    await expect(s.save(next)).rejects.toThrow(/disk full/);
    vi.restoreAllMocks();
    s.close();
    expect(await storedIds(name)).toEqual(['one', 'two']);
    // The next save (nothing failing) writes the whole change.
    const again = await openWorkspaceStore(name);
    await again.load();
    await again.save(addArticles(removeArticle(ws, 'one'), [three]));
    again.close();
    expect(await storedIds(name)).toEqual(['two', 'three']);
  });

  it('a failed save changes nothing the next save relies on', async () => {
    const name = freshName();
    await savedFirst(name);
    const s = await openWorkspaceStore(name);
    const loaded = (await s.load())!;
    await expect(s.save(addArticles(loaded, [deep(10_000)]))).rejects.toThrow(SaveError);
    await s.save(removeArticle(loaded, 'two'));
    s.close();
    expect(await storedIds(name)).toEqual(['one']);
  });
});

describe('reading stored records', () => {
  it('leaves a damaged record aside, says why, and never deletes it', async () => {
    const name = freshName();
    await savedFirst(name);
    const req = indexedDB.open(name);
    const db = await new Promise<IDBDatabase>((resolve) => (req.onsuccess = () => resolve(req.result)));
    const bad = articleFromResult(
      result('bad', [BETA, GAMMA], [{ type: 'visit', source: 'GAM', target: 'BET', sentence: 'A visit.' }]),
    );
    bad.mentions[0]!.node = 'NOPE';
    await new Promise((resolve) => {
      const tx = db.transaction('articles', 'readwrite');
      tx.objectStore('articles').put(bad);
      tx.oncomplete = resolve;
    });
    db.close();
    const s = await openWorkspaceStore(name);
    const ws = (await s.load())!;
    expect(ws.articles.map((a) => a.meta.id)).toEqual(['one', 'two']);
    expect(s.refused).toEqual(['stored article "bad".mentions[0].node "NOPE" is not a node of this article']);
    await s.save(removeArticle(ws, 'one'));
    s.close();
    const again = await openWorkspaceStore(name);
    expect((await again.load())?.articles.map((a) => a.meta.id)).toEqual(['two']);
    expect(again.refused).toHaveLength(1);
    again.close();
  });

  it('leaves aside a packed record whose mention points past its node list', async () => {
    const name = freshName();
    await savedFirst(name);
    const req = indexedDB.open(name);
    const db = await new Promise<IDBDatabase>((resolve) => (req.onsuccess = () => resolve(req.result)));
    const bad = articleFromResult(
      result('bad', [BETA, GAMMA], [{ type: 'visit', source: 'GAM', target: 'BET', sentence: 'A visit.' }]),
    );
    const spans = new Uint32Array([0, 1, 9]);
    await new Promise((resolve) => {
      const tx = db.transaction('articles', 'readwrite');
      tx.objectStore('articles').put({ ...bad, mentions: { nodes: ['GAM'], spans } });
      tx.objectStore('articles').put({
        ...bad,
        meta: { ...bad.meta, id: 'cut' },
        mentions: { nodes: [], spans: spans.subarray(0, 2).slice() },
      });
      tx.oncomplete = resolve;
    });
    db.close();
    const s = await openWorkspaceStore(name);
    expect((await s.load())!.articles.map((a) => a.meta.id)).toEqual(['one', 'two']);
    expect(s.refused).toEqual([
      'stored article "bad".mentions[0].node "#9" is not a node of this article',
      'stored article "cut".mentions.spans holds 2 numbers, not triples',
    ]);
    s.close();
  });

  it('ignores a stored view of the wrong shape', async () => {
    const s = await openWorkspaceStore(freshName());
    await s.saveView({ hiddenArticles: 'one' } as never);
    expect(await s.loadView()).toBeNull();
    await s.saveView({ hiddenArticles: ['one'], dateRange: { from: '0099-01' } });
    expect(await s.loadView()).toEqual({ hiddenArticles: ['one'], dateRange: { from: '0099-01' } });
    s.close();
  });
});

describe('ingest journal', () => {
  it('stores ingested articles with the progress; a save of an older workspace keeps them', async () => {
    const name = freshName();
    const ws = await savedFirst(name);
    const s = await openWorkspaceStore(name);
    await s.load();
    const startedAt = '2026-01-01T00:00:00.000Z';
    await s.putArticles([], { total: 400, done: 0, added: 0, startedAt });
    await s.putArticles([three], { total: 400, done: 3, added: 1, startedAt });
    await s.save(ws);
    s.close();
    const again = await openWorkspaceStore(name);
    expect((await again.load())?.articles.map((a) => a.meta.id)).toEqual(['one', 'two', 'three']);
    expect(await again.readIngest()).toEqual({ total: 400, done: 3, added: 1, startedAt });
    await again.endIngest();
    expect(await again.readIngest()).toBeNull();
    again.close();
  });
});
