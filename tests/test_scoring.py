"""Tests of ``benchmarks/scoring.py`` and of the dev gold files it reads."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEVGOLD = ROOT / "benchmarks" / "devgold"

PREDICATES = {
    "locatedIn",
    "holdsPosition",
    "memberOf",
    "leads",
    "spokespersonOf",
    "affiliatedWith",
    "partOf",
}
QUANTITY_KINDS = {"killed", "injured", "killed_or_injured", "displaced", "missing", "arrested"}
APPROX = {"exact", "at_least", "about", "order"}


def _load_scoring() -> ModuleType:
    spec = importlib.util.spec_from_file_location("scoring", ROOT / "benchmarks" / "scoring.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("scoring", module)
    spec.loader.exec_module(module)
    return module


scoring = _load_scoring()


# --------------------------------------------------------------------------- builders


def ent(label: str, *aliases: str, type_: str = "Country") -> dict[str, Any]:
    return {"label": label, "aliases": list(aliases), "type": type_, "country": None}


def gev(
    id_: str,
    cameo: str,
    actors: list[str],
    targets: list[str] | None = None,
    *,
    core: bool = True,
    date: str | None = None,
    quantities: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    return {
        "id": id_,
        "cameo_root": cameo[:2],
        "cameo": cameo,
        "type": "X",
        "actors": actors,
        "targets": targets or [],
        "place": None,
        "date": date,
        "quantities": quantities or [],
        "evidence": {"sentence_index": 0},
        "core": core,
    }


def ref(label: str, id_: str | None = None) -> dict[str, str]:
    return {"id": id_ or f"id:{label}", "label": label}


def pev(
    cameo: str,
    actors: list[dict[str, str]],
    targets: list[dict[str, str]] | None = None,
    *,
    negated: bool = False,
    date: str | None = None,
    quantities: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    return {
        "kind": "event",
        "doc": "d1",
        "cameo": cameo,
        "actors": actors,
        "targets": targets or [],
        "date": date,
        "quantities": quantities or [],
        "negated": negated,
        "evidence": {"doc": "d1", "sentence": "s", "start": 0, "end": 1},
    }


def article(events: list[dict[str, Any]], entities: list[dict[str, Any]], **kw: Any) -> dict:
    return {"doc": "d1", "lang": "id", "entities": entities, "events": events, **kw}


def preds(
    events: Sequence[dict[str, Any]] = (),
    entities: Sequence[dict[str, Any]] = (),
    relations: Sequence[dict[str, Any]] = (),
) -> dict[str, dict[str, list]]:
    return {
        "d1": {"entities": list(entities), "events": list(events), "relations": list(relations)}
    }


def events_of(result: dict[str, Any]) -> dict[str, Any]:
    return result["all"]["events"]


# --------------------------------------------------------------------------- names


def test_normalise_label_casefolds_strips_diacritics_and_punctuation() -> None:
    assert scoring.normalise_label("  Recep Tayyip  ERDOĞAN ") == "recep tayyip erdogan"
    assert scoring.normalise_label("Al-Nahyan, Sheikh") == "al nahyan sheikh"
    assert scoring.normalise_label("U.S.") == "u s"


def test_names_match_exact_fuzzy_and_mismatch() -> None:
    assert scoring.names_match({"rusia"}, {"russia", "rusia"})
    # token_set_ratio is 100 when one token set contains the other
    assert scoring.names_match({"president joe biden"}, {"joe biden"})
    assert not scoring.names_match({"iran"}, {"iraq"})
    assert not scoring.names_match({""}, {""})


def test_alias_match_through_predicted_entity_record() -> None:
    gold = [article([gev("E1", "190", ["Russia"], ["Ukraine"])], [ent("Russia", "Rusia")])]
    # the inline label "Moskow" matches nothing, the entity record's alias "Rusia" does
    entities = [
        {"kind": "entity", "doc": "d1", "id": "x1", "label": "Moskow", "aliases": ["Rusia"]}
    ]
    result = scoring.score_documents(gold, preds([pev("193", [ref("Moskow", "x1")])], entities))
    ev = events_of(result)
    assert (ev["matched_predicted"], ev["predicted"], ev["matched_core"], ev["gold_core"]) == (
        1,
        1,
        1,
        1,
    )
    assert ev["precision"] == 1.0 and ev["recall"] == 1.0 and ev["f1"] == 1.0


def test_gold_alias_matches_predicted_label() -> None:
    gold = [
        article([gev("E1", "041", ["United States"])], [ent("United States", "Amerika Serikat")])
    ]
    result = scoring.score_documents(gold, preds([pev("041", [ref("Amerika Serikat")])]))
    assert events_of(result)["matched_core"] == 1


def test_no_participant_match_means_false_positive() -> None:
    gold = [article([gev("E1", "190", ["Russia"])], [ent("Russia")])]
    result = scoring.score_documents(gold, preds([pev("190", [ref("Iraq")])]))
    ev = events_of(result)
    assert (ev["matched_predicted"], ev["precision"], ev["recall"], ev["f1"]) == (0, 0.0, 0.0, 0.0)
    assert result["all"]["false_positives"][0]["actors"] == ["Iraq"]
    assert result["all"]["misses"][0]["id"] == "E1"


# --------------------------------------------------------------------------- roots, matching


def test_root_match_ignores_subcode_but_not_root() -> None:
    gold = [article([gev("E1", "040", ["Russia"]), gev("E2", "111", ["Russia"])], [ent("Russia")])]
    result = scoring.score_documents(
        gold, preds([pev("042", [ref("Russia")]), pev("051", [ref("Russia")])])
    )
    ev = events_of(result)
    assert (ev["matched_predicted"], ev["predicted"]) == (1, 2)
    assert (ev["matched_core"], ev["gold_core"]) == (1, 2)
    by_root = result["all"]["by_root"]
    assert by_root["04"]["matched_core"] == 1 and by_root["04"]["matched_predicted"] == 1
    assert by_root["05"]["predicted"] == 1 and by_root["05"]["matched_predicted"] == 0
    assert by_root["11"]["gold_core"] == 1 and by_root["11"]["recall"] == 0.0
    assert by_root["05"]["recall"] is None


def test_one_to_one_matching() -> None:
    gold = [article([gev("E1", "195", ["Israel"], ["Iran"])], [ent("Israel"), ent("Iran")])]
    twice = [pev("195", [ref("Israel")], [ref("Iran")]), pev("195", [ref("Iran")])]
    ev = events_of(scoring.score_documents(gold, preds(twice)))
    assert (ev["matched_predicted"], ev["predicted"]) == (1, 2)
    assert ev["precision"] == 0.5 and ev["recall"] == 1.0
    assert ev["f1"] == pytest.approx(2 / 3)


def test_greedy_prefers_core_gold_event() -> None:
    gold = [
        article(
            [gev("E1", "190", ["Russia"], core=False), gev("E2", "190", ["Russia"], core=True)],
            [ent("Russia")],
        )
    ]
    ev = events_of(scoring.score_documents(gold, preds([pev("190", [ref("Russia")])])))
    assert (ev["matched_core"], ev["gold_core"], ev["gold"]) == (1, 1, 2)


def test_non_core_gold_counts_for_precision_only() -> None:
    gold = [article([gev("E1", "010", ["Russia"], core=False)], [ent("Russia")])]
    ev = events_of(scoring.score_documents(gold, preds([pev("010", [ref("Russia")])])))
    assert (ev["precision"], ev["recall"], ev["f1"], ev["gold_core"]) == (1.0, None, None, 0)


def test_negated_predictions_are_ignored() -> None:
    gold = [article([gev("E1", "041", ["Russia"])], [ent("Russia")])]
    result = scoring.score_documents(gold, preds([pev("041", [ref("Russia")], negated=True)]))
    ev = events_of(result)
    assert (ev["predicted"], ev["matched_core"], ev["precision"], ev["recall"]) == (0, 0, None, 0.0)
    assert result["all"]["false_positives"] == []


def test_match_events_returns_positions() -> None:
    golds = [gev("E1", "041", ["A"]), gev("E2", "190", ["B"])]
    predicted = [pev("190", [ref("B")]), pev("041", [ref("A")])]
    assert sorted(scoring.match_events(golds, predicted, {}, {})) == [(0, 1), (1, 0)]


# --------------------------------------------------------------------------- dates, quantities


def test_date_month_rule() -> None:
    gold = [
        article(
            [
                gev("E1", "041", ["A"], date="2022-05"),
                gev("E2", "190", ["B"], date="2022-05-19"),
                gev("E3", "111", ["C"], date="2022-05-19"),
                gev("E4", "112", ["D"], date=None),
            ],
            [],
        )
    ]
    predicted = [
        pev("041", [ref("A")], date="2022-05-19"),  # day inside the gold month: correct
        pev("190", [ref("B")], date="2022-05"),  # month for a gold day: wrong
        pev("111", [ref("C")], date="2022-05-19"),  # exact: correct
        pev("112", [ref("D")], date="2022-05-01"),  # gold date null: not counted
    ]
    result = scoring.score_documents(gold, preds(predicted))
    assert result["all"]["dates"] == {"gold": 3, "correct": 2, "accuracy": 2 / 3}
    assert result["all"]["date_errors"] == [
        {"doc": "d1", "id": "E2", "gold": "2022-05-19", "predicted": "2022-05"}
    ]
    assert scoring.date_correct("2022-05", "2022-06-01") is False
    assert scoring.date_correct("2022-05", None) is False


def test_quantity_order_rule_and_exact_values() -> None:
    order = {"kind": "killed_or_injured", "value": 1000, "approx": "order"}
    at_least = {"kind": "killed", "value": 30, "approx": "at_least"}
    assert scoring.quantity_found(order, [{"kind": "killed_or_injured", "value": 1900}])
    assert scoring.quantity_found(order, [{"kind": "killed_or_injured", "value": 500}])
    assert not scoring.quantity_found(order, [{"kind": "killed_or_injured", "value": 2100}])
    assert not scoring.quantity_found(order, [{"kind": "killed", "value": 1000}])
    assert scoring.quantity_found(at_least, [{"kind": "killed", "value": 30.0}])
    assert not scoring.quantity_found(at_least, [{"kind": "killed", "value": 31}])

    gold = [
        article(
            [
                gev("E1", "190", ["Russia"], quantities=[order, at_least]),
                gev("E2", "190", ["Iran"], quantities=[{"kind": "displaced", "value": 5}]),
            ],
            [],
        )
    ]
    predicted = [
        pev("190", [ref("Russia")], quantities=[{"kind": "killed_or_injured", "value": 1800}]),
        # E2 is not matched (root differs), so its quantity is not counted
        pev("180", [ref("Iran")], quantities=[{"kind": "displaced", "value": 5}]),
    ]
    result = scoring.score_documents(gold, preds(predicted))
    assert result["all"]["quantities"] == {"gold": 2, "found": 1, "recall": 0.5}
    assert result["all"]["quantity_misses"][0]["gold"] == at_least


# --------------------------------------------------------------------------- relations


def test_relation_recall() -> None:
    gold = [
        article(
            [],
            [ent("Stuttgart", type_="City"), ent("Germany", "Jerman"), ent("Mark Milley")],
            relations=[
                {"subject": "Stuttgart", "predicate": "locatedIn", "object": "Germany"},
                {
                    "subject": "Mark Milley",
                    "predicate": "holdsPosition",
                    "object": "Chairman of the US Joint Chiefs of Staff",
                },
                {"subject": "Mark Milley", "predicate": "memberOf", "object": "Germany"},
            ],
        )
    ]
    predicted = [
        {"subject": ref("Stuttgart"), "predicate": "locatedIn", "object": ref("Jerman")},
        {
            "subject": ref("Jenderal Mark Milley"),
            "predicate": "holdsPosition",
            "object": ref("chairman of the US Joint Chiefs of Staff"),
        },
        # right names, wrong predicate
        {"subject": ref("Mark Milley"), "predicate": "leads", "object": ref("Germany")},
    ]
    result = scoring.score_documents(gold, preds(relations=predicted))
    assert result["all"]["relations"] == {"gold": 3, "found": 2, "recall": 2 / 3}
    assert result["all"]["relation_misses"] == [
        {"doc": "d1", "subject": "Mark Milley", "predicate": "memberOf", "object": "Germany"}
    ]


# --------------------------------------------------------------------------- grouping, loading


def test_per_language_grouping_and_missing_predictions() -> None:
    gold = [
        article([gev("E1", "041", ["A"])], []),
        {"doc": "d2", "lang": "en", "entities": [], "events": [gev("E1", "041", ["B"])]},
    ]
    result = scoring.score_documents(gold, preds([pev("041", [ref("A")])]))
    assert result["languages"]["id"]["events"]["recall"] == 1.0
    assert result["languages"]["en"]["events"]["recall"] == 0.0
    assert result["languages"]["en"]["articles"] == 1
    assert result["all"]["events"]["matched_core"] == 1 and result["all"]["articles"] == 2


def test_load_predictions_groups_by_doc() -> None:
    lines = [
        json.dumps({"kind": "entity", "doc": "a", "id": "e1", "label": "X"}),
        "",
        json.dumps({"kind": "event", "doc": "a", "cameo": "041"}),
        json.dumps({"kind": "relation", "doc": "b", "predicate": "leads"}),
        json.dumps({"kind": "warning", "doc": "a"}),
    ]
    out = scoring.load_predictions(lines)
    assert sorted(out) == ["a", "b"]
    assert [len(out["a"][k]) for k in ("entities", "events", "relations")] == [1, 1, 0]
    assert out["b"]["relations"][0]["predicate"] == "leads"
    with pytest.raises(ValueError, match="line 2"):
        scoring.load_predictions(["{}", "{not json"])


def test_load_gold_accepts_devgold_and_single_article(tmp_path: Path) -> None:
    single = tmp_path / "seed.json"
    single.write_text(json.dumps({"doc": "seed", "lang": "id", "events": []}), encoding="utf-8")
    many = tmp_path / "dev.json"
    many.write_text(json.dumps({"lang": "en", "articles": [{"doc": "a"}, {"doc": "b"}]}))
    assert [a["doc"] for a in scoring.load_gold(single)] == ["seed"]
    assert [(a["doc"], a["lang"]) for a in scoring.load_gold(many)] == [("a", "en"), ("b", "en")]
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    with pytest.raises(ValueError, match="not a gold file"):
        scoring.load_gold(bad)


def test_split_sentences_for_gold_rule() -> None:
    text = (
        "Liputan6.com, Gaza -Tembakan tank. Kata dia: “Aman.” lalu pergi\n\n"
        "Baca Juga\nDr. Smith tiba! Apa? ya. Selesai"
    )
    assert scoring.split_sentences_for_gold(text) == [
        "Liputan6.com, Gaza -Tembakan tank.",
        "Kata dia: “Aman.” lalu pergi",
        "Baca Juga",
        "Dr.",
        "Smith tiba!",
        "Apa? ya.",
        "Selesai",
    ]


# --------------------------------------------------------------------------- dev gold files


#: Gold files: the development sets and the validation sets annotated later without looking
#: at the extractor's output.
# every gold file, so that a set added later is checked without editing this list
GOLD_SETS = sorted(p.stem for p in DEVGOLD.glob("*.json"))


def _devgold(name: str) -> dict[str, Any]:
    return json.loads((DEVGOLD / f"{name}.json").read_text(encoding="utf-8"))


def _as_predictions(articles: list[dict[str, Any]]) -> dict[str, dict[str, list]]:
    """Turn gold articles into the output a perfect extractor would give."""
    out: dict[str, dict[str, list]] = {}
    for art in articles:
        names = {e["label"] for e in art["entities"]}

        def r(label: str, names: set[str] = names) -> dict[str, str]:
            return {"id": f"ent:{label}" if label in names else f"pos:{label}", "label": label}

        out[art["doc"]] = {
            "entities": [
                {"kind": "entity", "doc": art["doc"], "id": f"ent:{e['label']}", **e}
                for e in art["entities"]
            ],
            "events": [
                {
                    "cameo": e["cameo"],
                    "actors": [r(a) for a in e["actors"]],
                    "targets": [r(t) for t in e.get("targets", [])],
                    "date": e["date"],
                    "quantities": e["quantities"],
                    "negated": False,
                }
                for e in art["events"]
            ],
            "relations": [
                {"subject": r(x["subject"]), "predicate": x["predicate"], "object": r(x["object"])}
                for x in art["relations"]
            ],
        }
    return out


@pytest.mark.parametrize("lang", GOLD_SETS)
def test_devgold_structure(lang: str) -> None:
    data = _devgold(lang)
    assert data["lang"] == lang.split("-")[0]
    assert len(data["articles"]) >= 8
    docs = [a["doc"] for a in data["articles"]]
    assert len(docs) == len(set(docs))
    for art in data["articles"]:
        assert art["published"][:2] == "20" and len(art["published"]) == 10
        labels = [e["label"] for e in art["entities"]]
        assert len(labels) == len(set(labels)), art["doc"]
        ids = [e["id"] for e in art["events"]]
        assert len(ids) == len(set(ids)), art["doc"]
        for ev in art["events"]:
            where = f"{art['doc']} {ev['id']}"
            assert ev["cameo"].startswith(ev["cameo_root"]) and len(ev["cameo_root"]) == 2, where
            assert isinstance(ev["core"], bool), where
            assert ev["actors"] or ev["targets"], where
            for name in ev["actors"] + ev["targets"] + ([ev["place"]] if ev["place"] else []):
                assert name in labels, f"{where}: {name}"
            assert ev["date"] is None or len(ev["date"]) in (7, 10), where
            for q in ev["quantities"]:
                assert q["kind"] in QUANTITY_KINDS and q["approx"] in APPROX, where
            # no copied text: only an index and a hint of at most four words
            assert set(ev["evidence"]) <= {"sentence_index", "hint"}, where
            assert len(ev["evidence"].get("hint", "").split()) <= 4, where
        for rel in art["relations"]:
            assert rel["predicate"] in PREDICATES
            assert rel["subject"] in labels
            assert rel["predicate"] == "holdsPosition" or rel["object"] in labels
            assert set(rel["evidence"]) <= {"sentence_index", "hint"}


@pytest.mark.parametrize("lang", GOLD_SETS)
def test_devgold_scores_perfectly_against_itself(lang: str) -> None:
    articles = scoring.load_gold(DEVGOLD / f"{lang}.json")
    summary = scoring.score_documents(articles, _as_predictions(articles))["all"]
    n_events = sum(len(a["events"]) for a in articles)
    assert summary["events"]["predicted"] == n_events
    assert summary["events"]["precision"] == 1.0
    assert summary["events"]["recall"] == 1.0
    assert summary["relations"]["recall"] == 1.0
    assert summary["dates"]["accuracy"] == 1.0
    has_counts = any(q for a in articles for e in a["events"] for q in e.get("quantities") or [])
    assert summary["quantities"]["recall"] == (1.0 if has_counts else None)


@pytest.mark.corpus
@pytest.mark.parametrize("lang", GOLD_SETS)
def test_devgold_sentence_indices_point_at_hints(lang: str) -> None:
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared/corpus is absent: dev gold evidence cannot be checked")
    data = _devgold(lang)
    texts: dict[str, str] = {}
    for corpus_file in {a["corpus_file"] for a in data["articles"]}:
        with (SHARED / "corpus" / corpus_file).open(encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                texts.setdefault(record["id"], record["text"])
    for art in data["articles"]:
        sentences = scoring.split_sentences_for_gold(texts[art["doc"]])
        for item in art["events"] + art["relations"]:
            evidence = item["evidence"]
            index = evidence["sentence_index"]
            assert 0 <= index < len(sentences), (art["doc"], item)
            hint = evidence.get("hint")
            if hint:
                assert hint.lower() in sentences[index].lower(), (art["doc"], item)


def _load_quality() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        spec = importlib.util.spec_from_file_location("quality", ROOT / "benchmarks" / "quality.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))


def test_ucdp_headline_score_counts_events_sides_and_deaths():
    quality = _load_quality()
    records = [
        {"id": "u1", "best": 3},
        {"id": "u2", "best": 10},
        {"id": "u3", "best": 0},
    ]
    ukr = {"id": "ukr", "label": "Ukraine", "type": "Country", "country": "UKR"}
    dpr = {
        "id": "dpr",
        "label": "Donetsk People's Republic",
        "type": "ArmedGroup",
        "country": "UKR",
    }
    preds = {
        "u1": {
            "entities": [ukr, dpr],
            "events": [
                {
                    "cameo": "190",
                    "actors": [{"id": "dpr", "label": "x"}],
                    "targets": [{"id": "ukr", "label": "y"}],
                    "quantities": [{"kind": "killed", "value": 4}],
                }
            ],
        },
        # a count far from UCDP's best, and a negated event that does not count
        "u2": {
            "entities": [ukr],
            "events": [
                {
                    "cameo": "194",
                    "actors": [],
                    "targets": ["ukr"],
                    "quantities": [{"kind": "killed", "value": 40}],
                },
                {"cameo": "190", "actors": ["ukr"], "targets": [], "negated": True},
            ],
        },
        "u3": {"entities": [], "events": [{"cameo": "041", "actors": [], "targets": []}]},
    }
    score = quality.score_ucdp(records, preds)
    assert score["headlines"] == 3
    assert score["violent_event"] == pytest.approx(2 / 3)
    assert score["ukrainian_side"] == pytest.approx(2 / 3)
    assert score["other_side"] == pytest.approx(1 / 3)
    assert score["with_deaths"] == 2
    assert score["deaths"] == pytest.approx(1 / 2)
