/** Whether an offset lies inside a quotation: quoted words name no meeting's participants. */
import type { Doc } from '../../doc';
import { findQuotes, quoted } from '../quote/spans';
import type { QSpan } from '../quote/types';

/** Tells whether an offset of the document is quoted. */
export type QuotedTest = (pos: number) => boolean;

/** The test for one document: its quotation spans are found on the first call, once a pass. */
export function quotationTest(doc: Doc): QuotedTest {
  let spans: QSpan[] | undefined;
  return (pos) => quoted((spans ??= findQuotes(doc)), pos);
}
