// Every claim behind each of these edges in one read (negated ones too: belief weighs
// denials), optionally inside a time window (a window drops undated claims); oldest first
// (undated last), the order of store/claims. $keys: [{source_id, relation, target_id}].
UNWIND $keys AS k
MATCH (c:Claim {source_id: k.source_id, relation: k.relation, target_id: k.target_id})
WHERE ($since IS NULL OR (c.published IS NOT NULL AND substring(c.published, 0, 10) >= $since))
  AND ($until IS NULL OR (c.published IS NOT NULL AND substring(c.published, 0, 10) <= $until))
RETURN c {.*} AS claim
ORDER BY c.published IS NULL, c.published, c.article_id, c.start, c.id
