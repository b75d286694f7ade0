// name: path
// description: The shortest chains of relations between two actors, in either direction, no relation used twice.
// param: from actor -- where the chain starts
// param: to actor -- where the chain ends
// param: max_hops int[1..8] = 6 literal -- the longest chain looked for
// LadybugDB: `* ALL SHORTEST` for allShortestPaths (a shortest path never repeats a relationship);
// list_transform for list comprehensions; a relationship's start node is its `_src` internal id.
// Steps are built one row each and put back in order by an index prefix: a lambda indexing two
// lists at once gives wrong results in 0.22, and collect() keeps no order.
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
WHERE a <> b
MATCH p = (a)-[* ALL SHORTEST 1..{{max_hops}}]-(b)
UNWIND range(1, length(p)) AS i
WITH i, rels(p)[i] AS r, nodes(p)[i] AS n, nodes(p)[i + 1] AS m,
     properties(nodes(p), 'id') AS actors, properties(rels(p), 'rid') AS rids
WITH actors, rids,
     lpad(string(i), 2, '0') +
     CASE WHEN struct_extract(r, '_src') = struct_extract(n, '_id')
          THEN ' -[' + label(r) + ']-> ' ELSE ' <-[' + label(r) + ']- ' END + struct_extract(m, 'id') AS step
WITH actors, rids, list_sort(collect(step)) AS steps
RETURN size(rids) AS hops,
       list_reduce(list_concat([actors[1]], list_transform(steps, s -> substring(s, 3, 1000))), (s, t) -> s + t) AS chain,
       actors, rids
ORDER BY hops, chain, list_reduce(rids, (s, rid) -> s + ',' + rid)
