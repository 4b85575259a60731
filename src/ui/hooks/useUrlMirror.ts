/** Mirrors a piece of state into the URL query string (history.replaceState), keeping the rest. */
import { useEffect } from 'react';

/** Writes `serialize(value, current query)` into the URL whenever `value` changes. */
export function useUrlMirror<T>(value: T, serialize: (value: T, base: string) => string): void {
  useEffect(() => {
    const search = serialize(value, window.location.search);
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
    // `serialize` is a module function; the value alone decides.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
}
