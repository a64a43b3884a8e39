"""HTML pages without a browser: self-contained, escaped, within budget (``kg viz``).

The browser tests (``tests/test_browser.py``) open the same pages in Chromium.
"""

from __future__ import annotations

import base64
import gc
import hashlib
import importlib.util
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest

from kg import api
from kg.analysis import UnknownNodeError, ego_network, fact_graph, find_node
from kg.errors import KGError
from kg.model import Entity
from kg.viz import VizError, render_page, safe_url, select_nodes
from tests.test_analysis import ENTITIES, Art, Ev, Rel, iri, world, write_articles

ROOT = Path(__file__).resolve().parents[1]

#: Text that would run as script if it ever reached the page as markup or as a URL.
PAYLOADS = (
    '<img src=x onerror="window.pwned=1">',
    "<script>window.pwned=2</script>",
    "</script><script>window.pwned=3</script>",
    "\"'><svg onload=window.pwned=4>",
    "javascript:window.pwned=5",
    '<a href="javascript:window.pwned=6">link</a>',
    "<!--<script>window.pwned=7</script>-->",
)


def load_synthetic() -> ModuleType:
    """``benchmarks/synthetic.py`` (loaded by path: a PyPI package owns the name
    ``benchmarks``)."""
    path = ROOT / "benchmarks" / "synthetic.py"
    spec = importlib.util.spec_from_file_location("kg_benchmarks_synthetic", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def injection_world() -> list[Art]:
    """Articles whose names, titles, URLs, ids and sentences carry :data:`PAYLOADS`."""
    bad = [
        Entity(f"person-bad-{i}", f"Bad {i} {p}", "Person", aliases=(p,))
        for i, p in enumerate(PAYLOADS)
    ]
    place = Entity("place-bad", "Town " + PAYLOADS[0], "City")
    items: list[Ev | Rel] = []
    for i, p in enumerate(PAYLOADS):
        j = (i + 1) % len(PAYLOADS)
        items.append(
            Ev(
                f"x{i}",
                "190",
                f"{bad[i].label} attacked {bad[j].label} {p}.",
                (bad[i].key,),
                (bad[j].key,),
                place.key,
                "2022-05-0" + str(i + 1),
            )
        )
    items.append(Rel(bad[0].key, "memberOf", bad[1].key, "Member " + PAYLOADS[2]))
    return [
        Art(
            doc_id=PAYLOADS[1],
            title=" ".join(PAYLOADS),
            url="javascript:window.pwned=8",
            items=items,
            extra_entities=(*bad, place),
        )
    ]


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text of each script element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.styles: list[str] = []
        self._in: str | None = None
        self._buf: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._in, self._buf = tag, []

    def handle_data(self, data):
        if self._in:
            self._buf.append(data)

    def handle_endtag(self, tag):
        if tag == self._in == "script":
            self.scripts.append((self.tags_of("script")[-1], "".join(self._buf)))
        elif tag == self._in == "style":
            self.styles.append("".join(self._buf))
        if tag == self._in:
            self._in = None

    def tags_of(self, name):
        return [a for t, a in self.tags if t == name]


def parse(html: str) -> Tags:
    p = Tags()
    p.feed(html)
    p.close()
    return p


def page_data(html: str) -> dict:
    tags = parse(html)
    (text,) = [t for a, t in tags.scripts if a.get("type") == "application/json"]
    return json.loads(text)


@pytest.fixture(scope="module")
def store():
    s = api.open_store("memory")
    write_articles(s, world())
    return s


@pytest.fixture(scope="module")
def page(store, tmp_path_factory):
    out = tmp_path_factory.mktemp("viz") / "deep" / "graph.html"
    report = api.viz(store, out)
    return out.read_text(encoding="utf-8"), report


# ---------------------------------------------------------------------------- self-contained
def test_page_loads_nothing_from_anywhere(page):
    html, _ = page
    tags = parse(html)
    assert not tags.tags_of("link") and not tags.tags_of("iframe") and not tags.tags_of("img")
    for tag, attrs in tags.tags:
        assert "src" not in attrs and "href" not in attrs, (tag, attrs)
    for css in tags.styles:
        assert "url(" not in css and "@import" not in css
    assert "cdn" not in html.split('id="kg-data"')[0].lower()  # head and body markup


def test_content_security_policy_allows_exactly_the_inline_scripts(page):
    html, _ = page
    tags = parse(html)
    (meta,) = [a for a in tags.tags_of("meta") if a.get("http-equiv") == "Content-Security-Policy"]
    policy = dict(
        (part.split()[0], part.split()[1:]) for part in meta["content"].split(";") if part.strip()
    )
    assert policy["default-src"] == ["'none'"]

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    code = [text for attrs, text in tags.scripts if attrs.get("type") != "application/json"]
    assert len(code) == 2  # vis-network and the page script
    assert sorted(policy["script-src"]) == sorted(digest(t) for t in code)
    assert policy["style-src"] == [digest(tags.styles[0])]


def test_vis_network_comes_from_the_installed_pyvis_package(page):
    html, _ = page
    shipped = (
        resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
    ).read_text(encoding="utf-8")
    code = [t for a, t in parse(html).scripts if a.get("type") != "application/json"]
    assert code[0] == shipped  # nothing to escape in this version
    assert "vis.Network" in code[1]


def test_data_matches_the_graph(page, store):
    html, report = page
    g = fact_graph(store)
    data = page_data(html)
    assert len(data["nodes"]) == report.nodes == g.number_of_nodes()
    assert len(data["edges"]) == report.edges == g.number_of_edges()
    ids = {n["id"] for n in data["nodes"]}
    assert len(ids) == len(data["nodes"])
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])
    assert {d["iri"] for d in data["details"].values()} == set(g.nodes)
    assert data["options"]["physics"]["enabled"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])


