// name: most-active
// description: Actors ranked by relations sent and received, per family of relation types.
// param: family family = "" -- one family (material, cooperation, appeal, dispute, coercion, force); empty means each
// param: limit int[1..10000] = 20 -- how many rows
// The type lists below are the codebook's families (graph.model.Family); a test keeps them in step.
// Neo4j answers COUNT { (a)-[:T]->() } from its degree store, without touching the relationships.
MATCH (a:Actor)
UNWIND [
  {family: 'material', sent: COUNT { (a)-[:SUPPLIES]->() }, received: COUNT { (a)<-[:SUPPLIES]-() }},
  {family: 'cooperation', sent: COUNT { (a)-[:SUPPORTS|COOPERATES|MEETS|RECOGNIZES]->() },
   received: COUNT { (a)<-[:SUPPORTS|COOPERATES|MEETS|RECOGNIZES]-() }},
  {family: 'appeal', sent: COUNT { (a)-[:REQUESTS]->() }, received: COUNT { (a)<-[:REQUESTS]-() }},
  {family: 'dispute', sent: COUNT { (a)-[:ACCUSES|CONDEMNS|DENIES|THREATENS]->() },
   received: COUNT { (a)<-[:ACCUSES|CONDEMNS|DENIES|THREATENS]-() }},
  {family: 'coercion', sent: COUNT { (a)-[:SANCTIONS|REDUCES_RELATIONS]->() },
   received: COUNT { (a)<-[:SANCTIONS|REDUCES_RELATIONS]-() }},
  {family: 'force', sent: COUNT { (a)-[:MOBILIZES|ATTACKS]->() }, received: COUNT { (a)<-[:MOBILIZES|ATTACKS]-() }}
] AS f
WITH a, f
WHERE ($family = '' OR f.family = $family) AND f.sent + f.received > 0
RETURN a.id AS actor, a.name AS name, f.family AS family, f.sent AS sent, f.received AS received,
       f.sent + f.received AS total
ORDER BY total DESC, actor, family
LIMIT $limit
