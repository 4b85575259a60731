/** The case tables (tests/extract/cases/<kind>.jsonl): one `it.each` per kind. */
import { describe, expect, it } from 'vitest';
import { caseFailures, caseKinds, loadCases } from './cases/cases';

describe.each(caseKinds())('case table: %s', (kind) => {
  it.each(loadCases(kind))('$id: $text', (c) => {
    expect(caseFailures(kind, c)).toEqual([]);
  });
});
