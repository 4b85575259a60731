/**
 * Closes an open popover the ways a user expects: Escape pressed anywhere, a click outside it,
 * or focus moving out of it (so a popover left open never covers other controls).
 */
import { useEffect } from 'react';
import type { RefObject } from 'react';

export function usePopoverDismiss(
  root: RefObject<HTMLElement | null>,
  open: boolean,
  close: () => void,
): void {
  useEffect(() => {
    if (!open) return;
    const outside = (t: EventTarget | null) =>
      !!root.current && t instanceof Node && !root.current.contains(t);
    const onDown = (e: MouseEvent) => {
      if (outside(e.target)) close();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    const onFocusIn = (e: FocusEvent) => {
      if (outside(e.target)) close();
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [root, open, close]);
}
