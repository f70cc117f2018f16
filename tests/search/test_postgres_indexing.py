"""The PostgreSQL indexer writes tsvector literals built in Python: they must be the very vectors
to_tsvector('simple', …) would give, or phrases and ranks would drift from SQLite's."""

import random

import pytest
from django.db import connection

from search.backends.postgres_french import tsvector_literal

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="PostgreSQL seulement : lancez `make test-search` avec DATABASE_URL=… "
        '(DATABASE_URL="$(scripts/postgres start)")',
    ),
]


def _server_vector(texts):
    expression = " || ".join(
        ["''::tsvector"] + ["setweight(to_tsvector('simple', %s), %s)" for _ in texts]
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT ({expression})::text, %s::tsvector::text",  # noqa: S608
            [value for text, weight in texts for value in (text, weight)]
            + [tsvector_literal(texts)],
        )
        return cursor.fetchone()


@pytest.mark.parametrize(
    "texts",
    [
        [("democrat particip budget", "A")],
        [("budget budget cultur", "A"), ("jardin_partag budget", "B"), ("", "C")],
        [("a " * 300, "A"), ("a b " * 200, "D")],  # 255 positions per text, 256 in all
        [("x " * 17000 + "y z", "A"), ("q r", "B")],  # positions clamped at 16383
    ],
)
def test_literal_equals_what_the_server_computes(texts):
    expected, ours = _server_vector(texts)
    assert ours == expected


def test_random_texts_give_the_server_vector():
    rng = random.Random(14)
    words = ["budget", "a_b", "_x", "cafe", "ete", "x2", "12", "nandu"]
    for _ in range(30):
        texts = [
            (" ".join(rng.choices(words, k=rng.randrange(0, 600))), weight)
            for weight in "ABCD"
            if rng.random() < 0.7
        ]
        expected, ours = _server_vector(texts)
        assert ours == expected
