import type { EntenteGraph } from '../types';
import { UNDIRECTED_TYPES } from '../types';
import { flatActor, flatTie } from './flat';
import type { FlatActor, FlatTie } from './flat';
import { xmlEscape } from './xml';

type KeyType = 'string' | 'int' | 'double' | 'boolean';

const NODE_KEYS: [keyof FlatActor, KeyType][] = [
  ['label', 'string'],
  ['kind', 'string'],
  ['aliases', 'string'],
  ['role', 'string'],
  ['country', 'string'],
  ['mentions', 'int'],
  ['corrected', 'boolean'],
  ['correction', 'string'],
];
const EDGE_KEYS: [keyof FlatTie, KeyType][] = [
  ['type', 'string'],
  ['weight', 'double'],
  ['date', 'string'],
  ['status', 'string'],
  ['evidence_count', 'int'],
  ['evidence_text', 'string'],
  ['evidence', 'string'],
  ['rules', 'string'],
  ['corrected', 'boolean'],
  ['correction', 'string'],
];

function data(
  prefix: string,
  keys: [string, KeyType][],
  values: Record<string, string | number | boolean | undefined>,
): string {
  let out = '';
  for (const [name] of keys) {
    const v = values[name];
    if (v === undefined || v === '') continue;
    out += `\n      <data key="${prefix}_${name}">${xmlEscape(String(v))}</data>`;
  }
  return out;
}

/**
 * GraphML, written here so that every value is escaped and the document is well-formed:
 * attribute keys are declared with types, every edge states `directed` (true, or false for
 * alliances; the default is undirected because graphology-graphml reads only "true"), lists are
 * "; "-joined strings, evidence is JSON, and the article list is a graph-level JSON attribute.
 */
export function toGraphML(graph: EntenteGraph): string {
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="g_articles" for="graph" attr.name="articles" attr.type="string"/>',
  ];
  for (const [name, type] of NODE_KEYS) {
    parts.push(`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  }
  for (const [name, type] of EDGE_KEYS) {
    parts.push(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
  }
  parts.push('  <graph id="G" edgedefault="undirected">');
  parts.push(
    `    <data key="g_articles">${xmlEscape(JSON.stringify(graph.getAttribute('articles') ?? []))}</data>`,
  );
  graph.forEachNode((key, attrs) => {
    const body = data('n', NODE_KEYS, { ...flatActor(attrs) });
    parts.push(`    <node id="${xmlEscape(key)}">${body}\n    </node>`);
  });
  graph.forEachEdge((key, attrs, source, target) => {
    const directed = UNDIRECTED_TYPES.has(attrs.type) ? 'false' : 'true';
    const body = data('e', EDGE_KEYS, { ...flatTie(attrs) });
    parts.push(
      `    <edge id="${xmlEscape(key)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}" directed="${directed}">${body}\n    </edge>`,
    );
  });
  parts.push('  </graph>', '</graphml>', '');
  return parts.join('\n');
}
