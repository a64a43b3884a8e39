"""Extraction-quality benchmark: dev gold (id, en), the seed article, and NER.

Usage::

    python benchmarks/quality.py [--lang id|en|all] [--verbose] [--kg-cmd "CMD ..."]
                                 [--predictions FILE] [--no-ner] [--no-seed]
                                 [--no-validation] [--blind] [--ucdp N]

Rows: the development sets (``id``, ``en``), the validation and fresh sets annotated later
without the extractor (``-val``, ``-fresh``, ``-fresh2``, ``-fresh3``), the blind sets (``-blind``, only with
``--blind``: kept for final figures, never read for errors) and the seed. ``--ucdp N``
(default 400, 0 skips) also scores N UCDP GED Ukraine wire headlines: the share with a
violent event, with each side, and with a death count near UCDP's best estimate.

The gold files in ``benchmarks/devgold/`` hold annotations only; article texts
are read at run time from the sibling folder ``../shared/corpus`` (the script
stops with a message when it is absent). For every row (``id``, ``en``,
``seed``) the extractor runs once as a subprocess on a temporary JSON Lines
file, by default ``python -m kg extract FILE --format jsonl``; ``--kg-cmd``
replaces the part before ``FILE``. ``--predictions`` scores an existing JSONL
instead of running the extractor (for all rows).

The NER section joins the tokens of the first ``--ner-limit`` sentences of
NERGrit (test) and NER-UI with spaces, runs the extractor once on all of them
and scores span-level P/R/F1 for PER/ORG/LOC: each predicted entity's label and
aliases are looked up as exact token sequences in its sentence; a span inside a
longer span of the same entity is dropped.
"""

from __future__ import annotations

import argparse
import csv
import json
import shlex
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from scoring import load_gold, load_predictions, score_documents

ROOT = Path(__file__).resolve().parents[1]
DEVGOLD = ROOT / "benchmarks" / "devgold"
SEED_TEXT = "seeds/000_2d431cf499136dd1.txt"
SEED_GOLD = "gold/seed.json"
SEED_PUBLISHED = "2022-05-20"
NER_FILES = (
    ("nergrit", "corpus/indonlu-nergrit/test_preprocess.txt"),
    ("nerui", "corpus/indolem-ner/nerui.txt"),
)
NER_TYPES = ("PER", "ORG", "LOC")
#: Our entity classes -> coarse NER types.
CLASS_TO_NER = {
    "Person": "PER",
    "Organization": "ORG",
    "GovernmentBody": "ORG",
    "MilitaryUnit": "ORG",
    "MediaOrganization": "ORG",
    "ArmedGroup": "ORG",
    "InternationalOrganization": "ORG",
    "Country": "LOC",
    "City": "LOC",
    "Region": "LOC",
    "Place": "LOC",
    "Facility": "LOC",
}
#: Gold BIO tag names -> coarse NER types.
TAG_TO_NER = {
    "PERSON": "PER",
    "PER": "PER",
    "ORGANISATION": "ORG",
    "ORGANIZATION": "ORG",
    "ORG": "ORG",
    "PLACE": "LOC",
    "LOCATION": "LOC",
    "LOC": "LOC",
}


UCDP_FILE = "corpus/ucdp-ged-ukraine/conflict_data_ukr.csv"
#: Words in our labels for the non-government side of UCDP's Donbas dyads.
UCDP_REBEL_WORDS = (
    "donetsk",
    "luhansk",
    "lugansk",
    "novorossiya",
    "separatist",
    "rebel",
    "dpr",
    "lpr",
)


#: Gold sets annotated after the development sets, in the order they are printed: the
#: validation sets (always present), then those that may be absent from a checkout.
LATER_SETS = (
    "-validation",
    "-fresh",
    "-fresh2",
    "-fresh3",
    "-fresh4",
    "-fresh5",
    "-fresh6",
    "-fresh7",
    "-fresh8",
    "-fresh9",
    "-fresh10",
    "-fresh11",
    "-fresh12",
    "-fresh13",
    "-fresh14",
    "-fresh15",
    "-fresh16",
    "-fresh17",
    "-fresh18",
    "-fresh19",
    "-blind",
)


