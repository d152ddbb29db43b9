// Extension: every model node also carries the label Entity, with ids unique across the whole
// graph. Lookups by id need no label (MATCH (n:Entity {id: 'icac'})) and stay indexed.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
