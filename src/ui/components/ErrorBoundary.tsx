/** Catches render errors so the user sees a message and a way out, never a blank page. */
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Entente crashed while drawing the page', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="crash" role="alert">
        <h1>Something went wrong while drawing the page</h1>
        <p className="crash-message">{error.message}</p>
        <p>
          Your articles were not changed. Reload the page to start again; if a link brought you here, try it
          without its filters.
        </p>
        <div className="crash-actions">
          <button type="button" className="btn primary" onClick={() => window.location.reload()}>
            Reload
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => {
              window.location.search = '';
            }}
          >
            Reload without filters
          </button>
        </div>
      </div>
    );
  }
}
