// One article with its claims, in text order.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (c:Claim {article_id: $id})
WITH a, c ORDER BY c.start, c.id
RETURN a {.*} AS article, [x IN collect(c) | x {.*}] AS claims
