/**
 * Persistence in the browser's IndexedDB (through idb): one record per article in the
 * `articles` object store, plus the article order, the view state and the journal of a
 * running multi-file ingest in `state`. A reload gets every article back, in order, and the
 * view; every record is read through its schema (src/workspace/schema.ts).
 *
 * Saves are atomic: ONE transaction writes (puts first) and deletes, and aborts on any
 * error, a value that cannot be stored included (its put throws before any delete is
 * issued), so a failed save leaves the last saved workspace whole. Values are copied once,
 * by IndexedDB itself: a second copy made to check them cost a 1 MB article ~50 ms of main
 * thread.
 */
import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import { packMentions } from '../graph/mentions';
import type { PackedMentions } from '../graph/mentions';
import type { Workspace, WorkspaceArticle, WorkspaceView } from './types';
import { WORKSPACE_VERSION } from './types';
import type { IngestJournal } from './schema';
import { parseRecord } from './schema';
import type { CorrectionLog } from './corrections';

/**
 * An article as stored: its mentions packed (see {@link PackedMentions}), so that writing a
 * 1 MB article does not clone ~54k mention objects on the main thread. Records with a
 * mention list (written before) are still read.
 */
type StoredArticle = Omit<WorkspaceArticle, 'mentions'> & { mentions: PackedMentions };

interface Schema extends DBSchema {
  articles: { key: string; value: StoredArticle };
  state: { key: string; value: unknown };
}

type Db = IDBPDatabase<Schema>;
type WriteTx = IDBPTransaction<Schema, ('articles' | 'state')[], 'readwrite'>;

/** Store names and the IndexedDB schema version. */
const DB_VERSION = 1;

/** A save that did not happen; the stored workspace is the one before it. */
export class SaveError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'SaveError';
  }
}

/** A workspace stored in IndexedDB. */
export interface WorkspaceStore {
  /** The stored workspace, or null when nothing was saved yet. Unreadable records are left aside. */
  load(): Promise<Workspace | null>;
  /** Why stored articles were left aside by the last {@link load} (one line each). */
  readonly refused: readonly string[];
  /** Why stored corrections were left aside by the last {@link load} (one line each). */
  readonly skippedCorrections: readonly string[];
  /** Replaces the stored workspace with `ws` (writes only changed articles); all or nothing. */
  save(ws: Workspace): Promise<void>;
  /** The stored view state, or null. */
  loadView(): Promise<WorkspaceView | null>;
  saveView(view: WorkspaceView): Promise<void>;
  /**
   * Stores articles as they arrive from an ingest, with its progress, in one transaction
   * (no article: writes the progress alone, e.g. when the ingest starts).
   */
  putArticles(articles: readonly WorkspaceArticle[], progress: IngestJournal): Promise<void>;
  /** The journal of an ingest that never finished (a reload cut it), or null. */
  readIngest(): Promise<IngestJournal | null>;
  /** Forgets the ingest journal (the ingest finished, or its interruption was reported). */
  endIngest(): Promise<void>;
  /** Forgets every article and the view. */
  clear(): Promise<void>;
  /** Closes the database connection once pending saves are written. */
  close(): void;
}

/** Default database name of the app. */
export const DEFAULT_DB_NAME = 'entente-workspace';

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The stored form of an article: its mentions packed. */
const storedForm = (a: WorkspaceArticle): StoredArticle => ({ ...a, mentions: packMentions(a.mentions) });

/**
 * Writes one article in `tx`. IndexedDB copies the value as it is put, so a value that cannot
 * be stored throws here, naming its article, and {@link atomically} aborts the transaction.
 */
function putArticle(tx: WriteTx, a: StoredArticle): Promise<unknown> {
  try {
    return tx.objectStore('articles').put(a);
  } catch (e) {
    throw new SaveError(`the article "${a.meta.id}" cannot be stored (${message(e)})`, { cause: e });
  }
}

/** Copies the corrections log the way IndexedDB will; throws {@link SaveError} when it cannot be stored. */
function serializeLog(log: CorrectionLog): CorrectionLog {
  try {
    return structuredClone(log);
  } catch (e) {
    throw new SaveError(`the corrections cannot be stored (${message(e)})`, { cause: e });
  }
}

/** Runs `ops` in one read-write transaction; any error aborts it, so nothing is written. */
async function atomically(db: Db, ops: (tx: WriteTx) => (() => Promise<unknown>)[]): Promise<void> {
  const tx = db.transaction(['articles', 'state'], 'readwrite');
  const requests: Promise<unknown>[] = [tx.done];
  try {
    for (const op of ops(tx)) requests.push(op());
    await Promise.all(requests);
  } catch (e) {
    for (const r of requests) r.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // already aborted by the failed request
    }
    throw new SaveError(message(e), { cause: e });
  }
}

async function openDatabase(dbName: string): Promise<Db> {
  return openDB<Schema>(dbName, DB_VERSION, {
    upgrade(database) {
      if (!database.objectStoreNames.contains('articles'))
        database.createObjectStore('articles', { keyPath: 'meta.id' });
      if (!database.objectStoreNames.contains('state')) database.createObjectStore('state');
    },
  });
}

