import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openWorkspaceStore } from '../../src/workspace/store';
import { addArticle, emptyWorkspace, removeArticle, workspaceGraph } from '../../src/workspace/model';
import { ALPHA, BETA, GAMMA, result } from './fixtures';

const one = result(
  'one',
  [ALPHA, BETA],
  [{ type: 'alliance', source: 'ALP', target: 'BET', sentence: 'Alphaland and Betaland are allies.' }],
);
const two = result(
  'two',
  [BETA, GAMMA],
  [{ type: 'visit', source: 'GAM', target: 'BET', sentence: 'Gammaland visited Betaland.', date: '2024-05' }],
);
const three = result(
  'three',
  [ALPHA, GAMMA],
  [{ type: 'sanction', source: 'ALP', target: 'GAM', sentence: 'Alphaland sanctioned Gammaland.' }],
);

/** The raw stored record of article `id`. */
async function readRecord(name: string, id: string) {
  const req = indexedDB.open(name);
  const db = await new Promise<IDBDatabase>((resolve) => (req.onsuccess = () => resolve(req.result)));
  const record = await new Promise<{ mentions: { nodes: string[]; spans: unknown } }>((resolve) => {
    const r = db.transaction('articles').objectStore('articles').get(id);
    r.onsuccess = () => resolve(r.result as { mentions: { nodes: string[]; spans: unknown } });
  });
  db.close();
  return record;
}

let n = 0;
const freshName = (): string => `test-workspace-${++n}`;

describe('workspace store (IndexedDB)', () => {
  it('loads null before anything is saved', async () => {
    const store = await openWorkspaceStore(freshName());
    expect(await store.load()).toBeNull();
    expect(await store.loadView()).toBeNull();
    store.close();
  });

  it('keeps every article, in order, and the view across a reopen (a reload)', async () => {
    const name = freshName();
    const ws = addArticle(addArticle(addArticle(emptyWorkspace(), two), one), three);
    const store = await openWorkspaceStore(name);
    await store.save(ws);
    await store.saveView({
      hiddenArticles: ['one'],
      dateRange: { from: '2024-01' },
      app: { layout: 'grid' },
    });
    store.close();

    const again = await openWorkspaceStore(name);
    const loaded = await again.load();
    expect(loaded).toEqual(ws);
    expect(loaded?.articles.map((a) => a.meta.id)).toEqual(['two', 'one', 'three']);
    expect(workspaceGraph(loaded!).export()).toEqual(workspaceGraph(ws).export());
    expect(await again.loadView()).toEqual({
      hiddenArticles: ['one'],
      dateRange: { from: '2024-01' },
      app: { layout: 'grid' },
    });
    again.close();
  });

  it('stores one record per article and deletes removed ones', async () => {
    const name = freshName();
    const store = await openWorkspaceStore(name);
    const ws = addArticle(addArticle(emptyWorkspace(), one), two);
    await store.save(ws);
    await store.save(removeArticle(ws, 'one'));
    store.close();
    const req = indexedDB.open(name);
    const db = await new Promise<IDBDatabase>((resolve) => (req.onsuccess = () => resolve(req.result)));
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const r = db.transaction('articles').objectStore('articles').getAllKeys();
      r.onsuccess = () => resolve(r.result);
    });
    db.close();
    expect(keys).toEqual(['two']);
    const again = await openWorkspaceStore(name);
    expect((await again.load())?.articles.map((a) => a.meta.id)).toEqual(['two']);
    again.close();
  });

  it('stores mentions packed in one typed array, and reads them back as a list', async () => {
    const name = freshName();
    const ws = addArticle(emptyWorkspace(), one);
    const store = await openWorkspaceStore(name);
    await store.save(ws);
    store.close();
    const record = await readRecord(name, 'one');
    expect(record.mentions.spans).toBeInstanceOf(Uint32Array);
    expect(record.mentions.nodes).toEqual(['ALP']);
    const again = await openWorkspaceStore(name);
    expect((await again.load())?.articles[0]?.mentions).toEqual(ws.articles[0]!.mentions);
    again.close();
  });

  it('clear forgets articles and view', async () => {
    const store = await openWorkspaceStore(freshName());
    await store.save(addArticle(emptyWorkspace(), one));
    await store.saveView({ hiddenArticles: [] });
    await store.clear();
    expect(await store.load()).toBeNull();
    expect(await store.loadView()).toBeNull();
    store.close();
  });

  it('applies saves in call order', async () => {
    const name = freshName();
    const store = await openWorkspaceStore(name);
    const a = addArticle(emptyWorkspace(), one);
    const b = addArticle(a, two);
    const c = removeArticle(b, 'one');
    await Promise.all([store.save(a), store.save(b), store.save(c)]);
    expect((await store.load())?.articles.map((x) => x.meta.id)).toEqual(['two']);
    store.close();
  });
});
