// Benchmark baseline (bench/store.py): actors written by a bare UNWIND ... MERGE.
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a.name = row.name, a.type = row.type, a.aliases = row.aliases
