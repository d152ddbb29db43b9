// @id published-figures
// @title Published figures about an agency and its events
// @description Statistics the sources publish about an entity and about the events it hosted or
// attended (delegates, delegations received, participants), with whether each is a lower bound
// ("over 500") or approximate.
// @param entity id = icac — Agency, organisation or event id
// @maxRows 200
MATCH (n:Entity {id: $entity})
CALL (n) {
  MATCH (n)-[:HAS_STATISTIC]->(s:Statistic)
  RETURN n AS about, s
  UNION
  MATCH (n)-[:HOSTED|ATTENDED]->(e:Event)-[:HAS_STATISTIC]->(s:Statistic)
  RETURN e AS about, s
}
RETURN about.name AS about, s.name AS figure, s.count AS count, s.unit AS unit, coalesce(s.lowerBound, false) AS lowerBound, coalesce(s.approx, false) AS approx, coalesce(s.date, s.period) AS period, s.sources AS sources
ORDER BY period, about, figure
