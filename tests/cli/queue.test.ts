/**
 * `queue` and `worker` on a real Redis: a local redis-server on 127.0.0.1 (a free port, its
 * own folder, stopped after). Skipped, with a message, only when redis-server is not
 * installed and this is not CI (.ci/run installs it).
 */
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, run, writeCorpus } from './built';
import type { Run } from './built';

function redisServer(): string | undefined {
  try {
    return execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const SERVER = redisServer();
if (!SERVER && !process.env.CI)
  console.warn(
    'tests/cli/queue.test.ts: SKIPPED: redis-server is not installed (apt-get install redis-server)',
  );

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

let dir: string;
let main: string;
let url: string;
let redis: ChildProcess | undefined;
const workers: ChildProcess[] = [];

const cli = (args: string[], started?: (c: ChildProcess) => void): Promise<Run> =>
  run(process.execPath, [main, ...args], { cwd: dir, ...(started ? { started } : {}) });

/** Starts a worker; resolves when it says it is listening. */
function startWorker(): Promise<{ child: ChildProcess; log: () => string; ended: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [main, 'worker', '--redis', url, '--jobs', '1'], { cwd: dir });
    workers.push(child);
    let log = '';
    const ended = new Promise<void>((r) => child.on('close', () => r()));
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      log += d;
      if (log.includes('stop with Ctrl-C')) resolve({ child, log: () => log, ended });
    });
    child.on('error', reject);
    child.on('close', (code) => reject(new Error(`worker ended (${code}): ${log}`)));
  });
}

async function startRedis(): Promise<void> {
  const port = await freePort();
  const data = join(dir, 'redis');
  mkdirSync(data);
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    data,
    '--save',
    '',
    '--appendonly',
    'no',
  ];
  redis = spawn(SERVER!, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    redis!.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (out.includes('Ready to accept connections')) resolve();
    });
    redis!.on('close', (code) => reject(new Error(`redis-server ended (${code}): ${out}`)));
  });
  url = `redis://127.0.0.1:${port}`;
}

/** Waits until at least `n` of the `total` jobs of the queue have left it (done). */
async function untilFinished(n: number, total: number): Promise<void> {
  const redisClient = new Redis(url);
  let seen = false;
  try {
    for (let tries = 0; tries < 600; tries++) {
      const [waiting, active] = await Promise.all(
        ['wait', 'active'].map((k) => redisClient.llen(`bull:entente-extract:${k}`)),
      );
      seen ||= waiting! + active! > 0;
      if (seen && total - waiting! - active! >= n) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`fewer than ${n} articles done after 60 s`);
  } finally {
    redisClient.disconnect();
  }
}

describe.skipIf(!SERVER && !process.env.CI)('queue and worker on Redis', () => {
  beforeAll(async () => {
    expect(SERVER, 'redis-server must be installed in CI (.ci/run installs it)').toBeDefined();
    dir = mkdtempSync(join(tmpdir(), 'entente-queue-'));
    main = await buildCli(dir);
    writeCorpus(join(dir, 'corpus'), 16);
    writeFileSync(join(dir, 'corpus', 'b', 'zz-binary.txt'), new Uint8Array([0, 1, 2, 0, 0, 7, 8, 0]));
    writeCorpus(join(dir, 'big'), 60);
    await startRedis();
  }, 120_000);
  afterAll(async () => {
    for (const w of workers) w.kill('SIGKILL');
    redis?.kill('SIGKILL');
    if (redis) await new Promise((r) => setTimeout(r, 200));
    rmSync(dir, { recursive: true, force: true });
  });

  it('two workers give the graph extract gives, and a bad article is reported, not fatal', async () => {
    const a = await startWorker();
    const b = await startWorker();
    const queued = await cli(['queue', 'corpus', '--redis', url]);
    const extracted = await cli(['extract', 'corpus', '--jobs', '1', '-q']);
    expect(queued.code).toBe(0);
    expect(queued.stdout).toBe(extracted.stdout);
    expect(queued.stderr).toMatch(/read 16 of 17 files/);
    expect(queued.stderr).toMatch(/zz-binary\.txt: .*binary/);
    for (const w of [a, b]) w.child.kill('SIGTERM');
    await Promise.all([a.ended, b.ended]);
    const counts = [a, b].map((w) => Number(/stopped after (\d+)/.exec(w.log())?.[1]));
    expect(counts[0]! + counts[1]!).toBe(17);
  });

  it('loses no article when a worker is killed mid-run', async () => {
    const first = await startWorker();
    let queue: ChildProcess | undefined;
    const queued = cli(['queue', 'big', '--redis', url, '-q'], (c) => (queue = c));
    // Kill the first worker once it has finished some articles but not all.
    await untilFinished(5, 60);
    first.child.kill('SIGKILL');
    expect(queue!.exitCode).toBeNull();
    const second = await startWorker();
    const r = await queued;
    const extracted = await cli(['extract', 'big', '--jobs', '1', '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(extracted.stdout);
    second.child.kill('SIGTERM');
    await second.ended;
    expect(Number(/stopped after (\d+)/.exec(second.log())?.[1])).toBeLessThan(60);
  }, 120_000);
});
