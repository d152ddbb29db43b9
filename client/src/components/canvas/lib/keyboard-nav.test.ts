// Unit: arrow keys move the selection to the nearest node in that direction.
import { describe, expect, it } from 'vitest';
import { KEY_DIRECTIONS, nearestInDirection } from './keyboard-nav.ts';

const at = (id: string, x: number, y: number) => ({ id, x, y });
const nodes = [at('o', 0, 0), at('right', 100, 0), at('far-right', 300, 0), at('up-right', 60, -50), at('down', 0, 80), at('left', -40, 5)];

describe('nearestInDirection', () => {
  it('picks the node ahead, preferring one straight ahead over a closer one off to the side', () => {
    // up-right: 60 along + 2.5 * 50 across = 185; right: 100.
    expect(nearestInDirection(nodes[0], nodes, KEY_DIRECTIONS.ArrowRight)).toBe('right');
    expect(nearestInDirection(nodes[0], nodes, KEY_DIRECTIONS.ArrowDown)).toBe('down');
    expect(nearestInDirection(nodes[0], nodes, KEY_DIRECTIONS.ArrowLeft)).toBe('left');
    expect(nearestInDirection(nodes[0], nodes, KEY_DIRECTIONS.ArrowUp)).toBe('up-right');
  });

  it('finds nothing when no node is ahead, and never the node itself', () => {
    expect(nearestInDirection(at('far-right', 300, 0), nodes, KEY_DIRECTIONS.ArrowRight)).toBeUndefined();
    expect(nearestInDirection(nodes[0], [nodes[0]], KEY_DIRECTIONS.ArrowRight)).toBeUndefined();
  });

  it('the first of equally good nodes wins', () => {
    expect(nearestInDirection(nodes[0], [at('p', 50, 10), at('q', 50, -10)], KEY_DIRECTIONS.ArrowRight)).toBe('p');
  });
});
