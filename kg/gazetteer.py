"""Gazetteers: countries, organisations, institutions, titles, people and places.

Loaded from ``data/gazetteer/*.yaml`` plus pycountry (ISO 3166 names) and babel
(Indonesian country names). The result is an immutable lookup object; the
extractor never keeps names in code.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import ahocorasick
import yaml

from kg.errors import ResourceError
from kg.model import Entity
from kg.text import claim_spans

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

LANGS = ("en", "id")


def slugify(text: str) -> str:
    """An IRI-safe, lower-case slug.

    Examples
    --------
    >>> slugify("Kementerian Pertahanan Rusia!")
    'kementerian-pertahanan-rusia'
    >>> slugify("Erdoğan")
    'erdogan'
    """
    if text.isascii():
        s = text.lower()  # nothing to decompose and no marks to drop
    else:
        s = unicodedata.normalize("NFKD", text)
        s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = _NOT_SLUG.sub("-", s).strip("-")
    return s or "x"


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


#: A capitalised word and spaces right before the end of the window.
_CAPITAL_WORD_BEFORE = re.compile(r"\b[A-Z]\w*\s+\Z")


@dataclass(frozen=True)
class Alias:
    """A surface form that names an entity."""

    text: str
    key: str
    kind: str = "name"  # name | demonym | government | capital
    lang: str | None = None

    @cached_property
    def exact_case(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return (len(letters) <= 4 and all(c.isupper() for c in letters)) or (
            len(letters) >= 2 and all(c.isupper() for c in letters)
        )

    @cached_property
    def needs_capital(self) -> bool:
        return self.text[:1].isupper()


@dataclass(frozen=True)
class AliasMatch:
    start: int
    end: int
    text: str
    alias: Alias


#: Title kinds of people sent to a country or organisation: "Poland's ambassador to the EU"
#: names the sender (country) and the receiver (organisation); the holder leads neither.
ENVOY_TITLES = frozenset({"ambassador", "permanent_representative", "special_envoy"})
#: Title kinds whose holder leads the organisation named with the title ("Hamas leader",
#: "IAEA Director General", "Wagner chief").
HEAD_TITLES = frozenset(
    {
        "head",
        "leader",
        "secretary_general",
        "general_secretary",
        "director",
        "director_general",
        "commander",
        "commander_in_chief",
        "chairman",
        "high_commissioner",
    }
)


@dataclass(frozen=True)
class TitleSpec:
    kind: str
    title: str
    surfaces: Mapping[str, tuple[str, ...]]
    leads: str | None = None
    rank: bool = False
    #: The holder belongs to the organisation named with the title ("Fox News reporter X").
    member: bool = False
    #: The holder speaks for the organisation named with the title (spokespersonOf).
    speaks: bool = False
    #: The institution kind (institutions.yaml) of the holder's country the holder is a
    #: member of when the title names no body ("Ukrainian MP X" sits in the Verkhovna Rada).
    sits_in: str | None = None


@dataclass(frozen=True)
class InstitutionSpec:
    kind: str
    type: str
    label: str
    surfaces: Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class PositionSpec:
    kind: str
    title: str
    country: str | None = None
    of: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Gazetteer:
    """Immutable name knowledge shared by all articles of a run."""

    entities: Mapping[str, Entity]
    aliases: tuple[Alias, ...]
    titles: tuple[TitleSpec, ...]
    institutions: Mapping[str, InstitutionSpec]
    named_institutions: Mapping[tuple[str, str], str]
    positions: Mapping[str, tuple[PositionSpec, ...]]
    located_in: Mapping[str, str]
    part_of: Mapping[str, str]
    demonyms_en: Mapping[str, str]
    #: Keys of political parties (``party: true`` in organizations.yaml).
    parties: frozenset[str] = frozenset()
    #: Per country, the title kind the press means by "the Russian leader" (``leader`` in
    #: countries.yaml): president, prime minister or supreme leader.
    leader_kinds: Mapping[str, str] = field(default_factory=dict)
    #: Given names (folded, see :func:`_fold`) that open an unknown person's name
    #: (given_names.yaml).
    given_names: frozenset[str] = frozenset()
    #: Bare nouns that name an armed group in an article about its conflict (``generic`` in
    #: organizations.yaml): ``{lang: ((noun, group key, where), ...)}`` where ``where`` holds
    #: the keys of the countries or places one of which the article must name.
    generic_groups: Mapping[str, tuple[tuple[str, str, frozenset[str]], ...]] = field(
        default_factory=dict
    )
    #: Parties by the one-letter code the press writes after a name ("Andy Biggs, R-Ariz.";
    #: ``press_code`` in organizations.yaml).
    party_codes: Mapping[str, str] = field(default_factory=dict)
    #: Onsets of wars (onsets.yaml).
    onsets: tuple[Onset, ...] = ()
    #: Member countries of international organisations (``members`` in organizations.yaml):
    #: ``{organisation key: {country key: the day it joined, or None for a founding or
    #: long-standing member}}``.
    members: Mapping[str, Mapping[str, dt.date | None]] = field(default_factory=dict)
    #: Capitals whose name as an actor means an organisation seated there rather than their
    #: country (``stands_for`` in countries.yaml: "Brussels" is the EU): ``{city: org}``.
    capital_actors: Mapping[str, str] = field(default_factory=dict)
    #: Pairs of wordings of the same words of a post's title (post_wordings.yaml).
    post_wordings: tuple[tuple[str, str], ...] = ()
    _matchers: dict[str, ahocorasick.Automaton] = field(default_factory=dict, repr=False)
    #: ``positions`` by post kind, made when first needed (see ``_holders``).
    _by_kind: dict[str, list[tuple[str, PositionSpec]]] = field(
        default_factory=dict, repr=False, compare=False
    )

    # -- lookups -----------------------------------------------------------
    def entity(self, key: str) -> Entity:
        return self.entities[key]

    def country_key(self, iso3: str) -> str:
        return f"country-{iso3.lower()}"

    def institution_key(self, iso3: str | None, kind: str) -> str | None:
        """The organisation key of ``iso3``'s institution of ``kind``."""
        if iso3 is None or kind not in self.institutions:
            return None
        return self.named_institutions.get((iso3, kind), f"org-{iso3.lower()}-{slugify(kind)}")

    def institution_entity(self, iso3: str, kind: str) -> Entity | None:
        key = self.institution_key(iso3, kind)
        if key is None:
            return None
        if key in self.entities:
            return self.entities[key]
        spec = self.institutions[kind]
        adj = self.demonyms_en.get(iso3) or self.entities[self.country_key(iso3)].label
        return Entity(key, f"{adj} {spec.label}", spec.type, (), iso3)

    def institution_of_key(self, key: str) -> Entity | None:
        """The institution entity a key made by :meth:`institution_key` names (``None`` for
        any other key).

        >>> g = Gazetteer.build([Entity("country-est", "Estonia", "Country", (), "EST")], [],
        ...     institutions={"parliament": InstitutionSpec("parliament", "GovernmentBody",
        ...     "Parliament", {})})
        >>> g.institution_of_key("org-est-parliament").label
        'Estonia Parliament'
        """
        if not key.startswith("org-"):
            return None
        iso3, _, slug = key[4:].partition("-")
        if self.country_key(iso3.upper()) not in self.entities:
            return None
        kind = next((k for k in self.institutions if slugify(k) == slug), None)
        return self.institution_entity(iso3.upper(), kind) if kind else None

    def is_given_name(self, word: str) -> bool:
        """Whether ``word`` is a given name of given_names.yaml (marks and case ignored).

        >>> Gazetteer.build([], [], given_names=["Siergiej"]).is_given_name("SIERGIEJ")
        True
        """
        return _fold(word) in self.given_names

    def given_names_among(self, words: Collection[str]) -> set[str]:
        """The ``words`` that are given names (see :meth:`is_given_name`).

        >>> g = Gazetteer.build([], [], given_names=["Siergiej", "Łukasz"])
        >>> sorted(g.given_names_among({"SIERGIEJ", "Lukasz", "Łukasz", "Jan"}))
        ['Lukasz', 'SIERGIEJ', 'Łukasz']
        """
        # an ASCII word folds by lower-casing alone: the many ASCII words of an article are
        # looked up without a Python-level loop, the others one by one
        plain = list(filter(str.isascii, words))
        names = self.given_names
        found = set(itertools.compress(plain, map(names.__contains__, map(str.lower, plain))))
        found.update(w for w in itertools.filterfalse(str.isascii, words) if _fold(w) in names)
        return found

    def post_aliases(self, title: str, of_key: str | None) -> tuple[str, ...]:
        """Other usual wordings of a post's title: its country's or organisation's name or
        adjective opening it moved behind it, and each pair of post_wordings.yaml it holds
        swapped (either way, but a wording holding the other only ever becomes it).

        >>> g = Gazetteer.build([Entity("country-usa", "United States", "Country", ("US",),
        ...     "USA")], [], post_wordings=[("Adviser", "Advisor")])
        >>> g.post_aliases("US National Security Adviser", "country-usa")
        ('National Security Adviser of United States', 'US National Security Advisor', \
'National Security Advisor of United States')
        """
        forms = [title]
        owner = self.entities.get(of_key) if of_key else None
        owners = [owner] if owner else []
        if owner and owner.type != "Country" and owner.country:
            country = self.entities.get(self.country_key(owner.country))
            owners += [country] if country else []
        for ent in owners:
            # the name itself, its adjective and its abbreviations ("US", "UK"); not other
            # aliases ("White House Press Secretary" is no "Press Secretary of United States")
            names = {ent.label, *(a for a in ent.aliases if a.isupper() and len(a) <= 4)}
            demonym = self.demonyms_en.get(ent.country or "") if ent.type == "Country" else None
            names.update([demonym] if demonym else [])
            opening = next(
                (n for n in sorted(names, key=len, reverse=True) if title.startswith(f"{n} ")),
                None,
            )
            rest = title[len(opening) + 1 :] if opening else ""
            if rest[:1].isupper():
                forms.append(f"{rest} of {ent.label}")
                break
        for a, b in self.post_wordings:
            for form in list(forms):
                for old, new in ((a, b), (b, a)):
                    # a wording inside the other is only ever the shorter form ("Federal
                    # Minister of" is "Minister of", never the other way)
                    if old not in new and re.search(rf"\b{re.escape(old)}\b", form):
                        forms.append(re.sub(rf"\b{re.escape(old)}\b", new, form))
        return tuple(dict.fromkeys(f for f in forms if f != title))

    def holders(self, kind: str, country: str | None, day: dt.date | None) -> list[str]:
        """Keys of people who held a post of ``kind`` for ``country`` on ``day``.

        A country's "leader" with no post of that kind is the holder of its ``leader``
        kind ("the Russian leader" is the President of Russia).
        """
        if kind == "leader" and country is not None and country in self.leader_kinds:
            return self.holders(self.leader_kinds[country], country, day) or self._holders(
                kind, country, day
            )
        return self._holders(kind, country, day)

    def _holders(self, kind: str, country: str | None, day: dt.date | None) -> list[str]:
        # the posts of each kind, in the order of ``positions``, indexed once: scanning every
        # post of every person took a fiftieth of the extraction time of English news
        if not self._by_kind and self.positions:
            by_kind: dict[str, list[tuple[str, PositionSpec]]] = {}
            for person, specs in self.positions.items():
                for p in specs:
                    by_kind.setdefault(p.kind, []).append((person, p))
            self._by_kind.update(by_kind)  # whole, in one step (threads see none or all)
        return [
            person
            for person, p in self._by_kind.get(kind, ())
            if (country is None or p.country == country) and p.valid_on(day)
        ]

    # -- matching ------------------------------------------------------------
    def matcher(self, lang: str) -> ahocorasick.Automaton:
        if lang not in self._matchers:
            auto = ahocorasick.Automaton()
            table: dict[str, list[Alias]] = {}
            for a in self.aliases:
                if a.lang in (None, lang):
                    table.setdefault(_fold(a.text), []).append(a)
            for low, items in table.items():
                auto.add_word(low, (low, tuple(items)))
            auto.make_automaton()
            self._matchers[lang] = auto
        return self._matchers[lang]

    def find(
        self, text: str, lang: str, glue_words: frozenset[str] = frozenset()
    ) -> list[AliasMatch]:
        """Longest, non-overlapping alias matches in ``text``.

        Scraped news often loses the space around link text ("PresidenVladimir
        Putinpada Rabu"). A name still matches when a case change marks the join,
        or when it is followed directly by one of ``glue_words`` (function words
        of the language pack).

        Examples
        --------
        >>> g = Gazetteer.build([Entity("country-rus", "Russia", "Country", ("Rusia",), "RUS")],
        ...                     [Alias("Rusia", "country-rus", lang="id")])
        >>> [(m.text, m.alias.key) for m in g.find("Militer Rusia menyerang", "id")]
        [('Rusia', 'country-rus')]
        """
        folded = _fold(text)
        found: list[AliasMatch] = []
        for end, (low, items) in self.matcher(lang).iter(folded):
            start = end - len(low) + 1
            if start > 0 and folded[start - 1].isalnum() and not case_join(text, start):
                continue
            if (
                end + 1 < len(folded)
                and folded[end + 1].isalnum()
                and not case_join(text, end + 1)
                and not (len(low) >= 4 and _glued_word(folded, end + 1, glue_words))
            ):
                continue
            surface = text[start : end + 1]
            for a in items:
                if a.exact_case and surface != a.text:
                    continue
                if (
                    len(surface) <= 3
                    and surface.isupper()
                    and not a.text.isupper()
                    and _CAPITAL_WORD_BEFORE.search(text, max(0, start - 30), start)
                ):
                    continue  # "Komisi XI", "Louis XI": a numeral after a name, not "Xi"
                if a.needs_capital and not surface[:1].isupper():
                    continue
                found.append(AliasMatch(start, end + 1, surface, a))
                break
        found.sort(key=lambda m: (-(m.end - m.start), m.start))
        keep = claim_spans(((m.start, m.end) for m in found), len(text))
        chosen = [m for m, k in zip(found, keep, strict=True) if k]
        return sorted(chosen, key=lambda m: m.start)

    def title_surfaces(self, lang: str) -> Iterator[tuple[str, TitleSpec]]:
        for t in self.titles:
            for s in t.surfaces.get(lang, ()):
                yield s, t

    def institution_surfaces(self, lang: str) -> Iterator[tuple[str, InstitutionSpec]]:
        for spec in self.institutions.values():
            for s in spec.surfaces.get(lang, ()):
                yield s, spec

    def member_of(self, country: str, org: str, day: dt.date | None) -> bool:
        """Whether ``country`` belongs to the international organisation ``org`` on ``day``
        (a country that joined later is no member before it; with no day, any member)."""
        members = self.members.get(org)
        if members is None or country not in members:
            return False
        joined = members[country]
        return joined is None or day is None or joined <= day

    # -- construction ----------------------------------------------------------
    @classmethod
    def build(
        cls,
        entities: Iterable[Entity],
        aliases: Iterable[Alias],
        titles: Iterable[TitleSpec] = (),
        institutions: Mapping[str, InstitutionSpec] | None = None,
        named_institutions: Mapping[tuple[str, str], str] | None = None,
        positions: Mapping[str, tuple[PositionSpec, ...]] | None = None,
        located_in: Mapping[str, str] | None = None,
        part_of: Mapping[str, str] | None = None,
        demonyms_en: Mapping[str, str] | None = None,
        parties: Iterable[str] = (),
        leader_kinds: Mapping[str, str] | None = None,
        given_names: Iterable[str] = (),
        generic_groups: Mapping[str, Iterable[tuple[str, str, frozenset[str]]]] | None = None,
        party_codes: Mapping[str, str] | None = None,
        onsets: Iterable[Onset] = (),
        members: Mapping[str, Mapping[str, dt.date | None]] | None = None,
        capital_actors: Mapping[str, str] | None = None,
        post_wordings: Iterable[tuple[str, str]] = (),
    ) -> Gazetteer:
        return cls(
            {e.key: e for e in entities},
            tuple(aliases),
            tuple(titles),
            dict(institutions or {}),
            dict(named_institutions or {}),
            dict(positions or {}),
            dict(located_in or {}),
            dict(part_of or {}),
            dict(demonyms_en or {}),
            frozenset(parties),
            dict(leader_kinds or {}),
            frozenset(_fold(n) for n in given_names),
            {lang: tuple(rows) for lang, rows in (generic_groups or {}).items()},
            dict(party_codes or {}),
            tuple(onsets),
            {org: dict(countries) for org, countries in (members or {}).items()},
            dict(capital_actors or {}),
            tuple(post_wordings),
        )

    @classmethod
    def load(cls, folder: Path) -> Gazetteer:
        """Load every gazetteer file of ``folder`` plus pycountry and babel names."""
        return _Loader(folder).load()


