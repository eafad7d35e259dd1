// Which of these content hashes are stored already (idempotent re-ingest), and which of
// these article ids exist (an updated article replaces the stored one): one round trip.
CALL (){
  UNWIND $hashes AS h
  MATCH (a:Article {content_hash: h})
  RETURN collect(DISTINCT a.content_hash) AS hashes
}
CALL () {
  UNWIND $ids AS id
  MATCH (a:Article {id: id})
  RETURN collect(a.id) AS ids
}
RETURN hashes, ids
