// Finding nodes by `id` through the Entity uniqueness index, and naming a node's model label.

/** Binds `variable` to every node whose id is in `$param` (indexed: Entity.id is unique). */
export function matchByIds(variable: string, param: string): string {
  return `MATCH (${variable}:Entity) WHERE ${variable}.id IN $${param}`;
}

/** Cypher expression for a node's model label (its first label that is not Entity). */
export function primaryLabel(variable: string): string {
  return `[l IN labels(${variable}) WHERE l <> 'Entity'][0]`;
}
