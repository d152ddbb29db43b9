// Unit: the shared time-window rule in JS (what the client applies), against the one table of
// cases that the Cypher predicate also runs (tests/integration/time-window-cypher.test.ts).
import { describe, expect, it } from 'vitest';
import {
  datedFactsOnly,
  edgeInWindow,
  intervalOf,
  nodeInWindow,
  NODE_INTERVAL,
  OPEN_END,
  windowBounds,
} from '../../server/shared/time-window.ts';
import { WINDOW_CASES } from '../support/time-window-cases.ts';

describe('the time-window rule (JS)', () => {
  it.each(WINDOW_CASES)('$what', ({ kind, props, from, to, kept }) => {
    const { lo, hi } = windowBounds(from, to);
    const el = { properties: props };
    expect(kind === 'node' ? nodeInWindow(el, lo, hi) : edgeInWindow(el, lo, hi)).toBe(kept);
  });

  it('founded opens an interval; a date closes it', () => {
    expect(intervalOf({ founded: '2006' }, NODE_INTERVAL)).toEqual({ start: '2006', end: OPEN_END });
    expect(intervalOf({ date: '2024-05' }, NODE_INTERVAL)).toEqual({ start: '2024-05', end: '2024-05' });
    expect(intervalOf({}, NODE_INTERVAL)).toBeNull();
  });

  it('ignores values that are not partial dates', () => {
    expect(intervalOf({ date: 'soon', founded: '2006-02-30' }, NODE_INTERVAL)).toBeNull();
  });
});

describe('dated facts only', () => {
  const node = (id: string, properties: Record<string, unknown> = {}) => ({ id, properties });
  const edge = (source: string, target: string, properties: Record<string, unknown> = {}) => ({ source, target, properties });
  const nodes = [
    node('icac'),
    node('iaaca', { founded: '2006' }),
    node('symposium', { startDate: '2024-05' }),
    node('old-event', { startDate: '2019' }),
    node('mou', { date: '2024-09' }),
    node('maldives-aca'),
    node('lonely'),
  ];
  const edges = [
    edge('icac', 'symposium'), // undated attendance of a 2024 event: a 2024 fact
    edge('icac', 'iaaca'), // undated membership: not a dated fact
    edge('icac', 'iaaca', { since: '2024-03' }), // a 2024 role: a dated fact
    edge('maldives-aca', 'mou'), // signing a 2024 agreement
    edge('icac', 'old-event'),
    edge('lonely', 'iaaca'),
  ];

  it('keeps what is dated in the window and who takes part, and drops the undated rest', () => {
    const { lo, hi } = windowBounds('2024', '2024');
    const r = datedFactsOnly(nodes, edges, lo, hi);
    expect(r.nodes.map((n) => n.id).sort()).toEqual(['iaaca', 'icac', 'maldives-aca', 'mou', 'symposium']);
    expect(r.edges).toEqual([edges[0], edges[2], edges[3]]);
  });

  it('keeps pinned entities, and with no window keeps every dated fact', () => {
    const { lo, hi } = windowBounds('2024', '2024');
    expect(datedFactsOnly(nodes, edges, lo, hi, new Set(['lonely'])).nodes.map((n) => n.id)).toContain('lonely');
    const all = datedFactsOnly(nodes, edges, null, null);
    expect(all.nodes.map((n) => n.id)).toContain('old-event');
    expect(all.nodes.map((n) => n.id)).not.toContain('lonely');
  });
});
