// Every dated claim inside a time window (optionally of some types), with what belief needs:
// edges of a window are recomputed from these alone.
MATCH (c:Claim)-[:IN]->(a:Article)
WHERE c.published IS NOT NULL
  AND ($since IS NULL OR substring(c.published, 0, 10) >= $since)
  AND ($until IS NULL OR substring(c.published, 0, 10) <= $until)
  AND ($types IS NULL OR c.relation IN $types)
RETURN c.source_id AS source_id, c.relation AS relation, c.target_id AS target_id,
       c.confidence AS confidence, c.hedged AS hedged, c.negated AS negated,
       coalesce(a.source, a.id) AS publisher, c.published AS published
