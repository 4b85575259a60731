// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Correction } from '../../../src/workspace/corrections';
import { applyCorrections, emptyLog, record, undo } from '../../../src/workspace/corrections';
import { CorrectionsPanel } from '../../../src/ui/corrections/CorrectionsPanel';
import type { CorrectionTools } from '../../../src/ui/corrections/useCorrectionTools';
import { useUndoKeys } from '../../../src/ui/corrections/useUndoKeys';
import { fixture } from '../fixture';

afterEach(cleanup);

const at = '2026-01-01T00:00:00Z';
const entries: Correction[] = [
  {
    op: 'rename-actor',
    actor: 'RUR',
    label: 'Ruritania Republic',
    id: 'a',
    at,
    what: 'Renamed Ruritania to Ruritania Republic',
  },
  { op: 'delete-actor', actor: 'person:nobody', id: 'b', at, what: 'Deleted Nobody' },
  { op: 'set-kind', actor: 'RUR', kind: 'organization', id: 'c', at, what: 'Made Ruritania an organization' },
];

function tools(): CorrectionTools {
  const log = undo(entries.reduce(record, emptyLog()));
  const c = applyCorrections(fixture().graph, log);
  return {
    graph: c.graph,
    log,
    status: c.status,
    deleted: c.deleted,
    apply: vi.fn(),
    undo: vi.fn(),
    redo: vi.fn(),
    canUndo: true,
    canRedo: true,
    revert: vi.fn(),
    sentence: null,
  };
}

describe('CorrectionsPanel', () => {
  it('lists every entry in order with how it stands, and reverts one alone', () => {
    const t = tools();
    const onSelect = vi.fn();
    render(<CorrectionsPanel tools={t} onSelect={onSelect} />);
    const items = [...document.querySelectorAll('.corrections-list li')];
    expect(items.map((li) => li.getAttribute('data-state'))).toEqual(['active', 'inactive', 'undone']);
    expect(items[1]?.textContent).toContain('inactive: the actor person:nobody is not in the graph');
    fireEvent.click(screen.getByRole('button', { name: 'Revert “Renamed Ruritania to Ruritania Republic”' }));
    expect(t.revert).toHaveBeenCalledWith('a', true);
    fireEvent.click(screen.getByRole('button', { name: 'Renamed Ruritania to Ruritania Republic' }));
    expect(onSelect).toHaveBeenCalledWith({ type: 'node', key: 'RUR' });
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Redo' }));
    expect(t.undo).toHaveBeenCalledOnce();
    expect(t.redo).toHaveBeenCalledOnce();
  });
});

function Keys({ onUndo, onRedo }: { onUndo: () => void; onRedo: () => void }) {
  useUndoKeys(onUndo, onRedo);
  return <input aria-label="field" />;
}

describe('useUndoKeys', () => {
  it('Ctrl+Z undoes, Ctrl+Shift+Z redoes, not while typing in a field', () => {
    const onUndo = vi.fn();
    const onRedo = vi.fn();
    render(<Keys onUndo={onUndo} onRedo={onRedo} />);
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true, shiftKey: true });
    fireEvent.keyDown(screen.getByLabelText('field'), { key: 'z', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'z' });
    expect(onUndo).toHaveBeenCalledOnce();
    expect(onRedo).toHaveBeenCalledOnce();
  });
});
