// Benchmark baseline: claims and their SUBJECT/OBJECT/IN edges by a bare UNWIND ... MERGE.
UNWIND $rows AS row
MATCH (s:Actor {id: row.source_id}), (t:Actor {id: row.target_id}), (art:Article {id: row.article_id})
MERGE (c:Claim {id: row.id})
SET c = row
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(t)
MERGE (c)-[:IN]->(art)
