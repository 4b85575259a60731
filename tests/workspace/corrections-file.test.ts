import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Correction } from '../../src/workspace/corrections';
import { emptyLog, record, undo } from '../../src/workspace/corrections';
import { parseCorrections } from '../../src/workspace/correctionsSchema';
import { exportWorkspace, importWorkspaceFile } from '../../src/workspace/file';
import { addArticle, emptyWorkspace } from '../../src/workspace/model';
import { openWorkspaceStore } from '../../src/workspace/store';
import { ALPHA, BETA, result } from './fixtures';

const one = result(
  'one',
  [ALPHA, BETA],
  [{ type: 'alliance', source: 'ALP', target: 'BET', sentence: 'Alphaland and Betaland are allies.' }],
);
const at = '2026-01-01T00:00:00Z';
const kind: Correction = {
  op: 'set-kind',
  actor: 'ALP',
  kind: 'organization',
  id: 'a',
  at,
  what: 'Made Alphaland an organization',
};
const rename: Correction = { op: 'rename-actor', actor: 'BET', label: 'Beta', id: 'b', at };
const log = undo([kind, rename].reduce(record, emptyLog()));
const ws = { ...addArticle(emptyWorkspace(), one), corrections: log };

describe('the corrections log in files and storage', () => {
  it('travels in the workspace file', () => {
    const back = importWorkspaceFile(exportWorkspace(ws));
    expect(back.skipped).toEqual([]);
    expect(back.workspace.corrections).toEqual(log);
  });

  it('a malformed entry is reported and skipped; the rest is imported', () => {
    const file = JSON.parse(exportWorkspace(ws)) as { corrections: { entries: unknown[] } };
    file.corrections.entries.splice(1, 0, { op: 'set-kind', actor: 'ALP', kind: 'wizard', id: 'x', at });
    file.corrections.entries.push({ op: 'teleport', id: 'y', at });
    const back = importWorkspaceFile(JSON.stringify(file));
    expect(back.workspace.articles).toHaveLength(1);
    expect(back.workspace.corrections?.entries.map((e) => e.id)).toEqual(['a', 'b']);
    expect(back.skipped).toHaveLength(2);
    expect(back.skipped[0]).toMatch(/^corrections\.entries\[1\]\.kind must be/);
    expect(back.skipped[1]).toMatch(/^corrections\.entries\[3\].*"teleport"/);
  });

  it('the cursor counts only the entries kept', () => {
    const parsed = parseCorrections({ entries: [kind, { op: 'nope' }, rename], cursor: 2 }, 'c');
    expect(parsed.log).toEqual({ entries: [kind, rename], cursor: 1 });
    expect(parsed.skipped).toHaveLength(1);
  });

  it('repeated ids are skipped', () => {
    expect(parseCorrections({ entries: [kind, kind] }, 'c').skipped[0]).toMatch(/repeats the id "a"/);
  });

  it('is kept in IndexedDB beside the articles, and cleared with them', async () => {
    const store = await openWorkspaceStore('corrections-store-1');
    await store.save(ws);
    store.close();
    const again = await openWorkspaceStore('corrections-store-1');
    const loaded = await again.load();
    expect(loaded?.corrections).toEqual(log);
    expect(loaded?.articles).toHaveLength(1);
    await again.save({ ...ws, corrections: undefined });
    again.close();
    const third = await openWorkspaceStore('corrections-store-1');
    expect((await third.load())?.corrections).toBeUndefined();
    third.close();
  });

  it('a damaged stored entry is left aside with why', async () => {
    const store = await openWorkspaceStore('corrections-store-2');
    await store.save({
      ...ws,
      corrections: { entries: [kind, { ...rename, label: 7 } as unknown as Correction], cursor: 2 },
    });
    store.close();
    const again = await openWorkspaceStore('corrections-store-2');
    const loaded = await again.load();
    expect(loaded?.corrections?.entries.map((e) => e.id)).toEqual(['a']);
    expect(again.skippedCorrections[0]).toMatch(/stored corrections\.entries\[1\]\.label/);
    again.close();
  });
});
