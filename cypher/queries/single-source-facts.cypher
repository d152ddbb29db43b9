// @id single-source-facts
// @title Facts about an entity that rest on a single document
// @description Relationships of an entity that cite exactly one source and carry a verbatim
// quote (facts read from a document, not reference data): the ones worth corroborating.
// @param entity id = icac — Entity id
// @maxRows 500
// @titleZh 某實體只有單一文件支持的事實
// @descriptionZh 某實體的關係中，只引用一個資料來源並附原文引述的關係（從文件讀取的事實，而非參考資料）：值得進一步核實的事實。
// @paramZh entity — 實體 id
MATCH (n:Entity {id: $entity})-[r]-(other)
WHERE size(r.sources) = 1 AND r.evidence IS NOT NULL
MATCH (s:Source {id: r.sources[0]})
RETURN type(r) AS fact, startNode(r).name AS from, endNode(r).name AS to, other.id AS other, r.evidence AS evidence, s.id AS source, s.title AS sourceTitle
ORDER BY fact, to, from
