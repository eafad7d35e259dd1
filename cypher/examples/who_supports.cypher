// Who supports $actor? Direct supporters, strongest first, with how many claims back each
// edge and when it was first and last reported.
// Browser: :param actor => 'hts'
MATCH (supporter:Actor)-[r:SUPPORTS]->(a:Actor {id: $actor})
RETURN supporter.name AS supporter, supporter.type AS type, r.confidence AS confidence,
       r.evidence_count AS claims, r.hedged_only AS hedged_only, r.first_seen AS first_seen,
       r.last_seen AS last_seen
ORDER BY confidence DESC, supporter
