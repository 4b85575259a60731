/**
 * Growth benchmark (`npm run bench:growth`): time of `extractGraph` on each hostile input
 * family at 1x, 2x, 4x and 8x size (1x = BENCH_BASE_MB, default 0.25 MB), and the ratio
 * 8x / 1x (about 8 when time grows linearly; the target is at most 10).
 *
 * Each family runs in a child process that prints one line per size; the parent kills it
 * when one size takes more than BENCH_CAP_S seconds of CPU time (default 20; read from
 * /proc, or wall time where there is no /proc), so that a quadratic family cannot hang the
 * run: the larger sizes are then shown as `>cap`.
 * Times are CPU time of the child (user + system), so that other load on the machine skews
 * them less. BENCH_ONLY=<substring> runs the families whose name contains it.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractGraph } from '../src/extract/index';
import { FAMILIES } from './growth-families';

const SIZES = [1, 2, 4, 8];
const BASE_MB = Number(process.env.BENCH_BASE_MB ?? 0.25);
const CAP_S = Number(process.env.BENCH_CAP_S ?? 20);

/** CPU seconds (user + system) used so far by process `pid`, or undefined without /proc. */
function cpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat(5), in clock ticks (100 per second).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** Child: times one family at every size, one line `k ms` per size. */
function runFamily(name: string): void {
  const family = FAMILIES.find((f) => f.name === name);
  if (!family) throw new Error(`unknown family ${name}`);
  const extract = (input: string): void => {
    try {
      extractGraph(input);
    } catch {
      // An input refused (e.g. no readable text) still took its time.
    }
  };
  extract(family.make(0.02)); // warm-up: JIT and the gazetteer's indexes
  for (const k of SIZES) {
    const input = family.make(BASE_MB * k);
    const t0 = process.cpuUsage();
    extract(input);
    const cpu = process.cpuUsage(t0);
    process.stdout.write(`${k} ${((cpu.user + cpu.system) / 1000).toFixed(0)}\n`);
  }
}

/** Parent: runs a family's child, returns ms per size (undefined past the cap). */
function measure(name: string): Promise<(number | undefined)[]> {
  return new Promise((resolve) => {
    const self = fileURLToPath(import.meta.url);
    const child = spawn(process.execPath, ['--import', 'tsx', self, '--family', name], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const ms: (number | undefined)[] = [];
    // The clock of the size being run: CPU seconds from /proc, or wall seconds.
    const clock = (): number => cpuSeconds(child.pid ?? -1) ?? performance.now() / 1000;
    let from = clock();
    const arm = (): void => {
      from = clock();
    };
    const timer = setInterval(() => {
      if (clock() - from > CAP_S) child.kill('SIGKILL');
    }, 250);
    let buf = '';
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const [, t] = buf.slice(0, nl).split(' ');
        ms.push(Number(t));
        buf = buf.slice(nl + 1);
        arm();
      }
    });
    child.on('exit', () => {
      clearInterval(timer);
      resolve(SIZES.map((_k, i) => ms[i]));
    });
  });
}

async function main(): Promise<void> {
  const only = process.env.BENCH_ONLY;
  const families = FAMILIES.filter((f) => !only || f.name.includes(only));
  if (families.length === 0) {
    console.error(`bench:growth: no family matches BENCH_ONLY=${only}: give part of a name below`);
    for (const f of FAMILIES) console.error(`  ${f.name}`);
    process.exitCode = 1;
    return;
  }
  const sizes = SIZES.map((k) => `${(BASE_MB * k).toFixed(2)} MB`);
  console.log(`growth: CPU ms per size; cap ${CAP_S} s CPU per size; node ${process.version}`);
  console.log(`${'family'.padEnd(44)} ${sizes.map((s) => s.padStart(9)).join(' ')}   8x/1x`);
  let bad = 0;
  for (const f of families) {
    const ms = await measure(f.name);
    const cells = ms.map((t) => (t === undefined ? `>${CAP_S}s` : String(t)).padStart(9));
    const [first] = ms;
    const last = ms[ms.length - 1];
    const ratio =
      first === undefined
        ? '?'
        : last === undefined
          ? `>${(((CAP_S * 1000) / Math.max(first, 1)) * 1).toFixed(0)}`
          : (last / Math.max(first, 1)).toFixed(1);
    const ok = last !== undefined && first !== undefined && last / Math.max(first, 1) <= 10 && last <= 5000;
    if (!ok) bad++;
    console.log(`${f.name.padEnd(44)} ${cells.join(' ')}   ${ratio.padStart(5)}${ok ? '' : '  !'}`);
  }
  console.log(
    bad === 0
      ? 'every family within the target (8x/1x <= 10, <= 5 s at 8x)'
      : `${bad} famil${bad > 1 ? 'ies' : 'y'} over the target (8x/1x <= 10, <= 5 s at 8x), marked !`,
  );
}

const at = process.argv.indexOf('--family');
if (at >= 0) runFamily(process.argv[at + 1] ?? '');
else await main();
