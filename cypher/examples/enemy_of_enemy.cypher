// Who are $actor's potential partners by structural balance? Actors hostile to someone that
// $actor is hostile to, and not already hostile to $actor.
// Browser: :param actor => 'israel'
MATCH (a:Actor {id: $actor})-[:ATTACKS|FIGHTS|OPPOSES]-(enemy:Actor)-[:ATTACKS|FIGHTS|OPPOSES]-(other:Actor)
WHERE other <> a AND NOT (a)-[:ATTACKS|FIGHTS|OPPOSES]-(other)
RETURN other.name AS actor, collect(DISTINCT enemy.name) AS common_enemies
ORDER BY size(common_enemies) DESC, actor
