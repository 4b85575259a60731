// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticlePanel } from '../../src/ui/components/ArticlePanel';
import { DetailsPanel } from '../../src/ui/components/DetailsPanel';
import { RelationBar } from '../../src/ui/components/RelationBar';
import { SearchBox } from '../../src/ui/components/SearchBox';
import { ALLIANCE, QUOTE, VISIT, fixture } from './fixture';

afterEach(cleanup);

describe('DetailsPanel', () => {
  it('shows an actor: kind, role, country label, aliases and ties by type', () => {
    const { graph } = fixture();
    const onSelect = vi.fn();
    render(
      <DetailsPanel
        graph={graph}
        selection={{ type: 'node', key: 'person:alma-vell' }}
        onSelect={onSelect}
        onEvidence={vi.fn()}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Alma Vell' })).toBeTruthy();
    const facts = document.querySelector('.facts')!;
    expect(facts.textContent).toContain('leader');
    expect(facts.textContent).toContain('minister');
    expect(facts.textContent).toContain('Vell');
    fireEvent.click(within(facts as HTMLElement).getByRole('button', { name: 'Ruritania' }));
    expect(onSelect).toHaveBeenLastCalledWith({ type: 'node', key: 'RUR' });
    expect(screen.getByRole('heading', { name: /visit/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /to Borduria/ }));
    expect(onSelect).toHaveBeenLastCalledWith({ type: 'edge', key: VISIT });
  });

  it('shows a tie: direction, date, status and evidence with the quote marked', () => {
    const { graph } = fixture();
    const onEvidence = vi.fn();
    const { rerender } = render(
      <DetailsPanel
        graph={graph}
        selection={{ type: 'edge', key: QUOTE }}
        onSelect={vi.fn()}
        onEvidence={onEvidence}
      />,
    );
    expect(screen.getByTestId('edge-direction').textContent).toBe('Tomas Krell -> Ruritania');
    expect(document.querySelector('.evidence mark')?.textContent).toBe('a marriage of convenience');
    fireEvent.click(screen.getByRole('button', { name: /Analyst Tomas Krell said/ }));
    expect(onEvidence).toHaveBeenCalledWith(expect.objectContaining({ start: 109 }));

    rerender(
      <DetailsPanel
        graph={graph}
        selection={{ type: 'edge', key: ALLIANCE }}
        onSelect={vi.fn()}
        onEvidence={onEvidence}
      />,
    );
    expect(screen.getByTestId('edge-direction').textContent).toBe('Borduria — Ruritania');
    expect(screen.getByText('not dated')).toBeTruthy();

    rerender(
      <DetailsPanel
        graph={graph}
        selection={{ type: 'edge', key: VISIT }}
        onSelect={vi.fn()}
        onEvidence={onEvidence}
      />,
    );
    expect(screen.getByText('2024-03-04')).toBeTruthy();
  });

  it('says so when the selection is not in the graph', () => {
    render(
      <DetailsPanel
        graph={fixture().graph}
        selection={{ type: 'node', key: 'nope' }}
        onSelect={vi.fn()}
        onEvidence={vi.fn()}
      />,
    );
    expect(screen.getByText(/not in the current graph/)).toBeTruthy();
  });
});

describe('ArticlePanel', () => {
  it('marks mentions, selects actors from them and highlights the evidence sentence', () => {
    const fx = fixture();
    const onMention = vi.fn();
    render(
      <ArticlePanel
        articles={[fx]}
        current="fx"
        onCurrent={vi.fn()}
        highlight={{ article: 'fx', start: 46, end: 108 }}
        selectedNode="BOR"
        onMention={onMention}
        labelOf={(k) => k}
      />,
    );
    const mentions = document.querySelectorAll('.mention');
    expect(mentions).toHaveLength(6);
    expect(document.querySelectorAll('.mention.active')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Alma Vell' }));
    expect(onMention).toHaveBeenCalledWith('person:alma-vell');
    const hl = [...document.querySelectorAll('.evidence-hl')].map((e) => e.textContent).join('');
    expect(hl).toBe('Ruritanian minister Alma Vell travelled to Borduria on Monday.');
  });

  it('does not highlight a sentence of another article', () => {
    render(
      <ArticlePanel
        articles={[fixture()]}
        current="fx"
        onCurrent={vi.fn()}
        highlight={{ article: 'other', start: 0, end: 10 }}
        selectedNode={null}
        onMention={vi.fn()}
        labelOf={(k) => k}
      />,
    );
    expect(document.querySelectorAll('.evidence-hl')).toHaveLength(0);
  });
});

describe('RelationBar', () => {
  it('names each toggle exactly by its type and reports its state', () => {
    const onToggle = vi.fn();
    render(
      <RelationBar
        enabled={{ alliance: true, visit: true, sanction: true, quote: false, affiliation: true }}
        counts={{ alliance: 1, visit: 2, sanction: 0, quote: 3, affiliation: 0 }}
        onToggle={onToggle}
      />,
    );
    for (const t of ['alliance', 'visit', 'sanction', 'quote', 'affiliation'])
      expect(screen.getByRole('button', { name: t })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'quote' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: 'visit' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'quote' }).textContent).toContain('3');
    fireEvent.click(screen.getByRole('button', { name: 'quote' }));
    expect(onToggle).toHaveBeenCalledWith('quote');
  });
});

describe('SearchBox', () => {
  it('finds an actor by alias and picks with the keyboard', () => {
    const onPick = vi.fn();
    render(<SearchBox graph={fixture().graph} onPick={onPick} />);
    const box = screen.getByRole('combobox', { name: 'Find an actor' });
    fireEvent.change(box, { target: { value: 'ur' } });
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringContaining('Borduria'),
      expect.stringContaining('Ruritania'),
    ]);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith('RUR');
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on Escape and says when nothing matches', () => {
    render(<SearchBox graph={fixture().graph} onPick={vi.fn()} />);
    const box = screen.getByRole('combobox');
    fireEvent.change(box, { target: { value: 'qqq' } });
    expect(screen.getByText(/No actor matches/)).toBeTruthy();
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('DetailsPanel with several articles', () => {
  it('groups a tie’s evidence by article', () => {
    const { graph } = fixture();
    const other = { text: 'Ruritania and Borduria renewed their pact.', start: 0, end: 42, article: 'fx2' };
    graph.updateEdgeAttribute(ALLIANCE, 'evidence', (ev) => [...(ev ?? []), other]);
    const titles: Record<string, string> = { fx: 'Pact signed', fx2: 'Pact renewed' };
    render(
      <DetailsPanel
        graph={graph}
        selection={{ type: 'edge', key: ALLIANCE }}
        onSelect={vi.fn()}
        onEvidence={vi.fn()}
        articleTitle={(id) => titles[id]}
        activeEvidence={{ article: 'fx2', start: 0, end: 42 }}
      />,
    );
    const groups = [...document.querySelectorAll('.evidence-group')];
    expect(groups.map((g) => g.querySelector('.evidence-group-title')?.textContent)).toEqual([
      'Pact signed 1',
      'Pact renewed 1',
    ]);
    expect(groups[1]!.querySelector('.evidence')?.getAttribute('aria-current')).toBe('true');
    expect(groups[0]!.querySelector('.evidence')?.getAttribute('aria-current')).toBeNull();
  });
});
