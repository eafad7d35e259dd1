// Whether an article with this content hash is stored.
RETURN EXISTS { MATCH (:Article {content_hash: $hash}) } AS found
