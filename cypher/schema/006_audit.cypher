// Extension: the audit log. One (:AuditEntry) node per change made through the app (an import
// today; edits, merges, accepted proposals and reverts later), written in the same transaction as
// the change. AuditEntry nodes are outside the knowledge model: no Entity label, no relationships,
// never listed by the explorer, search, schema or counts (see README, "Audit log").
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at);
