// Indexes for names, dates and codes used by the explorer's filters and the curated queries.
CREATE INDEX agency_name IF NOT EXISTS FOR (n:Agency) ON (n.name);
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE INDEX jurisdiction_name IF NOT EXISTS FOR (n:Jurisdiction) ON (n.name);
CREATE INDEX jurisdiction_iso3 IF NOT EXISTS FOR (n:Jurisdiction) ON (n.iso3);
CREATE INDEX jurisdiction_region IF NOT EXISTS FOR (n:Jurisdiction) ON (n.region);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX event_start IF NOT EXISTS FOR (n:Event) ON (n.startDate);
CREATE INDEX agreement_date IF NOT EXISTS FOR (n:Agreement) ON (n.date);
CREATE INDEX membership_count_date IF NOT EXISTS FOR (n:MembershipCount) ON (n.date);
CREATE INDEX statistic_date IF NOT EXISTS FOR (n:Statistic) ON (n.date);
CREATE INDEX member_of_since IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.since);
CREATE INDEX signed_date IF NOT EXISTS FOR ()-[r:SIGNED]-() ON (r.date);
CREATE INDEX party_to_ratified IF NOT EXISTS FOR ()-[r:PARTY_TO]-() ON (r.ratified);
