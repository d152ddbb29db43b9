// @id training-by-country
// @title Training delivered, by country
// @description Training given (TRAINED) to agencies and jurisdictions, grouped by the country or
// region trained: the trainee's jurisdiction for an agency, the jurisdiction itself otherwise.
// Lists the trainers, trainees, topics and dates, with the evidence.
// @param trainer id = null — Only training given by this agency or organisation (empty: everyone)
// @maxRows 200
// @titleZh 按國家劃分的培訓
// @descriptionZh 向機構及司法管轄區提供的培訓（TRAINED），按受訓的國家或地區分組：受訓者為機構時以其所在司法管轄區計算，否則以該司法管轄區本身計算。列出培訓方、受訓方、主題及日期，並附證據。
// @paramZh trainer — 只列此機構或組織提供的培訓（留空：所有）
MATCH (t)-[r:TRAINED]->(x)
WHERE $trainer IS NULL OR t.id = $trainer
OPTIONAL MATCH (x)-[:LOCATED_IN]->(loc:Jurisdiction)
WITH coalesce(loc, x) AS country, t, x, r
ORDER BY r.date, t.name
RETURN country.id AS country, country.name AS countryName, collect(DISTINCT {id: t.id, name: t.name}) AS trainers, collect(DISTINCT {id: x.id, name: x.name}) AS trainees, collect(DISTINCT r.topic) AS topics, collect(DISTINCT r.date) AS dates, count(r) AS trainings, collect(DISTINCT r.evidence) AS evidence
ORDER BY trainings DESC, countryName