class BenchmarkError(RuntimeError):
    """A problem that ends the benchmark with a message."""


# --------------------------------------------------------------------------- inputs


def find_shared(override: str | None) -> Path:
    """Locate the shared data folder (``../shared`` beside the repository)."""
    shared = Path(override) if override else ROOT.parent / "shared"
    if not (shared / "corpus").is_dir():
        raise BenchmarkError(
            f"shared data not found at {shared} (expected a 'corpus' folder there); "
            "this benchmark reads article texts from ../shared/corpus at run time"
        )
    return shared


def _read_jsonl(path: Path) -> dict[str, dict[str, Any]]:
    records: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                record = json.loads(line)
                records.setdefault(str(record["id"]), record)
    return records


def gold_input_records(articles: Sequence[Mapping[str, Any]], shared: Path) -> list[dict[str, Any]]:
    """Build extractor input records for gold articles from the shared corpus.

    Parameters
    ----------
    articles : sequence of mapping
        Gold articles with ``doc``, ``corpus_file``, ``published`` and ``lang``.
    shared : pathlib.Path
        The shared data folder.

    Returns
    -------
    list of dict
        Records with ``id``, ``text``, ``lang``, ``published`` and, when the
        corpus has them, ``title``, ``url`` and ``source``.
    """
    cache: dict[str, dict[str, dict[str, Any]]] = {}
    records = []
    for art in articles:
        corpus_file = str(art["corpus_file"])
        if corpus_file not in cache:
            path = shared / "corpus" / corpus_file
            if not path.is_file():
                raise BenchmarkError(f"corpus file missing: {path}")
            cache[corpus_file] = _read_jsonl(path)
        source = cache[corpus_file].get(str(art["doc"]))
        if source is None:
            raise BenchmarkError(f"article {art['doc']} not found in {corpus_file}")
        record: dict[str, Any] = {
            "id": art["doc"],
            "text": source["text"],
            "lang": art.get("lang") or source.get("lang"),
            "published": art.get("published"),
        }
        for key in ("title", "url", "source"):
            if source.get(key):
                record[key] = source[key]
        records.append(record)
    return records


