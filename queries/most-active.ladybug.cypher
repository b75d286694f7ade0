// name: most-active
// description: Actors ranked by relations sent and received, per family of relation types.
// param: family family = "" -- one family (material, cooperation, appeal, dispute, coercion, force); empty means each
// param: limit int[1..10000] = 20 -- how many rows
// The type lists below are the codebook's families (graph.model.Family); a test keeps them in step.
MATCH (s:Actor)-[r]->(t:Actor)
WITH s.id AS source, t.id AS target,
     CASE
       WHEN label(r) IN ['SUPPLIES'] THEN 'material'
       WHEN label(r) IN ['SUPPORTS', 'COOPERATES', 'MEETS', 'RECOGNIZES'] THEN 'cooperation'
       WHEN label(r) IN ['REQUESTS'] THEN 'appeal'
       WHEN label(r) IN ['ACCUSES', 'CONDEMNS', 'DENIES', 'THREATENS'] THEN 'dispute'
       WHEN label(r) IN ['SANCTIONS', 'REDUCES_RELATIONS'] THEN 'coercion'
       WHEN label(r) IN ['MOBILIZES', 'ATTACKS'] THEN 'force'
     END AS family
WHERE $family = '' OR family = $family
UNWIND [0, 1] AS side
WITH CASE side WHEN 0 THEN source ELSE target END AS actor, family, side
WITH actor, family, count(CASE WHEN side = 0 THEN 1 END) AS sent, count(CASE WHEN side = 1 THEN 1 END) AS received, count(*) AS total
ORDER BY total DESC, actor, family
LIMIT $limit
MATCH (a:Actor {id: actor})
RETURN actor, a.name AS name, family, sent, received, total
ORDER BY total DESC, actor, family
