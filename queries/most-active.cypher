// name: most-active
// description: Actors ranked by relations sent and received, per family of relation types.
// param: family family = "" -- one family (material, cooperation, appeal, dispute, coercion, force); empty means each
// param: limit int[1..10000] = 20 -- how many rows
// The type lists below are the codebook's families (graph.model.Family); a test keeps them in step.
// Neo4j answers COUNT { (a)-[:T]->() } from its degree store, without touching the relationships,
// and CASE evaluates only the branch of the family asked for.
MATCH (a:Actor)
UNWIND ['material', 'cooperation', 'appeal', 'dispute', 'coercion', 'force'] AS family
WITH a, family
WHERE $family = '' OR family = $family
WITH a, family, CASE family
  WHEN 'material' THEN [COUNT { (a)-[:SUPPLIES]->() }, COUNT { (a)<-[:SUPPLIES]-() }]
  WHEN 'cooperation' THEN [COUNT { (a)-[:SUPPORTS|COOPERATES|MEETS|RECOGNIZES]->() }, COUNT { (a)<-[:SUPPORTS|COOPERATES|MEETS|RECOGNIZES]-() }]
  WHEN 'appeal' THEN [COUNT { (a)-[:REQUESTS]->() }, COUNT { (a)<-[:REQUESTS]-() }]
  WHEN 'dispute' THEN [COUNT { (a)-[:ACCUSES|CONDEMNS|DENIES|THREATENS]->() }, COUNT { (a)<-[:ACCUSES|CONDEMNS|DENIES|THREATENS]-() }]
  WHEN 'coercion' THEN [COUNT { (a)-[:SANCTIONS|REDUCES_RELATIONS]->() }, COUNT { (a)<-[:SANCTIONS|REDUCES_RELATIONS]-() }]
  WHEN 'force' THEN [COUNT { (a)-[:MOBILIZES|ATTACKS]->() }, COUNT { (a)<-[:MOBILIZES|ATTACKS]-() }]
END AS counts
WITH a, family, counts[0] AS sent, counts[1] AS received
WHERE sent + received > 0
RETURN a.id AS actor, a.name AS name, family, sent, received, sent + received AS total
ORDER BY total DESC, actor, family
LIMIT $limit
