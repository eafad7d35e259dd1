// Remove aggregated edges no asserting claim backs any more.
UNWIND $rows AS row
MATCH (s:Actor {id: row.source_id})-[r]->(t:Actor {id: row.target_id})
WHERE type(r) = row.relation
DELETE r
