/** Step 12. The resolved mention list, actors' aliases and counts, and the document model. */
import type { Doc, RMention } from '../doc';
import type { Mention } from '../mentions';
import type { Paragraph } from '../sentences';
import type { ResolveCtx } from './context';

function resolvedMention(m: Mention, key: string): RMention {
  const rm: RMention = {
    key,
    type: m.type,
    start: m.start,
    end: m.end,
    t0: m.t0,
    t1: m.t1,
    sent: m.sent,
    surface: m.surface,
    poss: m.poss,
  };
  if (m.form) rm.form = m.form;
  return rm;
}

/** Mentions with an actor, in text order; counts each actor's mentions and aliases. */
function resolvedMentions(ctx: ResolveCtx): RMention[] {
  const rms: RMention[] = [];
  ctx.mentions.forEach((m, i) => {
    const key = ctx.keyOf[i];
    const a = key ? ctx.actors.get(key) : undefined;
    if (!key || !a) return;
    a.mentions++;
    if (m.type !== 'desc' && m.surface !== a.label) a.aliases.add(m.surface.replace(/\s+/g, ' '));
    rms.push(resolvedMention(m, key));
  });
  return rms.sort((x, y) => x.start - y.start);
}

export function buildDocument(ctx: ResolveCtx, paragraphs: Paragraph[], date?: string): Doc {
  const mentions = resolvedMentions(ctx);
  const bySentence: RMention[][] = ctx.sentences.map(() => []);
  const tokenMention = new Int32Array(ctx.tokens.length).fill(-1);
  mentions.forEach((m, i) => {
    bySentence[m.sent]?.push(m);
    for (let k = m.t0; k < m.t1; k++) tokenMention[k] = i;
  });
  const { text, sentences, tokens, sentTok, actors } = ctx;
  const doc: Doc = {
    text,
    paragraphs,
    sentences,
    tokens,
    sentTok,
    mentions,
    bySentence,
    tokenMention,
    actors,
  };
  if (date) doc.date = date;
  return doc;
}
