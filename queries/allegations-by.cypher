// name: allegations-by
// description: The claims an accuser makes: alleged relations attributed to it, and its ACCUSES relations.
// param: accuser actor -- the actor making the claims
// Two halves, so neither pays for the other: the accuser's ACCUSES relations by index from its node,
// and one label-free relationship scan for alleged ones (no Actor label checks on 100,000 rows; the
// attributed_to list is read only where the status already says alleged). UNION drops a relation
// both halves find. Neither store can index membership in attributed_to, so one scan of every
// relation remains (about half the old time on Neo4j).
CALL {
  MATCH (s:Actor {id: $accuser})-[r:ACCUSES]->(t:Actor)
  RETURN r, s, t
  UNION
  MATCH ()-[r]->()
  WHERE r.status = 'alleged' AND $accuser IN r.attributed_to
  RETURN r, startNode(r) AS s, endNode(r) AS t
}
RETURN CASE WHEN type(r) = 'ACCUSES' AND s.id = $accuser THEN 'accuses' ELSE 'attributed' END AS via,
       s.id AS source, type(r) AS type, t.id AS target, r.status AS status, r.mode AS mode,
       r.published AS published, r.article AS article, r.sentence AS sentence, r.rid AS rid
ORDER BY published, source, type, target, rid
