/**
 * Re-fits the graph when its container changes size (the workspace strip opening or closing,
 * a panel or the window resizing), so the picture is never cut off.
 */
import { useEffect } from 'react';
import type { RefObject } from 'react';
import type { CanvasHandle } from '../canvas/types';

/** Padding around the fitted graph (px), as the layouts use. */
const FIT_PADDING = 30;

export function useRefitOnResize(
  container: RefObject<HTMLElement | null>,
  handle: CanvasHandle | null,
): void {
  useEffect(() => {
    const el = container.current;
    if (!el || !handle || typeof ResizeObserver === 'undefined') return;
    let last = { w: el.clientWidth, h: el.clientHeight };
    const ro = new ResizeObserver(() => {
      const now = { w: el.clientWidth, h: el.clientHeight };
      if ((now.w === last.w && now.h === last.h) || now.w === 0 || now.h === 0) return;
      last = now;
      handle.cy.resize();
      handle.cy.fit(handle.cy.elements(':visible'), FIT_PADDING);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [container, handle]);
}
