"""The manifest of committed operations: the identifiers graphql-codegen's client preset sends,
kept fresh, and clear refusals for operations that cannot be committed."""

import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from cms.api.persisted_documents import ManifestError, build_manifest, operation_files
from cms.api.schema import schema

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "persisted_fixtures"


def manifest_of(directory):
    return build_manifest(operation_files(directory), schema.graphql_schema)


def test_the_identifiers_are_those_graphql_codegen_computes():
    # Recorded by running @graphql-codegen/cli with @graphql-codegen/client-preset 6.2.0
    # (persistedDocuments: {hashAlgorithm: 'sha256'}) on these two files: fragments in another
    # file, nested fragments, inline fragments on one type, directives, defaults, a string with
    # runs of spaces and accents, a mutation whose fields keep their order.
    recorded = json.loads(
        (FIXTURES / "codegen-6.2.0-persisted-documents.json").read_text(encoding="utf-8")
    )
    assert manifest_of(FIXTURES) == recorded


def test_the_committed_manifest_is_up_to_date():
    committed = json.loads((ROOT / "graphql" / "persisted-operations.json").read_text())
    assert committed == manifest_of(ROOT / "graphql" / "operations"), (
        "graphql/persisted-operations.json n'est pas à jour : lancez « make schema »."
    )
    call_command("persisted_operations", "--check")


def test_the_check_fails_on_a_stale_manifest(tmp_path):
    stale = tmp_path / "persisted-operations.json"
    stale.write_text("{}\n")
    with pytest.raises(CommandError, match="make schema"):
        call_command("persisted_operations", "--check", "--out", str(stale))
    call_command("persisted_operations", "--out", str(stale))
    call_command("persisted_operations", "--check", "--out", str(stale))
    assert json.loads(stale.read_text()) == manifest_of(ROOT / "graphql" / "operations")


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"A.graphql": "query { themes { name } }"}, "chaque opération porte un nom"),
        ({"A.graphql": "query A { themes { ...Missing } }"}, "Fragment inconnu : « Missing »"),
        ({"A.graphql": "query A { themes { nope } }"}, "l'opération « A » est invalide"),
        (
            {
                "A.graphql": "query A { themes { name } }",
                "B.graphql": "query A { themes { slug } }",
            },
            "l'opération « A » est déjà définie dans A.graphql",
        ),
        (
            {
                "A.graphql": "fragment F on Theme { name }",
                "B.graphql": "fragment F on Theme { slug }",
            },
            "le fragment « F » est déjà défini",
        ),
        ({"A.graphql": "query A { themes { name }"}, "document GraphQL illisible"),
    ],
)
def test_operations_that_cannot_be_committed_are_named(tmp_path, files, message):
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    with pytest.raises(ManifestError, match=message):
        manifest_of(tmp_path)
    with pytest.raises(CommandError, match=message):
        call_command(
            "persisted_operations", "--operations", str(tmp_path), "--out", str(tmp_path / "m.json")
        )
