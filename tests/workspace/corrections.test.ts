import { describe, expect, it } from 'vitest';
import { tieKey } from '../../src/graph/keys';
import type { Correction, CorrectionLog, CorrectionOp } from '../../src/workspace/corrections';
import {
  applyCorrections,
  deleteTieOp,
  emptyLog,
  record,
  redo,
  resolve,
  setReverted,
  undo,
} from '../../src/workspace/corrections';
import { addArticle, emptyWorkspace, removeArticle, workspaceGraph } from '../../src/workspace/model';
import { ADA, ALPHA, BETA, GAMMA, result } from './fixtures';

const BOB = { key: 'person:bob-ray', label: 'Bob Ray', kind: 'analyst' as const };
const ADA2 = { key: 'person:a-stone', label: 'A. Stone', kind: 'leader' as const, aliases: ['A Stone'] };

const one = result(
  'one',
  [ALPHA, BETA, ADA, ADA2, BOB],
  [
    { type: 'alliance', source: 'ALP', target: 'BET', sentence: 'Alphaland and Betaland are allies.' },
    { type: 'visit', source: 'person:ada-stone', target: 'BET', sentence: 'Ada Stone visited Betaland.' },
    { type: 'quote', source: 'person:a-stone', target: 'BET', sentence: 'A. Stone praised Betaland.' },
    { type: 'sanction', source: 'BET', target: 'ALP', sentence: 'Alphaland sanctioned Betaland.' },
  ],
);
const two = result(
  'two',
  [ALPHA, BETA, GAMMA],
  [
    { type: 'sanction', source: 'BET', target: 'ALP', sentence: 'Alphaland again sanctioned Betaland.' },
    { type: 'visit', source: 'GAM', target: 'BET', sentence: 'Gammaland visited Betaland.' },
  ],
);

const base = () => workspaceGraph(addArticle(emptyWorkspace(), one));
let n = 0;
const entry = (op: CorrectionOp): Correction => ({ ...op, id: `c${++n}`, at: '2026-01-01T00:00:00Z' });
const logOf = (...ops: CorrectionOp[]): CorrectionLog => ops.map(entry).reduce(record, emptyLog());
const SANCTION = { type: 'sanction' as const, source: 'BET', target: 'ALP' };

