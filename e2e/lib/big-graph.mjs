/**
 * A seeded synthetic graph shaped like the BBC corpus graph (5,196 actors, 3,903 ties): one
 * big component grown by preferential attachment, a couple of hundred small ones, and half of
 * the actors without ties. For browser tests of large graphs.
 */
const KINDS = ['state', 'leader', 'analyst', 'organization'];

/** Graph file (graphology JSON) of about `n` actors. */
export function bigGraph(n = 5000, seed = 11) {
  let s = seed;
  const rand = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
  const nodes = Array.from({ length: n }, (_, i) => ({
    key: `A${i}`,
    attributes: { label: `Actor ${i}`, kind: KINDS[i % 4], aliases: [], mentions: 1 },
  }));
  const edges = [];
  const seen = new Set();
  const tie = (a, b) => {
    const key = `visit:A${a}->A${b}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    const text = `Actor ${a} visited Actor ${b}.`;
    edges.push({
      key,
      source: `A${a}`,
      target: `A${b}`,
      attributes: {
        type: 'visit',
        weight: 1,
        evidence: [{ text, start: 0, end: text.length, article: 'big' }],
      },
    });
  };
  const giant = Math.round(n * 0.4);
  const ends = [0];
  for (let i = 1; i < giant; i++) {
    const links = rand() < 0.3 ? 2 : 1;
    for (let k = 0; k < links; k++) {
      const j = ends[Math.floor(rand() * ends.length)] ?? 0;
      tie(i, j);
      ends.push(i, j);
    }
  }
  let i = giant;
  const small = Math.round(n * 0.1);
  while (i < giant + small) {
    const size = 2 + Math.floor(rand() * 4);
    for (let k = 1; k < size; k++) tie(i, i + k);
    i += size;
  }
  return {
    options: { type: 'mixed', multi: true, allowSelfLoops: false },
    attributes: { articles: [{ id: 'big', title: 'Big synthetic graph' }] },
    nodes,
    edges,
  };
}
