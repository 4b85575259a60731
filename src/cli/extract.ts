/** The `extract` command. */
import { writeFileSync } from 'node:fs';
import { checkInput, decodeBytes } from '../extract/input';
import type { ExtractResult } from '../extract/types';
import { InputError } from '../extract/types';
import type { Command } from './args';
import { expandPaths, PathError, readSource } from './files';
import type { Source } from './files';
import { progressBar } from './progress';

/** Exit codes (see --help). */
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;

/** Thrown to stop with one line on standard error and an exit code. */
export class Fatal extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

import { oneLine } from '../graph/trim';

export { oneLine };

type Loader = typeof import('../extract/index');

/** Decodes, checks and extracts one article; a decoding that replaced bytes adds a warning. */
function extractOne(
  loader: Loader,
  source: Source,
  bytes: Uint8Array,
  date: string | undefined,
): ExtractResult {
  const decoded = decodeBytes(bytes);
  const text = checkInput(decoded.text);
  // The loader sniffs HTML itself (format 'auto'), whatever the file is called.
  const result = loader.extractGraph(text, {
    articleId: source.id,
    source: source.id,
    ...(date ? { date } : {}),
  });
  const n = decoded.replaced ?? 0;
  if (n > 0) {
    const bytesWord = n === 1 ? 'byte was' : 'bytes were';
    result.warnings.unshift(
      `${n} ${bytesWord} not valid UTF-8 and read as U+FFFD (�): check the file's encoding`,
    );
  }
  return result;
}

/**
 * Runs `extract`: reads, extracts, merges and writes; returns the exit code or throws
 * {@link Fatal}. The paths are checked before the loader and its word lists are loaded, so
 * that a bad path answers at once.
 */
export async function runExtract(command: Extract<Command, { kind: 'extract' }>): Promise<number> {
  const started = performance.now();
  const skipped: { id: string; reason: string }[] = [];
  const skip = (id: string, reason: string): void => {
    skipped.push({ id, reason: oneLine(reason) });
  };
  let sources: Source[];
  try {
    sources = expandPaths(command.paths, skip);
  } catch (e) {
    if (e instanceof PathError) throw new Fatal(e.message, EXIT_INPUT);
    throw e;
  }
  const loader = await import('../extract/index');
  const { createGraph, mergeInto } = await import('../graph/build');
  const { formatGraph } = await import('../graph/formats');
  const corpus = sources.some((s) => !s.explicit) || sources.length > 1;
  const bar =
    command.quiet || !corpus
      ? progressBar({ isTTY: false } as NodeJS.WriteStream, 0)
      : progressBar(process.stderr, sources.length);
  const graph = createGraph({ articles: [] });
  const warnings = new Map<string, number>();
  let read = 0;
  let bytesRead = 0;
  for (const [i, source] of sources.entries()) {
    bar.update(i, source.id);
    try {
      const bytes = readSource(source);
      bytesRead += bytes.length;
      const result = extractOne(loader, source, bytes, command.date);
      mergeInto(graph, result.graph);
      read++;
      for (const w of result.warnings) {
        if (corpus) warnings.set(w, (warnings.get(w) ?? 0) + 1);
        else process.stderr.write(`entente: warning: ${source.id}: ${oneLine(w)}\n`);
      }
    } catch (e) {
      const known = e instanceof InputError || e instanceof PathError;
      const reason = known
        ? e.message
        : `internal error while extracting (${e instanceof Error ? e.message : String(e)}): please report it with the article`;
      if (source.explicit) {
        bar.clear();
        const line = e instanceof PathError ? e.message : `${source.id}: ${reason}`;
        throw new Fatal(line, known ? EXIT_INPUT : EXIT_INTERNAL);
      }
      skip(source.id, e instanceof PathError ? e.message.replace(/^[^:]*: /, '') : reason);
    }
  }
  bar.update(sources.length, '');
  bar.clear();
  if (read === 0) {
    throw new Fatal(
      `no article could be read (${skipped.length} skipped, first: ${skipped[0]?.id ?? '?'}: ${skipped[0]?.reason ?? '?'})`,
      EXIT_INPUT,
    );
  }

  const out = formatGraph(graph, command.format);
  if (command.output !== undefined) {
    try {
      writeFileSync(command.output, out);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      throw new Fatal(`cannot write ${command.output} (${code}): choose a writable path for -o`, EXIT_INPUT);
    }
  } else process.stdout.write(out);

  if (corpus && !command.quiet) {
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    const mb = (bytesRead / (1024 * 1024)).toFixed(1);
    const lines = [
      `entente: read ${read} of ${sources.length} files (${mb} MB) in ${secs} s; graph: ${graph.order} actors, ${graph.size} ties`,
    ];
    if (skipped.length > 0) {
      lines.push(`entente: skipped ${skipped.length}:`);
      for (const s of skipped.slice(0, 20)) lines.push(`  ${s.id}: ${s.reason}`);
      if (skipped.length > 20) lines.push(`  … and ${skipped.length - 20} more`);
    }
    for (const [w, n] of warnings)
      lines.push(`entente: warning (${n} file${n > 1 ? 's' : ''}): ${oneLine(w)}`);
    process.stderr.write(`${lines.join('\n')}\n`);
  }
  return 0;
}
