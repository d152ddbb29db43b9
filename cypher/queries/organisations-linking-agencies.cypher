// @id organisations-linking-agencies
// @title Organisations linking two agencies
// @description Organisations both agencies are tied to: directly (membership, role, partnership,
// cooperation...), through an event the organisation hosted and the agency hosted or attended, or
// through the membership of the jurisdiction the agency is located in. Each side lists how
// ("how": the relationship type; "through": the event or jurisdiction, if any).
// @param agencyA id = icac — First agency id
// @param agencyB id = customs-hk — Second agency id
// @maxRows 200
// @titleZh 連繫兩個機構的組織
// @descriptionZh 兩個機構都有聯繫的組織：直接聯繫（成員資格、職位、夥伴關係、合作等），經由該組織主辦而該機構主辦或出席的活動，或經由該機構所在司法管轄區的成員資格。每一方列出聯繫方式（「how」：關係類型；「through」：活動或司法管轄區，如有）。
// @paramZh agencyA — 第一個機構 id
// @paramZh agencyB — 第二個機構 id
MATCH (a:Entity {id: $agencyA})
MATCH (b:Entity {id: $agencyB})
UNWIND [a, b] AS agency
CALL (agency) {
  MATCH (agency)-[r]-(o:Organisation)
  RETURN o, {how: type(r), through: null} AS link
  UNION
  MATCH (agency)-[r:HOSTED|ATTENDED]->(e:Event)<-[:HOSTED]-(o:Organisation)
  RETURN o, {how: type(r), through: e.name} AS link
  UNION
  MATCH (agency)-[:LOCATED_IN]->(j:Jurisdiction)-[r:MEMBER_OF]->(o:Organisation)
  RETURN o, {how: type(r), through: j.name} AS link
}
WITH o, agency, collect(DISTINCT link) AS links
WITH o, collect({agency: agency.id, links: links}) AS sides
WHERE size(sides) = 2
WITH o, [s IN sides WHERE s.agency = $agencyA][0].links AS viaA, [s IN sides WHERE s.agency = $agencyB][0].links AS viaB
RETURN o.id AS organisation, o.name AS name, viaA, viaB
ORDER BY size(viaA) + size(viaB) DESC, name
