/** The shape of what ../shared/eval/score.mjs returns (the parts the eval reads). */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  entities: Record<string, Counts>;
  relations: Record<string, Counts>;
  quoteSubjects: Counts;
  attribution: { correct: number; total: number };
  overall: number;
}

/** A graph as graph.export() writes it (the parts the scorer reads). */
export interface GraphJson {
  nodes: { key: string; attributes?: Record<string, unknown> }[];
  edges: { key?: string; source: string; target: string; attributes?: Record<string, unknown> }[];
}

export interface Gold {
  article?: string;
  published?: string;
  relations: { type: string; optional?: boolean }[];
}

export type ScoreFn = (gold: Gold, graph: GraphJson) => Score;
