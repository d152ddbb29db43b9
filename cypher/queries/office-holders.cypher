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
MATCH (h)-[r:HOLDS_ROLE|HEADS]->(o:Entity {id: $organisation})
WITH h, r, o, coalesce(r.role, r.title) AS role
WHERE toLower(role) CONTAINS toLower($role)
AND ($at IS NULL OR ((r.since IS NULL OR left(r.since, size($at)) <= $at) AND (r.until IS NULL OR left(r.until, size($at)) >= $at)))
RETURN h.id AS holder, h.name AS holderName, role, r.since AS since, r.until AS until, o.name AS organisation, r.evidence AS evidence, r.sources AS sources
ORDER BY coalesce(r.since, r.until) DESC, holderName