def test_event_details_carry_the_evidence_and_a_safe_article_link(page):
    html, _ = page
    data = page_data(html)
    events = [d for d in data["details"].values() if d["kind"] == "event"]
    fight = next(d for d in events if d["date"] == "2022-05-02")
    assert fight["evidence"] == "Northern Front fought Eastern Brigade in Port Lune."
    assert fight["source"] == {
        "title": "Clashes near Port Lune",
        "doc": "d1",
        "url": "https://example.org/d1",
        "published": "2022-05-20",
        "publisher": None,
    }
    assert fight["quantities"] == {"killed": 12.0}
    assert (fight["start"], fight["end"]) == ("2022-05-02", "2022-05-02")
    visit = next(d for d in events if d["code"] == "042")
    assert (visit["start"], visit["end"]) == ("2022-05-01", "2022-05-31")


def test_nodes_are_styled_by_class_and_edges_by_quadclass(page):
    from kg.viz import NODE_STYLES, QUAD_COLORS

    html, _ = page
    data = page_data(html)
    by_label = {data["details"][str(n["id"])]["label"]: n for n in data["nodes"]}
    arcadia = by_label["Arcadia"]
    assert arcadia["shape"] == NODE_STYLES["Country"][0]
    assert arcadia["color"]["background"] == NODE_STYLES["Country"][1]
    fights = [
        e for e in data["edges"] if e["kind"] == "role" and e["color"]["color"] == QUAD_COLORS[4]
    ]
    assert {e["label"] for e in fights} == {"Fight", "Coerce"}
    member = next(e for e in data["edges"] if e["relation"] == "memberOf")
    assert member["label"] == "memberOf" and member["kind"] == "relation"
    tags = parse(html)
    types = [a["value"] for a in tags.tags_of("input") if a.get("data-type")]
    assert types == ["04", "11", "17", "19"]  # one filter box per CAMEO root present
    assert "Armed group" in html and "Event (colour: QuadClass)" in html  # legend


# ---------------------------------------------------------------------------- safety
def test_injection_corpus_never_reaches_the_page_as_markup(tmp_path):
    s = api.open_store("memory")
    write_articles(s, injection_world())
    html, _ = render_page(fact_graph(s), title=PAYLOADS[2], notes=[PAYLOADS[0]])
    for p in PAYLOADS:
        if any(c in p for c in "<>&"):  # markup never appears raw, not even inside the JSON
            assert p not in html
    tags = parse(html)
    assert len(tags.tags_of("script")) == 3
    assert not tags.tags_of("img") and not tags.tags_of("svg") and not tags.tags_of("a")
    assert "&lt;/script&gt;&lt;script&gt;window.pwned=3" in html  # the escaped title
    data = page_data(html)
    labels = {d["label"] for d in data["details"].values()}
    assert {f"Bad {i} {p}" for i, p in enumerate(PAYLOADS)} <= labels  # text kept verbatim
    sources = [d["source"] for d in data["details"].values() if d["kind"] == "event"]
    assert sources and all(src["url"] is None for src in sources)  # javascript: URL dropped
    assert sources[0]["title"] == " ".join(PAYLOADS)


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/a", True),
        ("http://example.org/", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("//example.org/x", False),
        ("relative/path.html", False),
        ("vbscript:msgbox", False),
        (None, False),
    ],
)
def test_safe_url(url, kept):
    assert (safe_url(url) is not None) is kept


