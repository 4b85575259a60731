import { write } from 'graphology-gexf';
import type { EntenteGraph } from '../types';
import { flatActor, flatTie } from './flat';
import { xmlSafe } from './xml';

const clean = <T extends object>(o: T): Record<string, string | number | boolean> => {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(o)) {
    if (typeof v === 'string') out[k] = xmlSafe(v);
    else if (typeof v === 'number' || typeof v === 'boolean') out[k] = v;
  }
  return out;
};

/** How Gephi draws an actor (GEXF viz namespace). */
export interface GexfNodeViz {
  x: number;
  y: number;
  size: number;
  /** A CSS colour: `#rrggbb` or `rgb(r,g,b)`. */
  color: string;
  shape?: 'disc' | 'square' | 'triangle' | 'diamond';
}

/** Drawing attributes by node and edge key (the explorer's canvas; the CLI has none). */
export interface GexfViz {
  nodes: ReadonlyMap<string, GexfNodeViz>;
  edges: ReadonlyMap<string, { color: string; thickness: number }>;
}

/** graphology-gexf 0.13 writes GEXF 1.2 with a malformed viz namespace URI. */
const VIZ_NS_WRITTEN = 'xmlns:viz="http:///www.gexf.net/1.1draft/viz"';
const VIZ_NS_1_2 = 'xmlns:viz="http://www.gexf.net/1.2draft/viz"';

/**
 * GEXF 1.2 for Gephi, written by graphology-gexf. Lists become "; "-joined strings, the
 * evidence a JSON string; an edge's relation type is also its GEXF `kind`, so that Gephi keeps
 * parallel edges of different types apart. Undirected (alliance) edges are marked as such.
 * With `viz`, actors carry their position, size, colour and shape and ties their colour and
 * thickness in the viz namespace, so that Gephi opens the picture the explorer drew.
 */
export function toGEXF(graph: EntenteGraph, viz?: GexfViz): string {
  const articles = graph.getAttribute('articles') ?? [];
  const titles = articles.map((a) => a.title).join('; ');
  const xml = write(graph, {
    version: '1.2',
    formatNode: (key, attrs) => {
      const { label, ...rest } = clean(flatActor(attrs));
      const v = viz?.nodes.get(key);
      return { label: String(label), attributes: rest, ...(v ? { viz: { ...v } } : {}) };
    },
    formatEdge: (key, attrs) => {
      const flat = clean(flatTie(attrs));
      const { weight, ...rest } = flat;
      const v = viz?.edges.get(key);
      const edge = {
        kind: String(flat.type),
        weight: Number(weight),
        label: String(flat.type),
        attributes: rest,
      };
      return v ? { ...edge, viz: { ...v } } : edge;
    },
  });
  const description = escapeText(
    articles.length ? `${articles.length} article(s): ${titles}` : 'Entente graph',
  );
  const meta = `<meta>\n    <creator>Entente</creator>\n    <description>${description}</description>`;
  // The writer emits an empty <meta/> (our graph attributes are not scalars): fill it in.
  return xml
    .replace(VIZ_NS_WRITTEN, VIZ_NS_1_2)
    .replace(/<meta\/>|<meta>/, (m) => (m === '<meta/>' ? `${meta}\n  </meta>` : meta));
}

const escapeText = (s: string): string =>
  xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
