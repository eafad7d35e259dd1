// Friend or foe at a distance? Chains of at most 3 relations from $from to $to with the
// sign of each (+ cooperative, - hostile, 0 neither) and their product, the structural-
// balance reading (the enemy of my enemy reads +).
// Browser: :param from => 'iran'
//          :param to => 'israel'
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = (a)-[rels:SUPPORTS|ALLIED_WITH|COOPERATES_WITH|MEMBER_OF|OPPOSES|ATTACKS|FIGHTS*1..3]-(b)
WITH p, [r IN rels | CASE WHEN type(r) IN ['OPPOSES', 'ATTACKS', 'FIGHTS'] THEN -1 ELSE 1 END] AS signs
RETURN [n IN nodes(p) | n.name] AS chain, [r IN relationships(p) | type(r)] AS relations,
       reduce(s = 1, x IN signs | s * x) AS sign, length(p) AS hops
ORDER BY hops, sign DESC
LIMIT 25
