// Block until the indexes of constraints.cypher are online, so the first queries use them.
CALL db.awaitIndexes($seconds)
