/** The explorer page: header, filters, canvas with legend, details and article panels. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import defaultArticle from '../../data/china-north-korea-russia.txt?raw';
import defaultMeta from '../../data/china-north-korea-russia.meta.json';
import type { ExtractResult } from '../extract/types';
import { packMentions } from '../graph/mentions';
import type { EntenteGraph, Evidence, MentionSpan, NodeKind, RelationType } from '../graph/types';
import { computeHidden, indexElements } from './canvas/filter';
import { toElements } from './canvas/elements';
import { themeColors } from './canvas/palette';
import type { Selection } from './canvas/types';
import { ArticlePanel } from './components/ArticlePanel';
import type { ArticleHighlight } from './components/ArticlePanel';
import { DetailsPanel } from './components/DetailsPanel';
import { ErrorBanner } from './components/ErrorBanner';
import type { Notice } from './components/ErrorBanner';
import { ExportMenu } from './components/ExportMenu';
import type { PictureOptions } from './components/ExportMenu';
import { ImportDialog } from './components/ImportDialog';
import type { ImportRequest } from './components/ImportDialog';
import { Legend } from './components/Legend';
import { RelationBar } from './components/RelationBar';
import { SearchBox } from './components/SearchBox';
import { ViewControls } from './components/ViewControls';
import { captionLines } from './export/caption';
import type { DataFormat } from './export/formats';
import { serializeGraph } from './export/formats';
import type { DataScope } from './export/scope';
import { viewGraph } from './export/scope';
import { useCanvas } from './hooks/useCanvas';
import { useDrawnGraph } from './hooks/useDrawnGraph';
import { useAnalysis } from './hooks/useAnalysis';
import { AnalysisControls, FocusBanner } from './components/AnalysisControls';
import { NeighbourhoodBar } from './components/NeighbourhoodBar';
import { PathFinder } from './components/PathFinder';
import { TopActors } from './components/TopActors';
import { FOCUS_MIN_ACTORS } from './lib/analysisState';
import { useDarkMode } from './hooks/useDarkMode';
import { useExtractor } from './hooks/useExtractor';
import { useViewState } from './hooks/useViewState';
import { useCanvasKeys } from './hooks/useCanvasKeys';
import { useRefitOnResize } from './hooks/useRefitOnResize';
import { useWorkspace } from './workspace/useWorkspace';
import { CorrectionsPanel } from './corrections/CorrectionsPanel';
import { useCorrectionTools } from './corrections/useCorrectionTools';
import { resolve } from '../workspace/corrections';
import { WorkspacePanel } from './workspace/WorkspacePanel';
import { downloadBlob, exportBaseName } from './lib/download';
import { CancelledError, deserializeResult } from './lib/extractClient';
import type { AddMode } from './workspace/useWorkspace';
import type { SerializedResult } from './worker/protocol';
import { kindCounts, labelOf, relationCounts } from './lib/graphQueries';
import { parseView, toFilter } from './lib/urlState';

declare global {
  interface Window {
    /** Debugging and test hooks: the merged graph, and a way to load a prepared result. */
    entente?: {
      graph: () => ReturnType<EntenteGraph['export']>;
      load: (result: PlainResult, mode: AddMode) => void;
    };
  }
}

/** What the `entente.load` hook takes: a serialized result with a plain mention list. */
type PlainResult = Omit<SerializedResult, 'mentions'> & { mentions: MentionSpan[] };

let noticeId = 0;
/** Article id of the embedded default article (replacing it alone loses nothing). */
const DEFAULT_ID = 'default';
/** The loader's warning for an article without actors (reported in words of its own). */
const NO_ACTORS = 'no actors found';

/** The article an evidence item points into: by id, else by matching text at its offsets. */
function articleFor(articles: readonly ExtractResult[], ev: Evidence): ExtractResult | undefined {
  return (
    articles.find((a) => a.article.id === ev.article) ??
    articles.find((a) => a.text.slice(ev.start, ev.end) === ev.text) ??
    articles[0]
  );
}

