// What surrounds $actor? Everything within two relations of it, as a graph for Browser
// (captions and colours come from cypher/browser/style.grass).
// Browser: :param actor => 'hts'
MATCH p = (a:Actor {id: $actor})-[:SUPPORTS|ALLIED_WITH|COOPERATES_WITH|OPPOSES|ATTACKS|FIGHTS|CONTROLS|LEADS|MEMBER_OF*1..2]-(:Actor)
RETURN p
LIMIT 100
