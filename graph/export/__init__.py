"""Export a networkx snapshot to files other tools read, and import stategraph's own JSON dump.

Every writer takes the snapshot that ``Store.to_networkx()`` returns (see ``graph.snapshot``)
and returns bytes or text; the CLI decides where they go. Only ``cypherscript`` emits Cypher,
as text for another database; no export module talks to a store.

- ``graphml``: GraphML for Gephi, yEd, networkx (lists JSON-encoded, None dropped).
- ``gexf``: GEXF 1.2 for Gephi (same encoding; labels and weights set for display).
- ``jsondump``: the byte-stable ``stategraph-dump`` JSON, and its validating reader.
- ``jsonimport``: writing a validated dump into any store, article by article.
- ``csvimport``: the CSV layout that ``neo4j-admin database import`` reads.
- ``cypherscript``: parameter-free Cypher statements that recreate the graph.
"""

from __future__ import annotations

from graph.export.csvimport import csv_tables, read_csv_tables
from graph.export.cypherscript import cypher_script, split_statements
from graph.export.gexf import gexf_bytes, read_gexf
from graph.export.graphml import graphml_bytes, read_graphml
from graph.export.jsondump import DUMP_FORMAT, DUMP_VERSION, Dump, dumps, loads, read_dump
from graph.export.jsonimport import ImportResult, dump_batches, import_dump

__all__ = [
    "DUMP_FORMAT",
    "DUMP_VERSION",
    "Dump",
    "ImportResult",
    "csv_tables",
    "cypher_script",
    "dump_batches",
    "dumps",
    "gexf_bytes",
    "graphml_bytes",
    "import_dump",
    "loads",
    "read_dump",
    "read_csv_tables",
    "read_gexf",
    "read_graphml",
    "split_statements",
]
