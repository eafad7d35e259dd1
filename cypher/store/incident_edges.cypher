// One breadth-first step, at most $limit rows (the walk's cap per level): every aggregated edge touching the frontier that may pass the
// filter. Under a time window ($windowed) the stored figures are not the window's, so only
// the span is checked here (a superset) and the store recomputes the rest from claims.
UNWIND $frontier AS id
MATCH (u:Actor {id: id})-[r:SUPPORTS|ALLIED_WITH|COOPERATES_WITH|OPPOSES|ATTACKS|FIGHTS|CONTROLS|LEADS|MEMBER_OF]-(v:Actor)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($windowed OR (r.confidence >= $min_confidence AND ($include_hedged OR NOT r.hedged_only)))
  AND ($since IS NULL OR substring(r.last_seen, 0, 10) >= $since)
  AND ($until IS NULL OR substring(r.first_seen, 0, 10) <= $until)
RETURN DISTINCT startNode(r).id AS source_id, type(r) AS relation, endNode(r).id AS target_id,
       properties(r) AS props
LIMIT $limit
