/** The `merge` command: graphs (JSON files, JSON-lines files or standard input) into one. */
import { GraphMerger } from '../graph/merge';
import type { EntenteGraph } from '../graph/types';
import { parseGraphFile } from '../graph/validate';
import type { Command } from './args';
import { EXIT_INPUT, Fatal, writeGraph } from './fatal';
import { linesOf } from './lines';

/** A graph that does not read is fatal: a merge that silently lost a part would mislead. */
function parseOrFail(text: string, where: string): EntenteGraph {
  try {
    return parseGraphFile(text, where);
  } catch (e) {
    throw new Fatal(e instanceof Error ? e.message : String(e), EXIT_INPUT);
  }
}

/**
 * The graphs in `path`: one per line (JSON lines), or one for the whole file when its first
 * line is not a whole JSON value (an indented graph file).
 */
export async function* graphsIn(path: string): AsyncGenerator<EntenteGraph> {
  const name = path === '-' ? 'standard input' : path;
  let whole: string[] | undefined;
  let first = true;
  for await (const { n, text } of linesOf(path)) {
    if (whole) {
      whole.push(text);
      continue;
    }
    if (text.trim() === '') continue;
    if (first && !isJson(text)) {
      whole = [text];
      continue;
    }
    first = false;
    yield parseOrFail(text, `${name} line ${n}`);
  }
  if (whole) yield parseOrFail(whole.join('\n'), name);
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Runs `merge`: the merged graph is the same whatever the order or grouping of its inputs. */
export async function runMerge(command: Extract<Command, { kind: 'merge' }>): Promise<number> {
  const started = performance.now();
  const merger = new GraphMerger();
  let count = 0;
  for (const path of command.paths)
    for await (const g of graphsIn(path)) {
      merger.add(g);
      count++;
    }
  if (count === 0) throw new Fatal('no graph to merge: the inputs hold no graph', EXIT_INPUT);
  const graph = merger.result();
  await writeGraph(graph, command.format, command.output);
  if (!command.quiet) {
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    process.stderr.write(
      `entente: merged ${count} graph${count > 1 ? 's' : ''} in ${secs} s; graph: ${graph.order} actors, ${graph.size} ties\n`,
    );
  }
  return 0;
}
