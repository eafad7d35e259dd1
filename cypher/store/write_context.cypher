// Everything a write must know before writing, in one round trip: which of its contents are
// stored already, which of its article ids exist, the stored actors it names, and what
// belief needs of the stored claims behind the edges its claims touch. Claims of articles
// this write replaces (same id, new content: $new_hash) are left out, as they are about to go.
// Writes are serialised by first locking one (:WriteLock) node: an edge's figures are
// recomputed from the claims read here, so a second writer reading before the first commits
// would overwrite the edge without the first writer's claims. The lock is held to commit;
// `writes` counts the write transactions.
CALL () {
  MERGE (lock:WriteLock {name: 'graph'})
  SET lock.writes = coalesce(lock.writes, 0) + 1
}
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
// Actors: the ids not stored yet, and the stored ones the write may add a name to (an
// incoming name or alias not among theirs, compared exactly; the caller compares again
// without case). Known actors with nothing new, the common case, are not sent back.
CALL () {
  UNWIND $actors AS x
  OPTIONAL MATCH (a:Actor {id: x.id})
  WITH x, a
  WHERE a IS NULL OR any(n IN x.names WHERE n <> a.name AND NOT n IN coalesce(a.aliases, []))
  RETURN collect(CASE WHEN a IS NULL THEN x.id END) AS missing,
         collect(a {.id, .name, .type, .aliases}) AS actors
}
CALL () {
  UNWIND $keys AS k
  MATCH (c:Claim {source_id: k.source_id, relation: k.relation, target_id: k.target_id})-[:IN]->(a:Article)
  WHERE NOT (a.id IN $ids AND a.content_hash <> $new_hash[a.id])
  RETURN collect({source_id: c.source_id, relation: c.relation, target_id: c.target_id,
                  confidence: c.confidence, hedged: c.hedged, negated: c.negated,
                  publisher: coalesce(c.repeats_publisher, a.source, a.id),
                  published: c.published}) AS claims
}
RETURN hashes, ids, missing, actors, claims