def test_jinja_environment_escapes_everything(tmp_path):
    html, _ = render_page(fact_graph(api.open_store("memory")), title='<b>x</b> & "y"')
    assert "<title>&lt;b&gt;x&lt;/b&gt; &amp; &#34;y&#34;</title>" in html


# ---------------------------------------------------------------------------- budget
@pytest.fixture(scope="module")
def big_graph():
    synthetic = load_synthetic()
    s = api.open_store("memory")
    synthetic.write_synthetic(s, 1600, seed=5)
    return fact_graph(s)


def test_budget_keeps_the_top_ranked_nodes_and_says_what_it_left_out(big_graph):
    assert len(big_graph) > 2000
    html, report = render_page(big_graph, max_nodes=2000)
    data = page_data(html)
    assert len(data["nodes"]) == report.nodes == 2000
    assert report.total_nodes == len(big_graph)
    _, rank = select_nodes(big_graph, max_nodes=2000)
    cut = sorted(rank.values(), reverse=True)[1999]
    kept = {d["iri"] for d in data["details"].values()}
    assert all(rank[n] >= cut for n in kept)
    left_out = len(big_graph) - 2000
    assert sum(report.omitted_by_class.values()) == left_out
    (notice,) = re.findall(r'<p class="omitted" id="omitted">([^<]*)</p>', html)
    assert f"the 2,000 highest-ranked (PageRank) of {len(big_graph):,} nodes" in notice
    assert f"Left out: {left_out:,} nodes" in notice
    for cls, n in report.omitted_by_class.items():
        assert f"{n:,} {cls}" in notice


def test_big_pages_leave_costly_drawing_to_the_zoom_level(big_graph, page):
    data = page_data(render_page(big_graph, max_nodes=2000)[0])
    assert data["cull"] is True and data["arrowScale"] > 0
    assert data["options"]["edges"]["arrows"]["to"]["enabled"] is False
    assert data["options"]["interaction"]["hideEdgesOnDrag"] is True
    roles = [e for e in data["edges"] if e["kind"] == "role"]
    relations = [e for e in data["edges"] if e["kind"] == "relation"]
    assert roles and all("label" not in e for e in roles)  # the event node says the type
    assert relations and all(e["label"] == e["relation"] for e in relations)
    events = [n for n in data["nodes"] if n["kind"] == "event"]
    for n in events[:50]:
        detail = data["details"][str(n["id"])]
        assert n["label"].startswith(detail["type"][:23])
    small = page_data(page[0])
    assert small["cull"] is False and small["arrowScale"] == 0
    assert small["options"]["edges"]["arrows"]["to"]["enabled"] is True
    assert all(e.get("label") for e in small["edges"])


def test_small_graph_has_no_omission_notice(page):
    html, report = page
    assert report.omitted_nodes == 0 and 'id="omitted"' not in html


def test_max_nodes_must_be_positive(big_graph):
    with pytest.raises(VizError):
        select_nodes(big_graph, max_nodes=0)


def test_synthetic_generator_is_deterministic_and_consistent():
    synthetic = load_synthetic()
    a = synthetic.synthetic_extractions(40, seed=3)
    assert a == synthetic.synthetic_extractions(40, seed=3)
    assert a != synthetic.synthetic_extractions(40, seed=4)
    assert sum(len(x.events) for x in a) == 40
    for ext in a:
        text = ext.document.text
        for item in (*ext.events, *ext.relations):
            ev = item.evidence
            assert text[ev.start : ev.end] == ev.sentence
        keys = {e.key for e in ext.entities}
        for ev in ext.events:
            assert set(ev.actors) | set(ev.targets) <= keys


# ---------------------------------------------------------------------------- focus and API
def test_focus_draws_the_ego_network(store, tmp_path):
    report = api.viz(store, tmp_path / "f.html", focus="Ana Rivera", hops=2)
    g = fact_graph(store)
    ego = ego_network(g, find_node(g, "Ana Rivera"), radius=2)
    assert (report.nodes, report.edges) == (len(ego), ego.number_of_edges())
    html = (tmp_path / "f.html").read_text(encoding="utf-8")
    assert "Within 2 steps of Ana Rivera" in html
    assert {d["iri"] for d in page_data(html)["details"].values()} == set(ego.nodes)


