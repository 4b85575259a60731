/** Messages between the page and the ingest worker. */
import type { WorkspaceArticle } from '../../workspace/types';

/** A file to ingest: a `File` (read in the worker) or a name and its text. */
export type IngestFile = File | { name: string; text: string };

export interface IngestRequest {
  type: 'start';
  files: IngestFile[];
  /** Publication date applied to every file, YYYY-MM-DD. */
  date?: string;
}

export type IngestMessage =
  | { type: 'file'; index: number; name: string; ok: true; article: WorkspaceArticle }
  | { type: 'file'; index: number; name: string; ok: false; reason: string }
  | { type: 'done' };
