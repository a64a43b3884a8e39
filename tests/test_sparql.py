"""Named queries (answers worked out by hand on the fixture), the lexer, formatting."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys

import pytest
from rdflib import Literal, URIRef

from kg.errors import QueryError
from kg.sparql import (
    format_result,
    inject_values,
    named_queries,
    prefix_header,
    refused_operation,
    run_query,
    syntax_error,
    tokens,
)
from tests.test_store import sample_store

KGR = "https://w3id.org/conflict-kg/id/"


@pytest.fixture(scope="module")
def store():
    return sample_store()


def table(store, name, **params) -> list[dict]:
    return run_query(store, name, params).to_dicts()


# --------------------------------------------------------------------------- named queries
def test_every_named_query_has_a_title_and_uses_its_parameters():
    queries = named_queries()
    assert len(queries) >= 14
    for name, q in queries.items():
        assert q.title and q.title != name, name
        body = "\n".join(line for line in q.text.splitlines() if not line.startswith("#"))
        for param, description in q.params:
            assert re.search(rf"\?{param}\b", body), (name, param)
            assert description, (name, param)


def test_named_queries_run_on_the_seed(seed_store):
    for name, q in named_queries().items():
        params = {p: "Russia" for p, d in q.params if "(required)" in d}
        res = run_query(seed_store, name, params)
        assert res.variables, name


def test_who_talked_to_whom(store):
    rows = table(store, "who-talked-to-whom", actor="Mark Milley")
    assert [(r["date"], r["code"], r["otherLabel"]) for r in rows] == [
        ("2022-05-19", "041", "Valery Gerasimov")
    ]
    pairs = {(r["actorLabel"], r["otherLabel"]) for r in table(store, "who-talked-to-whom")}
    assert pairs == {
        ("Mark Milley", "Valery Gerasimov"), ("Valery Gerasimov", "Mark Milley"),
        ("United States", "Russia"), ("Russia", "United States"),
    }  # fmt: skip


def test_events_by_month(store):
    rows = table(store, "events-by-month")
    got = {(r["month"], r["rootCode"]): r["events"] for r in rows}
    assert got == {
        ("2022-05", "04"): 2, ("2022-05", "11"): 1, ("2022-05", "18"): 1,
        ("2022-05", "19"): 1, ("2022-06", "03"): 1, ("2022-06", "19"): 3,
    }  # fmt: skip
    fights = table(store, "events-by-month", root="19")
    assert [(r["month"], r["events"], r["quadClass"]) for r in fights] == [
        ("2022-05", 1, 4),
        ("2022-06", 3, 4),
    ]


def test_actor_timeline(store):
    rows = table(store, "actor-timeline", actor="Russia")
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    assert len(rows) == 8
    roles = {r["code"] + "/" + r["role"] for r in rows}
    assert {"111/target", "040/participant", "183/source"} <= roles
    bucha = [r for r in rows if r["place"] == "Bucha"]
    assert {(r["date"], r["negated"]) for r in bucha} == {
        ("2022-05-30", False),
        ("2022-06-01", True),
    }
    milley = table(store, "actor-timeline", actor=KGR + "actor/mark-milley")
    assert [(r["role"], r["others"]) for r in milley] == [("participant", "Valery Gerasimov")]


def test_events_near_place_by_coordinates_and_containment(store):
    near = table(store, "events-near-place", place="Kyiv")
    assert [(r["relation"], r["eventPlace"]) for r in near] == [("at", "Kyiv"), ("near", "Irpin")]
    # Kyiv (50.45, 30.52) to Irpin (50.52, 30.25): about 20.6 km
    assert float(near[1]["approxKm"]) == pytest.approx(20.6, abs=0.3)
    wide = table(store, "events-near-place", place="Kyiv", km="500")
    lviv = next(r for r in wide if r["eventPlace"] == "Lviv")
    assert float(lviv["approxKm"]) == pytest.approx(468, rel=0.01)
    inside = table(store, "events-near-place", place="Kyiv Oblast")
    assert sorted((r["relation"], r["eventPlace"], r["negated"]) for r in inside) == [
        ("inside", "Bucha", False), ("inside", "Bucha", True), ("inside", "Irpin", False),
    ]  # fmt: skip
    with pytest.raises(QueryError, match="needs --param place"):
        run_query(store, "events-near-place", {})


def test_dyad_balance(store):
    rows = table(store, "dyad-balance", source="Russia", target="Ukraine")
    assert len(rows) == 1
    r = rows[0]
    # 190 Kyiv, 193 Irpin, 190 Lviv, 183 Bucha; the negated and the hypothetical one left out
    assert (r["events"], r["materialConflict"], r["verbalCooperation"]) == (4, 4, 0)
    assert float(r["goldsteinSum"]) == -40.0
    assert (r["first"], r["last"]) == ("2022-05-18", "2022-06-01")
    us = table(store, "dyad-balance", source="United States", target="Russia")[0]
    assert (us["verbalCooperation"], us["verbalConflict"], float(us["goldsteinSum"])) == (
        1,
        1,
        -1.0,
    )
    everyone = table(store, "dyad-balance")
    assert len(everyone) == 5 and everyone[0]["sourceLabel"] == "Russia"


def test_casualties(store):
    rows = table(store, "casualties")
    got = {
        (r["placeLabel"], r["month"], r["kind"]): (float(r["total"]), r["approximate"])
        for r in rows
    }
    # the negated Bucha strike (5 killed) does not count; "at least 30" is approximate
    assert got == {
        ("Bucha", "2022-05", "killed"): (2, 0), ("Irpin", "2022-06", "killed"): (3, 0),
        ("Kyiv", "2022-05", "killed"): (12, 0), ("Kyiv", "2022-05", "injured"): (30, 1),
        ("Lviv", "2022-06", "killed"): (1, 0), ("Lviv", "2022-06", "injured"): (4, 1),
        (None, "2022-05", "displaced"): (200, 1),
    }  # fmt: skip
    killed = table(store, "casualties", kind="killed")
    assert sum(float(r["total"]) for r in killed) == 18
    lviv = table(store, "casualties", place="Lviv")
    assert {(r["placeLabel"], r["kind"]) for r in lviv} == {("Lviv", "killed"), ("Lviv", "injured")}


def test_reported_by(store):
    rows = table(store, "reported-by")
    assert {(r["reporterLabel"], r["code"]) for r in rows} == {
        ("RIA", "190"), ("Reuters", "041"), ("Reuters", "183"),
    }  # fmt: skip
    reuters = table(store, "reported-by", reporter="reuters")  # labels match case-insensitively
    assert sorted(r["code"] for r in reuters) == ["041", "183"]


def test_actors_articles_and_events(store):
    cities = table(store, "actors", type="City")
    assert {r["label"] for r in cities} == {"Kyiv", "Irpin", "Lviv", "Bucha"}
    russia = next(r for r in table(store, "actors") if r["label"] == "Russia")
    assert (russia["articles"], russia["events"], russia["wikidata"]) == (2, 8, "Q159")
    articles = table(store, "articles")
    assert [(a["doc"], a["events"], a["relations"]) for a in articles] == [
        ("fx-a", 3, 2),
        ("fx-b", 6, 3),
    ]
    june = table(store, "events", **{"from": "2022-06-01", "to": "2022-06-30"})
    assert sorted(r["code"] for r in june) == ["036", "190", "190", "193"]
    consult = table(store, "events", root="04")
    assert sorted(r["code"] for r in consult) == ["040", "041"]


def test_posts_and_evidence(store):
    posts = table(store, "posts")
    assert [(p["personLabel"], p["ofLabel"], str(p["start"])) for p in posts] == [
        ("Mark Milley", "United States", "2019-10-01")
    ]
    ev = table(store, "evidence", event=KGR + "event/fx-b/45-53-190")
    assert [(e["doc"], e["start"], e["end"]) for e in ev] == [("fx-b", 45, 99)]
    assert ev[0]["sentence"].startswith("Shelling of Lviv")


def test_parameter_errors(store):
    with pytest.raises(QueryError, match="has no parameter nope"):
        run_query(store, "casualties", {"nope": "x"})
    with pytest.raises(QueryError, match="unknown named query"):
        run_query(store, "no-such-query")


# --------------------------------------------------------------------------- lexer
def test_tokens_hide_keywords_in_strings_comments_iris_and_names():
    text = (
        "PREFIX s: <urn:SERVICE>\n# SERVICE <x>\n"
        'SELECT ?service WHERE { ?x s:DROP \'SERVICE\' ; s:a\\#b """LOAD\n""" . }'
    )
    words = [t.text for t in tokens(text) if t.kind == "word"]
    assert words == ["PREFIX", "SELECT", "WHERE"]
    assert refused_operation(text) is None
    assert refused_operation("select * { ?s ?p ?o } ;\n#x\n  cLeAr ALL") == "CLEAR"
    assert refused_operation("SELECT * { ?s ?p ?o . SERVICE<http://x/>{} }") == "SERVICE"


def test_inject_values_is_safe_against_hostile_values():
    q = "PREFIX a: <urn:a#>\nSELECT ?x WHERE { ?x a:p ?v . { ?x a:q ?w } }"
    hostile = Literal('"} DROP ALL { "')
    out = inject_values(q, {"v": hostile, "w": URIRef("urn:ok")})
    assert out.count("VALUES") == 1
    assert 'WHERE { VALUES (?v ?w) { ("\\"} DROP ALL { \\"" <urn:ok>) }' in out
    assert refused_operation(out) is None
    with pytest.raises(QueryError, match="bad parameter value"):
        inject_values(q, {"v": URIRef("urn:a> } DROP ALL { <urn:b")})
    construct = "CONSTRUCT { ?x a ?t } WHERE { ?x a ?t }"
    assert inject_values(construct, {"t": URIRef("urn:T")}).startswith(
        "CONSTRUCT { ?x a ?t } WHERE { VALUES (?t) { (<urn:T>) }"
    )


def test_prefix_header_and_error_positions():
    assert prefix_header("SELECT * { ?x ckg:a skos:b ; ex:c ?y }") == (
        "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> "
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
    )
    assert prefix_header("PREFIX ckg: <urn:x#> SELECT * { ?x ckg:a ?y }") == ""
    err = syntax_error("error at 1:40: expected one of ...", offset_line1=20)
    assert (err.line, err.column) == (1, 20)
    err = syntax_error("Lexical error at line 3, column 7. Encountered: x")
    assert (err.line, err.column) == (3, 7)


# --------------------------------------------------------------------------- formatting
def test_formats(store):
    res = run_query(store, "casualties", {"place": "Kyiv"})
    assert res.variables == ("placeLabel", "month", "kind", "total", "events", "approximate", "p")
    rows = list(csv.reader(io.StringIO(format_result(res, "csv"))))
    assert rows[0] == list(res.variables) and sorted(r[2] for r in rows[1:]) == [
        "injured",
        "killed",
    ]
    tsv = format_result(res, "tsv").splitlines()
    assert tsv[0].split("\t")[0] == "?placeLabel" and f"<{KGR}actor/kyiv>" in tsv[1]
    data = json.loads(format_result(res, "json"))
    assert data["head"]["vars"] == list(res.variables)
    first = data["results"]["bindings"][0]
    assert first["p"] == {"type": "uri", "value": KGR + "actor/kyiv"}
    assert first["total"]["datatype"] == "http://www.w3.org/2001/XMLSchema#decimal"
    text = format_result(res, "table")
    assert text.splitlines()[0].split() == list(res.variables) and text.endswith("(2 rows)\n")
    ask = run_query(store, "ASK { ?e ckg:cameoCode cameo:041 }")
    assert json.loads(format_result(ask, "json")) == {"head": {}, "boolean": True}
    with pytest.raises(QueryError, match="unknown output format"):
        format_result(res, "xlsx")


def test_dataframe(store):
    pd = pytest.importorskip("pandas")
    df = run_query(store, "casualties", {"kind": "killed"}).to_dataframe()
    assert isinstance(df, pd.DataFrame) and list(df.columns)[:3] == ["placeLabel", "month", "kind"]
    assert float(df["total"].astype(float).sum()) == 18


def test_cli_lists_queries_with_parameters():
    res = subprocess.run(
        [sys.executable, "-m", "kg", "query", "--list"], capture_output=True, text=True, timeout=60
    )
    assert res.returncode == 0, res.stderr
    for name, q in named_queries().items():
        assert re.search(rf"^{re.escape(name)}\b", res.stdout, re.M), name
        for p, _ in q.params:
            assert f"--param {p}=..." in res.stdout
