// name: done-to
// description: What an actor does to whom: the targets of its relations, by type and status.
// param: source actor -- the acting actor
// param: type type = "" -- a relation type, e.g. SUPPLIES; empty means every type
MATCH (s:Actor {id: $source})-[r]->(t:Actor)
WHERE $type = '' OR label(r) = $type
RETURN t.id AS target, t.name AS name, label(r) AS type, r.status AS status, count(r) AS relations,
       count(DISTINCT r.article) AS articles, min(r.published) AS first, max(r.published) AS last
ORDER BY relations DESC, target, type, status
