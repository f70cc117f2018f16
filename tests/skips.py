"""A test that skips names the command that starts what it misses (a server, a browser, a
network), so that whoever reads `-rs` can run it: a skip without one fails instead."""

import re

import pytest

COMMAND = re.compile(r"scripts/|make |manage\.py|apt-get|pip install|[A-Z_]+=")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report)
        reason = reason.removeprefix("Skipped: ")
        if not COMMAND.search(reason):
            report.outcome = "failed"
            report.longrepr = (
                f"Ce test saute sans dire quelle commande démarre ce qui lui manque : « {reason} »"
            )
    return report
