// name: contested-claims
// description: Relations alleged by someone and denied by someone: who alleges, who denies, in which articles.
// param: actor actor = "" -- only claims with this actor as source or target; empty means all
// Starting from the actor (when given) keeps the match to its own relations; without one, each
// alleged relation is taken once, from its source. The denial joins the same two actors.
MATCH (x:Actor)
WHERE $actor = '' OR x.id = $actor
MATCH (x)-[a]-(y:Actor)
WHERE a.status = 'alleged' AND ($actor <> '' OR startNode(a) = x)
MATCH (x)-[d]-(y)
WHERE d.status = 'denied' AND type(d) = type(a) AND startNode(d) = startNode(a)
WITH DISTINCT a, d, CASE WHEN startNode(a) = x THEN x.id ELSE y.id END AS source,
     CASE WHEN startNode(a) = x THEN y.id ELSE x.id END AS target
RETURN source, type(a) AS type, target,
       a.attributed_to AS alleged_by, a.article AS alleged_in, a.published AS alleged_on,
       d.attributed_to AS denied_by, d.article AS denied_in, d.published AS denied_on
ORDER BY source, type, target, alleged_in, denied_in, a.rid, d.rid
