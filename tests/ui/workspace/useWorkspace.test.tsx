// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { useWorkspace } from '../../../src/ui/workspace/useWorkspace';
import { WorkspacePanel } from '../../../src/ui/workspace/WorkspacePanel';
import { exportWorkspace } from '../../../src/workspace/file';
import { addArticle, articleFromResult, emptyWorkspace } from '../../../src/workspace/model';
import { openWorkspaceStore } from '../../../src/workspace/store';
import { ALPHA, BETA, GAMMA, result } from '../../workspace/fixtures';

afterEach(cleanup);

const one = result(
  'one',
  [ALPHA, BETA],
  [
    {
      type: 'alliance',
      source: 'ALP',
      target: 'BET',
      sentence: 'Alphaland and Betaland are allies.',
      date: '2024-02',
    },
  ],
  {
    title: 'Allies',
  },
);
const two = result(
  'two',
  [BETA, GAMMA],
  [{ type: 'visit', source: 'GAM', target: 'BET', sentence: 'Gammaland visited Betaland.' }],
  {
    title: 'Visit',
  },
);

let n = 0;
const fresh = () => `hook-test-${++n}`;

/** Waits until the database holds `count` articles. */
async function stored(dbName: string, count: number) {
  await waitFor(async () => {
    const s = await openWorkspaceStore(dbName);
    const ws = await s.load();
    s.close();
    expect(ws?.articles.length).toBe(count);
  });
}

async function mounted(dbName: string) {
  const hook = renderHook(() => useWorkspace({ dbName }));
  await waitFor(() => expect(hook.result.current.ready).toBe(true));
  return hook;
}

