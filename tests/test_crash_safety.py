"""Crash safety: ``kg ingest`` killed with SIGKILL at random points loses no committed
article, leaves no half-written one, and a re-run completes the store with no duplicates.

Articles are written in transactions (``--batch-size`` articles, one SPARQL update
each) and the ontology in one transaction, so after a kill every named graph of the
store is either absent or exactly what a clean ingest writes. The dyad summary graph is
written in the same transactions, so after every kill it holds exactly the tallies of the
article graphs that are there.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

ARTICLES = 200
ROUNDS = 20
BATCH = "5"

ATTACKERS = ("Russia", "Ukraine", "Israel", "Iran", "Hamas", "Hezbollah")
CITIES = ("Kharkiv", "Kyiv", "Odesa", "Donetsk", "Gaza", "Beirut", "Mariupol", "Kherson")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def article(i: int) -> dict[str, str]:
    """An invented three-sentence conflict report (a few events per article)."""
    a = ATTACKERS[i % len(ATTACKERS)]
    b = ATTACKERS[(i * 7 + 3) % len(ATTACKERS)]
    city = CITIES[(i * 3) % len(CITIES)]
    text = (
        f"{a} shelled {city} on {DAYS[i % 7]}, killing {i % 17 + 2} civilians. "
        f"Officials said {i % 5 + 1} people were injured in the attack on {city}. "
        f"{b} condemned the strike and called for a ceasefire."
    )
    published = dt.date(2022, 3, 1) + dt.timedelta(days=i % 60)
    return {
        "id": f"art-{i:04d}",
        "title": f"Strike on {city} ({i})",
        "published": published.isoformat(),
        "text": text,
    }


def write_articles(path: Path, n: int) -> Path:
    """``n`` invented articles as JSON Lines."""
    path.write_text("".join(json.dumps(article(i)) + "\n" for i in range(n)), encoding="utf-8")
    return path


def kg_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "kg", *args]


def graphs(store: Path) -> dict[str, frozenset[tuple[str, str, str]]]:
    """Every named graph of a store (opened read-only) as a set of triples."""
    import pyoxigraph as ox

    from kg.store import open_read_only

    if not store.exists():
        return {}
    try:
        ox_store = open_read_only(store)
    except RuntimeError as exc:  # killed while creating the store: the next writer finishes it
        # (RocksDB names the unfinished creation either way, by timing: the version marker or
        # a column family not yet written)
        message = str(exc).lower()
        assert (
            "only possible on read-write instances" in message
            or "column family not found" in message
        ), exc
        ox_store = ox.Store(str(store))
    out: dict[str, set[tuple[str, str, str]]] = {}
    for q in ox_store:
        out.setdefault(str(q.graph_name), set()).add(
            (str(q.subject), str(q.predicate), str(q.object))
        )
    del ox_store
    return {g: frozenset(ts) for g, ts in out.items()}


def ingest(inputs: Path, store: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        kg_argv(
            "ingest", str(inputs), "--store", str(store), "--no-progress", "--batch-size", BATCH
        ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The input, and the graphs of one clean, uninterrupted ingest."""
    base = tmp_path_factory.mktemp("crash")
    inputs = write_articles(base / "articles.jsonl", ARTICLES)
    proc = ingest(inputs, base / "reference")
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert f"ingested {ARTICLES} article(s)" in out
    ref = graphs(base / "reference")
    assert len(ref) == ARTICLES + 2  # the articles, the ontology and the dyad summary
    return inputs, ref


def check_summary(store: Path) -> None:
    """Assert the dyad summary holds exactly the tallies of the stored article graphs."""
    from kg.store import EmbeddedStore, open_read_only

    if not (store / "CURRENT").exists():
        return
    try:
        reader = EmbeddedStore(open_read_only(store), str(store), read_only=True)
    except RuntimeError as exc:  # killed while creating the store
        assert "only possible on read-write instances" in str(exc), exc
        return
    tallies = {d: t.key() for d, t in reader.count_dyads().items()}
    if reader.has_dyad_summary():
        assert {d: t.key() for d, t in reader.dyad_tallies().items()} == tallies
        assert {d: t.key() for d, t in reader.dyad_record_tallies().items()} == tallies
    else:  # killed before the (empty) summary was first written: no article yet either
        assert tallies == {}
    del reader


