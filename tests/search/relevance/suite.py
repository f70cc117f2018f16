"""The relevance suite: corpus.json's documents as real pages, queries.json's queries through a
search function, and the measures of how well the expected documents come first.

    pages = build_pages(parent)                        # {key: page}, live and public
    outcome = evaluate(lambda text: [page ids, best first])
    outcome.metrics  -> {"success@1": …, "success@3": …, "mrr@10": …}
    print(report(outcome))

Used by tests/search/test_relevance_suite.py (the configured engine) and by the search benchmark
(bench/search/relevance.py: every engine, and the stock ones, on the same data).
"""

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
DEPTH = 10  # MRR@10: the first ten results count


def load_corpus():
    return json.loads((HERE / "corpus.json").read_text())["documents"]


def load_queries():
    return json.loads((HERE / "queries.json").read_text())["queries"]


def fingerprint():
    """What the results depend on: the data, the harness and the search code. Results of two
    engines are compared only when they were measured with the same fingerprint."""
    digest = hashlib.sha256()
    files = [HERE / "corpus.json", HERE / "queries.json", Path(__file__)]
    files += sorted((ROOT / "search").rglob("*.py"))
    for path in files:
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def build_pages(parent):
    """One live, public page per document under `parent` (an InspirationIndexPage): {key: page}.

    Only the title and summary carry words: no collectivité, author or organisation, whose names
    would match queries the document is not about."""
    from tests.inspiration.factories import (
        ConceptPageFactory,
        EventPageFactory,
        ExperiencePageFactory,
        ResourcePageFactory,
    )

    factories = {
        "experience": lambda **kw: ExperiencePageFactory(authority_link=None, **kw),
        "resource": lambda **kw: ResourcePageFactory(organisation="", **kw),
        "concept": lambda **kw: ConceptPageFactory(author="", year=None, **kw),
        "event": EventPageFactory,
    }
    return {
        document["key"]: factories[document["type"]](
            parent=parent,
            title=document["title"],
            summary=document["summary"],
            slug=document["key"],
        )
        for document in load_corpus()
    }


@dataclass
class QueryOutcome:
    query: str
    kind: str
    expected: list
    found: list  # keys of the first DEPTH results, best first
    error: str | None = None

    @property
    def rank(self):
        """1-based rank of the first expected document in the first DEPTH results, or None."""
        for position, key in enumerate(self.found[:DEPTH], 1):
            if key in self.expected:
                return position
        return None

    @property
    def first(self):
        return self.rank == 1


@dataclass
class Outcome:
    engine: str
    queries: list = field(default_factory=list)

    @property
    def metrics(self):
        return metrics(self.queries)

    def as_json(self):
        return {
            "engine": self.engine,
            "fingerprint": fingerprint(),
            "metrics": self.metrics,
            "queries": [
                {"query": q.query, "kind": q.kind, "expected": q.expected, "found": q.found}
                | ({"error": q.error} if q.error else {})
                for q in self.queries
            ],
        }

    @classmethod
    def from_json(cls, data):
        return cls(
            data["engine"],
            [
                QueryOutcome(q["query"], q["kind"], q["expected"], q["found"], q.get("error"))
                for q in data["queries"]
            ],
        )


def metrics(outcomes):
    count = len(outcomes) or 1
    ranks = [outcome.rank for outcome in outcomes]
    return {
        "queries": len(outcomes),
        "success@1": round(sum(rank == 1 for rank in ranks) / count, 3),
        "success@3": round(sum(rank is not None and rank <= 3 for rank in ranks) / count, 3),
        "mrr@10": round(sum(1 / rank for rank in ranks if rank) / count, 3),
    }


def evaluate(engine, search, pages, errors=()):
    """Every query through `search(text) -> [page id, …]`, best first. An error listed in
    `errors` (a query the service refuses, e.g. only stop words) counts as no result."""
    keys = {page.pk: key for key, page in pages.items()}
    outcome = Outcome(engine)
    for query in load_queries():
        error = None
        try:
            ids = search(query["query"])
        except errors as exc:
            ids, error = [], f"{type(exc).__name__}: {exc}"
        outcome.queries.append(
            QueryOutcome(
                query["query"],
                query["kind"],
                query["expected"],
                [keys.get(pk, f"?{pk}") for pk in ids[:DEPTH]],
                error,
            )
        )
    return outcome


def disagreements(outcomes):
    """The queries on which the engines do not agree whether the expected document comes first:
    [(query, {engine: first result key or None})]."""
    by_query = {}
    for outcome in outcomes:
        for q in outcome.queries:
            by_query.setdefault(q.query, {})[outcome.engine] = q
    found = []
    for query, per_engine in by_query.items():
        if len(per_engine) < 2:
            continue
        if len({q.first for q in per_engine.values()}) > 1:
            found.append(
                (query, {engine: (q.found or [None])[0] for engine, q in per_engine.items()})
            )
    return found


def report(outcome, others=()):
    """Plain text: the metrics, by kind of query, then every query whose expected document is
    not first (rank, what came first); then the disagreements with `others` (other engines)."""
    m = outcome.metrics
    lines = [
        f"Pertinence — {outcome.engine} : {m['queries']} requêtes, "
        f"succès@1 {m['success@1']:.3f}, succès@3 {m['success@3']:.3f}, MRR@10 {m['mrr@10']:.3f}"
    ]
    kinds = {}
    for q in outcome.queries:
        kinds.setdefault(q.kind, []).append(q)
    lines.append(
        "  par type : "
        + " ; ".join(
            f"{kind} {sum(q.first for q in qs)}/{len(qs)}" for kind, qs in sorted(kinds.items())
        )
    )
    for q in outcome.queries:
        if q.first:
            continue
        rank = f"rang {q.rank}" if q.rank else f"absent des {DEPTH} premiers"
        got = ", ".join(q.found[:3]) or "aucun résultat"
        lines.append(
            f"  ✗ « {q.query} » ({q.kind}) : {'/'.join(q.expected)} {rank} ; en tête : {got}"
            + (f" [{q.error}]" if q.error else "")
        )
    if others:
        every = [outcome, *others]
        engines = ", ".join(o.engine for o in every)
        split = disagreements(every)
        lines.append(f"Désaccords entre {engines} : {len(split)} requête(s)")
        for query, firsts in split:
            lines.append(
                f"  ≠ « {query} » : "
                + " ; ".join(f"{engine} → {first or 'rien'}" for engine, first in firsts.items())
            )
    return "\n".join(lines)
