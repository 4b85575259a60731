/**
 * One article through the loader, as the CLI's threads and queue workers do it: read,
 * decode, check, extract. Failures become an {@link Outcome} that says how to report them.
 */
import { checkInput, decodeBytes } from '../extract/input';
import type { ExtractResult } from '../extract/types';
import { InputError } from '../extract/types';
import type { EntenteGraph } from '../graph/types';
import { PathError, readSource } from './files';
import type { Source } from './files';

type Loader = typeof import('./loader');

/** What came of one article: its graph and warnings, or why it failed. */
export type Outcome<G = EntenteGraph> =
  | { ok: true; graph: G; warnings: string[]; bytes: number }
  | { ok: false; failure: 'input' | 'path' | 'internal'; message: string };

/** Decodes, checks and extracts one article; a decoding that replaced bytes adds a warning. */
export async function extractBytes(
  loader: Loader,
  id: string,
  bytes: Uint8Array,
  date: string | undefined,
): Promise<ExtractResult> {
  const decoded = decodeBytes(bytes);
  const text = checkInput(decoded.text);
  // The loader sniffs HTML itself (format 'auto'), whatever the file is called.
  const result = await loader.extractGraph(text, { articleId: id, source: id, ...(date ? { date } : {}) });
  const n = decoded.replaced ?? 0;
  if (n > 0) {
    const bytesWord = n === 1 ? 'byte was' : 'bytes were';
    result.warnings.unshift(
      `${n} ${bytesWord} not valid UTF-8 and read as U+FFFD (�): check the file's encoding`,
    );
  }
  return result;
}

/** Reads and extracts `source` (or the `bytes` already read for it); never throws. */
export async function extractSource(
  loader: Loader,
  source: Source,
  date: string | undefined,
  bytes?: Uint8Array,
): Promise<Outcome> {
  try {
    const data = bytes ?? readSource(source);
    const result = await extractBytes(loader, source.id, data, date);
    return { ok: true, graph: result.graph, warnings: result.warnings, bytes: data.length };
  } catch (e) {
    return failed(e);
  }
}

/** The outcome of an exception thrown while reading or extracting. */
export function failed(e: unknown): Outcome<never> {
  if (e instanceof PathError) return { ok: false, failure: 'path', message: e.message };
  if (e instanceof InputError) return { ok: false, failure: 'input', message: e.message };
  const why = e instanceof Error ? e.message : String(e);
  return {
    ok: false,
    failure: 'internal',
    message: `internal error while extracting (${why}): please report it with the article`,
  };
}
