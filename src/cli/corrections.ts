/** `extract --corrections FILE`: an analyst's corrections log applied to a batch run's graph. */
import { readFileSync } from 'node:fs';
import { Invalid } from '../graph/schema';
import type { EntenteGraph } from '../graph/types';
import { applyCorrections } from '../workspace/corrections';
import type { ParsedLog } from '../workspace/correctionsSchema';
import { readCorrectionsFile } from '../workspace/correctionsSchema';
import { EXIT_INPUT, Fatal } from './fatal';

/** Reads the corrections of `path` (a workspace file exported by Entente, or a bare log); a bad file is {@link Fatal}. */
export function readCorrections(path: string): ParsedLog {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new Fatal(`${path}: cannot read the corrections file (${code}): check the path`, EXIT_INPUT);
  }
  try {
    return readCorrectionsFile(text);
  } catch (e) {
    if (!(e instanceof Invalid)) throw e;
    throw new Fatal(
      `${path}: not a corrections file (${e.message}): give a workspace file exported by Entente, or its corrections log`,
      EXIT_INPUT,
    );
  }
}

/**
 * The graph with the corrections applied. Malformed entries (skipped) and entries whose target
 * is not in this graph (inactive) are said on standard error unless `quiet`.
 */
export function correctGraph(
  graph: EntenteGraph,
  parsed: ParsedLog,
  path: string,
  quiet: boolean,
): EntenteGraph {
  const corrected = applyCorrections(graph, parsed.log);
  if (!quiet) {
    for (const s of parsed.skipped) process.stderr.write(`entente: warning: ${path}: skipped ${s}\n`);
    const states = [...corrected.status.values()];
    const count = (state: string) => states.filter((s) => s.state === state).length;
    process.stderr.write(
      `entente: corrections: ${count('active')} applied, ${count('inactive')} inactive (target not in this graph), ${parsed.skipped.length} skipped\n`,
    );
  }
  return corrected.graph;
}
