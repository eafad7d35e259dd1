// What was denied? Negated claims ("denied backing"), kept as evidence against an edge, and
// whether the edge stands anyway on other reports.
MATCH (c:Claim {negated: true})-[:SUBJECT]->(s:Actor), (c)-[:OBJECT]->(t:Actor)
OPTIONAL MATCH (s)-[e]->(t) WHERE type(e) = c.relation
RETURN s.name AS source, c.relation AS relation, t.name AS target, c.sentence AS sentence,
       c.published AS published, e IS NOT NULL AS edge_stands
ORDER BY published, source
