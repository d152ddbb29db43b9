// @id published-figures
// @title Published figures about an agency and its events
// @description Statistics the sources publish about an entity and about the events it hosted or
// attended (delegates, delegations received, participants), with whether each is a lower bound
// ("over 500") or approximate.
// @param entity id = icac — Agency, organisation or event id
// @maxRows 200
// @titleZh 有關某機構及其活動的公佈數字
// @descriptionZh 資料來源公佈有關某實體及其主辦或出席的活動的統計數字（代表人數、接待的代表團、參加者），並註明數字是否為下限（「超過 500」）或約數。
// @paramZh entity — 機構、組織或活動 id
MATCH (n:Entity {id: $entity})
CALL (n) {
  MATCH (n)-[:HAS_STATISTIC]->(s:Statistic)
  RETURN n AS about, s
  UNION
  MATCH (n)-[:HOSTED|ATTENDED]->(e:Event)-[:HAS_STATISTIC]->(s:Statistic)
  RETURN e AS about, s
}
RETURN about.id AS about, about.name AS aboutName, s.name AS figure, s.count AS count, s.unit AS unit, coalesce(s.lowerBound, false) AS lowerBound, coalesce(s.approx, false) AS approx, coalesce(s.date, s.period) AS period, s.sources AS sources
ORDER BY period, aboutName, figure
