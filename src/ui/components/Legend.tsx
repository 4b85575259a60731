/** Legend: shape and color per actor kind, color and line style per relation type. */
import { NODE_KINDS, RELATION_TYPES } from '../../graph/types';
import type { NodeKind } from '../../graph/types';
import type { NodeShape } from '../canvas/palette';
import { EDGE_STYLES, NODE_SHAPES, themeColors } from '../canvas/palette';
import { CORRECTED_COLOR } from '../canvas/style';

function ShapeIcon({ shape, color, border }: { shape: NodeShape; color: string; border: string }) {
  const common = { fill: color, stroke: border, strokeWidth: 1 };
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      {shape === 'ellipse' && <circle cx="8" cy="8" r="6.5" {...common} />}
      {shape === 'diamond' && <polygon points="8,1 15,8 8,15 1,8" {...common} />}
      {shape === 'round-triangle' && (
        <polygon points="8,1.5 14.8,14 1.2,14" strokeLinejoin="round" {...common} />
      )}
      {shape === 'round-rectangle' && <rect x="1.5" y="3" width="13" height="10" rx="3" {...common} />}
    </svg>
  );
}

const KIND_NAMES: Record<NodeKind, string> = {
  state: 'State',
  leader: 'Leader',
  analyst: 'Analyst',
  organization: 'Organization',
};

/** The mark of actors and ties the analyst corrected (see src/ui/canvas/style.ts). */
function CorrectedItem({ dark }: { dark: boolean }) {
  const color = dark ? CORRECTED_COLOR.dark : CORRECTED_COLOR.light;
  return (
    <ul className="legend-list">
      <li title="Corrected by you: a double amber ring on actors, an amber outline on ties">
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="8" cy="8" r="6.5" fill="none" stroke={color} strokeWidth="1.2" />
          <circle cx="8" cy="8" r="4" fill="none" stroke={color} strokeWidth="1.2" />
        </svg>
        Corrected
      </li>
    </ul>
  );
}

/** `corrected`: the graph holds corrections, so their mark is explained too. */
export function Legend({ dark, corrected = false }: { dark: boolean; corrected?: boolean }) {
  const theme = themeColors(dark);
  return (
    <section className="legend" aria-label="Legend">
      <ul className="legend-list">
        {NODE_KINDS.map((k) => (
          <li key={k}>
            <ShapeIcon shape={NODE_SHAPES[k]} color={theme.kinds[k]} border={theme.nodeBorder} />
            {KIND_NAMES[k]}
          </li>
        ))}
      </ul>
      <ul className="legend-list">
        {RELATION_TYPES.map((t) => {
          const s = EDGE_STYLES[t];
          const dash =
            s.lineStyle === 'dotted'
              ? '1.5 3'
              : s.lineStyle === 'dashed'
                ? (s.dashPattern ?? [6, 4]).join(' ')
                : undefined;
          return (
            <li
              key={t}
              title={`${t}: ${s.patternName} line${s.arrow === 'none' ? ', undirected' : ', arrow to target'}`}
            >
              <svg width="30" height="10" viewBox="0 0 30 10" aria-hidden="true">
                <line
                  x1="1"
                  y1="5"
                  x2={s.arrow === 'none' ? 29 : 23}
                  y2="5"
                  stroke={theme.relations[t]}
                  strokeWidth={2 * s.widthFactor}
                  strokeDasharray={dash}
                  strokeLinecap={s.lineStyle === 'dotted' ? 'round' : 'butt'}
                />
                {s.arrow !== 'none' && <polygon points="22,1 29,5 22,9" fill={theme.relations[t]} />}
              </svg>
              {t}
            </li>
          );
        })}
      </ul>
      {corrected && <CorrectedItem dark={dark} />}
    </section>
  );
}
