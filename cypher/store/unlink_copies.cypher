// Before articles are deleted: their wire copies stand on their own again (claims count for
// their own publishers), and the band links of the deleted articles go. Returns the edge
// keys whose belief changes.
UNWIND $ids AS id
OPTIONAL MATCH (copy:Article {copy_of: id})
OPTIONAL MATCH (c:Claim {article_id: copy.id})
WHERE c.repeats IS NOT NULL
SET c.repeats = null, c.repeats_publisher = null, copy.copy_of = null, copy.similarity = null,
    copy.story = null
WITH DISTINCT c
WHERE c IS NOT NULL
RETURN DISTINCT c.source_id AS source_id, c.relation AS relation, c.target_id AS target_id
