/** Command-line arguments of the CLI. */
import { parseArgs } from 'node:util';
import { checkDate } from '../extract/input';
import { InputError } from '../extract/types';
import { isGraphFormat } from '../graph/formats/names';
import type { GraphFormat } from '../graph/formats/names';

/** A format the CLI writes: a graph file format, or `neo4j` (a folder of CSV files). */
export type CliFormat = GraphFormat | 'neo4j';

interface Output {
  format: CliFormat;
  output?: string;
  quiet: boolean;
}

/** What the command line asks for. */
export type Command =
  | { kind: 'help' }
  | ({
      kind: 'extract';
      paths: string[];
      date?: string;
      jobs?: number;
      jsonl?: true;
      /** A corrections log (or workspace file) applied to the graph before it is written. */
      corrections?: string;
    } & Output)
  | ({ kind: 'merge'; paths: string[] } & Output)
  | ({ kind: 'queue'; paths: string[]; redis: string; date?: string } & Output)
  | { kind: 'worker'; redis: string; jobs?: number; quiet: boolean };

/** Bad usage: the message is one line that says what to do. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const COMMANDS = ['extract', 'merge', 'queue', 'worker'] as const;
const COMMAND_LIST =
  '"extract PATH...", "merge FILE...", "queue PATH... --redis URL" or "worker --redis URL"';

const OPTIONS = {
  date: { type: 'string' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  jobs: { type: 'string', short: 'j' },
  jsonl: { type: 'boolean' },
  redis: { type: 'string' },
  corrections: { type: 'string' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function parseRaw(argv: string[]): { values: Values; positionals: string[] } {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new UsageError(`${msg}: see --help for the options`);
  }
}

/** Parses `argv` (without node and the script). Throws {@link UsageError}. */
export function parseCommand(argv: string[]): Command {
  const { values, positionals } = parseRaw(argv);
  if (values.help || positionals[0] === 'help') return { kind: 'help' };
  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError(`no command: use ${COMMAND_LIST} (see --help)`);
  if (!(COMMANDS as readonly string[]).includes(command))
    throw new UsageError(`unknown command "${command}": use ${COMMAND_LIST} (see --help)`);
  refuseMisplaced(command, values);
  const jobs = values.jobs === undefined ? {} : { jobs: parseJobs(values.jobs) };
  const quiet = values.quiet ?? false;
  if (command === 'worker') {
    if (paths.length > 0) throw new UsageError('worker takes no PATH: the articles come from the queue');
    return { kind: 'worker', redis: needRedis(values.redis, 'worker'), quiet, ...jobs };
  }
  checkPaths(command, paths);
  const out = parseOutput(values);
  if (command === 'merge') return { kind: 'merge', paths, ...out };
  const date = values.date === undefined ? {} : { date: parseDate(values.date) };
  if (command === 'queue')
    return { kind: 'queue', paths, redis: needRedis(values.redis, 'queue'), ...date, ...out };
  if (values.jsonl && out.format !== 'json')
    throw new UsageError(
      '--jsonl writes one JSON graph per line: drop --format, then merge them with "merge"',
    );
  if (values.jsonl && paths.length !== 1)
    throw new UsageError('--jsonl reads one file of JSON lines: give one FILE, or - for standard input');
  if (values.jsonl && values.corrections !== undefined)
    throw new UsageError(
      '--corrections applies to an extract run: drop --jsonl, or apply it to the merged graph',
    );
  const corrections = values.corrections === undefined ? {} : { corrections: values.corrections };
  return {
    kind: 'extract',
    paths,
    ...date,
    ...jobs,
    ...(values.jsonl ? { jsonl: true } : {}),
    ...corrections,
    ...out,
  };
}

/** Options that mean nothing for `command` are refused rather than ignored. */
function refuseMisplaced(command: string, values: Values): void {
  const allowed: Record<string, (keyof Values)[]> = {
    extract: ['redis'],
    merge: ['date', 'jobs', 'jsonl', 'redis', 'corrections'],
    queue: ['jobs', 'jsonl', 'corrections'],
    worker: ['date', 'format', 'output', 'jsonl', 'corrections'],
  };
  for (const name of allowed[command] ?? [])
    if (values[name] !== undefined)
      throw new UsageError(`--${name} does not apply to ${command} (see --help)`);
}

function checkPaths(command: string, paths: string[]): void {
  if (paths.length === 0)
    throw new UsageError(`${command} needs at least one PATH: a file, a directory, or - for standard input`);
  if (paths.filter((p) => p === '-').length > 1)
    throw new UsageError('standard input (-) can be read only once: give - a single time');
}

function parseOutput(values: Values): Output {
  const format = values.format ?? 'json';
  if (format !== 'neo4j' && !isGraphFormat(format))
    throw new UsageError(`unknown format "${format}": use json, gexf, graphml, csv or neo4j`);
  if (format === 'neo4j' && values.output === undefined)
    throw new UsageError('--format neo4j writes a folder of CSV files: give it with -o DIR');
  return {
    format,
    quiet: values.quiet ?? false,
    ...(values.output !== undefined ? { output: values.output } : {}),
  };
}

function parseDate(date: string): string {
  try {
    checkDate(date);
  } catch (e) {
    throw new UsageError(e instanceof InputError ? e.message : String(e));
  }
  return date;
}

function parseJobs(jobs: string): number {
  const n = /^\d{1,4}$/.test(jobs) ? Number(jobs) : 0;
  if (n < 1 || n > 256)
    throw new UsageError(
      `bad --jobs "${jobs}": give a whole number of threads from 1 to 256 (e.g. --jobs 2)`,
    );
  return n;
}

function needRedis(url: string | undefined, command: string): string {
  if (url === undefined)
    throw new UsageError(`${command} needs --redis URL (e.g. --redis redis://127.0.0.1:6379)`);
  if (!/^rediss?:\/\//.test(url))
    throw new UsageError(
      `bad --redis "${url}": give a redis:// or rediss:// URL (e.g. redis://127.0.0.1:6379)`,
    );
  return url;
}
