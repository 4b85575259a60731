/** Import and export of the whole workspace as one JSON file. */
import { useId } from 'react';

export interface WorkspaceFileControlsProps {
  /** Called with the chosen file's text; the workspace validates it. */
  onImport: (text: string) => void;
  onExport: () => void;
  canExport: boolean;
  /** Forgets every article and correction (after the user confirms). */
  onClear?: () => void;
}

/** "Import workspace…" (file chooser) and "Export workspace" buttons. */
export function WorkspaceFileControls({
  onImport,
  onExport,
  canExport,
  onClear,
}: WorkspaceFileControlsProps) {
  const id = useId();
  return (
    <div className="ws-file-controls">
      <label className="btn small ws-file-button" htmlFor={`${id}-import`}>
        Import workspace…
      </label>
      <input
        id={`${id}-import`}
        className="visually-hidden"
        type="file"
        accept=".json,application/json"
        aria-label="Import workspace file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void file.text().then(onImport);
        }}
      />
      <button type="button" className="btn small" disabled={!canExport} onClick={onExport}>
        Export workspace
      </button>
      {onClear && (
        <button
          type="button"
          className="btn small"
          onClick={() => {
            if (
              window.confirm(
                'Forget every article and correction of this workspace? Export it first to keep a copy.',
              )
            )
              onClear();
          }}
        >
          Clear workspace
        </button>
      )}
    </div>
  );
}
