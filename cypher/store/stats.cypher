// Counts of everything, by actor type and by relationship type (empty lists on an empty graph).
CALL () {
  MATCH (a:Actor)
  WITH a.type AS type, count(*) AS n
  RETURN collect([type, n]) AS actor_types
}
CALL () { MATCH (:Article) RETURN count(*) AS articles }
CALL () { MATCH (:Claim) RETURN count(*) AS claims }
CALL () {
  MATCH (:Actor)-[r:SUPPORTS|ALLIED_WITH|COOPERATES_WITH|OPPOSES|ATTACKS|FIGHTS|CONTROLS|LEADS|MEMBER_OF]->(:Actor)
  WITH type(r) AS relation, count(*) AS n
  RETURN collect([relation, n]) AS edge_types
}
RETURN actor_types, articles, claims, edge_types
