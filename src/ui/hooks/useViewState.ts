/** View state (filters, layout, selection) mirrored into the URL with history.replaceState. */
import { useEffect, useState } from 'react';
import type { ViewState } from '../lib/urlState';
import { parseView, serializeView } from '../lib/urlState';

export function useViewState(): [ViewState, React.Dispatch<React.SetStateAction<ViewState>>] {
  const [view, setView] = useState<ViewState>(() => parseView(window.location.search));
  useEffect(() => {
    const search = serializeView(view, window.location.search);
    if (search !== window.location.search) {
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      window.history.replaceState(window.history.state, '', url);
    }
  }, [view]);
  return [view, setView];
}
