// Every dated claim inside a time window (optionally of some types), with what belief needs:
// edges of a window are recomputed from these alone. Days compare as YYYY-MM-DD: $since is
// a day and $until_below the first string past the last day ($until + U+FFFF), so a plain
// range on c.published (an index seek) keeps exactly the claims whose day is in the window.
MATCH (c:Claim)
WHERE c.published >= coalesce($since, '') AND c.published < coalesce($until_below, '\uffff')
  AND ($types IS NULL OR c.relation IN $types)
MATCH (c)-[:IN]->(a:Article)
RETURN c.source_id AS source_id, c.relation AS relation, c.target_id AS target_id,
       c.confidence AS confidence, c.hedged AS hedged, c.negated AS negated,
       coalesce(c.repeats_publisher, a.source, a.id) AS publisher, c.published AS published
