// name: contested-claims
// description: Claims alleged or confirmed by someone and denied by someone: one row per (source, type, target), with both sides.
// param: actor actor = "" -- only claims with this actor as source or target; empty means all
// Denials are rarer than allegations, so they lead: from the actor (when given) its own denied
// relations, else each denied relation once, from its source. They are grouped per (source, type,
// target) before the alleged or confirmed relations of the same triple are joined, so a claim
// denied in three sentences is one row. No flatten() here: list_reduce concatenates the
// attributed_to lists (never an empty list of lists: a group has at least one relation).
MATCH (x:Actor)
WHERE $actor = '' OR x.id = $actor
MATCH (x)-[d]-(y:Actor)
WHERE d.status = 'denied' AND ($actor <> '' OR struct_extract(d, '_src') = id(x))
WITH DISTINCT d, CASE WHEN struct_extract(d, '_src') = id(x) THEN x.id ELSE y.id END AS source,
     CASE WHEN struct_extract(d, '_src') = id(x) THEN y.id ELSE x.id END AS target
WITH source, label(d) AS type, target, collect(d.attributed_to) AS deniers, collect(DISTINCT d.article) AS denied_in,
     count(*) AS denials, min(d.published) AS first_denied, max(d.published) AS last_denied
MATCH (s:Actor {id: source})-[a]->(t:Actor {id: target})
WHERE label(a) = type AND a.status IN ['alleged', 'confirmed']
WITH source, type, target, deniers, denied_in, denials, first_denied, last_denied,
     collect(a.attributed_to) AS accusers, collect(DISTINCT a.article) AS alleged_in, count(*) AS allegations,
     min(a.published) AS first_alleged, max(a.published) AS last_alleged
RETURN source, type, target,
       list_sort(list_distinct(list_reduce(accusers, (p, q) -> list_concat(p, q)))) AS alleged_by,
       list_sort(list_distinct(list_reduce(deniers, (p, q) -> list_concat(p, q)))) AS denied_by,
       list_sort(alleged_in) AS alleged_in, list_sort(denied_in) AS denied_in, allegations, denials,
       first_alleged, last_alleged, first_denied, last_denied
ORDER BY source, type, target
