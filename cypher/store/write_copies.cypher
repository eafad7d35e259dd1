// After the nodes of a write: each new article's fingerprint (signature, band keys as
// (:Band) nodes) and, for a wire copy, its (:Article)-[:COPY_OF]->(:Article) link to the
// story's root with the similarity measured. `stored` orders candidates oldest first.
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a.signature = row.signature, a.stored = row.stored, a.copy_of = row.copy_of,
    a.similarity = row.similarity, a.story = row.story
FOREACH (key IN row.bands | MERGE (b:Band {key: key}) MERGE (a)-[:HAS_BAND]->(b))
WITH a, row
WHERE row.copy_of IS NOT NULL
MATCH (o:Article {id: row.copy_of})
MERGE (a)-[r:COPY_OF]->(o)
SET r.similarity = row.similarity
