// Aggregated edges matching a filter, strongest first, one page, with the total.
// $symmetric lists the types that hold both ways (stored once, smaller id first): they
// match the source/target filter with their ends either way round.
// $anchor is the source or target asked for, or null: with one, the candidates are the
// edges at its node; without, every edge of the ontology's types is read (the UNWIND guard
// keeps that scan from running when there is an anchor).
CALL () {
  MATCH (:Actor {id: $anchor})-[r:SUPPORTS|ALLIED_WITH|COOPERATES_WITH|OPPOSES|ATTACKS|FIGHTS|CONTROLS|LEADS|MEMBER_OF]-(:Actor)
  RETURN r
  UNION
  UNWIND CASE WHEN $anchor IS NULL THEN [true] ELSE [] END AS everything
  MATCH (:Actor)-[r:SUPPORTS|ALLIED_WITH|COOPERATES_WITH|OPPOSES|ATTACKS|FIGHTS|CONTROLS|LEADS|MEMBER_OF]->(:Actor)
  RETURN r
}
WITH r, startNode(r) AS s, endNode(r) AS t
WHERE ($types IS NULL OR type(r) IN $types)
  AND r.confidence >= $min_confidence
  AND ($include_hedged OR NOT r.hedged_only)
  AND (
    (($source IS NULL OR s.id = $source) AND ($target IS NULL OR t.id = $target))
    OR (type(r) IN $symmetric AND ($source IS NULL OR t.id = $source) AND ($target IS NULL OR s.id = $target))
  )
WITH s.id AS source_id, type(r) AS relation, t.id AS target_id, r
ORDER BY r.confidence DESC, r.evidence_count DESC, source_id, relation, target_id
WITH collect({source_id: source_id, relation: relation, target_id: target_id, props: properties(r)}) AS matched
RETURN size(matched) AS total, matched[$offset..($offset + $limit)] AS edges
