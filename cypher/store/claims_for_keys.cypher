// What belief needs of every claim behind these edge keys, optionally inside a time window
// (days compared as YYYY-MM-DD; a window drops undated claims).
UNWIND $keys AS k
MATCH (c:Claim {source_id: k.source_id, relation: k.relation, target_id: k.target_id})-[:IN]->(a:Article)
WHERE ($windowed = false OR c.published IS NOT NULL)
  AND ($since IS NULL OR substring(c.published, 0, 10) >= $since)
  AND ($until IS NULL OR substring(c.published, 0, 10) <= $until)
RETURN c.source_id AS source_id, c.relation AS relation, c.target_id AS target_id,
       c.confidence AS confidence, c.hedged AS hedged, c.negated AS negated,
       coalesce(c.repeats_publisher, a.source, a.id) AS publisher, c.published AS published
