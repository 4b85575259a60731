/** The loader's shape rules (eslint.loader-shape.js) flag what they are meant to, and only that. */
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { loaderShape } from '../../eslint.loader-shape.js';

const linter = new Linter({ cwd: process.cwd() });
const ruleIds = (code: string, filename: string): string[] =>
  linter
    .verify(code, [{ files: ['**/*.ts'] }, ...loaderShape], { filename })
    .map((m) => m.ruleId ?? m.message);

const RELATIONS = 'src/extract/relations/some/step.ts';

describe('loader shape lint rules', () => {
  it('flags inline word alternations in relations/, not other regexes', () => {
    expect(ruleIds('const a = /^(?:in|at|to)$/.test(w);', RELATIONS)).toEqual(['no-restricted-syntax']);
    expect(ruleIds('const a = /^(two|both|\\d+)$/i.test(w);', RELATIONS)).toEqual(['no-restricted-syntax']);
    expect(ruleIds('const a = /^[a-z]{3,}ing$/.test(w) && /ed$/.test(w);', RELATIONS)).toEqual([]);
  });

  it("flags `.lower === 'word'` on either side, with or without optional chaining", () => {
    expect(ruleIds("if (t.lower === 'and') f();", RELATIONS)).toEqual(['no-restricted-syntax']);
    expect(ruleIds("if (doc.tokens[k]?.lower !== 'the') f();", RELATIONS)).toEqual(['no-restricted-syntax']);
    expect(ruleIds("if ('who' == t.lower) f();", RELATIONS)).toEqual(['no-restricted-syntax']);
    expect(ruleIds('if (t.lower === ph[q] || t.text === "A") f();', RELATIONS)).toEqual([]);
  });

  it('keeps the relation rules to src/extract/relations', () => {
    expect(ruleIds("if (t.lower === 'and') f();", 'src/extract/resolve/step.ts')).toEqual([]);
  });

  it('limits functions in src/extract to 80 lines, not counting blank lines and comments', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  x += ${i};`).join('\n');
    const fn = (n: number, extra = '') => `function f(x) {\n${body(n)}\n${extra}  return x;\n}\n`;
    expect(ruleIds(fn(77), 'src/extract/a.ts')).toEqual([]);
    expect(ruleIds(fn(77, '\n  // a note\n\n'), 'src/extract/a.ts')).toEqual([]);
    expect(ruleIds(fn(78), 'src/extract/a.ts')).toEqual(['max-lines-per-function']);
    expect(ruleIds(fn(200), 'src/ui/a.ts')).toEqual([]);
  });
});
