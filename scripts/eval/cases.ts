/** The case tables (tests/extract/cases/<kind>.jsonl), counted for the eval. */
import { caseFailures, caseKinds, loadCases } from '../../tests/extract/cases/cases';

export interface KindResult {
  kind: string;
  passed: number;
  total: number;
  failures: string[];
}

/** Runs every case of every kind; a failure reads "kind/id: what went wrong". */
export function runCases(): KindResult[] {
  return caseKinds().map((kind) => {
    const cases = loadCases(kind);
    const failures = cases.flatMap((c) => {
      const why = caseFailures(kind, c);
      return why.length ? [`${kind}/${c.id}: ${why.join('; ')}`] : [];
    });
    return { kind, passed: cases.length - failures.length, total: cases.length, failures };
  });
}
