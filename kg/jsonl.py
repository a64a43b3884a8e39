"""The JSON Lines contract of ``kg extract --format jsonl`` and ``kg export --format jsonl``.

One JSON object per line; fields may be added, never removed (README,
"JSON Lines contract").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.iris import actor_iri, relation_iri
from kg.model import Evidence, Extraction
from kg.ontology import CameoScheme
from kg.rdf import event_id


def _ref(ext: Extraction, key: str) -> dict[str, str]:
    ent = ext.entity(key)
    label = getattr(ent, "label", None) or getattr(ent, "title", None) or key
    return {"id": str(actor_iri(key)), "label": label}


def _evidence(ev: Evidence) -> dict[str, Any]:
    out: dict[str, Any] = {
        "doc": ev.doc_id,
        "sentence": ev.sentence,
        "start": ev.start,
        "end": ev.end,
    }
    if ev.trigger_start is not None:
        out["trigger"] = {"start": ev.trigger_start, "end": ev.trigger_end}
    return out


def extraction_records(ext: Extraction, scheme: CameoScheme) -> Iterator[dict[str, Any]]:
    """Entity, event and relation records of one article, in that order."""
    doc = ext.document.doc_id
    for ent in ext.entities:
        yield {
            "kind": "entity",
            "id": str(actor_iri(ent.key)),
            "doc": doc,
            "label": ent.label,
            "type": ent.type,
            "aliases": list(ent.aliases),
            "country": ent.country,
            "wikidata": ent.wikidata,
        }
    for pos in ext.positions:
        yield {
            "kind": "entity",
            "id": str(actor_iri(pos.key)),
            "doc": doc,
            "label": pos.title,
            "type": "Position",
            "aliases": list(pos.aliases),
            "country": None,
            "wikidata": None,
            "of": _ref(ext, pos.of_key) if pos.of_key else None,
            "start": pos.start.isoformat() if pos.start else None,
            "end": pos.end.isoformat() if pos.end else None,
        }
    for ev in ext.events:
        code = scheme.get(ev.cameo)
        yield {
            "kind": "event",
            "id": str(event_id(ev)),
            "doc": doc,
            "type": code.class_name,
            "cameo": ev.cameo,
            "cameo_root": code.root,
            "quad_class": code.quad_class,
            "goldstein": code.goldstein,
            "plover": code.plover,
            "actors": [_ref(ext, k) for k in ev.actors],
            "targets": [_ref(ext, k) for k in ev.targets],
            "place": _ref(ext, ev.place) if ev.place else None,
            "date": ev.date,
            "date_precision": ev.date_precision,
            "date_source": ev.date_source,
            "quantities": [
                {"kind": q.kind, "value": q.value, "approx": q.approx} for q in ev.quantities
            ],
            "negated": ev.negated,
            "hypothetical": ev.hypothetical,
            "reported_by": [_ref(ext, k) for k in ev.reported_by],
            "evidence": _evidence(ev.evidence),
            "rule": ev.evidence.rule,
            "confidence": ev.evidence.confidence,
        }
    for rel in ext.relations:
        yield {
            "kind": "relation",
            "id": str(relation_iri(rel.doc_id, rel.subject, rel.predicate, rel.object)),
            "doc": doc,
            "subject": _ref(ext, rel.subject),
            "predicate": rel.predicate,
            "object": _ref(ext, rel.object),
            "evidence": _evidence(rel.evidence),
            "rule": rel.evidence.rule,
            "confidence": rel.evidence.confidence,
        }
