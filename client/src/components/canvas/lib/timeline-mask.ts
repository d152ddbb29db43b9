// The timeline's mask on the canvas: classes for elements not shown yet, just shown and ended.
// Nothing moves; the classes are re-applied whenever elements are (re)added.
import type cytoscape from 'cytoscape';
import type { CanvasMask } from '../../../lib/canvas-handle.ts';

export function applyMask(cy: cytoscape.Core, mask: CanvasMask | null): void {
  cy.batch(() => {
    cy.elements('.tl-hidden, .tl-fresh, .tl-ended').removeClass('tl-hidden tl-fresh tl-ended');
    if (!mask) return;
    for (const [ids, cls] of [
      [mask.hidden, 'tl-hidden'],
      [mask.fresh, 'tl-fresh'],
      [mask.ended, 'tl-ended'],
    ] as const) {
      for (const id of ids) cy.getElementById(id).addClass(cls);
    }
  });
}
