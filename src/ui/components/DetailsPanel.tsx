/** What the selection is: an actor with its ties, or a tie with its evidence. */
import { useEffect, useRef } from 'react';
import { ruleReason } from '../../extract/rules';
import type { EntenteGraph, Evidence, TieAttributes } from '../../graph/types';
import { publicationDates, tieDate } from '../../workspace/tieDate';
import type { Selection } from '../canvas/types';
import { edgeView, labelOf, markQuote, tiesByType } from '../lib/graphQueries';
import { ActorCorrections } from '../corrections/ActorCorrections';
import { CorrectionNote } from '../corrections/CorrectionNote';
import { DeletedTieDetails, TieCorrections } from '../corrections/TieCorrections';
import type { CorrectionTools } from '../corrections/useCorrectionTools';

export interface DetailsPanelProps {
  graph: EntenteGraph;
  selection: Selection | null;
  onSelect: (selection: Selection) => void;
  /** An evidence item was chosen: show it in the article. */
  onEvidence: (evidence: Evidence) => void;
  /** The evidence item shown in the article, marked as current. */
  activeEvidence?: { article?: string; start: number; end: number } | null;
  /** Title of an article by id; given when several articles are loaded, to group evidence by article. */
  articleTitle?: (id: string) => string | undefined;
  /** The analyst's corrections: "Correct…" boxes, and the details of deleted ties. */
  tools?: CorrectionTools;
}

export function DetailsPanel(p: DetailsPanelProps) {
  const body = useRef<HTMLDivElement>(null);
  const key = p.selection ? `${p.selection.type}:${p.selection.key}` : '';
  // Each new selection starts at the top; focus lost with the control that chose it lands here.
  useEffect(() => {
    const el = body.current;
    if (!el) return;
    el.scrollTop = 0;
    if (key && document.activeElement === document.body) el.focus({ preventScroll: true });
  }, [key]);
  return (
    <section className="panel details" aria-labelledby="details-heading">
      <h2 id="details-heading" className="panel-title">
        Details
      </h2>
      <div className="panel-body" ref={body} tabIndex={-1} data-testid="details-body">
        <DetailsBody {...p} />
      </div>
    </section>
  );
}

