// name: contested-claims
// description: Claims alleged or confirmed by someone and denied by someone: one row per (source, type, target), with both sides.
// param: actor actor = "" -- only claims with this actor as source or target; empty means all
// Denials are rarer than allegations, so they lead: from the actor (when given) its own denied
// relations, else each denied relation once, from its source. They are grouped per (source, type,
// target) before the alleged or confirmed relations of the same triple are joined, so a claim
// denied in three sentences is one row. Neo4j has no list sort without APOC: each sorted,
// distinct list is UNWIND ... ORDER BY ... collect in a subquery, which returns [] (not no row)
// when every attributed_to list is empty.
MATCH (x:Actor)
WHERE $actor = '' OR x.id = $actor
MATCH (x)-[d]-(y:Actor)
WHERE d.status = 'denied' AND ($actor <> '' OR startNode(d) = x)
WITH DISTINCT d
WITH startNode(d) AS s, type(d) AS type, endNode(d) AS t, collect(d) AS denying,
     min(d.published) AS first_denied, max(d.published) AS last_denied
MATCH (s)-[a]->(t)
WHERE type(a) = type AND a.status IN ['alleged', 'confirmed']
WITH s, type, t, denying, first_denied, last_denied, collect(a) AS alleging,
     min(a.published) AS first_alleged, max(a.published) AS last_alleged
CALL (alleging) {
  UNWIND alleging AS a
  UNWIND a.attributed_to AS who
  WITH DISTINCT who ORDER BY who
  RETURN collect(who) AS alleged_by
}
CALL (denying) {
  UNWIND denying AS d
  UNWIND d.attributed_to AS who
  WITH DISTINCT who ORDER BY who
  RETURN collect(who) AS denied_by
}
CALL (alleging) {
  UNWIND alleging AS a
  WITH DISTINCT a.article AS article ORDER BY article
  RETURN collect(article) AS alleged_in
}
CALL (denying) {
  UNWIND denying AS d
  WITH DISTINCT d.article AS article ORDER BY article
  RETURN collect(article) AS denied_in
}
RETURN s.id AS source, type, t.id AS target, alleged_by, denied_by, alleged_in, denied_in,
       size(alleging) AS allegations, size(denying) AS denials,
       first_alleged, last_alleged, first_denied, last_denied
ORDER BY source, type, target
