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

/**
 * GEXF 1.2 for Gephi, written by graphology-gexf. Lists become "; "-joined strings, the
 * evidence a JSON string; an edge's relation type is also its GEXF `kind`, so that Gephi keeps
 * parallel edges of different types apart. Undirected (alliance) edges are marked as such.
 */
export function toGEXF(graph: EntenteGraph): string {
  const articles = graph.getAttribute('articles') ?? [];
  const titles = articles.map((a) => a.title).join('; ');
  const xml = write(graph, {
    version: '1.2',
    formatNode: (_key, attrs) => {
      const { label, ...rest } = clean(flatActor(attrs));
      return { label: String(label), attributes: rest };
    },
    formatEdge: (_key, attrs) => {
      const flat = clean(flatTie(attrs));
      const { weight, ...rest } = flat;
      return { kind: String(flat.type), weight: Number(weight), label: String(flat.type), attributes: rest };
    },
  });
  const description = escapeText(
    articles.length ? `${articles.length} article(s): ${titles}` : 'Entente graph',
  );
  const meta = `<meta>\n    <creator>Entente</creator>\n    <description>${description}</description>`;
  // The writer emits an empty <meta/> (our graph attributes are not scalars): fill it in.
  return xml.replace(/<meta\/>|<meta>/, (m) => (m === '<meta/>' ? `${meta}\n  </meta>` : meta));
}

const escapeText = (s: string): string =>
  xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
