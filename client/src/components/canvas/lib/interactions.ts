// What the pointer does on the canvas: tap selects (a node, an edge, or clears on the
// background), double tap expands, hovering a node shows its card and lights it up.
import type cytoscape from 'cytoscape';
import { labelName } from '../../../i18n/model.ts';
import type { Lang } from '../../../lib/view-state.ts';

export interface HoverCard {
  x: number;
  y: number;
  title: string;
  sub: string;
}

export interface InteractionHandlers {
  lang: Lang;
  onSelectNode(id: string): void;
  onSelectEdge(id: string): void;
  onClear(): void;
  onExpand(id: string): void;
}

/** The card over a hovered node: its name in the reading language, its label and its other name. */
export function hoverCard(n: cytoscape.NodeSingular, lang: Lang): HoverCard {
  const p = n.renderedPosition();
  const zh = n.data('nameZh') as string | null;
  const title = lang === 'zh' && zh ? zh : (n.data('name') as string);
  const other = lang === 'zh' ? (zh ? (n.data('name') as string) : '') : (zh ?? '');
  return {
    x: p.x,
    y: p.y - n.renderedOuterHeight() / 2,
    title,
    sub: [labelName(lang, n.data('label') as string), other].filter(Boolean).join(' · '),
  };
}

/** Binds the pointer events of `cy`; `latest()` gives the current handlers at each event. */
export function bindInteractions(
  cy: cytoscape.Core,
  latest: () => InteractionHandlers,
  setHover: (card: HoverCard | undefined) => void,
): void {
  cy.on('tap', 'node', (e) => latest().onSelectNode(e.target.id()));
  cy.on('tap', 'edge', (e) => latest().onSelectEdge(e.target.id()));
  cy.on('tap', (e) => {
    if (e.target === cy) latest().onClear();
  });
  cy.on('dbltap', 'node', (e) => latest().onExpand(e.target.id()));
  cy.on('mouseover', 'node', (e) => {
    const n = e.target as cytoscape.NodeSingular;
    n.addClass('hovered');
    setHover(hoverCard(n, latest().lang));
  });
  cy.on('mouseout', 'node', (e) => {
    e.target.removeClass('hovered');
    setHover(undefined);
  });
  cy.on('mouseover', 'edge', (e) => e.target.addClass('hovered'));
  cy.on('mouseout', 'edge', (e) => e.target.removeClass('hovered'));
  cy.on('viewport', () => setHover(undefined));
}
