// @id single-source-facts
// @title Facts about an entity that rest on a single document
// @description Relationships of an entity that cite exactly one source and carry a verbatim
// quote (facts read from a document, not reference data): the ones worth corroborating.
// @param entity id = icac — Entity id
// @maxRows 500
MATCH (n:Entity {id: $entity})-[r]-(other)
WHERE size(r.sources) = 1 AND r.evidence IS NOT NULL
MATCH (s:Source {id: r.sources[0]})
RETURN type(r) AS fact, startNode(r).name AS from, endNode(r).name AS to, other.id AS other, r.evidence AS evidence, s.id AS source, s.title AS sourceTitle
ORDER BY fact, to, from
