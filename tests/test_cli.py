"""The `acg` console script, run as a user runs it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

from tests.conftest import EXAMPLE_DATA

Acg = Callable[..., CompletedProcess[str]]

# The commands of DESIGN.md that exist so far, plus `ontology`; none is a stub.
COMMANDS = {
    "ontology",
    "store",
    "import",
    "ingest",
    "export",
    "extract",
    "evaluate",
    "gazetteer",
    "chain",
    "subordinates",
    "complicity",
    "path",
    "impunity",
    "case",
    "query",
}


def test_help_lists_the_commands_that_exist(acg: Acg) -> None:
    result = acg("--help")
    assert result.returncode == 0
    section = result.stdout.split("Commands:")[1]
    listed = {line.split()[0] for line in section.splitlines() if line.strip()}
    assert listed == COMMANDS


def test_every_command_has_help(acg: Acg) -> None:
    for args in (["ontology", "--help"], ["ontology", "show", "--help"], ["ontology", "validate", "--help"]):
        assert acg(*args).returncode == 0, args


def test_show_as_json(acg: Acg) -> None:
    result = acg("ontology", "show", "--format", "json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["predicates"]["commands"]["cypher"] == "COMMANDS"


def test_validate_reports_each_file_and_goes_on(acg: Acg, tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle")
    invalid = tmp_path / "invalid.ttl"
    invalid.write_text("@prefix acc: <https://w3id.org/acg/ontology#> . <urn:x> a acc:Person ; acc:memberOf <urn:x> .")
    result = acg("ontology", "validate", str(broken), str(tmp_path / "missing.ttl"), str(invalid), str(EXAMPLE_DATA))
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    assert errors[0].startswith(f"error: {broken}: not valid turtle")
    assert errors[1] == f"error: {tmp_path / 'missing.ttl'}: No such file or directory"
    assert f"{invalid}: <urn:x> acc:name" in result.stdout
    assert f"{EXAMPLE_DATA}: conforms" in result.stdout


def test_validate_a_valid_file_exits_zero(acg: Acg) -> None:
    result = acg("ontology", "validate", str(EXAMPLE_DATA))
    assert result.returncode == 0, result.stderr
