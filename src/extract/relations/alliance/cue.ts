/** An alliance cue word in its sentence and clause: what every per-cue step reads. */
import type { Doc, RMention } from '../../doc';

export interface AllianceCue {
  doc: Doc;
  si: number;
  /** The cue's token and its lower-case word. */
  k: number;
  w: string;
  /** The clause the cue's words qualify, token range [a, b) (an apposition's own words, if in one). */
  a: number;
  b: number;
  /** The sentence's first token. */
  sa: number;
  /** "X, a close ally of B,": the apposition holding the cue, with its head. */
  app: { head: RMention; start: number } | undefined;
}
