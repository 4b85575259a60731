/**
 * Flat, scalar views of actors and ties for formats that cannot hold arrays or objects
 * (GEXF, GraphML, CSV): lists joined with "; ", evidence kept whole as JSON.
 */
import type { ActorAttributes, TieAttributes } from '../types';

/** Scalar attributes of an actor. */
export interface FlatActor {
  label: string;
  kind: string;
  aliases: string;
  role?: string;
  country?: string;
  mentions: number;
  /** True when the analyst's corrections changed the actor. */
  corrected?: boolean;
  /** What they did, in words. */
  correction?: string;
}

/** Scalar attributes of a tie. */
export interface FlatTie {
  type: string;
  weight: number;
  date?: string;
  status?: string;
  evidence_count: number;
  /** The first supporting sentence. */
  evidence_text: string;
  /** Every evidence item, as JSON. */
  evidence: string;
  /** Ids of the loader rules behind the evidence ("quote/inverted-cue"), unique, joined with "; ". */
  rules: string;
  /** True when the analyst's corrections changed (or added) the tie. */
  corrected?: boolean;
  /** What they did, in words. */
  correction?: string;
}

/** Flattens an actor's attributes. */
export function flatActor(a: ActorAttributes): FlatActor {
  const out: FlatActor = {
    label: a.label,
    kind: a.kind,
    aliases: (a.aliases ?? []).join('; '),
    mentions: a.mentions ?? 0,
  };
  if (a.role) out.role = a.role;
  if (a.country) out.country = a.country;
  if (a.corrected) out.corrected = true;
  if (a.correction) out.correction = a.correction;
  return out;
}

/** Flattens a tie's attributes. */
export function flatTie(t: TieAttributes): FlatTie {
  const evidence = t.evidence ?? [];
  const out: FlatTie = {
    type: t.type,
    weight: t.weight ?? evidence.length,
    evidence_count: evidence.length,
    evidence_text: evidence[0]?.text ?? '',
    evidence: JSON.stringify(evidence),
    rules: [...new Set(evidence.flatMap((e) => e.rule ?? []))].join('; '),
  };
  if (t.date) out.date = t.date;
  if (t.status) out.status = t.status;
  if (t.corrected) out.corrected = true;
  if (t.correction) out.correction = t.correction;
  return out;
}
