// @id membership-counts-over-time
// @title Membership counts over time, for an organisation or convention
// @description Published member counts (MembershipCount) in date order, with the unit, whether the
// figure is a lower bound ("over 160"), approximate, derived (computed from a list) or about part
// of the organisation only (scope), and the sources. Counts with no date come last.
// @param organisation id = iaaca — Organisation or agreement id (iaaca, wco, globe-network, uncac, ...)
// @maxRows 200
// @titleZh 某組織或公約歷年的成員數目
// @descriptionZh 按日期排列已公佈的成員數目（MembershipCount），列出單位、數字是否為下限（「超過 160」）、約數、推算（由名單計算）或只涉及組織的一部分（範圍），以及資料來源。沒有日期的數目排在最後。
// @paramZh organisation — 組織或協議 id（iaaca、wco、globe-network、uncac 等）
MATCH (o:Entity {id: $organisation})-[:HAS_COUNT]->(c:MembershipCount)
RETURN c.date AS date, c.count AS count, c.unit AS unit, coalesce(c.lowerBound, false) AS lowerBound, coalesce(c.approx, false) AS approx, coalesce(c.derived, false) AS derived, c.scope AS scope, c.dateText AS dateText, c.sources AS sources, c.sourceUrl AS sourceUrl, c.note AS note
ORDER BY date IS NULL, date, count
