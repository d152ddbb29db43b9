// @id events-in-window
// @title Events in a time window, with their hosts
// @description Events whose dates overlap a window, with where they were held and who hosted them
// (and in what role). Partial dates cover their whole period: an event dated only "2024" overlaps
// any window that touches 2024. Undated events are left out.
// @param from date = 2024-05 — Start of the window (2024, 2024-05, 2024-05-13)
// @param to date = 2024-10 — End of the window
// @maxRows 500
// @titleZh 某段時間內的活動及其主辦方
// @descriptionZh 日期與時間範圍重疊的活動，列出舉行地點及主辦方（及其角色）。不完整的日期涵蓋整段期間：只註明「2024」的活動與任何觸及 2024 年的範圍重疊。沒有日期的活動不計算在內。
// @paramZh from — 範圍開始（2024、2024-05、2024-05-13）
// @paramZh to — 範圍結束
MATCH (e:Event)
WHERE e.startDate IS NOT NULL
WITH e, e.startDate AS start, coalesce(e.endDate, e.startDate) AS end
WHERE left(start, size($to)) <= left($to, size(start)) AND left(end, size($from)) >= left($from, size(end))
OPTIONAL MATCH (e)-[:HELD_IN]->(j:Jurisdiction)
OPTIONAL MATCH (h)-[hr:HOSTED]->(e)
WITH e, j, collect({id: h.id, name: h.name, role: hr.role}) AS hosts
RETURN e.id AS event, e.name AS name, e.kind AS kind, e.startDate AS startDate, e.endDate AS endDate, e.dateText AS dateText, coalesce(e.city, j.name) AS place, j.name AS heldIn, [x IN hosts WHERE x.id IS NOT NULL] AS hosts
ORDER BY startDate, name
