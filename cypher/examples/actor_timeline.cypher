// How did $actor's relations evolve? Its claims month by month: which relations, with whom,
// how many reports.
// Browser: :param actor => 'russia'
MATCH (a:Actor {id: $actor})<-[role:SUBJECT|OBJECT]-(c:Claim)
MATCH (c)-[:SUBJECT]->(s:Actor), (c)-[:OBJECT]->(t:Actor)
WHERE c.published IS NOT NULL
RETURN substring(c.published, 0, 7) AS month, s.name AS source, c.relation AS relation,
       t.name AS target, count(c) AS claims
ORDER BY month, source, relation, target
