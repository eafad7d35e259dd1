// Create or update actors. The actor type also becomes a second label (:State, :Person, ...)
// so Neo4j Browser can colour nodes by type; labels come from this fixed list only.
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a.name = row.name, a.type = row.type, a.aliases = row.aliases
FOREACH (_ IN CASE row.type WHEN 'STATE' THEN [1] ELSE [] END | SET a:State)
FOREACH (_ IN CASE row.type WHEN 'GOVERNMENT' THEN [1] ELSE [] END | SET a:Government)
FOREACH (_ IN CASE row.type WHEN 'ARMED_GROUP' THEN [1] ELSE [] END | SET a:ArmedGroup)
FOREACH (_ IN CASE row.type WHEN 'ORGANIZATION' THEN [1] ELSE [] END | SET a:Organization)
FOREACH (_ IN CASE row.type WHEN 'PERSON' THEN [1] ELSE [] END | SET a:Person)
FOREACH (_ IN CASE row.type WHEN 'PLACE' THEN [1] ELSE [] END | SET a:Place)
FOREACH (_ IN CASE row.type WHEN 'GROUP' THEN [1] ELSE [] END | SET a:Group)
