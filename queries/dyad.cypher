// name: dyad
// description: Everything between two actors, both directions, by date.
// param: a actor -- one actor
// param: b actor -- the other actor
MATCH (x:Actor {id: $a})-[r]-(y:Actor {id: $b})
WITH r, CASE WHEN startNode(r) = x THEN x.id ELSE y.id END AS source, CASE WHEN startNode(r) = x THEN y.id ELSE x.id END AS target
RETURN r.published AS published, source, type(r) AS type, target, r.status AS status,
       r.attributed_to AS attributed_to, r.mode AS mode, r.article AS article, r.sentence AS sentence, r.rid AS rid
ORDER BY published, source, type, target, status, rid
