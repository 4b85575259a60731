/** Exit codes, the fatal error that carries one, and writing the result. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntenteGraph } from '../graph/types';
import type { CliFormat } from './args';

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

function writeOrFail(path: string, write: () => void): void {
  try {
    write();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new Fatal(`cannot write ${path} (${code}): choose a writable path for -o`, EXIT_INPUT);
  }
}

/** Writes `graph` in `format` to `output` (a folder for neo4j) or to standard output. */
export async function writeGraph(graph: EntenteGraph, format: CliFormat, output?: string): Promise<void> {
  if (format === 'neo4j') {
    const { toNeo4j } = await import('../graph/formats/neo4j');
    const dir = output ?? '.';
    const files = toNeo4j(graph);
    writeOrFail(dir, () => {
      mkdirSync(dir, { recursive: true });
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    });
    return;
  }
  // JSON, the default, without the XML writers of the other formats.
  const out =
    format === 'json'
      ? (await import('../graph/formats/json')).toJSON(graph)
      : (await import('../graph/formats')).formatGraph(graph, format);
  if (output === undefined) process.stdout.write(out);
  else writeOrFail(output, () => writeFileSync(output, out));
}
