import { describe, expect, it } from 'vitest';
import { parseCommand, UsageError } from '../../src/cli/args';
import { progressBar } from '../../src/cli/progress';

describe('parseCommand', () => {
  it('reads extract with every option', () => {
    expect(
      parseCommand([
        'extract',
        'a.txt',
        'dir',
        '-',
        '--date',
        '2024-02-29',
        '--format',
        'csv',
        '-o',
        'x.csv',
        '-q',
      ]),
    ).toEqual({
      kind: 'extract',
      paths: ['a.txt', 'dir', '-'],
      date: '2024-02-29',
      format: 'csv',
      output: 'x.csv',
      quiet: true,
    });
  });

  it('defaults to JSON on standard output', () => {
    expect(parseCommand(['extract', 'a.txt'])).toEqual({
      kind: 'extract',
      paths: ['a.txt'],
      format: 'json',
      quiet: false,
    });
  });

  it('answers --help, -h and help whatever else is given', () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['extract', 'a.txt', '--help']]) {
      expect(parseCommand(argv)).toEqual({ kind: 'help' });
    }
  });

  it('refuses bad usage with one line', () => {
    const bad: [string[], RegExp][] = [
      [[], /no command/],
      [['extract'], /at least one PATH/],
      [['convert', 'a.txt'], /unknown command "convert"/],
      [['extract', 'a.txt', '--format', 'xml'], /unknown format "xml"/],
      [['extract', 'a.txt', '--date', '2024-02-30'], /bad date "2024-02-30"/],
      [['extract', 'a.txt', '--date'], /--date.*see --help/],
      [['extract', 'a.txt', '--verbose'], /--verbose.*see --help/],
      [['extract', '-', '-'], /standard input \(-\) can be read only once/],
    ];
    for (const [argv, re] of bad) {
      let err: unknown;
      try {
        parseCommand(argv);
      } catch (e) {
        err = e;
      }
      expect(err, argv.join(' ')).toBeInstanceOf(UsageError);
      expect((err as Error).message).toMatch(re);
      expect((err as Error).message).not.toContain('\n');
    }
  });
});

describe('parseCommand: scale options', () => {
  it('reads --jobs, --jsonl, merge and --format neo4j', () => {
    expect(parseCommand(['extract', 'dir', '--jobs', '3'])).toEqual({
      kind: 'extract',
      paths: ['dir'],
      jobs: 3,
      format: 'json',
      quiet: false,
    });
    expect(parseCommand(['extract', '--jsonl', '-'])).toEqual({
      kind: 'extract',
      paths: ['-'],
      jsonl: true,
      format: 'json',
      quiet: false,
    });
    expect(parseCommand(['merge', 'a.jsonl', 'b.json', '-o', 'm.json'])).toEqual({
      kind: 'merge',
      paths: ['a.jsonl', 'b.json'],
      format: 'json',
      output: 'm.json',
      quiet: false,
    });
    expect(parseCommand(['queue', 'dir', '--redis', 'redis://127.0.0.1:6379', '-q'])).toEqual({
      kind: 'queue',
      paths: ['dir'],
      redis: 'redis://127.0.0.1:6379',
      format: 'json',
      quiet: true,
    });
    expect(parseCommand(['worker', '--redis', 'rediss://h:1', '-j', '2'])).toEqual({
      kind: 'worker',
      redis: 'rediss://h:1',
      jobs: 2,
      quiet: false,
    });
    expect(parseCommand(['extract', 'dir', '--format', 'neo4j', '-o', 'out'])).toMatchObject({
      format: 'neo4j',
      output: 'out',
    });
  });

  it('refuses what does not fit, with one line', () => {
    const bad: [string[], RegExp][] = [
      [['extract', 'dir', '--jobs', '0'], /bad --jobs "0"/],
      [['extract', 'dir', '--jobs', 'many'], /bad --jobs "many"/],
      [['extract', '--jsonl', 'a.jsonl', 'b.jsonl'], /--jsonl reads one file/],
      [['extract', '--jsonl', '-', '--format', 'csv'], /--jsonl writes one JSON graph per line/],
      [['extract', 'dir', '--format', 'neo4j'], /--format neo4j writes a folder.*-o DIR/],
      [['merge'], /merge needs at least one PATH/],
      [['merge', 'a.json', '--date', '2024-01-01'], /--date does not apply to merge/],
      [['queue', 'dir'], /queue needs --redis URL/],
      [['queue', 'dir', '--redis', 'localhost:6379'], /bad --redis "localhost:6379"/],
      [['worker', '--redis', 'redis://h:1', 'dir'], /worker takes no PATH/],
      [['worker', '--redis', 'redis://h:1', '-o', 'x'], /--output does not apply to worker/],
    ];
    for (const [argv, re] of bad) {
      expect(() => parseCommand(argv), argv.join(' ')).toThrow(UsageError);
      expect(() => parseCommand(argv), argv.join(' ')).toThrow(re);
    }
  });
});

describe('progressBar', () => {
  it('draws nothing when the stream is not a terminal', () => {
    const writes: string[] = [];
    const stream = { isTTY: false, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream;
    const bar = progressBar(stream, 10);
    bar.update(5, 'a.txt');
    bar.clear();
    expect(writes).toEqual([]);
  });

  it('draws the count and the file on a terminal, and clears the line', () => {
    const writes: string[] = [];
    const stream = {
      isTTY: true,
      columns: 80,
      write: (s: string) => writes.push(s),
    } as unknown as NodeJS.WriteStream;
    const bar = progressBar(stream, 4);
    bar.update(4, 'corpus/a.txt');
    expect(writes[0]).toContain('100% 4/4 corpus/a.txt');
    bar.clear();
    expect(writes[1]).toBe('\r\x1b[K');
  });
});
