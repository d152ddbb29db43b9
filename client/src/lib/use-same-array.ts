// A stable memo dependency from an array rebuilt on every render.
import { useState } from 'react';

/**
 * The same array object while its items are the same (===) as the last one kept, so a memo that
 * depends on it recomputes only when an item changes. The last array is kept in state (see
 * react.dev, "Storing information from previous renders"): when an item changes, the new array
 * is kept and returned at once.
 */
export function useSameArray<T>(items: T[]): T[] {
  const [kept, setKept] = useState(items);
  const same = items.length === kept.length && items.every((x, i) => x === kept[i]);
  if (!same) setKept(items);
  return same ? kept : items;
}