def case_join(text: str, i: int) -> bool:
    """A lower-case letter directly followed by a capital at ``i`` ("tertinggiAyatollah")."""
    return text[i - 1].islower() and text[i].isupper()


def _glued_word(folded: str, i: int, words: frozenset[str]) -> bool:
    """``folded[i:]`` starts with one of ``words`` as a whole word."""
    j = i
    while j < len(folded) and folded[j].isalpha():
        j += 1
    return folded[i:j] in words


#: Latin letters with marks and their base letters, one for one, so that names spelled the
#: Polish, Czech, Turkish or Portuguese way ("Ławrow", "Erdoğan", "António") meet the
#: gazetteer's plain spellings without changing any offset.
_MARKS = str.maketrans(
    "ąćęłńóśźżčďěňřšťůžáéíúýàèìòùâêîôûäëïöüãõñçğşı",
    "acelnoszzcdenrstuzaeiuyaeiouaeiouaeiouaoncgsi",
)


#: Any letter ``_MARKS`` changes.
_MARKED = re.compile("[" + "".join(chr(c) for c in _MARKS) + "]")


def _unmark(m: re.Match[str]) -> str:
    return m.group().translate(_MARKS)


def _fold(text: str) -> str:
    """Lower-case ``text`` and drop the marks of Latin letters, keeping its length, so
    offsets stay valid.

    >>> _fold("Siergiej Ławrow, Erdoğan")
    'siergiej lawrow, erdogan'
    """
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    if low.isascii():
        return low  # every letter ``_MARKS`` changes is beyond ASCII
    # ``low.translate(_MARKS)``, which looks up every character: the few marked letters are
    # found by a pattern (much faster over a whole article) and replaced one by one
    return _MARKED.sub(_unmark, low)


