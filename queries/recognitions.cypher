// name: recognitions
// description: Who recognises which territory or state.
// param: actor actor = "" -- only recognitions by or of this actor; empty means all
MATCH (s:Actor)-[r:RECOGNIZES]->(t:Actor)
WHERE $actor = '' OR s.id = $actor OR t.id = $actor
RETURN t.id AS recognised, t.kind AS kind, s.id AS recogniser, r.status AS status, count(r) AS relations,
       min(r.published) AS first, max(r.published) AS last
ORDER BY recognised, recogniser, status
