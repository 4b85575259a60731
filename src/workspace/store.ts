/**
 * Persistence in the browser's IndexedDB (through idb): one record per article in the
 * `articles` object store, plus the article order and the view state in `state`. A reload
 * gets every article back, in order, and the view. Saves write only the articles that
 * changed since the last load or save (the workspace is immutable, so identity tells).
 */
import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Workspace, WorkspaceArticle, WorkspaceView } from './types';
import { WORKSPACE_VERSION } from './types';

interface Order {
  version: number;
  ids: string[];
}

interface Schema extends DBSchema {
  articles: { key: string; value: WorkspaceArticle };
  state: { key: 'order'; value: Order } | { key: 'view'; value: WorkspaceView };
}

/** Store names and the IndexedDB schema version. */
const DB_VERSION = 1;

/** A workspace stored in IndexedDB. */
export interface WorkspaceStore {
  /** The stored workspace, or null when nothing was saved yet. */
  load(): Promise<Workspace | null>;
  /** Replaces the stored workspace with `ws` (writes only changed articles). */
  save(ws: Workspace): Promise<void>;
  /** The stored view state, or null. */
  loadView(): Promise<WorkspaceView | null>;
  saveView(view: WorkspaceView): Promise<void>;
  /** Forgets every article and the view. */
  clear(): Promise<void>;
  /** Closes the database connection once pending saves are written. */
  close(): void;
}

/** Default database name of the app. */
export const DEFAULT_DB_NAME = 'entente-workspace';

/** Opens (creating if needed) the workspace database `dbName`. */
export async function openWorkspaceStore(dbName: string = DEFAULT_DB_NAME): Promise<WorkspaceStore> {
  const db: IDBPDatabase<Schema> = await openDB<Schema>(dbName, DB_VERSION, {
    upgrade(database) {
      if (!database.objectStoreNames.contains('articles'))
        database.createObjectStore('articles', { keyPath: 'meta.id' });
      if (!database.objectStoreNames.contains('state')) database.createObjectStore('state');
    },
  });
  /** Article objects as last read or written, by id. */
  const known = new Map<string, WorkspaceArticle>();
  /** Saves run one after another, in call order. */
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    load: () =>
      serial(async () => {
        const tx = db.transaction(['articles', 'state'], 'readonly');
        const [records, order] = await Promise.all([
          tx.objectStore('articles').getAll(),
          tx.objectStore('state').get('order') as Promise<Order | undefined>,
          tx.done,
        ]);
        if (!order && records.length === 0) return null;
        const rank = new Map((order?.ids ?? []).map((id, i) => [id, i]));
        const articles = [...records].sort(
          (a, b) =>
            (rank.get(a.meta.id) ?? Infinity) - (rank.get(b.meta.id) ?? Infinity) ||
            a.addedAt.localeCompare(b.addedAt),
        );
        known.clear();
        for (const a of articles) known.set(a.meta.id, a);
        return { version: WORKSPACE_VERSION, articles };
      }),
    save: (ws) =>
      serial(async () => {
        const tx = db.transaction(['articles', 'state'], 'readwrite');
        const store = tx.objectStore('articles');
        const keep = new Set(ws.articles.map((a) => a.meta.id));
        const stored = await store.getAllKeys();
        const writes: Promise<unknown>[] = [];
        for (const id of stored) if (!keep.has(id)) writes.push(store.delete(id));
        const storedSet = new Set(stored);
        for (const a of ws.articles)
          if (known.get(a.meta.id) !== a || !storedSet.has(a.meta.id)) writes.push(store.put(a));
        writes.push(tx.objectStore('state').put({ version: WORKSPACE_VERSION, ids: [...keep] }, 'order'));
        await Promise.all([...writes, tx.done]);
        known.clear();
        for (const a of ws.articles) known.set(a.meta.id, a);
      }),
    loadView: () =>
      serial(async () => ((await db.get('state', 'view')) as WorkspaceView | undefined) ?? null),
    saveView: (view) =>
      serial(async () => {
        await db.put('state', structuredClone(view), 'view');
      }),
    clear: () =>
      serial(async () => {
        const tx = db.transaction(['articles', 'state'], 'readwrite');
        await Promise.all([tx.objectStore('articles').clear(), tx.objectStore('state').clear(), tx.done]);
        known.clear();
      }),
    close: () => void queue.then(() => db.close()),
  };
}
