/** Size-by and colour-by pickers, and the focus banner of large graphs ("Show all"). */
import type { MetricName } from '../../graph/analysis/basic';
import { METRICS } from '../../graph/analysis/basic';
import type { AnalysisView, ColorBy } from '../lib/analysisState';
import { COLOR_BYS, DEFAULT_TOP } from '../lib/analysisState';

export const METRIC_LABELS: Record<MetricName, string> = {
  degree: 'Degree',
  evidence: 'Evidence',
  pagerank: 'PageRank',
  betweenness: 'Betweenness',
};

const COLOR_LABELS: Record<ColorBy, string> = { kind: 'Kind', community: 'Community', country: 'Country' };

export interface AnalysisControlsProps {
  view: AnalysisView;
  onChange: (patch: Partial<AnalysisView>) => void;
}

export function AnalysisControls({ view, onChange }: AnalysisControlsProps) {
  return (
    <div className="analysis-controls">
      <label className="select">
        <span>Size by</span>
        <select value={view.size} onChange={(e) => onChange({ size: e.target.value as MetricName })}>
          {METRICS.map((m) => (
            <option key={m} value={m}>
              {METRIC_LABELS[m]}
            </option>
          ))}
        </select>
      </label>
      <label className="select">
        <span>Colour by</span>
        <select value={view.color} onChange={(e) => onChange({ color: e.target.value as ColorBy })}>
          {COLOR_BYS.map((c) => (
            <option key={c} value={c}>
              {COLOR_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

export interface FocusBannerProps {
  view: AnalysisView;
  focused: boolean;
  /** Actors in the whole graph. */
  total: number;
  /** Actors drawn. */
  shown: number;
  /** Whether the graph is large enough to open focused. */
  large: boolean;
  onChange: (patch: Partial<AnalysisView>) => void;
}

/** Says that a large graph shows its top actors only, with "Show all" (or the way back). */
export function FocusBanner(p: FocusBannerProps) {
  if (!p.large) return null;
  const n = p.total.toLocaleString('en');
  return (
    <div className="focus-banner" role="note">
      {p.focused ? (
        <>
          <span>
            Showing the top {p.shown.toLocaleString('en')} of {n} actors by{' '}
            {METRIC_LABELS[p.view.size].toLowerCase()}, and the ties among them.
          </span>
          <button type="button" className="btn" onClick={() => p.onChange({ top: null })}>
            Show all
          </button>
        </>
      ) : (
        <>
          <span>Showing all {n} actors.</span>
          <button type="button" className="btn" onClick={() => p.onChange({ top: DEFAULT_TOP })}>
            Show the top {DEFAULT_TOP}
          </button>
        </>
      )}
    </div>
  );
}
