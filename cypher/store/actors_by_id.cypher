// Actors by id, for upsert merging and for filling in path and neighbourhood nodes.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a.id AS id, a.name AS name, a.type AS type, a.aliases AS aliases
