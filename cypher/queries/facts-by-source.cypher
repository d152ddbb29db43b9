// @id facts-by-source
// @title Facts supported by one source, with their evidence
// @description Every relationship that cites a given source document or reference file, with
// both ends and the verbatim evidence, e.g. to review what a single document contributes.
// @param source id = customs-gacc-review-2024 — Source id (see GET /api/sources)
// @param limit integer 1..1000 = 200 — Rows to return
// @maxRows 1000
MATCH (s:Source {id: $source})
MATCH (a)-[r]->(b)
WHERE s.id IN r.sources
RETURN type(r) AS fact, a.id AS from, a.name AS fromName, b.id AS to, b.name AS toName, r.evidence AS evidence, r.sources AS sources, s.title AS sourceTitle
ORDER BY fact, fromName, toName
LIMIT $limit
