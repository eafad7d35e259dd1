// The edge keys the claims of these articles support: they need recomputing when the
// articles go.
UNWIND $ids AS id
MATCH (c:Claim {article_id: id})
RETURN DISTINCT c.source_id AS source_id, c.relation AS relation, c.target_id AS target_id
