/**
 * Entente's command line: argument parsing, file I/O and exit codes only. The work is done
 * by the loader (src/extract), the graph model (src/graph) and the serializers
 * (src/graph/formats). See `--help`. The loader is imported only once the arguments are
 * known to be good, so that usage errors and --help answer at once.
 */
import { setFlagsFromString } from 'node:v8';
import { parseCommand, UsageError } from './args';
import { HELP } from './help';
import { oneLine } from '../graph/trim';

import type { Command } from './args';

const EXIT_USAGE = 2;

/**
 * A command-line run is short, and V8 by default optimizes a function after little use: over
 * bbc/politics in one process its optimizing compiler took about a third of the CPU time.
 * Fifteen times V8's default budget leaves that to the functions that stay hot (the same
 * work over the corpus in about 55% of the CPU; later passes as fast as before). Set before
 * the loader is loaded; the flag is the process's, so threads and queue workers have it too.
 */
setFlagsFromString('--interrupt-budget=1000000');

/** Runs a parsed command (each loaded only when asked for). */
async function runCommand(command: Exclude<Command, { kind: 'help' }>): Promise<number> {
  switch (command.kind) {
    case 'extract':
      if (command.jsonl) return (await import('./jsonl')).runJsonl(command);
      return (await import('./extract')).runExtract(command);
    case 'merge':
      return (await import('./merge')).runMerge(command);
    case 'queue':
      return (await import('./queue')).runQueue(command);
    case 'worker':
      return (await import('./queue-worker')).runWorker(command);
  }
}
const EXIT_INTERNAL = 3;

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  // A closed pipe (`| head`) is not an error of ours.
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

try {
  const command = parseCommand(process.argv.slice(2));
  if (command.kind === 'help') {
    process.stdout.write(HELP);
  } else {
    const { Fatal } = await import('./fatal');
    try {
      process.exitCode = await runCommand(command);
    } catch (e) {
      if (!(e instanceof Fatal)) throw e;
      process.stderr.write(`entente: ${oneLine(e.message)}\n`);
      process.exitCode = e.code;
    }
  }
} catch (e) {
  if (e instanceof UsageError) {
    process.stderr.write(`entente: ${e.message}\n`);
    process.exitCode = EXIT_USAGE;
  } else {
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`entente: internal error (${oneLine(msg)}): please report it\n`);
    process.exitCode = EXIT_INTERNAL;
  }
}
