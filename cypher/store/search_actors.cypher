// Candidate actors for a name search from the full-text index (Lucene query syntax built
// by the store from escaped terms); the store ranks them.
CALL db.index.fulltext.queryNodes('actor_names', $query, {limit: $limit}) YIELD node, score
WHERE $type IS NULL OR node.type = $type
RETURN node.id AS id, node.name AS name, node.type AS type, node.aliases AS aliases
