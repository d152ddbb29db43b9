// @id organisation-members-by-region
// @title Members of an organisation in a region
// @description Jurisdictions that are members of an organisation (MEMBER_OF), restricted to one
// region (the jurisdiction's region, e.g. the WCO regions Asia/Pacific, Europe, East and Southern
// Africa), with the date they joined when known and the reference source.
// Leave the region empty to list every member with its region.
// @param organisation id = wco — Organisation id
// @param region string = Asia/Pacific — Region, exactly as stored (empty: all regions)
// @maxRows 500
MATCH (j:Jurisdiction)-[m:MEMBER_OF]->(o:Organisation {id: $organisation})
WHERE $region = j.region OR size($region) = 0
RETURN j.id AS jurisdiction, j.name AS name, j.iso3 AS iso3, j.region AS region, m.status AS status, m.since AS since, m.sources AS sources, m.sourceUrl AS sourceUrl
ORDER BY region, name
