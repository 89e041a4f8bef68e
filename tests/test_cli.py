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
    "audit",
    "timeline",
    "entity",
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
    "viz",
    "serve",
    "user",
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


def test_user_add_prints_a_key_once_and_keeps_only_its_hash(
    acg: Callable[..., CompletedProcess[str]], tmp_path: Path
) -> None:
    added = acg("user", "add", "lawyer", "--role", "analyst", "--home", str(tmp_path))
    again = acg("user", "add", "lawyer", "--role", "reader", "--home", str(tmp_path))
    listed = acg("user", "list", "--format", "json", "--home", str(tmp_path))
    key = added.stdout.strip()
    assert key.startswith("acg_")
    assert key not in (tmp_path / "users.json").read_text()
    assert again.returncode == 1
    assert "exists" in again.stderr
    assert [(u["name"], u["role"]) for u in json.loads(listed.stdout)] == [("lawyer", "analyst")]


def test_audit_verify_finds_changed_removed_and_cut_lines(
    acg: Callable[..., CompletedProcess[str]], tmp_path: Path
) -> None:
    from api.audit import AuditLog

    log = AuditLog(tmp_path / "audit.jsonl")
    for n in range(4):
        log.record("lawyer", "analyst", "cypher", {"query": f"MATCH (n) RETURN n LIMIT {n}"})
    intact = acg("audit", "verify", "--home", str(tmp_path))
    head = intact.stdout.split("head ")[1].strip()
    shown = acg("audit", "show", "--last", "2", "--format", "json", "--home", str(tmp_path))
    lines = log.path.read_text(encoding="utf-8").splitlines(keepends=True)
    log.path.write_text("".join(lines[:3]), encoding="utf-8")  # the last line cut: the chain alone is intact
    cut = acg("audit", "verify", "--anchor", head, "--home", str(tmp_path))
    log.path.write_text("".join([lines[0], lines[1].replace("LIMIT 1", "LIMIT 9"), *lines[2:]]), encoding="utf-8")
    changed = acg("audit", "verify", "--home", str(tmp_path))
    log.path.write_text("".join([lines[0], "{garbled\n", "7\n", *lines[3:]]), encoding="utf-8")
    garbled = acg("audit", "verify", "--home", str(tmp_path))
    still_shown = acg("audit", "show", "--format", "json", "--home", str(tmp_path))
    assert intact.returncode == 0, intact.stderr
    assert "4 entries, intact" in intact.stdout
    assert len(head) == 64
    assert [e["detail"]["query"][-1] for e in json.loads(shown.stdout)] == ["2", "3"]
    assert cut.returncode == 1
    assert f"no line has the anchor {head}" in cut.stderr
    assert changed.returncode == 1
    assert "audit.jsonl:3: does not follow line 2" in changed.stderr
    assert garbled.returncode == 1
    assert "audit.jsonl:2: not JSON" in garbled.stderr
    assert "audit.jsonl:3: not a JSON object" in garbled.stderr
    assert still_shown.returncode == 0, still_shown.stderr  # the lines that can be read are shown
    assert [e["detail"]["query"][-1] for e in json.loads(still_shown.stdout)] == ["0", "3"]


def test_viz_writes_an_offline_picture_with_pseudonyms(
    acg: Callable[..., CompletedProcess[str]], tmp_path: Path
) -> None:
    from tests.server import WITNESS, build_home

    build_home(tmp_path)
    out = tmp_path / "case.html"
    done = acg("viz", "k-krstic", "--depth", "1", "-o", str(out), "--home", str(tmp_path))
    html = out.read_text(encoding="utf-8")
    assert done.returncode == 0, done.stderr
    assert "Protected person" in html
    assert WITNESS not in html
    assert "<script src" not in html


def test_viz_names_classes_and_links_in_the_language_asked(
    acg: Callable[..., CompletedProcess[str]], tmp_path: Path
) -> None:
    from tests.server import build_home

    build_home(tmp_path)
    out = tmp_path / "caso.html"
    done = acg("viz", "o-zvornik", "--depth", "1", "--language", "es", "-o", str(out), "--home", str(tmp_path))
    refused = acg("viz", "o-zvornik", "--language", "xx", "-o", str(tmp_path / "no.html"), "--home", str(tmp_path))
    html = out.read_text(encoding="utf-8")
    assert done.returncode == 0, done.stderr
    assert '"label": "forma parte de"' in html
    assert '"label": "organización"' in html  # in the legend
    assert refused.returncode == 2
    assert "--language" in refused.stderr
    assert not (tmp_path / "no.html").exists()
