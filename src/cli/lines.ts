/** Reading a file or standard input line by line, in bounded memory. */
import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { EXIT_INPUT, Fatal } from './fatal';
import { describeFsError } from './files';

/** The stream of `path` (- for standard input); a missing or unreadable file is {@link Fatal}. */
export function openInput(path: string): Readable {
  if (path === '-') return process.stdin;
  try {
    if (!statSync(path).isFile())
      throw new Fatal(`${path}: is not a regular file: give a file, or - for standard input`, EXIT_INPUT);
  } catch (e) {
    if (e instanceof Fatal) throw e;
    throw new Fatal(describeFsError(path, e), EXIT_INPUT);
  }
  return createReadStream(path);
}

/**
 * The lines of `path` with their 1-based numbers (a final line without a line end counts).
 * A read error rejects only the line being awaited: a `Promise.race` against one pending
 * error promise would add a reaction to it per line, each holding its line, for the whole run.
 */
export async function* linesOf(path: string): AsyncGenerator<{ n: number; text: string }> {
  const input = openInput(path);
  let failure: Fatal | undefined;
  let fail: ((e: Fatal) => void) | undefined;
  input.on('error', (e) => {
    failure = new Fatal(describeFsError(path, e), EXIT_INPUT);
    fail?.(failure);
  });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  const it = lines[Symbol.asyncIterator]();
  for (;;) {
    const next = await new Promise<IteratorResult<string>>((resolve, reject) => {
      if (failure) return reject(failure);
      fail = reject;
      it.next().then(resolve, reject);
    });
    fail = undefined;
    if (next.done) return;
    yield { n: ++n, text: next.value };
  }
}

/** Writes to standard output, waiting when the reader is slower (bounded memory). */
export async function writeOut(text: string, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  if (!out.write(text)) await new Promise<void>((r) => out.once('drain', () => r()));
}
