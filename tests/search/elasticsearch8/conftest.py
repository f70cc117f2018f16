import pytest

from tests.search.elasticsearch8.support import elasticsearch8


@pytest.fixture
def es8(db):
    with elasticsearch8() as server:
        yield server


@pytest.fixture
def corpus_es8(corpus):
    """The corpus (indexed by the default engine), then searched on the recording server."""
    with elasticsearch8() as server:
        yield corpus, server
