/** Reading JSON lines in bounded memory (src/cli/lines.ts). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { linesOf } from '../../src/cli/lines';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterGc = (): number => {
  gc();
  return process.memoryUsage().heapUsed;
};

const dir = mkdtempSync(join(tmpdir(), 'entente-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('linesOf', () => {
  it('keeps no line it has already given (memory stays flat over a long file)', async () => {
    const LINES = 1500;
    const LINE_CHARS = 20_000;
    const file = join(dir, 'long.jsonl');
    writeFileSync(file, Array.from({ length: LINES }, (_, i) => `${i} ${'x'.repeat(LINE_CHARS)}`).join('\n'));
    let early = 0;
    let late = 0;
    let count = 0;
    for await (const { n, text } of linesOf(file)) {
      count += text.length > LINE_CHARS ? 1 : 0;
      if (n === 100) early = heapAfterGc();
      if (n === LINES) late = heapAfterGc();
    }
    expect(count).toBe(LINES);
    // 1,400 lines of 20,000 characters in between: 28 MB if they were kept.
    expect(late - early).toBeLessThan(8 * 1024 * 1024);
  });
});
