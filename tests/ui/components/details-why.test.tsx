// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addTie, createGraph, upsertActor } from '../../../src/graph/build';
import { DetailsPanel } from '../../../src/ui/components/DetailsPanel';

vi.mock('../../../src/extract/rules', () => ({
  ruleReason: (id: string) =>
    ({
      'alliance/treaty-signed': 'a treaty signed by both',
      'alliance/pair-cue': 'the two are named together with a word of friendship',
    })[id],
}));

afterEach(cleanup);

function graphWithRules() {
  const g = createGraph();
  upsertActor(g, 'AAA', { label: 'Aland', kind: 'state', mentions: 2 });
  upsertActor(g, 'BBB', { label: 'Bland', kind: 'state', mentions: 2 });
  const ev = (text: string, start: number, rule?: string[]) => ({
    text,
    start,
    end: start + text.length,
    ...(rule ? { rule } : {}),
  });
  addTie(g, 'alliance', 'AAA', 'BBB', [
    ev('Aland and Bland signed a treaty.', 0, ['alliance/treaty-signed', 'alliance/pair-cue']),
    ev('Aland and Bland are friends.', 40, ['alliance/unknown-rule']),
    ev('Aland praised Bland.', 80),
  ]);
  return g;
}

describe('DetailsPanel: why this tie', () => {
  it('explains each evidence item by the reasons of its rules, and says nothing for unknown ids', () => {
    const g = graphWithRules();
    render(
      <DetailsPanel
        graph={g}
        selection={{ type: 'edge', key: g.edges()[0]! }}
        onSelect={vi.fn()}
        onEvidence={vi.fn()}
      />,
    );
    const items = [...document.querySelectorAll('.evidence-list li')];
    expect(items).toHaveLength(3);
    expect(items[0]?.querySelector('.evidence-why')?.textContent).toBe(
      'why this tie: a treaty signed by both; the two are named together with a word of friendship',
    );
    expect(items[1]?.querySelector('.evidence-why')).toBeNull();
    expect(items[2]?.querySelector('.evidence-why')).toBeNull();
  });
});
