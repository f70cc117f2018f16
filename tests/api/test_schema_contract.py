"""The committed SDL is the contract with front ends: it must match what the code builds."""

from pathlib import Path

from graphql import print_schema

from cms.api.schema import schema

SDL = Path(__file__).resolve().parents[2] / "graphql" / "schema.graphql"


def test_committed_schema_is_up_to_date():
    built = print_schema(schema.graphql_schema).strip()
    committed = SDL.read_text(encoding="utf-8").strip()
    assert built == committed, (
        "graphql/schema.graphql est périmé : lancez `make schema` et committez le résultat."
    )
