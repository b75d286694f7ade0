// name: path
// description: The shortest chains of relations between two actors, in either direction, no relation used twice.
// param: from actor -- where the chain starts
// param: to actor -- where the chain ends
// param: max_hops int[1..8] = 6 literal -- the longest chain looked for
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
WHERE a <> b
MATCH p = allShortestPaths((a)-[*..{{max_hops}}]-(b))
WITH p, [n IN nodes(p) | n.id] AS actors, [r IN relationships(p) | r.rid] AS rids,
     [i IN range(0, length(p) - 1) |
        CASE WHEN startNode(relationships(p)[i]) = nodes(p)[i]
             THEN ' -[' + type(relationships(p)[i]) + ']-> '
             ELSE ' <-[' + type(relationships(p)[i]) + ']- ' END + nodes(p)[i + 1].id] AS steps
RETURN length(p) AS hops, reduce(s = actors[0], step IN steps | s + step) AS chain, actors, rids
ORDER BY hops, chain, reduce(s = '', rid IN rids | s + ',' + rid)
