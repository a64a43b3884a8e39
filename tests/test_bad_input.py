"""The bad-input matrix, through the real entry point (``python -m kg``).

One ``kg ingest`` run reads a folder of bad and good inputs together; each case
then checks its one-line ``error:``/``warning:`` (naming the file and the
problem), whether its article is in the store, and that the rest of the batch
went on. Cases that need their own run (a locked store, a read-only file
system, an unreadable file, a 50 MB file, SPARQL errors) follow.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED

PUBLISHED = "2022-05-20"
ATTACK = "Russia shelled Kharkiv on Monday, killing 3 civilians."


def run_kg(*args: str, timeout: float = 300, **kw) -> subprocess.CompletedProcess[str]:
    """Run ``python -m kg ARGS`` and capture its output."""
    return subprocess.run(
        [sys.executable, "-m", "kg", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=timeout,
        **kw,
    )


def lines(res: subprocess.CompletedProcess[str], kind: str) -> list[str]:
    """The ``error:`` or ``warning:`` lines of a run."""
    return [ln for ln in res.stderr.splitlines() if ln.startswith(f"{kind}: ")]


def articles(store: Path) -> dict[str, dict[str, int]]:
    """Stored articles by doc id: their events, relations and triples."""
    from kg.store import open_store

    st = open_store(store, read_only=True)
    out: dict[str, dict[str, int]] = {}
    for row in st.query(
        """SELECT ?id (COUNT(DISTINCT ?e) AS ?events) (COUNT(DISTINCT ?r) AS ?relations)
           WHERE { GRAPH ?g { ?d a ckg:Article ; ckg:docId ?id .
                              OPTIONAL { ?e a ckg:Event } OPTIONAL { ?r a ckg:RelationAssertion } }
           } GROUP BY ?id"""
    ):
        out[str(row[0])] = {"events": int(row[1]), "relations": int(row[2])}
    for row in st.query(
        "SELECT ?id (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?d ckg:docId ?id } "
        "GRAPH ?g { ?s ?p ?o } } GROUP BY ?id"
    ):
        out[str(row[0])]["triples"] = int(row[1])
    st.close()
    return out


def store_text(store: Path, doc_id: str) -> str:
    """Title and every evidence sentence stored for one article, joined."""
    from kg.store import open_store

    st = open_store(store, read_only=True)
    rows = st.query(
        """SELECT ?x WHERE { GRAPH ?g { ?d ckg:docId ?id .
             { ?d dcterms:title ?x } UNION { ?ev ckg:sentenceText ?x } } }""",
        {"id": _literal(doc_id)},
    )
    return "\n".join(str(r[0]) for r in rows)


def _literal(value: str):
    from rdflib import Literal

    return Literal(value)


# --------------------------------------------------------------------------- the matrix
@dataclass(frozen=True)
class Case:
    """One bad (or awkward) input and what ``kg ingest`` must do with it."""

    name: str
    kind: str  # "error" or "warning" (or "" for none expected)
    pattern: str  # regex the one line must match (after "error: ")
    stored: tuple[str, ...] = ()  # doc ids that must be in the store
    absent: tuple[str, ...] = ()  # doc ids that must not be
    check: Callable[[Path, subprocess.CompletedProcess[str]], None] | None = field(
        default=None, compare=False
    )


def _txt(title: str, body: str) -> str:
    return f"{title}\n{body}\n"


def _write_inputs(d: Path) -> list[str]:
    """Create every input of the batch under ``d``; returns the extra paths to pass."""
    d.mkdir()
    w = lambda name, text: (d / name).write_text(text, encoding="utf-8")  # noqa: E731
    wb = lambda name, data: (d / name).write_bytes(data)  # noqa: E731
    w("good.txt", _txt("Strike on Kharkiv", ATTACK))
    w("empty.txt", "")
    w("blank.txt", "  \n\t\n\u00a0 \r\n")
    wb("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    wb(
        "latin1.txt",
        _txt("Café Müller", "Russia shelled Kharkiv near the café Müller.").encode("latin-1"),
    )
    wb("undecodable.txt", b"Title\nRussia shelled Kharkiv \x81\x8d on Monday.\n")
    wb("utf16.txt", _txt("Serangan di Kharkiv", "Rusia menembaki Kharkiv.").encode("utf-16"))
    wb("utf8bom.txt", codecs.BOM_UTF8 + _txt("Strike on Odesa", ATTACK).encode("utf-8"))
    w(
        "page.html",
        textwrap.dedent(f"""\
        <!doctype html><html><head><title>Strike on Kharkiv</title>
        <style>body {{ color: red }} .ad {{ display: none }}</style>
        <script>var tracker = "alert-me"; document.write("injected");</script></head>
        <body><nav>Home | Sport | Weather</nav><header>Breaking menu</header>
        <article><h1>Strike on Kharkiv</h1><p>{ATTACK}</p>
        <p>Ukraine said the attack hit a hospital.</p></article>
        <aside>Related: celebrity gossip</aside><footer>Copyright footer</footer>
        </body></html>"""),
    )
    jl = [
        json.dumps({"id": "jl-1", "text": ATTACK, "published": PUBLISHED}),
        "{oops, not json",
        json.dumps({"id": "jl-3", "text": "Israel struck Gaza on Tuesday.", "lang": "en"}),
        json.dumps({"id": "jl-4", "title": "no text here"}),
        json.dumps({"id": "jl-5", "text": ATTACK, "title": ["a", "list"]}),
        "[" * 50_000,
        json.dumps({"id": "jl-7", "text": ATTACK, "published": "2022-13-45"}),
        json.dumps({"id": "jl-8", "text": 42}),
        json.dumps({"id": "jl-9", "text": "Russia shelled Kharkiv\ud800 on Monday."}),
    ]
    w("records.jsonl", "\n".join(jl) + "\n")
    w("broken.json", '{"id": "broken", "text": "unterminated')
    w(
        "fr.txt",
        _txt(
            "Frappe sur Kharkiv",
            "La Russie a bombardé la ville de Kharkiv lundi, "
            "tuant trois civils selon les autorités locales de la région.",
        ),
    )
    w("de.json", json.dumps({"id": "de", "lang": "de", "text": "Russland beschoss Charkiw."}))
    w("nofacts.txt", _txt("Weather", "The weather was mild and the market was busy all day."))
    # the same article twice in one batch, and one id with two texts
    w(
        "dup.jsonl",
        "\n".join(
            [
                json.dumps({"id": "dup", "text": ATTACK, "published": PUBLISHED}),
                json.dumps({"id": "dup", "text": ATTACK, "published": PUBLISHED}),
                json.dumps({"id": "twice", "text": "Israel struck Gaza.", "published": PUBLISHED}),
                json.dumps({"id": "twice", "text": ATTACK, "published": PUBLISHED}),
            ]
        )
        + "\n",
    )
    w("longsentence.txt", _txt("Run-on", " ".join(["Russia shelled Kharkiv and"] * 2500)))
    w(
        "control.jsonl",
        json.dumps(
            {  # NUL inside JSON text (a raw NUL byte means binary)
                "id": "control",
                "title": "Con\x1b[31mtrol\x00",
                "published": PUBLISHED,
                "text": "Rus\u200bsia shel\u00adled Khar\u200dkiv on\x07 Monday,\x00 killing 3 "
                "civil\ufeffians.\x7f\x01\x08\x0b\x0c\x9f",
            }
        )
        + "\n",
    )
    w(
        "dates.jsonl",
        "\n".join(
            [
                json.dumps(
                    {
                        "id": "future",
                        "published": PUBLISHED,
                        "text": "Russia shelled Kharkiv on 12 March 2087, killing 3 civilians.",
                    }
                ),
                json.dumps(
                    {
                        "id": "past",
                        "published": PUBLISHED,
                        "text": "Russia shelled Kharkiv on 12 March 1850, killing 3 civilians.",
                    }
                ),
                json.dumps(
                    {
                        "id": "edge",
                        "published": "0001-01-01",
                        "text": "Russia shelled Kharkiv on Thursday, last week and on (3/4).",
                    }
                ),
                json.dumps(
                    {
                        "id": "edge2",
                        "published": "9999-12-31",
                        "text": "Russia shelled Kharkiv on May 3 and next month and on (3/4).",
                    }
                ),
            ]
        )
        + "\n",
    )
    w(
        "absurd.txt",
        _txt(
            "Absurd",
            "Russia shelled Kharkiv, killing 99999999999999999999999 "
            "civilians. Ukraine said 1e30 people were injured and "
            "5000000000000 people fled.",
        ),
    )
    hostile = '<>"{}|\\^` \n\t'
    w(
        "hostile.jsonl",
        json.dumps(
            {
                "id": f"hostile {hostile}",
                "title": f"Title {hostile}",
                "url": f"http://x/{hostile}",
                "source": f"Src {hostile}",
                "published": PUBLISHED,
                "text": f'{ATTACK} Spokesman "<{{|}}>" John `Doe\\` said the strike hit {hostile}.',
            }
        )
        + "\n",
    )
    (d / "notes.pdf").write_text("not an article", encoding="utf-8")
    os.symlink(d / "nowhere.txt", d / "dangling.txt")
    os.symlink(d / "loop-b.txt", d / "loop-a.txt")
    os.symlink(d / "loop-a.txt", d / "loop-b.txt")
    (d / "sub").mkdir()
    os.symlink("..", d / "sub" / "up")
    os.mkfifo(d / "pipe.txt")
    extra = [str(d / "notes.pdf"), str(d / "missing.txt")]
    if Path("/proc/self/mem").exists():  # a regular file the kernel refuses to read (EIO)
        os.symlink("/proc/self/mem", d / "ioerror.txt")
    return extra


def _html_check(store: Path, res: subprocess.CompletedProcess[str]) -> None:
    text = store_text(store, "page")
    assert "Russia shelled Kharkiv" in text and "Strike on Kharkiv" in text
    for junk in (
        "alert-me",
        "document.write",
        "color: red",
        "Home | Sport",
        "Breaking menu",
        "celebrity",
        "Copyright",
    ):
        assert junk not in text, junk
    assert articles(store)["page"]["events"] >= 1


def _latin1_check(store: Path, res: subprocess.CompletedProcess[str]) -> None:
    assert "Café Müller" in store_text(store, "latin1")


def _bom_check(store: Path, res: subprocess.CompletedProcess[str]) -> None:
    assert "Serangan di Kharkiv" in store_text(store, "utf16")
    text = store_text(store, "utf8bom")
    assert "Strike on Odesa" in text and "\ufeff" not in text


def _jsonl_check(store: Path, res: subprocess.CompletedProcess[str]) -> None:
    arts = articles(store)
    assert {"jl-1", "jl-3", "jl-9"} <= set(arts)  # the lines around the bad ones
    assert not {"jl-4", "jl-5", "jl-7", "jl-8"} & set(arts)
    assert "\ufffd" in store_text(store, "jl-9")  # the lone surrogate, replaced


def _language_check(store: Path, res: subprocess.CompletedProcess[str]) -> None:
    arts = articles(store)
    for doc in ("fr", "de"):
        assert arts[doc]["events"] == 0 and arts[doc]["relations"] == 0
        assert arts[doc]["triples"] >= 3  # the article node, its id and its hash


def _nofacts_check(store: Path, res: subprocess.CompletedProcess[str]) -> None:
    nofacts = articles(store)["nofacts"]
    assert nofacts["events"] == 0 and nofacts["relations"] == 0
    assert not [e for e in lines(res, "error") + lines(res, "warning") if "nofacts" in e]


def _dup_check(store: Path, res: subprocess.CompletedProcess[str]) -> None:
    from kg.store import open_store

    st = open_store(store, read_only=True)
    n = st.count('SELECT (COUNT(*) AS ?n) WHERE { ?d ckg:docId "dup" }')
    assert n == 1  # one article node, one graph
    st.close()
    assert "Russia shelled Kharkiv" in store_text(store, "twice")  # the later text won


def _long_check(store: Path, res: subprocess.CompletedProcess[str]) -> None:
    from kg.text import MAX_SENTENCE_CHARS

    arts = articles(store)
    assert arts["longsentence"]["events"] >= 1
    longest = max(len(s) for s in store_text(store, "longsentence").splitlines())
    assert longest <= MAX_SENTENCE_CHARS


def _control_check(store: Path, res: subprocess.CompletedProcess[str]) -> None:
    text = store_text(store, "control")
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f\u200b\u200d\ufeff\u00ad]", text)
    assert "Russia shelled Kharkiv on Monday, killing 3 civilians." in text
    assert articles(store)["control"]["events"] >= 1


def _dates_check(store: Path, res: subprocess.CompletedProcess[str]) -> None:
    from kg.store import open_store

    st = open_store(store, read_only=True)
    dates = {
        str(r[0]): str(r[1])
        for r in st.query(
            "SELECT ?id ?date WHERE { ?e ckg:inDocument ?d ; ckg:date ?date . ?d ckg:docId ?id }"
        )
    }
    st.close()
    # kept as written, and flagged (see kg.dates)
    assert dates["future"] == "2087-03-12" and dates["past"] == "1850-03-12"
    warnings = lines(res, "warning")
    assert any(
        re.search(r"dates\.jsonl:1: event date 2087-03-12 is more than a year", w) for w in warnings
    )
    assert any(
        re.search(r"dates\.jsonl:2: event date 1850-03-12 is before 1900", w) for w in warnings
    )
    assert any(
        re.search(r"dates\.jsonl:3: publication date 0001-01-01 is before 1900", w)
        for w in warnings
    )
    arts = articles(store)
    assert arts["edge"]["events"] >= 1 and arts["edge2"]["events"] >= 1


def _absurd_check(store: Path, res: subprocess.CompletedProcess[str]) -> None:
    from kg.store import open_store

    st = open_store(store, read_only=True)
    values = [float(r[0]) for r in st.query("SELECT ?v WHERE { ?q ckg:quantityValue ?v }")]
    st.close()
    assert values and max(values) <= 1e10  # the seed's and the others' real counts only
    assert articles(store)["absurd"]["events"] >= 1


def _hostile_check(store: Path, res: subprocess.CompletedProcess[str]) -> None:
    import pyoxigraph as ox

    doc = next(d for d in articles(store) if d.startswith("hostile"))
    assert doc == 'hostile <>"{}|\\^` \n\t'
    for fmt, ox_fmt in (("nq", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG)):
        out = run_kg("export", "-f", fmt, "--store", str(store))
        assert out.returncode == 0, out.stderr
        quads = list(ox.parse(out.stdout.encode("utf-8"), ox_fmt))
        iris = {
            t.value
            for q in quads
            for t in (q.subject, q.predicate, q.object, q.graph_name)
            if isinstance(t, ox.NamedNode)
        }
        assert not [i for i in iris if re.search(r'[\s<>"{}|\\^`]', i)]
        assert any(isinstance(q.object, ox.Literal) and q.object.value == doc for q in quads)
    out = run_kg("export", "-f", "ttl", "--store", str(store))
    from rdflib import Graph

    from kg.text import normalize

    g = Graph().parse(data=out.stdout, format="turtle")
    title = normalize('Title <>"{}|\\^` \n\t')
    assert any(str(o) == title for o in g.objects())


CASES = [
    Case("good article", "", "", stored=("good",)),
    Case("empty file", "error", r"empty\.txt: empty file$", absent=("empty",)),
    Case("white space only", "error", r"blank\.txt: file has only white space$", absent=("blank",)),
    Case(
        "binary file",
        "error",
        r"binary\.txt: binary file \(NUL bytes\), not text$",
        absent=("binary",),
    ),
    Case(
        "Latin-1 text",
        "warning",
        r"latin1\.txt: not valid UTF-8 \(byte \d+\); read as cp1252$",
        stored=("latin1",),
        check=_latin1_check,
    ),
    Case(
        "invalid UTF-8",
        "warning",
        r"undecodable\.txt: not valid UTF-8 \(byte \d+\); undecodable bytes replaced$",
        stored=("undecodable",),
    ),
    Case("UTF-16 and UTF-8 with BOM", "", "", stored=("utf16", "utf8bom"), check=_bom_check),
    Case("HTML with scripts and styles", "", "", stored=("page",), check=_html_check),
    Case(
        "malformed JSONL line",
        "error",
        r"records\.jsonl:2: malformed JSON \(.+, column \d+\)$",
        check=_jsonl_check,
    ),
    Case(
        "JSON record without text",
        "error",
        r"records\.jsonl:4: record has no 'text'$",
        absent=("jl-4",),
    ),
    Case(
        "JSON field of the wrong type",
        "error",
        r"records\.jsonl:5: field 'title' must be a string, not list$",
    ),
    Case("deeply nested JSON", "error", r"records\.jsonl:6: malformed JSON \(nested too deeply\)$"),
    Case(
        "bad published date",
        "error",
        r"records\.jsonl:7: bad published date '2022-13-45' \(expected YYYY-MM-DD\)$",
    ),
    Case(
        "text that is not a string",
        "error",
        r"records\.jsonl:8: field 'text' must be a string, not int$",
    ),
    Case(
        "malformed JSON file",
        "error",
        r"broken\.json: malformed JSON \(Unterminated string .*line 1 column \d+\)$",
        absent=("broken",),
    ),
    Case("unknown extension", "error", r"notes\.pdf: unsupported file type \.pdf \(use .+\)$"),
    Case("path that does not exist", "error", r"missing\.txt: no such file or folder$"),
    Case(
        "dangling symlink",
        "error",
        r"dangling\.txt: broken symbolic link or symlink loop \(No such file or directory\)$",
    ),
    Case(
        "symlink loop (files)",
        "error",
        r"loop-a\.txt: broken symbolic link or symlink loop \(Too many levels .+\)$",
    ),
    Case("symlink loop (folders)", "error", r"sub/up: symlink loop: folder already visited$"),
    Case("named pipe", "error", r"pipe\.txt: not a regular file \(a named pipe\)$"),
    Case("file the OS cannot read", "error", r"ioerror\.txt: cannot read \(.+\)$"),
    Case(
        "unsupported language",
        "warning",
        r"fr\.txt: unsupported language fr: extraction skipped$",
        stored=("fr", "de"),
        check=_language_check,
    ),
    Case("article with no facts", "", "", stored=("nofacts",), check=_nofacts_check),
    Case(
        "duplicated article",
        "warning",
        r"dup\.jsonl:4: document id 'twice' appears twice; the later text wins$",
        stored=("dup", "twice"),
        check=_dup_check,
    ),
    Case("very long sentence, no punctuation", "", "", stored=("longsentence",), check=_long_check),
    Case(
        "control characters and zero-width spaces",
        "",
        "",
        stored=("control",),
        check=_control_check,
    ),
    Case(
        "dates in the future and before 1900",
        "",
        "",
        stored=("future", "past", "edge", "edge2"),
        check=_dates_check,
    ),
    Case("absurd numbers", "", "", stored=("absurd",), check=_absurd_check),
    Case("labels that would break IRIs or Turtle", "", "", check=_hostile_check),
]


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """One ``kg ingest`` of every input above, plus the seed (the batch that must go on)."""
    base = tmp_path_factory.mktemp("bad")
    inputs = base / "in"
    extra = _write_inputs(inputs)
    shutil.copy(SEED, inputs / "seed.txt")
    store = base / "store"
    res = run_kg(
        "ingest",
        str(inputs),
        *extra,
        "--store",
        str(store),
        "--no-progress",
        "--published",
        PUBLISHED,
        timeout=240,
    )
    return store, res


def test_the_batch_goes_on_and_fails_at_the_end(batch):
    store, res = batch
    assert res.returncode == 1
    assert "Traceback" not in res.stderr
    errors = lines(res, "error")
    # every error line names a file of the batch and says what is wrong with it
    assert all(re.match(r"error: (/|\S).+?: \S", e) for e in errors)
    m = re.search(r"ingested (\d+) article\(s\), (\d+) unchanged, (\d+) failed", res.stdout)
    assert m and int(m.group(3)) == len(errors)
    arts = articles(store)
    assert arts["seed"]["events"] >= 8 and arts["good"]["events"] >= 1
    assert int(m.group(1)) == len(arts)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input(batch, case):
    store, res = batch
    if case.name == "file the OS cannot read" and not Path("/proc/self/mem").exists():
        pytest.skip("needs Linux /proc/self/mem to produce a read error")
    if case.kind:
        hits = [ln for ln in lines(res, case.kind) if re.search(case.pattern, ln)]
        assert len(hits) == 1, (case.pattern, res.stderr)
        # one line, naming the file (its full path)
        assert hits[0].startswith(f"{case.kind}: /") and "\n" not in hits[0]
    arts = articles(store)
    for doc in case.stored:
        assert doc in arts, (doc, sorted(arts))
    for doc in case.absent:
        assert doc not in arts
    if case.check is not None:
        case.check(store, res)


def test_rerun_is_idempotent(batch, tmp_path):
    """Re-running the same batch stores nothing new and still reports the same failures."""
    store, first = batch
    copy = tmp_path / "store"
    shutil.copytree(store, copy)
    before = articles(copy)
    inputs = store.parent / "in"
    extra = [str(inputs / "notes.pdf"), str(inputs / "missing.txt")]
    res = run_kg(
        "ingest",
        str(inputs),
        *extra,
        "--store",
        str(copy),
        "--no-progress",
        "--published",
        PUBLISHED,
        timeout=240,
    )
    assert res.returncode == 1
    assert lines(res, "error") == lines(first, "error")
    assert articles(copy) == before


# --------------------------------------------------------------------------- size limit
def _peak_rss_kib(*args: str) -> tuple[subprocess.CompletedProcess[str], int]:
    code = textwrap.dedent("""\
        import resource, sys
        from kg.cli import main
        sys.argv = ["kg", *sys.argv[1:]]
        try:
            main()
        finally:
            print("peak-rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
        """)
    res = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    m = re.search(r"peak-rss (\d+)", res.stderr)
    assert m, res.stderr
    return res, int(m.group(1))


def test_a_50_mb_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # 50 MB of text
        line = (ATTACK + "\n").encode()
        fh.write(line * (50 * 1024 * 1024 // len(line) + 1))
    small = tmp_path / "small.txt"
    small.write_text(_txt("Strike", ATTACK), encoding="utf-8")
    store = tmp_path / "store"
    res, peak = _peak_rss_kib(
        "ingest", str(big), str(small), "--store", str(store), "--no-progress"
    )
    assert res.returncode == 1
    size = big.stat().st_size
    assert lines(res, "error") == [
        f"error: {big}: file is {size} bytes, larger than the limit of 20971520 "
        "(raise it with --max-bytes)"
    ]
    assert "ingested 1 article(s)" in res.stdout
    _, baseline = _peak_rss_kib(
        "ingest", str(small), "--store", str(tmp_path / "s2"), "--no-progress"
    )
    assert peak - baseline < 20 * 1024, (peak, baseline)  # the 50 MB were never read

    res = run_kg(
        "ingest", str(small), "--store", str(tmp_path / "s3"), "--max-bytes", "40", "--no-progress"
    )
    assert res.returncode == 1 and "larger than the limit of 40" in res.stderr
    assert set(articles(tmp_path / "s3")) == set()


# --------------------------------------------------------------------------- unreadable file
def test_unreadable_file(tmp_path):
    """A file without read permission: one error line, the rest goes on.

    Root reads any file, so as root the command runs with the DAC override
    capabilities dropped (``setpriv``); the test skips only when that is impossible.
    """
    secret = tmp_path / "secret.txt"
    secret.write_text(_txt("Secret", ATTACK), encoding="utf-8")
    secret.chmod(0)
    ok = tmp_path / "ok.txt"
    ok.write_text(_txt("Open", ATTACK), encoding="utf-8")
    store = tmp_path / "store"
    prefix: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: permissions cannot deny a read")
        drop = "-dac_override,-dac_read_search"
        prefix = [setpriv, f"--inh-caps={drop}", f"--bounding-set={drop}"]
    res = subprocess.run(
        [
            *prefix,
            sys.executable,
            "-m",
            "kg",
            "ingest",
            str(tmp_path),
            "--store",
            str(store),
            "--no-progress",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    if "Operation not permitted" in res.stderr and prefix:
        pytest.skip(f"setpriv cannot drop capabilities here: {res.stderr.strip()}")
    assert res.returncode == 1, res.stderr
    assert lines(res, "error") == [f"error: {secret}: cannot read (Permission denied)"]
    assert set(articles(store)) == {"ok"}


# --------------------------------------------------------------------------- store errors
def _seed_store(path: Path) -> int:
    res = run_kg("ingest", str(SEED), "--store", str(path), "--no-progress")
    assert res.returncode == 0, res.stderr
    return articles(path)["seed"]["triples"]


def test_store_locked_by_another_process(tmp_path):
    store = tmp_path / "store"
    triples = _seed_store(store)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from kg.store import open_store; s = open_store(sys.argv[1]); "
            "print('ready', flush=True); time.sleep(120)",
            str(store),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        other = tmp_path / "other.txt"
        other.write_text(_txt("Strike", ATTACK), encoding="utf-8")
        res = run_kg("ingest", str(other), "--store", str(store), "--no-progress")
        assert res.returncode == 1
        err = res.stderr.strip().splitlines()
        assert len(err) == 1 and "Traceback" not in res.stderr
        assert err[0].startswith(f"error: {store}: store is locked by another process")
        # readers do not need the lock
        res = run_kg("stats", "--store", str(store))
        assert res.returncode == 0 and re.search(r"articles:\s+1\b", res.stdout)
    finally:
        holder.kill()
        holder.wait(10)
    assert set(articles(store)) == {"seed"}
    assert articles(store)["seed"]["triples"] == triples  # no corruption, nothing half-written
    res = run_kg("ingest", str(other), "--store", str(store), "--no-progress")
    assert res.returncode == 0 and set(articles(store)) == {"seed", "other"}


def _try(cmd: list[str]) -> bool:
    return subprocess.run(cmd, capture_output=True, timeout=30).returncode == 0


@pytest.fixture
def read_only_fs(tmp_path):
    """A folder on a read-only file system holding a store (a tmpfs remounted read-only)."""
    mnt = tmp_path / "ro"
    mnt.mkdir()
    if not shutil.which("mount") or not _try(
        ["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(mnt)]
    ):
        pytest.skip("cannot mount a file system here (needs root with CAP_SYS_ADMIN)")
    try:
        triples = _seed_store(mnt / "store")
        assert _try(["mount", "-o", "remount,ro", str(mnt)])
        yield mnt, triples
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True, timeout=30)


def test_store_on_a_read_only_file_system(read_only_fs):
    mnt, triples = read_only_fs
    store = mnt / "store"
    for target in (store, mnt / "new-store"):
        res = run_kg("ingest", str(SEED), "--store", str(target), "--no-progress")
        assert res.returncode == 1 and "Traceback" not in res.stderr
        err = res.stderr.strip().splitlines()
        assert len(err) == 1
        assert err[0].startswith(
            f"error: {target}: cannot open store for writing: the file system is read-only"
        )
    # reading still works, and the store is intact
    res = run_kg("query", "posts", "--store", str(store), "-f", "csv")
    assert res.returncode == 0 and "Mark Milley" in res.stdout
    assert articles(store)["seed"]["triples"] == triples


# --------------------------------------------------------------------------- SPARQL errors
@pytest.fixture(scope="module")
def seed_store_dir(tmp_path_factory):
    store = tmp_path_factory.mktemp("seed") / "store"
    return store, _seed_store(store)


@pytest.mark.parametrize(
    ("query", "where"),
    [
        ("SELECT ?x WHERE { ?x ?p }", "line 1"),
        (
            "SELECT ?x WHERE {\n  ?x a ckg:Event ;\n     ckg:date ?d .\n  FILTER(?d > ) }",
            "line 4, column",
        ),
        ("SELECT ?x WHERE { ?x a <bad iri> }", "line 1"),
        ('SELECT ?x WHERE { ?x rdfs:label "unterminated }', "line 1"),
        ("SELECT ?x WHERE { ?x nosuchprefix:p ?y }", "line 1"),
    ],
)
def test_malformed_sparql_gives_the_position(seed_store_dir, query, where):
    store, _ = seed_store_dir
    res = run_kg("query", query, "--store", str(store))
    assert res.returncode == 1 and "Traceback" not in res.stderr
    err = res.stderr.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: malformed SPARQL: ")
    assert re.search(rf"\({where}", err[0]), err[0]


@pytest.mark.parametrize(
    ("update", "op"),
    [
        ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "INSERT"),
        ("DELETE WHERE { ?s ?p ?o }", "DELETE"),
        ("PREFIX x: <urn:x> DROP ALL", "DROP"),
        ("clear graph <https://w3id.org/conflict-kg/id/graph/seed>", "CLEAR"),
        ("LOAD <http://127.0.0.1:9/x.ttl>", "LOAD"),
    ],
)
def test_an_update_sent_to_a_read_only_store_is_refused(seed_store_dir, update, op):
    store, triples = seed_store_dir
    res = run_kg("query", update, "--store", str(store))
    assert res.returncode == 1
    assert res.stderr.strip() == (
        f"error: refused: SPARQL Update ({op}) is not run by queries; the store is "
        "read-only here (kg ingest writes it)"
    )
    assert articles(store)["seed"]["triples"] == triples


def test_writes_to_a_store_opened_read_only_are_refused(seed_store_dir):
    from kg.errors import StoreError
    from kg.iris import graph_iri
    from kg.store import open_store

    store, triples = seed_store_dir
    st = open_store(store, read_only=True)
    with pytest.raises(StoreError, match="store is open read-only"):
        st.write_documents({graph_iri("x"): []})
    with pytest.raises(StoreError, match="store is open read-only"):
        st.remove_documents([graph_iri("seed")])
    st.close()
    assert articles(store)["seed"]["triples"] == triples


def test_export_to_an_unwritable_path_is_one_line(seed_store_dir, tmp_path):
    store, _ = seed_store_dir
    target = tmp_path / "no" / "such" / "dir" / "out.ttl"
    res = run_kg("export", "-f", "ttl", "--store", str(store), "-o", str(target))
    assert res.returncode == 1
    assert res.stderr.strip() == f"error: {target}: cannot write (No such file or directory)"
    keep = tmp_path / "keep.ttl"
    keep.write_text("precious", encoding="utf-8")
    res = run_kg("export", "-f", "nope", "--store", str(store), "-o", str(keep))
    assert res.returncode == 1 and "unknown export format 'nope'" in res.stderr
    assert keep.read_text(encoding="utf-8") == "precious"  # a typo does not empty the file


def test_read_only_opens_retry_a_racing_writer_and_explain_an_unfinished_store(
    seed_store_dir, monkeypatch
):
    """Oxigraph made to fail the way it does when a writer races a read-only open."""
    import pyoxigraph as ox

    from kg.errors import StoreError
    from kg.store import open_store

    store, _ = seed_store_dir
    real = ox.Store.read_only
    failures = [
        RuntimeError("Corruption: IO error: No such file or directory: While open a file "
                     f"for random read: {store}/000013.sst: No such file or directory"),
        RuntimeError("Invalid argument: Column family not found: posg"),
    ]  # fmt: skip

    def flaky(path: str) -> ox.Store:
        if failures:
            raise failures.pop(0)
        return real(path)

    monkeypatch.setattr(ox.Store, "read_only", staticmethod(flaky))
    st = open_store(store, read_only=True)
    assert st.stats().articles == 1 and not failures
    st.close()

    def unfinished(path: str) -> ox.Store:
        raise RuntimeError("Inserts are only possible on read-write instances")

    monkeypatch.setattr(ox.Store, "read_only", staticmethod(unfinished))
    with pytest.raises(StoreError, match=r"never completely created .* run .kg ingest. again"):
        open_store(store, read_only=True)

    def broken(path: str) -> ox.Store:
        raise OSError("IO error: Corruption: bad block in 000042.sst")

    monkeypatch.setattr(ox.Store, "read_only", staticmethod(broken))
    with pytest.raises(StoreError, match=r"cannot open store \(IO error: Corruption"):
        open_store(store, read_only=True)
