"""The skip rule of tests/skips.py, on a throwaway suite run by pytester."""

pytest_plugins = ["pytester"]

SUITE = """
import pytest

def test_names_the_command():
    pytest.skip("OpenSearch absent : lancez `scripts/opensearch start`")

@pytest.mark.skipif(True, reason="PostgreSQL absent : DATABASE_URL=$(scripts/postgres url)")
def test_marked_with_the_command():
    pass

def test_says_only_what_is_missing():
    pytest.skip("serveur absent")
"""


def test_a_skip_without_its_command_fails(pytester):
    pytester.makeconftest("from tests.skips import pytest_runtest_makereport  # noqa: F401")
    pytester.makepyfile(test_suite=SUITE)
    result = pytester.runpytest("-p", "no:django", "-p", "no:xdist", "-p", "no:cacheprovider")
    result.assert_outcomes(skipped=2, failed=1)
    result.stdout.fnmatch_lines(["*sans dire quelle commande*« serveur absent »*"])
