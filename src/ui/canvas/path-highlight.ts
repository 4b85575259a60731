/** Highlighting a path (or any set of actors and ties): them in focus, the rest faded. */
import type { Core } from 'cytoscape';
import { FADED_CLASS, FOCUS_CLASS } from './style';

/** Focuses the actors `nodes` and ties `edges` that are drawn, and fades every other element. */
export function highlightElements(cy: Core, nodes: readonly string[], edges: readonly string[]): void {
  cy.batch(() => {
    cy.elements().removeClass(`${FADED_CLASS} ${FOCUS_CLASS}`);
    let focus = cy.collection();
    for (const id of [...nodes, ...edges]) focus = focus.union(cy.getElementById(id));
    cy.elements().not(focus).addClass(FADED_CLASS);
    focus.addClass(FOCUS_CLASS);
  });
}
