// name: who-does
// description: Who does TYPE to an actor: the sources of relations into a target, by type and status.
// param: target actor -- the actor on the receiving end
// param: type type = "" -- a relation type, e.g. ATTACKS; empty means every type
MATCH (s:Actor)-[r]->(t:Actor {id: $target})
WHERE $type = '' OR label(r) = $type
RETURN s.id AS source, s.name AS name, label(r) AS type, r.status AS status, count(r) AS relations,
       count(DISTINCT r.article) AS articles, min(r.published) AS first, max(r.published) AS last
ORDER BY relations DESC, source, type, status
