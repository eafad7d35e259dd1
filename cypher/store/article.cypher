// One article with its claims, in text order, and its wire copies (oldest first).
MATCH (a:Article {id: $id})
OPTIONAL MATCH (c:Claim {article_id: $id})
WITH a, c ORDER BY c.start, c.id
WITH a, [x IN collect(c) | x {.*}] AS claims
OPTIONAL MATCH (copy:Article)-[:COPY_OF]->(a)
WITH a, claims, copy ORDER BY copy.stored, copy.id
RETURN a {.*, signature: null} AS article, claims, [x IN collect(copy) | x.id] AS copies
