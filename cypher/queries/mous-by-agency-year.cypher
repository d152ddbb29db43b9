// @id mous-by-agency-year
// @title MoUs signed by an agency in a year, with their counterparts
// @description Agreements of one kind (MoUs by default) that an agency signed in a year or a month,
// each with its other signatories and the jurisdiction where each counterpart is located.
// The signature's date is used, else the agreement's.
// @param agency id = icac — Agency (or organisation) id
// @param year date = 2024 — Year, or year-month, of signature (2024, 2024-05)
// @param kind string = mou — Agreement kind: mou, arrangement, plan, declaration, convention or other
// @maxRows 200
// @titleZh 某機構在某年簽署的諒解備忘錄及其簽署對方
// @descriptionZh 某機構在某年或某月簽署的某類協議（預設為諒解備忘錄），列出其他簽署方及各對方所在的司法管轄區。以簽署日期為準，否則以協議日期為準。
// @paramZh agency — 機構（或組織）id
// @paramZh year — 簽署年份或年月（2024、2024-05）
// @paramZh kind — 協議類別：mou、arrangement、plan、declaration、convention 或 other
MATCH (a:Entity {id: $agency})-[s:SIGNED]->(m:Agreement)
WHERE m.kind = $kind AND coalesce(s.date, m.date) STARTS WITH $year
OPTIONAL MATCH (m)<-[:SIGNED]-(c)
WHERE c <> a
OPTIONAL MATCH (c)-[:LOCATED_IN]->(j:Jurisdiction)
RETURN m.id AS agreement, m.name AS title, coalesce(s.date, m.date) AS signed, m.topic AS topic, c.id AS counterpart, c.name AS counterpartName, j.name AS counterpartLocatedIn, s.evidence AS evidence, s.sources AS sources
ORDER BY signed, agreement, counterpart
