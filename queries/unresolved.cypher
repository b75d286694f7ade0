// name: unresolved
// description: Actor mentions the loaders could not resolve, most frequent first, for curation.
// param: article string = "" -- only mentions from this article id; empty means all
// param: limit int[1..100000] = 100 -- how many rows
MATCH (m:Unresolved)
WHERE $article = '' OR m.article = $article
RETURN m.text AS text, m.label AS label, count(m) AS mentions, count(DISTINCT m.article) AS articles,
       min(m.sentence) AS example
ORDER BY mentions DESC, text, label
LIMIT $limit
