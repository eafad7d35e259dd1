// A read that runs as long as $n makes it (counting to $n): tests and benchmarks use it to
// see the store's transaction timeout stop a query.
UNWIND range(1, $n) AS x
RETURN count(x) AS n
