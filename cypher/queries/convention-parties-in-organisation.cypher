// @id convention-parties-in-organisation
// @title Jurisdictions party to a convention that are also members of an organisation
// @description E.g. the states parties to UNCAC that are WCO members: each with its signature and
// ratification (or accession, acceptance, approval, succession) dates, its region and when it
// joined the organisation, where the reference data gives them.
// @param agreement id = uncac — Agreement id (the convention)
// @param organisation id = wco — Organisation id
// @param region string = null — Only jurisdictions in this region, e.g. Asia/Pacific (empty: all)
// @maxRows 300
// @titleZh 既是某公約締約方又是某組織成員的司法管轄區
// @descriptionZh 例如既是《聯合國反腐敗公約》締約國又是世界海關組織成員的司法管轄區：列出各自的簽署及批准（或加入、接受、核准、繼承）日期、所屬地區及加入該組織的時間（以參考資料所載為準）。
// @paramZh agreement — 協議 id（公約）
// @paramZh organisation — 組織 id
// @paramZh region — 只列此地區的司法管轄區，例如 Asia/Pacific（留空：全部）
MATCH (j:Jurisdiction)-[p:PARTY_TO]->(:Agreement {id: $agreement})
MATCH (j)-[mb:MEMBER_OF]->(:Organisation {id: $organisation})
WHERE $region IS NULL OR j.region = $region
RETURN j.id AS jurisdiction, j.name AS name, j.iso3 AS iso3, j.region AS region, p.signed AS signed, p.ratified AS ratified, p.actionType AS actionType, mb.since AS memberSince, p.sources + mb.sources AS sources
ORDER BY name
