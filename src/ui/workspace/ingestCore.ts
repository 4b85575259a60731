/**
 * One file of a corpus drop becomes a workspace article, or a reason to skip it. Pure (no
 * DOM): runs inside the ingest worker, and in Node for tests and benchmarks.
 */
import { extractGraph } from '../../extract/index';
import { InputError } from '../../extract/types';
import { articleFromResult } from '../../workspace/model';
import type { WorkspaceArticle } from '../../workspace/types';

/** Extensions read as plain text or as HTML; anything else is skipped. */
const FORMATS: Record<string, 'text' | 'html'> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  html: 'html',
  htm: 'html',
};

/** What became of one file. */
export type IngestOutcome =
  { ok: true; article: WorkspaceArticle; warnings: string[] } | { ok: false; reason: string };

/** The format a file name asks for, or undefined when it is not an article file. */
export function formatOf(name: string): 'text' | 'html' | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : FORMATS[ext];
}

/** Reads one file's text into a workspace article (id derived from the text). */
export function ingestText(name: string, text: string, date?: string): IngestOutcome {
  const format = formatOf(name);
  if (!format) return { ok: false, reason: 'not a .txt or .html file' };
  try {
    const r = extractGraph(text, {
      format,
      source: name,
      ...(date ? { date } : {}),
    });
    const article = { ...r.article, source: r.article.source ?? name };
    return { ok: true, article: articleFromResult({ ...r, article }), warnings: r.warnings };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, reason: e.message };
    return { ok: false, reason: `the reader failed on it (${e instanceof Error ? e.message : String(e)})` };
  }
}
