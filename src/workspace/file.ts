/**
 * The workspace file: one JSON document holding every article (text, graph, mentions).
 * Import validates everything and throws {@link WorkspaceImportError} with a message that
 * says what is wrong and what to do. Both functions are pure: a failed import leaves the
 * caller's workspace as it was.
 */
import type { Workspace, WorkspaceArticle } from './types';
import { WORKSPACE_VERSION, WorkspaceImportError } from './types';
import { articleGraph } from './model';
import type { Obj } from '../graph/schema';
import { Invalid, list, parseAt, typeName } from '../graph/schema';
import { parseArticle } from './schema';
import { parseCorrections } from './correctionsSchema';
import * as v from 'valibot';

/** Value of the `format` field that marks an Entente workspace file. */
export const WORKSPACE_FORMAT = 'entente-workspace';

/** What {@link exportWorkspace} writes. */
export interface WorkspaceFile extends Workspace {
  format: typeof WORKSPACE_FORMAT;
  exportedAt: string;
}

/** The whole workspace as one JSON document (see {@link importWorkspace}). */
export function exportWorkspace(ws: Workspace, exportedAt: string = new Date().toISOString()): string {
  const file: WorkspaceFile = {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    exportedAt,
    articles: ws.articles,
  };
  if (ws.corrections && ws.corrections.entries.length > 0) file.corrections = ws.corrections;
  return JSON.stringify(file);
}

const REDO = 'Choose a workspace file saved with "Export workspace".';
const DAMAGED = 'The file may be damaged or edited by hand; export the workspace from Entente again.';

/** Says what a JSON value that is not a workspace file looks like, if it can tell. */
function describeForeign(root: Obj): string | undefined {
  if (Array.isArray(root.nodes) && Array.isArray(root.edges))
    return 'This file is a graph (graphology JSON), not an Entente workspace: it has nodes and edges but no articles.';
  if (typeof root.format === 'string' && root.format !== WORKSPACE_FORMAT)
    return `This file is a "${root.format}" file, not an Entente workspace.`;
  if (root.format === undefined && !('articles' in root))
    return 'This JSON file is not an Entente workspace (it has no "format": "entente-workspace" field and no articles).';
  return undefined;
}

/**
 * Reads a workspace file written by {@link exportWorkspace}. Throws
 * {@link WorkspaceImportError} for malformed JSON, a foreign file (a plain graph export,
 * any other JSON), a missing, older or newer version, or any field of the wrong shape.
 */
export function importWorkspace(text: string): Workspace {
  return importWorkspaceFile(text).workspace;
}

/** What {@link importWorkspaceFile} read: the workspace, and the corrections it skipped (why, one line each). */
export interface ImportedWorkspace {
  workspace: Workspace;
  skipped: string[];
}

/**
 * {@link importWorkspace}, telling which corrections were skipped: a malformed correction
 * entry is left out (and said), never the whole file.
 */
export function importWorkspaceFile(text: string): ImportedWorkspace {
  let root: unknown;
  try {
    root = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new WorkspaceImportError(`This file is not valid JSON (${why}). ${REDO}`);
  }
  if (typeof root !== 'object' || root === null || Array.isArray(root))
    throw new WorkspaceImportError(`This file holds ${typeName(root)}, not an Entente workspace. ${REDO}`);
  const file = root as Obj;
  const foreign = describeForeign(file);
  if (foreign) throw new WorkspaceImportError(`${foreign} ${REDO}`);
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version))
    throw new WorkspaceImportError(
      `This workspace file has no valid version number (found ${typeName(version)}). ${DAMAGED}`,
    );
  if (version > WORKSPACE_VERSION)
    throw new WorkspaceImportError(
      `This workspace was saved by a newer Entente (workspace version ${version}; this one reads version ${WORKSPACE_VERSION}). Update Entente, then import it again.`,
    );
  if (version !== WORKSPACE_VERSION)
    throw new WorkspaceImportError(
      `Workspace version ${version} is not supported (this Entente reads version ${WORKSPACE_VERSION}). ${DAMAGED}`,
    );
  const articles: WorkspaceArticle[] = [];
  try {
    const seen = new Map<string, number>();
    parseAt(list(v.unknown()), file.articles, 'articles').forEach((a, i) => {
      const article = parseArticle(a, `articles[${i}]`);
      const before = seen.get(article.meta.id);
      if (before !== undefined)
        throw new Invalid(`articles[${i}] repeats the id "${article.meta.id}" of articles[${before}]`);
      seen.set(article.meta.id, i);
      articles.push(article);
    });
    articles.forEach((a, i) => {
      try {
        articleGraph(a);
      } catch (err) {
        throw new Invalid(
          `articles[${i}].graph cannot be loaded (${err instanceof Error ? err.message : String(err)})`,
        );
      }
    });
  } catch (err) {
    if (err instanceof Invalid)
      throw new WorkspaceImportError(`Not a valid Entente workspace: ${err.message}. ${DAMAGED}`);
    throw err;
  }
  const workspace: Workspace = { version: WORKSPACE_VERSION, articles };
  if (file.corrections === undefined) return { workspace, skipped: [] };
  try {
    const { log, skipped } = parseCorrections(file.corrections, 'corrections');
    if (log.entries.length > 0) workspace.corrections = log;
    return { workspace, skipped };
  } catch (err) {
    if (!(err instanceof Invalid)) throw err;
    return { workspace, skipped: [err.message] };
  }
}
