// Benchmark baseline: articles written by a bare UNWIND ... MERGE.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a = row
