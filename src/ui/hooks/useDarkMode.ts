/** True while the system prefers a dark color scheme. */
import { useSyncExternalStore } from 'react';

const query = '(prefers-color-scheme: dark)';

function subscribe(cb: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const mq = window.matchMedia(query);
  mq.addEventListener('change', cb);
  return () => mq.removeEventListener('change', cb);
}

const snapshot = (): boolean => typeof window.matchMedia === 'function' && window.matchMedia(query).matches;

export function useDarkMode(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
