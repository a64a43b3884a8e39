"""Load test of ``kg serve``: concurrent clients running the named queries (loopback only).

Starts ``kg serve`` as a subprocess on 127.0.0.1 (a free port) over a store,
then runs ``--clients`` threads for ``--duration`` seconds, each sending the
named queries round-robin over keep-alive connections, and reports throughput,
p50/p90/p99 latency and errors. Without ``--store`` it builds a temporary
store from ``data/articles`` plus ``--articles`` generated articles.

Bounded on purpose: at most 200 clients, 120 seconds, and only 127.0.0.1.

    .venv/bin/python benchmarks/serve_load.py --clients 50 --duration 30
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MAX_CLIENTS = 200
MAX_SECONDS = 120

PLACES = [
    ("Kharkiv", "Ukraina"),
    ("Mariupol", "Ukraina"),
    ("Kyiv", "Ukraina"),
    ("Gaza", "Palestina"),
]
TEMPLATES = [
    "Pasukan Rusia menyerang kota {place} di {country} pada Senin. Sebanyak {n} orang tewas "
    "dalam serangan itu, kata Kementerian Pertahanan Ukraina.",
    "Russian forces shelled {place} on Tuesday, killing {n} civilians, officials said.",
    "Menteri Luar Negeri Rusia Sergei Lavrov bertemu Menteri Luar Negeri Turki di Ankara "
    "untuk membahas {place}.",
    "Ukraine accused Russia of attacking {place} with drones; at least {n} people were injured.",
]


def build_store(path: Path, articles: int) -> None:
    """A store with the seed articles and ``articles`` generated ones."""
    from kg import api

    rng = random.Random(7)
    gen = path.parent / "generated.jsonl"
    with gen.open("w", encoding="utf-8") as fh:
        for i in range(articles):
            place, country = rng.choice(PLACES)
            text = rng.choice(TEMPLATES).format(place=place, country=country, n=rng.randint(1, 40))
            rec = {"id": f"gen-{i:05d}", "published": f"2022-{rng.randint(3, 9):02d}-"
                   f"{rng.randint(1, 28):02d}", "lang": "id" if "Pasukan" in text else "en",
                   "text": text}  # fmt: skip
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    store = api.open_store(path)
    api.ingest([ROOT / "data" / "articles", gen], store)
    store.close()


def workload(store_path: Path) -> list[tuple[str, str]]:
    """(name, query text) pairs: every named query, parameters bound to IRIs in the store."""
    from rdflib import URIRef

    from kg import api
    from kg.sparql import inject_values, named_queries

    store = api.open_store(store_path, read_only=True)

    def first(q: str) -> Any:
        for row in store.query(q):
            return URIRef(str(row[0]))  # type: ignore[index]
        return None

    place = first(
        "SELECT ?p WHERE { ?e ckg:atPlace ?p . ?p ckg:latitude ?l } GROUP BY ?p "
        "ORDER BY DESC(COUNT(?e)) LIMIT 1"
    ) or first("SELECT ?p WHERE { ?p a ckg:City } ORDER BY ?p LIMIT 1")
    actor = first(
        "SELECT ?a WHERE { ?e ckg:hasSource ?a } GROUP BY ?a ORDER BY DESC(COUNT(?e)) LIMIT 1"
    )
    out = []
    for name, nq in named_queries().items():
        params = {p for p, _ in nq.params}
        bindings = {}
        if "place" in params and place is not None and name == "events-near-place":
            bindings["place"] = place
        if "actor" in params and actor is not None and name == "actor-timeline":
            bindings["actor"] = actor
        if any("(required)" in d for _, d in nq.params) and not bindings:
            continue
        text = inject_values(nq.text, bindings) if bindings else nq.text
        out.append((name, text))
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(port: int, proc: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"kg serve exited with {proc.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/query?query=ASK%7B%7D")
            if conn.getresponse().status == 200:
                conn.close()
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("kg serve did not start")


def client(
    port: int,
    queries: list[tuple[str, str]],
    stop_at: float,
    offset: int,
    results: list[tuple[str, float, int]],
    lock: threading.Lock,
) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    mine: list[tuple[str, float, int]] = []
    i = offset
    while time.monotonic() < stop_at:
        name, text = queries[i % len(queries)]
        i += 1
        body = urllib.parse.urlencode({"query": text})
        t0 = time.perf_counter()
        try:
            conn.request(
                "POST",
                "/query",
                body=body,
                headers={
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Accept": "application/sparql-results+json",
                },
            )
            resp = conn.getresponse()
            resp.read()
            status = resp.status
        except (OSError, http.client.HTTPException):
            status = -1
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine.append((name, time.perf_counter() - t0, status))
    conn.close()
    with lock:
        results.extend(mine)


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


def run(args: argparse.Namespace) -> dict[str, object]:
    """Build or open the store, serve it, load it, and summarise the latencies."""
    from kg import api

    clients = min(args.clients, MAX_CLIENTS)
    duration = min(args.duration, MAX_SECONDS)
    with tempfile.TemporaryDirectory() as tmp:
        store_path = Path(args.store) if args.store else Path(tmp) / "store"
        if not args.store:
            build_store(store_path, args.articles)
        stats = api.stats(api.open_store(store_path, read_only=True))
        queries = workload(store_path)
        port = free_port()
        cmd = [sys.executable, "-m", "kg", "serve", "--store", str(store_path), "--host",
               "127.0.0.1", "--port", str(port), "--workers", str(args.workers),
               "--timeout", str(args.timeout)]  # fmt: skip
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            wait_ready(port, proc)
            results: list[tuple[str, float, int]] = []
            lock = threading.Lock()
            stop_at = time.monotonic() + duration
            threads = [
                threading.Thread(target=client, args=(port, queries, stop_at, i, results, lock))
                for i in range(clients)
            ]
            t0 = time.monotonic()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            elapsed = time.monotonic() - t0
        finally:
            proc.terminate()
            proc.wait(10)
    ok = [d for _, d, s in results if s == 200]
    errors = Counter(s for _, _, s in results if s != 200)
    per_query = {
        name: round(
            statistics.median([d for n, d, s in results if n == name and s == 200]) * 1000, 1
        )
        for name, _ in queries
        if any(n == name and s == 200 for n, _, s in results)
    }
    return {
        "store": {"articles": stats.articles, "events": stats.events, "triples": stats.triples},
        "clients": clients,
        "seconds": round(elapsed, 1),
        "workers": args.workers,
        "queries": len(queries),
        "requests": len(results),
        "throughput_rps": round(len(results) / elapsed, 1),
        "p50_ms": round(percentile(ok, 50) * 1000, 1),
        "p90_ms": round(percentile(ok, 90) * 1000, 1),
        "p99_ms": round(percentile(ok, 99) * 1000, 1),
        "max_ms": round(max(ok) * 1000, 1) if ok else None,
        "errors": sum(errors.values()),
        "error_statuses": {str(k): v for k, v in errors.items()},
        "median_ms_by_query": per_query,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", help="an existing on-disk store (default: build one)")
    parser.add_argument("--articles", type=int, default=1000, help="generated articles")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=30.0, help="seconds")
    parser.add_argument("--workers", type=int, default=2, help="kg serve worker processes")
    parser.add_argument("--timeout", type=float, default=30.0, help="per-query timeout")
    args = parser.parse_args()
    report = run(args)
    sys.stdout.write(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
