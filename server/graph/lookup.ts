// Finds nodes by their `id` using the per-label uniqueness indexes (a label-less
// `WHERE n.id IN $ids` would scan every node).
import { NODE_LABEL_NAMES } from '../model/model.ts';

/** A CALL subquery binding `var` to every node whose id is in `$param`. */
export function matchByIds(variable: string, param: string): string {
  const parts = NODE_LABEL_NAMES.map((l) => `MATCH (${variable}:\`${l}\`) WHERE ${variable}.id IN $${param} RETURN ${variable}`);
  return `CALL () { ${parts.join(' UNION ALL ')} }`;
}