def check_whole_or_absent(found: dict, ref: dict) -> int:
    """Assert every article graph of ``found`` equals its reference; return how many."""
    for g, triples in found.items():
        assert g in ref, f"unexpected graph {g}"
        if g.endswith("/graph/dyads>"):
            continue  # derived from the others: see check_summary
        missing, extra = ref[g] - triples, triples - ref[g]
        assert not missing and not extra, (g, len(missing), len(extra))
    return sum(1 for g in found if "/graph/art-" in g)


def article_graphs(store: Path) -> int:
    """How many article graphs a read-only open of the store sees now (0 if none yet)."""
    from kg.store import open_read_only

    if not (store / "CURRENT").exists():
        return 0
    try:
        ox_store = open_read_only(store)
    except RuntimeError as exc:  # being created, or left half-created by a kill
        assert "only possible on read-write instances" in str(exc), exc
        return 0
    n = sum(1 for g in ox_store.named_graphs() if "/graph/art-" in str(g))
    del ox_store
    return n


def kill_at_random_point(proc: subprocess.Popen[str], store: Path, rng: random.Random) -> None:
    """SIGKILL ``proc`` at a random point of its run.

    One kill in four comes after a random delay (mostly start-up and the ontology load);
    the others a random 0-0.5 s after new articles are first seen committed (through
    read-only opens), so kills land mid-write however fast or slow the machine is.
    """
    if rng.random() < 0.25:
        time.sleep(rng.uniform(0.05, 1.5))
    else:
        before = article_graphs(store)
        while proc.poll() is None and article_graphs(store) == before:
            time.sleep(0.05)
        time.sleep(rng.uniform(0, 0.5))
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)


@pytest.mark.slow
def test_sigkill_at_random_points_loses_nothing_and_duplicates_nothing(reference, tmp_path):
    inputs, ref = reference
    rng = random.Random(20240607)
    stores = [tmp_path / "store-0"]
    kills = partial = runs = 0
    while kills < ROUNDS and runs < 2 * ROUNDS:  # a run may finish before its kill
        if article_graphs(stores[-1]) == ARTICLES:  # complete: kill the next run on a new one
            stores.append(tmp_path / f"store-{len(stores)}")
        store = stores[-1]
        proc = ingest(inputs, store)
        kill_at_random_point(proc, store, rng)
        proc.communicate(timeout=60)
        runs += 1
        kills += proc.returncode == -signal.SIGKILL
        assert proc.returncode in (0, -signal.SIGKILL)
        stored = check_whole_or_absent(graphs(store), ref)  # the store opens, and ...
        check_summary(store)
        partial += 0 < stored < ARTICLES
    assert kills == ROUNDS
    # the kills did land in the middle of writing, not only before or after it
    assert partial >= 5, partial

    # each store is completed by a re-run that writes exactly the missing articles
    for store in stores:
        before = check_whole_or_absent(graphs(store), ref)
        if before < ARTICLES:
            rerun(inputs, store, ARTICLES - before, before)
        assert graphs(store) == ref  # complete, and not one triple twice or extra
        check_summary(store)
    rerun(inputs, stores[0], 0, ARTICLES)  # and once complete, a re-run writes nothing
    assert graphs(stores[0]) == ref


def rerun(inputs: Path, store: Path, stored: int, unchanged: int) -> None:
    res = subprocess.run(
        kg_argv("ingest", str(inputs), "--store", str(store), "--no-progress"),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    m = re.search(r"ingested (\d+) article\(s\), (\d+) unchanged, 0 failed", res.stdout)
    assert m and (int(m.group(1)), int(m.group(2))) == (stored, unchanged), res.stdout
