// Which relations rest on hedged reporting alone ("reports suggest", "is accused of")? Edges
// whose every claim is hedged: leads to check, not facts.
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.hedged_only
RETURN s.name AS source, type(r) AS relation, t.name AS target, r.confidence AS confidence,
       r.evidence_count AS claims
ORDER BY confidence DESC, source
