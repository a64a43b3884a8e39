"""Readers while a writer writes: ``kg query`` and ``kg serve`` during ``kg ingest``.

Readers open the store read-only (no lock), so they run while ``kg ingest``
commits batch after batch. Each answer must be a consistent snapshot: every
article graph it sees is complete (as many triples as in the final store), and
successive answers of one reader never see fewer articles than before.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED
from tests.test_crash_safety import write_articles

ARTICLES = 600
PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def kg_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "kg", *args]


def kg_query_snapshot(store: Path) -> dict[str, int]:
    """Triples per named graph, from one ``kg query`` process."""
    res = subprocess.run(
        kg_argv("query", PER_GRAPH, "--store", str(store), "-f", "csv"),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert res.returncode == 0 and not res.stderr, res.stderr
    rows = list(csv.reader(io.StringIO(res.stdout)))
    assert rows[0] == ["g", "n"]
    return {g: int(n) for g, n in rows[1:]}


def http_snapshot(url: str) -> dict[str, int]:
    """Triples per named graph, from one request to ``kg serve``."""
    req = urllib.request.Request(
        url + "/query?" + urllib.parse.urlencode({"query": PER_GRAPH}),
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(req, timeout=60) as resp:
        assert resp.status == 200
        data = json.loads(resp.read())
    return {b["g"]["value"]: int(b["n"]["value"]) for b in data["results"]["bindings"]}


def articles_in(snapshot: dict[str, int]) -> int:
    return sum(1 for g in snapshot if "/graph/art-" in g)


@pytest.fixture
def served_store(tmp_path):
    """A store holding the seed, served by ``kg serve`` (one worker, so one snapshot line)."""
    store = tmp_path / "store"
    res = subprocess.run(
        kg_argv("ingest", str(SEED), "--store", str(store), "--no-progress"),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    server = subprocess.Popen(
        kg_argv("serve", "--store", str(store), "--port", "0", "--workers", "1"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        line = server.stdout.readline() if server.stdout else ""
        m = re.search(r"at (http://127\.0\.0\.1:\d+)/query", line)
        assert m, line
        yield store, m.group(1), server
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(10)


@pytest.mark.slow
def test_query_and_serve_read_consistent_snapshots_while_ingest_writes(served_store, tmp_path):
    store, url, server = served_store
    inputs = write_articles(tmp_path / "articles.jsonl", ARTICLES)
    http_seen: list[dict[str, int]] = []
    http_errors: list[str] = []
    done = threading.Event()

    def poll_server() -> None:
        while not done.is_set():
            try:
                http_seen.append(http_snapshot(url))
            except Exception as exc:  # every failure is a finding
                http_errors.append(repr(exc))
            time.sleep(0.05)

    poller = threading.Thread(target=poll_server, daemon=True)
    poller.start()
    writer = subprocess.Popen(
        kg_argv(
            "ingest", str(inputs), "--store", str(store), "--no-progress", "--batch-size", "10"
        ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    cli_seen = []
    while writer.poll() is None:
        cli_seen.append(kg_query_snapshot(store))
    out, err = writer.communicate(timeout=120)
    assert writer.returncode == 0, err
    assert f"ingested {ARTICLES} article(s)" in out
    final = kg_query_snapshot(store)
    cli_seen.append(final)
    # the server notices the new files within its refresh interval (2 s)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and (not http_seen or http_seen[-1] != final):
        time.sleep(0.2)
    done.set()
    poller.join(30)
    assert server.poll() is None, server.stderr.read() if server.stderr else ""

    assert not http_errors, http_errors[:3]
    assert articles_in(final) == ARTICLES
    assert http_seen[-1] == final
    for name, seen in (("kg query", cli_seen), ("kg serve", http_seen)):
        counts = [articles_in(s) for s in seen]
        assert counts == sorted(counts), (name, counts)  # monotone non-decreasing
        for snap in seen:  # every article graph a reader sees is whole (the dyad summary
            # grows with them: tests/test_crash_safety.py checks it against them)
            grown = {g: n for g, n in snap.items() if final.get(g) != n}
            assert {g: n for g, n in grown.items() if not g.endswith("/graph/dyads")} == {}, name
    # the readers did see the store mid-ingest, not only before and after it (one state at
    # least: how many depends on how fast the batches land, and a loaded machine with a
    # second core free for the store writer leaves only a few)
    middle = {articles_in(s) for s in cli_seen + http_seen} - {0, ARTICLES}
    assert middle, sorted({articles_in(s) for s in cli_seen + http_seen})


def test_readers_never_block_or_break_a_writer(tmp_path):
    """Read-only opens while a store is created and written never fail, never go back."""
    from kg.store import open_read_only, open_store

    store = tmp_path / "store"  # created by the writer while the reader watches
    inputs = write_articles(tmp_path / "articles.jsonl", 300)
    writer = subprocess.Popen(
        kg_argv("ingest", str(inputs), "--store", str(store), "--no-progress", "--batch-size", "5"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    opens = 0
    seen = []
    while writer.poll() is None:
        if store.exists() and (store / "CURRENT").exists():
            ox_store = open_read_only(store)
            seen.append(len(list(ox_store.named_graphs())))
            del ox_store
            opens += 1
        else:
            time.sleep(0.01)
    _, err = writer.communicate(timeout=120)
    assert writer.returncode == 0, err
    assert opens >= 5
    assert seen == sorted(seen)
    st = open_store(store, read_only=True)
    assert st.stats().articles == 300
    st.close()
