// The store's schema, created idempotently by Neo4jStore.setup(). One statement per ';'.
// Unique ids: one node per actor, article and claim.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
// The one (:WriteLock) node every write locks first (store/write_context.cypher); unique, so
// two writers that both find it missing cannot create two.
CREATE CONSTRAINT write_lock_name IF NOT EXISTS FOR (l:WriteLock) REQUIRE l.name IS UNIQUE;
// Idempotent ingest looks articles up by the hash of their text.
CREATE INDEX article_content_hash IF NOT EXISTS FOR (a:Article) ON (a.content_hash);
// Recomputing an edge reads the claims of one (source, relation, target) key.
CREATE INDEX claim_edge_key IF NOT EXISTS FOR (c:Claim) ON (c.source_id, c.relation, c.target_id);
CREATE INDEX claim_article IF NOT EXISTS FOR (c:Claim) ON (c.article_id);
CREATE INDEX claim_published IF NOT EXISTS FOR (c:Claim) ON (c.published);
CREATE INDEX actor_type IF NOT EXISTS FOR (a:Actor) ON (a.type);
// Actor search: names and aliases (a list of strings), fuzzy and prefix matches.
// Wire copies: one (:Band) node per LSH band key of the articles' MinHash signatures; a
// new article finds its candidates through the band keys it shares (an index seek each).
CREATE CONSTRAINT band_key IF NOT EXISTS FOR (b:Band) REQUIRE b.key IS UNIQUE;
CREATE INDEX article_copy_of IF NOT EXISTS FOR (a:Article) ON (a.copy_of);
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliases];
