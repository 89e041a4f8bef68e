// Neo4j 5 schema: uniqueness constraints and indexes
// Generated from ontology/acc.ttl by `acg ontology derive`; do not edit.

CREATE CONSTRAINT case_id IF NOT EXISTS FOR (n:`Case`) REQUIRE n.id IS UNIQUE;
CREATE INDEX case_name IF NOT EXISTS FOR (n:`Case`) ON (n.name);
CREATE CONSTRAINT crime_id IF NOT EXISTS FOR (n:`Crime`) REQUIRE n.id IS UNIQUE;
CREATE INDEX crime_name IF NOT EXISTS FOR (n:`Crime`) ON (n.name);
CREATE CONSTRAINT crime_type_id IF NOT EXISTS FOR (n:`CrimeType`) REQUIRE n.id IS UNIQUE;
CREATE INDEX crime_type_name IF NOT EXISTS FOR (n:`CrimeType`) ON (n.name);
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:`Document`) REQUIRE n.id IS UNIQUE;
CREATE INDEX document_name IF NOT EXISTS FOR (n:`Document`) ON (n.name);
CREATE CONSTRAINT location_id IF NOT EXISTS FOR (n:`Location`) REQUIRE n.id IS UNIQUE;
CREATE INDEX location_name IF NOT EXISTS FOR (n:`Location`) ON (n.name);
CREATE CONSTRAINT mechanism_id IF NOT EXISTS FOR (n:`Mechanism`) REQUIRE n.id IS UNIQUE;
CREATE INDEX mechanism_name IF NOT EXISTS FOR (n:`Mechanism`) ON (n.name);
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:`Organization`) REQUIRE n.id IS UNIQUE;
CREATE INDEX organization_name IF NOT EXISTS FOR (n:`Organization`) ON (n.name);
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:`Person`) REQUIRE n.id IS UNIQUE;
CREATE INDEX person_name IF NOT EXISTS FOR (n:`Person`) ON (n.name);
CREATE INDEX accused_in_id IF NOT EXISTS FOR ()-[r:`ACCUSED_IN`]-() ON (r.id);
CREATE INDEX acquitted_by_id IF NOT EXISTS FOR ()-[r:`ACQUITTED_BY`]-() ON (r.id);
CREATE INDEX aided_id IF NOT EXISTS FOR ()-[r:`AIDED`]-() ON (r.id);
CREATE INDEX based_at_id IF NOT EXISTS FOR ()-[r:`BASED_AT`]-() ON (r.id);
CREATE INDEX charged_by_id IF NOT EXISTS FOR ()-[r:`CHARGED_BY`]-() ON (r.id);
CREATE INDEX commands_id IF NOT EXISTS FOR ()-[r:`COMMANDS`]-() ON (r.id);
CREATE INDEX convicted_by_id IF NOT EXISTS FOR ()-[r:`CONVICTED_BY`]-() ON (r.id);
CREATE INDEX financed_id IF NOT EXISTS FOR ()-[r:`FINANCED`]-() ON (r.id);
CREATE INDEX investigated_by_id IF NOT EXISTS FOR ()-[r:`INVESTIGATED_BY`]-() ON (r.id);
CREATE INDEX member_of_id IF NOT EXISTS FOR ()-[r:`MEMBER_OF`]-() ON (r.id);
CREATE INDEX occurred_in_id IF NOT EXISTS FOR ()-[r:`OCCURRED_IN`]-() ON (r.id);
CREATE INDEX of_type_id IF NOT EXISTS FOR ()-[r:`OF_TYPE`]-() ON (r.id);
CREATE INDEX operated_in_id IF NOT EXISTS FOR ()-[r:`OPERATED_IN`]-() ON (r.id);
CREATE INDEX ordered_id IF NOT EXISTS FOR ()-[r:`ORDERED`]-() ON (r.id);
CREATE INDEX part_of_id IF NOT EXISTS FOR ()-[r:`PART_OF`]-() ON (r.id);
CREATE INDEX perpetrated_id IF NOT EXISTS FOR ()-[r:`PERPETRATED`]-() ON (r.id);
CREATE INDEX supplied_id IF NOT EXISTS FOR ()-[r:`SUPPLIED`]-() ON (r.id);
CREATE INDEX tried_by_id IF NOT EXISTS FOR ()-[r:`TRIED_BY`]-() ON (r.id);
CREATE INDEX victim_of_id IF NOT EXISTS FOR ()-[r:`VICTIM_OF`]-() ON (r.id);
CREATE INDEX witness_in_id IF NOT EXISTS FOR ()-[r:`WITNESS_IN`]-() ON (r.id);
