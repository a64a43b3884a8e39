"""Schema and fact checks for the gazetteer data files in ``data/gazetteer/``.

Each file is read with ``yaml.safe_load`` exactly as the loaders read it. The schema checks
(required keys, allowed types, ISO 3166 codes, Wikidata ids, dates, unique keys, references
between files) keep the data usable by code; the fact checks pin down the entries the seed
article and the benchmarks depend on.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml

GAZETTEER = Path(__file__).resolve().parents[1] / "data" / "gazetteer"

LANGS = ("en", "id")
QID = re.compile(r"^Q[1-9]\d*$")
KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")  # slugify() leaves it unchanged
KIND = re.compile(r"^[a-z][a-z_]*$")
ORG_TYPES = frozenset(
    {
        "GovernmentBody",
        "MilitaryUnit",
        "MediaOrganization",
        "ArmedGroup",
        "InternationalOrganization",
        "Organization",
    }
)
PLACE_TYPES = frozenset({"City", "Region", "Place", "Facility"})
POSITION_KEYS = frozenset({"kind", "country", "of", "title", "start", "end"})
#: Forms too ambiguous to be aliases: "IS" (Islamic State) is an English word; in Indonesian
#: "RT" is a neighbourhood unit and the words below are everyday words. The loader matches
#: all-caps aliases case-sensitively, so an all-caps form of such a word ("ANTARA") is allowed.
FORBIDDEN_EXACT = {"en": frozenset({"IS"}), "id": frozenset({"IS", "RT"})}
FORBIDDEN_WORDS = {"en": frozenset(), "id": frozenset({"antara", "detik", "tempo", "puncak"})}


# ---------------------------------------------------------------- helpers


def load(name: str) -> list[dict[str, Any]]:
    """Read one gazetteer file the way the loaders do.

    Parameters
    ----------
    name
        File stem, e.g. ``"countries"``.

    Returns
    -------
    list of dict
        The entries of the file.
    """
    with (GAZETTEER / f"{name}.yaml").open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert isinstance(data, list), f"{name}.yaml must be a YAML list"
    assert all(isinstance(e, dict) for e in data), f"{name}.yaml entries must be mappings"
    return data


def as_date(value: object) -> dt.date:
    """Parse a YAML date (``datetime.date`` or ISO string) or fail.

    Parameters
    ----------
    value
        The value of a ``start`` or ``end`` field.

    Returns
    -------
    datetime.date
        The parsed date.
    """
    if isinstance(value, dt.datetime):
        raise AssertionError(f"{value!r} is a timestamp, not a date")
    if isinstance(value, dt.date):
        return value
    assert isinstance(value, str), f"{value!r} is not a date"
    return dt.date.fromisoformat(value)


def is_iso3(code: object) -> bool:
    """Return True when ``code`` is an ISO 3166-1 alpha-3 code known to pycountry, or the
    alpha-3 code of a former state of ISO 3166-3 ("SUN", the Soviet Union)."""
    return isinstance(code, str) and (
        pycountry.countries.get(alpha_3=code) is not None
        or pycountry.historic_countries.get(alpha_3=code) is not None
    )


def check_lang_map(value: object, where: str) -> None:
    """Assert ``value`` is ``{en: [str...], id: [str...]}`` with clean, unique strings."""
    assert isinstance(value, dict), f"{where}: expected a mapping of languages"
    assert set(value) <= set(LANGS), f"{where}: unknown languages {set(value) - set(LANGS)}"
    for lang, forms in value.items():
        check_forms(forms, f"{where}.{lang}", lang)


def check_forms(forms: object, where: str, lang: str | None = None) -> None:
    """Assert ``forms`` is a list of unique, trimmed, non-empty, unambiguous strings."""
    assert isinstance(forms, list), f"{where}: expected a list"
    for form in forms:
        assert isinstance(form, str), f"{where}: {form!r} is not a string"
        assert form and form == form.strip(), f"{where}: {form!r} is empty or padded"
        assert "  " not in form, f"{where}: {form!r} has a double space"
        for code in (lang,) if lang else LANGS:
            word = not form.isupper() and form.casefold() in FORBIDDEN_WORDS[code]
            ambiguous = form in FORBIDDEN_EXACT[code] or word
            assert not ambiguous, f"{where}: {form!r} is too ambiguous"
    assert len(forms) == len(set(forms)), f"{where}: duplicate forms in {forms}"


def check_coords(entry: dict[str, Any], where: str) -> None:
    """Assert ``lat``/``lon`` are numbers within range."""
    lat, lon = entry.get("lat"), entry.get("lon")
    assert isinstance(lat, int | float) and -90 <= lat <= 90, f"{where}: bad lat {lat!r}"
    assert isinstance(lon, int | float) and -180 <= lon <= 180, f"{where}: bad lon {lon!r}"


def check_wikidata(entry: dict[str, Any], where: str) -> None:
    """Assert an optional ``wikidata`` field is a Q-id."""
    if "wikidata" in entry and entry["wikidata"] is not None:
        assert QID.match(str(entry["wikidata"])), f"{where}: bad wikidata {entry['wikidata']!r}"


def lang_forms(value: dict[str, list[str]] | None) -> Iterator[tuple[str, str]]:
    """Yield ``(lang, form)`` pairs of a language map."""
    for lang, forms in (value or {}).items():
        for form in forms:
            yield lang, form


def holders(
    people: list[dict[str, Any]],
    kind: str,
    on: dt.date,
    *,
    country: str | None = None,
    of: str | None = None,
) -> set[str]:
    """Keys of the people who held a post of ``kind`` (of a country and/or organisation) on a date.

    The end date is exclusive: on a hand-over day only the successor holds the post.
    """
    found = set()
    for person in people:
        for pos in person["positions"]:
            if pos["kind"] != kind:
                continue
            if country is not None and pos.get("country") != country:
                continue
            if of is not None and pos.get("of") != of:
                continue
            start = as_date(pos["start"]) if "start" in pos else dt.date.min
            end = as_date(pos["end"]) if "end" in pos else dt.date.max
            if start <= on < end:
                found.add(person["key"])
    return found


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def countries() -> list[dict[str, Any]]:
    return load("countries")


@pytest.fixture(scope="module")
def organizations() -> list[dict[str, Any]]:
    return load("organizations")


@pytest.fixture(scope="module")
def institutions() -> list[dict[str, Any]]:
    return load("institutions")


@pytest.fixture(scope="module")
def titles() -> list[dict[str, Any]]:
    return load("titles")


@pytest.fixture(scope="module")
def people() -> list[dict[str, Any]]:
    return load("people")


@pytest.fixture(scope="module")
def places() -> list[dict[str, Any]]:
    return load("places")


def by_key(entries: list[dict[str, Any]], field: str = "key") -> dict[str, dict[str, Any]]:
    """Index entries by ``field``."""
    return {e[field]: e for e in entries}


# ---------------------------------------------------------------- schema: countries


def test_countries_schema(countries: list[dict[str, Any]]) -> None:
    assert len(countries) >= 80
    codes = [c["iso3"] for c in countries]
    assert len(codes) == len(set(codes)), "iso3 codes must be unique"
    labels = [c["label"] for c in countries]
    assert len(labels) == len(set(labels)), "labels must be unique"
    for c in countries:
        where = f"countries[{c.get('iso3')}]"
        assert is_iso3(c["iso3"]), f"{where}: not an ISO 3166 alpha-3 code"
        assert isinstance(c["label"], str) and c["label"], f"{where}: label"
        check_wikidata(c, where)
        for field in ("aliases", "demonyms", "government"):
            if c.get(field) is not None:
                check_lang_map(c[field], f"{where}.{field}")
        cap = c.get("capital")
        if cap is not None:
            assert isinstance(cap.get("label"), str) and cap["label"], f"{where}: capital label"
            check_wikidata(cap, f"{where}.capital")
            check_coords(cap, f"{where}.capital")
            check_lang_map(cap.get("aliases", {}), f"{where}.capital.aliases")


def test_country_names_do_not_collide(countries: list[dict[str, Any]]) -> None:
    """A name, demonym or metonym must point to one country only."""
    owner: dict[tuple[str, str], str] = {}
    for c in countries:
        forms = {("en", c["label"])}
        for field in ("aliases", "demonyms", "government"):
            forms |= set(lang_forms(c.get(field)))
        for lang, form in forms:
            other = owner.setdefault((lang, form.casefold()), c["iso3"])
            assert other == c["iso3"], f"{form!r} ({lang}) names both {other} and {c['iso3']}"


def slug(text: str) -> str:
    """The loader's key slug: ASCII, lower case, hyphens."""
    norm = unicodedata.normalize("NFKD", text)
    norm = "".join(ch for ch in norm if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", norm).strip("-")


def test_place_keys_do_not_merge_with_capitals(
    countries: list[dict[str, Any]], places: list[dict[str, Any]]
) -> None:
    capital_slugs = {slug(c["capital"]["label"]) for c in countries if c.get("capital")}
    assert len(capital_slugs) == sum(1 for c in countries if c.get("capital"))
    assert not capital_slugs & {p["key"] for p in places}


def test_country_capitals_are_not_repeated_in_places(
    countries: list[dict[str, Any]], places: list[dict[str, Any]]
) -> None:
    capitals = {c["capital"]["label"] for c in countries if c.get("capital")}
    capital_forms = {
        form.casefold()
        for c in countries
        if c.get("capital")
        for _, form in lang_forms(c["capital"].get("aliases"))
    }
    for p in places:
        assert p["label"] not in capitals, f"{p['key']} duplicates a capital"
        for _, form in lang_forms(p.get("aliases")):
            assert form.casefold() not in capital_forms, f"{p['key']}: {form!r} is a capital"


# ---------------------------------------------------------------- schema: institutions, titles


def test_institutions_schema(institutions: list[dict[str, Any]]) -> None:
    kinds = [i["kind"] for i in institutions]
    assert len(kinds) == len(set(kinds)), "institution kinds must be unique"
    required = {
        "defence_ministry",
        "foreign_ministry",
        "interior_ministry",
        "government",
        "presidency",
        "armed_forces",
        "army",
        "navy",
        "air_force",
        "general_staff",
        "parliament",
        "intelligence_service",
        "police",
        "embassy",
        "border_guard",
    }
    assert required <= set(kinds)
    for inst in institutions:
        where = f"institutions[{inst['kind']}]"
        assert KIND.match(inst["kind"]), where
        assert inst["type"] in ORG_TYPES, f"{where}: type {inst['type']!r}"
        assert isinstance(inst["label"], str) and inst["label"], f"{where}: label"
        for lang in LANGS:
            check_forms(inst[lang], f"{where}.{lang}", lang)
            assert inst[lang], f"{where}: no {lang} surface forms"


def test_titles_schema(titles: list[dict[str, Any]], institutions: list[dict[str, Any]]) -> None:
    kinds = [t["kind"] for t in titles]
    assert len(kinds) == len(set(kinds)), "title kinds must be unique"
    inst_kinds = {i["kind"] for i in institutions}
    for t in titles:
        where = f"titles[{t['kind']}]"
        assert KIND.match(t["kind"]), where
        assert isinstance(t["title"], str) and t["title"], f"{where}: title"
        for lang in LANGS:
            check_forms(t[lang], f"{where}.{lang}", lang)
        assert t["en"] or t["id"], f"{where}: no surface forms"
        assert t.get("leads") is None or t["leads"] in inst_kinds, f"{where}: leads {t['leads']!r}"
        assert isinstance(t.get("rank", False), bool), f"{where}: rank must be a bool"
        if t.get("rank"):
            assert t.get("leads") is None, f"{where}: a rank leads nothing"


def test_titles_cover_the_main_posts_and_ranks(titles: list[dict[str, Any]]) -> None:
    t = by_key(titles, "kind")
    assert t["defence_minister"]["leads"] == "defence_ministry"
    assert t["foreign_minister"]["leads"] == "foreign_ministry"
    assert t["president"]["leads"] == "presidency"
    assert t["prime_minister"]["leads"] == "government"
    assert t["chief_of_general_staff"]["leads"] == "general_staff"
    assert t["chairman_joint_chiefs"]["leads"] == "general_staff"
    assert t["spokesperson"]["leads"] is None
    assert {"Menteri Pertahanan", "Menhan"} <= set(t["defence_minister"]["id"])
    assert "Secretary of Defense" in t["defence_minister"]["en"]
    assert "Ketua Kepala Staf Gabungan" in t["chairman_joint_chiefs"]["id"]
    assert "Kepala Staf Umum" in t["chief_of_general_staff"]["id"]
    assert {"juru bicara", "jubir"} <= set(t["spokesperson"]["id"])
    assert {"Duta Besar", "Dubes"} <= set(t["ambassador"]["id"])
    assert t["general"]["rank"] is True and "Jenderal" in t["general"]["id"]
    assert "Jenderal Angkatan Udara" in t["air_force_general"]["id"]
    assert t["air_force_general"]["rank"] is True
    assert t["defence_minister"]["rank"] is False
    ranks = {k for k, v in t.items() if v["rank"]}
    assert {
        "general",
        "lieutenant_general",
        "major_general",
        "brigadier_general",
        "colonel",
        "admiral",
        "marshal",
    } <= ranks


# ---------------------------------------------------------------- schema: organisations


def test_organizations_schema(
    organizations: list[dict[str, Any]], institutions: list[dict[str, Any]]
) -> None:
    assert len(organizations) >= 120
    keys = [o["key"] for o in organizations]
    assert len(keys) == len(set(keys)), "organisation keys must be unique"
    known = set(keys)
    inst_kinds = {i["kind"] for i in institutions}
    for o in organizations:
        where = f"organizations[{o['key']}]"
        assert KEY.match(o["key"]), f"{where}: key must be a lower-case slug"
        assert isinstance(o["label"], str) and o["label"], f"{where}: label"
        assert o["type"] in ORG_TYPES, f"{where}: type {o['type']!r}"
        assert o["country"] is None or is_iso3(o["country"]), f"{where}: country"
        check_wikidata(o, where)
        check_lang_map(o["aliases"], f"{where}.aliases")
        inst = o.get("institution")
        if inst is not None:
            assert inst in inst_kinds, f"{where}: institution {inst!r}"
            assert o["country"], f"{where}: a national institution needs a country"
        parent = o.get("part_of")
        assert parent is None or (parent in known and parent != o["key"]), f"{where}: part_of"


def test_organization_part_of_has_no_cycles(organizations: list[dict[str, Any]]) -> None:
    parent = {o["key"]: o.get("part_of") for o in organizations}
    for key in parent:
        seen = {key}
        node = parent[key]
        while node is not None:
            assert node not in seen, f"part_of cycle through {key}"
            seen.add(node)
            node = parent[node]


def test_one_organization_per_country_institution(organizations: list[dict[str, Any]]) -> None:
    owner: dict[tuple[str, str], str] = {}
    for o in organizations:
        if o.get("institution"):
            slot = (o["country"], o["institution"])
            assert slot not in owner, f"{slot} is named by {owner.get(slot)} and {o['key']}"
            owner[slot] = o["key"]


def test_named_institutions_leave_composed_forms_to_the_extractor(
    organizations: list[dict[str, Any]],
    institutions: list[dict[str, Any]],
    countries: list[dict[str, Any]],
    titles: list[dict[str, Any]],
) -> None:
    """An organisation that *is* a country's institution does not list an "<institution> <country>"
    form that a title ends into ("Angkatan Udara AS" after "Kepala Staf Angkatan Udara"): the
    extractor composes such forms into this organisation anyway, and a listed alias would swallow
    the country that follows the title."""
    insts = by_key(institutions, "kind")
    tails = {
        tuple(words[-k:])
        for t in titles
        if not t["rank"]
        for surface in t["id"]
        for words in [surface.casefold().split()]
        for k in range(1, len(words))
    }
    names = {
        c["iso3"]: {c["label"], *(f for _, f in lang_forms(c.get("aliases")))} for c in countries
    }
    for o in organizations:
        if not o.get("institution"):
            continue
        composed = {
            f"{surface} {name}".casefold()
            for surface in insts[o["institution"]]["id"]
            for name in names.get(o["country"], set())
        }
        for form in o["aliases"].get("id", []):
            words = form.casefold().split()
            overlapped = any(tuple(words[:k]) in tails for k in range(1, len(words)))
            assert not (form.casefold() in composed and overlapped), f"{o['key']}: {form!r}"


def test_organization_aliases_do_not_collide(organizations: list[dict[str, Any]]) -> None:
    owner: dict[tuple[str, str], str] = {}
    for o in organizations:
        for lang, form in set(lang_forms(o["aliases"])):
            other = owner.setdefault((lang, form), o["key"])
            assert other == o["key"], f"{form!r} ({lang}) names both {other} and {o['key']}"


# ---------------------------------------------------------------- schema: places


def test_places_schema(places: list[dict[str, Any]]) -> None:
    assert len(places) >= 150
    keys = [p["key"] for p in places]
    assert len(keys) == len(set(keys)), "place keys must be unique"
    for p in places:
        where = f"places[{p['key']}]"
        assert KEY.match(p["key"]), f"{where}: key must be a lower-case slug"
        assert isinstance(p["label"], str) and p["label"], f"{where}: label"
        assert p["type"] in PLACE_TYPES, f"{where}: type {p['type']!r}"
        assert p["country"] is None or is_iso3(p["country"]), f"{where}: country"
        check_wikidata(p, where)
        check_coords(p, where)
        check_lang_map(p["aliases"], f"{where}.aliases")
        assert p["aliases"].get("en") and p["aliases"].get("id"), f"{where}: en and id aliases"


def test_place_aliases_do_not_collide(places: list[dict[str, Any]]) -> None:
    owner: dict[tuple[str, str], str] = {}
    for p in places:
        for lang, form in set(lang_forms(p["aliases"])):
            other = owner.setdefault((lang, form), p["key"])
            assert other == p["key"], f"{form!r} ({lang}) names both {other} and {p['key']}"


# ---------------------------------------------------------------- schema: people


def test_people_schema(
    people: list[dict[str, Any]],
    titles: list[dict[str, Any]],
    organizations: list[dict[str, Any]],
) -> None:
    assert len(people) >= 150
    keys = [p["key"] for p in people]
    assert len(keys) == len(set(keys)), "person keys must be unique"
    title_kinds = {t["kind"] for t in titles}
    rank_kinds = {t["kind"] for t in titles if t.get("rank")}
    orgs = by_key(organizations)
    for p in people:
        where = f"people[{p['key']}]"
        assert KEY.match(p["key"]), f"{where}: key must be a lower-case slug"
        assert isinstance(p["label"], str) and p["label"], f"{where}: label"
        assert is_iso3(p["country"]), f"{where}: country"
        check_wikidata(p, where)
        check_forms(p.get("aliases") or [], f"{where}.aliases")
        assert p["label"] not in (p.get("aliases") or []), f"{where}: alias repeats the label"
        assert isinstance(p["positions"], list), f"{where}: positions must be a list"
        for pos in p["positions"]:
            assert set(pos) <= POSITION_KEYS, f"{where}: unknown keys {set(pos) - POSITION_KEYS}"
            assert pos["kind"] in title_kinds, f"{where}: kind {pos['kind']!r} not in titles"
            assert pos["kind"] not in rank_kinds, f"{where}: a rank is not a post"
            assert isinstance(pos["title"], str) and pos["title"], f"{where}: title"
            assert "country" in pos or "of" in pos, f"{where}: give country and/or of"
            if "country" in pos:
                assert is_iso3(pos["country"]), f"{where}: position country {pos['country']!r}"
            if "of" in pos:
                org = orgs.get(pos["of"])
                assert org is not None, f"{where}: unknown organisation {pos['of']!r}"
                if "country" in pos:
                    assert org["country"] == pos["country"], f"{where}: {pos['of']} is not national"
            start = as_date(pos["start"]) if "start" in pos else None
            end = as_date(pos["end"]) if "end" in pos else None
            if start and end:
                assert start < end, f"{where}: {pos['title']} ends before it starts"
            for day in (start, end):
                assert day is None or dt.date(1950, 1, 1) <= day <= dt.date(2027, 1, 1), where


def under_armed_group(orgs: dict[str, dict[str, Any]], key: str) -> bool:
    """True when ``key`` or one of its parents is an armed group (not a state body)."""
    node: str | None = key
    while node is not None:
        if orgs[node]["type"] == "ArmedGroup":
            return True
        node = orgs[node].get("part_of")
    return False


def test_state_posts_name_their_country(
    people: list[dict[str, Any]], organizations: list[dict[str, Any]]
) -> None:
    """Posts in a national government body or military also give the country, so that
    "the US Joint Chiefs chairman" finds the holder by (kind, country)."""
    orgs = by_key(organizations)
    for p in people:
        for pos in p["positions"]:
            org = orgs.get(pos.get("of", ""))
            if org is None or not org["country"] or under_armed_group(orgs, org["key"]):
                continue
            if org["type"] in ("GovernmentBody", "MilitaryUnit"):
                assert pos.get("country") == org["country"], f"{p['key']}: {pos['title']}"


def test_person_names_do_not_collide(people: list[dict[str, Any]]) -> None:
    owner: dict[str, str] = {}
    for p in people:
        for form in {p["label"], *(p.get("aliases") or [])}:
            other = owner.setdefault(form, p["key"])
            assert other == p["key"], f"{form!r} names both {other} and {p['key']}"


def test_dated_posts_have_one_holder_at_a_time(people: list[dict[str, Any]]) -> None:
    """Two people never hold the same dated post (kind, holder institution, title) at once."""
    terms: dict[tuple[str, str, str], list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    for p in people:
        for pos in p["positions"]:
            if "start" not in pos:
                continue
            post = (pos["kind"], pos.get("country") or pos["of"], pos["title"])
            end = as_date(pos["end"]) if "end" in pos else dt.date.max
            terms[post].append((as_date(pos["start"]), end, p["key"]))
    for post, spans in terms.items():
        spans.sort()
        for (_, end_a, who_a), (start_b, _, who_b) in itertools.pairwise(spans):
            assert start_b >= end_a, f"{post}: {who_a} and {who_b} overlap"


# ---------------------------------------------------------------- facts


def test_fact_seed_article_people(people: list[dict[str, Any]]) -> None:
    """The posts named in the seed article (Indonesian, May 2022) resolve to the right people."""
    day = dt.date(2022, 5, 20)
    assert holders(people, "defence_minister", day, country="USA") == {"lloyd-austin"}
    assert holders(people, "chief_of_general_staff", day, country="RUS") == {"valery-gerasimov"}
    assert holders(people, "chairman_joint_chiefs", day, of="us-jcs") == {"mark-milley"}
    assert holders(people, "commander", day, of="us-eucom") == {"tod-wolters"}
    assert holders(people, "president", day, country="USA") == {"joe-biden"}
    assert holders(people, "president", day, country="RUS") == {"vladimir-putin"}
    assert holders(people, "defence_minister", day, country="RUS") == {"sergei-shoigu"}
    austin = by_key(people)["lloyd-austin"]
    assert austin["wikidata"] == "Q1423337" and austin["country"] == "USA"
    (post,) = [p for p in austin["positions"] if p["kind"] == "defence_minister"]
    assert post["title"] == "US Secretary of Defense"


def test_fact_posts_change_hands(people: list[dict[str, Any]]) -> None:
    assert holders(people, "defence_minister", dt.date(2025, 2, 1), country="USA") == {
        "pete-hegseth"
    }
    assert holders(people, "defence_minister", dt.date(2024, 6, 1), country="RUS") == {
        "andrei-belousov"
    }
    assert holders(people, "president", dt.date(2018, 1, 1), country="USA") == {"donald-trump"}
    assert holders(people, "president", dt.date(2026, 1, 1), country="USA") == {"donald-trump"}
    assert holders(people, "president", dt.date(2016, 1, 1), country="UKR") == {"petro-poroshenko"}
    assert holders(people, "chief_of_general_staff", dt.date(2024, 6, 1), of="idf") == {
        "herzi-halevi"
    }
    assert holders(people, "supreme_leader", dt.date(2025, 6, 13), country="IRN") == {
        "ali-khamenei"
    }
    assert holders(people, "commander_in_chief", dt.date(2024, 1, 1), of="tni") == {
        "agus-subiyanto"
    }
    assert holders(people, "secretary_general", dt.date(2023, 1, 1), of="nato") == {
        "jens-stoltenberg"
    }
    assert holders(people, "spokesperson", dt.date(2022, 5, 20), of="rus-presidency") == {
        "dmitry-peskov"
    }
    trump = [p for p in by_key(people)["donald-trump"]["positions"] if p["kind"] == "president"]
    assert len(trump) == 2, "Trump's two terms are separate positions"


def test_fact_people_aliases(people: list[dict[str, Any]]) -> None:
    p = by_key(people)
    assert {"Zelenskyy", "Zelenskiy", "Zelenskyi"} <= set(p["volodymyr-zelensky"]["aliases"])
    assert "Jokowi" in p["joko-widodo"]["aliases"]
    assert "Kim Jong-un" in p["kim-jong-un"]["aliases"]
    assert "Recep Tayyip Erdogan" in p["recep-tayyip-erdogan"]["aliases"]


def test_fact_seed_article_organizations(organizations: list[dict[str, Any]]) -> None:
    o = by_key(organizations)
    dod = o["us-dod"]
    assert dod["label"] == "US Department of Defense" and dod["institution"] == "defence_ministry"
    assert {"Pentagon", "Departemen Pertahanan AS"} <= set(dod["aliases"]["id"])
    mod = o["rus-mod"]
    assert (mod["label"], mod["country"], mod["institution"]) == (
        "Russian Ministry of Defence",
        "RUS",
        "defence_ministry",
    )
    assert "Kementerian Pertahanan Rusia" in mod["aliases"]["id"]
    jcs = o["us-jcs"]
    assert jcs["label"] == "US Joint Chiefs of Staff" and jcs["type"] == "MilitaryUnit"
    # "Kepala Staf Gabungan AS" is composed: general staff + AS -> the organisation naming it
    assert (jcs["institution"], jcs["country"]) == ("general_staff", "USA")
    eucom = o["us-eucom"]
    assert eucom["label"] == "US European Command" and "Komando Eropa" in eucom["aliases"]["id"]
    assert (o["us-air-force"]["institution"], o["us-air-force"]["country"]) == ("air_force", "USA")
    assert (o["ria"]["label"], o["ria"]["type"], o["ria"]["country"]) == (
        "RIA",
        "MediaOrganization",
        "RUS",
    )
    assert {"VoI", "VOI"} <= set(o["voi"]["aliases"]["id"]) and o["voi"]["country"] == "IDN"
    assert "KENDARIEKSPRES.COM" in o["kendari-ekspres"]["aliases"]["id"]


def test_fact_armed_groups_and_international_organizations(
    organizations: list[dict[str, Any]],
) -> None:
    o = by_key(organizations)
    assert o["hamas"]["type"] == "ArmedGroup" and o["hamas"]["country"] == "PSE"
    assert o["qassam-brigades"]["part_of"] == "hamas"
    assert "Hizbullah" in o["hezbollah"]["aliases"]["id"]
    assert {"KKB", "OPM", "TPNPB-OPM"} <= set(o["tpnpb-opm"]["aliases"]["id"])
    assert "NIIS" in o["isis"]["aliases"]["id"]
    assert "PBB" in o["un"]["aliases"]["id"] and o["un"]["type"] == "InternationalOrganization"
    assert o["unsc"]["part_of"] == "un" and "Dewan Keamanan PBB" in o["unsc"]["aliases"]["id"]
    assert "Pakta Pertahanan Atlantik Utara" in o["nato"]["aliases"]["id"]
    assert "Uni Eropa" in o["eu"]["aliases"]["id"]
    assert (o["idf"]["institution"], o["idf"]["country"]) == ("armed_forces", "ISR")
    assert "militer Israel" in o["idf"]["aliases"]["id"]
    assert (o["tni"]["institution"], o["polri"]["institution"]) == ("armed_forces", "police")
    assert "Garda Revolusi" in o["irgc"]["aliases"]["id"]


def test_fact_countries(countries: list[dict[str, Any]]) -> None:
    c = by_key(countries, "iso3")
    assert c["USA"]["label"] == "United States"
    assert {"AS", "Amerika Serikat"} <= set(c["USA"]["aliases"]["id"])
    assert {"US", "U.S.", "America"} <= set(c["USA"]["aliases"]["en"])
    assert "Gedung Putih" in c["USA"]["government"]["id"]
    assert c["RUS"]["label"] == "Russia" and "Rusia" in c["RUS"]["aliases"]["id"]
    assert c["RUS"]["capital"]["label"] == "Moscow"
    assert "Moskow" in c["RUS"]["capital"]["aliases"]["id"]
    assert "Kremlin" in c["RUS"]["government"]["en"]
    assert c["DEU"]["label"] == "Germany" and "Jerman" in c["DEU"]["aliases"]["id"]
    assert c["BEL"]["capital"]["label"] == "Brussels"
    assert "Brussel" in c["BEL"]["capital"]["aliases"]["id"]
    assert "Belgia" in c["BEL"]["aliases"]["id"]
    assert "Tel Aviv" in c["ISR"]["government"]["en"]
    assert c["PSE"]["label"] == "Palestine" and "Palestina" in c["PSE"]["aliases"]["id"]
    assert {"Korea Utara", "Korut"} <= set(c["PRK"]["aliases"]["id"])
    assert "DPRK" in c["PRK"]["aliases"]["en"]
    assert "Tiongkok" in c["CHN"]["aliases"]["id"]
    assert "Inggris" in c["GBR"]["aliases"]["id"]
    assert "Ukraina" in c["UKR"]["aliases"]["id"]
    assert c["UKR"]["capital"]["label"] == "Kyiv"
    assert "orang Rusia" in c["RUS"]["demonyms"]["id"]
    assert "Israeli" in c["ISR"]["demonyms"]["en"]


def test_fact_places(places: list[dict[str, Any]]) -> None:
    p = by_key(places)
    assert (p["stuttgart"]["country"], p["stuttgart"]["type"]) == ("DEU", "City")
    assert (p["europe"]["type"], p["europe"]["country"]) == ("Region", None)
    assert "Eropa" in p["europe"]["aliases"]["id"]
    assert "Timur Tengah" in p["middle-east"]["aliases"]["id"]
    assert (p["tel-aviv"]["country"], p["tel-aviv"]["type"]) == ("ISR", "City")
    assert (p["gaza-strip"]["country"], p["gaza-strip"]["type"]) == ("PSE", "Region")
    assert "Jalur Gaza" in p["gaza-strip"]["aliases"]["id"]
    assert "Tepi Barat" in p["west-bank"]["aliases"]["id"]
    assert p["crimea"]["country"] == "UKR" and "Krimea" in p["crimea"]["aliases"]["id"]
    assert p["kursk"]["country"] == "RUS"
    assert (p["fordow"]["type"], p["fordow"]["country"]) == ("Facility", "IRN")
    assert "PLTN Zaporizhzhia" in p["zaporizhzhia-npp"]["aliases"]["id"]
    assert "Jembatan Krimea" in p["kerch-bridge"]["aliases"]["id"]
    assert "Laut Merah" in p["red-sea"]["aliases"]["id"]
    assert p["intan-jaya"]["country"] == "IDN" and p["el-fasher"]["country"] == "SDN"
    assert (
        "Jenewa" in p["geneva"]["aliases"]["id"] and "Den Haag" in p["the-hague"]["aliases"]["id"]
    )
    # Stuttgart lies in south-west Germany
    assert 48 < p["stuttgart"]["lat"] < 49.5 and 8.5 < p["stuttgart"]["lon"] < 10


# ---------------------------------------------------------------- the loader reads the data


def test_loader_reads_the_gazetteer() -> None:
    """``kg.gazetteer`` turns the files into entities, aliases and dated posts."""
    from kg.gazetteer import Gazetteer

    gaz = Gazetteer.load(GAZETTEER)
    assert gaz.entity("org-us-dod").label == "US Department of Defense"
    assert gaz.entity("place-stuttgart").country == "DEU"
    assert gaz.located_in["place-brussels"] == "country-bel"
    day = dt.date(2022, 5, 20)
    assert gaz.holders("defence_minister", "USA", day) == ["person-lloyd-austin"]
    assert gaz.holders("chief_of_general_staff", "RUS", day) == ["person-valery-gerasimov"]
    assert gaz.holders("chairman_joint_chiefs", "USA", day) == ["person-mark-milley"]
    assert gaz.institution_key("USA", "general_staff") == "org-us-jcs"
    assert gaz.institution_key("RUS", "defence_ministry") == "org-rus-mod"
    text = "Departemen Pertahanan AS dan Kementerian Pertahanan Rusia bertemu di Brussel, Belgia."
    keys = [m.alias.key for m in gaz.find(text, "id")]
    assert keys == ["org-us-dod", "org-rus-mod", "place-brussels", "country-bel"]


def test_every_place_lies_in_a_known_place_or_country() -> None:
    """``in:`` keys of places.yaml and the countries behind them all resolve."""
    from kg.gazetteer import Gazetteer

    gaz = Gazetteer.load(GAZETTEER)
    assert gaz.located_in["place-soroka-medical-center"] == "place-beersheba"
    missing = {k: v for k, v in gaz.located_in.items() if v not in gaz.entities}
    assert missing == {}
    assert gaz.holders("leader", "RUS", dt.date(2022, 9, 16)) == ["person-vladimir-putin"]
    assert gaz.holders("leader", "ISR", dt.date(2024, 1, 1)) == ["person-benjamin-netanyahu"]


def test_generic_group_nouns_name_armed_groups_of_known_places(
    organizations: list[dict[str, Any]], places: list[dict[str, Any]]
) -> None:
    """``generic`` nouns belong to armed groups and their ``where`` lists only countries
    (ISO3) and places.yaml keys."""
    place_keys = {p["key"] for p in places}
    with_generic = [o for o in organizations if o.get("generic")]
    assert with_generic, "no organisation declares generic nouns"
    for org in with_generic:
        where = f"organizations[{org['key']}].generic"
        assert org["type"] == "ArmedGroup", f"{where}: only armed groups have generic nouns"
        gen = org["generic"]
        assert gen.get("where"), f"{where}: needs a where list"
        for w in gen["where"]:
            assert is_iso3(w) or w in place_keys, f"{where}: unknown place {w!r}"
        nouns = [n for lang in ("en", "id") for n in gen.get(lang, [])]
        assert nouns and all(n == n.lower() for n in nouns), f"{where}: lower-case nouns"


def test_onsets_name_known_parties_and_are_loaded() -> None:
    from kg.gazetteer import Gazetteer

    rows = yaml.safe_load((GAZETTEER / "onsets.yaml").read_text(encoding="utf-8"))
    gaz = Gazetteer.load(GAZETTEER)
    assert len(gaz.onsets) == len(rows)
    for row, onset in zip(rows, gaz.onsets, strict=True):
        assert onset.actor in gaz.entities and onset.target in gaz.entities
        assert onset.date == row["date"] and set(row["words"]) <= set(LANGS)
    ukraine = next(o for o in gaz.onsets if o.target == "country-ukr")
    assert ukraine.date == dt.date(2022, 2, 24) and "invasion" in ukraine.words["en"]


def test_a_malformed_onset_names_the_file_and_entry(tmp_path: Path) -> None:
    from kg.errors import ResourceError
    from kg.gazetteer import Gazetteer

    (tmp_path / "onsets.yaml").write_text("- actor: country-rus\n  date: someday\n")
    with pytest.raises(ResourceError, match=r"onsets\.yaml entry 1"):
        Gazetteer.load(tmp_path)


def test_memberships_name_known_countries_and_dates() -> None:
    from kg.gazetteer import Gazetteer

    gaz = Gazetteer.load(GAZETTEER)
    assert {"org-nato", "org-eu", "org-brics", "org-opec", "org-asean"} <= set(gaz.members)
    for org, countries in gaz.members.items():
        assert gaz.entities[org].type == "InternationalOrganization", org
        for country in countries:
            assert gaz.entities[country].type == "Country", (org, country)
    # facts: Finland joined NATO on 4 April 2023, Indonesia BRICS on 6 January 2025
    assert not gaz.member_of("country-fin", "org-nato", dt.date(2022, 6, 1))
    assert gaz.member_of("country-fin", "org-nato", dt.date(2023, 4, 4))
    assert gaz.member_of("country-idn", "org-brics", dt.date(2025, 6, 19))
    assert not gaz.member_of("country-rus", "org-nato", dt.date(2025, 6, 19))
    assert gaz.member_of("country-sau", "org-opec", None)


def test_malformed_members_name_the_file_and_entry(tmp_path: Path) -> None:
    from kg.errors import ResourceError
    from kg.gazetteer import Gazetteer

    (tmp_path / "organizations.yaml").write_text(
        "- key: club\n  label: Club\n  type: InternationalOrganization\n"
        "  members: [FIN]\n  members_since: {SWE: 2024-03-07}\n"
    )
    with pytest.raises(ResourceError, match=r"organizations\.yaml entry 1: members_since names"):
        Gazetteer.load(tmp_path)


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses a mapping naming one key twice (PyYAML keeps the last)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[object] = set()
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=deep)
            assert key not in seen, f"line {key_node.start_mark.line + 1}: {key!r} given twice"
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


@pytest.mark.parametrize(
    "path",
    sorted(p for p in (GAZETTEER.parent).rglob("*.yaml")),
    ids=lambda p: str(p.relative_to(GAZETTEER.parent)),
)
def test_data_files_name_no_key_twice(path: Path) -> None:
    """A lost line between two entries merges them silently: the second's fields overwrite
    the first's (an event rule would take another rule's code)."""
    try:
        yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
    except AssertionError as exc:
        raise AssertionError(f"{path.name}: {exc}") from None
