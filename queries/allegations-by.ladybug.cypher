// name: allegations-by
// description: The claims an accuser makes: alleged relations attributed to it, and its ACCUSES relations.
// param: accuser actor -- the actor making the claims
MATCH (s:Actor)-[r]->(t:Actor)
WHERE (r.status = 'alleged' AND $accuser IN r.attributed_to) OR (label(r) = 'ACCUSES' AND s.id = $accuser)
RETURN CASE WHEN label(r) = 'ACCUSES' AND s.id = $accuser THEN 'accuses' ELSE 'attributed' END AS via,
       s.id AS source, label(r) AS type, t.id AS target, r.status AS status, r.mode AS mode,
       r.published AS published, r.article AS article, r.sentence AS sentence, r.rid AS rid
ORDER BY published, source, type, target, rid
