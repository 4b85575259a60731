/**
 * Case tables: one-sentence loader tests kept as data, one JSON object a line in
 * tests/extract/cases/<kind>.jsonl (see README.md beside this file). Run by
 * tests/extract/cases.test.ts under vitest and by `npm run eval`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc } from '../../../src/extract/doc';
import { earlierTiesFor, RELATION_EXTRACTORS } from '../../../src/extract/relations';
import type { FoundTie } from '../../../src/extract/relations';
import { NODE_KINDS, UNDIRECTED_TYPES } from '../../../src/graph/types';
import type { RelationType } from '../../../src/graph/types';
import { docOf } from '../helpers';

export interface Case {
  id: string;
  text: string;
  /** Ties ("visit A -> B", "alliance A -- B") or actors ("state Peru") that must be found. */
  expect: string[];
  /** Ties or actors that must not be found; an end may be "*" (any actor). */
  absent?: string[];
  /** Unless false, `expect` lists everything the kind finds in the text. */
  exact?: boolean;
  /** Rule ids behind the expected ties: each id is on one of them, and each carries one of the ids. */
  rule?: string[];
  /** Publication date handed to the loader (ISO). */
  date?: string;
}

/** The folder of the case tables. */
export const CASES_DIR = import.meta.dirname;

/** The kinds that have a case table: "actors" and relation types. */
export function caseKinds(): string[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => f.slice(0, -'.jsonl'.length))
    .sort();
}

/** The cases of one kind, each line checked for shape. */
export function loadCases(kind: string): Case[] {
  const lines = readFileSync(join(CASES_DIR, `${kind}.jsonl`), 'utf8').split('\n');
  return lines.flatMap((line, i) => {
    if (!line.trim()) return [];
    const c = JSON.parse(line) as Case;
    const bad = shapeErrors(kind, c);
    if (bad.length) throw new Error(`${kind}.jsonl line ${i + 1}: ${bad.join('; ')}`);
    return [c];
  });
}

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** What is wrong with a case's shape (a misspelt tie would make `absent` pass vacuously). */
export function shapeErrors(kind: string, c: Case): string[] {
  const out: string[] = [];
  if (typeof c.id !== 'string' || !c.id) out.push('no id');
  if (typeof c.text !== 'string' || !c.text) out.push('no text');
  if (!isStrings(c.expect)) out.push('expect is not a list of strings');
  for (const field of ['absent', 'rule'] as const) {
    if (c[field] !== undefined && !isStrings(c[field])) out.push(`${field} is not a list of strings`);
  }
  if (c.exact !== undefined && typeof c.exact !== 'boolean') out.push('exact is not a boolean');
  for (const item of [...(c.expect ?? []), ...(c.absent ?? [])]) {
    if (!wellFormed(kind, item)) out.push(`malformed "${item}"`);
  }
  return out;
}

function wellFormed(kind: string, item: string): boolean {
  const [head, rest] = splitHead(item);
  if (kind === 'actors') return (NODE_KINDS as readonly string[]).includes(head) && rest.length > 0;
  if (head !== kind) return false;
  const arrow = UNDIRECTED_TYPES.has(kind as RelationType) ? ' -- ' : ' -> ';
  const ends = rest.split(arrow);
  return ends.length === 2 && ends.every((e) => e.trim().length > 0 && e === e.trim());
}

const splitHead = (item: string): [string, string] => {
  const at = item.indexOf(' ');
  return at < 0 ? [item, ''] : [item.slice(0, at), item.slice(at + 1)];
};

/** The canonical form of a tie: the ends of an undirected tie in sorted order. */
export function canonical(item: string): string {
  const [head, rest] = splitHead(item);
  if (!UNDIRECTED_TYPES.has(head as RelationType)) return item;
  return `${head} ${rest.split(' -- ').sort().join(' -- ')}`;
}

/** What the loader finds in a case's text: tie or actor -> the rule ids behind it. */
export function found(kind: string, c: Case): Map<string, Set<string>> {
  const doc = docOf(c.text, c.date);
  if (kind === 'actors') return actorsFound(doc);
  const ex = RELATION_EXTRACTORS.find((e) => e.type === kind);
  if (!ex) throw new Error(`no relation extractor for "${kind}"`);
  return tiesFound(doc, ex.extract(doc, earlierTiesFor(doc, ex)));
}

function actorsFound(doc: Doc): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const a of doc.actors.values()) {
    if (a.mentions > 0) out.set(`${a.kind} ${a.label}`, new Set(a.kindRule ? [a.kindRule] : []));
  }
  return out;
}

function tiesFound(doc: Doc, ties: readonly FoundTie[]): Map<string, Set<string>> {
  const label = (k: string): string => doc.actors.get(k)?.label ?? k;
  const out = new Map<string, Set<string>>();
  for (const t of ties) {
    const arrow = UNDIRECTED_TYPES.has(t.type) ? ' -- ' : ' -> ';
    const key = canonical(`${t.type} ${label(t.source)}${arrow}${label(t.target)}`);
    const rules = out.get(key) ?? new Set<string>();
    for (const r of t.rule ?? []) rules.add(r);
    out.set(key, rules);
  }
  return out;
}

/** Whether a found item matches a pattern whose ends may be "*". */
function matches(pattern: string, item: string): boolean {
  if (!pattern.includes('*')) return canonical(pattern) === item;
  const [head, rest] = splitHead(pattern);
  const arrow = rest.includes(' -- ') ? ' -- ' : ' -> ';
  const want = rest.split(arrow);
  const [ihead, irest] = splitHead(item);
  if (ihead !== head) return false;
  const got = irest.split(arrow);
  const endOk = (w: string | undefined, g: string | undefined) => w === '*' || w === g;
  if (endOk(want[0], got[0]) && endOk(want[1], got[1])) return true;
  return arrow === ' -- ' && endOk(want[0], got[1]) && endOk(want[1], got[0]);
}

/** Why a case fails (empty when it passes). */
export function caseFailures(kind: string, c: Case): string[] {
  const got = found(kind, c);
  const expected = c.expect.map(canonical);
  const out: string[] = [];
  for (const e of expected) if (!got.has(e)) out.push(`missing: ${e}`);
  if (c.exact !== false) {
    for (const g of got.keys()) if (!expected.includes(g)) out.push(`unexpected: ${g}`);
  }
  for (const a of c.absent ?? []) {
    for (const g of got.keys()) if (matches(a, g)) out.push(`found, but must be absent: ${g}`);
  }
  out.push(...ruleFailures(c, expected, got));
  return out;
}

function ruleFailures(c: Case, expected: string[], got: Map<string, Set<string>>): string[] {
  if (!c.rule) return [];
  const out: string[] = [];
  const carried = expected.map((e) => got.get(e) ?? new Set<string>());
  for (const id of c.rule) {
    if (!carried.some((rules) => rules.has(id))) out.push(`rule ${id} is on no expected tie`);
  }
  expected.forEach((e, i) => {
    const rules = [...(carried[i] ?? [])];
    if (got.has(e) && !rules.some((r) => c.rule?.includes(r))) {
      out.push(`${e} carries none of the listed rules (it has: ${rules.join(', ') || 'none'})`);
    }
  });
  return out;
}
