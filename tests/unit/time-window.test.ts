// Unit: the shared time-window rule in JS (what the client applies), against the one table of
// cases that the Cypher predicate also runs (tests/integration/time-window-cypher.test.ts).
import { describe, expect, it } from 'vitest';
import { edgeInWindow, intervalOf, nodeInWindow, NODE_INTERVAL, OPEN_END, windowBounds } from '../../server/shared/time-window.ts';
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
