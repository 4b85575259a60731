import { describe, expect, it } from 'vitest';
import { isPackedMentions, packMentions, unpackMentions } from '../../src/graph/mentions';

describe('packed mentions', () => {
  const list = [
    { start: 0, end: 6, node: 'RUS' },
    { start: 8, end: 13, node: 'CHN' },
    { start: 20, end: 26, node: 'RUS' },
  ];

  it('round-trips a mention list, each node key once, in one typed array', () => {
    const p = packMentions(list);
    expect(p.nodes).toEqual(['RUS', 'CHN']);
    expect([...p.spans]).toEqual([0, 6, 0, 8, 13, 1, 20, 26, 0]);
    expect(unpackMentions(p)).toEqual(list);
    expect(unpackMentions(packMentions([]))).toEqual([]);
  });

  it('keeps an out-of-range node index visible, for a validator to name', () => {
    const p = packMentions(list);
    p.spans[5] = 7;
    expect(unpackMentions(p)[1]).toEqual({ start: 8, end: 13, node: '#7' });
  });

  it('tells the packed form from a mention list', () => {
    expect(isPackedMentions(packMentions(list))).toBe(true);
    expect(isPackedMentions(list)).toBe(false);
    expect(isPackedMentions({ nodes: [], spans: [0, 1, 0] })).toBe(false);
    expect(isPackedMentions(null)).toBe(false);
  });
});
