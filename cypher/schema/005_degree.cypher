// Extension: every Entity carries `degree`, its number of relationships (all types, both
// directions), kept by every load in the same transaction (server/db/degree.ts). The explorer's
// default view ranks by it through this index instead of counting every node's relationships.
CREATE INDEX entity_degree IF NOT EXISTS FOR (n:Entity) ON (n.degree);
