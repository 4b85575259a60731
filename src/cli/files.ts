/** Finding and reading the inputs named on the command line. */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

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
    out.push(...found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  }
  return out;
}

/** Reads a source's bytes. Throws {@link PathError} with a one-line reason. */
export function readSource(source: Source): Uint8Array {
  try {
    return source.path === undefined ? readFileSync(0) : readFileSync(source.path);
  } catch (e) {
    throw new PathError(describeFsError(source.id, e));
  }
}
