import { describe, expect, it } from 'vitest';
import { edgeView, markQuote, relationCounts, searchActors, tiesByType } from '../../src/ui/lib/graphQueries';
import { cleanMentions, segmentRange, segmentText, textBlocks } from '../../src/ui/lib/segments';
import { defaultView, parseView, serializeView } from '../../src/ui/lib/urlState';
import { exportBaseName } from '../../src/ui/lib/download';
import { ALLIANCE, QUOTE, TEXT, VISIT, fixture } from './fixture';

describe('URL view state', () => {
  it('writes nothing for the default view', () => {
    expect(serializeView(defaultView())).toBe('');
  });

  it('round-trips filters, layout and selection', () => {
    const v = defaultView();
    v.relations.quote = false;
    v.relations.affiliation = false;
    v.kinds.analyst = false;
    v.hideIsolated = true;
    v.minEvidence = 3;
    v.layout = 'grid';
    v.selection = { type: 'edge', key: 'visit:person:a->BOR' };
    const q = serializeView(v, '?foo=1');
    expect(q).toContain('off=quote,affiliation');
    expect(q).toContain('foo=1');
    expect(q).toContain('min=3');
    expect(parseView(q)).toEqual(v);
  });

  it('ignores unknown values', () => {
    const v = parseView('?off=bogus,visit&layout=spiral&sel=x');
    expect(v.relations.visit).toBe(false);
    expect(v.relations.alliance).toBe(true);
    expect(v.layout).toBe('fcose');
    expect(v.selection).toBeNull();
    for (const bad of ['0', '-2', '1.5', 'two', ''])
      expect(parseView(`?min=${bad}`).minEvidence, bad).toBe(1);
    expect(parseView('?min=1000').minEvidence).toBe(99);
  });
});

describe('graph queries', () => {
  const { graph } = fixture();

  it('counts ties per type', () => {
    expect(relationCounts(graph)).toEqual({ alliance: 1, visit: 1, sanction: 0, quote: 1, affiliation: 0 });
  });

  it('finds actors by any alias, case- and accent-blind', () => {
    expect(searchActors(graph, 'vell')[0]).toMatchObject({ key: 'person:alma-vell' });
    expect(searchActors(graph, 'RURITANIAN')[0]).toMatchObject({ key: 'RUR', via: 'Ruritanian' });
    expect(searchActors(graph, 'zzz')).toEqual([]);
  });

  it('groups an actor’s ties by type with their direction', () => {
    const groups = tiesByType(graph, 'BOR');
    expect(groups.map(([t]) => t)).toEqual(['alliance', 'visit']);
    expect(groups[1]![1][0]).toMatchObject({ key: VISIT, other: 'person:alma-vell', direction: 'in' });
    expect(groups[0]![1][0]).toMatchObject({ key: ALLIANCE, direction: 'both' });
  });

  it('describes an edge and marks its quote', () => {
    const e = edgeView(graph, QUOTE)!;
    expect(e).toMatchObject({ sourceLabel: 'Tomas Krell', targetLabel: 'Ruritania', directed: true });
    expect(markQuote(e.attrs.evidence[0]!)?.marked).toBe('a marriage of convenience');
    expect(markQuote({ text: 'No quote here.', start: 0, end: 14, quote: 'elsewhere' })).toBeNull();
  });
});

describe('article segments', () => {
  it('splits at mentions and the highlight', () => {
    const { mentions } = fixture();
    const segs = segmentText(TEXT, mentions, { start: 46, end: 108 });
    expect(segs.map((s) => s.text).join('')).toBe(TEXT);
    const hl = segs.filter((s) => s.highlight);
    expect(hl.map((s) => s.text).join('')).toBe(
      'Ruritanian minister Alma Vell travelled to Borduria on Monday.',
    );
    expect(segs.find((s) => s.text === 'Alma Vell')).toMatchObject({
      node: 'person:alma-vell',
      highlight: true,
    });
    expect(segs.find((s) => s.text.startsWith(' and'))?.node).toBeUndefined();
  });

  it('drops overlapping and out-of-range mentions', () => {
    const segs = segmentText(
      'abcdef',
      [
        { start: 0, end: 3, node: 'A' },
        { start: 2, end: 4, node: 'B' },
        { start: 5, end: 99, node: 'C' },
      ],
      null,
    );
    expect(segs.filter((s) => s.node).map((s) => s.node)).toEqual(['A']);
  });

  /** A long text of short paragraphs, every "Ruritania" a mention. */
  const long = () => {
    const para = 'Ruritania met Borduria in the capital on Monday for talks.\n\n';
    const text = para.repeat(500);
    const mentions = [];
    for (let i = 0; i < 500; i++)
      mentions.push({ start: i * para.length, end: i * para.length + 9, node: 'R' });
    return { text, spans: cleanMentions(text, mentions) };
  };

  it('cuts a long text into contiguous blocks of about the asked size, after a paragraph', () => {
    const { text, spans } = long();
    const blocks = textBlocks(text, spans, 1000);
    expect(blocks.length).toBeGreaterThanOrEqual(20);
    expect(blocks.map((b) => text.slice(b.start, b.end)).join('')).toBe(text);
    for (const b of blocks.slice(0, -1)) {
      expect(b.end - b.start).toBeLessThanOrEqual(1500);
      expect(text.slice(b.end - 2, b.end)).toBe('\n\n');
    }
  });

  it('never cuts a block inside a mention, even in one long line', () => {
    const text = 'x'.repeat(1490) + 'Ruritania' + 'y'.repeat(3000);
    const spans = cleanMentions(text, [{ start: 1490, end: 1499, node: 'R' }]);
    const blocks = textBlocks(text, spans, 1000);
    expect(blocks.some((b) => b.start < 1499 && b.end > 1490 && (b.start > 1490 || b.end < 1499))).toBe(
      false,
    );
  });

  it('segments one block alone: its mentions only, the highlight clipped to it', () => {
    const { text, spans } = long();
    const [, second] = textBlocks(text, spans, 1000);
    const segs = segmentRange(text, spans, { start: 0, end: second!.start + 5 }, second);
    expect(segs.map((s) => s.text).join('')).toBe(text.slice(second!.start, second!.end));
    const plain = segmentRange(text, spans, null, second);
    const inside = spans.filter((m) => m.start >= second!.start && m.end <= second!.end);
    expect(plain.filter((s) => s.node).length).toBe(inside.length);
    expect(
      segs
        .filter((s) => s.highlight)
        .map((s) => s.text)
        .join(''),
    ).toBe('Rurit');
  });
});

describe('export file names', () => {
  it('names export files after the article title', () => {
    expect(exportBaseName([{ id: 'x', title: 'China’s “deep” ties: a view' }])).toBe(
      'chinas-deep-ties-a-view',
    );
    expect(exportBaseName([])).toBe('entente-graph');
    expect(
      exportBaseName([
        { id: 'a', title: 'One' },
        { id: 'b', title: 'Two' },
      ]),
    ).toBe('one-and-1-more');
  });
});
