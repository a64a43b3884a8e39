"""No code execution from data, no writes outside the chosen place, escaped HTML.

* The package never calls ``eval``/``exec``/``compile``, never imports ``pickle`` (or
  ``marshal``, ``shelve``, ``dill``), loads YAML only with a safe loader and starts no
  shell. Two places move pickled objects, both between the program's own processes over
  pipes it created itself, never from a file, a socket or a user: the
  ``ProcessPoolExecutor`` of ``kg.api.extract`` (``--jobs``: Records to workers and
  results back) and the query workers of ``kg.server`` (``multiprocessing.connection``:
  jobs and answers). Any new use fails :func:`test_no_code_execution_from_data` until
  it is reviewed and added here.
* Output files are only those the user names (``kg export -o``, ``kg viz -o``): no path
  is ever derived from data such as a document id.
* Article text reaches HTML only escaped: in ``kg viz`` pages and in ``kg serve``.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import ROOT

KG = ROOT / "kg"
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "execfile", "input"}
FORBIDDEN_MODULES = {
    "pickle",
    "cPickle",
    "_pickle",
    "marshal",
    "shelve",
    "dill",
    "jsonpickle",
    "cloudpickle",
    "joblib",
}
UNSAFE_YAML = {
    "Loader",
    "UnsafeLoader",
    "FullLoader",
    "CLoader",
    "CUnsafeLoader",
    "CFullLoader",
    "unsafe_load",
    "unsafe_load_all",
    "full_load",
    "full_load_all",
    "load_all",
}
#: modules that move pickled objects between the program's own processes (see above)
PROCESS_PICKLE = {
    "concurrent.futures": {"kg/api.py"},
    "multiprocessing.connection": {"kg/server.py"},
}
#: the only functions that write files, and the user-given path each writes
WRITERS = {
    ("kg/cli.py", "export"),  # kg export -o FILE
    ("kg/viz.py", "write_page"),  # kg viz -o FILE (and api.viz)
}


def sources() -> list[tuple[str, ast.Module]]:
    return [
        (str(p.relative_to(ROOT)), ast.parse(p.read_text(encoding="utf-8")))
        for p in sorted(KG.rglob("*.py"))
    ]


def _functions(tree: ast.Module):
    """(function name, node) for every node inside a function; module level is ''."""
    stack: list[tuple[str, ast.AST]] = [("", tree)]
    while stack:
        name, node = stack.pop()
        for child in ast.iter_child_nodes(node):
            inner = (
                child.name if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else name
            )
            yield inner, child
            stack.append((inner, child))


def test_no_code_execution_from_data():
    problems = []
    pickling: dict[str, set[str]] = {}
    for path, tree in sources():
        for _fn, node in _functions(tree):
            where = f"{path}:{getattr(node, 'lineno', '?')}"
            if isinstance(node, ast.Call):
                f = node.func
                if isinstance(f, ast.Name) and f.id in FORBIDDEN_CALLS:
                    problems.append(f"{where}: {f.id}()")
                if isinstance(f, ast.Attribute) and f.attr in (
                    "system",
                    "popen",
                    "execv",
                    "execvp",
                    "spawnl",
                ):
                    problems.append(f"{where}: os.{f.attr}()")
                for kw in node.keywords:
                    if kw.arg == "shell" and not (
                        isinstance(kw.value, ast.Constant) and kw.value.value is False
                    ):
                        problems.append(f"{where}: shell=")
                if (
                    isinstance(f, ast.Attribute)
                    and f.attr == "load"
                    and isinstance(f.value, ast.Name)
                    and f.value.id == "yaml"
                ):
                    loader = next((k.value for k in node.keywords if k.arg == "Loader"), None)
                    if not (isinstance(loader, ast.Name) and loader.id == "_LOADER"):
                        problems.append(f"{where}: yaml.load without the safe _LOADER")
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "yaml"
                and node.attr in UNSAFE_YAML
            ):
                problems.append(f"{where}: yaml.{node.attr}")
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and node.value in UNSAFE_YAML - {"load_all"}
            ):
                problems.append(f"{where}: {node.value!r}")  # getattr(yaml, "...")
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = (
                    [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module or ""]
                )
                for mod in names:
                    if mod.split(".")[0] in FORBIDDEN_MODULES:
                        problems.append(f"{where}: import {mod}")
                    for allowed in PROCESS_PICKLE:
                        if mod == allowed or mod.startswith(allowed.split(".")[0] + "."):
                            pickling.setdefault(mod, set()).add(path)
                    if mod == "multiprocessing":
                        pickling.setdefault(mod, set()).add(path)
        # the _LOADER each module passes to yaml.load is a safe loader
        text = (ROOT / path).read_text(encoding="utf-8")
        if "_LOADER" in text:
            m = re.search(r"^_LOADER = (.+)$", text, re.MULTILINE)
            assert m and "SafeLoader" in m.group(1) and "Unsafe" not in m.group(1), path
    assert not problems, problems
    assert pickling == PROCESS_PICKLE, pickling


WRITE_CALLS = {
    "write_text",
    "write_bytes",
    "mkdir",
    "makedirs",
    "touch",
    "rename",
    "unlink",
    "rmtree",
    "symlink_to",
    "hardlink_to",
}  # (Path.replace: also str/date.replace)
COPY_CALLS = {"copy", "copyfile", "copytree", "move"}


def _write_mode(call: ast.Call) -> bool:
    """Whether ``open``/``Path.open`` is given a mode that writes."""
    values = [*call.args, *(k.value for k in call.keywords if k.arg == "mode")]
    return any(
        isinstance(v, ast.Constant)
        and isinstance(v.value, str)
        and re.fullmatch(r"[rwax][bt+]{0,2}", v.value) is not None
        and any(c in v.value for c in "wax+")
        for v in values
    )


def test_files_are_written_only_where_the_user_says():
    """Every call that writes or creates a file sits in one of the reviewed functions."""
    writes = set()
    for path, tree in sources():
        for fn, node in _functions(tree):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            copies = name in COPY_CALLS and len(node.args) >= 2
            if name in WRITE_CALLS or copies or (name == "open" and _write_mode(node)):
                writes.add((path, fn))
    assert writes == WRITERS, writes


def run_kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=ROOT, timeout=300
    )


PAYLOADS = [
    "<script>window.pwned=1</script>",
    "</script><script>window.pwned=2</script>",
    '<img src=x onerror="window.pwned=3">',
    "<svg onload=window.pwned=4>",
    "<!-- -->",
    "javascript:window.pwned=5",
]


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory):
    """Articles whose ids try to climb out of folders and whose text carries HTML."""
    base = tmp_path_factory.mktemp("sec")
    work = base / "work"
    work.mkdir()
    records = []
    for i, doc_id in enumerate(
        ["../../escape", "/etc/passwd-copy", "..\\..\\win", "a/b/../../c", "~/home", "nul\x00byte"]
    ):
        payload = PAYLOADS[i % len(PAYLOADS)]
        records.append(
            {
                "id": doc_id,
                "title": f"Title {payload}",
                "url": PAYLOADS[5],
                "published": "2022-05-20",
                "text": f"Russia shelled Kharkiv on Monday, killing 3 civilians. {payload} "
                f"Ukraine said {payload} the attack hit a hospital in Kharkiv.",
            }
        )
    inputs = work / "hostile.jsonl"
    inputs.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    store = work / "store"
    res = run_kg("ingest", str(inputs), "--store", str(store), "--no-progress")
    assert res.returncode == 0, res.stderr
    return base, work, store


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def test_document_ids_never_become_paths(hostile_store):
    base, work, store = hostile_store
    before = _tree(base)
    out = work / "out"
    res = run_kg("export", "-f", "trig", "--store", str(store), "-o", str(out / "x.trig"))
    assert res.returncode == 1 and "cannot write" in res.stderr  # no folder is made for it
    out.mkdir()
    for fmt in ("trig", "jsonl", "events-csv"):
        res = run_kg("export", "-f", fmt, "--store", str(store), "-o", str(out / f"x.{fmt}"))
        assert res.returncode == 0, res.stderr
    res = run_kg("viz", "--store", str(store), "-o", str(out / "page.html"))
    assert res.returncode == 0, res.stderr
    res = run_kg("stats", "--store", str(store), "--html", str(out / "page.html"))
    assert res.returncode == 0, res.stderr
    new = _tree(base) - before
    store_files = {p for p in new if p.startswith("work/store/")}
    assert new - store_files == {
        "work/out",
        "work/out/x.trig",
        "work/out/x.jsonl",
        "work/out/x.events-csv",
        "work/out/page.html",
    }
    assert not (base.parent / "escape").exists()
    # the ids are in the graph, percent-encoded into one IRI segment each
    trig = (out / "x.trig").read_text(encoding="utf-8")
    assert "<https://w3id.org/conflict-kg/id/doc/..%2F..%2Fescape>" in trig
    assert "/doc/a%2Fb%2F..%2F..%2Fc>" in trig


class Tags(HTMLParser):
    """Start tags and attribute names/values as an HTML parser sees them (script bodies
    are raw text, as in a browser)."""

    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []
        self.attrs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.names.append(tag)
        self.attrs += [f"{k}={v}".lower() for k, v in attrs]


def test_viz_page_escapes_article_text(hostile_store, tmp_path):
    _, _, store = hostile_store
    page = tmp_path / "page.html"
    res = run_kg("viz", "--store", str(store), "-o", str(page))
    assert res.returncode == 0, res.stderr
    html = page.read_text(encoding="utf-8")
    for payload in PAYLOADS[:5]:
        assert payload not in html
    assert "window.pwned" in html  # the text is there, as data
    # the elements a browser would build: the template's own, nothing from the data
    tags = Tags()
    tags.feed(html)
    template = Tags()
    template.feed((ROOT / "viz" / "templates" / "graph.html").read_text(encoding="utf-8"))
    assert set(tags.names) <= set(template.names), set(tags.names) - set(template.names)
    assert tags.names.count("script") == template.names.count("script") == 3
    assert [a for a in tags.attrs if "javascript:" in a or a.startswith("on")] == []
    for name in ("graph.js", "graph.html"):
        code = (ROOT / "viz" / "templates" / name).read_text(encoding="utf-8")
        assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(", code)


def test_served_pages_escape_and_do_not_reflect(hostile_store):
    _, _, store = hostile_store
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kg",
            "serve",
            "--store",
            str(store),
            "--port",
            "0",
            "--workers",
            "1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        m = re.search(r"at (http://127\.0\.0\.1:\d+)/query", line)
        assert m, line
        url = m.group(1)

        def get(path: str, **params: str) -> tuple[int, dict[str, str], str]:
            target = url + path + ("?" + urllib.parse.urlencode(params) if params else "")
            try:
                with urllib.request.urlopen(target, timeout=60) as resp:
                    return (
                        resp.status,
                        {k.lower(): v for k, v in resp.headers.items()},
                        resp.read().decode(),
                    )
            except urllib.error.HTTPError as exc:
                return exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read().decode()

        # the query page does not echo request parameters
        status, headers, body = get("/", x=PAYLOADS[0], output=PAYLOADS[2])
        assert status == 200 and headers["content-type"].startswith("text/html")
        assert "default-src 'none'" in headers["content-security-policy"]
        assert "window.pwned" not in body and "innerHTML" not in body
        # results carrying article text are data, never HTML
        status, headers, body = get(
            "/query", query="SELECT ?t WHERE { ?d dcterms:title ?t }", format="json"
        )
        assert status == 200
        assert headers["content-type"] == "application/sparql-results+json"
        assert headers["x-content-type-options"] == "nosniff"
        titles = {b["t"]["value"] for b in json.loads(body)["results"]["bindings"]}
        assert f"Title {PAYLOADS[0]}" in titles
        # an error that quotes the query is plain text
        status, headers, body = get("/query", query=f"SELECT {PAYLOADS[2]}")
        assert status == 400 and headers["content-type"].startswith("text/plain")
        assert headers["x-content-type-options"] == "nosniff"
        status, headers, _ = get("/" + urllib.parse.quote(PAYLOADS[0]))
        assert status == 404 and headers["content-type"].startswith("text/plain")
    finally:
        proc.terminate()
        proc.wait(15)
