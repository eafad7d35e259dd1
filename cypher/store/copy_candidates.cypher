// Wire copies: the stored articles sharing at least one LSH band key with a new article,
// oldest first, with what the copy check needs (dedup/link.py): the signature, the story
// each copies (if any) and the publisher its story counts as.
UNWIND $bands AS key
MATCH (:Band {key: key})<-[:HAS_BAND]-(a:Article)
WITH DISTINCT a
RETURN a.id AS id, a.signature AS signature, a.copy_of AS copy_of,
       coalesce(a.story, a.source, a.id) AS publisher, a.stored AS stored
ORDER BY stored, id
