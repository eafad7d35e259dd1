// Which places are contested? Places that more than one actor is reported to control or to
// attack, with who does what.
MATCH (actor:Actor)-[r:CONTROLS|ATTACKS]->(place:Place)
WITH place, collect(DISTINCT actor.name + ' ' + type(r)) AS claims, count(DISTINCT actor) AS actors
WHERE actors > 1
RETURN place.name AS place, actors, claims
ORDER BY actors DESC, place
