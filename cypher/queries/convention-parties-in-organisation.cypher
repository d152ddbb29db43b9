// @id convention-parties-in-organisation
// @title Jurisdictions party to a convention that are also members of an organisation
// @description E.g. the states parties to UNCAC that are WCO members: each with its signature and
// ratification (or accession, acceptance, approval, succession) dates, its region and when it
// joined the organisation, where the reference data gives them.
// @param agreement id = uncac — Agreement id (the convention)
// @param organisation id = wco — Organisation id
// @param region string = null — Only jurisdictions in this region, e.g. Asia/Pacific (empty: all)
// @maxRows 300
MATCH (j:Jurisdiction)-[p:PARTY_TO]->(:Agreement {id: $agreement})
MATCH (j)-[mb:MEMBER_OF]->(:Organisation {id: $organisation})
WHERE $region IS NULL OR j.region = $region
RETURN j.id AS jurisdiction, j.name AS name, j.iso3 AS iso3, j.region AS region, p.signed AS signed, p.ratified AS ratified, p.actionType AS actionType, mb.since AS memberSince, p.sources + mb.sources AS sources
ORDER BY name