function DetailsBody({
  graph,
  selection,
  onSelect,
  onEvidence,
  articleTitle,
  activeEvidence,
  tools,
}: DetailsPanelProps) {
  if (!selection)
    return <p className="hint">Select an actor or a tie in the graph, or search for an actor by name.</p>;
  if (selection.type === 'node') {
    if (!graph.hasNode(selection.key)) return <p className="hint">This actor is not in the current graph.</p>;
    return <NodeDetails graph={graph} node={selection.key} onSelect={onSelect} tools={tools} />;
  }
  const e = edgeView(graph, selection.key);
  const deleted = e ? undefined : tools?.deleted.get(selection.key);
  if (deleted && tools)
    return (
      <DeletedTieDetails
        deleted={deleted}
        tools={tools}
        renderEvidence={(ev) => (
          <button type="button" className="evidence" onClick={() => onEvidence(ev)}>
            <EvidenceText evidence={ev} />
          </button>
        )}
      />
    );
  if (!e) return <p className="hint">This tie is not in the current graph.</p>;
  const a = e.attrs;
  return (
    <div className="edge-details">
      <p className="eyebrow">
        <span className={`rel-tag rel-${a.type}`}>{a.type}</span>
        {a.status && <span className="status-tag">{a.status}</span>}
      </p>
      <h3 className="entity-title">
        <button type="button" className="link" onClick={() => onSelect({ type: 'node', key: e.source })}>
          {e.sourceLabel}
        </button>
        <span className="direction" aria-label={e.directed ? 'to' : 'and'}>
          {e.directed ? ' → ' : ' — '}
        </span>
        <button type="button" className="link" onClick={() => onSelect({ type: 'node', key: e.target })}>
          {e.targetLabel}
        </button>
      </h3>
      <dl className="facts">
        <dt>Direction</dt>
        <dd data-testid="edge-direction">
          {e.directed ? `${e.sourceLabel} -> ${e.targetLabel}` : `${e.sourceLabel} — ${e.targetLabel}`}
        </dd>
        <dt>Date</dt>
        <dd>{tieDateText(graph, a)}</dd>
        <dt>Status</dt>
        <dd>{a.status ?? 'reported'}</dd>
      </dl>
      <CorrectionNote text={a.correction} />
      {tools && <TieCorrections key={selection.key} tie={selection.key} tools={tools} onSelect={onSelect} />}
      <h4 className="subhead">
        Evidence <span className="count">{a.evidence.length}</span>
      </h4>
      {evidenceGroups(a.evidence).map(([article, items]) => (
        <div key={article ?? ''} className="evidence-group">
          {articleTitle && (
            <h5 className="evidence-group-title">
              {(article && articleTitle(article)) ?? 'Article'} <span className="count">{items.length}</span>
            </h5>
          )}
          <ol className="evidence-list">
            {items.map((ev, i) => (
              <li key={`${ev.start}:${i}`}>
                <button
                  type="button"
                  className="evidence"
                  aria-current={isActive(ev, activeEvidence) ? 'true' : undefined}
                  onClick={() => onEvidence(ev)}
                >
                  <EvidenceText evidence={ev} />
                  {ev.date && <span className="evidence-meta">dated {ev.date}</span>}
                </button>
                <WhyThisTie evidence={ev} />
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}

/** Evidence grouped by article id, in order of first appearance. */
function evidenceGroups(evidence: readonly Evidence[]): [string | undefined, Evidence[]][] {
  const groups = new Map<string | undefined, Evidence[]>();
  for (const ev of evidence) {
    const list = groups.get(ev.article) ?? [];
    list.push(ev);
    groups.set(ev.article, list);
  }
  return [...groups];
}

/** The tie's date as shown: its own, else its article's publication date, marked as such. */
function tieDateText(graph: EntenteGraph, tie: TieAttributes): string {
  const when = tieDate(tie, publicationDates(graph));
  if (!when) return 'not dated';
  return when.published ? `${when.date} (article published; the text gives no date)` : when.date;
}

const isActive = (ev: Evidence, active: DetailsPanelProps['activeEvidence']): boolean =>
  !!active &&
  active.start === ev.start &&
  active.end === ev.end &&
  (ev.article === undefined || active.article === undefined || ev.article === active.article);

/** The plain-words reasons of the rules that read this evidence as the tie ("why this tie: …"). */
function WhyThisTie({ evidence }: { evidence: Evidence }) {
  const reasons = [...new Set(evidence.rule ?? [])].flatMap((id) => ruleReason(id) ?? []);
  if (!reasons.length) return null;
  return <p className="evidence-why">why this tie: {reasons.join('; ')}</p>;
}

/** An evidence sentence with its quoted words in <mark>. */
export function EvidenceText({ evidence }: { evidence: Evidence }) {
  const m = markQuote(evidence);
  if (m)
    return (
      <span className="evidence-text">
        {m.before}
        <mark>{m.marked}</mark>
        {m.after}
      </span>
    );
  return (
    <span className="evidence-text">
      {evidence.text}
      {evidence.quote && (
        <span className="evidence-quote">
          {' '}
          Quoted: <mark>{evidence.quote}</mark>
        </span>
      )}
    </span>
  );
}

function NodeDetails({
  graph,
  node,
  onSelect,
  tools,
}: {
  graph: EntenteGraph;
  node: string;
  onSelect: (s: Selection) => void;
  tools?: CorrectionTools | undefined;
}) {
  const a = graph.getNodeAttributes(node);
  const groups = tiesByType(graph, node);
  return (
    <div className="node-details">
      <p className="eyebrow">
        <span className={`kind-tag kind-${a.kind}`}>{a.kind}</span>
      </p>
      <h3 className="entity-title">{a.label}</h3>
      <dl className="facts">
        <dt>Kind</dt>
        <dd>{a.kind}</dd>
        {a.role && (
          <>
            <dt>Role</dt>
            <dd>{a.role}</dd>
          </>
        )}
        {a.country && (
          <>
            <dt>Country</dt>
            <dd>
              {graph.hasNode(a.country) ? (
                <button
                  type="button"
                  className="link"
                  onClick={() => onSelect({ type: 'node', key: a.country! })}
                >
                  {labelOf(graph, a.country)}
                </button>
              ) : (
                a.country
              )}
            </dd>
          </>
        )}
        <dt>Aliases</dt>
        <dd>{a.aliases.length ? a.aliases.join(', ') : '—'}</dd>
        <dt>Mentions</dt>
        <dd>{a.mentions}</dd>
      </dl>
      <CorrectionNote text={a.correction} />
      {tools && <ActorCorrections key={node} actor={node} tools={tools} onSelect={onSelect} />}
      <h4 className="subhead">Ties</h4>
      {groups.length === 0 && <p className="hint">No ties found for this actor.</p>}
      {groups.map(([type, ties]) => (
        <div key={type} className="tie-group">
          <h5 className={`tie-group-title rel-${type}`}>
            {type} <span className="count">{ties.length}</span>
          </h5>
          <ul className="tie-list">
            {ties.map((t) => (
              <li key={t.key}>
                <button type="button" className="tie" onClick={() => onSelect({ type: 'edge', key: t.key })}>
                  <span className="tie-arrow" aria-hidden="true">
                    {t.direction === 'out' ? '→' : t.direction === 'in' ? '←' : '—'}
                  </span>
                  <span className="visually-hidden">
                    {t.direction === 'out' ? 'to' : t.direction === 'in' ? 'from' : 'with'}{' '}
                  </span>
                  {t.otherLabel}
                  {t.weight > 1 && <span className="count">×{t.weight}</span>}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
