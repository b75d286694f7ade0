// name: evidence
// description: The sentences, articles, urls and dates behind one source-type-target relation.
// param: source actor -- the acting actor
// param: type type -- the relation type
// param: target actor -- the actor acted upon
MATCH (s:Actor {id: $source})-[r]->(t:Actor {id: $target})
WHERE label(r) = $type
OPTIONAL MATCH (art:Article {id: r.article})
RETURN r.published AS published, r.status AS status, r.attributed_to AS attributed_to, r.mode AS mode,
       r.confidence AS confidence, r.sentence AS sentence, r.char_start AS char_start, r.char_end AS char_end,
       r.article AS article, art.url AS url, art.title AS title, art.outlet AS outlet, r.rid AS rid
ORDER BY published, article, char_start, rid
