// Serialise this write with every other: lock the one (:WriteLock) node until commit (the
// same clause opens store/write_context.cypher; see why there). `writes` counts them.
MERGE (lock:WriteLock {name: 'graph'})
SET lock.writes = coalesce(lock.writes, 0) + 1
