/// <reference lib="webworker" />
/**
 * Computes graph metrics off the main thread (see `lib/analysisClient.ts`): betweenness on
 * thousands of actors takes seconds.
 */
import { betweennessOf, communitiesOf, fromLight, pageRanksOf } from '../../graph/analysis';
import type { AnalysisReply, AnalysisRequest } from '../lib/analysisClient';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (ev: MessageEvent<AnalysisRequest>) => {
  const { id, light, want } = ev.data;
  let reply: AnalysisReply;
  try {
    const p = fromLight(light);
    const values =
      want === 'pagerank' ? pageRanksOf(p) : want === 'betweenness' ? betweennessOf(p) : communitiesOf(p);
    reply = { id, ok: true, entries: [...values] };
  } catch (e) {
    reply = { id, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(reply);
};
