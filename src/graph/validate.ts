/**
 * Validation of serialized graphs (`graph.export()` JSON) read from files: every field is
 * checked, and errors name the path of the first bad field ("edges[3].attributes.type must
 * be one of …"). Pure; used by the workspace file and by the explorer's "open a graph file".
 */
import { createGraph } from './build';
import type { EntenteGraph } from './types';
import { NODE_KINDS, RELATION_TYPES } from './types';

/** A field of the wrong shape; the message starts with its path. */
export class Invalid extends Error {}

export type Obj = Record<string, unknown>;

export const typeName = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;

export function fail(path: string, expected: string, found: unknown): never {
  throw new Invalid(`${path} must be ${expected} (found ${typeName(found)})`);
}

export function obj(v: unknown, path: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'an object', v);
  return v as Obj;
}

export function arr(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) fail(path, 'an array', v);
  return v;
}

export function str(v: unknown, path: string, nonEmpty = false): string {
  if (typeof v !== 'string') fail(path, 'a string', v);
  if (nonEmpty && v.length === 0) throw new Invalid(`${path} must not be empty`);
  return v;
}

export function optStr(v: unknown, path: string): void {
  if (v !== undefined) str(v, path);
}

export function offset(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) fail(path, 'a whole number >= 0', v);
  return v;
}

export function oneOf(v: unknown, allowed: readonly string[], path: string): void {
  if (typeof v !== 'string' || !allowed.includes(v))
    throw new Invalid(
      `${path} must be one of ${allowed.join(', ')} (found ${JSON.stringify(v) ?? 'nothing'})`,
    );
}

export function checkEvidence(v: unknown, path: string, id?: string): void {
  const e = obj(v, path);
  str(e.text, `${path}.text`);
  const start = offset(e.start, `${path}.start`);
  const end = offset(e.end, `${path}.end`);
  if (end < start) throw new Invalid(`${path} ends (${end}) before it starts (${start})`);
  optStr(e.quote, `${path}.quote`);
  optStr(e.date, `${path}.date`);
  optStr(e.article, `${path}.article`);
  if (id !== undefined && e.article !== undefined && e.article !== id)
    throw new Invalid(
      `${path}.article is ${JSON.stringify(e.article)} but the evidence sits in article "${id}"`,
    );
}

/**
 * Checks a serialized Entente graph at `path`. With `id`, every evidence item must belong
 * to that article.
 */
export function checkGraph(v: unknown, path: string, id?: string): void {
  const g = obj(v, path);
  const keys = new Set<string>();
  arr(g.nodes, `${path}.nodes`).forEach((n, i) => {
    const p = `${path}.nodes[${i}]`;
    const node = obj(n, p);
    const key = str(node.key, `${p}.key`, true);
    if (keys.has(key)) throw new Invalid(`${p}.key repeats the node "${key}"`);
    keys.add(key);
    const a = obj(node.attributes, `${p}.attributes`);
    str(a.label, `${p}.attributes.label`, true);
    oneOf(a.kind, NODE_KINDS, `${p}.attributes.kind`);
    arr(a.aliases, `${p}.attributes.aliases`).forEach((x, j) => str(x, `${p}.attributes.aliases[${j}]`));
    offset(a.mentions, `${p}.attributes.mentions`);
    optStr(a.role, `${p}.attributes.role`);
    optStr(a.country, `${p}.attributes.country`);
  });
  arr(g.edges, `${path}.edges`).forEach((x, i) => {
    const p = `${path}.edges[${i}]`;
    const edge = obj(x, p);
    for (const end of ['source', 'target'] as const) {
      const k = str(edge[end], `${p}.${end}`, true);
      if (!keys.has(k))
        throw new Invalid(
          `${p}.${end} "${k}" is not a node of this ${id === undefined ? 'graph' : 'article'}`,
        );
    }
    const a = obj(edge.attributes, `${p}.attributes`);
    oneOf(a.type, RELATION_TYPES, `${p}.attributes.type`);
    const ev = arr(a.evidence, `${p}.attributes.evidence`);
    ev.forEach((e, j) => checkEvidence(e, `${p}.attributes.evidence[${j}]`, id));
    offset(a.weight, `${p}.attributes.weight`);
    optStr(a.date, `${p}.attributes.date`);
    if (a.status !== undefined)
      oneOf(a.status, ['planned', 'lifted', 'threatened'], `${p}.attributes.status`);
  });
}

const OPEN_AGAIN =
  'Choose a graph file written by Entente (the CLI\'s JSON output or "Export → Graph JSON").';

/**
 * Reads a graph file (graphology JSON as the CLI prints it). Throws an Error whose message
 * says what is wrong and what to do.
 */
export function parseGraphFile(text: string, name = 'This file'): EntenteGraph {
  let root: unknown;
  try {
    root = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(`${name} is not valid JSON (${why}). ${OPEN_AGAIN}`, { cause: err });
  }
  if (typeof root !== 'object' || root === null || Array.isArray(root) || !('nodes' in root))
    throw new Error(`${name} is not a graph: it has no "nodes" list. ${OPEN_AGAIN}`);
  try {
    checkGraph(root, 'graph');
    const g = createGraph();
    g.import(root as Parameters<EntenteGraph['import']>[0]);
    return g;
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(`${name} is not a valid Entente graph: ${why}. ${OPEN_AGAIN}`, { cause: err });
  }
}
