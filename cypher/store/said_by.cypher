// Who said each attributed claim: (:Claim)-[:SAID_BY]->(:Actor).
UNWIND $rows AS row
MATCH (c:Claim {id: row.id}), (sp:Actor {id: row.speaker_id})
MERGE (c)-[:SAID_BY]->(sp)
