// New articles (a stored article with the same id was deleted first: an updated article).
UNWIND $rows AS row
CREATE (a:Article)
SET a = row
