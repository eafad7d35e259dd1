// Everything a write must know before writing, in one round trip: which of its contents are
// stored already, which of its article ids exist, the stored actors it names, and what
// belief needs of the stored claims behind the edges its claims touch. Claims of articles
// this write replaces (same id, new content: $new_hash) are left out, as they are about to go.
CALL () {
  UNWIND $hashes AS h
  MATCH (a:Article {content_hash: h})
  RETURN collect(DISTINCT a.content_hash) AS hashes
}
CALL () {
  UNWIND $ids AS id
  MATCH (a:Article {id: id})
  RETURN collect(a.id) AS ids
}
CALL () {
  UNWIND $actor_ids AS id
  MATCH (a:Actor {id: id})
  RETURN collect(a {.id, .name, .type, .aliases}) AS actors
}
CALL () {
  UNWIND $keys AS k
  MATCH (c:Claim {source_id: k.source_id, relation: k.relation, target_id: k.target_id})-[:IN]->(a:Article)
  WHERE NOT (a.id IN $ids AND a.content_hash <> $new_hash[a.id])
  RETURN collect({source_id: c.source_id, relation: c.relation, target_id: c.target_id,
                  confidence: c.confidence, hedged: c.hedged, negated: c.negated,
                  publisher: coalesce(a.source, a.id), published: c.published}) AS claims
}
RETURN hashes, ids, actors, claims