def seed_input(shared: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Return the seed article's input record and its gold articles."""
    text_path = shared / SEED_TEXT
    gold_path = shared / SEED_GOLD
    if not text_path.is_file() or not gold_path.is_file():
        raise BenchmarkError(f"seed article or gold missing under {shared}")
    gold = load_gold(gold_path)
    title, _, body = text_path.read_text(encoding="utf-8").partition("\n")
    record = {
        "id": gold[0]["doc"],
        "title": title.strip(),
        "text": body.strip(),
        "lang": gold[0].get("lang") or "id",
        "published": gold[0].get("published") or SEED_PUBLISHED,
    }
    return [record], gold


def read_conll(path: Path, limit: int) -> list[tuple[list[str], list[str]]]:
    """Read ``token<TAB>tag`` sentences separated by blank lines (at most ``limit``)."""
    sentences: list[tuple[list[str], list[str]]] = []
    tokens: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if tokens:
                    sentences.append((tokens, tags))
                    tokens, tags = [], []
                    if len(sentences) >= limit:
                        return sentences
                continue
            token, _, tag = line.partition("\t")
            tokens.append(token)
            tags.append(tag.strip() or "O")
    if tokens and len(sentences) < limit:
        sentences.append((tokens, tags))
    return sentences


# --------------------------------------------------------------------------- extractor


def run_extractor(
    command: Sequence[str], records: Sequence[Mapping[str, Any]], timeout: float
) -> tuple[list[str], float]:
    """Run the extractor CLI on ``records``; return its output lines and the seconds taken.

    Raises
    ------
    BenchmarkError
        When the command cannot start, times out or exits with a non-zero status
        (its standard error is included in the message).
    """
    with tempfile.TemporaryDirectory(prefix="kg-quality-") as tmp:
        path = Path(tmp) / "input.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for record in records:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        argv = [*command, str(path), "--format", "jsonl"]
        started = time.perf_counter()
        try:
            proc = subprocess.run(
                argv, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise BenchmarkError(f"extractor failed to run ({shlex.join(argv)}): {exc}") from exc
        elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise BenchmarkError(
            f"extractor exited with status {proc.returncode}: {shlex.join(argv)}\n"
            f"--- stderr ---\n{proc.stderr.rstrip()}"
        )
    return proc.stdout.splitlines(), elapsed


# --------------------------------------------------------------------------- NER scoring


def gold_spans(tags: Sequence[str]) -> set[tuple[str, int, int]]:
    """Spans ``(type, start, end)`` (end exclusive) of a BIO tag sequence."""
    spans: set[tuple[str, int, int]] = set()
    current: tuple[str, int] | None = None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, name = tag.partition("-")
        kind = TAG_TO_NER.get(name.upper()) if name else None
        continues = prefix == "I" and current is not None and kind == current[0]
        if current is not None and not continues:
            spans.add((current[0], current[1], i))
            current = None
        if kind is not None and (prefix == "B" or (prefix == "I" and current is None)):
            current = (kind, i)
    return spans


def _class_name(value: Any) -> str:
    text = str(value or "")
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def predicted_spans(
    tokens: Sequence[str], entities: Iterable[Mapping[str, Any]]
) -> set[tuple[str, int, int]]:
    """Token spans where a predicted entity's label or alias occurs verbatim."""
    spans: set[tuple[str, int, int]] = set()
    for ent in entities:
        kind = CLASS_TO_NER.get(_class_name(ent.get("type")))
        if kind is None:
            continue
        forms = {str(ent.get("label") or ""), *(str(a) for a in ent.get("aliases") or [])}
        found: set[tuple[int, int]] = set()
        for form in forms:
            parts = form.split()
            if not parts:
                continue
            width = len(parts)
            for i in range(len(tokens) - width + 1):
                if list(tokens[i : i + width]) == parts:
                    found.add((i, i + width))
        for start, end in found:
            inside = any(s <= start and end <= e and (s, e) != (start, end) for s, e in found)
            if not inside:
                spans.add((kind, start, end))
    return spans


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    p = tp / n_pred if n_pred else None
    r = tp / n_gold if n_gold else None
    f1 = (2 * p * r / (p + r) if p + r else 0.0) if p is not None and r is not None else None
    return {"tp": tp, "predicted": n_pred, "gold": n_gold, "precision": p, "recall": r, "f1": f1}


def score_ner(
    sentences: Sequence[tuple[str, list[str], list[str]]],
    predictions: Mapping[str, Mapping[str, Sequence[Mapping[str, Any]]]],
) -> dict[str, dict[str, Any]]:
    """Span-level P/R/F1 per NER type and micro-averaged (key ``ALL``).

    Parameters
    ----------
    sentences : sequence of (doc_id, tokens, tags)
        Gold sentences.
    predictions : mapping
        Output of :func:`scoring.load_predictions`.
    """
    tp: dict[str, int] = defaultdict(int)
    n_pred: dict[str, int] = defaultdict(int)
    n_gold: dict[str, int] = defaultdict(int)
    for doc_id, tokens, tags in sentences:
        gold = gold_spans(tags)
        pred = predicted_spans(tokens, predictions.get(doc_id, {}).get("entities", []))
        for kind, *_ in gold:
            n_gold[kind] += 1
        for kind, *_ in pred:
            n_pred[kind] += 1
        for kind, *_ in gold & pred:
            tp[kind] += 1
    table = {k: _prf(tp[k], n_pred[k], n_gold[k]) for k in NER_TYPES}
    table["ALL"] = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return table


# --------------------------------------------------------------------------- printing


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:5.3f}"


def _frac(num: int, den: int) -> str:
    return f"{num}/{den}"


def ucdp_records(shared: Path, limit: int) -> list[dict[str, Any]]:
    """The first ``limit`` UCDP GED Ukraine events with a wire headline, as extractor input
    (the headlines joined, published on the source date) plus UCDP's best death estimate."""
    path = shared / UCDP_FILE
    if not path.is_file():
        raise BenchmarkError(f"UCDP file missing: {path}")
    records: list[dict[str, Any]] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            headline = (row.get("source_headline") or "").strip()
            if not headline or headline.startswith("#"):
                continue
            pieces = [h.strip().rstrip(".") for h in headline.split(";") if h.strip()]
            published = (row.get("source_date") or "").split(";")[0].strip()[:10] or None
            records.append(
                {
                    "id": f"ucdp-{len(records):04d}",
                    "text": ". ".join(pieces) + ".",
                    "lang": "en",
                    "published": published,
                    "best": int(float(row.get("best") or 0)),
                }
            )
            if len(records) >= limit:
                break
    return records


def score_ucdp(
    records: Sequence[Mapping[str, Any]], preds: Mapping[str, Mapping[str, Any]]
) -> dict[str, float]:
    """Share of UCDP headlines where the extractor finds a violent event (CAMEO 18-20), one
    with the Ukrainian side, one with the other side, and a death count within a factor of
    two of UCDP's best estimate (over the headlines with deaths)."""
    found = side_a = side_b = deaths = with_deaths = 0
    for rec in records:
        doc = preds.get(str(rec["id"]), {})
        ents = {e.get("id"): e for e in doc.get("entities", [])}
        violent = [
            e
            for e in doc.get("events", [])
            if str(e.get("cameo", ""))[:2] in ("18", "19", "20") and not e.get("negated")
        ]
        parts = [
            ents.get(ref.get("id") if isinstance(ref, Mapping) else ref, {})
            for e in violent
            for ref in (e.get("actors") or []) + (e.get("targets") or [])
        ]
        found += bool(violent)
        side_a += any(p.get("country") == "UKR" and p.get("type") != "ArmedGroup" for p in parts)
        side_b += any(
            p.get("type") == "ArmedGroup"
            or any(w in str(p.get("label", "")).lower() for w in UCDP_REBEL_WORDS)
            for p in parts
        )
        best = int(rec.get("best") or 0)
        if best:
            with_deaths += 1
            deaths += any(
                q.get("kind") in ("killed", "killed_or_injured")
                and best / 2 <= float(q.get("value") or 0) <= best * 2
                for e in violent
                for q in e.get("quantities") or []
            )
    n = max(len(records), 1)
    return {
        "headlines": float(len(records)),
        "violent_event": found / n,
        "ukrainian_side": side_a / n,
        "other_side": side_b / n,
        "deaths": deaths / max(with_deaths, 1),
        "with_deaths": float(with_deaths),
    }


def print_event_table(rows: Sequence[tuple[str, dict[str, Any], float | None]]) -> None:
    """Print one line per scored set."""
    header = (
        f"{'set':<6}{'arts':>5}  {'ev.P':>5} {'ev.R':>5} {'ev.F1':>5}  {'(match/pred core/gold)':>22}"
        f"  {'rel.R':>5} {'date':>5} {'qty.R':>5}  {'time s':>7}"
    )
    print(header)
    print("-" * len(header))
    for name, summary, seconds in rows:
        ev = summary["events"]
        counts = (
            f"{_frac(ev['matched_predicted'], ev['predicted'])} "
            f"{_frac(ev['matched_core'], ev['gold_core'])}"
        )
        time_text = "   -   " if seconds is None else f"{seconds:7.1f}"
        print(
            f"{name:<6}{summary['articles']:>5}  {_fmt(ev['precision'])} {_fmt(ev['recall'])} "
            f"{_fmt(ev['f1'])}  {counts:>22}  {_fmt(summary['relations']['recall'])} "
            f"{_fmt(summary['dates']['accuracy'])} {_fmt(summary['quantities']['recall'])}  "
            f"{time_text}"
        )
    print(
        "ev.P over all non-negated predictions; ev.R over core gold events; rel.R "
        f"{_fracs(rows, 'relations', 'found', 'gold')}; date {_fracs(rows, 'dates', 'correct', 'gold')}"
        f"; qty.R {_fracs(rows, 'quantities', 'found', 'gold')}"
    )


def _fracs(
    rows: Sequence[tuple[str, dict[str, Any], float | None]], key: str, a: str, b: str
) -> str:
    return ", ".join(f"{name} {_frac(s[key][a], s[key][b])}" for name, s, _ in rows)


def print_verbose(name: str, summary: Mapping[str, Any]) -> None:
    """Print the per-root breakdown and the error lists of one set."""
    print(f"\n=== {name}: per CAMEO root")
    print(f"{'root':<5}{'pred':>6}{'match':>6}{'core':>6}{'found':>6}  {'P':>5} {'R':>5} {'F1':>5}")
    for root, row in summary["by_root"].items():
        print(
            f"{root or '??':<5}{row['predicted']:>6}{row['matched_predicted']:>6}"
            f"{row['gold_core']:>6}{row['matched_core']:>6}  {_fmt(row['precision'])} "
            f"{_fmt(row['recall'])} {_fmt(row['f1'])}"
        )
    for key in ("misses", "false_positives", "date_errors", "quantity_misses", "relation_misses"):
        items = summary.get(key, [])
        print(f"\n=== {name}: {key} ({len(items)})")
        for item in items:
            print("  " + json.dumps(item, ensure_ascii=False))


def print_ner_table(results: Mapping[str, Mapping[str, Mapping[str, Any]]], seconds: float) -> None:
    """Print NER span scores per data set and type."""
    print(f"\nNER (span-level, exact token spans; extractor time {seconds:.1f} s)")
    header = f"{'set':<9}{'type':<5}{'P':>6}{'R':>6}{'F1':>6}{'pred':>7}{'gold':>7}"
    print(header)
    print("-" * len(header))
    for name, table in results.items():
        for kind, row in table.items():
            print(
                f"{name:<9}{kind:<5}{_fmt(row['precision']):>6}{_fmt(row['recall']):>6}"
                f"{_fmt(row['f1']):>6}{row['predicted']:>7}{row['gold']:>7}"
            )


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=["id", "en", "all"], default="all")
    parser.add_argument("--verbose", action="store_true", help="print per-root tables and errors")
    parser.add_argument(
        "--kg-cmd",
        default=None,
        help="extractor command before the input file (default: python -m kg extract)",
    )
    parser.add_argument("--predictions", help="score this JSONL instead of running the extractor")
    parser.add_argument("--shared", help="shared data folder (default: ../shared)")
    parser.add_argument("--no-ner", action="store_true", help="skip the NER section")
    parser.add_argument("--no-seed", action="store_true", help="skip the seed row")
    parser.add_argument(
        "--no-validation", action="store_true", help="skip the validation, fresh and blind rows"
    )
    parser.add_argument(
        "--blind",
        action="store_true",
        help="also score the blind sets (kept for final figures: do not tune on them)",
    )
    parser.add_argument(
        "--ucdp", type=int, default=400, help="UCDP GED headlines to score (0 skips)"
    )
    parser.add_argument("--ner-limit", type=int, default=500, help="sentences per NER file")
    parser.add_argument("--timeout", type=float, default=1800.0, help="seconds per extractor run")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; return the process exit status."""
    args = parse_args(argv)
    try:
        shared = find_shared(args.shared)
        command = (
            shlex.split(args.kg_cmd) if args.kg_cmd else [sys.executable, "-m", "kg", "extract"]
        )
        fixed: dict[str, dict[str, list[dict[str, Any]]]] | None = None
        if args.predictions:
            with Path(args.predictions).open(encoding="utf-8") as fh:
                fixed = load_predictions(fh)

        def predict(records: Sequence[Mapping[str, Any]]) -> tuple[dict[str, Any], float | None]:
            if fixed is not None:
                return fixed, None
            lines, seconds = run_extractor(command, records, args.timeout)
            return load_predictions(lines), seconds

        langs = ["id", "en"] if args.lang == "all" else [args.lang]
        rows: list[tuple[str, dict[str, Any], float | None]] = []
        # development sets first, then the validation sets annotated without looking at the
        # extractor's output (the closest stand-in here for articles nobody tuned it to)
        # and the fresh sets (annotated later the same way, scored before any error analysis);
        # the blind sets are scored only, never read for errors
        for name in [*langs, *(f"{lang}{kind}" for kind in LATER_SETS for lang in langs)]:
            path = DEVGOLD / f"{name}.json"
            if args.no_validation and name.endswith(LATER_SETS):
                continue
            if name.endswith(LATER_SETS[1:]) and not path.is_file():
                continue
            if name.endswith("-blind") and not args.blind:
                continue
            gold = load_gold(path)
            records = gold_input_records(gold, shared)
            preds, seconds = predict(records)
            texts = {str(r["id"]): str(r["text"]) for r in records}
            label = name.replace("-validation", "-val")
            rows.append((label, score_documents(gold, preds, texts=texts)["all"], seconds))
        if not args.no_seed:
            records, gold = seed_input(shared)
            preds, seconds = predict(records)
            texts = {str(r["id"]): str(r["text"]) for r in records}
            rows.append(("seed", score_documents(gold, preds, texts=texts)["all"], seconds))
        print_event_table(rows)
        if args.verbose:
            for name, summary, _ in rows:
                print_verbose(name, summary)

        if args.ucdp and fixed is None:
            records = ucdp_records(shared, args.ucdp)
            lines, _seconds = run_extractor(command, records, args.timeout)
            u = score_ucdp(records, load_predictions(lines))
            print(
                f"\nUCDP GED Ukraine wire headlines (2014-2019, not used for tuning): "
                f"{int(u['headlines'])} headlines; violent event found {u['violent_event']:.3f}, "
                f"with the Ukrainian side {u['ukrainian_side']:.3f}, with the other side "
                f"{u['other_side']:.3f}; death count within x2 of UCDP's best "
                f"{u['deaths']:.3f} (of {int(u['with_deaths'])} with deaths)"
            )
        if not args.no_ner:
            if fixed is not None:
                print("\nNER section skipped (--predictions given)")
            else:
                ner_sets: dict[str, list[tuple[str, list[str], list[str]]]] = {}
                records = []
                for name, rel_path in NER_FILES:
                    path = shared / rel_path
                    if not path.is_file():
                        raise BenchmarkError(f"NER file missing: {path}")
                    ner_sets[name] = []
                    for i, (tokens, tags) in enumerate(read_conll(path, args.ner_limit)):
                        doc_id = f"ner-{name}-{i:04d}"
                        ner_sets[name].append((doc_id, tokens, tags))
                        records.append({"id": doc_id, "text": " ".join(tokens), "lang": "id"})
                lines, seconds = run_extractor(command, records, args.timeout)
                ner_preds = load_predictions(lines)
                results = {name: score_ner(sents, ner_preds) for name, sents in ner_sets.items()}
                print_ner_table(results, seconds)
    except BenchmarkError as exc:
        print(f"quality.py: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
