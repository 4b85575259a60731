/**
 * No module-level cache keyed by document in the loader: a relation kind that needs another's
 * ties declares it (`after`) and the registry hands them over (issue: declared dependencies).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../src/extract');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const DOC_CACHE = /new\s+(?:Weak)?Map<\s*Doc\b/;

describe('loader modules', () => {
  it('keep no cache keyed by document', () => {
    const offenders = sources(root).filter((f) => DOC_CACHE.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the check sees such a cache', () => {
    expect(DOC_CACHE.test('const cache = new WeakMap<Doc, FoundTie[]>();')).toBe(true);
  });
});
