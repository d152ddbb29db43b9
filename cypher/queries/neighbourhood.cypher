// @id neighbourhood
// @title The 2-hop neighbourhood of an entity
// @description Everything within two relationships of an entity (documents excluded), each
// neighbour once, with its distance, the relationship types on the way and one shortest path (to
// draw on the canvas). By default only facts quoted from documents are followed; include the
// reference data (memberships and treaty parties) to widen it.
// @param id id = icac — Entity id
// @param includeReference boolean = false — Also follow reference-data relationships (no verbatim evidence)
// @param limit integer 1..1000 = 300 — Neighbours to return, nearest first
// @maxRows 1000
// @titleZh 某實體的兩步鄰近網絡
// @descriptionZh 與某實體相距兩個關係以內的所有節點（不包括文件），每個鄰近節點列出一次，附距離、途經的關係類型及一條最短路徑（可在畫布上繪出）。預設只沿引自文件的事實擴展；加入參考資料（成員資格及條約締約方）可擴大範圍。
// @paramZh id — 實體 id
// @paramZh includeReference — 同時沿參考資料的關係擴展（沒有原文證據）
// @paramZh limit — 傳回的鄰近節點數目，由近至遠
MATCH (n:Entity {id: $id})
MATCH p = (n)(()-[r:!MENTIONS]-() WHERE $includeReference OR r.evidence IS NOT NULL){1,2}(m)
WHERE m <> n
WITH m, p
ORDER BY length(p)
WITH m, collect(p)[0] AS path
RETURN m.id AS id, m.name AS name, length(path) AS hops, [r IN relationships(path) | type(r)] AS via, path
ORDER BY hops, name
LIMIT $limit
