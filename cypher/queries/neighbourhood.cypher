// @id neighbourhood
// @title The 2-hop neighbourhood of an entity
// @description Everything within two relationships of an entity (documents excluded), each
// neighbour once, with its distance, the relationship types on the way and one shortest path (to
// draw on the canvas). By default only facts quoted from documents are followed; include the
// reference data (memberships and treaty parties) to widen it.
// @param id id = icac — Entity id
// @param includeReference boolean = false — Also follow reference-data relationships (no verbatim evidence)
// @param limit integer 1..1000 = 300 — Neighbours to return, nearest first
// @maxRows 1000
MATCH (n:Entity {id: $id})
MATCH p = (n)(()-[r:!MENTIONS]-() WHERE $includeReference OR r.evidence IS NOT NULL){1,2}(m)
WHERE m <> n
WITH m, p
ORDER BY length(p)
WITH m, collect(p)[0] AS path
RETURN m.id AS id, m.name AS name, length(path) AS hops, [r IN relationships(path) | type(r)] AS via, path
ORDER BY hops, name
LIMIT $limit
