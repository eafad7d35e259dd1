"""Wire copies: near-duplicate articles recognised at ingest with MinHash and LSH banding
(docs/web.md, "Wire copies"). :mod:`.minhash` makes an article's fingerprint, :mod:`.link`
decides, inside a store's write, which stored article a new one copies and which of its
claims repeat the original's."""
