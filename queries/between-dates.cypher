// name: between-dates
// description: Relations from articles published in a date range (inclusive), oldest first.
// param: since date -- first day, YYYY-MM-DD
// param: until date -- last day, YYYY-MM-DD
// param: types types = material,cooperation,appeal,dispute,coercion,force literal -- relation types or families
// param: limit int[1..100000] = 1000 -- how many rows
MATCH (s:Actor)-[r:{{types}}]->(t:Actor)
WHERE r.published >= $since AND r.published <= $until
RETURN r.published AS published, s.id AS source, type(r) AS type, t.id AS target, r.status AS status,
       r.article AS article, r.rid AS rid
ORDER BY published, source, type, target, status, rid
LIMIT $limit
