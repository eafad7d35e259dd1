// Every shortest undirected path between two actors (at most 8 hops) over edges that may
// pass the filter, with the actors at both ends of each edge (store/neo4j_paths.py); the
// store picks among them as the embedded store would. allShortestPaths, not Neo4j 5's
// ALL SHORTEST over a quantified relationship with the filter inline: on the 1M-edge bench
// graph that one planned as StatefulShortestPath and took twice as long (p50 11.6 against
// 6.5 ms, p99 125 against 44 ms, same pairs interleaved; docs/load.md).
MATCH (a:Actor {id: $source}), (b:Actor {id: $target})
MATCH p = allShortestPaths((a)-[rels:SUPPORTS|ALLIED_WITH|COOPERATES_WITH|OPPOSES|ATTACKS|FIGHTS|CONTROLS|LEADS|MEMBER_OF*..8]-(b))
WHERE all(r IN rels WHERE ($types IS NULL OR type(r) IN $types)
      AND r.confidence >= $min_confidence AND ($include_hedged OR NOT r.hedged_only))
WITH p LIMIT $cap
WHERE length(p) <= $max_hops
UNWIND relationships(p) AS r
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS t
RETURN s.id AS source_id, type(r) AS relation, t.id AS target_id, properties(r) AS props,
       s {.id, .name, .type, .aliases} AS source, t {.id, .name, .type, .aliases} AS target
