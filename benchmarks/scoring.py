"""Scoring of extractor output against gold articles.

Pure Python (plus ``rapidfuzz``); nothing here imports ``kg``, so the same
functions score any system whose output follows the ``kg extract --format
jsonl`` record shapes.

Gold articles have the shape of ``shared/gold/seed.json``: ``entities`` (label,
aliases, type, country), ``events`` (id, cameo_root, cameo, actors, targets,
place, date, quantities, evidence, core) and ``relations`` (subject, predicate,
object, evidence).

Matching rules
--------------
* A predicted event (``negated`` false) matches a gold event when their CAMEO
  roots (first two digits) are equal and at least one gold actor-or-target
  matches a predicted actor-or-target. Pairs are assigned one-to-one, greedily
  in the order given by :func:`match_events`.
* Names match "through aliases": both sides are normalised with
  :func:`normalise_label`; a predicted participant contributes its inline label
  plus the label and aliases of the entity record with the same id in that
  document; a gold participant contributes the label and aliases of the gold
  entity with that label (or just the string when no such entity exists). The
  two name sets match when they share a name or when any pair has a rapidfuzz
  ``token_set_ratio`` of at least the threshold (90). Note that
  ``token_set_ratio`` is 100 whenever the tokens of one name are a subset of
  the other's ("israel" vs "israel katz").
* Event precision = matched predicted events / predicted events; recall =
  matched core gold events / core gold events. Non-core gold events can absorb
  predictions (they count for precision) but never for recall.
* Date accuracy is over matched events with a non-null gold date: equal
  strings, or a gold month ``YYYY-MM`` and a predicted day in that month.
* Quantity recall is over the quantities of matched gold events: the matched
  prediction must have the same kind and value; for gold ``approx == "order"``
  a value within a factor of two counts.
* Relation recall: a gold relation is found when a predicted relation of the
  same document has the same predicate and matching subject and object names.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

#: Default rapidfuzz ``token_set_ratio`` threshold for name matching.
FUZZY_THRESHOLD = 90.0
#: Error lists returned by :func:`score_documents` for error analysis.
ERROR_KEYS = ("misses", "false_positives", "relation_misses", "date_errors", "quantity_misses")

_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*\s+")
_PUNCT = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")


def split_sentences_for_gold(text: str) -> list[str]:
    """Split an article text into the sentences that gold ``sentence_index`` counts.

    The rule is deliberately simple and fixed (it is part of the gold format):

    1. split the text into lines (``str.splitlines``);
    2. inside a line, cut after a run of ``.``, ``!`` or ``?`` (optionally
       followed by closing quotes or brackets ``" ' ” ’ ) ]``) that is followed
       by whitespace, unless the next non-space character is a lower-case letter;
    3. strip each piece and drop empty ones.

    Parameters
    ----------
    text : str
        The article body exactly as stored in the corpus record's ``text``.

    Returns
    -------
    list of str
        Sentences in order; ``sentence_index`` is a 0-based index into it.

    Examples
    --------
    >>> split_sentences_for_gold("Dr. Smith came. He said: “yes.” then left\\n\\nNext line")
    ['Dr.', 'Smith came.', 'He said: “yes.” then left', 'Next line']
    """
    sentences: list[str] = []
    for line in text.splitlines():
        start = 0
        for match in _SENTENCE_END.finditer(line):
            following = line[match.end() : match.end() + 1]
            if following and following.islower():
                continue
            piece = line[start : match.end()].strip()
            if piece:
                sentences.append(piece)
            start = match.end()
        piece = line[start:].strip()
        if piece:
            sentences.append(piece)
    return sentences


def normalise_label(text: str) -> str:
    """Normalise a name for comparison.

    Case-folds, strips diacritics, replaces punctuation by spaces and collapses
    whitespace.

    Parameters
    ----------
    text : str
        A label or alias.

    Returns
    -------
    str
        The normalised form (possibly empty).

    Examples
    --------
    >>> normalise_label("  Recep Tayyip  Erdoğan ")
    'recep tayyip erdogan'
    >>> normalise_label("Al-Nahyan, Sheikh")
    'al nahyan sheikh'
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", _PUNCT.sub(" ", stripped)).strip()


def names_match(
    predicted: Iterable[str], gold: Iterable[str], threshold: float = FUZZY_THRESHOLD
) -> bool:
    """Tell whether two sets of already normalised names refer to the same thing.

    Parameters
    ----------
    predicted, gold : iterable of str
        Normalised names (empty strings are ignored).
    threshold : float, optional
        Minimal rapidfuzz ``token_set_ratio`` for a fuzzy match.

    Returns
    -------
    bool
        True when the sets share a name or some pair is similar enough.

    Examples
    --------
    >>> names_match({"rusia", "russia"}, {"russia"})
    True
    >>> names_match({"iran"}, {"iraq"})
    False
    """
    pred = {n for n in predicted if n}
    gold_set = {n for n in gold if n}
    if pred & gold_set:
        return True
    return any(fuzz.token_set_ratio(p, g) >= threshold for p in pred for g in gold_set)


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read gold articles from a JSON file.

    Accepts the dev-gold shape ``{"lang": ..., "articles": [...]}``, a bare list
    of articles, or a single article (the shape of ``seed.json``). Each returned
    article carries a ``lang`` key (inherited from the file when missing).

    Parameters
    ----------
    path : str or pathlib.Path
        The JSON file.

    Returns
    -------
    list of dict
        Gold articles.

    Raises
    ------
    ValueError
        If the file holds none of the accepted shapes.
    """
    with Path(path).open(encoding="utf-8") as fh:
        data = json.load(fh)
    if isinstance(data, dict) and "articles" in data:
        lang = data.get("lang")
        articles = [dict(a) for a in data["articles"]]
        for art in articles:
            art.setdefault("lang", lang)
        return articles
    if isinstance(data, dict) and "doc" in data:
        return [dict(data)]
    if isinstance(data, list) and all(isinstance(a, dict) and "doc" in a for a in data):
        return [dict(a) for a in data]
    raise ValueError(f"{path}: not a gold file (expected 'articles' or 'doc')")


def load_predictions(jsonl_lines: Iterable[str]) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """Group ``kg extract --format jsonl`` records by document.

    Parameters
    ----------
    jsonl_lines : iterable of str
        Lines of JSON Lines output; blank lines are skipped, records whose
        ``kind`` is not entity/event/relation are ignored.

    Returns
    -------
    dict
        ``{doc_id: {"entities": [...], "events": [...], "relations": [...]}}``.

    Raises
    ------
    ValueError
        If a line is not valid JSON or a record has no ``doc``.

    Examples
    --------
    >>> preds = load_predictions(['{"kind": "event", "doc": "a", "cameo": "041"}', ""])
    >>> preds["a"]["events"][0]["cameo"]
    '041'
    """
    out: dict[str, dict[str, list[dict[str, Any]]]] = {}
    sections = {"entity": "entities", "event": "events", "relation": "relations"}
    for number, line in enumerate(jsonl_lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"line {number}: invalid JSON ({exc.msg})") from exc
        section = sections.get(record.get("kind", ""))
        if section is None:
            continue
        doc = record.get("doc")
        if doc is None:
            raise ValueError(f"line {number}: record without 'doc'")
        bucket = out.setdefault(str(doc), {"entities": [], "events": [], "relations": []})
        bucket[section].append(record)
    return out


# --------------------------------------------------------------------------- helpers


def _gold_name_index(article: Mapping[str, Any]) -> dict[str, frozenset[str]]:
    index: dict[str, frozenset[str]] = {}
    for ent in article.get("entities", []):
        names = {normalise_label(ent["label"])}
        names.update(normalise_label(a) for a in ent.get("aliases", []))
        index[ent["label"]] = frozenset(n for n in names if n)
    return index


def _gold_names(label: str, index: Mapping[str, frozenset[str]]) -> frozenset[str]:
    return index.get(label) or frozenset({normalise_label(label)})


def _pred_name_index(entities: Sequence[Mapping[str, Any]]) -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for ent in entities:
        names = index[str(ent.get("id"))]
        names.add(normalise_label(str(ent.get("label") or "")))
        names.update(normalise_label(str(a)) for a in ent.get("aliases") or [])
    return {k: frozenset(n for n in v if n) for k, v in index.items()}


def _pred_names(ref: Any, index: Mapping[str, frozenset[str]]) -> frozenset[str]:
    if isinstance(ref, Mapping):
        names = set(index.get(str(ref.get("id")), frozenset()))
        label = ref.get("label")
        if label:
            names.add(normalise_label(str(label)))
        return frozenset(n for n in names if n)
    return frozenset({normalise_label(str(ref))}) - {""}


def _root(code: Any) -> str:
    return str(code or "")[:2]


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


def date_correct(gold: str, predicted: str | None) -> bool:
    """Tell whether a predicted date is right for a gold date.

    Parameters
    ----------
    gold : str
        ``YYYY-MM-DD`` or ``YYYY-MM``.
    predicted : str or None
        The predicted date.

    Returns
    -------
    bool
        Equal strings, or a gold month and a predicted day in that month.

    Examples
    --------
    >>> date_correct("2022-05", "2022-05-19"), date_correct("2022-05-19", "2022-05")
    (True, False)
    """
    if not predicted:
        return False
    if predicted == gold:
        return True
    return len(gold) == 7 and len(predicted) == 10 and predicted[:7] == gold


def quantity_found(gold: Mapping[str, Any], predicted: Iterable[Mapping[str, Any]]) -> bool:
    """Tell whether a gold quantity is among the predicted quantities.

    Parameters
    ----------
    gold : mapping
        ``{"kind", "value", "approx"}``.
    predicted : iterable of mapping
        The matched prediction's quantities.

    Returns
    -------
    bool
        Same kind and equal value; within a factor of two for ``approx == "order"``.

    Examples
    --------
    >>> quantity_found({"kind": "killed", "value": 1000, "approx": "order"},
    ...                [{"kind": "killed", "value": 1500}])
    True
    """
    g_value = float(gold["value"])
    for q in predicted:
        if q.get("kind") != gold["kind"]:
            continue
        try:
            p_value = float(q.get("value"))
        except (TypeError, ValueError):
            continue
        if gold.get("approx") == "order":
            if g_value / 2 <= p_value <= g_value * 2:
                return True
        elif abs(p_value - g_value) < 1e-9:
            return True
    return False


def sentence_index(sentence: str, gold_sentences: Sequence[str]) -> int | None:
    """Index of the gold sentence a predicted evidence sentence is.

    The extractor splits sentences its own way, so the best word overlap
    (Jaccard over normalised words, at least 0.5) decides.

    Examples
    --------
    >>> sentence_index("Israel struck Iran.", ["Hello there.", "Israel struck Iran!"])
    1
    >>> sentence_index("Nothing alike", ["Hello there."]) is None
    True
    """
    words = set(normalise_label(sentence).split())
    best, best_score = None, 0.5
    for i, gold in enumerate(gold_sentences):
        other = set(normalise_label(gold).split())
        union = words | other
        score = len(words & other) / len(union) if union else 0.0
        if score > best_score or (best is None and score >= best_score):
            best, best_score = i, score
    return best


def match_events(
    gold_events: Sequence[Mapping[str, Any]],
    pred_events: Sequence[Mapping[str, Any]],
    gold_index: Mapping[str, frozenset[str]],
    pred_index: Mapping[str, frozenset[str]],
    threshold: float = FUZZY_THRESHOLD,
    pred_sentences: Sequence[int | None] | None = None,
) -> list[tuple[int, int]]:
    """Match predicted to gold events of one document, one-to-one.

    All compatible pairs (same CAMEO root, at least one participant name match)
    are ranked by: core gold event first, more matching participants, same
    evidence sentence (when ``pred_sentences`` gives the gold sentence index of
    each prediction), more of the gold counts carried, equal dates, the same full
    CAMEO code, then document order; pairs are taken greedily
    in that order. Without the sentence tie-break, two reports of one kind of
    event between the same parties (an attack and, three sentences on, its toll)
    are paired by document order alone, which can hand a toll to the wrong report.

    Parameters
    ----------
    gold_events, pred_events : sequence of mapping
        Gold events and (non-negated) predicted events.
    gold_index, pred_index : mapping
        Name sets per gold label / predicted entity id.
    threshold : float, optional
        Fuzzy threshold for :func:`names_match`.
    pred_sentences : sequence of int or None, optional
        Gold sentence index of each prediction's evidence (see
        :func:`sentence_index`), ``None`` where unknown.

    Returns
    -------
    list of (int, int)
        ``(gold_position, predicted_position)`` pairs.
    """
    gold_parts = [
        [_gold_names(n, gold_index) for n in (g.get("actors") or []) + (g.get("targets") or [])]
        for g in gold_events
    ]
    pred_parts = [
        [_pred_names(r, pred_index) for r in (p.get("actors") or []) + (p.get("targets") or [])]
        for p in pred_events
    ]
    candidates: list[tuple[tuple[int, ...], int, int]] = []
    for gi, gold in enumerate(gold_events):
        g_root = _root(gold.get("cameo_root") or gold.get("cameo"))
        for pi, pred in enumerate(pred_events):
            if _root(pred.get("cameo")) != g_root:
                continue
            hits = sum(
                1
                for gn in gold_parts[gi]
                if any(names_match(pn, gn, threshold) for pn in pred_parts[pi])
            )
            if not hits:
                continue
            same_date = int(bool(gold.get("date")) and date_correct(gold["date"], pred.get("date")))
            g_evidence = gold.get("evidence")
            g_sentence = (
                g_evidence.get("sentence_index") if isinstance(g_evidence, Mapping) else None
            )
            same_sentence = int(
                pred_sentences is not None
                and g_sentence is not None
                and pred_sentences[pi] == g_sentence
            )
            same_counts = sum(
                1
                for q in gold.get("quantities") or []
                if quantity_found(q, pred.get("quantities") or [])
            )
            same_code = int(str(pred.get("cameo") or "") == str(gold.get("cameo") or ""))
            key = (
                -int(bool(gold.get("core"))),
                -hits,
                -same_sentence,
                -same_counts,
                -same_date,
                -same_code,
                gi,
                pi,
            )
            candidates.append((key, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return pairs


def _empty_counts() -> dict[str, int]:
    keys = (
        "articles predicted matched_predicted gold_core matched_core gold_events "
        "relations_gold relations_found dates_gold dates_correct quantities_gold quantities_found"
    )
    return dict.fromkeys(keys.split(), 0)


def _summarise(counts: Mapping[str, int]) -> dict[str, Any]:
    precision = _ratio(counts["matched_predicted"], counts["predicted"])
    recall = _ratio(counts["matched_core"], counts["gold_core"])
    return {
        "articles": counts["articles"],
        "events": {
            "predicted": counts["predicted"],
            "matched_predicted": counts["matched_predicted"],
            "gold": counts["gold_events"],
            "gold_core": counts["gold_core"],
            "matched_core": counts["matched_core"],
            "precision": precision,
            "recall": recall,
            "f1": _f1(precision, recall),
        },
        "relations": {
            "gold": counts["relations_gold"],
            "found": counts["relations_found"],
            "recall": _ratio(counts["relations_found"], counts["relations_gold"]),
        },
        "dates": {
            "gold": counts["dates_gold"],
            "correct": counts["dates_correct"],
            "accuracy": _ratio(counts["dates_correct"], counts["dates_gold"]),
        },
        "quantities": {
            "gold": counts["quantities_gold"],
            "found": counts["quantities_found"],
            "recall": _ratio(counts["quantities_found"], counts["quantities_gold"]),
        },
    }


def _participants(refs: Iterable[Any]) -> list[str]:
    return [str(r.get("label")) if isinstance(r, Mapping) else str(r) for r in refs or []]


def _evidence_pointer(evidence: Any) -> Any:
    if isinstance(evidence, Mapping):
        return evidence.get("sentence_index", evidence.get("sentence"))
    return evidence


def score_documents(
    gold_articles: Sequence[Mapping[str, Any]],
    predictions: Mapping[str, Mapping[str, Sequence[Mapping[str, Any]]]],
    threshold: float = FUZZY_THRESHOLD,
    texts: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Score predictions against gold articles, per language and overall.

    Parameters
    ----------
    gold_articles : sequence of mapping
        Articles as returned by :func:`load_gold` (each with ``doc`` and ``lang``).
    predictions : mapping
        As returned by :func:`load_predictions`; documents without gold are
        ignored, gold documents without predictions score as empty output.
    threshold : float, optional
        Fuzzy name-matching threshold (rapidfuzz ``token_set_ratio``).
    texts : mapping, optional
        Article text per document id; with it, event matching prefers a
        prediction from the gold event's own sentence (see :func:`match_events`).

    Returns
    -------
    dict
        ``{"languages": {lang: summary}, "all": summary}`` where a summary has
        ``articles``, ``events`` (predicted, matched_predicted, gold, gold_core,
        matched_core, precision, recall, f1), ``relations`` (gold, found,
        recall), ``dates`` (gold, correct, accuracy), ``quantities`` (gold, found,
        recall), ``by_root`` (per CAMEO root: predicted, matched_predicted,
        gold_core, matched_core, precision, recall, f1) and the error lists
        ``misses``, ``false_positives``, ``relation_misses``, ``date_errors``
        and ``quantity_misses``. Ratios are ``None`` when undefined.
    """
    groups: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for art in gold_articles:
        groups[str(art.get("lang") or "?")].append(art)

    result: dict[str, Any] = {"languages": {}}
    total = _empty_counts()
    total_roots: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    total_errors: dict[str, list[dict[str, Any]]] = defaultdict(list)

    for lang in sorted(groups):
        counts = _empty_counts()
        roots: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        errors: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for art in groups[lang]:
            _score_article(art, predictions, threshold, counts, roots, errors, texts or {})
        summary = _summarise(counts)
        summary["by_root"] = _root_table(roots)
        summary.update({k: errors.get(k, []) for k in ERROR_KEYS})
        result["languages"][lang] = summary
        for key, value in counts.items():
            total[key] += value
        for root, row in roots.items():
            for key, value in row.items():
                total_roots[root][key] += value
        for key, items in errors.items():
            total_errors[key].extend(items)

    overall = _summarise(total)
    overall["by_root"] = _root_table(total_roots)
    overall.update({k: total_errors.get(k, []) for k in ERROR_KEYS})
    result["all"] = overall
    return result


