// Who says what? Speakers of attributed claims, with how many claims each made and about
// which relations.
MATCH (c:Claim)-[:SAID_BY]->(speaker:Actor)
RETURN speaker.name AS speaker, count(c) AS claims, collect(DISTINCT c.relation) AS relations
ORDER BY claims DESC, speaker
