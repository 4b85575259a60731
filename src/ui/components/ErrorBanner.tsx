/** Messages for the user: errors (role=alert) and notes, each dismissible. */
export interface Notice {
  id: number;
  tone: 'error' | 'info';
  text: string;
}

export function ErrorBanner({
  notices,
  onDismiss,
}: {
  notices: readonly Notice[];
  onDismiss: (id: number) => void;
}) {
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <span className="notice-text">{n.text}</span>
          <button
            type="button"
            className="notice-close"
            aria-label="Dismiss message"
            onClick={() => onDismiss(n.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
