// Where does an edge come from? The claims behind $source -[$relation]-> $target: the
// sentence, the article and its publisher, the date, who said it, hedged or denied.
// Browser: :param source => 'turkey'
//          :param relation => 'SUPPORTS'
//          :param target => 'syrian-national-army'
MATCH (c:Claim {source_id: $source, relation: $relation, target_id: $target})-[:IN]->(article:Article)
OPTIONAL MATCH (c)-[:SAID_BY]->(speaker:Actor)
RETURN c.sentence AS sentence, article.title AS article, article.source AS publisher,
       c.published AS published, speaker.name AS said_by, c.confidence AS confidence,
       c.hedged AS hedged, c.negated AS negated
ORDER BY published DESC, confidence DESC
