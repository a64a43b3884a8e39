"""``kg viz`` pages in a real browser: Debian's Chromium driven by Playwright.

No browser is downloaded: the tests use ``/usr/bin/chromium`` (``.ci/run`` installs it)
and skip when it is absent. Pages are opened from ``file://`` URLs, after being moved to a
folder of their own, as a reader would open a page someone sent them.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg import api
from kg.analysis import fact_graph
from tests.test_analysis import world, write_articles
from tests.test_viz import PAYLOADS, injection_world, load_synthetic

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="/usr/bin/chromium is absent (apt-get install --no-install-recommends chromium)",
    ),
]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield b
        b.close()


class Opened:
    """A page opened from a file, with everything it logged and requested."""

    def __init__(self, browser, path: Path) -> None:
        self.url = path.resolve().as_uri()
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.page.goto(self.url)
        self.page.wait_for_function("window.kgPage && window.kgPage.ready", timeout=60_000)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def problems(self) -> list[str]:
        """Console errors and warnings, page errors, dialogs, requests for anything else."""
        out = [f"{t}: {m}" for t, m in self.console if t in ("error", "warning")]
        out += [f"pageerror: {e}" for e in self.errors]
        out += [f"dialog: {d}" for d in self.dialogs]
        out += [f"request: {u}" for u in self.requests if u != self.url]
        return out

    def node_id(self, label: str) -> int:
        return self.js(
            "(label) => Number(Object.keys(kgPage.details).find(k => kgPage.details[k].label"
            " === label))",
            label,
        )

    def screen_point(self, node: int) -> tuple[float, float]:
        point = self.js(
            """(id) => { const net = kgPage.network; net.focus(id, {scale: 1.5, animation: false});
                const p = net.canvasToDOM(net.getPositions([id])[id]);
                const r = document.getElementById('graph').getBoundingClientRect();
                return [p.x + r.left, p.y + r.top]; }""",
            node,
        )
        return point[0], point[1]

    def close(self) -> None:
        self.page.close()


def moved(path: Path, folder: Path) -> Path:
    """The page moved to a folder of its own (it must not depend on where it was made)."""
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.move(str(path), folder / path.name))


@pytest.fixture(scope="module")
def world_page(tmp_path_factory):
    store = api.open_store("memory")
    write_articles(store, world())
    made = tmp_path_factory.mktemp("made") / "graph.html"
    api.viz(store, made)
    return moved(made, tmp_path_factory.mktemp("elsewhere") / "sub"), fact_graph(store)


@pytest.fixture
def opened(browser, world_page):
    page = Opened(browser, world_page[0])
    yield page
    page.close()


def test_datasets_match_the_graph_with_no_errors_and_no_requests(opened, world_page):
    _, g = world_page
    assert opened.js("kgPage.nodes.length") == g.number_of_nodes()
    assert opened.js("kgPage.edges.length") == g.number_of_edges()
    iris = opened.js("Object.values(kgPage.details).map(d => d.iri)")
    assert sorted(iris) == sorted(g.nodes)
    assert opened.requests == [opened.url]
    assert opened.problems() == []


def test_hovering_an_event_shows_its_evidence_and_article(opened):
    node = opened.js(
        "Number(Object.keys(kgPage.details).find(k => kgPage.details[k].date === '2022-05-16'))"
    )
    x, y = opened.screen_point(node)
    opened.page.mouse.move(x, y)
    panel = opened.page.locator("#details")
    panel.get_by_text("Northern Front attacked Eastern Brigade at Hillcrest.").wait_for()
    text = panel.inner_text()
    assert "Talks in Hillcrest" in text and "2022-05-16" in text
    assert "source: Northern Front" in text and "target: Eastern Brigade" in text
    assert opened.problems() == []


def test_clicking_an_event_links_its_article(opened):
    node = opened.js(
        "Number(Object.keys(kgPage.details).find(k => kgPage.details[k].date === '2022-05-02'))"
    )
    x, y = opened.screen_point(node)
    opened.page.mouse.click(x, y)
    panel = opened.page.locator("#details")
    panel.get_by_text("Northern Front fought Eastern Brigade in Port Lune.").wait_for()
    link = panel.locator("a")
    assert link.inner_text() == "Clashes near Port Lune"
    assert link.get_attribute("href") == "https://example.org/d1"
    assert link.get_attribute("rel") == "noopener noreferrer nofollow"
    assert "killed" in panel.inner_text()
    assert opened.problems() == []


def test_clicking_a_relation_edge_shows_its_evidence(opened):
    edge = opened.js("kgPage.edges.get({filter: e => e.relation === 'memberOf'}).map(e => e.id)[0]")
    point = opened.js(
        """(id) => { const net = kgPage.network; const e = kgPage.edges.get(id);
            const p = net.getPositions([e.from, e.to]);
            const mid = {x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2};
            net.moveTo({position: mid, scale: 2, animation: false});
            const d = net.canvasToDOM(mid);
            const r = document.getElementById('graph').getBoundingClientRect();
            return [d.x + r.left, d.y + r.top]; }""",
        edge,
    )
    opened.page.mouse.click(*point)
    panel = opened.page.locator("#details")
    panel.get_by_text("Ben Okafor works for the Western Ministry.").wait_for()
    assert "memberOf" in panel.inner_text()


def test_search_by_name_selects_the_node(opened):
    opened.page.fill("#search", "rivera")
    opened.page.locator("#results button").first.click()
    node = opened.node_id("Ana Rivera")
    assert opened.js("kgPage.network.getSelectedNodes()") == [node]
    assert opened.page.locator("#details h2").inner_text() == "Ana Rivera"
    opened.page.fill("#search", "a. rivera")  # aliases are searched too
    assert opened.page.locator("#results button").first.inner_text() == "Ana Rivera"
    opened.page.fill("#search", "zzz")
    assert opened.page.locator("#results").inner_text() == "no match"


def test_filters_by_event_type_and_date(opened):
    def hidden() -> set[str]:
        return set(
            opened.js(
                "kgPage.nodes.get({filter: n => n.hidden === true})"
                ".map(n => kgPage.details[n.id].code + ' ' + (kgPage.details[n.id].date || '-'))"
            )
        )

    assert hidden() == set()
    opened.page.locator("input[data-type][value='19']").uncheck()
    assert hidden() == {"190 2022-05-02", "190 2022-05-16"}
    assert opened.page.locator("#filter-status").inner_text() == "4 of 6 events shown"
    opened.page.click("#all-types")
    opened.page.fill("#since", "2022-05-10")
    opened.page.dispatch_event("#since", "change")
    # e3 (05-10), the month-dated visit (2022-05) and e5 (05-16) remain; undated ones hide
    assert hidden() == {"190 2022-05-02", "041 2022-05-03", "173 -"}
    assert opened.problems() == []


def test_injection_corpus_runs_nothing(browser, tmp_path):
    """Payloads in names, aliases, titles, ids, URLs and sentences, through the pipeline:
    real extraction (article text, title, URL, id) and the RDF mapping (names)."""
    store = api.open_store("memory")
    write_articles(store, injection_world())
    record = {
        "id": "art-" + PAYLOADS[1],
        "title": " ".join(PAYLOADS),
        "url": "javascript:window.pwned=9",
        "text": f"Vladimir Putin criticized NATO on Thursday {PAYLOADS[0]}. "
        f"Volodymyr Zelensky spoke by phone with Emmanuel Macron {PAYLOADS[2]} "
        f"{PAYLOADS[3]} {PAYLOADS[5]}.",
        "published": "2022-05-20",
        "lang": "en",
    }
    source = tmp_path / "articles.jsonl"
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = api.ingest([source], store)
    assert report.stored == 1 and report.events >= 1
    out = tmp_path / "inj.html"
    api.viz(store, out, title=PAYLOADS[2])
    page = Opened(browser, moved(out, tmp_path / "other"))
    try:
        ids = page.js("kgPage.nodes.getIds()")
        assert len(ids) == len(fact_graph(store))
        for node in ids:  # render every node's panel, as hovering would
            page.js("(id) => kgPage.select(id)", node)
        for edge in page.js("kgPage.edges.getIds()"):
            page.js("(id) => kgPage.showEdge(id)", edge)
        for text in ("Bad", "Vladimir Putin"):  # and through the search box
            page.page.fill("#search", text)
            page.page.locator("#results button").first.click()
        event = page.js(
            "Number(Object.keys(kgPage.details).find(k =>"
            " (kgPage.details[k].evidence || '').includes('criticized NATO')))"
        )
        page.js("(id) => kgPage.select(id)", event)
        panel = page.page.locator("#details").inner_text()
        assert PAYLOADS[0] in panel  # shown as text
        assert " ".join(PAYLOADS) in panel  # the article title, as text
        assert page.js("window.pwned") is None
        assert page.js("document.querySelectorAll('img, svg, iframe, object, embed').length") == 0
        assert page.js("document.scripts.length") == 3
        assert page.js("document.querySelectorAll('a').length") == 0  # javascript: URLs dropped
        assert page.js("document.title") == PAYLOADS[2]
        assert page.problems() == []
    finally:
        page.close()


def test_budget_page_draws_the_ranked_subgraph(browser, tmp_path):
    synthetic = load_synthetic()
    store = api.open_store("memory")
    synthetic.write_synthetic(store, 1600, seed=5)
    total = len(fact_graph(store))
    out = tmp_path / "big.html"
    report = api.viz(store, out, max_nodes=2000)
    assert total > 2000 and report.nodes == 2000
    page = Opened(browser, out)
    try:
        assert page.js("kgPage.nodes.length") == 2000
        assert page.js("kgPage.edges.length") == report.edges
        notice = page.page.locator("#omitted").inner_text()
        assert f"Left out: {total - 2000:,} nodes" in notice
        # interactive: a click on the busiest node shows its panel
        node = page.js("kgPage.nodes.get().sort((a, b) => b.size - a.size)[0].id")
        x, y = page.screen_point(node)
        page.page.mouse.click(x, y)
        assert page.js("kgPage.network.getSelectedNodes()") == [node]
        # zoomed in on it, edges out of view are hidden and arrowheads are drawn
        page.js("(id) => kgPage.select(id)", node)
        assert page.js("kgPage.network.getScale()") >= 1.0
        hidden = page.js("kgPage.edges.get({filter: e => e.hidden}).length")
        assert 0 < hidden < report.edges
        target = page.js("kgPage.edges.get({filter: e => e.role === 'target'})[0].id")
        arrows = "(id) => kgPage.network.body.edges[id].options.arrows.to.enabled"
        assert page.js(arrows, target) is True
        page.js("kgPage.network.fit({animation: false}); kgPage.syncArrows(); kgPage.cull()")
        assert page.js("kgPage.edges.get({filter: e => e.hidden}).length") == 0
        assert page.js(arrows, target) is False
        assert page.problems() == []
    finally:
        page.close()
