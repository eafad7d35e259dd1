// Which of these content hashes are stored already (idempotent re-ingest).
UNWIND $hashes AS h
MATCH (a:Article {content_hash: h})
RETURN DISTINCT a.content_hash AS hash
