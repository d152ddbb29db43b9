// Unit: DTO -> Cytoscape elements, and the element diff the canvas applies in cy.batch().
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../../../../server/shared/contracts.ts';
import { diffElements, nodeCaption, toElements, type ElementDef } from './elements.ts';

const n = (id: string, props: Record<string, unknown> = {}): GraphNode => ({
  id,
  label: 'Agency',
  labels: ['Agency'],
  name: `Name ${id}`,
  properties: { id, sources: ['doc'], ...props },
});
const e = (id: string, source: string, target: string, type = 'SIGNED'): GraphEdge => ({ id, type, source, target, properties: {} });

describe('toElements', () => {
  it('captions use the acronym in English and the Chinese name in Chinese', () => {
    const icac = n('icac', { acronym: 'ICAC', nameZh: '廉政公署' });
    expect(nodeCaption(icac, 'en')).toBe('ICAC');
    expect(nodeCaption(icac, 'zh')).toBe('廉政公署');
    expect(nodeCaption(n('x'), 'zh')).toBe('Name x');
  });

  it('computes degree and size, and marks reference-only nodes', () => {
    const els = toElements([n('a'), n('b'), n('c', { sources: ['ref-wco-members'] })], [e('1', 'a', 'b'), e('2', 'a', 'c')], {
      lang: 'en',
      sizeByDegree: true,
    });
    const a = els.find((x) => x.data.id === 'a')!;
    const b = els.find((x) => x.data.id === 'b')!;
    expect(a.data.degree).toBe(2);
    expect(Number(a.data.size)).toBeGreaterThan(Number(b.data.size));
    expect(els.find((x) => x.data.id === 'c')!.classes?.split(' ')).toContain('ref');
    const flat = toElements([n('a'), n('b')], [e('1', 'a', 'b')], { lang: 'en', sizeByDegree: false });
    expect(flat[0].data.size).toBe(flat[1].data.size);
  });
});

describe('diffElements', () => {
  const base = (): ElementDef[] =>
    toElements([n('a'), n('b'), n('c')], [e('ab', 'a', 'b'), e('bc', 'b', 'c')], { lang: 'en', sizeByDegree: false });

  it('is empty for identical sets', () => {
    expect(diffElements(base(), base())).toEqual({ add: [], remove: [], update: [] });
  });

  it('finds added and removed elements, nodes before edges', () => {
    const next = toElements([n('a'), n('b'), n('d')], [e('ab', 'a', 'b'), e('bd', 'b', 'd')], { lang: 'en', sizeByDegree: false });
    const d = diffElements(base(), next);
    expect(d.add.map((x) => x.data.id)).toEqual(['d', 'bd']);
    expect(d.remove.sort()).toEqual(['bc', 'c']);
  });

  it('updates changed data in place (no remove/add), e.g. a language switch', () => {
    const prev = toElements([n('a', { nameZh: '甲' })], [], { lang: 'en', sizeByDegree: false });
    const next = toElements([n('a', { nameZh: '甲' })], [], { lang: 'zh', sizeByDegree: false });
    const d = diffElements(prev, next);
    expect(d.add).toEqual([]);
    expect(d.remove).toEqual([]);
    expect(d.update).toEqual([{ id: 'a', data: expect.objectContaining({ caption: '甲' }) }]);
  });

  it('re-creates an edge whose ends changed', () => {
    const prev = [...base()];
    const next = base().map((x) => (x.data.id === 'bc' ? { ...x, data: { ...x.data, target: 'a' } } : x));
    const d = diffElements(prev, next);
    expect(d.remove).toEqual(['bc']);
    expect(d.add.map((x) => x.data.id)).toEqual(['bc']);
  });

  it('reports class changes and ignores duplicate ids in the next set', () => {
    const next = [...base(), { ...base()[0], classes: 'ref' }];
    const d = diffElements(
      base(),
      next.map((x, i) => (i === 0 ? { ...x, classes: 'ref' } : x)),
    );
    expect(d.update).toEqual([{ id: 'a', data: base()[0].data, classes: 'ref' }]);
  });
});
