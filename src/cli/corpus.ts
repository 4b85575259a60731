/**
 * One run over many articles (extract, queue): merges each outcome in source order, keeps
 * the skipped files and the warnings, draws the progress bar and writes the summary.
 */
import { createGraph, mergeInto } from '../graph/build';
import { oneLine } from '../graph/trim';
import type { EntenteGraph } from '../graph/types';
import type { Source } from './files';
import { EXIT_INPUT, EXIT_INTERNAL, Fatal } from './fatal';
import type { Outcome } from './outcome';
import { progressBar } from './progress';

export class CorpusRun {
  readonly graph: EntenteGraph = createGraph({ articles: [] });
  readonly skipped: { id: string; reason: string }[] = [];
  private readonly warnings = new Map<string, number>();
  private readonly started = performance.now();
  private readonly bar: ReturnType<typeof progressBar>;
  /** Several articles: warnings are counted, not printed one by one. */
  readonly corpus: boolean;
  private read = 0;
  private done = 0;
  private bytes = 0;

  constructor(
    private readonly total: number,
    corpus: boolean,
    private readonly quiet: boolean,
  ) {
    this.corpus = corpus;
    const tty = !quiet && corpus ? process.stderr : ({ isTTY: false } as NodeJS.WriteStream);
    this.bar = progressBar(tty, total);
  }

  skip(id: string, reason: string): void {
    this.skipped.push({ id, reason: oneLine(reason) });
  }

  /** Merges or skips one outcome; a failed explicit source is fatal. */
  add(source: Source, outcome: Outcome): void {
    this.bar.update(++this.done, source.id);
    if (outcome.ok) {
      mergeInto(this.graph, outcome.graph);
      this.read++;
      this.bytes += outcome.bytes;
      for (const w of outcome.warnings) {
        if (this.corpus) this.warnings.set(w, (this.warnings.get(w) ?? 0) + 1);
        else process.stderr.write(`entente: warning: ${source.id}: ${oneLine(w)}\n`);
      }
      return;
    }
    const path = outcome.failure === 'path';
    if (source.explicit) {
      this.bar.clear();
      const line = path ? outcome.message : `${source.id}: ${outcome.message}`;
      throw new Fatal(line, outcome.failure === 'internal' ? EXIT_INTERNAL : EXIT_INPUT);
    }
    this.skip(source.id, path ? outcome.message.replace(/^[^:]*: /, '') : outcome.message);
  }

  /** Ends the bar; throws when no article could be read. */
  finish(): EntenteGraph {
    this.bar.clear();
    if (this.read === 0) {
      const first = this.skipped[0];
      throw new Fatal(
        `no article could be read (${this.skipped.length} skipped, first: ${first?.id ?? '?'}: ${first?.reason ?? '?'})`,
        EXIT_INPUT,
      );
    }
    return this.graph;
  }

  /** The summary on standard error (corpus runs, unless quiet). */
  summarize(): void {
    if (!this.corpus || this.quiet) return;
    const secs = ((performance.now() - this.started) / 1000).toFixed(1);
    const mb = (this.bytes / (1024 * 1024)).toFixed(1);
    const g = this.graph;
    const lines = [
      `entente: read ${this.read} of ${this.total} files (${mb} MB) in ${secs} s; graph: ${g.order} actors, ${g.size} ties`,
    ];
    if (this.skipped.length > 0) {
      lines.push(`entente: skipped ${this.skipped.length}:`);
      for (const s of this.skipped.slice(0, 20)) lines.push(`  ${s.id}: ${s.reason}`);
      if (this.skipped.length > 20) lines.push(`  … and ${this.skipped.length - 20} more`);
    }
    for (const [w, n] of this.warnings)
      lines.push(`entente: warning (${n} file${n > 1 ? 's' : ''}): ${oneLine(w)}`);
    process.stderr.write(`${lines.join('\n')}\n`);
  }
}
