"""Prints the relevance suite's measures at the end of a test run (also under xdist, whose workers'
output never reaches the terminal): tests/search/test_relevance_suite.py writes them in
var/search-relevance/<engine>.txt; the ones written during this run are shown."""

import time

from django.conf import settings

_started = time.time()


def pytest_terminal_summary(terminalreporter):
    directory = settings.VAR_DIR / "search-relevance"
    texts = sorted(directory.glob("*.txt")) if directory.is_dir() else []
    texts = [path for path in texts if path.stat().st_mtime >= _started]
    if texts:
        terminalreporter.section("pertinence de la recherche (tests/search/relevance)")
        for path in texts:
            terminalreporter.write_line(path.read_text().rstrip())
