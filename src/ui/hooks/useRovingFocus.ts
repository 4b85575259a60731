/**
 * Roving focus over the items of a container (matched by `selector`): the container is one
 * Tab stop, the last focused item (else the first) holds tabindex 0, every other item -1, and
 * arrow keys, Home and End move between items. Tabindex is set on the DOM, not in React state,
 * so moving focus re-renders nothing.
 */
import { useCallback, useEffect } from 'react';
import type { RefObject } from 'react';

const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREV = new Set(['ArrowLeft', 'ArrowUp']);

/** Gives tabindex 0 to `current` (or the first item) and -1 to every other item. */
function settle(root: HTMLElement, selector: string, current: Element | null): void {
  const items = root.querySelectorAll<HTMLElement>(selector);
  const keep = current && root.contains(current) ? current : items[0];
  for (const el of items) el.tabIndex = el === keep ? 0 : -1;
}

export function useRovingFocus(
  ref: RefObject<HTMLElement | null>,
  selector: string,
): { onKeyDown: (e: React.KeyboardEvent) => void; onFocus: (e: React.FocusEvent) => void } {
  // After every render, new items start out of the Tab order except the one holding focus.
  useEffect(() => {
    const root = ref.current;
    if (root) settle(root, selector, root.querySelector(`${selector}[tabindex="0"]`));
  });
  const onFocus = useCallback(
    (e: React.FocusEvent) => {
      const root = ref.current;
      if (root && e.target instanceof HTMLElement && e.target.matches(selector))
        settle(root, selector, e.target);
    },
    [ref, selector],
  );
  const onKeyDown = useCallback(
    (e: React.KeyboardEvent) => {
      const root = ref.current;
      if (!root || !(e.target instanceof HTMLElement) || !e.target.matches(selector)) return;
      const items = [...root.querySelectorAll<HTMLElement>(selector)];
      const i = items.indexOf(e.target);
      let next: HTMLElement | undefined;
      if (NEXT.has(e.key)) next = items[i + 1];
      else if (PREV.has(e.key)) next = items[i - 1];
      else if (e.key === 'Home') next = items[0];
      else if (e.key === 'End') next = items[items.length - 1];
      else return;
      e.preventDefault();
      next?.focus();
    },
    [ref, selector],
  );
  return { onKeyDown, onFocus };
}
