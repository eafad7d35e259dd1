// Who is hostile to $actor? Every actor that attacks, fights or opposes it, in either
// direction for FIGHTS (it holds both ways), strongest first.
// Browser: :param actor => 'syrian-government'
MATCH (a:Actor {id: $actor})-[r:ATTACKS|FIGHTS|OPPOSES]-(other:Actor)
WHERE type(r) = 'FIGHTS' OR endNode(r) = a
RETURN other.name AS actor, type(r) AS relation, r.confidence AS confidence, r.evidence_count AS claims
ORDER BY confidence DESC, actor
