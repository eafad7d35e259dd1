// A page of actors ordered by name (case-insensitive), with the total.
MATCH (a:Actor)
WHERE $type IS NULL OR a.type = $type
WITH a ORDER BY toLower(a.name), a.id
WITH collect(a) AS matched
RETURN size(matched) AS total,
       [a IN matched[$offset..($offset + $limit)] | a {.id, .name, .type, .aliases}] AS actors
