/** The `extract` command over files and directories (`--jsonl` is in jsonl.ts). */
import type { EntenteGraph } from '../graph/types';
import type { Command } from './args';
import { CorpusRun } from './corpus';
import { EXIT_INPUT, Fatal, writeGraph } from './fatal';
import { expandPaths, PathError } from './files';
import type { Source } from './files';
import { extractInOrder, threadsFor } from './pool';

export { EXIT_INPUT, EXIT_INTERNAL, EXIT_USAGE, Fatal } from './fatal';

/**
 * Expands the paths into sources (skipped subdirectories go to `skip`); a bad named path is
 * {@link Fatal}. Run before the loader is loaded, so that a bad path answers at once.
 */
export function sourcesOf(paths: string[], skip: (id: string, reason: string) => void): Source[] {
  try {
    return expandPaths(paths, skip);
  } catch (e) {
    if (e instanceof PathError) throw new Fatal(e.message, EXIT_INPUT);
    throw e;
  }
}

/** Several sources, or a directory: a corpus run with a progress bar and a summary. */
export const isCorpus = (sources: readonly Source[]): boolean =>
  sources.some((s) => !s.explicit) || sources.length > 1;

/**
 * What applies the corrections file, read now (a bad file is {@link Fatal} before any
 * article is read); its schema (valibot) is loaded only when a file is given.
 */
async function correctionsOf(
  path: string | undefined,
  quiet: boolean,
): Promise<(graph: EntenteGraph) => EntenteGraph> {
  if (path === undefined) return (graph) => graph;
  const { correctGraph, readCorrections } = await import('./corrections');
  const fixes = readCorrections(path);
  return (graph) => correctGraph(graph, fixes, path, quiet);
}

/** Runs `extract` over files and directories: returns the exit code or throws {@link Fatal}. */
export async function runExtract(command: Extract<Command, { kind: 'extract' }>): Promise<number> {
  const early: { id: string; reason: string }[] = [];
  const sources = sourcesOf(command.paths, (id, reason) => early.push({ id, reason }));
  const correct = await correctionsOf(command.corrections, command.quiet);
  const run = new CorpusRun(sources.length, isCorpus(sources), command.quiet);
  for (const s of early) run.skip(s.id, s.reason);
  const threads = threadsFor(command.jobs, sources.length);
  let i = 0;
  for await (const outcome of extractInOrder(sources, command.date, threads)) run.add(sources[i++]!, outcome);
  const graph = correct(run.finish());
  await writeGraph(graph, command.format, command.output);
  run.summarize();
  return 0;
}
