// Who leads whom? People and the actors they lead, with the other actors each leader is
// reported to deal with.
MATCH (p:Person)-[l:LEADS]->(org:Actor)
OPTIONAL MATCH (p)-[r]-(other:Actor) WHERE type(r) <> 'LEADS'
RETURN p.name AS leader, org.name AS leads, l.confidence AS confidence,
       collect(DISTINCT type(r) + ' ' + other.name) AS dealings
ORDER BY leader, leads
