/**
 * One relation kind that yields 200,000 ties: the loader must not pass them as arguments
 * of one call (a spread overflows the argument limit near 123k in Node, 63k in Chromium).
 * The extractors are replaced by one that finds 200,000 ties between the article's first two
 * actors, each over a different span of the text (evidence is one per span).
 */
import { describe, expect, it, vi } from 'vitest';
import type { Doc } from '../../src/extract/doc';
import type { FoundTie, RelationExtractor } from '../../src/extract/relations';

const TIES = 200_000;

vi.mock('../../src/extract/relations', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/extract/relations')>();
  const many: RelationExtractor = {
    type: 'alliance',
    extract(doc: Doc): FoundTie[] {
      const keys = [...new Set(doc.mentions.map((m) => m.key))];
      const [source, target] = keys;
      if (!source || !target) return [];
      const starts = 500;
      const end = doc.text.length;
      return Array.from({ length: TIES }, (_x, i) => ({
        type: 'alliance' as const,
        source,
        target,
        start: i % starts,
        end: end - Math.floor(i / starts),
      }));
    },
  };
  return { ...original, RELATION_EXTRACTORS: [many] };
});

describe('a relation kind with 200,000 ties', () => {
  it('extracts, and every tie is evidence of the edge', async () => {
    const { extractGraph } = await import('../../src/extract/index');
    const r = extractGraph('France and Germany signed a defence pact on Monday. '.repeat(20));
    expect(r.graph.size).toBe(1);
    const edge = r.graph.edges()[0] ?? '';
    const attrs = r.graph.getEdgeAttributes(edge);
    expect(attrs.type).toBe('alliance');
    expect(attrs.evidence).toHaveLength(TIES);
    expect(attrs.weight).toBe(TIES);
  }, 120_000);
});
