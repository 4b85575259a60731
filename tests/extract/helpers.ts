/** Test helpers: run the pipeline stages on sentences written for the tests. */
import type { Doc } from '../../src/extract/doc';
import { findMentions } from '../../src/extract/mentions';
import { resolve } from '../../src/extract/resolve';
import { splitSentences } from '../../src/extract/sentences';
import { tokenize } from '../../src/extract/tokens';
import type { FoundTie, RelationExtractor } from '../../src/extract/relations';
import { earlierTiesFor } from '../../src/extract/relations';

/** The resolved document of an already clean text. */
export function docOf(text: string, date?: string): Doc {
  const { paragraphs, sentences } = splitSentences(text);
  const tokens = tokenize(text, sentences);
  const mentions = findMentions(text, tokens, sentences);
  return resolve(text, paragraphs, sentences, tokens, mentions, date);
}

/** "source -> target" labels of an extractor's ties on a text (sorted, unique). */
export function edges(ex: RelationExtractor, text: string, date?: string): string[] {
  const doc = docOf(text, date);
  return edgeLabels(doc, ex.extract(doc, earlierTiesFor(doc, ex)));
}

export function edgeLabels(doc: Doc, ties: readonly FoundTie[]): string[] {
  const label = (k: string): string => doc.actors.get(k)?.label ?? k;
  const pair = (t: FoundTie): string[] => {
    const ends = [label(t.source), label(t.target)];
    return t.type === 'alliance' ? ends.sort() : ends;
  };
  return [...new Set(ties.map((t) => pair(t).join(' -> ')))].sort();
}

/** Label and kind of every actor that has mentions. */
export function actorsOf(text: string): string[] {
  const doc = docOf(text);
  return [...doc.actors.values()]
    .filter((a) => a.mentions > 0)
    .map((a) => `${a.label}:${a.kind}`)
    .sort();
}
