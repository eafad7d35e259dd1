// The claims behind these edge keys (a path's hops), optionally inside a time window.
UNWIND $keys AS k
MATCH (c:Claim {source_id: k.source_id, relation: k.relation, target_id: k.target_id})
WHERE ($windowed = false OR c.published IS NOT NULL)
  AND ($since IS NULL OR substring(c.published, 0, 10) >= $since)
  AND ($until IS NULL OR substring(c.published, 0, 10) <= $until)
RETURN c {.*} AS claim
