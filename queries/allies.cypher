// name: allies
// description: Allies of an actor: counterparts in cooperation relations (either direction), ranked.
// param: id actor -- the actor
// param: types types = cooperation literal -- relation types or families counted
// param: statuses statuses = asserted,alleged,confirmed,planned -- statuses counted (denied is left out)
MATCH (a:Actor {id: $id})-[r:{{types}}]-(b:Actor)
WHERE r.status IN $statuses AND b <> a
WITH b, r, startNode(r) = a AS sent
RETURN b.id AS actor, b.name AS name, b.kind AS kind, count(r) AS relations,
       count(CASE WHEN sent THEN 1 END) AS sent, count(CASE WHEN NOT sent THEN 1 END) AS received,
       count(DISTINCT r.article) AS articles, max(r.published) AS last
ORDER BY relations DESC, actor