describe('corrections: each operation', () => {
  it('merges two actors: aliases, ties and evidence follow, the old key is gone', () => {
    const g = base();
    const c = applyCorrections(
      g,
      logOf({ op: 'merge-actors', actor: 'person:a-stone', into: 'person:ada-stone' }),
    );
    expect(c.graph.hasNode('person:a-stone')).toBe(false);
    const ada = c.graph.getNodeAttributes('person:ada-stone');
    expect(ada.aliases).toEqual(expect.arrayContaining(['Stone', 'A. Stone', 'A Stone']));
    expect(ada.mentions).toBe(2);
    expect(ada.corrected).toBe(true);
    expect(ada.correction).toBe('A. Stone merged into Ada Stone');
    const quote = tieKey('quote', 'person:ada-stone', 'BET');
    expect(c.graph.getEdgeAttribute(quote, 'evidence').map((e) => e.text)).toEqual([
      'A. Stone praised Betaland.',
    ]);
    expect(c.graph.getEdgeAttribute(quote, 'corrected')).toBe(true);
    expect(c.merged.get('person:a-stone')).toBe('person:ada-stone');
    // the derived graph is untouched
    expect(g.hasNode('person:a-stone')).toBe(true);
    expect(g.getNodeAttribute('person:ada-stone', 'corrected')).toBeUndefined();
  });

  it('renames an actor, keeping the old name as an alias', () => {
    const c = applyCorrections(
      base(),
      logOf({ op: 'rename-actor', actor: 'ALP', label: 'Republic of Alpha' }),
    );
    const a = c.graph.getNodeAttributes('ALP');
    expect(a.label).toBe('Republic of Alpha');
    expect(a.aliases).toContain('Alphaland');
    expect(a.correction).toBe('renamed from Alphaland');
  });

  it('changes an actor’s kind', () => {
    const c = applyCorrections(base(), logOf({ op: 'set-kind', actor: 'person:ada-stone', kind: 'analyst' }));
    expect(c.graph.getNodeAttribute('person:ada-stone', 'kind')).toBe('analyst');
    expect(c.graph.getNodeAttribute('person:ada-stone', 'correction')).toBe(
      'kind changed from leader to analyst',
    );
  });

  it('sets and removes an actor’s country', () => {
    const set = applyCorrections(
      base(),
      logOf({ op: 'set-country', actor: 'person:bob-ray', country: 'BET' }),
    );
    expect(set.graph.getNodeAttribute('person:bob-ray', 'country')).toBe('BET');
    expect(set.graph.getNodeAttribute('person:bob-ray', 'correction')).toBe('country set to Betaland');
    const cleared = applyCorrections(
      base(),
      logOf(
        { op: 'set-country', actor: 'person:bob-ray', country: 'BET' },
        { op: 'set-country', actor: 'person:bob-ray', country: '' },
      ),
    );
    expect(cleared.graph.getNodeAttribute('person:bob-ray', 'country')).toBeUndefined();
  });

  it('deletes an actor with its ties', () => {
    const c = applyCorrections(base(), logOf({ op: 'delete-actor', actor: 'ALP' }));
    expect(c.graph.hasNode('ALP')).toBe(false);
    expect(c.graph.hasEdge(tieKey('alliance', 'ALP', 'BET'))).toBe(false);
    expect(c.graph.size).toBe(2);
  });

  it('deletes a tie', () => {
    const c = applyCorrections(base(), logOf({ op: 'delete-tie', tie: SANCTION }));
    expect(c.graph.hasEdge(tieKey('sanction', 'BET', 'ALP'))).toBe(false);
    expect(c.graph.size).toBe(3);
    expect(c.deleted.get(tieKey('sanction', 'BET', 'ALP'))?.attrs.evidence).toHaveLength(1);
  });

  it('reverses a tie, keeping its evidence; an alliance cannot be reversed', () => {
    const c = applyCorrections(
      base(),
      logOf(
        { op: 'reverse-tie', tie: SANCTION },
        { op: 'reverse-tie', tie: { type: 'alliance', source: 'ALP', target: 'BET' } },
      ),
    );
    expect(c.graph.hasEdge(tieKey('sanction', 'BET', 'ALP'))).toBe(false);
    const k = tieKey('sanction', 'ALP', 'BET');
    expect(c.graph.source(k)).toBe('ALP');
    expect(c.graph.getEdgeAttribute(k, 'evidence')[0]?.text).toBe('Alphaland sanctioned Betaland.');
    expect(c.graph.getEdgeAttribute(k, 'correction')).toBe('direction reversed');
    expect([...c.status.values()].map((s) => s.state)).toEqual(['active', 'inactive']);
  });

  it('changes a tie’s type', () => {
    const c = applyCorrections(base(), logOf({ op: 'set-tie-type', tie: SANCTION, type: 'quote' }));
    const k = tieKey('quote', 'BET', 'ALP');
    expect(c.graph.getEdgeAttribute(k, 'type')).toBe('quote');
    expect(c.graph.getEdgeAttribute(k, 'weight')).toBe(1);
    expect(c.graph.getEdgeAttribute(k, 'correction')).toBe('type changed from sanction to quote');
  });

  it('adds a tie with a note and an optional evidence sentence', () => {
    const ev = { text: 'Ada Stone visited Betaland.', start: 35, end: 62, article: 'one' };
    const c = applyCorrections(
      base(),
      logOf(
        { op: 'add-tie', tie: { type: 'affiliation', source: 'person:bob-ray', target: 'GAM' }, note: 'x' },
        {
          op: 'add-tie',
          tie: { type: 'affiliation', source: 'person:ada-stone', target: 'ALP' },
          note: 'her ministry',
          evidence: ev,
        },
      ),
    );
    const k = tieKey('affiliation', 'person:ada-stone', 'ALP');
    expect(c.graph.getEdgeAttribute(k, 'evidence')).toEqual([ev]);
    expect(c.graph.getEdgeAttribute(k, 'correction')).toBe('added by the analyst: her ministry');
    expect([...c.status.values()][0]).toEqual({
      state: 'inactive',
      why: 'the actor GAM is not in the graph',
    });
  });

  it('a tie added where one exists grows the corrected copy only, not the derived graph', () => {
    const g = base();
    const ev = { text: 'Alphaland sanctioned Betaland.', start: 200, end: 230, article: 'one' };
    const c = applyCorrections(g, logOf({ op: 'add-tie', tie: SANCTION, note: 'again', evidence: ev }));
    const k = tieKey('sanction', 'BET', 'ALP');
    expect(c.graph.getEdgeAttribute(k, 'evidence')).toHaveLength(2);
    expect(g.getEdgeAttribute(k, 'evidence')).toHaveLength(1);
  });
});

