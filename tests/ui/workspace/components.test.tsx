// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ArticleList } from '../../../src/ui/workspace/ArticleList';
import { Timeline } from '../../../src/ui/workspace/Timeline';
import { WorkspaceFileControls } from '../../../src/ui/workspace/WorkspaceFileControls';
import { addTie, createGraph, upsertActor } from '../../../src/graph/build';

afterEach(cleanup);

const metas = [
  { id: 'one', title: 'Partners meet', source: 'one.txt', date: '2024-03-02' },
  { id: 'two', title: 'Envoys sent', source: 'https://news.example/two' },
];

describe('ArticleList', () => {
  it('shows title, source, date and tie count, with a named checkbox and remove button per article', () => {
    const onToggle = vi.fn();
    const onRemove = vi.fn();
    render(
      <ArticleList
        articles={metas}
        hidden={['two']}
        tieCounts={new Map([['one', 3]])}
        onToggle={onToggle}
        onShowAll={() => undefined}
        onRemove={onRemove}
      />,
    );
    expect(screen.getByText('Partners meet')).toBeTruthy();
    expect(screen.getByText('one.txt · 2024-03-02 · 3 ties')).toBeTruthy();
    const one = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Show ties from “Partners meet”' });
    const two = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Show ties from “Envoys sent”' });
    expect(one.checked).toBe(true);
    expect(two.checked).toBe(false);
    fireEvent.click(one);
    expect(onToggle).toHaveBeenCalledWith('one', false);
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Envoys sent”' }));
    expect(onRemove).toHaveBeenCalledWith('two');
    expect(screen.getByRole('button', { name: 'Show all articles' })).toBeTruthy();
  });

  it('pages long lists and says when there is nothing', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ id: `a${i}`, title: `Story ${i}` }));
    const noop = () => undefined;
    const { rerender } = render(
      <ArticleList
        articles={many}
        hidden={[]}
        pageSize={2}
        onToggle={noop}
        onShowAll={noop}
        onRemove={noop}
      />,
    );
    expect(screen.getAllByRole('checkbox')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Show 2 more of 3' }));
    expect(screen.getAllByRole('checkbox')).toHaveLength(4);
    rerender(<ArticleList articles={[]} hidden={[]} onToggle={noop} onShowAll={noop} onRemove={noop} />);
    expect(screen.getByText(/No article yet/)).toBeTruthy();
  });
});

describe('Timeline', () => {
  const g = createGraph();
  for (const k of ['A', 'B', 'C']) upsertActor(g, k, { label: k, kind: 'state' });
  const ev = [{ text: 'x', start: 0, end: 1 }];
  addTie(g, 'visit', 'A', 'B', ev, { date: '2024-01-10' });
  addTie(g, 'visit', 'B', 'A', ev, { date: '2024-03-05' });
  addTie(g, 'sanction', 'A', 'C', ev, { date: '2024-03' });
  addTie(g, 'alliance', 'B', 'C', ev);

  it('draws one named bar per month and sets the range from a bar', () => {
    const onChange = vi.fn();
    render(<Timeline graph={g} range={undefined} onChange={onChange} />);
    expect(screen.getByRole('button', { name: '2024-01: 1 tie; show only this month' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '2024-02: 0 ties; show only this month' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '2024-03: 2 ties; show only this month' }));
    expect(onChange).toHaveBeenCalledWith({ from: '2024-03-01', to: '2024-03-31' });
    expect(screen.getByText(/3 dated · 1 undated/)).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Clear dates' }).disabled).toBe(true);
  });

  it('edits the range through the date inputs and clears it', () => {
    const onChange = vi.fn();
    render(<Timeline graph={g} range={{ from: '2024-02-01' }} onChange={onChange} />);
    expect(screen.getByLabelText<HTMLInputElement>('From date').value).toBe('2024-02-01');
    fireEvent.change(screen.getByLabelText('To date'), { target: { value: '2024-03-15' } });
    expect(onChange).toHaveBeenLastCalledWith({ from: '2024-02-01', to: '2024-03-15' });
    fireEvent.change(screen.getByLabelText('From date'), { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith(undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Clear dates' }));
    expect(onChange).toHaveBeenLastCalledWith(undefined);
    expect(screen.getByText(/undated ties are hidden while a date range is set/)).toBeTruthy();
  });

  it('extends the range to a bar on Shift+click', () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <Timeline graph={g} range={{ from: '2024-03-01', to: '2024-03-31' }} onChange={onChange} />,
    );
    fireEvent.click(screen.getByRole('button', { name: /^2024-01:/ }), { shiftKey: true });
    expect(onChange).toHaveBeenLastCalledWith({ from: '2024-01-01', to: '2024-03-31' });
    rerender(<Timeline graph={g} range={{ from: '2024-02-01' }} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: /^2024-03:/ }), { shiftKey: true });
    expect(onChange).toHaveBeenLastCalledWith({ from: '2024-02-01' });
    fireEvent.click(screen.getByRole('button', { name: /^2024-03:/ }));
    expect(onChange).toHaveBeenLastCalledWith({ from: '2024-03-01', to: '2024-03-31' });
  });
});

describe('WorkspaceFileControls', () => {
  it('reads the chosen file and exports on click', async () => {
    const onImport = vi.fn();
    const onExport = vi.fn();
    render(<WorkspaceFileControls onImport={onImport} onExport={onExport} canExport />);
    const input = screen.getByLabelText('Import workspace file');
    fireEvent.change(input, { target: { files: [new File(['{"x":1}'], 'ws.json')] } });
    await vi.waitFor(() => expect(onImport).toHaveBeenCalledWith('{"x":1}'));
    fireEvent.click(screen.getByRole('button', { name: 'Export workspace' }));
    expect(onExport).toHaveBeenCalledOnce();
  });
});
