// name: contested-claims
// description: Relations alleged by someone and denied by someone: who alleges, who denies, in which articles.
// param: actor actor = "" -- only claims with this actor as source or target; empty means all
MATCH (s:Actor)-[a]->(t:Actor)
WHERE a.status = 'alleged' AND ($actor = '' OR s.id = $actor OR t.id = $actor)
MATCH (s)-[d]->(t)
WHERE d.status = 'denied' AND label(d) = label(a)
RETURN s.id AS source, label(a) AS type, t.id AS target,
       a.attributed_to AS alleged_by, a.article AS alleged_in, a.published AS alleged_on,
       d.attributed_to AS denied_by, d.article AS denied_in, d.published AS denied_on
ORDER BY source, type, target, alleged_in, denied_in, a.rid, d.rid
