// name: neighbourhood
// description: Every actor within k hops of an actor: its distance and how many relation chains reach it.
// param: id actor -- the centre
// param: hops int[1..3] = 2 literal -- how far to walk (written into the pattern: bounds cannot be parameters)
// LadybugDB's default variable-length walk may reuse a relationship; `* TRAIL` gives Neo4j's rule.
MATCH p = (a:Actor {id: $id})-[* TRAIL 1..{{hops}}]-(b:Actor)
WHERE b <> a
RETURN b.id AS actor, b.name AS name, b.kind AS kind, min(length(p)) AS hops, count(p) AS chains
ORDER BY hops, actor
