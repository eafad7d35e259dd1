// One round trip for the nodes of a write: changed actors, new articles and their claims
// (with SUBJECT, OBJECT, IN and SAID_BY edges). Each part is a subquery over its own rows, in
// this order, so every claim finds its actors and article.
// Actors: the type also becomes a second label (:State, :Person, ...) so Neo4j Browser can
// colour nodes by type; labels come from this fixed list only.
CALL () {
  UNWIND $actors AS row
  MERGE (a:Actor {id: row.id})
  SET a.name = row.name, a.type = row.type, a.aliases = row.aliases
  FOREACH (_ IN CASE row.type WHEN 'STATE' THEN [1] ELSE [] END | SET a:State)
  FOREACH (_ IN CASE row.type WHEN 'GOVERNMENT' THEN [1] ELSE [] END | SET a:Government)
  FOREACH (_ IN CASE row.type WHEN 'ARMED_GROUP' THEN [1] ELSE [] END | SET a:ArmedGroup)
  FOREACH (_ IN CASE row.type WHEN 'ORGANIZATION' THEN [1] ELSE [] END | SET a:Organization)
  FOREACH (_ IN CASE row.type WHEN 'PERSON' THEN [1] ELSE [] END | SET a:Person)
  FOREACH (_ IN CASE row.type WHEN 'PLACE' THEN [1] ELSE [] END | SET a:Place)
  FOREACH (_ IN CASE row.type WHEN 'GROUP' THEN [1] ELSE [] END | SET a:Group)
}
// Articles are new (a stored article with the same id was deleted first: an updated article).
CALL () {
  UNWIND $articles AS row
  CREATE (a:Article)
  SET a = row
}
// Claims: CREATE, not MERGE: a claim id is made from its article's id, and only claims of
// articles created just above are written. Properties are listed one by one, as a whole-map
// `SET c = row` makes the planner buffer every row (an Eager step); null values are not stored.
CALL () {
  UNWIND $claims AS row
  MATCH (s:Actor {id: row.source_id}), (t:Actor {id: row.target_id}), (art:Article {id: row.article_id})
  CREATE (c:Claim {
    id: row.id, source_id: row.source_id, relation: row.relation, target_id: row.target_id,
    confidence: row.confidence, negated: row.negated, hedged: row.hedged, speaker_id: row.speaker_id,
    article_id: row.article_id, sentence: row.sentence, start: row.start, `end`: row.`end`,
    published: row.published, repeats: row.repeats, repeats_publisher: row.repeats_publisher
  })
  CREATE (c)-[:SUBJECT]->(s)
  CREATE (c)-[:OBJECT]->(t)
  CREATE (c)-[:IN]->(art)
  WITH c, row
  WHERE row.speaker_id IS NOT NULL
  MATCH (sp:Actor {id: row.speaker_id})
  CREATE (c)-[:SAID_BY]->(sp)
}
