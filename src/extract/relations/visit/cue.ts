/** A visit cue word in its sentence and clause: what every per-cue step reads. */
import type { TieStatus } from '../../../graph/types';
import type { Doc } from '../../doc';

export interface VisitCue {
  doc: Doc;
  si: number;
  /** The cue's token. */
  k: number;
  /** The cue's clause, token range [a, b). */
  a: number;
  b: number;
  /** The sentence's token range [sa, sb). */
  sa: number;
  sb: number;
  /** "planned" when a future word precedes the cue in its clause. */
  status: TieStatus | undefined;
}
