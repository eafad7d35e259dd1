// Every undirected path of at most $max_hops (and at most 8) hops between two actors, over
// edges that may pass the filter (under a time window: whose span meets the window). The
// store builds the walk graph from their edges and ranks paths as the embedded store does;
// the actors at both ends of each edge come along (store/neo4j_paths.py).
MATCH (a:Actor {id: $source}), (b:Actor {id: $target})
MATCH p = (a)-[rels:SUPPORTS|ALLIED_WITH|COOPERATES_WITH|OPPOSES|ATTACKS|FIGHTS|CONTROLS|LEADS|MEMBER_OF*1..8]-(b)
WHERE length(p) <= $max_hops
  AND all(r IN rels WHERE ($types IS NULL OR type(r) IN $types)
      AND ($windowed OR (r.confidence >= $min_confidence AND ($include_hedged OR NOT r.hedged_only)))
      AND ($since IS NULL OR substring(r.last_seen, 0, 10) >= $since)
      AND ($until IS NULL OR substring(r.first_seen, 0, 10) <= $until))
  AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
WITH p LIMIT $cap
UNWIND relationships(p) AS r
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS t
RETURN s.id AS source_id, type(r) AS relation, t.id AS target_id, properties(r) AS props,
       s {.id, .name, .type, .aliases} AS source, t {.id, .name, .type, .aliases} AS target
