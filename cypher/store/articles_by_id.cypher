// Articles by id, without their claims: the article references of evidence listings.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a {.id, .title, .source, .published, .url, .text} AS article
