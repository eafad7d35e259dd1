// Every shortest undirected path between two actors (at most 8 hops) over edges that may
// pass the filter; the store picks among them as the embedded store would.
MATCH (a:Actor {id: $source}), (b:Actor {id: $target})
MATCH p = allShortestPaths((a)-[rels:SUPPORTS|ALLIED_WITH|COOPERATES_WITH|OPPOSES|ATTACKS|FIGHTS|CONTROLS|LEADS|MEMBER_OF*..8]-(b))
WHERE all(r IN rels WHERE ($types IS NULL OR type(r) IN $types)
      AND r.confidence >= $min_confidence AND ($include_hedged OR NOT r.hedged_only))
WITH p LIMIT $cap
WHERE length(p) <= $max_hops
UNWIND relationships(p) AS r
RETURN DISTINCT startNode(r).id AS source_id, type(r) AS relation, endNode(r).id AS target_id,
       properties(r) AS props
