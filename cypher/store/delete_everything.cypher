// Empty the database (tests and benchmarks only), in batches so a big graph fits in memory:
// relationships first, so no batch of nodes drags the thousands of edges of a dense actor
// into one transaction (DETACH DELETE of 10,000 nodes overran a 512 MB heap at 1M edges).
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS;
MATCH (n)
CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS;
