/** Building the CLI into a test folder and running it as a whole process. */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const ARTICLE = readFileSync(join(ROOT, 'data', 'china-north-korea-russia.txt'), 'utf8');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a process to its end; `started` sees the child (to kill it). */
export function run(
  cmd: string,
  args: string[],
  opts: { cwd: string; input?: string; env?: NodeJS.ProcessEnv; started?: (c: ChildProcess) => void },
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, ...(opts.env ? { env: opts.env } : {}) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
    opts.started?.(child);
  });
}

/** Builds the CLI as `npm install` does, into `dir`/cli; returns its main file. */
export async function buildCli(dir: string): Promise<string> {
  const script = join(ROOT, 'scripts', 'build-cli.mjs');
  const built = await run(process.execPath, [script, '--quiet', '--outdir', join(dir, 'cli')], { cwd: dir });
  if (built.code !== 0) throw new Error(`build failed: ${built.stderr}`);
  return join(dir, 'cli', 'main.mjs');
}

/** The sample article cut into `n` articles (shared actors and ties), in two folders. */
export function writeCorpus(dir: string, n: number): void {
  const paras = ARTICLE.split('\n\n');
  mkdirSync(join(dir, 'b'), { recursive: true });
  for (let i = 0; i < n; i++) {
    const from = (i * 2) % Math.max(paras.length - 4, 1);
    const text = [paras[0]!, ...paras.slice(from, from + 4), `Part ${i}.`].join('\n\n');
    writeFileSync(join(dir, i < n / 2 ? '' : 'b', `part-${String(i).padStart(3, '0')}.txt`), text);
  }
}
