"""Writing a built graph in the formats other tools read: RDF serialisations and network files.

N-Triples, N-Quads, Turtle and TriG are streamed by Oxigraph straight from the store, as graph.ttl and
graph.trig are, so memory does not grow with the graph; GraphML, GEXF and node-link JSON are written from the
networkx graph that the store's rows make (one edge per statement). Only JSON-LD loads the graph into rdflib.
"""
from __future__ import annotations

import io
import json
from pathlib import Path
from typing import BinaryIO

from kg.errors import StoreError

RDF_FORMATS = {"ttl": "turtle", "nt": "nt", "trig": "trig", "nq": "nquads", "jsonld": "json-ld"}
NETWORK_FORMATS = ("graphml", "gexf", "json")


def export(location, fmt: str, output: str | Path | BinaryIO | None = None) -> bytes | None:
    """Write the article graphs of the store at ``location`` as ``fmt`` (see kg export --help) into ``output``:
    a binary file, or a path (written whole or not at all); without one, return the bytes."""
    from kg.pipeline import _atomic_file
    from kg.store import open_store

    if fmt not in RDF_FORMATS and fmt not in NETWORK_FORMATS:
        raise StoreError(f"unknown export format {fmt!r}")
    if output is None:
        buffer = io.BytesIO()
        export(location, fmt, buffer)
        return buffer.getvalue()
    if isinstance(output, (str, Path)):
        def write(tmp: str) -> None:
            with open(tmp, "wb") as file:
                export(location, fmt, file)

        _atomic_file(Path(output), write)
        return None
    _write(open_store(location), fmt, output)
    return None


def _write(db, fmt: str, output: BinaryIO) -> None:
    import networkx as nx

    from kg import graph
    from kg.pipeline import STREAMED_FORMATS, load_dataset, write_rdf

    if fmt in STREAMED_FORMATS:
        write_rdf(db, output, fmt)
    elif fmt == "jsonld":
        output.write(load_dataset(db).serialize(format="json-ld").encode("utf-8"))
    elif fmt == "graphml":
        nx.write_graphml_lxml(graph.to_networkx(db), output)  # element by element (see pipeline.write_outputs)
    elif fmt == "gexf":
        nx.write_gexf(graph.to_networkx(db), output)
    else:
        text = io.TextIOWrapper(output, encoding="utf-8")
        try:  # (json.dump writes the document in pieces: the text of the whole graph is never held)
            json.dump(nx.node_link_data(graph.to_networkx(db), edges="links"), text, ensure_ascii=False, indent=1)
        finally:
            text.detach()  # (leaves ``output`` open)
