"""The committed SDL and fragment type map are the contract with front ends: they must match what
the code builds."""

import json
from pathlib import Path

from django.core.management import call_command
from graphql import print_schema

from cms.api.possible_types import possible_types_json
from cms.api.schema import schema

GRAPHQL = Path(__file__).resolve().parents[2] / "graphql"
SDL = GRAPHQL / "schema.graphql"
POSSIBLE_TYPES = GRAPHQL / "possibleTypes.json"


def test_committed_schema_is_up_to_date():
    built = print_schema(schema.graphql_schema).strip()
    committed = SDL.read_text(encoding="utf-8").strip()
    assert built == committed, (
        "graphql/schema.graphql est périmé : lancez `make schema` et committez le résultat."
    )


def test_committed_possible_types_are_up_to_date():
    assert POSSIBLE_TYPES.read_text(encoding="utf-8") == possible_types_json(
        schema.graphql_schema
    ), "graphql/possibleTypes.json est périmé : lancez `make schema` et committez le résultat."


def test_possible_types_list_every_interface_and_union_with_their_members():
    committed = json.loads(POSSIBLE_TYPES.read_text(encoding="utf-8"))
    assert {"Node", "Page", "BodyBlock", "NewsletterSection"} <= set(committed)
    assert "ExperiencePage" in committed["Page"]
    assert set(committed["Page"]) < set(committed["Node"])
    assert {"Theme", "LocalAuthority", "Image", "Submission", "Enrollment"} <= set(
        committed["Node"]
    )
    assert "BodyQuote" in committed["BodyBlock"]


def test_make_schema_writes_the_type_map(tmp_path):
    out = tmp_path / "possibleTypes.json"
    call_command("graphql_possible_types", out=str(out))
    assert out.read_text(encoding="utf-8") == possible_types_json(schema.graphql_schema)
