// name: actor-profile
// description: An actor: kind, aliases, analytic properties, article count, and its relations out and in by type and status.
// param: id actor -- the actor's id, e.g. PRK
MATCH (a:Actor {id: $id})
OPTIONAL MATCH (a)-[e]-(:Actor)
WITH a, count(DISTINCT e.article) AS articles
OPTIONAL MATCH (a)-[r]-(:Actor)
WITH a, articles, r, CASE WHEN r IS NULL THEN NULL WHEN struct_extract(r, '_src') = id(a) THEN 'out' ELSE 'in' END AS direction
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases, articles,
       a.pagerank AS pagerank, a.betweenness AS betweenness, a.bloc AS bloc,
       direction, label(r) AS type, r.status AS status, count(r) AS relations
ORDER BY direction DESC, type, status
