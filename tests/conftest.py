"""Shared fixtures. ``../shared`` (gold, corpus) is optional: tests that need it skip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "data" / "articles" / "seed.txt"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test when it is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is absent (../shared is only on development and CI machines)")
    return p


@pytest.fixture(scope="session")
def extractor():
    from kg.pipeline import Extractor

    return Extractor.default()


@pytest.fixture(scope="session")
def seed_extraction(extractor):
    from kg.readers import read_paths

    rec = next(read_paths([SEED]))
    assert rec.document is not None
    return extractor.extract(rec.document)


@pytest.fixture(scope="session")
def seed_store():
    from kg import api

    store = api.open_store("memory")
    report = api.ingest([SEED], store)
    assert report.stored == 1 and not report.failed
    return store


@pytest.fixture(scope="session")
def seed_gold():
    return json.loads(shared_path("gold", "seed.json").read_text(encoding="utf-8"))
