// Remove articles and every claim read from them (claims first: they hang off the article).
UNWIND $ids AS id
OPTIONAL MATCH (c:Claim {article_id: id})
DETACH DELETE c
WITH DISTINCT id
MATCH (a:Article {id: id})
DETACH DELETE a
