// @id agreements-and-signatories
// @title Agreements and their signatories
// @description Every agreement (MoUs, arrangements, plans, declarations, conventions) with its
// signatories and signature dates, the bodies or events that adopted it, and the number of
// jurisdictions recorded as parties (for conventions such as UNCAC).
// @param kind string = null — Only this kind: mou, arrangement, plan, declaration, convention, other (empty: all)
// @maxRows 200
// @titleZh 協議及其簽署方
// @descriptionZh 所有協議（諒解備忘錄、安排、計劃、宣言、公約）及其簽署方與簽署日期、通過協議的機構或活動，以及記錄為締約方的司法管轄區數目（適用於《聯合國反腐敗公約》等公約）。
// @paramZh kind — 只列此類別：mou、arrangement、plan、declaration、convention、other（留空：全部）
MATCH (m:Agreement)
WHERE $kind IS NULL OR m.kind = $kind
OPTIONAL MATCH (s)-[sr:SIGNED]->(m)
WITH m, s, sr
ORDER BY s.name
WITH m, collect({id: s.id, name: s.name, date: sr.date}) AS signatories
OPTIONAL MATCH (ad)-[:ADOPTED]->(m)
WITH m, signatories, [x IN collect({id: ad.id, name: ad.name}) WHERE x.id IS NOT NULL] AS adoptedBy
RETURN m.id AS agreement, m.name AS title, m.kind AS kind, m.date AS date, m.dateText AS dateText, m.topic AS topic, [x IN signatories WHERE x.id IS NOT NULL] AS signatories, adoptedBy, COUNT { (:Jurisdiction)-[:PARTY_TO]->(m) } AS parties
ORDER BY date IS NULL, date, title
