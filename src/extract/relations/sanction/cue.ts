/** A sanction noun in its sentence and clause, and what it found so far. */
import type { Doc } from '../../doc';

export interface SanctionCue {
  doc: Doc;
  si: number;
  /** The noun's token, and the token after it ("punitive measures" ends after "measures"). */
  k: number;
  end: number;
  /** The noun's clause, token range [a, b), and the sentence's first token. */
  a: number;
  b: number;
  sa: number;
}

/** One side of a measure (imposers or targets) and the rule that found it. */
export interface Side {
  states: string[];
  rule: string;
}
