"""The search benchmark's report: Markdown tables from the JSON results, and one report from
the results of several runs."""

from pathlib import Path

from bench.search.engines import ENGINES, QUERIES


def _cell(entry, budget):
    if entry is None or "skipped" in entry:
        return "—"
    if "error" in entry:
        return "erreur"
    if "p50_ms" not in entry:
        return f"> {budget:g} s"
    p50, p95 = entry["p50_ms"], entry["p95_ms"]

    def fmt(ms):
        return f"{ms / 1000:.1f} s" if ms >= 10_000 else f"{ms:g}"

    text = f"{fmt(p50)} (1 mesure)" if entry["n"] == 1 else f"{fmt(p50)} / {fmt(p95)}"
    return text + (" ⏱" if entry.get("over_budget_s") else "")


def markdown(report):
    runs = report.get("sources") or [report]
    lines = [f"# Recherche : moteurs côte à côte ({report['date']})", ""]
    for run in runs:
        lines.append(
            (f"- `{run['name']}` : " if "name" in run else "")
            + f"machine {run['machine']['cores']} cœurs, {run['machine']['platform']} ; "
            f"charge moyenne (1, 5, 15 min) avant {run['machine']['load_before']}, "
            f"après {run['machine']['load_after']} ; commit {run['commit']} ; "
            f"durée {run['duration_s']:.0f} s"
            + ("." if run.get("complete", True) else " (mesure interrompue).")
        )
    lines += [
        "",
        "Latence p50 / p95 en ms du service de recherche (première page de 20 résultats), "
        "N itérations au plus et un budget de B s par requête (« > B s » : interrompue au "
        "budget, sans résultat ; ⏱ : itérations arrêtées au budget ; « (1 mesure) » : une seule "
        "itération tenait dans le budget).",
    ]
    for size in report["sizes"]:
        engines = size["engines"]
        budget = size.get("budget_s", report.get("budget_s"))
        lines += [
            "",
            f"## {size['pages']} documents (N = {size.get('runs', report.get('runs'))}, "
            f"B = {budget:g} s)",
            "",
        ]
        names = list(engines)
        if not names:
            lines.append("Aucun moteur mesuré.")
            continue
        lines.append("| requête | " + " | ".join(engines[n]["label"] for n in names) + " |")
        lines.append("|---" * (len(names) + 1) + "|")
        for label in QUERIES:
            cells = [_cell(engines[n].get("queries", {}).get(label), budget) for n in names]
            lines.append(f"| {label} | " + " | ".join(cells) + " |")
        totals = []
        for n in names:
            entry = engines[n].get("queries", {}).get("mot fréquent (budget)") or {}
            totals.append("—" if entry.get("total") is None else str(entry["total"]))
        lines.append("| résultats pour « budget » | " + " | ".join(totals) + " |")
        plural = []
        for n in names:
            entry = engines[n].get("queries", {}).get("sans accent, pluriel (democraties)") or {}
            plural.append("—" if entry.get("total") is None else str(entry["total"]))
        lines.append("| résultats pour « democraties » | " + " | ".join(plural) + " |")
        rates = [
            f"{engines[n]['indexing_docs_per_s']:g} ({engines[n]['index_s']:g} s)"
            if "indexing_docs_per_s" in engines[n]
            else ("échec" if "error" in engines[n] else "—")
            for n in names
        ]
        lines.append("| indexation, documents/s (durée) | " + " | ".join(rates) + " |")
        lines.append("")
        for db, generated in size["generation"].items():
            if "error" in generated:
                lines.append(f"- Génération {db} : {generated['error']}")
                continue
            lines.append(
                f"- Génération {db} : {generated['documents']} documents, "
                f"{generated['facets']} facettes ; migrate {generated['migrate_s']:g} s, "
                f"pages {generated['pages_s']:g} s, documents {generated['documents_s']:g} s."
            )
        for n in names:
            versions = ", ".join(f"{k} {v}" for k, v in engines[n].get("versions", {}).items())
            config = engines[n].get("search_config")
            lines.append(
                f"- {engines[n]['label']} : `{engines[n].get('backend', '?')}`"
                + (f", configuration `{config}`" if config else "")
                + f" ; {versions} ; processus {engines[n]['total_s']:g} s."
                + (f" Échec : {engines[n]['error']}" if "error" in engines[n] else "")
            )
        for name, why in size["skipped"].items():
            lines.append(f"- Non mesuré : {name} — {why}.")
    if report.get("relevance"):
        lines += relevance_markdown(report["relevance"])
    if report.get("notes"):
        lines += ["", "## Notes", ""] + [f"- {note}" for note in report["notes"]]
    return "\n".join(lines) + "\n"


