// Who are the hubs? Actors with the most relations (any type, either direction), with the
// share of cooperative and hostile ones.
MATCH (a:Actor)-[r:SUPPORTS|ALLIED_WITH|COOPERATES_WITH|OPPOSES|ATTACKS|FIGHTS|CONTROLS|LEADS|MEMBER_OF]-(:Actor)
WITH a, count(r) AS degree,
     sum(CASE WHEN type(r) IN ['SUPPORTS', 'ALLIED_WITH', 'COOPERATES_WITH', 'MEMBER_OF'] THEN 1 ELSE 0 END) AS cooperative,
     sum(CASE WHEN type(r) IN ['OPPOSES', 'ATTACKS', 'FIGHTS'] THEN 1 ELSE 0 END) AS hostile
RETURN a.id AS id, a.name AS actor, a.type AS type, degree, cooperative, hostile
ORDER BY degree DESC, actor
LIMIT 15