describe('corrections: compositions and the log', () => {
  it('merge then rename: the rename of the merged-away key reaches the merged actor', () => {
    const c = applyCorrections(
      base(),
      logOf(
        { op: 'merge-actors', actor: 'person:a-stone', into: 'person:ada-stone' },
        { op: 'rename-actor', actor: 'person:a-stone', label: 'Ada M. Stone' },
      ),
    );
    expect(c.graph.getNodeAttribute('person:ada-stone', 'label')).toBe('Ada M. Stone');
    expect(c.graph.order).toBe(4);
  });

  it('delete then undo brings the tie back; redo deletes it again; revert alone restores it', () => {
    const g = base();
    const log = logOf(
      { op: 'rename-actor', actor: 'ALP', label: 'Alpha' },
      { op: 'delete-tie', tie: SANCTION },
    );
    const k = tieKey('sanction', 'BET', 'ALP');
    expect(applyCorrections(g, log).graph.hasEdge(k)).toBe(false);
    const undone = undo(log);
    expect(applyCorrections(g, undone).graph.hasEdge(k)).toBe(true);
    expect(applyCorrections(g, undone).status.get(log.entries[1]!.id)).toEqual({ state: 'undone' });
    expect(applyCorrections(g, redo(undone)).graph.hasEdge(k)).toBe(false);
    const reverted = setReverted(log, log.entries[0]!.id, true);
    const c = applyCorrections(g, reverted);
    expect(c.graph.getNodeAttribute('ALP', 'label')).toBe('Alphaland');
    expect(c.graph.hasEdge(k)).toBe(false);
    expect(
      applyCorrections(g, setReverted(reverted, log.entries[0]!.id, false)).graph.getNodeAttribute(
        'ALP',
        'label',
      ),
    ).toBe('Alpha');
  });

  it('merges chain: an actor merged twice answers to the last key', () => {
    const c = applyCorrections(
      base(),
      logOf(
        { op: 'merge-actors', actor: 'person:a-stone', into: 'person:ada-stone' },
        { op: 'merge-actors', actor: 'person:ada-stone', into: 'person:bob-ray' },
      ),
    );
    expect(resolve(c.merged, 'person:a-stone')).toBe('person:bob-ray');
    expect(c.graph.getNodeAttribute('person:bob-ray', 'aliases')).toEqual(
      expect.arrayContaining(['Ada Stone', 'A. Stone']),
    );
  });

  it('a new entry after an undo forgets the undone ones', () => {
    const log = undo(logOf({ op: 'delete-actor', actor: 'ALP' }));
    const next = record(log, entry({ op: 'delete-actor', actor: 'BET' }));
    expect(next.entries.map((e) => e.op === 'delete-actor' && e.actor)).toEqual(['BET']);
  });

  it('no active entry: the derived graph itself; same inputs: the same result', () => {
    const g = base();
    expect(applyCorrections(g, undefined).graph).toBe(g);
    const log = logOf({ op: 'delete-actor', actor: 'ALP' });
    expect(applyCorrections(g, log)).toBe(applyCorrections(g, log));
  });
});

describe('corrections over a changed article set', () => {
  const ws1 = addArticle(emptyWorkspace(), one);
  const deletion = (g = workspaceGraph(ws1)) => {
    const n0 = entry(deleteTieOp(g, tieKey('sanction', 'BET', 'ALP')));
    const add = entry({ op: 'add-tie', tie: { type: 'visit', source: 'GAM', target: 'ALP' }, note: 'talks' });
    return [n0, add].reduce(record, emptyLog());
  };

  it('a deleted tie stays deleted when a new article brings evidence for it, which is reported overridden', () => {
    const log = deletion();
    const ws2 = addArticle(ws1, two);
    const c = applyCorrections(workspaceGraph(ws2), log);
    const k = tieKey('sanction', 'BET', 'ALP');
    expect(c.graph.hasEdge(k)).toBe(false);
    expect(c.deleted.get(k)?.overridden.map((e) => e.text)).toEqual(['Alphaland again sanctioned Betaland.']);
    expect(applyCorrections(workspaceGraph(ws1), log).deleted.get(k)?.overridden).toEqual([]);
  });

  it('an entry whose target is gone is inactive, kept, and acts again when its target is back', () => {
    const log = deletion();
    const before = applyCorrections(workspaceGraph(ws1), log);
    expect(before.status.get(log.entries[1]!.id)?.state).toBe('inactive');
    const ws2 = addArticle(ws1, two);
    const after = applyCorrections(workspaceGraph(ws2), log);
    expect(after.status.get(log.entries[1]!.id)?.state).toBe('active');
    expect(after.graph.hasEdge(tieKey('visit', 'GAM', 'ALP'))).toBe(true);
    const ws3 = removeArticle(removeArticle(ws2, 'one'), 'two');
    const gone = applyCorrections(workspaceGraph(ws3), log);
    expect([...gone.status.values()].map((s) => s.state)).toEqual(['inactive', 'inactive']);
    expect(log.entries).toHaveLength(2);
  });
});
