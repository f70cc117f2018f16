"""Where an uncached request of `make bench` spends its CPU: CPU ms per request (`process_time`,
meaningful on a loaded machine where wall time is not), SQL queries, and cProfile's top functions
by own time and by cumulative time. Writes bench/results/profile-<database>.md.

    DJANGO_SETTINGS_MODULE=bench.settings python -m bench.profile --pages 10000
"""

import argparse
import cProfile
import datetime
import io
import json
import os
import pstats
import statistics
import time
from pathlib import Path

import django

RESULTS = Path(__file__).resolve().parent / "results"


def _requests(page_id):
    from bench.run import OURS_DETAIL, OURS_LIST, global_id

    return {
        "listing": {"query": OURS_LIST, "variables": {"n": 20}},
        "détail": {"query": OURS_DETAIL, "variables": {"id": global_id(page_id)}},
    }


def _top(profile, sort, limit):
    stream = io.StringIO()
    stats = pstats.Stats(profile, stream=stream)
    stats.sort_stats(sort).print_stats(limit)
    lines = stream.getvalue().splitlines()
    start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls"))
    return "\n".join(line.replace(str(Path.cwd()) + "/", "") for line in lines[start:] if line)


def profile(pages, iterations, limit):
    from django.db import connection
    from django.test import Client

    from bench.generate import generate

    index = generate(pages, stdout=lambda *a: None)
    page_id = index.get_children().order_by("path").values_list("pk", flat=True)[pages // 2]
    client = Client()
    sections = []
    for name, body in _requests(page_id).items():
        payload = json.dumps(body)

        def call(payload=payload):
            response = client.post("/graphql/", payload, content_type="application/json")
            assert response.status_code == 200 and b'"errors"' not in response.content, (
                response.content
            )

        call()
        queries = []

        def count(execute, sql, *args, queries=queries):
            queries.append(sql)
            return execute(sql, *args)

        with connection.execute_wrapper(count):
            call()
        cpu = []
        for _ in range(iterations):
            start = time.process_time()
            call()
            cpu.append((time.process_time() - start) * 1000)
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(iterations):
            call()
        profiler.disable()
        calls = pstats.Stats(profiler).total_calls // iterations
        sections.append(
            f"## {name}\n\n- CPU par requête (médiane de {iterations}) : "
            f"{statistics.median(cpu):.2f} ms ; requêtes SQL : {len(queries)} ; appels de "
            f"fonctions Python par requête (stable d'une machine à l'autre) : {calls}\n\n"
            f"### Temps propre (tottime)\n\n```\n{_top(profiler, 'tottime', limit)}\n```\n\n"
            f"### Temps cumulé (cumtime)\n\n```\n{_top(profiler, 'cumulative', limit)}\n```\n"
        )
        print(sections[-1].split("###")[0])
    return sections


def main():
    parser = argparse.ArgumentParser(description="Profil d'une requête non mise en cache.")
    parser.add_argument("--pages", type=int, default=10000)
    parser.add_argument("--iterations", type=int, default=100)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    django.setup()
    from django.db import connection

    from bench.report import commit, machine

    sections = profile(args.pages, args.iterations, args.top)
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H%MZ")
    text = (
        f"# Profil de l'API non mise en cache — {stamp}\n\n"
        f"- commit {commit()}, base {connection.vendor}, {machine()}, {args.pages} pages, "
        f"charge moyenne (1 min) {os.getloadavg()[0]:.2f}\n"
        "- CPU : `time.process_time` ; profil : cProfile sur les mêmes requêtes (il les ralentit, "
        "les parts comptent, pas les durées)\n\n" + "\n".join(sections)
    )
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"profile-{connection.vendor}.md"
    out.write_text(text, encoding="utf-8")
    print(f"Résultats : {out}")


if __name__ == "__main__":
    main()
