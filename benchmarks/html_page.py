"""Benchmark of ``kg viz`` pages: generation time, size, browser ready time and frame rate.

Builds a synthetic store (``benchmarks/synthetic.py``) whose fact graph is larger than the
node budget, renders the page (the budget cuts it to exactly ``--max-nodes`` nodes), then
opens it from ``file://`` in Debian's Chromium (headless, as in the browser tests) and
reports:

* ``ready``: milliseconds from navigation start to the first frame vis-network drew with
  every node in place (the page can be used from then on: physics is off);
* ``fps``: frames per second while vis-network animates a zoom and pan of the whole graph
  with every node and edge drawn (arrowheads appear from zoom 0.45 on, labels from 0.5);
  while the mouse drags the view (edges are hidden during drags on pages of more than 500
  nodes); and while it animates a pan at zoom 1 (labels and arrowheads drawn).

Nothing is asserted; run it on the machine you care about::

    .venv/bin/python benchmarks/html_page.py                 # 2,000-node page
    .venv/bin/python benchmarks/html_page.py --max-nodes 500 --runs 5
"""

import argparse
import importlib.util
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
_ANIMATE = """(zoomed) => new Promise(done => {
  const net = kgPage.network;
  if (zoomed) { net.moveTo({scale: 1.0, animation: false}); kgPage.syncArrows(); kgPage.cull(); }
  const f0 = kgPage.frames, t0 = performance.now();
  const p = net.getViewPosition(), s = net.getScale();
  net.once('animationFinished', () => done({frames: kgPage.frames - f0,
                                            ms: performance.now() - t0}));
  net.moveTo({position: {x: p.x + 300, y: p.y + 200}, scale: zoomed ? s : s * 2,
              animation: {duration: 2000, easingFunction: 'linear'}});
})"""


def _synthetic() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kg_benchmarks_synthetic", HERE / "synthetic.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _browser_figures(path: Path, runs: int) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    ready, animate, zoomed, drag, errors = [], [], [], [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(path.resolve().as_uri())
            page.wait_for_function("window.kgPage && window.kgPage.ready", timeout=120_000)
            ready.append(page.evaluate("kgPage.readyAt"))
            r = page.evaluate(_ANIMATE, False)
            animate.append(r["frames"] / r["ms"] * 1000)
            box = page.locator("#graph").bounding_box()
            assert box is not None
            x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
            f0, t0 = page.evaluate("[kgPage.frames, performance.now()]")
            page.mouse.move(x, y)
            page.mouse.down()
            for i in range(90):
                page.mouse.move(x + 2 * i, y + i)
            page.mouse.up()
            f1, t1 = page.evaluate("[kgPage.frames, performance.now()]")
            drag.append((f1 - f0) / (t1 - t0) * 1000)
            r = page.evaluate(_ANIMATE, True)
            zoomed.append(r["frames"] / r["ms"] * 1000)
            page.close()
        browser.close()
    return {
        "ready_ms": round(statistics.median(ready)),
        "fps_animate": round(statistics.median(animate), 1),
        "fps_drag": round(statistics.median(drag), 1),
        "fps_zoomed": round(statistics.median(zoomed), 1),
        "console_errors": len(errors),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1600, help="synthetic events")
    parser.add_argument("--max-nodes", type=int, default=2000, help="node budget of the page")
    parser.add_argument("--runs", type=int, default=3, help="repetitions (medians reported)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, help="keep the page here")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    from kg import api
    from kg.analysis import fact_graph
    from kg.analysis.layout import fast_layout
    from kg.viz import render_page, select_nodes

    store = api.open_store("memory")
    _synthetic().write_synthetic(store, args.events, seed=args.seed)
    t = time.perf_counter()
    g = fact_graph(store)
    project_s = time.perf_counter() - t
    shown, _ = select_nodes(g, max_nodes=args.max_nodes)
    t = time.perf_counter()
    fast_layout(shown)
    layout_s = time.perf_counter() - t
    render = []
    html = ""
    for _ in range(args.runs):
        t = time.perf_counter()
        html, report = render_page(g, max_nodes=args.max_nodes)
        render.append(time.perf_counter() - t)
    folder = Path(tempfile.mkdtemp(prefix="kg-viz-bench-"))
    path = args.out or folder / "graph.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
    figures: dict[str, Any] = {
        "graph_nodes": len(g),
        "page_nodes": report.nodes,
        "page_edges": report.edges,
        "project_s": round(project_s, 2),
        "layout_s": round(layout_s, 2),
        "render_s": round(statistics.median(render), 2),
        "bytes": report.bytes,
        "page": str(path),
    }
    if CHROMIUM.exists():
        figures.update(_browser_figures(path, args.runs))
    else:
        figures["browser"] = f"skipped: {CHROMIUM} is absent"
    if args.json:
        print(json.dumps(figures))
        return 0
    print(f"fact graph:  {figures['graph_nodes']:,} nodes (projected in {project_s:.2f} s)")
    print(
        f"page:        {report.nodes:,} nodes, {report.edges:,} edges, "
        f"{report.bytes / 1e6:.2f} MB -> {path}"
    )
    print(
        f"generation:  {figures['render_s']:.2f} s (median of {args.runs}; layout {layout_s:.2f} s)"
    )
    if "ready_ms" in figures:
        print(f"ready:       {figures['ready_ms']} ms after navigation start (median)")
        print(
            f"fps:         {figures['fps_animate']} animating the whole graph, "
            f"{figures['fps_drag']} dragging, {figures['fps_zoomed']} animating at zoom 1"
        )
        print(f"console:     {figures['console_errors']} error(s)")
    else:
        print(f"browser:     {figures['browser']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
