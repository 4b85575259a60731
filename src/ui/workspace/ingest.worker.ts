/// <reference lib="webworker" />
/**
 * Ingests many files off the main thread, one message per file, so the page stays
 * responsive and shows progress. HTML is parsed by the loader (linkedom) here, never in
 * the page's DOM. The page cancels by terminating the worker.
 */
import { formatOf, ingestText } from './ingestCore';
import type { IngestFile, IngestMessage, IngestRequest } from './ingestProtocol';

declare const self: DedicatedWorkerGlobalScope;

const nameOf = (f: IngestFile): string => (f instanceof File ? f.webkitRelativePath || f.name : f.name);

async function textOf(f: IngestFile): Promise<string> {
  return f instanceof File ? f.text() : f.text;
}

self.onmessage = async (ev: MessageEvent<IngestRequest>) => {
  const { files, date } = ev.data;
  for (let index = 0; index < files.length; index++) {
    const file = files[index]!;
    const name = nameOf(file);
    let msg: IngestMessage;
    try {
      if (!formatOf(name)) {
        self.postMessage({
          type: 'file',
          index,
          name,
          ok: false,
          reason: 'not a .txt or .html file',
        } satisfies IngestMessage);
        continue;
      }
      const out = ingestText(name, await textOf(file), date);
      msg = out.ok
        ? { type: 'file', index, name, ok: true, article: out.article }
        : { type: 'file', index, name, ok: false, reason: out.reason };
    } catch (e) {
      msg = {
        type: 'file',
        index,
        name,
        ok: false,
        reason: `it could not be read (${e instanceof Error ? e.message : String(e)})`,
      };
    }
    self.postMessage(msg);
  }
  self.postMessage({ type: 'done' } satisfies IngestMessage);
};
