/** Reading an article file (src/cli/files.ts): buffers the size of the file, not a megabyte each. */
import * as fs from 'node:fs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readSource } from '../../src/cli/files';

/** Lengths of the buffers handed to readSync. */
const reads: number[] = [];
vi.mock('node:fs', async (original) => {
  const real = await original<typeof fs>();
  return {
    ...real,
    readSync: (fd: number, buffer: Uint8Array, ...rest: [number, number, null]) => {
      reads.push(buffer.length);
      return real.readSync(fd, buffer, ...rest);
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), 'entente-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readSource', () => {
  it.each([0, 1, 3000, 70_000, 2_500_000])(
    'reads a file of %i bytes whole, in buffers near its size',
    (size) => {
      const path = join(dir, `a-${size}.txt`);
      const bytes = new Uint8Array(size).map((_, i) => 97 + (i % 26));
      writeFileSync(path, bytes);
      reads.length = 0;
      const got = readSource({ id: path, path, explicit: true });
      expect(Buffer.from(got).equals(Buffer.from(bytes))).toBe(true);
      expect(reads.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(size + 1 + 1024 * 1024 + 4096);
      if (size < 100_000) expect(reads.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(size + 1 + 4096);
    },
  );
});
