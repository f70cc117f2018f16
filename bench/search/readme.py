"""Write the search bench's table into README.md, between its two markers, from a results file:

    .venv/bin/python bench/search/readme.py bench/results/search-<date>.json

One column per engine (ours beside the stock one), per size the p50 / p95 of every query and the
indexing rate, then the relevance suite's success@1, success@3 and MRR@10. Nothing is typed by
hand: run it again after a new bench.
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.search.engines import ENGINES, QUERIES  # noqa: E402

START = "<!-- search-bench:start -->"
END = "<!-- search-bench:end -->"
COLUMNS = {
    "sqlite-stock": "SQLite Wagtail",
    "sqlite-ours": "SQLite (nôtre)",
    "postgres-stock": "PostgreSQL Wagtail",
    "postgres-ours": "PostgreSQL (nôtre)",
    "opensearch-stock": "OpenSearch Wagtail",
    "opensearch-ours": "OpenSearch (nôtre)",
}


def _ms(value):
    text = f"{value / 1000:.1f} s" if value >= 10_000 else f"{value:.0f}"
    return text.replace(".", ",")


def _latency(entry, budget):
    if not entry or "skipped" in entry:
        return "—"
    if "error" in entry:
        return "erreur"
    if "p50_ms" not in entry:
        return f"> {budget:g} s"
    return f"{_ms(entry['p50_ms'])} / {_ms(entry['p95_ms'])}"


def _number(value, digits=3):
    return f"{value:.{digits}f}".replace(".", ",")


def table(report):
    """The Markdown table of a bench report (bench/search/run.py's JSON)."""
    names = [name for name in COLUMNS if name in ENGINES]
    lines = [
        f"Mesuré le {report['date']} ("
        + " ; ".join(
            f"{run.get('name', 'passage')} : commit {run.get('commit', '?')}, "
            f"{run['machine']['cores']} cœurs, charge avant {run['machine']['load_before'][0]:g}"
            for run in report.get("sources") or [report]
        )
        + ") ; p50 / p95 en ms, « > B s » : interrompue au budget.",
        "",
        "| | " + " | ".join(COLUMNS[name] for name in names) + " |",
        "|---" + "|---:" * len(names) + "|",
    ]
    relevance = (report.get("relevance") or {}).get("engines", {})
    for metric, shown in (
        ("success@1", "succès@1"),
        ("success@3", "succès@3"),
        ("mrr@10", "MRR@10"),
    ):
        cells = [
            _number(relevance[name]["metrics"][metric])
            if "metrics" in relevance.get(name, {})
            else "—"
            for name in names
        ]
        lines.append(f"| pertinence : {shown} | " + " | ".join(cells) + " |")
    for size in report["sizes"]:
        engines = size["engines"]
        budget = size.get("budget_s", report.get("budget_s", 0))
        pages = f"{size['pages']:,}".replace(",", " ")
        for label in QUERIES:
            cells = [
                _latency(engines.get(name, {}).get("queries", {}).get(label), budget)
                for name in names
            ]
            lines.append(f"| {pages} : {label} | " + " | ".join(cells) + " |")
        cells = [
            f"{engines[name]['indexing_docs_per_s']:,.0f}".replace(",", " ")
            if "indexing_docs_per_s" in engines.get(name, {})
            else "—"
            for name in names
        ]
        lines.append(f"| {pages} : indexation (documents/s) | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def write(readme, report):
    text = readme.read_text()
    if START not in text or END not in text:
        raise SystemExit(f"{readme} : marqueurs {START} / {END} introuvables.")
    before, rest = text.split(START, 1)
    _, after = rest.split(END, 1)
    readme.write_text(f"{before}{START}\n{table(report)}\n{END}{after}")


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    report = json.loads(Path(sys.argv[1]).read_text())
    write(ROOT / "README.md", report)
    print(f"README.md : tableau du banc de recherche écrit depuis {sys.argv[1]}")


if __name__ == "__main__":
    main()
