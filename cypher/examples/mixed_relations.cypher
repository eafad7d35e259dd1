// Who are frenemies? Pairs of actors with both a cooperative and a hostile relation
// between them (talks while fighting, support then attacks).
MATCH (a:Actor)-[c:SUPPORTS|ALLIED_WITH|COOPERATES_WITH]-(b:Actor)
MATCH (a)-[h:OPPOSES|ATTACKS|FIGHTS]-(b)
WHERE a.id < b.id
RETURN a.name AS actor, b.name AS other, collect(DISTINCT type(c)) AS cooperative,
       collect(DISTINCT type(h)) AS hostile
ORDER BY actor, other
