// Claims matching every given field, oldest first (undated last). Symmetric relations match
// the source/target fields with their ends either way round.
// $anchor is an actor the claims must touch (the source, target or actor asked for), or
// null. With one, the candidates are walked from its node (its SUBJECT and OBJECT edges),
// so the cost is that actor's claims; without, every claim is read. The UNWIND guard keeps
// the scan from running at all when there is an anchor (a WHERE on the parameter alone
// would be checked after the scan).
CALL () {
  MATCH (:Actor {id: $anchor})<-[:SUBJECT|OBJECT]-(c:Claim)
  RETURN c
  UNION
  UNWIND CASE WHEN $anchor IS NULL THEN [true] ELSE [] END AS everything
  MATCH (c:Claim)
  RETURN c
}
WITH c
WHERE ($relation IS NULL OR c.relation = $relation)
  AND ($actor IS NULL OR c.source_id = $actor OR c.target_id = $actor)
  AND ($include_negated OR NOT c.negated)
  AND ($since IS NULL OR (c.published IS NOT NULL AND substring(c.published, 0, 10) >= $since))
  AND ($until IS NULL OR (c.published IS NOT NULL AND substring(c.published, 0, 10) <= $until))
  AND (
    (($source IS NULL OR c.source_id = $source) AND ($target IS NULL OR c.target_id = $target))
    OR (c.relation IN $symmetric AND ($source IS NULL OR c.target_id = $source)
        AND ($target IS NULL OR c.source_id = $target))
  )
RETURN c {.*} AS claim
ORDER BY c.published IS NULL, c.published, c.article_id, c.start, c.id