def _root_table(roots: Mapping[str, Mapping[str, int]]) -> dict[str, dict[str, Any]]:
    table: dict[str, dict[str, Any]] = {}
    for root in sorted(roots):
        row = roots[root]
        p = _ratio(row.get("matched_predicted", 0), row.get("predicted", 0))
        r = _ratio(row.get("matched_core", 0), row.get("gold_core", 0))
        table[root] = {
            "predicted": row.get("predicted", 0),
            "matched_predicted": row.get("matched_predicted", 0),
            "gold_core": row.get("gold_core", 0),
            "matched_core": row.get("matched_core", 0),
            "precision": p,
            "recall": r,
            "f1": _f1(p, r),
        }
    return table


def _score_article(
    art: Mapping[str, Any],
    predictions: Mapping[str, Mapping[str, Sequence[Mapping[str, Any]]]],
    threshold: float,
    counts: dict[str, int],
    roots: dict[str, dict[str, int]],
    errors: dict[str, list[dict[str, Any]]],
    texts: Mapping[str, str],
) -> None:
    doc = str(art["doc"])
    pred_doc = predictions.get(doc, {})
    gold_index = _gold_name_index(art)
    pred_index = _pred_name_index(pred_doc.get("entities", []))
    gold_events = list(art.get("events", []))
    pred_events = [e for e in pred_doc.get("events", []) if not e.get("negated")]

    pred_sentences: list[int | None] | None = None
    if doc in texts:
        gold_sentences = split_sentences_for_gold(texts[doc])
        pred_sentences = [
            sentence_index(str((p.get("evidence") or {}).get("sentence") or ""), gold_sentences)
            for p in pred_events
        ]
    pairs = match_events(
        gold_events, pred_events, gold_index, pred_index, threshold, pred_sentences
    )
    gold_to_pred = dict(pairs)
    matched_pred = {pi for _, pi in pairs}

    counts["articles"] += 1
    counts["predicted"] += len(pred_events)
    counts["matched_predicted"] += len(matched_pred)
    counts["gold_events"] += len(gold_events)
    for pi, pred in enumerate(pred_events):
        row = roots[_root(pred.get("cameo"))]
        row["predicted"] += 1
        if pi in matched_pred:
            row["matched_predicted"] += 1
        else:
            errors["false_positives"].append(
                {
                    "doc": doc,
                    "cameo": pred.get("cameo"),
                    "actors": _participants(pred.get("actors")),
                    "targets": _participants(pred.get("targets")),
                    "date": pred.get("date"),
                    "rule": pred.get("rule"),
                    "sentence": _evidence_pointer(pred.get("evidence")),
                }
            )

    for gi, gold in enumerate(gold_events):
        root = _root(gold.get("cameo_root") or gold.get("cameo"))
        pi = gold_to_pred.get(gi)
        if gold.get("core"):
            counts["gold_core"] += 1
            roots[root]["gold_core"] += 1
            if pi is not None:
                counts["matched_core"] += 1
                roots[root]["matched_core"] += 1
            else:
                errors["misses"].append(
                    {
                        "doc": doc,
                        "id": gold.get("id"),
                        "cameo": gold.get("cameo"),
                        "actors": list(gold.get("actors") or []),
                        "targets": list(gold.get("targets") or []),
                        "date": gold.get("date"),
                        "evidence": _evidence_pointer(gold.get("evidence")),
                    }
                )
        if pi is None:
            continue
        pred = pred_events[pi]
        if gold.get("date"):
            counts["dates_gold"] += 1
            if date_correct(gold["date"], pred.get("date")):
                counts["dates_correct"] += 1
            else:
                errors["date_errors"].append(
                    {
                        "doc": doc,
                        "id": gold.get("id"),
                        "gold": gold["date"],
                        "predicted": pred.get("date"),
                    }
                )
        for quantity in gold.get("quantities") or []:
            counts["quantities_gold"] += 1
            if quantity_found(quantity, pred.get("quantities") or []):
                counts["quantities_found"] += 1
            else:
                errors["quantity_misses"].append(
                    {
                        "doc": doc,
                        "id": gold.get("id"),
                        "gold": dict(quantity),
                        "predicted": list(pred.get("quantities") or []),
                    }
                )

    pred_relations = [
        (
            r.get("predicate"),
            _pred_names(r.get("subject"), pred_index),
            _pred_names(r.get("object"), pred_index),
        )
        for r in pred_doc.get("relations", [])
    ]
    for rel in art.get("relations", []):
        counts["relations_gold"] += 1
        subject = _gold_names(rel["subject"], gold_index)
        obj = _gold_names(rel["object"], gold_index)
        found = any(
            predicate == rel["predicate"]
            and names_match(p_subject, subject, threshold)
            and names_match(p_object, obj, threshold)
            for predicate, p_subject, p_object in pred_relations
        )
        if found:
            counts["relations_found"] += 1
        else:
            errors["relation_misses"].append(
                {
                    "doc": doc,
                    "subject": rel["subject"],
                    "predicate": rel["predicate"],
                    "object": rel["object"],
                }
            )
