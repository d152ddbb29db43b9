// How each label looks, shared by the canvas styles, the legend and exports. Colours are
// distinguishable for the common colour-vision deficiencies and every label also has its own
// shape, so nothing depends on colour alone. Every drawable label of the model
// (server/shared/vocabulary.ts) must have one: the type below says so.
import type { DrawableLabel } from '../../../server/shared/vocabulary.ts';

export interface LabelStyle {
  color: string;
  /** Border / darker tone for text on light backgrounds. */
  dark: string;
  shape: 'ellipse' | 'round-rectangle' | 'hexagon' | 'diamond' | 'round-tag' | 'round-pentagon' | 'barrel' | 'round-octagon' | 'rectangle';
}

export const LABEL_STYLES: Record<DrawableLabel, LabelStyle> = {
  Agency: { color: '#2f6fdb', dark: '#1d4fa8', shape: 'ellipse' },
  Organisation: { color: '#7b4fd6', dark: '#5a35a8', shape: 'hexagon' },
  Jurisdiction: { color: '#1e9e6a', dark: '#13754d', shape: 'round-rectangle' },
  Event: { color: '#e08a1e', dark: '#a8620d', shape: 'diamond' },
  Agreement: { color: '#d6457f', dark: '#a42e5e', shape: 'round-tag' },
  Person: { color: '#0f9bb0', dark: '#0a7182', shape: 'round-pentagon' },
  MembershipCount: { color: '#7d8896', dark: '#56606d', shape: 'barrel' },
  Statistic: { color: '#a38b2d', dark: '#7a6720', shape: 'round-octagon' },
};

export const FALLBACK_STYLE: LabelStyle = { color: '#8a94a3', dark: '#5d6673', shape: 'ellipse' };

export function labelStyle(label: string): LabelStyle {
  return (LABEL_STYLES as Record<string, LabelStyle>)[label] ?? FALLBACK_STYLE;
}

/** An SVG path for a label's shape in a 20x20 box (legend glyphs, SVG export). */
export function shapePath(shape: LabelStyle['shape']): string {
  switch (shape) {
    case 'ellipse':
      return 'M10 1.5a8.5 8.5 0 1 1 0 17a8.5 8.5 0 1 1 0-17z';
    case 'round-rectangle':
      return 'M5 2h10a3 3 0 0 1 3 3v10a3 3 0 0 1-3 3H5a3 3 0 0 1-3-3V5a3 3 0 0 1 3-3z';
    case 'rectangle':
      return 'M2 2h16v16H2z';
    case 'hexagon':
      return 'M5.5 2h9l4.5 8l-4.5 8h-9L1 10z';
    case 'diamond':
      return 'M10 1l9 9l-9 9l-9-9z';
    case 'round-tag':
      return 'M3 3h9l6 7l-6 7H3a1.5 1.5 0 0 1-1.5-1.5v-11A1.5 1.5 0 0 1 3 3z';
    case 'round-pentagon':
      return 'M10 1.5l8.5 6.2l-3.2 10H4.7l-3.2-10z';
    case 'barrel':
      return 'M4 2h12q3 8 0 16H4q-3-8 0-16z';
    case 'round-octagon':
      return 'M6.5 1.5h7l5 5v7l-5 5h-7l-5-5v-7z';
  }
}