/** Stored articles in stored order; records that fail the schema are left aside, with why. */
function readArticles(
  records: unknown[],
  order: unknown,
): { articles: WorkspaceArticle[]; refused: string[] } {
  const articles: WorkspaceArticle[] = [];
  const refused: string[] = [];
  records.forEach((r, i) => {
    const id = (r as { meta?: { id?: unknown } } | null)?.meta?.id;
    try {
      articles.push(
        parseRecord('article', r, `stored article ${typeof id === 'string' ? JSON.stringify(id) : i}`),
      );
    } catch (e) {
      refused.push(message(e));
    }
  });
  let ids: string[] = [];
  try {
    if (order !== undefined) ids = parseRecord('order', order, 'stored order').ids;
  } catch {
    // an unreadable order: keep the order of addition
  }
  const rank = new Map(ids.map((id, i) => [id, i]));
  articles.sort(
    (a, b) =>
      (rank.get(a.meta.id) ?? Infinity) - (rank.get(b.meta.id) ?? Infinity) ||
      a.addedAt.localeCompare(b.addedAt),
  );
  return { articles, refused };
}

/** The stored corrections log, entries that fail the schema left aside (with why). */
function readCorrections(raw: unknown): { log?: CorrectionLog; skipped: string[] } {
  if (raw === undefined) return { skipped: [] };
  try {
    const { log, skipped } = parseRecord('corrections', raw, 'stored corrections');
    return log.entries.length > 0 ? { log, skipped } : { skipped };
  } catch (e) {
    return { skipped: [message(e)] };
  }
}

/** Saves run one after another, in call order. */
function serialQueue(): <T>(job: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };
}

/** Opens (creating if needed) the workspace database `dbName`. */
export async function openWorkspaceStore(dbName: string = DEFAULT_DB_NAME): Promise<WorkspaceStore> {
  const db = await openDatabase(dbName);
  /** Article objects as last read or written, by id: an article is rewritten only when it changed. */
  const known = new Map<string, WorkspaceArticle>();
  /**
   * Ids of the workspace as last loaded or saved: a save deletes those it no longer holds,
   * never a record it did not list (one an ingest just stored, one left aside on load).
   */
  let listed = new Set<string>();
  /** The corrections log as last read or written: rewritten only when it changed. */
  let knownLog: CorrectionLog | undefined;
  const serial = serialQueue();
  /** A record of the state store read through its schema, or null when absent or unreadable. */
  async function readState<K extends 'view' | 'ingest'>(
    key: K,
  ): Promise<ReturnType<typeof parseRecord<K>> | null> {
    const raw: unknown = await db.get('state', key);
    if (raw === undefined) return null;
    try {
      return parseRecord(key, raw, `stored ${key}`);
    } catch {
      return null;
    }
  }
  const store: WorkspaceStore = {
    refused: [],
    skippedCorrections: [],
    load: () =>
      serial(async () => {
        const tx = db.transaction(['articles', 'state'], 'readonly');
        const [records, order, rawLog] = await Promise.all([
          tx.objectStore('articles').getAll() as Promise<unknown[]>,
          tx.objectStore('state').get('order'),
          tx.objectStore('state').get('corrections'),
          tx.done,
        ]);
        const { articles, refused } = readArticles(records, order);
        const { log, skipped } = readCorrections(rawLog);
        Object.assign(store, { refused, skippedCorrections: skipped });
        known.clear();
        for (const a of articles) known.set(a.meta.id, a);
        listed = new Set(known.keys());
        knownLog = log;
        if (order === undefined && records.length === 0 && !log) return null;
        return { version: WORKSPACE_VERSION, articles, ...(log ? { corrections: log } : {}) };
      }),
    save: (ws) =>
      serial(async () => {
        // Started in the task that asked for it: the UI shows a change once it is stored.
        const changed = ws.articles.filter((a) => known.get(a.meta.id) !== a);
        const records = changed.map(storedForm);
        const ids = ws.articles.map((a) => a.meta.id);
        const keep = new Set(ids);
        const gone = [...listed].filter((id) => !keep.has(id));
        const log = ws.corrections;
        const logChanged = log !== knownLog;
        const logRecord = log && logChanged ? serializeLog(log) : undefined;
        await atomically(db, (tx) => [
          ...records.map((r) => () => putArticle(tx, r)),
          ...gone.map((id) => () => tx.objectStore('articles').delete(id)),
          () => tx.objectStore('state').put({ version: WORKSPACE_VERSION, ids }, 'order'),
          ...(!logChanged
            ? []
            : logRecord
              ? [() => tx.objectStore('state').put(logRecord, 'corrections')]
              : [() => tx.objectStore('state').delete('corrections')]),
        ]);
        for (const id of gone) known.delete(id);
        for (const a of changed) known.set(a.meta.id, a);
        listed = keep;
        knownLog = log;
      }),
    loadView: () => serial(() => readState('view')),
    saveView: (view) =>
      serial(async () => {
        await db.put('state', structuredClone(view), 'view');
      }),
    putArticles: (articles, progress) =>
      serial(async () => {
        const records = articles.map(storedForm);
        await atomically(db, (tx) => [
          ...records.map((r) => () => putArticle(tx, r)),
          () => tx.objectStore('state').put({ ...progress }, 'ingest'),
        ]);
        for (const a of articles) known.set(a.meta.id, a);
      }),
    readIngest: () => serial(() => readState('ingest')),
    endIngest: () => serial(() => db.delete('state', 'ingest')),
    clear: () =>
      serial(async () => {
        await atomically(db, (tx) => [
          () => tx.objectStore('articles').clear(),
          () => tx.objectStore('state').clear(),
        ]);
        known.clear();
        listed = new Set();
        knownLog = undefined;
      }),
    close: () => void serial(() => Promise.resolve(db.close())),
  };
  return store;
}
