/**
 * The article text, cut into blocks. Blocks out of view are plain text (and skipped by layout
 * through `content-visibility`); only blocks near the view, and the one holding the highlight,
 * get mention buttons. A 1 MB article with 40k mentions renders a few hundred buttons, not 40k.
 */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { MentionSpan } from '../../graph/types';
import type { Range } from '../lib/segments';
import { cleanMentions, segmentRange, textBlocks } from '../lib/segments';
import { useRovingFocus } from '../hooks/useRovingFocus';

/** Below this many characters every block gets its mention buttons from the start. */
const SMALL_TEXT = 20_000;

export interface ArticleTextProps {
  text: string;
  mentions: readonly MentionSpan[];
  highlight: Range | null;
  selectedNode: string | null;
  onMention: (node: string) => void;
  labelOf: (node: string) => string;
}

interface BlockProps extends Omit<ArticleTextProps, 'mentions'> {
  index: number;
  range: Range;
  spans: readonly MentionSpan[];
  live: boolean;
}

const overlaps = (a: Range, b: Range | null): boolean => b !== null && a.start < b.end && b.start < a.end;

const Block = memo(function Block(p: BlockProps) {
  const hlRef = useRef<HTMLElement | null>(null);
  const hl = overlaps(p.range, p.highlight) ? p.highlight : null;
  useEffect(() => {
    if (hl) hlRef.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [hl]);
  if (!p.live) {
    return (
      <div className="article-block" data-block={p.index}>
        {p.text.slice(p.range.start, p.range.end)}
      </div>
    );
  }
  const segments = segmentRange(p.text, p.spans, hl, p.range);
  const firstHl = segments.findIndex((s) => s.highlight);
  const setHlRef = (el: HTMLElement | null) => {
    hlRef.current = el;
  };
  return (
    <div className="article-block" data-block={p.index}>
      {segments.map((s, i) => {
        const ref = i === firstHl ? setHlRef : undefined;
        const cls = s.highlight ? 'evidence-hl' : undefined;
        if (!s.node)
          return (
            <span key={s.start} ref={ref} className={cls}>
              {s.text}
            </span>
          );
        const node = s.node;
        return (
          <button
            key={s.start}
            ref={ref}
            type="button"
            className={`mention${node === p.selectedNode ? ' active' : ''}${cls ? ` ${cls}` : ''}`}
            data-node={node}
            tabIndex={-1}
            title={p.labelOf(node)}
            onClick={() => p.onMention(node)}
          >
            {s.text}
          </button>
        );
      })}
    </div>
  );
});

/** Indices of the blocks near the view, kept up to date by an IntersectionObserver. */
function useVisibleBlocks(container: React.RefObject<HTMLDivElement | null>, count: number): Set<number> {
  const [visible, setVisible] = useState<Set<number>>(() => new Set());
  useEffect(() => {
    const el = container.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver(
      (entries) =>
        setVisible((prev) => {
          const next = new Set(prev);
          for (const e of entries) {
            const i = Number((e.target as HTMLElement).dataset.block);
            if (e.isIntersecting) next.add(i);
            else next.delete(i);
          }
          return next;
        }),
      { rootMargin: '800px 0px' },
    );
    for (const b of el.querySelectorAll('.article-block')) io.observe(b);
    return () => io.disconnect();
  }, [container, count]);
  return visible;
}

export function ArticleText(p: ArticleTextProps) {
  const ref = useRef<HTMLDivElement>(null);
  const spans = useMemo(() => cleanMentions(p.text, p.mentions), [p.text, p.mentions]);
  const blocks = useMemo(() => textBlocks(p.text, spans), [p.text, spans]);
  const visible = useVisibleBlocks(ref, blocks.length);
  // One Tab stop for the whole text; arrow keys move between mentions.
  const roving = useRovingFocus(ref, 'button.mention');
  const allLive = p.text.length <= SMALL_TEXT || typeof IntersectionObserver === 'undefined';
  return (
    <div
      className="article-text"
      data-testid="article-text"
      ref={ref}
      onKeyDown={roving.onKeyDown}
      onFocus={roving.onFocus}
    >
      {blocks.map((range, i) => (
        <Block
          key={`${range.start}-${range.end}`}
          {...p}
          index={i}
          range={range}
          spans={spans}
          live={allLive || visible.has(i) || overlaps(range, p.highlight)}
        />
      ))}
    </div>
  );
}
