// One actor with its degree (aggregated edges to other actors) and the span and number of
// the claims it is subject or object of.
MATCH (a:Actor {id: $id})
OPTIONAL MATCH (a)<-[:SUBJECT|OBJECT]-(c:Claim)
WITH a, min(c.published) AS first_seen, max(c.published) AS last_seen, count(c) AS claim_count
RETURN a.id AS id, a.name AS name, a.type AS type, a.aliases AS aliases,
       COUNT { (a)-[:SUPPORTS|ALLIED_WITH|COOPERATES_WITH|OPPOSES|ATTACKS|FIGHTS|CONTROLS|LEADS|MEMBER_OF]-(:Actor) } AS degree,
       first_seen, last_seen, claim_count
