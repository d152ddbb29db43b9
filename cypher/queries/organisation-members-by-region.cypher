// @id organisation-members-by-region
// @title Members of an organisation in a region
// @description Jurisdictions that are members of an organisation (MEMBER_OF), restricted to one
// region (the jurisdiction's region, e.g. the WCO regions Asia/Pacific, Europe, East and Southern
// Africa), with the date they joined when known and the reference source.
// Leave the region empty to list every member with its region.
// @param organisation id = wco — Organisation id
// @param region string = Asia/Pacific — Region, exactly as stored (empty: all regions)
// @maxRows 500
// @titleZh 某組織在某地區的成員
// @descriptionZh 某組織的成員司法管轄區（MEMBER_OF），只列某一地區（司法管轄區所屬地區，例如世界海關組織的 Asia/Pacific、Europe、East and Southern Africa 地區），附已知的加入日期及參考資料來源。地區留空則列出所有成員及其地區。
// @paramZh organisation — 組織 id
// @paramZh region — 地區，須與儲存的名稱完全相同（留空：所有地區）
MATCH (j:Jurisdiction)-[m:MEMBER_OF]->(o:Organisation {id: $organisation})
WHERE $region = j.region OR size($region) = 0
RETURN j.id AS jurisdiction, j.name AS name, j.iso3 AS iso3, j.region AS region, m.status AS status, m.since AS since, m.sources AS sources, m.sourceUrl AS sourceUrl
ORDER BY region, name
