/**
 * Paste an article or choose/drop a .txt/.html file, with an optional date; replace or merge.
 * While it is read, Cancel stops the reading and closes the dialog; nothing is loaded.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { AddMode } from '../workspace/useWorkspace';
import { looksLikeHtml, readArticleFile } from '../lib/articleFile';
import { defaultTitle } from '../lib/articleTitle';
import { useFocusTrap } from '../hooks/useFocusTrap';

/** What the dialog hands over for extraction. */
export interface ImportRequest {
  input: string;
  /** `graph`: a graph file (the CLI's JSON output), opened without the loader. */
  format: 'text' | 'html' | 'graph';
  date?: string;
  source?: string;
  /** The title the user gave, or for pasted text its default title. */
  title?: string;
  mode: AddMode;
}

/** Pastes of this many characters or more are kept out of the text box. */
const BIG_PASTE = 100_000;

const sizeLabel = (s: string): string =>
  `${(s.length / 1_000_000).toFixed(1)} million characters (${s.split('\n').length.toLocaleString('en')} lines)`;

export interface ImportDialogProps {
  /** A file dropped on the page before the dialog opened. */
  initialFile?: File | null;
  /** Whether merging makes sense (an article is already loaded). */
  canMerge: boolean;
  /** How many of the user's articles "Replace" would remove (it asks first when there are any). */
  loaded?: number;
  /** Loads the request; `signal` aborts when the user cancels while it runs. */
  onSubmit: (req: ImportRequest, signal: AbortSignal) => Promise<void>;
  onClose: () => void;
}

export function ImportDialog({ initialFile, canMerge, loaded = 0, onSubmit, onClose }: ImportDialogProps) {
  const id = useId();
  const [typed, setText] = useState('');
  /** A paste too large to keep in the text box (laying out a megabyte there freezes the tab). */
  const [big, setBig] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(initialFile ?? null);
  const [date, setDate] = useState('');
  const [title, setTitle] = useState('');
  /** Replace was asked for while articles are loaded: the dialog asks before discarding them. */
  const [confirming, setConfirming] = useState(false);
  const [mode, setMode] = useState<AddMode>('replace');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const abortRef = useRef<AbortController | null>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  useFocusTrap(dialogRef);

  /** Closes the dialog; while reading, stops the reading first. */
  const cancel = () => {
    abortRef.current?.abort();
    onClose();
  };

  // Escape cancels even when focus left the dialog (its buttons are disabled while reading).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      abortRef.current?.abort();
      onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  // Focus moves into the dialog, and back to where it was when the dialog closes.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    textRef.current?.focus();
    return () => opener?.focus();
  }, []);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    if (mode === 'replace' && loaded > 0 && !confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    try {
      let req: ImportRequest;
      if (file) {
        const read = await readArticleFile(file);
        req = { ...read, source: file.name, mode };
      } else {
        const text = big ?? typed;
        if (!text.trim()) {
          setError('Paste the text of an article, or choose a .txt or .html file.');
          return;
        }
        req = { input: text, format: looksLikeHtml(text) ? 'html' : 'text', mode };
        if (req.format === 'text') req.title = defaultTitle(text);
      }
      if (title.trim()) req.title = title.trim();
      if (date) req.date = date;
      setBusy(true);
      const abort = new AbortController();
      abortRef.current = abort;
      await onSubmit(req, abort.signal);
    } catch (err) {
      if (abortRef.current?.signal.aborted) return;
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    } finally {
      abortRef.current = null;
    }
  };

  const onDrop = (e: React.DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const f = e.dataTransfer.files[0];
    if (f) setFile(f);
  };

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && !busy && cancel()}>
      <div ref={dialogRef} className="modal" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`}>
        <form onSubmit={(e) => void submit(e)}>
          <h2 id={`${id}-title`} className="modal-title">
            Load an article
          </h2>
          <label className="field">
            <span>Article text</span>
            <textarea
              ref={textRef}
              rows={9}
              value={big === null ? typed : ''}
              readOnly={busy || big !== null}
              disabled={file !== null}
              placeholder={
                big === null
                  ? 'Paste the text of a news article…'
                  : `${sizeLabel(big)} pasted: ready to load.`
              }
              onPaste={(e) => {
                const pasted = e.clipboardData.getData('text');
                if (pasted.length < BIG_PASTE) return;
                e.preventDefault();
                setBig(pasted);
              }}
              onChange={(e) =>
                e.target.value.length < BIG_PASTE ? setText(e.target.value) : setBig(e.target.value)
              }
            />
          </label>
          {big !== null && (
            <p className="pasted-summary">
              {sizeLabel(big)} pasted, shown here in full once loaded.{' '}
              <button type="button" className="btn small" onClick={() => setBig(null)} disabled={busy}>
                Clear
              </button>
            </p>
          )}
          <div
            className={`dropzone${dragging ? ' dragging' : ''}`}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            {file ? (
              <>
                <span className="file-name">{file.name}</span>
                <button type="button" className="btn small" onClick={() => setFile(null)} disabled={busy}>
                  Remove file
                </button>
              </>
            ) : (
              <>
                <span>or drop a .txt / .html article or a .json graph file here, or</span>
                <button type="button" className="btn small" onClick={() => fileRef.current?.click()}>
                  Choose file…
                </button>
              </>
            )}
            <input
              ref={fileRef}
              type="file"
              accept=".txt,.text,.html,.htm,.json,text/plain,text/html,application/json"
              aria-label="Article file"
              className="visually-hidden"
              tabIndex={-1}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </div>
          <label className="field">
            <span>Title</span>
            <input
              type="text"
              value={title}
              disabled={busy}
              placeholder={
                file || looksLikeHtml(big ?? typed) ? 'The page’s own title' : defaultTitle(big ?? typed)
              }
              onChange={(e) => setTitle(e.target.value)}
            />
          </label>
          <div className="field-row">
            <label className="field">
              <span>Publication date (optional)</span>
              <input type="date" value={date} onChange={(e) => setDate(e.target.value)} disabled={busy} />
            </label>
            <fieldset className="field mode" disabled={busy}>
              <legend>Loaded articles</legend>
              <label>
                <input
                  type="radio"
                  name={`${id}-mode`}
                  checked={mode === 'replace'}
                  onChange={() => {
                    setMode('replace');
                    setConfirming(false);
                  }}
                />
                Replace
              </label>
              <label>
                <input
                  type="radio"
                  name={`${id}-mode`}
                  checked={mode === 'merge'}
                  disabled={!canMerge}
                  onChange={() => {
                    setMode('merge');
                    setConfirming(false);
                  }}
                />
                Merge into graph
              </label>
            </fieldset>
          </div>
          {confirming && (
            <p className="form-confirm" role="alert">
              Replace removes {loaded === 1 ? 'the article' : `the ${loaded} articles`} you loaded from the
              workspace. Press “Replace them” to go on, or choose “Merge into graph”.
            </p>
          )}
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="modal-actions">
            <button type="button" className="btn" onClick={cancel}>
              Cancel
            </button>
            <button type="submit" className="btn primary" disabled={busy}>
              {busy ? 'Reading…' : confirming ? 'Replace them' : 'Load article'}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
