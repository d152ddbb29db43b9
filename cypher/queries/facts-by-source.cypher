// @id facts-by-source
// @title Facts supported by one source, with their evidence
// @description Every relationship that cites a given source document or reference file, with
// both ends and the verbatim evidence, e.g. to review what a single document contributes.
// @param source id = customs-gacc-review-2024 — Source id (see GET /api/sources)
// @param limit integer 1..1000 = 200 — Rows to return
// @maxRows 1000
// @titleZh 某一資料來源支持的事實及其證據
// @descriptionZh 引用某份來源文件或參考資料檔案的所有關係，列出兩端及原文證據，例如用以檢視單一文件所提供的內容。
// @paramZh source — 來源 id（見 GET /api/sources）
// @paramZh limit — 傳回的行數
MATCH (s:Source {id: $source})
MATCH (a)-[r]->(b)
WHERE s.id IN r.sources
RETURN type(r) AS fact, a.id AS from, a.name AS fromName, b.id AS to, b.name AS toName, r.evidence AS evidence, r.sources AS sources, s.title AS sourceTitle
ORDER BY fact, fromName, toName
LIMIT $limit
