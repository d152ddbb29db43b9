// The Cytoscape stylesheet: styles read data() (label, caption, size) and classes (selection,
// neighbourhood, path, faded, flash); highlighting adds classes and never edits data.
import type cytoscape from 'cytoscape';
import { LABEL_STYLES } from '../../../lib/model-style.ts';

export const CANVAS_BG = '#f6f8fb';
export const FONT_STACK = '"Noto Sans", "Noto Sans CJK TC", "Noto Sans TC", system-ui, sans-serif';
const ACCENT = '#f59e0b';
const INK = '#111827';

/** `textScale` enlarges captions (presentation on a projector); 1 is the explorer's size. */
export function buildStylesheet(opts: { textScale?: number } = {}): cytoscape.StylesheetJson {
  const k = opts.textScale ?? 1;
  const perLabel = Object.entries(LABEL_STYLES).map(([label, s]) => ({
    selector: `node[label = "${label}"]`,
    style: { 'background-color': s.color, 'border-color': s.dark, shape: s.shape },
  }));
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': '#8a94a3',
        'border-width': 1.5,
        'border-color': '#5d6673',
        label: 'data(caption)',
        'font-family': FONT_STACK,
        'font-size': `mapData(size, 22, 86, ${11 * k}, ${24 * k})`,
        'font-weight': 600,
        color: '#1c2433',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': `${Math.round(112 * Math.sqrt(k))}px`,
        'text-outline-color': CANVAS_BG,
        'text-outline-width': 2.5,
        'text-outline-opacity': 0.95,
        // Small nodes lose their captions first when zooming out; hubs keep theirs longer.
        'min-zoomed-font-size': 8,
        'text-events': 'no',
        'transition-property': 'opacity, border-width, underlay-opacity',
        'transition-duration': 150,
        'underlay-color': ACCENT,
        'underlay-opacity': 0,
        'underlay-padding': 8,
        'underlay-shape': 'ellipse',
      },
    },
    ...perLabel,
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
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.75,
        'curve-style': 'bezier',
        label: 'data(caption)',
        'font-family': FONT_STACK,
        'font-size': Math.round(9 * Math.sqrt(k) * 10) / 10,
        color: '#5b6675',
        'text-rotation': 'autorotate',
        'text-background-color': CANVAS_BG,
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
        // Type captions only when zoomed in, or on emphasised edges (below), to keep the overview clean.
        'min-zoomed-font-size': 12,
        'text-events': 'no',
        'transition-property': 'opacity, line-color, width',
        'transition-duration': 150,
      },
    },
    { selector: 'node.hovered', style: { 'underlay-opacity': 0.18, 'underlay-color': '#3b82f6' } },
    { selector: 'edge.hovered', style: { width: 2.6, 'line-color': '#64748b', 'target-arrow-color': '#64748b', 'min-zoomed-font-size': 4 } },
    // Timeline playback (classes set from a mask): not yet happened, just happened, ended.
    { selector: '.tl-hidden', style: { display: 'none' } },
    { selector: 'node.tl-fresh', style: { 'underlay-color': ACCENT, 'underlay-opacity': 0.5, 'underlay-padding': 12, 'border-width': 3, 'border-color': '#b45309', 'min-zoomed-font-size': 4 } },
    { selector: 'edge.tl-fresh', style: { width: 3.2, 'line-color': ACCENT, 'target-arrow-color': ACCENT } },
    { selector: '.tl-ended', style: { opacity: 0.35 } },
    { selector: '.faded', style: { opacity: 0.14, 'text-opacity': 0 } },
    { selector: 'node.nbr', style: { 'border-width': 2.5, 'z-index': 5, 'min-zoomed-font-size': 5 } },
    { selector: 'edge.nbr', style: { width: 2.2, 'line-color': '#7c8a9c', 'target-arrow-color': '#7c8a9c', 'z-index': 5, color: '#2b3544', 'min-zoomed-font-size': 7 } },
    {
      selector: 'node.in-path',
      style: { 'border-width': 3, 'border-color': '#b45309', 'underlay-opacity': 0.32, 'underlay-padding': 9, 'z-index': 8, 'min-zoomed-font-size': 4 },
    },
    {
      selector: 'edge.in-path',
      style: { width: 4, 'line-color': ACCENT, 'target-arrow-color': ACCENT, color: '#7c3f00', 'font-weight': 700, 'z-index': 8, 'min-zoomed-font-size': 4 },
    },
    { selector: 'node.path-focus', style: { 'underlay-opacity': 0.55, 'underlay-padding': 12 } },
    { selector: 'edge.path-focus', style: { width: 6 } },
    {
      selector: 'node.is-selected',
      style: { 'border-width': 4, 'border-color': INK, 'underlay-color': '#2563eb', 'underlay-opacity': 0.25, 'underlay-padding': 10, 'z-index': 20, 'font-weight': 700, 'min-zoomed-font-size': 3 },
    },
    { selector: 'edge.is-selected', style: { width: 4, 'line-color': INK, 'target-arrow-color': INK, color: INK, 'z-index': 20, 'min-zoomed-font-size': 4 } },
    { selector: 'node.flash', style: { 'underlay-color': ACCENT, 'underlay-opacity': 0.6, 'underlay-padding': 16 } },
    { selector: 'node.kbd-focus', style: { 'underlay-color': '#2563eb', 'underlay-opacity': 0.4, 'underlay-padding': 12 } },
  ] as cytoscape.StylesheetJson;
}
