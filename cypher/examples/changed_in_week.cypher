// What changed in the week up to $day? Relations reported in claims published in the seven
// days ending on $day (ISO date), with how many claims each got that week.
// Browser: :param day => '2024-12-05'
WITH date($day) AS last, date($day) - duration('P6D') AS first
MATCH (c:Claim)-[:SUBJECT]->(s:Actor), (c)-[:OBJECT]->(t:Actor)
WHERE c.published IS NOT NULL AND date(substring(c.published, 0, 10)) >= first
  AND date(substring(c.published, 0, 10)) <= last
RETURN s.name AS source, c.relation AS relation, t.name AS target, count(c) AS claims,
       sum(CASE WHEN c.negated THEN 1 ELSE 0 END) AS denials, min(c.published) AS first_reported
ORDER BY claims DESC, source, relation, target
