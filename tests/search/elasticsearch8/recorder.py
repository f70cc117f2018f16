"""A small real HTTP server that answers like an Elasticsearch 8 node and records every request.

Not a mock of our code: the elasticsearch 8 client really connects to it over HTTP (127.0.0.1, a
free port), with its product check (`X-Elastic-Product: Elasticsearch`) and its compatibility
headers. Replies are minimal, valid Elasticsearch 8 bodies; `search_replies` are popped in turn
for each `_search` request and each search of an `_msearch` (a `(status, body)` pair answers with
an error: the whole reply of a `_search`, that search's item of an `_msearch`).
"""

import json
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

COMPATIBLE = "application/vnd.elasticsearch+json; compatible-with=8"
NDJSON = "application/vnd.elasticsearch+x-ndjson; compatible-with=8"


@dataclass
class Request:
    method: str
    path: str
    query: dict
    headers: dict
    raw: bytes

    @property
    def json(self):
        return json.loads(self.raw) if self.raw else None

    @property
    def ndjson(self):
        return [json.loads(line) for line in self.raw.decode().splitlines() if line.strip()]


def search_reply(hits=(), total=None, aggregations=None, suggest=None):
    """A `_search` reply: `hits` are (pk, score) pairs (as `_source` or `fields`, as asked)."""
    hits = list(hits)
    reply = {
        "took": 1,
        "timed_out": False,
        "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
        "hits": {
            "total": {"value": len(hits) if total is None else total, "relation": "eq"},
            "max_score": max((score for _, score in hits), default=None),
            "hits": [
                {
                    "_index": "territoires_search_searchdocument",
                    "_id": f"search.SearchDocument:{pk}",
                    "_score": score,
                    "_source": {"pk": str(pk)},
                    "fields": {"pk": [str(pk)]},
                }
                for pk, score in hits
            ],
        },
    }
    if aggregations is not None:
        reply["aggregations"] = aggregations
    if suggest is not None:
        reply["suggest"] = suggest
    return reply


def _as_asked(reply, request, body=None):
    """Like Elasticsearch: `_source` unless the request turned it off, `fields` only when it
    asked for stored fields, and every aggregation asked for (empty unless given)."""
    body = (request.json or {}) if body is None else body
    reply = json.loads(json.dumps(reply))
    for name in body.get("aggs", body.get("aggregations", {})):
        reply.setdefault("aggregations", {}).setdefault(
            name, {"doc_count_error_upper_bound": 0, "sum_other_doc_count": 0, "buckets": []}
        )
    stored = body.get("stored_fields") or request.query.get("stored_fields")
    source = body.get("_source", request.query.get("_source", True))
    for hit in reply["hits"]["hits"]:
        if not stored:
            hit.pop("fields", None)
        if source in (False, "false"):
            hit.pop("_source", None)
    return reply


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _handle(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        url = urlsplit(self.path)
        request = Request(
            self.command,
            url.path,
            {k: v[0] for k, v in parse_qs(url.query).items()},
            {k.lower(): v for k, v in self.headers.items()},
            raw,
        )
        with self.server.lock:
            self.server.requests.append(request)
        status, body = self.server.reply(request)
        data = json.dumps(body).encode() if body is not None else b""
        self.send_response(status)
        if self.server.product:
            self.send_header("X-Elastic-Product", self.server.product)
        self.send_header("Content-Type", COMPATIBLE)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _handle

    def log_message(self, format, *args):  # noqa: A002 - the base class' name
        pass


class Elasticsearch8Recorder(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.lock = threading.Lock()
        self.requests = []
        self.search_replies = []
        self.product = "Elasticsearch"  # None: answer like another engine (no product header)
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def url(self):
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self.shutdown()
        self.server_close()
        self._thread.join(5)

    def sent(self, method=None, path_suffix=""):
        return [
            r
            for r in self.requests
            if (method is None or r.method == method) and r.path.endswith(path_suffix)
        ]

    def reply(self, request):
        parts = [p for p in request.path.split("/") if p]
        ok = {"acknowledged": True}
        if request.method == "HEAD":
            return 200, None
        if parts and parts[-1] == "_msearch":
            items = []
            for body in request.ndjson[1::2]:
                reply = self.search_replies.pop(0) if self.search_replies else search_reply()
                if isinstance(reply, tuple):
                    status, error = reply
                    items.append({"error": error.get("error", error), "status": status})
                else:
                    items.append({**_as_asked(reply, request, body), "status": 200})
            return 200, {"took": 1, "responses": items}
        if parts and parts[-1] == "_search":
            reply = self.search_replies.pop(0) if self.search_replies else search_reply()
            if isinstance(reply, tuple):  # (status, body): an error
                return reply
            return 200, _as_asked(reply, request)
        if parts == ["_bulk"] or parts[-1:] == ["_bulk"]:
            actions = request.ndjson[::2]
            items = [
                {
                    verb: {
                        "_index": meta.get("_index"),
                        "_id": meta.get("_id"),
                        "result": "created",
                        "status": 201,
                    }
                }
                for action in actions
                for verb, meta in action.items()
            ]
            return 200, {"took": 1, "errors": False, "items": items}
        if parts[-1:] == ["_refresh"]:
            return 200, {"_shards": {"total": 1, "successful": 1, "failed": 0}}
        if parts[-1:] == ["_mapping"]:
            return 200, ok
        if len(parts) == 3 and parts[1] == "_doc":
            return 201, {
                "_index": parts[0],
                "_id": parts[2],
                "_version": 1,
                "result": "created",
                "_shards": {"total": 1, "successful": 1, "failed": 0},
                "_seq_no": 0,
                "_primary_term": 1,
            }
        if len(parts) == 1 and request.method == "PUT":
            return 200, {"acknowledged": True, "shards_acknowledged": True, "index": parts[0]}
        if len(parts) == 1 and request.method == "DELETE":
            return 200, ok
        return 404, {
            "error": {"type": "resource_not_found_exception", "reason": request.path},
            "status": 404,
        }
