/** Per rule id: how often it fired on a set, and how often the tie it made is in the gold. */
import type { Gold, GraphJson, ScoreFn } from './score-types';
import type { Scored } from './sets';

export interface RuleStat {
  /** Evidence items carrying the id. */
  fired: number;
  /** Distinct ties carrying the id. */
  ties: number;
  /** Of those ties, how many the gold holds (scored types only). */
  inGold: number;
  /** Of those ties, how many are of a type the scorer reads. */
  scored: number;
}

const SCORED = new Set(['alliance', 'visit', 'sanction', 'quote']);

type Edge = GraphJson['edges'][number];

const typeOf = (e: Edge): string => (typeof e.attributes?.type === 'string' ? e.attributes.type : '');

/** Rule ids on a tie's evidence, one entry per evidence item that carries each. */
const rulesOf = (e: Edge): { ids: string[]; items: number } => {
  const ev = (e.attributes?.evidence ?? []) as { rule?: string[] }[];
  return { ids: ev.flatMap((x) => x.rule ?? []), items: ev.length };
};

/** The label for ties that carry no rule id. */
export const NO_RULE = '(no rule id)';

/** Whether one tie, scored alone among all the article's actors, hits the gold. */
function tieInGold(score: ScoreFn, gold: Gold, graph: GraphJson, e: Edge): boolean {
  const type = typeOf(e);
  if (!SCORED.has(type)) return false;
  const s = score(gold, { nodes: graph.nodes, edges: [e] });
  return type === 'quote' ? s.quoteSubjects.tp > 0 : (s.relations[type]?.tp ?? 0) > 0;
}

/** Rule statistics over a scored set, by rule id; ties without rule ids count under NO_RULE. */
export function ruleStats(rows: Scored[], score: ScoreFn): Map<string, RuleStat> {
  const out = new Map<string, RuleStat>();
  for (const row of rows) {
    for (const e of row.graph.edges) {
      const { ids, items } = rulesOf(e);
      const hit = tieInGold(score, row.gold, row.graph, e);
      const scored = SCORED.has(typeOf(e));
      for (const id of ids.length ? new Set(ids) : [NO_RULE]) {
        const st = out.get(id) ?? { fired: 0, ties: 0, inGold: 0, scored: 0 };
        st.fired += id === NO_RULE ? items : ids.filter((x) => x === id).length;
        st.ties += 1;
        st.inGold += hit ? 1 : 0;
        st.scored += scored ? 1 : 0;
        out.set(id, st);
      }
    }
  }
  return out;
}
