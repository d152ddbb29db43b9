// @id agency-partners
// @title An agency's partners and the kinds of relationship with each
// @description Agencies and organisations tied to an agency: directly (partnership, cooperation,
// membership, role, training, visits, establishment), as co-signatories of an agreement, or as
// co-hosts of an event. Each link gives the relationship type, a detail (partnership kind, topic,
// role, agreement or event) and a date where the sources give one.
// @param agency id = icac — Agency (or organisation) id
// @maxRows 300
// @titleZh 某機構的合作夥伴及與各方的關係類型
// @descriptionZh 與某機構有聯繫的機構及組織：直接聯繫（夥伴關係、合作、成員資格、職位、培訓、訪問、成立），共同簽署協議，或共同主辦活動。每項聯繫列出關係類型、細節（夥伴關係類別、主題、職位、協議或活動），以及資料來源所載的日期。
// @paramZh agency — 機構（或組織）id
MATCH (a:Entity {id: $agency})
CALL (a) {
  MATCH (a)-[r:!PART_OF]-(p)
  WHERE p:Agency OR p:Organisation
  RETURN p, {relationship: type(r), detail: coalesce(r.kind, r.role, r.topic, r.status), date: coalesce(r.since, r.date), outgoing: startNode(r) = a} AS link
  UNION
  MATCH (a)-[:SIGNED]->(m:Agreement)<-[r:SIGNED]-(p)
  WHERE p:Agency OR p:Organisation
  RETURN p, {relationship: type(r), detail: m.name, date: coalesce(r.date, m.date), outgoing: null} AS link
  UNION
  MATCH (a)-[:HOSTED]->(e:Event)<-[r:HOSTED]-(p)
  WHERE p:Agency OR p:Organisation
  RETURN p, {relationship: type(r), detail: e.name, date: e.startDate, outgoing: null} AS link
}
WITH p, collect(link) AS links
RETURN p.id AS partner, p.name AS name, p.kind AS kind, size(links) AS ties, [l IN links | l.relationship] AS relationships, links
ORDER BY ties DESC, name