describe('useWorkspace', () => {
  it('keeps every article and the view across a remount (a reload)', async () => {
    const dbName = fresh();
    const first = await mounted(dbName);
    await act(() => first.result.current.add(one, 'merge'));
    await act(() => first.result.current.add(two, 'merge'));
    act(() =>
      first.result.current.setView((v) => ({
        ...v,
        hiddenArticles: ['two'],
        dateRange: { from: '2024-01' },
      })),
    );
    expect(first.result.current.graph.size).toBe(2);
    await stored(dbName, 2);
    first.unmount();

    const second = await mounted(dbName);
    await waitFor(() => expect(second.result.current.metas.map((m) => m.title)).toEqual(['Allies', 'Visit']));
    expect(second.result.current.graph.size).toBe(2);
    expect(second.result.current.articles[1]?.text).toBe('Gammaland visited Betaland.');
    expect(second.result.current.view).toEqual({ hiddenArticles: ['two'], dateRange: { from: '2024-01' } });
    expect(second.result.current.filter).toEqual({ articles: ['one'], dateRange: { from: '2024-01' } });
    second.unmount();
  });

  it('stores an article before it shows it: once add resolves, a reload finds it', async () => {
    const dbName = fresh();
    let release = (): void => undefined;
    const held = async (name: string) => {
      const s = await openWorkspaceStore(name);
      const save = s.save.bind(s);
      return {
        ...s,
        refused: s.refused,
        skippedCorrections: s.skippedCorrections,
        save: async (ws: Parameters<typeof save>[0]) => {
          await new Promise<void>((resolve) => (release = resolve));
          await save(ws);
        },
      };
    };
    const { result: r, unmount } = renderHook(() => useWorkspace({ dbName, openStore: held }));
    await waitFor(() => expect(r.current.ready).toBe(true));
    let added: Promise<void> = Promise.resolve();
    act(() => {
      added = r.current.add(one, 'merge');
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(r.current.metas).toEqual([]);
    release();
    await act(() => added);
    expect(r.current.metas.map((m) => m.id)).toEqual(['one']);
    unmount();
    const s = await openWorkspaceStore(dbName);
    expect((await s.load())?.articles.map((a) => a.meta.id)).toEqual(['one']);
    s.close();
  });

  it('replace mode starts over; remove drops the article ties', async () => {
    const { result: r, unmount } = await mounted(fresh());
    await act(() => r.current.add(one, 'merge'));
    await act(() => r.current.add(two, 'merge'));
    await act(() => r.current.remove('one'));
    expect(r.current.metas.map((m) => m.id)).toEqual(['two']);
    expect(r.current.graph.hasNode('ALP')).toBe(false);
    await act(() => r.current.add(one, 'replace'));
    expect(r.current.metas.map((m) => m.id)).toEqual(['one']);
    unmount();
  });

  it('imports a workspace file, and refuses a bad one without touching the workspace', async () => {
    const { result: r, unmount } = await mounted(fresh());
    await act(() => r.current.add(one, 'merge'));
    const before = r.current.workspace;
    let ok = true;
    act(() => {
      ok = r.current.importFile('{"nodes": [], "edges": []}');
    });
    expect(ok).toBe(false);
    expect(r.current.error).toMatch(/graphology JSON/);
    expect(r.current.workspace).toBe(before);
    act(() => {
      ok = r.current.importFile(exportWorkspace(addArticle(emptyWorkspace(), two)));
    });
    expect(ok).toBe(true);
    expect(r.current.error).toBeNull();
    await waitFor(() => expect(r.current.metas.map((m) => m.id)).toEqual(['two']));
    expect(JSON.parse(r.current.exportFile())).toMatchObject({ format: 'entente-workspace', version: 1 });
    unmount();
  });

  it('keeps articles added before the saved workspace was loaded', async () => {
    const dbName = fresh();
    const first = await mounted(dbName);
    await act(() => first.result.current.add(one, 'merge'));
    await stored(dbName, 1);
    first.unmount();
    const early = renderHook(() => useWorkspace({ dbName }));
    let added: Promise<void> = Promise.resolve();
    act(() => {
      added = early.result.current.add(two, 'merge');
    });
    expect(early.result.current.ready).toBe(false);
    await waitFor(() => expect(early.result.current.ready).toBe(true));
    expect(early.result.current.metas.map((m) => m.id)).toEqual(['one', 'two']);
    await act(() => added);
    early.unmount();
    // Resolved once stored.
    const s = await openWorkspaceStore(dbName);
    expect((await s.load())?.articles.map((a) => a.meta.id)).toEqual(['one', 'two']);
    s.close();
  });
});

describe('WorkspacePanel', () => {
  function Harness({ dbName }: { dbName: string }) {
    const ws = useWorkspace({ dbName });
    return (
      <>
        <span data-testid="ties">{ws.graph.size}</span>
        <button type="button" onClick={() => void ws.add(one, 'merge')}>
          add one
        </button>
        <button type="button" onClick={() => void ws.add(two, 'merge')}>
          add two
        </button>
        <WorkspacePanel ws={ws} />
      </>
    );
  }

  it('lists the articles, removes one with its ties, and filters by article', async () => {
    render(<Harness dbName={fresh()} />);
    await waitFor(() => expect(screen.getByText('Workspace · 0 articles', { exact: false })).toBeTruthy());
    const toggle = () => screen.getByRole('button', { name: /Workspace · \d+ articles?/ });
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(screen.getByText('add one'));
    await waitFor(() => expect(screen.getByTestId('ties').textContent).toBe('1'));
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(screen.getByText('add two'));
    await waitFor(() => expect(screen.getByTestId('ties').textContent).toBe('2'));
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: '2024-02: 1 tie; show only this month' })).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show ties from “Visit”' }));
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Show ties from “Visit”' }).checked).toBe(
      false,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Allies”' }));
    await waitFor(() => expect(screen.getByTestId('ties').textContent).toBe('1'));
    expect(screen.queryByText('Allies')).toBeNull();
    expect(screen.getByRole('button', { name: /Workspace · 1 article/ }).getAttribute('aria-expanded')).toBe(
      'true',
    );
  });

  it('opens by itself on a second article, but a strip the user closed stays closed after a reload', async () => {
    const dbName = fresh();
    const first = render(<Harness dbName={dbName} />);
    const toggle = () => screen.getByRole('button', { name: /Workspace · \d+ articles?/ });
    await waitFor(() => expect(screen.queryByText('Opening the saved workspace…')).toBeNull());
    fireEvent.click(screen.getByText('add one'));
    fireEvent.click(screen.getByText('add two'));
    await waitFor(() => expect(screen.getByTestId('ties').textContent).toBe('2'));
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle());
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    await new Promise((resolve) => setTimeout(resolve, 50));
    first.unmount();
    render(<Harness dbName={dbName} />);
    await waitFor(() => expect(screen.getByTestId('ties').textContent).toBe('2'));
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
  });

  it('shows an import error as an alert', async () => {
    render(<Harness dbName={fresh()} />);
    await waitFor(() => expect(screen.queryByText('Opening the saved workspace…')).toBeNull());
    fireEvent.change(screen.getByLabelText('Import workspace file'), {
      target: { files: [new File(['not json'], 'x.json')] },
    });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/not valid JSON/));
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss workspace message' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('useWorkspace after an interrupted ingest or a failed save', () => {
  it('says after a reload what an interrupted import did not finish, once', async () => {
    const dbName = fresh();
    const s = await openWorkspaceStore(dbName);
    await s.load();
    const startedAt = '2026-01-01T00:00:00.000Z';
    await s.putArticles([], { total: 400, done: 0, added: 0, startedAt });
    await s.putArticles([articleFromResult(one)], { total: 400, done: 61, added: 61, startedAt });
    s.close();
    const hook = await mounted(dbName);
    expect(hook.result.current.error).toBe(
      'The last import was interrupted: 61 of 400 files were added; 339 were not. Drop them again to finish.',
    );
    expect(hook.result.current.metas.map((m) => m.id)).toEqual(['one']);
    hook.unmount();
    const again = await mounted(dbName);
    expect(again.result.current.error).toBeNull();
    again.unmount();
  });

  it('says a failed save kept the previous saved version', async () => {
    const dbName = fresh();
    const failing = async (name: string) => {
      const s = await openWorkspaceStore(name);
      return { ...s, refused: s.refused, save: () => Promise.reject(new Error('disk full')) };
    };
    const { result: r, unmount } = renderHook(() => useWorkspace({ dbName, openStore: failing }));
    await waitFor(() => expect(r.current.ready).toBe(true));
    await act(() => r.current.add(one, 'merge'));
    await waitFor(() =>
      expect(r.current.error).toBe(
        'The workspace could not be saved (disk full). The previously saved version is kept; export the workspace to keep a copy of what you see now.',
      ),
    );
    unmount();
  });
});
