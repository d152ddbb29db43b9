// Unit: the scene -> SVG builder (shapes by label, arrows, captions, highlight, escaping).
import { describe, expect, it } from 'vitest';
import type { Scene } from '../scene.ts';
import { sceneToSvg, wrapCaption } from './svg-scene.ts';

const scene: Scene = {
  nodes: [
    { id: 'icac', label: 'Agency', x: 0, y: 0, size: 60, caption: 'ICAC', reference: false, faded: false, highlight: 'path' },
    {
      id: 'wco',
      label: 'Organisation',
      x: 300,
      y: 0,
      size: 40,
      caption: 'World <Customs> Organization',
      reference: false,
      faded: false,
      highlight: 'path',
    },
    { id: 'fiji', label: 'Jurisdiction', x: 0, y: 300, size: 30, caption: 'Fiji', reference: true, faded: true, highlight: null },
  ],
  edges: [
    { id: 'e1', source: 'icac', target: 'wco', caption: 'member of', faded: false, highlight: 'path' },
    { id: 'e2', source: 'fiji', target: 'wco', caption: 'member of', faded: true, highlight: null },
  ],
};

describe('sceneToSvg', () => {
  const svg = sceneToSvg(scene);

  it('draws one shape per node and one line per edge, with arrowheads', () => {
    expect((svg.match(/<path [^>]*transform=/g) ?? []).length).toBe(3);
    expect((svg.match(/<line /g) ?? []).length).toBe(2);
    expect(svg).toContain('marker-end="url(#a-path)"');
  });

  it('escapes captions, labels path edges, and hides captions of faded nodes', () => {
    expect(svg).toContain('World &lt;Customs&gt;');
    expect(svg).toContain('>member of</text>');
    expect(svg).not.toContain('>Fiji<');
    expect(svg).toContain('stroke-dasharray');
  });

  it('sizes the drawing to the graph plus padding', () => {
    const m = /width="(\d+)" height="(\d+)"/.exec(svg)!;
    expect(Number(m[1])).toBeGreaterThan(300);
    expect(Number(m[2])).toBeGreaterThan(300);
  });

  it('wraps captions, CJK by width, at most three lines', () => {
    expect(wrapCaption('MoU between the ICAC and the anti-corruption agency of Indonesia (2024)')).toHaveLength(3);
    expect(wrapCaption('聯合國毒品和犯罪問題辦公室', 10)).toEqual(['聯合國毒品', '和犯罪問題', '辦公室']);
    expect(wrapCaption('ICAC')).toEqual(['ICAC']);
  });
});
