"""Writing a built graph in the formats other tools read: RDF serialisations and network files."""
from __future__ import annotations

import io
import json

from kg.errors import StoreError

RDF_FORMATS = {"ttl": "turtle", "nt": "nt", "trig": "trig", "nq": "nquads", "jsonld": "json-ld"}
NETWORK_FORMATS = ("graphml", "gexf", "json")


def export(location, fmt: str) -> bytes:
    """The article graphs of the store at ``location`` as ``fmt`` (see kg export --help)."""
    import networkx as nx

    from kg import graph
    from kg.pipeline import load_dataset
    from kg.store import open_store

    ds = load_dataset(open_store(location))
    if fmt in ("ttl", "nt"):
        return graph.union(ds).serialize(format=RDF_FORMATS[fmt]).encode("utf-8")
    if fmt in RDF_FORMATS:
        return ds.serialize(format=RDF_FORMATS[fmt]).encode("utf-8")
    if fmt not in NETWORK_FORMATS:
        raise StoreError(f"unknown export format {fmt!r}")
    nxg = graph.to_networkx(graph.union(ds))
    if fmt == "graphml":
        return "\n".join(nx.generate_graphml(nxg)).encode("utf-8")
    if fmt == "gexf":
        buf = io.BytesIO()
        nx.write_gexf(nxg, buf)
        return buf.getvalue()
    return json.dumps(nx.node_link_data(nxg, edges="links"), ensure_ascii=False, indent=1).encode("utf-8")