def test_filters_reach_the_page(store, tmp_path):
    report = api.viz(store, tmp_path / "t.html", types=["19"], since="2022-05-01")
    html = (tmp_path / "t.html").read_text(encoding="utf-8")
    events = [d for d in page_data(html)["details"].values() if d["kind"] == "event"]
    assert {d["code"] for d in events} == {"190"} and len(events) == 2
    assert report.nodes == len(fact_graph(store, types=["19"], since="2022-05-01"))
    assert "Event types: 19." in html


def test_unknown_focus_is_a_user_error(store, tmp_path):
    with pytest.raises(UnknownNodeError, match="no actor or place called"):
        api.viz(store, tmp_path / "x.html", focus="Nobody Atall")
    with pytest.raises(VizError, match="hops"):
        api.viz(store, tmp_path / "x.html", focus="Ana Rivera", hops=-1)
    assert not (tmp_path / "x.html").exists()


def test_empty_store_gives_a_page_that_says_so(tmp_path):
    report = api.viz(api.open_store("memory"), tmp_path / "empty.html")
    html = (tmp_path / "empty.html").read_text(encoding="utf-8")
    assert report.nodes == 0 and page_data(html)["nodes"] == []
    assert "no events" in html


def test_unwritable_output_is_a_user_error(store, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(KGError, match="cannot write"):
        api.viz(store, blocker / "graph.html")


# ---------------------------------------------------------------------------- CLI
def kg(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=cwd, timeout=300
    )


@pytest.fixture(scope="module")
def disk_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("disk") / "kg-store"
    s = api.open_store(path)
    write_articles(s, world())
    s.close()
    del s
    gc.collect()
    return path


def test_cli_viz_writes_a_page(disk_store, tmp_path):
    out = tmp_path / "pages" / "g.html"
    res = kg("viz", "--store", str(disk_store), "-o", str(out), "--types", "19,04")
    assert res.returncode == 0, res.stderr
    assert f"wrote {out}" in res.stdout
    codes = {d["code"][:2] for d in page_data(out.read_text())["details"].values() if "code" in d}
    assert codes == {"19", "04"}


def test_cli_viz_unknown_focus_is_one_line(disk_store, tmp_path):
    res = kg("viz", "--store", str(disk_store), "-o", str(tmp_path / "g.html"), "--focus", "Zed")
    assert res.returncode == 1
    assert res.stderr.strip().startswith("error: no actor or place called 'Zed'")
    assert len(res.stderr.strip().splitlines()) == 1


def test_cli_analyze_outputs(disk_store):
    res = kg("analyze", "dyads", "--store", str(disk_store), "--format", "json")
    assert res.returncode == 0, res.stderr
    rows = json.loads(res.stdout)
    top = rows[0]
    assert (top["source"], top["target"], top["events"]) == (
        iri("org-northern-front"),
        iri("org-eastern-brigade"),
        2,
    )
    res = kg("analyze", "centrality", "--store", str(disk_store), "--top", "1")
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    assert lines[0].split() == [
        "rank",
        "label",
        "class",
        "degree",
        "strength",
        "pagerank",
        "betweenness",
    ]
    assert lines[2].split()[1:3] == ["Ana", "Rivera"] and len(lines) == 3
    res = kg("analyze", "timeline", "--store", str(disk_store), "--freq", "week", "-f", "csv")
    assert res.returncode == 0, res.stderr
    assert "2022-W20,19 Fight,1" in res.stdout.splitlines()
    res = kg("analyze", "path", "Ben Okafor", "Eastern Brigade", "--store", str(disk_store))
    assert res.returncode == 0 and "Ana Rivera" in res.stdout
    res = kg("analyze", "ego", "Iso Lated", "--store", str(disk_store), "--radius", "1")
    assert res.returncode == 0 and "Union of Nations" in res.stdout
    res = kg("analyze", "communities", "--store", str(disk_store), "-g", "facts", "-f", "csv")
    assert res.returncode == 0 and res.stdout.startswith("community,size,entities,events")
    assert len(ENTITIES) == sum(int(line.split(",")[2]) for line in res.stdout.splitlines()[1:])