def _date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise ResourceError(f"{where}: bad date {value!r}") from exc


def _by_lang(value: Any) -> dict[str | None, tuple[str, ...]]:
    if value is None:
        return {}
    if isinstance(value, dict):
        return {str(k): tuple(str(v) for v in vs or ()) for k, vs in value.items()}
    return {None: tuple(str(v) for v in value)}


@dataclass(frozen=True)
class Onset:
    """The first day of a war between two parties (onsets.yaml) and the trigger words, per
    language, that name it."""

    actor: str
    target: str
    date: dt.date
    words: Mapping[str, frozenset[str]]
    #: Whether a reference naming the actor alone ("Russia's invasion") may be this war.
    bare: bool = True


class _Loader:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.entities: dict[str, Entity] = {}
        self.aliases: list[Alias] = []
        self.located_in: dict[str, str] = {}
        self.part_of: dict[str, str] = {}
        self.parties: set[str] = set()
        self.party_codes: dict[str, str] = {}
        self.demonyms: dict[str, str] = {}
        self.leader_kinds: dict[str, str] = {}
        self.generic_groups: dict[str, list[tuple[str, str, frozenset[str]]]] = {}
        self.members: dict[str, dict[str, dt.date | None]] = {}
        #: capital key -> organisations.yaml key of what its name stands for as an actor
        self.capital_stands_for: dict[str, str] = {}

    def _yaml(self, name: str) -> list[Any]:
        path = self.folder / name
        if not path.exists():
            return []
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or []
        except (OSError, yaml.YAMLError) as exc:
            raise ResourceError(f"{path}: {exc}") from exc
        if not isinstance(data, list):
            raise ResourceError(f"{path}: expected a list of entries")
        return data

    def _add(
        self, entity: Entity, names: Mapping[str | None, Iterable[str]], kind: str = "name"
    ) -> None:
        old = self.entities.get(entity.key)
        all_names = [n for ns in names.values() for n in ns]
        if old is not None:
            merged = tuple(dict.fromkeys((*old.aliases, *all_names)))
            entity = Entity(
                old.key,
                entity.label or old.label,
                entity.type or old.type,
                merged,
                entity.country or old.country,
                entity.wikidata or old.wikidata,
                entity.lat if entity.lat is not None else old.lat,
                entity.lon if entity.lon is not None else old.lon,
            )
        else:
            entity = Entity(
                entity.key,
                entity.label,
                entity.type,
                tuple(dict.fromkeys((*entity.aliases, *all_names))),
                entity.country,
                entity.wikidata,
                entity.lat,
                entity.lon,
            )
        self.entities[entity.key] = entity
        self.aliases.append(Alias(entity.label, entity.key, kind))
        for lang, ns in names.items():
            for n in ns:
                self.aliases.append(Alias(n, entity.key, kind, lang))

    def load(self) -> Gazetteer:
        self._countries()
        institutions = self._institutions()
        named = self._organizations()
        titles = self._titles()
        positions = self._people()
        self._places()
        return Gazetteer.build(
            self.entities.values(),
            self.aliases,
            titles,
            institutions,
            named,
            positions,
            self.located_in,
            self.part_of,
            self.demonyms,
            self.parties,
            self.leader_kinds,
            self._given_names(),
            self.generic_groups,
            self.party_codes,
            self._onsets(),
            self.members,
            self._capital_actors(),
            self._post_wordings(),
        )

    def _post_wordings(self) -> list[tuple[str, str]]:
        pairs = self._listed(
            "post_wordings.yaml",
            "pairs",
            lambda p: (
                isinstance(p, list) and len(p) == 2 and all(isinstance(w, str) and w for w in p)
            ),
            "a list of two-wording pairs",
        )
        return [(a, b) for a, b in pairs]

    def _listed(self, name: str, key: str, valid: Callable[[object], bool], what: str) -> list[Any]:
        """The list under ``key`` of the optional file ``name`` (empty when it is absent),
        each item checked with ``valid``."""
        path = self.folder / name
        if not path.exists():
            return []
        try:
            raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise ResourceError(f"{path}: {exc}") from exc
        items = raw.get(key) if isinstance(raw, dict) else None
        if not isinstance(items, list) or not all(valid(i) for i in items):
            raise ResourceError(f"{path}: expected '{key}:' with {what}")
        return items

    def _capital_actors(self) -> dict[str, str]:
        out = {}
        for city, org in self.capital_stands_for.items():
            key = f"org-{slugify(org)}"
            if key not in self.entities:
                raise ResourceError(f"countries.yaml: {city} stands for unknown organisation {org}")
            out[city] = key
        return out

    def _onsets(self) -> list[Onset]:
        out = []
        for n, row in enumerate(self._yaml("onsets.yaml")):
            try:
                day = row["date"]
                out.append(
                    Onset(
                        str(row["actor"]),
                        str(row["target"]),
                        day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)),
                        {
                            str(lang): frozenset(str(w).lower() for w in ws)
                            for lang, ws in (row.get("words") or {}).items()
                        },
                        bool(row.get("bare", True)),
                    )
                )
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise ResourceError(f"onsets.yaml entry {n + 1}: {exc}") from exc
        return out

    def _given_names(self) -> list[str]:
        return self._listed(
            "given_names.yaml", "names", lambda n: isinstance(n, str), "a list of names"
        )

    def _countries(self) -> None:
        import pycountry
        from babel import Locale

        id_names = Locale.parse("id").territories
        for c in pycountry.countries:
            label = getattr(c, "common_name", None) or c.name
            names: dict[str | None, list[str]] = {"en": [c.name]}
            if getattr(c, "official_name", None):
                names["en"].append(c.official_name)
            if c.alpha_2 in id_names:
                names["id"] = [id_names[c.alpha_2]]
            self._add(
                Entity(f"country-{c.alpha_3.lower()}", label, "Country", (), c.alpha_3), names
            )
        for n, row in enumerate(self._yaml("countries.yaml")):
            where = f"countries.yaml entry {n + 1}"
            try:
                iso3 = str(row["iso3"]).upper()
            except (KeyError, TypeError) as exc:
                raise ResourceError(f"{where}: missing iso3") from exc
            key = f"country-{iso3.lower()}"
            old = self.entities.get(key)
            label = row.get("label") or (old.label if old else iso3)
            self._add(
                Entity(key, label, "Country", (), iso3, row.get("wikidata")),
                _by_lang(row.get("aliases")),
            )
            dem = _by_lang(row.get("demonyms"))
            if dem:
                self._add(
                    Entity(key, label, "Country", (), iso3, row.get("wikidata")), dem, "demonym"
                )
                if dem.get("en"):
                    self.demonyms[iso3] = dem["en"][0]
            if row.get("leader"):
                self.leader_kinds[iso3] = str(row["leader"])
            gov = _by_lang(row.get("government"))
            if gov:
                self._add(
                    Entity(key, label, "Country", (), iso3, row.get("wikidata")), gov, "government"
                )
            cap = row.get("capital")
            if isinstance(cap, dict) and cap.get("label"):
                ckey = f"place-{slugify(cap['label'])}"
                self._add(
                    Entity(
                        ckey,
                        cap["label"],
                        "City",
                        (),
                        iso3,
                        cap.get("wikidata"),
                        cap.get("lat"),
                        cap.get("lon"),
                    ),
                    _by_lang(cap.get("aliases")),
                    "capital",
                )
                self.located_in[ckey] = key
                if cap.get("stands_for"):
                    self.capital_stands_for[ckey] = str(cap["stands_for"])

    def _institutions(self) -> dict[str, InstitutionSpec]:
        out = {}
        for n, row in enumerate(self._yaml("institutions.yaml")):
            try:
                kind = str(row["kind"])
                out[kind] = InstitutionSpec(
                    kind,
                    str(row.get("type", "GovernmentBody")),
                    str(row.get("label", kind.replace("_", " ").title())),
                    {lang: tuple(str(s) for s in row.get(lang) or ()) for lang in LANGS},
                )
            except (KeyError, TypeError) as exc:
                raise ResourceError(f"institutions.yaml entry {n + 1}: {exc}") from exc
        return out

    def _organizations(self) -> dict[tuple[str, str], str]:
        named: dict[tuple[str, str], str] = {}
        for n, row in enumerate(self._yaml("organizations.yaml")):
            try:
                key = f"org-{slugify(str(row['key']))}"
                country = row.get("country")
                self._add(
                    Entity(
                        key,
                        str(row["label"]),
                        str(row.get("type", "Organization")),
                        (),
                        country,
                        row.get("wikidata"),
                    ),
                    _by_lang(row.get("aliases")),
                )
            except (KeyError, TypeError) as exc:
                raise ResourceError(f"organizations.yaml entry {n + 1}: {exc}") from exc
            if row.get("institution") and country:
                named[(str(country), str(row["institution"]))] = key
            if row.get("part_of"):
                self.part_of[key] = f"org-{slugify(str(row['part_of']))}"
            if row.get("party"):
                self.parties.add(key)
                if row.get("press_code"):
                    self.party_codes[str(row["press_code"])] = key
            generic = row.get("generic")
            if generic:
                self._generic(key, generic, n)
            if row.get("members"):
                self.members[key] = self._members(row, n)
        return named

    def _members(self, row: Mapping[str, Any], n: int) -> dict[str, dt.date | None]:
        """``members: [ALB, BEL, ...]`` (ISO3) with ``members_since: {FIN: 2023-04-04}`` for
        those that joined within the period the news covers."""
        since = row.get("members_since") or {}
        codes = row["members"]
        if not isinstance(codes, list) or not isinstance(since, dict):
            raise ResourceError(
                f"organizations.yaml entry {n + 1}: members must be a list of ISO3 codes and "
                "members_since a mapping of them to dates"
            )
        out: dict[str, dt.date | None] = {}
        for code in codes:
            day = since.get(code)
            if day is not None and not isinstance(day, dt.date):
                raise ResourceError(
                    f"organizations.yaml entry {n + 1}: members_since {code}: not a date"
                )
            out[f"country-{str(code).lower()}"] = day
        unknown = set(since) - set(codes)
        if unknown:
            raise ResourceError(
                f"organizations.yaml entry {n + 1}: members_since names non-members {sorted(unknown)}"
            )
        return out

    def _generic(self, key: str, generic: Any, n: int) -> None:
        """``generic: {en: [rebels], id: [pemberontak], where: [UKR, papua]}``: ``where``
        holds ISO3 codes of countries or keys of places.yaml."""
        where_raw = generic.get("where") if isinstance(generic, dict) else None
        if not isinstance(where_raw, list) or not where_raw:
            raise ResourceError(
                f"organizations.yaml entry {n + 1}: generic needs a 'where' list of countries or places"
            )
        where = frozenset(
            f"country-{str(w).lower()}"
            if len(str(w)) == 3 and str(w).isupper()
            else f"place-{slugify(str(w))}"
            for w in where_raw
        )
        for lang in LANGS:
            for noun in generic.get(lang) or ():
                self.generic_groups.setdefault(lang, []).append((str(noun).lower(), key, where))

    def _titles(self) -> list[TitleSpec]:
        out = []
        for n, row in enumerate(self._yaml("titles.yaml")):
            try:
                out.append(
                    TitleSpec(
                        str(row["kind"]),
                        str(row.get("title", row["kind"])),
                        {lang: tuple(str(s) for s in row.get(lang) or ()) for lang in LANGS},
                        row.get("leads"),
                        bool(row.get("rank", False)),
                        bool(row.get("member", False)),
                        bool(row.get("speaks", row["kind"] == "spokesperson")),
                        str(row["sits_in"]) if row.get("sits_in") else None,
                    )
                )
            except (KeyError, TypeError) as exc:
                raise ResourceError(f"titles.yaml entry {n + 1}: {exc}") from exc
        return out

    def _people(self) -> dict[str, tuple[PositionSpec, ...]]:
        positions: dict[str, tuple[PositionSpec, ...]] = {}
        surname_owner: dict[str, list[str]] = {}
        for n, row in enumerate(self._yaml("people.yaml")):
            where = f"people.yaml entry {n + 1}"
            try:
                key = f"person-{slugify(str(row['key']))}"
                label = str(row["label"])
            except (KeyError, TypeError) as exc:
                raise ResourceError(f"{where}: {exc}") from exc
            aliases = tuple(str(a) for a in row.get("aliases") or ())
            self._add(
                Entity(key, label, "Person", (), row.get("country"), row.get("wikidata")),
                {None: aliases},
            )
            surname_owner.setdefault(label.split()[-1], []).append(key)
            specs = []
            for p in row.get("positions") or ():
                specs.append(
                    PositionSpec(
                        str(p.get("kind", "")),
                        str(p.get("title", p.get("kind", ""))),
                        p.get("country"),
                        f"org-{slugify(str(p['of']))}" if p.get("of") else None,
                        _date(p.get("start"), where),
                        _date(p.get("end"), where),
                    )
                )
            positions[key] = tuple(specs)
        # A distinctive surname names its only bearer ("Zelensky", "Netanyahu").
        for surname, owners in surname_owner.items():
            if len(owners) == 1 and len(surname) >= 5 and surname[:1].isupper():
                self.aliases.append(Alias(surname, owners[0], "surname"))
        return positions

    def _places(self) -> None:
        for n, row in enumerate(self._yaml("places.yaml")):
            try:
                key = f"place-{slugify(str(row['key']))}"
                country = row.get("country")
                self._add(
                    Entity(
                        key,
                        str(row["label"]),
                        str(row.get("type", "Place")),
                        (),
                        country,
                        row.get("wikidata"),
                        row.get("lat"),
                        row.get("lon"),
                    ),
                    _by_lang(row.get("aliases")),
                    # "Indiana Pacers", "University of Pennsylvania": a strict name is read
                    # only where it is not part of a longer one (see the mention finder)
                    "strict" if row.get("strict") else "name",
                )
            except (KeyError, TypeError) as exc:
                raise ResourceError(f"places.yaml entry {n + 1}: {exc}") from exc
            if row.get("in"):
                # a facility in its city, a city in its region: finer than the country
                self.located_in[key] = f"place-{slugify(str(row['in']))}"
            elif country:
                self.located_in.setdefault(key, f"country-{str(country).lower()}")
