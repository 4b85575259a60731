/** Export popover: PNG/SVG pictures of the graph and data files for other tools. */
import { useCallback, useId, useRef, useState } from 'react';
import type { DataFormat } from '../export/formats';
import { DATA_FORMATS } from '../export/formats';
import type { DataScope } from '../export/scope';
import { usePopoverDismiss } from '../hooks/usePopoverDismiss';

export interface PictureOptions {
  full: boolean;
  scale: number;
  background: 'white' | 'transparent';
  /** Draw the caption (title, sources, dates, filters, credit) below the picture. */
  caption: boolean;
}

export interface ExportMenuProps {
  disabled?: boolean;
  onPng: (options: PictureOptions) => Promise<void> | void;
  onSvg: (options: PictureOptions) => void;
  onData: (format: DataFormat, scope: DataScope) => Promise<void> | void;
}

export function ExportMenu({ disabled, onPng, onSvg, onData }: ExportMenuProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [full, setFull] = useState(true);
  const [scale, setScale] = useState(2);
  const [background, setBackground] = useState<'white' | 'transparent'>('white');
  const [caption, setCaption] = useState(true);
  const [scope, setScope] = useState<DataScope>('view');
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const opts: PictureOptions = { full, scale, background, caption };

  const close = useCallback(() => setOpen(false), []);
  usePopoverDismiss(root, open, close);

  const png = async () => {
    setBusy(true);
    try {
      await onPng(opts);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export" ref={root}>
      <button
        type="button"
        className="btn"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        disabled={disabled}
        onClick={() => setOpen((o) => !o)}
      >
        Export <span aria-hidden="true">▾</span>
      </button>
      <div id={`${id}-panel`} className="popover" role="group" aria-label="Export" hidden={!open}>
        <h3 className="popover-title">Picture</h3>
        <div className="seg" role="radiogroup" aria-label="Area">
          <label>
            <input type="radio" name={`${id}-area`} checked={full} onChange={() => setFull(true)} />
            Whole graph
          </label>
          <label>
            <input type="radio" name={`${id}-area`} checked={!full} onChange={() => setFull(false)} />
            Current view
          </label>
        </div>
        <div className="popover-row">
          <label className="select">
            <span>Scale</span>
            <select value={scale} onChange={(e) => setScale(Number(e.target.value))}>
              {[1, 2, 3, 4].map((s) => (
                <option key={s} value={s}>
                  {s}×
                </option>
              ))}
            </select>
          </label>
          <label className="select">
            <span>Background</span>
            <select
              value={background}
              onChange={(e) => setBackground(e.target.value as 'white' | 'transparent')}
            >
              <option value="white">White</option>
              <option value="transparent">Transparent</option>
            </select>
          </label>
        </div>
        <label className="check">
          <input type="checkbox" checked={caption} onChange={(e) => setCaption(e.target.checked)} />
          Caption (title, sources, dates, filters)
        </label>
        <div className="popover-actions">
          <button type="button" className="btn primary" disabled={busy} onClick={() => void png()}>
            {busy ? 'Rendering…' : 'Download PNG'}
          </button>
          <button type="button" className="btn" onClick={() => onSvg(opts)}>
            Download SVG
          </button>
        </div>
        <h3 className="popover-title">Data</h3>
        <div className="seg" role="radiogroup" aria-label="Data scope">
          <label>
            <input
              type="radio"
              name={`${id}-scope`}
              checked={scope === 'view'}
              onChange={() => setScope('view')}
            />
            Only what is shown
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-scope`}
              checked={scope === 'whole'}
              onChange={() => setScope('whole')}
            />
            All actors and ties
          </label>
        </div>
        <div className="popover-actions">
          {DATA_FORMATS.map((f) => (
            <button
              key={f.id}
              type="button"
              className="btn"
              onClick={() => void onData(f.id, scope)}
              title={f.description}
            >
              {f.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
