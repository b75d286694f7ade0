// name: neighbourhood
// description: Every actor within k hops of an actor: its distance and how many relation chains reach it.
// param: id actor -- the centre
// param: hops int[1..3] = 2 literal -- how far to walk (written into the pattern: bounds cannot be parameters)
// A chain never uses the same relation twice (Neo4j's rule for a path).
MATCH p = (a:Actor {id: $id})-[*1..{{hops}}]-(b:Actor)
WHERE b <> a
RETURN b.id AS actor, b.name AS name, b.kind AS kind, min(length(p)) AS hops, count(p) AS chains
ORDER BY hops, actor
