// How is $from connected to $to? Every shortest chain of relations (any type, either
// direction, at most 4 hops); returned as paths so Browser draws them.
// Browser: :param from => 'russia'
//          :param to => 'hts'
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = allShortestPaths((a)-[:SUPPORTS|ALLIED_WITH|COOPERATES_WITH|OPPOSES|ATTACKS|FIGHTS|CONTROLS|LEADS|MEMBER_OF*..4]-(b))
RETURN p
LIMIT 25
