// Write aggregated edges, one per (source, type, target). Relationship types cannot be
// parameters in Cypher, so each type of the ontology has its own branch here: this file is
// the whitelist, and a relation outside it writes nothing.
UNWIND $rows AS row
MATCH (s:Actor {id: row.source_id}), (t:Actor {id: row.target_id})
FOREACH (_ IN CASE row.relation WHEN 'SUPPORTS' THEN [1] ELSE [] END | MERGE (s)-[r:SUPPORTS]->(t) SET r = row.props)
FOREACH (_ IN CASE row.relation WHEN 'ALLIED_WITH' THEN [1] ELSE [] END | MERGE (s)-[r:ALLIED_WITH]->(t) SET r = row.props)
FOREACH (_ IN CASE row.relation WHEN 'COOPERATES_WITH' THEN [1] ELSE [] END | MERGE (s)-[r:COOPERATES_WITH]->(t) SET r = row.props)
FOREACH (_ IN CASE row.relation WHEN 'OPPOSES' THEN [1] ELSE [] END | MERGE (s)-[r:OPPOSES]->(t) SET r = row.props)
FOREACH (_ IN CASE row.relation WHEN 'ATTACKS' THEN [1] ELSE [] END | MERGE (s)-[r:ATTACKS]->(t) SET r = row.props)
FOREACH (_ IN CASE row.relation WHEN 'FIGHTS' THEN [1] ELSE [] END | MERGE (s)-[r:FIGHTS]->(t) SET r = row.props)
FOREACH (_ IN CASE row.relation WHEN 'CONTROLS' THEN [1] ELSE [] END | MERGE (s)-[r:CONTROLS]->(t) SET r = row.props)
FOREACH (_ IN CASE row.relation WHEN 'LEADS' THEN [1] ELSE [] END | MERGE (s)-[r:LEADS]->(t) SET r = row.props)
FOREACH (_ IN CASE row.relation WHEN 'MEMBER_OF' THEN [1] ELSE [] END | MERGE (s)-[r:MEMBER_OF]->(t) SET r = row.props)
