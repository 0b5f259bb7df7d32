"""Output validates against the shipped JSON Schema, from Python and from the CLI."""

from __future__ import annotations

import json
import subprocess

import jsonschema

import newsgraph as ng


def test_python_output_validates() -> None:
    schema = json.loads(ng.json_schema())
    jsonschema.Draft202012Validator.check_schema(schema)
    for doc in (ng.seed(), ng.seed(with_syntax=True), ng.extract("Short. Text.")):
        jsonschema.validate(doc.to_dict(), schema)


def test_schema_rejects_a_broken_document() -> None:
    schema = json.loads(ng.json_schema())
    d = ng.seed().to_dict()
    d["schema"] = "newsgraph/0"
    validator = jsonschema.Draft202012Validator(schema)
    assert not validator.is_valid(d)
    d = ng.seed().to_dict()
    d["sentences"][0]["unexpected"] = 1
    assert not validator.is_valid(d)


def test_cli_output_validates_against_cli_schema(cli: str, root) -> None:  # type: ignore[no-untyped-def]
    schema = json.loads(subprocess.run([cli, "schema"], capture_output=True, check=True).stdout)
    assert schema == json.loads(ng.json_schema())
    seed = root / "seeds" / "bloomberg-2020-09-27-us-warns-iraq-embassy.txt"
    out = subprocess.run(
        [cli, "extract", str(seed), "--format", "json", "--published", "2020-09-27"],
        capture_output=True,
        check=True,
    ).stdout
    doc = json.loads(out)
    jsonschema.validate(doc, schema)
    assert len(doc["sentences"]) == 14
