/** Command-line arguments of the CLI. */
import { parseArgs } from 'node:util';
import { checkDate } from '../extract/input';
import { InputError } from '../extract/types';
import { isGraphFormat } from '../graph/formats/names';
import type { GraphFormat } from '../graph/formats/names';

/** What the command line asks for. */
export type Command =
  | { kind: 'help' }
  | { kind: 'extract'; paths: string[]; date?: string; format: GraphFormat; output?: string; quiet: boolean };

/** Bad usage: the message is one line that says what to do. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Parses `argv` (without node and the script). Throws {@link UsageError}. */
export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        date: { type: 'string' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new UsageError(`${msg}: see --help for the options`);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') return { kind: 'help' };
  const [command, ...paths] = positionals;
  if (command === undefined) {
    throw new UsageError('no command: use "extract PATH..." (see --help)');
  }
  if (command !== 'extract') {
    throw new UsageError(`unknown command "${command}": use "extract PATH..." (see --help)`);
  }
  if (paths.length === 0) {
    throw new UsageError('extract needs at least one PATH: a file, a directory, or - for standard input');
  }
  const format = values.format ?? 'json';
  if (!isGraphFormat(format)) {
    throw new UsageError(`unknown format "${format}": use json, gexf, graphml or csv`);
  }
  if (values.date !== undefined) {
    try {
      checkDate(values.date);
    } catch (e) {
      throw new UsageError(e instanceof InputError ? e.message : String(e));
    }
  }
  if (paths.filter((p) => p === '-').length > 1) {
    throw new UsageError('standard input (-) can be read only once: give - a single time');
  }
  return {
    kind: 'extract',
    paths,
    format,
    quiet: values.quiet ?? false,
    ...(values.date !== undefined ? { date: values.date } : {}),
    ...(values.output !== undefined ? { output: values.output } : {}),
  };
}
