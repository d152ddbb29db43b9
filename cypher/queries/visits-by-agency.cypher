// @id visits-by-agency
// @title Official visits made and received by an agency
// @description Visits (VISITED) the agency made to agencies, organisations and jurisdictions, and
// those it received, with dates where the sources give them and the evidence.
// @param agency id = icac — Agency id
// @maxRows 200
// @titleZh 某機構的出訪及接待訪問
// @descriptionZh 該機構對其他機構、組織及司法管轄區的訪問（VISITED），以及其接待的訪問，附資料來源所載的日期及證據。
// @paramZh agency — 機構 id
MATCH (a:Entity {id: $agency})-[r:VISITED]-(other)
RETURN startNode(r) = a AS madeByAgency, other.id AS other, other.name AS otherName, r.date AS date, r.dateText AS dateText, r.evidence AS evidence, r.sources AS sources
ORDER BY madeByAgency DESC, date IS NULL, date, otherName
