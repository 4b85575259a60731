/** The page's extraction worker client, made on first use and kept for the page's lifetime. */
import type { Extractor } from '../lib/extractClient';
import { createExtractor } from '../lib/extractClient';

let shared: Extractor | null = null;

export function useExtractor(): Extractor {
  shared ??= createExtractor();
  return shared;
}
