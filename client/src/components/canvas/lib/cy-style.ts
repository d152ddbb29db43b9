// The Cytoscape stylesheet: styles read data() (label, caption, size) and classes (selection,
// neighbourhood, path, faded, flash); highlighting adds classes and never edits data.
import type cytoscape from 'cytoscape';
import { LABEL_STYLES } from '../../../lib/model-style.ts';

export const CANVAS_BG = '#f6f8fb';
export const FONT_STACK = '"Noto Sans", "Noto Sans CJK TC", "Noto Sans TC", system-ui, sans-serif';
const ACCENT = '#f59e0b';
const INK = '#111827';

/**
 * `textScale` enlarges captions (presentation on a projector); 1 is the explorer's size.
 * `large` is the level of detail for big views (thousands of elements; measured by `npm run
 * bench`): captions without outline, wrapping or bold, no transitions, relationship captions only
 * on emphasised edges. Zoomed out it looks the same; the first frame and every redraw cost less.
 */
export function buildStylesheet(opts: { textScale?: number; large?: boolean } = {}): cytoscape.StylesheetJson {
  const k = opts.textScale ?? 1;
  const large = !!opts.large;
  const perLabel = Object.entries(LABEL_STYLES).map(([label, s]) => ({
    selector: `node[label = "${label}"]`,
    style: { 'background-color': s.color, 'border-color': s.dark, shape: s.shape },
  }));
  // Captions: a normal view draws the caption the placement chose (`lbl`: wrapped, shortened or
  // empty so that none covers another; label-placement.ts) at a size fixed on screen (`fs`, `tm`,
  // `to` in model units, set for the zoom). A big view draws every caption at a size that scales
  // with the zoom, hidden when too small to read (Cytoscape's min-zoomed-font-size).
  const nodeText = large
    ? {
        label: 'data(caption)',
        'font-size': `mapData(size, 22, 86, ${11 * k}, ${24 * k})`,
        'text-margin-y': 5,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'min-zoomed-font-size': 8,
      }
    : {
        label: 'data(lbl)',
        'font-size': 'data(fs)',
        'text-margin-y': 'data(tm)',
        'text-margin-x': 'data(tmx)',
        'text-valign': 'data(tv)',
        'text-halign': 'data(th)',
        'font-weight': 600,
        'text-wrap': 'wrap',
        'text-max-width': '100000px',
        'text-outline-color': CANVAS_BG,
        'text-outline-width': 'data(to)',
        'text-outline-opacity': 0.95,
        'transition-property': 'opacity, border-width, underlay-opacity',
        'transition-duration': 150,
      };
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': '#8a94a3',
        'border-width': 1.5,
        'border-color': '#5d6673',
        'font-family': FONT_STACK,
        color: '#334155',
        'underlay-color': ACCENT,
        'underlay-shape': 'ellipse',
        ...nodeText,
      },
    },
    ...perLabel,
    // The view's key entities stand out; entities with no relationship in view step back.
    { selector: 'node.key', style: { 'font-weight': 700, color: INK, 'border-width': 2.5, 'z-index': 4 } },
    { selector: 'node.isolated', style: { opacity: 0.6 } },
    {
      selector: 'node.ref',
      style: { 'background-opacity': 0.72, 'border-style': 'dashed', 'border-width': 2, 'font-weight': 500 },
    },
    {
      selector: 'edge',
      style: {
        width: 1.3,
        'line-color': '#b3bdc9',
        'target-arrow-color': '#b3bdc9',
        'arrow-scale': 0.75,
        // A big view draws straight "haystack" lines with the direction as a mid-line arrow: no
        // curve or parallel-edge geometry to compute for thousands of edges.
        ...(large
          ? { 'curve-style': 'haystack', 'haystack-radius': 0, 'mid-target-arrow-shape': 'triangle', 'mid-target-arrow-color': '#b3bdc9' }
          : {
              'curve-style': 'bezier',
              'target-arrow-shape': 'triangle',
              'transition-property': 'opacity, line-color, width',
              'transition-duration': 150,
            }),
      },
    },
    // In a big view, an emphasised edge is drawn in full again.
    ...(large
      ? [
          {
            selector: 'edge.hovered, edge.tl-fresh, edge.nbr, edge.in-path, edge.is-selected',
            style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'mid-target-arrow-shape': 'none' },
          },
        ]
      : []),
    {
      // Relationship captions on emphasised edges only (the hovered one, the selection's, the path's):
      // on every edge they would bury the entities' names.
      selector: 'edge.hovered, edge.tl-fresh, edge.nbr, edge.in-path, edge.is-selected',
      style: {
        label: 'data(caption)',
        'font-family': FONT_STACK,
        'font-size': Math.round(9 * Math.sqrt(k) * 10) / 10,
        color: '#5b6675',
        'text-rotation': 'autorotate',
        'text-background-color': CANVAS_BG,
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 12,
      },
    },
    { selector: 'node.hovered', style: { 'underlay-opacity': 0.18, 'underlay-color': '#3b82f6', 'underlay-padding': 8 } },
    {
      selector: 'edge.hovered',
      style: { width: 2.6, 'line-color': '#64748b', 'target-arrow-color': '#64748b', 'min-zoomed-font-size': 4 },
    },
    // Timeline playback (classes set from a mask): not yet happened, just happened, ended.
    { selector: '.tl-hidden', style: { display: 'none' } },
    {
      selector: 'node.tl-fresh',
      style: {
        'underlay-color': ACCENT,
        'underlay-opacity': 0.5,
        'underlay-padding': 12,
        'border-width': 3,
        'border-color': '#b45309',
        'min-zoomed-font-size': 4,
      },
    },
    { selector: 'edge.tl-fresh', style: { width: 3.2, 'line-color': ACCENT, 'target-arrow-color': ACCENT } },
    { selector: '.tl-ended', style: { opacity: 0.35 } },
    { selector: '.faded', style: { opacity: 0.14, 'text-opacity': 0 } },
    { selector: 'node.nbr', style: { 'border-width': 2.5, 'z-index': 5, 'min-zoomed-font-size': 5 } },
    {
      selector: 'edge.nbr',
      style: {
        width: 2.2,
        'line-color': '#7c8a9c',
        'target-arrow-color': '#7c8a9c',
        'z-index': 5,
        color: '#2b3544',
        'min-zoomed-font-size': 7,
      },
    },
    {
      selector: 'node.in-path',
      style: {
        'border-width': 3,
        'border-color': '#b45309',
        'underlay-opacity': 0.32,
        'underlay-padding': 9,
        'z-index': 8,
        'min-zoomed-font-size': 4,
      },
    },
    {
      selector: 'edge.in-path',
      style: {
        width: 4,
        'line-color': ACCENT,
        'target-arrow-color': ACCENT,
        color: '#7c3f00',
        'font-weight': 700,
        'z-index': 8,
        'min-zoomed-font-size': 4,
      },
    },
    { selector: 'node.path-focus', style: { 'underlay-opacity': 0.55, 'underlay-padding': 12 } },
    { selector: 'edge.path-focus', style: { width: 6 } },
    {
      selector: 'node.is-selected',
      style: {
        'border-width': 4,
        'border-color': INK,
        'underlay-color': '#2563eb',
        'underlay-opacity': 0.25,
        'underlay-padding': 10,
        'z-index': 20,
        'font-weight': 700,
        'min-zoomed-font-size': 3,
      },
    },
    {
      selector: 'edge.is-selected',
      style: { width: 4, 'line-color': INK, 'target-arrow-color': INK, color: INK, 'z-index': 20, 'min-zoomed-font-size': 4 },
    },
    { selector: 'node.flash', style: { 'underlay-color': ACCENT, 'underlay-opacity': 0.6, 'underlay-padding': 16 } },
    { selector: 'node.kbd-focus', style: { 'underlay-color': '#2563eb', 'underlay-opacity': 0.4, 'underlay-padding': 12 } },
  ] as cytoscape.StylesheetJson;
}
