// Claims with their SUBJECT, OBJECT and IN edges (SAID_BY: said_by.cypher). The ids of
// subject, object, speaker and article are also kept on the claim for indexed lookups.
UNWIND $rows AS row
MATCH (s:Actor {id: row.source_id}), (t:Actor {id: row.target_id}), (art:Article {id: row.article_id})
MERGE (c:Claim {id: row.id})
SET c = row
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(t)
MERGE (c)-[:IN]->(art)
