// @id belt-and-road-ties
// @title Belt and Road jurisdictions an agency works with
// @description Jurisdictions flagged as Belt and Road countries in the sources (beltAndRoad), and
// every tie the agency has with each: relationships with agencies or organisations located there,
// agreements co-signed with them, direct ties with the jurisdiction, and events held there that
// the agency hosted or attended.
// @param agency id = icac — Agency id
// @maxRows 200
// @titleZh 某機構有聯繫的「一帶一路」司法管轄區
// @descriptionZh 資料來源標示為「一帶一路」國家的司法管轄區（beltAndRoad），以及該機構與每個司法管轄區的所有聯繫：與當地機構或組織的關係、與其共同簽署的協議、與該司法管轄區的直接聯繫，以及在當地舉行並由該機構主辦或出席的活動。
// @paramZh agency — 機構 id
MATCH (a:Entity {id: $agency})
MATCH (j:Jurisdiction)
WHERE j.beltAndRoad
CALL (a, j) {
  MATCH (a)-[r]-(p)-[:LOCATED_IN]->(j)
  RETURN {how: type(r), id: p.id, name: p.name, date: coalesce(r.date, r.since)} AS link
  UNION
  MATCH (a)-[r:SIGNED]->(m:Agreement)<-[:SIGNED]-(p)-[:LOCATED_IN]->(j)
  RETURN {how: type(r), id: m.id, name: m.name, date: coalesce(r.date, m.date)} AS link
  UNION
  MATCH (a)-[r]-(j)
  RETURN {how: type(r), id: j.id, name: j.name, date: coalesce(r.date, r.since)} AS link
  UNION
  MATCH (a)-[r:HOSTED|ATTENDED]->(e:Event)-[:HELD_IN]->(j)
  RETURN {how: type(r), id: e.id, name: e.name, date: e.startDate} AS link
}
WITH j, collect(link) AS links
RETURN j.id AS jurisdiction, j.name AS name, size(links) AS ties, links
ORDER BY ties DESC, name
