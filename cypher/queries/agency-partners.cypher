// @id agency-partners
// @title An agency's partners and the kinds of relationship with each
// @description Agencies and organisations tied to an agency: directly (partnership, cooperation,
// membership, role, training, visits, establishment), as co-signatories of an agreement, or as
// co-hosts of an event. Each link gives the relationship type, a detail (partnership kind, topic,
// role, agreement or event) and a date where the sources give one.
// @param agency id = icac — Agency (or organisation) id
// @maxRows 300
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
