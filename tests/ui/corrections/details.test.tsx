// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DetailsPanel } from '../../../src/ui/components/DetailsPanel';
import type { CorrectionTools } from '../../../src/ui/corrections/useCorrectionTools';
import type { CorrectionLog } from '../../../src/workspace/corrections';
import { applyCorrections, deleteTieOp, emptyLog, record } from '../../../src/workspace/corrections';
import { ALLIANCE, VISIT, fixture } from '../fixture';

afterEach(cleanup);

function toolsFor(log: CorrectionLog): CorrectionTools {
  const c = applyCorrections(fixture().graph, log);
  return {
    graph: c.graph,
    log,
    status: c.status,
    deleted: c.deleted,
    apply: vi.fn(),
    undo: vi.fn(),
    redo: vi.fn(),
    canUndo: log.cursor > 0,
    canRedo: false,
    revert: vi.fn(),
    sentence: null,
  };
}
const props = (t: CorrectionTools) => ({ graph: t.graph, onSelect: vi.fn(), onEvidence: vi.fn(), tools: t });

describe('DetailsPanel with corrections', () => {
  it('a tie: delete and reverse record their operations; an alliance cannot be reversed', () => {
    const t = toolsFor(emptyLog());
    const p = props(t);
    render(<DetailsPanel {...p} selection={{ type: 'edge', key: VISIT }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reverse direction' }));
    expect(t.apply).toHaveBeenLastCalledWith({
      op: 'reverse-tie',
      tie: { type: 'visit', source: 'person:alma-vell', target: 'BOR' },
    });
    expect(p.onSelect).toHaveBeenLastCalledWith({ type: 'edge', key: 'visit:BOR->person:alma-vell' });
    fireEvent.click(screen.getByRole('button', { name: 'Delete this tie' }));
    expect(t.apply).toHaveBeenLastCalledWith(deleteTieOp(t.graph, VISIT));
    cleanup();
    render(<DetailsPanel {...props(t)} selection={{ type: 'edge', key: ALLIANCE }} />);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Reverse direction' }).disabled).toBe(true);
  });

  it('a deleted tie keeps its details, says so, and can be restored', () => {
    const g = fixture().graph;
    const log = record(emptyLog(), { ...deleteTieOp(g, VISIT), id: 'd', at: '2026-01-01T00:00:00Z' });
    const t = toolsFor(log);
    render(<DetailsPanel {...props(t)} selection={{ type: 'edge', key: VISIT }} />);
    expect(document.querySelector('.deleted-tie')?.textContent).toMatch(/deleted by a correction/);
    expect(document.querySelectorAll('.deleted-tie .evidence-list li')).toHaveLength(1);
    expect(document.querySelectorAll('li.overridden')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Restore this tie' }));
    expect(t.revert).toHaveBeenCalledWith('d', true);
  });

  it('a corrected actor says what was done to it', () => {
    const log = record(emptyLog(), {
      op: 'set-kind',
      actor: 'RUR',
      kind: 'organization',
      id: 'k',
      at: '2026-01-01T00:00:00Z',
    });
    const t = toolsFor(log);
    render(<DetailsPanel {...props(t)} selection={{ type: 'node', key: 'RUR' }} />);
    expect(document.querySelector('.correction-note')?.textContent).toBe(
      'corrected kind changed from state to organization',
    );
  });
});
