"""``kg serve``: a store over HTTP, as a SPARQL 1.1 Protocol endpoint with a browser explorer.

Routes: ``/sparql`` (the endpoint), ``/`` (the explorer: the diagram, a query box, a results table),
``/graph.html`` (the diagram of kg.viz, framed by the explorer), ``/entity/...`` (a page per entity),
``/api/queries`` (the shipped named queries, as examples) and ``/static/`` (kg/web: the explorer's files).

The web app (Starlette, run by uvicorn) never touches the store itself: every query, update and page
built from the store runs in a small pool of worker processes, each with its own store handle, killed
and replaced when a task runs past ``--timeout``. The modules, in the order a request meets them:

* ``app``: the settings, the ASGI app (routes, middleware, errors as one plain line) and the server.
* ``protocol``: the ``/sparql`` endpoint: reading a request, refusals, content negotiation, serialising.
* ``pages``: the explorer, the diagram and the entity pages, with everything from the store escaped.
* ``workers``: the worker processes, their store snapshots and their timeouts.
"""
from kg.serve.app import Settings, create_app, serve
from kg.serve.pages import entity_html, entity_link
from kg.serve.protocol import MAX_BODY, negotiate, serialize

# the tests open a worker's snapshot directly
from kg.serve.workers import _Snapshot as _Snapshot

__all__ = ["MAX_BODY", "Settings", "create_app", "entity_html", "entity_link", "negotiate", "serialize", "serve"]
