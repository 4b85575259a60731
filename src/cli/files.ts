/** Finding and reading the inputs named on the command line. */
import { closeSync, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { MAX_INPUT_BYTES, tooLarge } from '../extract/input';
import { InputError } from '../extract/types';

/** Extensions a directory walk picks up (case-insensitive). */
export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm'];

/** One input: a file, or standard input. */
export interface Source {
  /** Path to show and to use as the article id ("stdin" for -). */
  id: string;
  /** File path, or undefined for standard input. */
  path?: string;
  /** Whether the user named it (errors are fatal) or a directory walk found it (skipped). */
  explicit: boolean;
}

/** A problem with a path: one line, what is wrong and what to do. */
export class PathError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PathError';
  }
}

/** Turns a file-system error into one line saying what to do. */
export function describeFsError(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `${path}: no such file or directory: check the path`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied: make it readable (chmod +r) or copy it somewhere readable`;
    case 'EISDIR':
      return `${path}: is a directory: give the directory itself as PATH to read the articles in it`;
    case 'ENOTDIR':
      return `${path}: a part of the path is not a directory: check the path`;
    default:
      return `${path}: cannot read it (${code ?? (e instanceof Error ? e.message : String(e))}): check the path and permissions`;
  }
}

const isArticle = (name: string): boolean => {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
};

const toId = (p: string): string => p.split(sep).join('/');

/**
 * Expands the command-line paths into sources, in order; directories are walked
 * recursively (sorted, hidden entries skipped, symlink loops cut). Unreadable
 * subdirectories are reported through `skip`. Throws {@link PathError} for a named path
 * that does not exist or cannot be read.
 */
export function expandPaths(paths: string[], skip: (id: string, reason: string) => void): Source[] {
  const out: Source[] = [];
  for (const p of paths) {
    if (p === '-') {
      out.push({ id: 'stdin', explicit: true });
      continue;
    }
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      throw new PathError(describeFsError(p, e));
    }
    if (!st.isDirectory()) {
      if (!st.isFile()) throw new PathError(notRegular(p, st));
      out.push({ id: toId(p), path: p, explicit: true });
      continue;
    }
    const found: Source[] = [];
    const seen = new Set<string>();
    const stack = [p];
    while (stack.length > 0) {
      const dir = stack.pop()!;
      let real: string;
      let entries;
      try {
        real = realpathSync(dir);
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (e) {
        if (dir === p) throw new PathError(describeFsError(p, e));
        skip(toId(dir), describeFsError(toId(relative('.', dir) || dir), e).replace(/^[^:]*: /, ''));
        continue;
      }
      if (seen.has(real)) continue;
      seen.add(real);
      const subdirs: string[] = [];
      for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        if (entry.name.startsWith('.')) continue;
        const full = join(dir, entry.name);
        let isDir = entry.isDirectory();
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
          try {
            const target = statSync(full);
            isDir = target.isDirectory();
            isFile = target.isFile();
          } catch {
            skip(toId(full), 'broken symbolic link: fix or remove it');
            continue;
          }
        }
        if (isDir) subdirs.push(full);
        else if (isFile && isArticle(entry.name)) found.push({ id: toId(full), path: full, explicit: false });
      }
      // Depth-first, in name order.
      for (const d of subdirs.reverse()) stack.push(d);
    }
    if (found.length === 0) {
      throw new PathError(
        `${p}: no ${ARTICLE_EXTENSIONS.join(', ')} files in this directory: give a directory that holds articles`,
      );
    }
    // One push per source: a spread of a large directory would overflow the argument limit.
    for (const f of found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) out.push(f);
  }
  return out;
}

/** The one line for a path that is neither a regular file nor a directory. */
function notRegular(path: string, st: Stats): string {
  const what = st.isFIFO()
    ? 'a FIFO (named pipe)'
    : st.isSocket()
      ? 'a socket'
      : st.isCharacterDevice() || st.isBlockDevice()
        ? 'a device'
        : 'not a regular file';
  return `${path}: is ${what}, not an article file: save the article to a file, or pipe it to - (standard input)`;
}

const CHUNK = 1024 * 1024;
/** The read after a short one past the expected size: most likely the end, so a small buffer. */
const AFTER_SHORT = 4096;

/** Sleeps `ms` without a busy loop (a non-blocking standard input said "try again"). */
const pause = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/** The chunks as one array (the only chunk as it is). */
function joined(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Reads `fd` in chunks until its end; throws the "too large" {@link InputError} as soon as
 * more than `limit` bytes have come, without reading the rest. `expected` (a regular file's
 * size) sizes the first buffer: a 3 KB article costs a 3 KB buffer, not a megabyte (zeroed
 * memory per file was a fifth of a corpus run, and most of its garbage collection).
 */
export function readLimited(fd: number, limit = MAX_INPUT_BYTES, expected = CHUNK): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let next = expected + 1;
  for (;;) {
    const chunk = new Uint8Array(Math.min(next, CHUNK, limit + 1 - total));
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      pause(10);
      continue;
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > limit) throw tooLarge(undefined, limit);
    next = total < expected ? expected + 1 - total : n < chunk.length ? AFTER_SHORT : CHUNK;
  }
  return joined(chunks, total);
}

/**
 * Reads a source's bytes, up to `limit`. Throws {@link PathError} with a one-line reason
 * (a FIFO, device or socket is refused before it is opened), or the "too large"
 * InputError without reading past the limit.
 */
export function readSource(source: Source, limit = MAX_INPUT_BYTES): Uint8Array {
  if (source.path === undefined) return readLimited(0, limit);
  let fd: number;
  try {
    const st = statSync(source.path);
    if (!st.isFile()) throw new PathError(notRegular(source.id, st));
    if (st.size > limit) throw tooLarge(st.size, limit);
    fd = openSync(source.path, 'r');
  } catch (e) {
    if (e instanceof InputError || e instanceof PathError) throw e;
    throw new PathError(describeFsError(source.id, e));
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new PathError(`${source.id}: is not a regular file: save the article to a file`);
    return readLimited(fd, limit, st.size);
  } catch (e) {
    if (e instanceof InputError || e instanceof PathError) throw e;
    throw new PathError(describeFsError(source.id, e));
  } finally {
    closeSync(fd);
  }
}