def relevance_markdown(relevance):
    """The relevance suite's measures per engine, ours beside the stock ones, and the queries on
    which our engines disagree."""
    from tests.search.relevance import suite

    engines = relevance["engines"]
    lines = [
        "",
        f"## Pertinence (suite `tests/search/relevance/` : {len(suite.load_corpus())} documents, "
        f"{len(suite.load_queries())} requêtes)",
        "",
        "Succès@1 : le document attendu est le premier ; succès@3 : parmi les trois premiers ; "
        "MRR@10 : moyenne de 1/rang du premier attendu dans les dix premiers. Nos moteurs par le "
        "service de recherche (correction de frappe comprise) ; les moteurs stock comme un site "
        "Wagtail les appelle (`backend.search(texte, documents)`, leur opérateur, sans analyse "
        "française).",
        "",
        "| moteur | succès@1 | succès@3 | MRR@10 | sans résultat |",
        "|---|---:|---:|---:|---:|",
    ]
    outcomes = {}
    for name, measured in engines.items():
        if "metrics" not in measured:
            lines.append(f"| {measured.get('label', name)} | échec | | | |")
            continue
        outcome = suite.Outcome.from_json(measured)
        outcomes[name] = outcome
        m = measured["metrics"]
        empty = sum(not q.found for q in outcome.queries)
        lines.append(
            f"| {measured['label']} | {m['success@1']:.3f} | {m['success@3']:.3f} "
            f"| {m['mrr@10']:.3f} | {empty} |"
        )
    lines.append("")
    ours = [o for name, o in outcomes.items() if not engines[name].get("stock")]
    if len(ours) > 1:
        split = suite.disagreements(ours)
        lines.append(
            f"Désaccords entre nos moteurs (premier résultat attendu ou non) : {len(split)} "
            "requête(s)" + (" :" if split else ".")
        )
        for query, firsts in split:
            lines.append(
                f"- « {query} » : "
                + " ; ".join(f"{engine} → {first or 'rien'}" for engine, first in firsts.items())
            )
        lines.append("")
    for name, outcome in outcomes.items():
        kinds = {}
        for q in outcome.queries:
            kinds.setdefault(q.kind, []).append(q.first)
        lines.append(
            f"- {engines[name]['label']}, succès@1 par type : "
            + " ; ".join(f"{kind} {sum(v)}/{len(v)}" for kind, v in sorted(kinds.items()))
            + "."
        )
    for name, why in relevance.get("skipped", {}).items():
        lines.append(f"- Non mesuré : {name} — {why}.")
    return lines


def merge(reports, paths):
    """One report from several runs (e.g. 100k on SQLite and on PostgreSQL, run concurrently)."""
    sources = [
        {key: value for key, value in report.items() if key != "sizes"} | {"name": Path(p).stem}
        for report, p in zip(reports, paths, strict=True)
    ]
    sizes = {}
    for report in reports:
        for size in report["sizes"]:
            into = sizes.setdefault(
                size["pages"],
                {
                    "runs": report.get("runs"),
                    "budget_s": report.get("budget_s"),
                    **size,
                    "generation": {},
                    "engines": {},
                    "skipped": {},
                },
            )
            for db, generated in size["generation"].items():  # the first run generated it
                into["generation"].setdefault(db, generated)
            into["engines"].update(size["engines"])
            into["skipped"].update(size["skipped"])
    for size in sizes.values():
        size["engines"] = {n: size["engines"][n] for n in ENGINES if n in size["engines"]}
        measured = {ENGINES[n]["db"] for n in size["engines"]} | {
            "opensearch" for n in size["engines"] if n.startswith("opensearch")
        }
        size["skipped"] = {k: v for k, v in size["skipped"].items() if k not in measured}
    relevance = next((r["relevance"] for r in reports if r.get("relevance")), None)
    return {
        "date": reports[0]["date"],
        "sources": sources,
        "sizes": [sizes[pages] for pages in sorted(sizes)],
    } | ({"relevance": relevance} if relevance else {})
