"""The CLI through its real entry point (a subprocess running ``python -m kg``)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED


def kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg", *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        timeout=300,
    )


def commands() -> list[str]:
    from kg.cli import app

    names = []
    for cmd in app.registered_commands:
        names.append(cmd.name or cmd.callback.__name__.replace("_", "-"))
    for group in app.registered_groups:
        names.append(group.name)
    return names


def test_every_command_is_documented_in_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [c for c in commands() if not re.search(rf"`kg {re.escape(c)}\b", readme)]
    assert not missing, f"commands missing from README: {missing}"


def test_every_command_has_help():
    for c in commands():
        res = kg(c, "--help")
        assert res.returncode == 0, res.stderr
        assert "Usage" in res.stdout


@pytest.fixture(scope="module")
def disk_store(tmp_path_factory):
    store = tmp_path_factory.mktemp("store") / "kg-store"
    res = kg("ingest", str(SEED), "--store", str(store), "--no-progress")
    assert res.returncode == 0, res.stderr
    assert "ingested 1 article(s)" in res.stdout
    return store


def test_extract_emits_the_jsonl_contract():
    res = kg("extract", str(SEED), "--format", "jsonl")
    assert res.returncode == 0, res.stderr
    records = [json.loads(line) for line in res.stdout.splitlines()]
    kinds = {r["kind"] for r in records}
    assert kinds == {"entity", "event", "relation"}
    for r in records:
        assert r["doc"] == "seed"
        if r["kind"] == "entity":
            assert set(r) >= {"id", "label", "type", "aliases", "country", "wikidata"}
        elif r["kind"] == "event":
            assert set(r) >= {
                "id",
                "type",
                "cameo",
                "actors",
                "targets",
                "place",
                "date",
                "quantities",
                "negated",
                "evidence",
                "rule",
                "confidence",
            }
            assert re.fullmatch(r"\d{2,4}", r["cameo"])
            ev = r["evidence"]
            assert set(ev) >= {"doc", "sentence", "start", "end"}
            assert r["date"] is None or re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", r["date"])
        else:
            assert set(r) >= {"id", "subject", "predicate", "object", "evidence"}
    call = [r for r in records if r["kind"] == "event" and r["cameo"] == "041"]
    assert call and {a["label"] for a in call[0]["actors"]} >= {"Mark Milley", "Valery Gerasimov"}
    assert call[0]["date"] == "2022-05-19"


def test_stats_query_export_validate(disk_store):
    res = kg("stats", "--store", str(disk_store))
    assert res.returncode == 0
    assert re.search(r"articles:\s+1\b", res.stdout)
    assert int(re.search(r"events:\s+(\d+)", res.stdout).group(1)) >= 8

    res = kg("query", "posts", "--store", str(disk_store), "--format", "csv")
    assert res.returncode == 0, res.stderr
    assert "Valery Gerasimov" in res.stdout and "Chief of the General Staff" in res.stdout

    res = kg(
        "query",
        "who-talked-to-whom",
        "-p",
        "actor=Mark Milley",
        "-s",
        str(disk_store),
        "-f",
        "json",
    )
    data = json.loads(res.stdout)
    others = {b["otherLabel"]["value"] for b in data["results"]["bindings"]}
    assert "Valery Gerasimov" in others

    res = kg("export", "--format", "events-csv", "--store", str(disk_store))
    assert res.returncode == 0
    header, *rows = res.stdout.splitlines()
    assert header.startswith("event_id,doc,date,cameo")
    assert any(",041," in row and "Mark Milley" in row for row in rows)

    res = kg("export", "--format", "jsonl", "--store", str(disk_store))
    exported = [json.loads(x) for x in res.stdout.splitlines()]
    assert any(r["kind"] == "event" and r["cameo"] == "041" for r in exported)

    res = kg("validate", "--store", str(disk_store))
    assert res.returncode == 0 and "conforms" in res.stdout


def test_malformed_query_reports_position(disk_store):
    res = kg("query", "SELECT ?x WHERE { ?x ?p }", "--store", str(disk_store))
    assert res.returncode == 1
    err = res.stderr.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error:") and "line 1" in err[0]


def test_bad_inputs_are_reported_and_batch_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text(
        '{"id": "x", "text": "Rusia menyerang Ukraina."}\n{oops\n', encoding="utf-8"
    )
    store = tmp_path / "store"
    res = kg("ingest", str(tmp_path), "--store", str(store), "--no-progress")
    assert res.returncode == 1
    errors = [line for line in res.stderr.splitlines() if line.startswith("error:")]
    assert any("empty.txt: empty file" in e for e in errors)
    assert any("bad.jsonl:2: malformed JSON" in e for e in errors)
    assert "ingested 2 article(s)" in res.stdout
    res = kg("stats", "--store", str(store))
    assert re.search(r"articles:\s+2\b", res.stdout)
