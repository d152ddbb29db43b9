// @id events-hosted-vs-attended
// @title Events hosted vs attended per year, for an agency
// @description For each year (from the event's start date), the events the agency hosted
// (as host, co-host, organiser or partner) and those it attended, with counts.
// Events the sources do not date are left out.
// @param agency id = icac — Agency (or organisation) id
// @maxRows 100
// @titleZh 某機構每年主辦與出席的活動
// @descriptionZh 按年份（以活動開始日期計）列出該機構主辦（作為主辦、合辦、籌辦或合作方）及出席的活動，並附數目。資料來源未有日期的活動不計算在內。
// @paramZh agency — 機構（或組織）id
MATCH (a:Entity {id: $agency})-[r:HOSTED|ATTENDED]->(e:Event)
WHERE e.startDate IS NOT NULL
WITH left(e.startDate, 4) AS year, r, e
ORDER BY e.startDate, e.name
WITH year, collect(CASE WHEN r:HOSTED THEN {id: e.id, name: e.name} END) AS hosted, collect(CASE WHEN r:ATTENDED THEN {id: e.id, name: e.name} END) AS attended
RETURN year, size(hosted) AS hostedCount, size(attended) AS attendedCount, hosted, attended
ORDER BY year
