// The claims of the stories new wire copies repeat: what mark_repeats (dedup/link.py) needs.
UNWIND $ids AS id
MATCH (c:Claim {article_id: id})
RETURN c.article_id AS article_id, c.id AS id, c.source_id AS source_id, c.relation AS relation,
       c.target_id AS target_id, coalesce(c.negated, false) AS negated
ORDER BY c.start, c.id
