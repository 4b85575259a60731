/**
 * Mentions in a compact form for crossing threads and for storage: one typed array of
 * (start, end, node index) triples and the node keys once each. A 1 MB article has ~54k
 * mentions; as objects they cost ~100 ms to structured-clone on the page's main thread, as
 * one typed array under a millisecond.
 */
import type { MentionSpan } from './types';

export interface PackedMentions {
  /** Node keys, each once; `spans` points into this list. */
  nodes: string[];
  /** (start, end, index into `nodes`) per mention, in mention order. */
  spans: Uint32Array;
}

/** Packs `mentions` (see {@link PackedMentions}). */
export function packMentions(mentions: readonly MentionSpan[]): PackedMentions {
  const index = new Map<string, number>();
  const nodes: string[] = [];
  const spans = new Uint32Array(mentions.length * 3);
  mentions.forEach((m, i) => {
    let k = index.get(m.node);
    if (k === undefined) {
      k = nodes.length;
      index.set(m.node, k);
      nodes.push(m.node);
    }
    spans[i * 3] = m.start;
    spans[i * 3 + 1] = m.end;
    spans[i * 3 + 2] = k;
  });
  return { nodes, spans };
}

/** True for a value shaped like {@link PackedMentions} (its contents are not checked). */
export function isPackedMentions(value: unknown): value is PackedMentions {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<PackedMentions>;
  return Array.isArray(v.nodes) && v.spans instanceof Uint32Array;
}

/**
 * The mentions back as objects. A span whose node index is out of range keeps the index as
 * its node (as text) so that a validator downstream names it instead of it vanishing.
 */
export function unpackMentions(p: PackedMentions): MentionSpan[] {
  const n = Math.floor(p.spans.length / 3);
  const out = new Array<MentionSpan>(n);
  for (let i = 0; i < n; i++) {
    const k = p.spans[i * 3 + 2]!;
    out[i] = { start: p.spans[i * 3]!, end: p.spans[i * 3 + 1]!, node: p.nodes[k] ?? `#${k}` };
  }
  return out;
}
