/**
 * Whole-process figures of the built CLI (`npm run bench` runs it after the loader bench).
 *
 * 1. Start-up: one small article (data/) through `dist-cli/main.mjs` against `node -e ''`,
 *    interleaved runs, medians of wall time (target: at most 3x).
 * 2. bbc/politics through the CLI (default --jobs and --jobs 1) against compromise's
 *    people/places/organizations passes as a whole process (bench/compromise-cli.mjs), in
 *    the same run (target: at least 10x).
 * 3. BENCH_SCALE=1: the whole BBC corpus with --jobs 1 and --jobs 2 (outputs compared byte
 *    for byte), and through `queue` with 1 and 2 workers when redis-server is installed.
 *
 * Wall times, and CPU times of the child processes (from /proc/self/stat, 10 ms ticks, Linux
 * only): other load on the machine slows both sides of each wall ratio alike, roughly; the CPU
 * ratios hold better on a busy machine.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist-cli', 'main.mjs');
const BBC = process.env.BENCH_CORPUS ?? join(ROOT, '..', 'shared', 'corpus', 'bbc');
const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 11);
const SMALL = join(ROOT, 'data', 'china-north-korea-russia.txt');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const fmt = (n, d = 2) => n.toFixed(d);

/** CPU time (user + system, ms) of the children this process has waited for; 0 when unknown. */
function childrenCpu() {
  try {
    // /proc/self/stat: fields 16 and 17 (cutime, cstime) in clock ticks, after the ")" of the name.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return 0;
  }
}

/** Wall and CPU time of one whole process (ms); stdout to `out` when given. */
function timed(args, out) {
  const cpu = childrenCpu();
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { maxBuffer: 1 << 30, encoding: 'utf8' });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  if (out) out.push(r.stdout);
  return { ms, cpu: childrenCpu() - cpu };
}

/** Medians of interleaved runs of each command: `{ ms, cpu }` (wall and CPU time). */
function race(commands, runs, outs) {
  const times = commands.map(() => []);
  for (let i = 0; i < runs; i++)
    commands.forEach((c, j) => times[j].push(timed(c, i === 0 ? outs : undefined)));
  return times.map((ts) => ({ ms: median(ts.map((t) => t.ms)), cpu: median(ts.map((t) => t.cpu)) }));
}

/** "1.23 s wall, 0.98 s CPU" */
const both = (t) => `${fmt(t.ms / 1000)} s wall, ${fmt(t.cpu / 1000)} s CPU`;

function startup() {
  const [node, cli] = race(
    [
      ['-e', ''],
      [CLI, 'extract', SMALL, '-q'],
    ],
    RUNS,
  );
  console.log(`\nStart-up (medians of ${RUNS} interleaved runs)`);
  console.log(`  node -e ''                          ${fmt(node.ms, 0)} ms wall, ${fmt(node.cpu, 0)} ms CPU`);
  console.log(`  entente extract (one small article) ${fmt(cli.ms, 0)} ms wall, ${fmt(cli.cpu, 0)} ms CPU`);
  console.log(
    `  ratio: ${fmt(cli.ms / node.ms, 1)}x node -e '' (CPU: ${fmt(cli.cpu / node.cpu, 1)}x; target <= 3x)`,
  );
}

function politics() {
  const dir = join(BBC, 'politics');
  if (!existsSync(dir)) return console.log(`\n(no ${dir}: whole-process corpus figures skipped)`);
  const runs = Number(process.env.BENCH_CLI_CORPUS_RUNS ?? 3);
  const [jobs, one, base] = race(
    [
      [CLI, 'extract', dir, '-q'],
      [CLI, 'extract', dir, '-q', '--jobs', '1'],
      [join(ROOT, 'bench', 'compromise-cli.mjs'), dir],
    ],
    runs,
  );
  console.log(`\nbbc/politics as whole processes (medians of ${runs} interleaved runs)`);
  console.log(`  entente extract --jobs ${availableParallelism()} (default)  ${both(jobs)}`);
  console.log(`  entente extract --jobs 1            ${both(one)}`);
  console.log(`  compromise people/places/orgs       ${both(base)}`);
  console.log(
    `  ratio compromise / entente: ${fmt(base.ms / jobs.ms, 1)}x wall (--jobs 1: ${fmt(base.ms / one.ms, 1)}x; CPU: ${fmt(base.cpu / jobs.cpu, 1)}x and ${fmt(base.cpu / one.cpu, 1)}x; target >= 10x)`,
  );
}

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** Runs `queue` over the corpus with `n` workers on a fresh local redis-server. */
async function queued(n, server) {
  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-redis-'));
  const port = await freePort();
  const redis = spawn(server, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', ''], {
    stdio: 'ignore',
  });
  await new Promise((r) => setTimeout(r, 500));
  const url = `redis://127.0.0.1:${port}`;
  const workers = Array.from({ length: n }, () =>
    spawn(process.execPath, [CLI, 'worker', '--redis', url, '--jobs', '1', '-q'], { stdio: 'ignore' }),
  );
  await new Promise((r) => setTimeout(r, 1500));
  const out = [];
  const { ms } = timed([CLI, 'queue', BBC, '--redis', url, '-q'], out);
  for (const w of workers) w.kill('SIGTERM');
  redis.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  rmSync(dir, { recursive: true, force: true });
  return { ms, out: out[0] };
}

async function scale() {
  if (!existsSync(BBC)) return;
  const runs = Number(process.env.BENCH_SCALE_RUNS ?? 3);
  const outs = [];
  const [one, two] = race(
    [
      [CLI, 'extract', BBC, '-q', '--jobs', '1'],
      [CLI, 'extract', BBC, '-q', '--jobs', '2'],
    ],
    runs,
    outs,
  );
  console.log(`\nThe whole BBC corpus (medians of ${runs} interleaved runs)`);
  console.log(`  extract --jobs 1  ${both(one)}`);
  console.log(`  extract --jobs 2  ${both(two)}   speed-up ${fmt(one.ms / two.ms)}x`);
  console.log(`  outputs byte-identical: ${outs[0] === outs[1] ? 'yes' : 'NO'}`);
  let server;
  try {
    server = execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim();
  } catch {
    return console.log('  (redis-server not installed: queue figures skipped)');
  }
  for (const n of [1, 2]) {
    const q = await queued(n, server);
    const same = q.out === outs[0] ? 'same graph as extract' : 'DIFFERENT graph from extract';
    console.log(`  queue, ${n} worker${n > 1 ? 's' : ' '} (1 thread each)  ${fmt(q.ms / 1000)} s   ${same}`);
  }
}

// The bin rebuilds dist-cli/ when it is missing or older than the sources.
execFileSync(process.execPath, [join(ROOT, 'bin', 'entente.mjs'), '--help'], { stdio: 'ignore' });
console.log(`Whole-process figures (${availableParallelism()} cores; CLI ${CLI})`);
startup();
politics();
if (process.env.BENCH_SCALE === '1') await scale();
