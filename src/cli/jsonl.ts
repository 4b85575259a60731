/**
 * `extract --jsonl FILE|-`: one article per line in (`{id, text | html, date?, source?}`),
 * one graph per line out (graphology JSON), in input order and in bounded memory. A bad line
 * is reported on standard error with its number and the others still come out.
 */
import { createWriteStream } from 'node:fs';
import { checkDate } from '../extract/input';
import type { ExtractOptions } from '../extract/types';
import { InputError } from '../extract/types';
import type { Command } from './args';
import { EXIT_INPUT, Fatal } from './fatal';
import { linesOf, writeOut } from './lines';
import { failed } from './outcome';

/** One input line, checked. */
export interface ArticleLine {
  id: string;
  input: string;
  options: ExtractOptions;
}

const SHAPE =
  'give {"id": "...", "text": "..."} or {"id": "...", "html": "..."}, with optional "date" and "source"';

/** Reads one line into an article; throws an InputError that says what is wrong. */
export function parseArticleLine(line: string): ArticleLine {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    throw new InputError(`not JSON (${e instanceof Error ? e.message : String(e)}): ${SHAPE}`);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new InputError(`not an object: ${SHAPE}`);
  const r = v as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id === '')
    throw new InputError(`"id" must be a non-empty string: ${SHAPE}`);
  const { text, html } = r;
  if ((typeof text === 'string') === (typeof html === 'string'))
    throw new InputError(`give exactly one of "text" and "html" as a string: ${SHAPE}`);
  for (const k of ['date', 'source'] as const)
    if (r[k] !== undefined && typeof r[k] !== 'string') throw new InputError(`"${k}" must be a string`);
  const options: ExtractOptions = {
    articleId: r.id,
    source: typeof r.source === 'string' ? r.source : r.id,
    format: typeof html === 'string' ? 'html' : 'text',
  };
  if (typeof r.date === 'string') options.date = checkDate(r.date);
  return { id: r.id, input: (text ?? html) as string, options };
}

/** Runs `extract --jsonl`: returns the exit code (1 when no line could be read). */
export async function runJsonl(command: Extract<Command, { kind: 'extract' }>): Promise<number> {
  const loader = await import('./loader');
  const out = command.output === undefined ? process.stdout : createWriteStream(command.output);
  const opened = new Promise<void>((resolve, reject) => {
    if (out === process.stdout) resolve();
    else out.on('open', () => resolve()).on('error', reject);
  });
  await opened.catch((e: NodeJS.ErrnoException) => {
    throw new Fatal(
      `cannot write ${command.output} (${e.code ?? 'error'}): choose a writable path for -o`,
      EXIT_INPUT,
    );
  });
  let good = 0;
  let bad = 0;
  for await (const { n, text } of linesOf(command.paths[0]!)) {
    if (text.trim() === '') continue;
    try {
      const a = parseArticleLine(text);
      const date = a.options.date ?? command.date;
      const r = await loader.extractGraph(a.input, { ...a.options, ...(date ? { date } : {}) });
      await writeOut(`${JSON.stringify(r.graph.export())}\n`, out);
      good++;
    } catch (e) {
      bad++;
      const o = failed(e);
      process.stderr.write(`entente: line ${n}: ${o.ok ? '' : o.message}\n`);
    }
  }
  if (out !== process.stdout) await new Promise<void>((r) => out.end(r));
  if (!command.quiet)
    process.stderr.write(
      `entente: ${good} graph${good === 1 ? '' : 's'} written, ${bad} bad line${bad === 1 ? '' : 's'}\n`,
    );
  if (good === 0) throw new Fatal(`no line could be read (${bad} bad)`, EXIT_INPUT);
  return 0;
}
