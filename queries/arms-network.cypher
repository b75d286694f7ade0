// name: arms-network
// description: Who supplies whom (SUPPLIES relations) with what mode and status.
// param: actor actor = "" -- only supplies by or to this actor; empty means all
// param: statuses statuses = asserted,alleged,confirmed,denied,planned -- statuses shown
MATCH (s:Actor)-[r:SUPPLIES]->(t:Actor)
WHERE ($actor = '' OR s.id = $actor OR t.id = $actor) AND r.status IN $statuses
RETURN s.id AS supplier, t.id AS recipient, r.mode AS mode, r.status AS status, count(r) AS relations,
       count(DISTINCT r.article) AS articles, min(r.published) AS first, max(r.published) AS last
ORDER BY supplier, recipient, mode, status
