// @id office-holders
// @title Who held an office or role, and when
// @description Holders of a role in an organisation (HOLDS_ROLE) or heads of an agency (HEADS),
// with the period the sources give. Filter the role by a fragment of its name (e.g. President,
// Vice-Chair) and, optionally, by a date the role was held at (open-ended roles count as current;
// roles with no start date are kept, since the sources do not date them).
// Try organisation wco with role Vice-Chair for the WCO Asia/Pacific vice-chairmanship.
// @param organisation id = iaaca — Organisation (or agency) id
// @param role string = President — Part of the role or title, case-insensitive (empty: every role)
// @param at date = null — Only roles held at this date (2024, 2024-05-13); empty: any time
// @maxRows 200
// @titleZh 誰曾擔任某職位，以及任期
// @descriptionZh 某組織職位的擔任者（HOLDS_ROLE）或某機構的首長（HEADS），附資料來源所載的任期。可按職位名稱的一部分篩選（例如 President、Vice-Chair），亦可選擇只列某日期在任者（未有結束日期的職位視為現任；沒有開始日期的職位會保留，因資料來源未有註明日期）。試以組織 wco 及職位 Vice-Chair 查看世界海關組織亞太區副主席一職。
// @paramZh organisation — 組織（或機構）id
// @paramZh role — 職位或職銜的一部分，不分大小寫（留空：所有職位）
// @paramZh at — 只列在此日期在任者（2024、2024-05-13）；留空：任何時間
MATCH (h)-[r:HOLDS_ROLE|HEADS]->(o:Entity {id: $organisation})
WITH h, r, o, coalesce(r.role, r.title) AS role
WHERE toLower(role) CONTAINS toLower($role)
AND ($at IS NULL OR ((r.since IS NULL OR left(r.since, size($at)) <= $at) AND (r.until IS NULL OR left(r.until, size($at)) >= $at)))
RETURN h.id AS holder, h.name AS holderName, role, r.since AS since, r.until AS until, o.name AS organisation, r.evidence AS evidence, r.sources AS sources
ORDER BY coalesce(r.since, r.until) DESC, holderName