export function App() {
  // The app's data: the loaded articles and the one graph merged from them, kept in IndexedDB.
  const ws = useWorkspace();
  const extractor = useExtractor();
  const [view, setView] = useViewState();
  const dark = useDarkMode();
  const [defaultState, setDefaultState] = useState<'pending' | 'failed' | 'settled'>('pending');
  const [notices, setNotices] = useState<Notice[]>([]);
  const [highlight, setHighlight] = useState<ArticleHighlight | null>(null);
  const [currentArticle, setCurrentArticle] = useState<string | null>(null);
  const [importing, setImporting] = useState<{ file: File | null } | null>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const { articles, metas, graph, add } = ws;
  const tools = useCorrectionTools(ws, highlight);

  const notify = useCallback((tone: Notice['tone'], text: string) => {
    setNotices((ns) => [...ns.filter((n) => n.text !== text), { id: ++noticeId, tone, text }]);
  }, []);

  const reportWarnings = useCallback(
    (r: ExtractResult) => {
      // One message per condition: "no actors found" is said once, in words.
      for (const w of r.warnings) if (w !== NO_ACTORS) notify('info', `${r.article.title}: ${w}`);
      if (r.graph.order === 0) notify('info', `No actors were found in “${r.article.title}”.`);
    },
    [notify],
  );

  // Anything that escapes a handler still reaches the user as a message.
  useEffect(() => {
    const onError = (e: ErrorEvent) => notify('error', `Unexpected error: ${e.message}`);
    const onRejection = (e: PromiseRejectionEvent) =>
      notify('error', `Unexpected error: ${e.reason instanceof Error ? e.reason.message : String(e.reason)}`);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    return () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    };
  }, [notify]);

  // A fresh workspace starts on the embedded default article; a saved one opens as it was.
  const wsReady = ws.ready;
  const wsEmpty = articles.length === 0;
  const defaultAsked = useRef(false);
  useEffect(() => {
    if (!wsReady) return;
    if (!wsEmpty && !defaultAsked.current) {
      // A saved workspace opened: the default article is not needed.
      defaultAsked.current = true;
      setDefaultState('settled');
    }
    if (defaultAsked.current) return;
    defaultAsked.current = true;
    let live = true;
    extractor
      .extract(defaultArticle, {
        articleId: DEFAULT_ID,
        source: defaultMeta.source,
        date: defaultMeta.date,
        format: 'text',
      })
      .then(async (r) => {
        if (!live) return;
        setCurrentArticle(r.article.id);
        reportWarnings(r);
        // Settled once stored and shown (the page never says "no graph" in between).
        await add(r, 'replace');
        setDefaultState('settled');
      })
      .catch((e: unknown) => {
        if (!live) return;
        setDefaultState('failed');
        notify(
          'error',
          `The default article could not be read: ${e instanceof Error ? e.message : String(e)}. Load an article of your own with “Load article”.`,
        );
      });
    return () => {
      live = false;
      defaultAsked.current = false;
    };
  }, [wsReady, wsEmpty, extractor, add, notify, reportWarnings]);

  useEffect(() => {
    window.entente = {
      graph: () => graph.export(),
      load: (r, mode) => {
        const result = deserializeResult({ ...r, mentions: packMentions(r.mentions) });
        void add(result, mode);
        setCurrentArticle(result.article.id);
      },
    };
  }, [graph, add]);

  const wsFilter = ws.filter;
  const status: 'loading' | 'ready' | 'failed' | 'empty' = !ws.ready
    ? 'loading'
    : articles.length > 0
      ? 'ready'
      : defaultState === 'failed'
        ? 'failed'
        : defaultState === 'settled'
          ? 'empty'
          : 'loading';

  const filter = useMemo(
    () => ({
      ...wsFilter,
      ...toFilter({
        relations: view.relations,
        kinds: view.kinds,
        hideIsolated: view.hideIsolated,
        minEvidence: view.minEvidence,
        layout: 'fcose',
        selection: null,
      }),
    }),
    [wsFilter, view.relations, view.kinds, view.hideIsolated, view.minEvidence],
  );
  const select = useCallback(
    (selection: Selection | null) => {
      setView((v) => ({ ...v, selection }));
      setHighlight(null);
    },
    [setView],
  );
  const onCanvasError = useCallback(
    (e: Error) => notify('error', `The graph could not be drawn: ${e.message}`),
    [notify],
  );
  const [layingOut, setLayingOut] = useState(false);
  // The header and toolbar describe the drawn graph: a new one replaces it once laid out.
  const analysis = useAnalysis(graph);
  const setAnalysis = analysis.setView;
  const drawn = useDrawnGraph(analysis.shown, metas, articles.length > 0);
  const handle = useCanvas(canvasRef, {
    onLayoutState: setLayingOut,
    onDrawn: drawn.onDrawn,
    graph: articles.length ? analysis.shown : null,
    appearance: analysis.appearance,
    filter,
    layout: view.layout,
    dark,
    selection: view.selection,
    onSelect: select,
    onError: onCanvasError,
  });
  const onCanvasKey = useCanvasKeys(handle, view.selection, select);
  // The path finder's path, highlighted once the graph it lies in is drawn (a reload restores it early).
  const [pathShown, setPathShown] = useState<{ nodes: string[]; edges: string[] } | null>(null);
  const drawnNow = drawn.graph;
  useEffect(() => handle?.highlightPath(pathShown), [handle, pathShown, drawnNow]);
  useRefitOnResize(canvasRef, handle);

  const drawnGraph = drawn.graph;
  const filterIndex = useMemo(() => indexElements(toElements(drawnGraph)), [drawnGraph]);
  const shown = useMemo(() => {
    const hidden = computeHidden(filterIndex, filter);
    return { nodes: drawnGraph.order - hidden.nodes.size, edges: drawnGraph.size - hidden.edges.size };
  }, [filterIndex, filter, drawnGraph]);
  const relCounts = useMemo(() => relationCounts(drawnGraph), [drawnGraph]);
  const kCounts = useMemo(() => kindCounts(drawnGraph), [drawnGraph]);
  const baseName = exportBaseName(metas);

  const toggleRelation = (t: RelationType) =>
    setView((v) => ({ ...v, relations: { ...v.relations, [t]: !v.relations[t] } }));
  const toggleKind = (k: NodeKind) => setView((v) => ({ ...v, kinds: { ...v.kinds, [k]: !v.kinds[k] } }));

  const focusNode = (mentioned: string) => {
    const key = resolve(ws.corrected.merged, mentioned);
    select({ type: 'node', key });
    handle?.center(key);
  };

  const showEvidence = (ev: Evidence) => {
    const a = articleFor(articles, ev);
    if (!a) return;
    setCurrentArticle(a.article.id);
    setHighlight({ article: a.article.id, start: ev.start, end: ev.end });
  };

  /** Reads the request in the worker (graph files too); undefined when the user cancelled. */
  const read = async (req: ImportRequest, signal: AbortSignal): Promise<ExtractResult | undefined> => {
    try {
      if (req.format === 'graph')
        return await extractor.openGraph(req.input, req.source ?? 'Graph file', signal);
      return await extractor.extract(
        req.input,
        {
          format: req.format,
          ...(req.date ? { date: req.date } : {}),
          ...(req.source ? { source: req.source } : {}),
          ...(req.title ? { title: req.title } : {}),
        },
        signal,
      );
    } catch (e) {
      if (!(e instanceof CancelledError)) throw e;
      notify('info', 'Loading stopped: nothing was loaded, and the graph is as it was.');
      return undefined;
    }
  };

  const load = async (req: ImportRequest, signal: AbortSignal) => {
    const r = await read(req, signal);
    if (!r) return;
    // The dialog closes once the article is stored: a reload from then on keeps it.
    await add(r, req.mode);
    if (req.mode === 'replace') {
      select(null);
      setHighlight(null);
    }
    setCurrentArticle(r.article.id);
    setImporting(null);
    reportWarnings(r);
  };

  /** The caption of an exported picture, when asked for: what it shows, under which filters. */
  const pictureOptions = ({ caption, ...o }: PictureOptions) => ({
    ...o,
    legend: true,
    ...(caption ? { caption: captionLines({ articles: metas, filter }) } : {}),
  });
  const exportPng = async (o: PictureOptions) => {
    if (!handle) return;
    try {
      const blob = await handle.exportPng(pictureOptions(o));
      downloadBlob(blob, `${baseName}${o.full ? '' : '-view'}@${o.scale}x.png`);
    } catch (e) {
      notify('error', `PNG export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const exportSvg = (o: PictureOptions) => {
    if (!handle) return;
    try {
      const svg = handle.exportSvg(pictureOptions(o));
      downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `${baseName}${o.full ? '' : '-view'}.svg`);
    } catch (e) {
      notify('error', `SVG export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const exportData = async (f: DataFormat, scope: DataScope) => {
    try {
      const data =
        scope === 'view' ? viewGraph(drawnGraph, computeHidden(filterIndex, filter), filter.articles) : graph;
      const s = await serializeGraph(data, f, f === 'gexf' ? handle?.viz() : undefined);
      downloadBlob(
        new Blob([s.content], { type: s.mime }),
        `${baseName}${scope === 'view' ? '-view' : ''}.${s.ext}`,
      );
    } catch (e) {
      notify('error', `${f.toUpperCase()} export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const selectedNode = view.selection?.type === 'node' ? view.selection.key : null;
  const titles = useMemo(() => new Map(metas.map((m) => [m.id, m.title])), [metas]);
  const theme = themeColors(dark);

  return (
    <div
      className="app"
      data-status={status}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) e.preventDefault();
      }}
      onDrop={(e) => {
        const f = e.dataTransfer.files[0];
        if (!f || importing) return;
        e.preventDefault();
        setImporting({ file: f });
      }}
    >
      <header className="app-header">
        <div className="brand">
          <h1>Entente</h1>
          <span className="subtitle" title={drawn.metas.map((m) => m.title).join('\n')}>
            {drawn.metas.length === 0
              ? 'Relations between states and the people acting for them'
              : drawn.metas.length === 1
                ? drawn.metas[0]!.title
                : `${drawn.metas.length} articles`}
          </span>
        </div>
        <SearchBox graph={graph} onPick={focusNode} />
        <div className="header-actions">
          <span className="stats" aria-live="polite">
            {shown.nodes === drawnGraph.order && shown.edges === drawnGraph.size
              ? `${drawnGraph.order} actors · ${drawnGraph.size} ties`
              : `showing ${shown.nodes} of ${drawnGraph.order} actors · ${shown.edges} of ${drawnGraph.size} ties`}
          </span>
          <button type="button" className="btn primary" onClick={() => setImporting({ file: null })}>
            Load article
          </button>
          <ExportMenu disabled={!handle} onPng={exportPng} onSvg={exportSvg} onData={exportData} />
        </div>
      </header>
      <ErrorBanner notices={notices} onDismiss={(id) => setNotices((ns) => ns.filter((n) => n.id !== id))} />
      <div className="toolbar">
        <RelationBar
          enabled={view.relations}
          counts={relCounts}
          colors={theme.relations}
          onToggle={toggleRelation}
        />
        <ViewControls
          kinds={view.kinds}
          kindCounts={kCounts}
          hideIsolated={view.hideIsolated}
          layout={view.layout}
          onToggleKind={toggleKind}
          onHideIsolated={(hideIsolated) => setView((v) => ({ ...v, hideIsolated }))}
          minEvidence={view.minEvidence}
          onMinEvidence={(minEvidence) => setView((v) => ({ ...v, minEvidence }))}
          onLayout={(layout) => setView((v) => ({ ...v, layout }))}
        />
        <AnalysisControls view={analysis.view} onChange={(p) => setAnalysis((v) => ({ ...v, ...p }))} />
      </div>
      <WorkspacePanel ws={ws} />
      <main className="workbench">
        <div className="stage">
          <FocusBanner
            view={analysis.view}
            focused={analysis.focused}
            total={graph.order}
            shown={drawnGraph.order}
            large={articles.length > 0 && graph.order > FOCUS_MIN_ACTORS && !analysis.hood}
            onChange={(p) => setAnalysis((v) => ({ ...v, ...p }))}
          />
          <NeighbourhoodBar
            focus={analysis.hood}
            selected={selectedNode}
            labelOf={(k) => labelOf(graph, k)}
            onChange={analysis.setHood}
          />
          <div className="canvas-wrap">
            <div
              ref={canvasRef}
              className="canvas"
              data-testid="canvas"
              aria-label="Graph of actors and ties: arrow keys move between neighbours, Escape clears"
              aria-roledescription="graph"
              role="application"
              tabIndex={0}
              onKeyDown={onCanvasKey}
            />
            {status === 'loading' && (
              <div className="stage-message" role="status">
                Reading the article…
              </div>
            )}
            {layingOut && status !== 'loading' && (
              <div className="stage-message" role="status">
                Laying out {analysis.shown.order.toLocaleString('en')} actors…
              </div>
            )}
            {articles.length > 0 && graph.order > 0 && shown.nodes === 0 && (
              <div className="stage-message">
                <p>Nothing matches these filters.</p>
                <button
                  type="button"
                  className="btn"
                  onClick={() =>
                    setView((v) => ({ ...parseView(''), layout: v.layout, selection: v.selection }))
                  }
                >
                  Show everything
                </button>
              </div>
            )}
            {(status === 'failed' || status === 'empty') && (
              <div className="stage-message">
                <p>No graph yet: load an article to draw one.</p>
                <button type="button" className="btn primary" onClick={() => setImporting({ file: null })}>
                  Load an article…
                </button>
              </div>
            )}
          </div>
          <Legend dark={dark} corrected={tools.log.entries.length > 0} />
        </div>
        <aside className="sidebar">
          <DetailsPanel
            graph={graph}
            selection={view.selection}
            onSelect={select}
            onEvidence={showEvidence}
            activeEvidence={highlight}
            articleTitle={articles.length > 1 ? (id) => titles.get(id) : undefined}
            tools={tools}
          />
          <CorrectionsPanel tools={tools} onSelect={select} />
          <TopActors graph={graph} onFocus={focusNode} fileName={baseName} />
          <PathFinder graph={graph} onPath={setPathShown} onEvidence={showEvidence} />
          <ArticlePanel
            articles={articles}
            current={currentArticle}
            onCurrent={setCurrentArticle}
            highlight={highlight}
            selectedNode={selectedNode}
            onMention={focusNode}
            labelOf={(k) => labelOf(graph, resolve(ws.corrected.merged, k))}
          />
        </aside>
      </main>
      {importing && (
        <ImportDialog
          initialFile={importing.file}
          canMerge={articles.length > 0}
          loaded={articles.filter((a) => a.article.id !== DEFAULT_ID).length}
          onSubmit={load}
          onClose={() => setImporting(null)}
        />
      )}
    </div>
  );
}
