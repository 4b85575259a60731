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
 * Wall times: other load on the machine slows both sides of each ratio alike, roughly.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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

/** Wall time of one whole process (ms); stdout to `out` when given. */
function timed(args, out) {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { maxBuffer: 1 << 30, encoding: 'utf8' });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  if (out) out.push(r.stdout);
  return ms;
}

/** Medians of interleaved runs of each command. */
function race(commands, runs) {
  const times = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((c, j) => times[j].push(timed(c)));
  return times.map(median);
}

function startup() {
  const [node, cli] = race(
    [
      ['-e', ''],
      [CLI, 'extract', SMALL, '-q'],
    ],
    RUNS,
  );
  console.log(`\nStart-up (medians of ${RUNS} interleaved runs, wall time)`);
  console.log(`  node -e ''                         ${fmt(node, 0)} ms`);
  console.log(`  entente extract (one small article) ${fmt(cli, 0)} ms`);
  console.log(`  ratio: ${fmt(cli / node, 1)}x node -e '' (target <= 3x)`);
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
  console.log(`\nbbc/politics as whole processes (medians of ${runs} interleaved runs, wall time)`);
  console.log(`  entente extract --jobs ${availableParallelism()} (default) ${fmt(jobs / 1000)} s`);
  console.log(`  entente extract --jobs 1           ${fmt(one / 1000)} s`);
  console.log(`  compromise people/places/orgs      ${fmt(base / 1000)} s`);
  console.log(
    `  ratio compromise / entente: ${fmt(base / jobs, 1)}x (--jobs 1: ${fmt(base / one, 1)}x; target >= 10x)`,
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
  const ms = timed([CLI, 'queue', BBC, '--redis', url, '-q'], out);
  for (const w of workers) w.kill('SIGTERM');
  redis.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  rmSync(dir, { recursive: true, force: true });
  return { ms, out: out[0] };
}

async function scale() {
  if (!existsSync(BBC)) return;
  const outs = [];
  const one = timed([CLI, 'extract', BBC, '-q', '--jobs', '1'], outs);
  const two = timed([CLI, 'extract', BBC, '-q', '--jobs', '2'], outs);
  console.log(`\nThe whole BBC corpus (one run each, wall time)`);
  console.log(`  extract --jobs 1  ${fmt(one / 1000)} s`);
  console.log(`  extract --jobs 2  ${fmt(two / 1000)} s   speed-up ${fmt(one / two)}x`);
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
