"""Literals with line breaks, quotes and backslashes survive the fast N-Quads load."""

from __future__ import annotations

import json

from rdflib import Literal

from kg import api


def test_multiline_title_round_trips(tmp_path):
    title = 'Line one\nline "two" \\ three'
    src = tmp_path / "a.jsonl"
    src.write_text(
        json.dumps({"id": "t1", "title": title, "text": "Rusia menyerang Ukraina.", "lang": "id"})
        + "\n",
        encoding="utf-8",
    )
    store = api.open_store(tmp_path / "store")
    report = api.ingest([src], store)
    assert report.stored == 1 and not report.failed
    rows = list(
        store.query(
            "PREFIX dcterms: <http://purl.org/dc/terms/> "
            "SELECT ?t WHERE { ?d a ckg:Article ; dcterms:title ?t }"
        )
    )
    assert [str(r[0]) for r in rows] == [title]
    assert isinstance(rows[0][0], Literal)
