"""Mention finding and within-article resolution.

Input: a normalised document, its sentences, the gazetteer and a language
pack. Output: :class:`MentionSet` with mentions (spans resolved to entity
keys), the article's entities and positions, titled persons (for relations)
and the spans of modifiers that belong to a title or an institution name and
are therefore not arguments of events.

Rules, in order:
1. gazetteer aliases (countries, demonyms, capitals, organisations, people, places);
2. institution phrases composed with a country ("Kementerian Pertahanan Rusia",
   "Russia's defence ministry");
3. titles before a name ("Menteri Pertahanan AS Lloyd Austin", "US President Joe
   Biden"), and titles without a name resolved to the post holder on the
   publication date ("the Russian president");
4. honorifics and ranks before a capitalised name ("Mr Biden", "Jenderal Wolters");
5. surnames and descriptive references resolved within the article ("Jenderal
   Wolters" is Tod Wolters, "kepala Pentagon" is the person who leads it);
6. named facilities ("Hotline 'deconfliction'") and the publisher's dateline.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import operator
import re
from collections.abc import Callable, Collection, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import ahocorasick
from rapidfuzz import fuzz, process

from kg.gazetteer import (
    ENVOY_TITLES,
    HEAD_TITLES,
    AliasMatch,
    Gazetteer,
    InstitutionSpec,
    PositionSpec,
    TitleSpec,
    case_join,
    slugify,
)
from kg.langpack import LanguagePack
from kg.model import Document, Entity, Mention, Position, Sentence
from kg.text import (
    KeywordScan,
    TextView,
    Token,
    boundary_text,
    claim_spans,
    tokenize,
)

ACTOR_TYPES = frozenset(
    {
        "Person",
        "Organization",
        "GovernmentBody",
        "MilitaryUnit",
        "MediaOrganization",
        "ArmedGroup",
        "InternationalOrganization",
        "Country",
    }
)
PLACE_TYPES = frozenset({"Country", "City", "Region", "Place", "Facility"})
#: Rule of the mentions of bodies known by their name only ("the Center for Eastern Studies").
BODY_NAME_RULE = "body.name"
#: The last word before the end of the window (and the spaces after it).
_LAST_WORD = re.compile(r"(\w+)\s+\Z")
#: One or two capitalised words ending right before a space and the end of the window.
_NAME_BEFORE = re.compile(r"(?P<name>[A-Z][\w'’]+(?:-[A-Z][\w'’]+)*(?:\s+[A-Z][\w'’]+)?)\s+\Z")
#: The rule of a country's mention by its adjective ("Russian", "Polish").
DEMONYM_RULE = "gazetteer.demonym"
_CONNECTORS = frozenset(
    {
        "bin",
        "binti",
        "al",
        "el",
        "de",
        "van",
        "von",
        "der",
        "la",
        "le",
        "ibn",
        "abu",
        "da",
        "dos",
        "del",
    }
)


@dataclass(frozen=True)
class TitledPerson:
    """A person introduced with a post: the source of holdsPosition/leads/memberOf."""

    person: str
    position: str
    title: TitleSpec
    country: str | None
    org: str | None
    sentence: int
    start: int
    end: int
    ranks: tuple[str, ...] = ()
    service: str | None = None
    #: The organisation a lead verb names ("Wolters, who commands US forces in Europe").
    leads_org: str | None = None
    #: Whether the title phrase itself names the country ("the leader of Belarus X"), not the
    #: person's record or the article around it.
    country_stated: bool = False
    #: Whether the organisation is the one the post serves in ("head of intelligence in the
    #: US Department of Defense"): its holder is a member and leads no more than the function.
    serves_in: bool = False


@dataclass
class MentionSet:
    mentions: list[Mention] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    positions: dict[str, Position] = field(default_factory=dict)
    titled: list[TitledPerson] = field(default_factory=list)
    modifiers: set[tuple[int, int]] = field(default_factory=set)
    publisher: str | None = None
    surfaces: dict[str, list[str]] = field(default_factory=dict)
    #: (person key, service institution kind, sentence index) from "Jenderal Angkatan Udara X".
    services: list[tuple[str, str, int]] = field(default_factory=list)
    #: (person key, organisation key, sentence index) from lead verbs.
    leads: list[tuple[str, str, int]] = field(default_factory=list)
    #: (person key, position key, sentence index, organisation led or None): posts the
    #: gazetteer knows a person held on the publication day, for people the article names
    #: without their title.
    known_posts: list[tuple[str, str, int, str | None]] = field(default_factory=list)
    #: (person key, organisation or country key, sentence index): the body a spokesperson
    #: the gazetteer knows on the publication day speaks for, for people named without a
    #: title that says so ("Matthew Miller, a US state department spokesperson").
    known_speakers: list[tuple[str, str, int]] = field(default_factory=list)
    #: (person key, title kind, country ISO3 or None, sentence index) from "former
    #: President X", "the then Chancellor X": a post held before the publication day.
    former: list[tuple[str, str, str | None, int]] = field(default_factory=list)
    #: (unit key, parent organisation key, sentence index): numbered units of an army.
    parts: list[tuple[str, str, int]] = field(default_factory=list)

    def add(self, m: Mention, entity: Entity) -> None:
        self.mentions.append(m)
        if entity.key not in self.entities:
            self.entities[entity.key] = entity
        self.surfaces.setdefault(entity.key, []).append(m.text)

    def covered(self, start: int, end: int) -> bool:
        return any(m.start < end and start < m.end for m in self.mentions)


class MentionFinder:
    """Find and resolve mentions of one language."""

    def __init__(self, gazetteer: Gazetteer, pack: LanguagePack) -> None:
        self.gaz = gazetteer
        self.pack = pack
        self.lang = pack.code
        self._titles = ahocorasick.Automaton()
        table: dict[str, list[TitleSpec]] = {}
        for surface, spec in gazetteer.title_surfaces(self.lang):
            table.setdefault(surface.lower(), []).append(spec)
        for low, specs in table.items():
            self._titles.add_word(low, (low, tuple(specs)))
        self._has_titles = bool(table)
        #: Title specs by kind (kinds are unique in titles.yaml), looked up per article.
        self._title_of = {t.kind: t for t in gazetteer.titles}
        c = pack.cues
        #: Month and weekday names: capitalised words that end no name and open no place.
        self._calendar = frozenset({*c.months, *c.weekdays})
        #: Prepositions of a journey's start or end ("ke Larnaca, Siprus").
        self._route = c.origin | c.destination
        #: One-word facility nouns opening an unknown place's name ("Bandara ...").
        self._facility_heads = frozenset(f.lower() for f in c.facility_nouns if " " not in f)
        #: Words of the citing cues ("dikutip dari Antara, Jakarta" cites, names no place).
        self._citing_words = frozenset(w for cue in c.citing for w in cue.lower().split())
        self._unit_scan = _unit_scan(pack)
        #: "a member of Olive Branch": the capitalised name after a phrase of membership or
        #: service is a body's (tried only where one of the phrases stands), and the
        #: lower-case word after it
        #: Lower-case words that may follow a body's name after a membership phrase ("works
        #: for Memorial in Moscow"); any other one is a noun the name qualifies ("a member of
        #: the Kennedy family").
        self._after_body_words = c.place | c.target | c.origin | c.comitative | c.clause_breaks
        joins = "|".join(re.escape(w) for w in sorted(c.body_connectors, key=len, reverse=True))
        self._member_body = (
            KeywordScan(
                re.compile(
                    rf"(?<![\w])(?i:{'|'.join(re.escape(p) for p in sorted(c.body_openers, key=len, reverse=True))})"
                    rf"\s+(?:(?:{joins})\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+(?:(?:{joins})\s+)?[A-Z][\w'’-]+){{0,5}})"
                    r"(?P<after>\s+[a-z]+)?"
                ),
                c.body_openers,
                whole_words=True,
            )
            if c.body_openers
            else None
        )
        #: An owner word ("of") and a capitalised word: the name of what a noun is of.
        self._owner_after = (
            re.compile(rf"\s+(?:{'|'.join(map(re.escape, c.owner_words))})\s+[A-Z]")
            if c.owner_words
            else None
        )
        #: "the Tula region", "Kursk oblast": a noun of an administrative region (where such
        #: nouns follow the name; the capitalised name before one is read by ``_NAME_BEFORE``)
        self._region_noun = (
            re.compile(
                rf"(?<![\w])(?:{'|'.join(re.escape(p) for p in sorted(c.region_nouns, key=len, reverse=True))})(?![\w])"
            )
            if c.region_nouns
            else None
        )
        #: "the village of Robotyne": a settlement named after its kind (tried only where one
        #: of the phrases stands).
        self._settlement = (
            KeywordScan(
                # the phrase in any case, the name capitalised ("the village of Klishchiivka
                # near Bakhmut" ends before "near")
                re.compile(
                    rf"(?<![\w])(?i:{'|'.join(re.escape(p) for p in sorted(c.settlement_of, key=len, reverse=True))})"
                    r"\s+(?P<name>[A-Z][\w'’]+(?:-[A-Z]?[\w'’]+)*(?:\s+[A-Z][\w'’]+)?)"
                ),
                c.settlement_of,
                whole_words=True,
            )
            if c.settlement_of
            else None
        )
        if table:
            self._titles.make_automaton()
        # bare group nouns of the language (``generic`` in organizations.yaml), one regex
        rows: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for noun, key, where in gazetteer.generic_groups.get(self.lang, ()):
            rows.setdefault(noun, []).append((key, where))
        self._group_rows = {noun: tuple(found) for noun, found in rows.items()}
        self._group_rx = (
            re.compile(
                r"(?<!\w)(?:"
                + "|".join(re.escape(n) for n in sorted(rows, key=len, reverse=True))
                + r")(?!\w)"
            )
            if rows
            else None
        )
        self._inst_by_surface = {
            s.lower(): spec for s, spec in gazetteer.institution_surfaces(self.lang)
        }
        alt = "|".join(
            re.escape(x).replace(r"\ ", r"\s+")
            for x in sorted(self._inst_by_surface, key=len, reverse=True)
        )
        self._inst_rx = re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE) if alt else None
        self._inst_scan = (
            # a surface's first word is whole: white space or the boundary follows it
            KeywordScan(self._inst_rx, self._inst_by_surface, whole_words=True)
            if self._inst_rx is not None
            else None
        )
        # every full name a known person goes by ("Wołodymyr Zelanski" too), with its key: a
        # misspelt name in the text is matched against all of them
        self._people = _NameIndex(
            (k, name)
            for k, e in gazetteer.entities.items()
            if e.type == "Person"
            for name in dict.fromkeys((e.label, *e.aliases))
            if " " in name
        )
        cues = pack.cues
        stops = "|".join(re.escape(w) for w in sorted(cues.apposition_stops, key=len, reverse=True))
        # "X, the defence minister", "X, Ukraine's infrastructure minister", "X, a Fox News
        # correspondent", "X, a Russian foreign ministry spokesperson": a comma, an article,
        # up to three capitalised words and up to two lower-case modifiers before a title,
        # never a word that opens a clause ("X, and the defence minister Y")
        self._apposition_head = re.compile(
            r"(\S)\s*,\s*(?:(?:the|a|an|sang|selaku)\s+)?"
            r"(?:[A-Z][\w.-]*(?:'s|’s|')?\s+){0,3}"
            rf"(?P<low>(?:(?!(?:{stops})\b)[a-z]+\s+){{0,2}})$"
        )
        self._head_of = tuple(
            (head, re.compile(r"(?<!\w)" + re.escape(head) + r"\s+(?:the\s+)?"))
            for head in cues.head_of
        )
        gap = "|".join(
            r"\s+".join(map(re.escape, w.split()))
            for w in sorted(cues.led_by_gap, key=len, reverse=True)
        )
        # between a body and the cue of its leader: a comma or a relative word at most
        self._led_gap = re.compile(rf"[\s,]*(?:(?:{gap})\s*)?" if gap else r"[\s,]*", re.I)
        led = "|".join(re.escape(v) for v in sorted(cues.led_by, key=len, reverse=True))
        self._led_by_rx = re.compile(rf"(?<!\w)(?:{led})\s+$", re.IGNORECASE) if led else None
        lead = "|".join(re.escape(v) for v in sorted(cues.lead_verbs, key=len, reverse=True))
        self._lead_rx = re.compile(rf"(?<!\w)(?:{lead})(?!\w)", re.IGNORECASE) if lead else None
        # a match begins with a whole word: a space or the boundary follows it
        self._lead_scan = (
            KeywordScan(self._lead_rx, cues.lead_verbs, whole_words=True) if self._lead_rx else None
        )
        nouns = "|".join(re.escape(n) for n in sorted(cues.facility_nouns, key=len, reverse=True))
        self._facility_rx = (
            re.compile(
                rf"(?<!\w)(?P<noun>{nouns})\s+(?:'(?P<q1>[^']{{2,40}})'|\"(?P<q2>[^\"]{{2,40}})\")"
                rf"|(?:'(?P<q3>[^']{{2,40}})'|\"(?P<q4>[^\"]{{2,40}})\")\s+(?P<noun2>{nouns})(?!\w)",
                re.IGNORECASE,
            )
            if nouns
            else None
        )
        # a match begins with a whole noun (white space follows it) or with a quote
        self._facility_scan = (
            KeywordScan(self._facility_rx, cues.facility_nouns, whole_words=True, anywhere="'\"")
            if self._facility_rx is not None
            else None
        )
        # "the Knauf factory": an unknown name before a facility noun. Only where the name
        # comes first (English): after the noun, as in Indonesian ("Bandara Ngurah Rai
        # Dibatalkan", "Fasilitas Likuiditas ..."), headline capitals and glued verbs make
        # the name's end unknowable.
        name_rx = r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
        self._named_facility_rx = (
            re.compile(rf"(?<![\w-]){name_rx}\s+(?P<noun>(?i:{nouns}))(?!\w)")
            if nouns and cues.genitive == "before"
            else None
        )
        # where such a name can end: the first word of a noun, whole, after a space in the
        # bounded text of a view (see ``_named_facility_matches``)
        self._facility_words: Any = None
        if self._named_facility_rx is not None and all(
            n.isascii() and boundary_text(n).split() for n in cues.facility_nouns
        ):
            self._facility_words = ahocorasick.Automaton()
            for n in cues.facility_nouns:
                key = f" {boundary_text(n.lower()).split()[0]} "
                self._facility_words.add_word(key, len(key))
            self._facility_words.make_automaton()
        # words that stop a run of name parts: title words, honorifics, capitalised stop words
        self._not_name_parts = frozenset(w for low in table for w in low.split()) | {
            w.lower() for w in (*pack.cues.honorifics, *pack.cues.stop_names)
        }

    # ------------------------------------------------------------------ helpers
    def _sentence_of(self, sentences: list[Sentence], pos: int) -> int:
        """The index of the sentence holding ``pos`` (sentences are in order and do not
        overlap), or -1."""
        k = bisect.bisect_right(sentences, pos, key=_SENTENCE_START) - 1
        if k >= 0 and pos < sentences[k].end:
            return sentences[k].index
        return -1

    def _title_matches(self, text: str) -> list[tuple[int, int, TitleSpec]]:
        if not self._has_titles:
            return []
        low = text.lower()
        found = []
        for end, (word, specs) in self._titles.iter(low):
            start = end - len(word) + 1
            if start > 0 and low[start - 1].isalnum() and not case_join(text, start):
                continue
            if end + 1 < len(low) and low[end + 1].isalnum() and not case_join(text, end + 1):
                continue
            surface = text[start : end + 1]
            letters = [c for c in word if c.isalpha()]
            if len(letters) <= 3 and surface.upper() == surface and surface != surface.lower():
                pass  # all-caps abbreviation (PM) matches as written
            elif (
                len(letters) <= 3
                and surface.upper() != surface
                # "Sen.", "Rep.": abbreviations written with a capital and a point
                and not (word.endswith(".") and surface[:1].isupper())
            ):
                continue
            found.append((start, end + 1, specs[0]))
        found.sort(key=lambda t: (-(t[1] - t[0]), t[0]))
        keep = claim_spans(((t[0], t[1]) for t in found), len(text))
        chosen = [t for t, k in zip(found, keep, strict=True) if k]
        return sorted(chosen)

    def _body_head_after(self, tokens: list[Token], j: int, connectors: bool = False) -> int | None:
        """The index of a body's head noun ("Centre", "Forum") ending up to four capitalised
        words from ``tokens[j]`` on (with ``connectors``, over "and", "for", "of" too:
        "Doctrine and Strategy Consulting"), or ``None``."""
        cues = self.pack.cues
        joins = (cues.body_connectors - _OWNER_CONNECTORS) if connectors else frozenset()
        for k in range(j, min(j + (7 if connectors else 5), len(tokens))):
            t = tokens[k]
            if t.lower in joins and k > j:
                continue
            if not (t.is_cap and t.text.isalpha()):
                return None
            if t.lower in cues.org_heads:
                return k
        return None

    def _place_modifies_body(self, tokens: list[Token], k: int) -> bool:
        """Whether the words from ``tokens[k]`` on are a lower-case body a place before them
        modifies ("Mariupol patrol police", "Kyiv city council"): a noun of an actor, unit,
        or body within the next two lower-case words."""
        cues = self.pack.cues
        nouns = {*cues.actor_nouns, *cues.body_nouns, *cues.unit_nouns, *cues.org_heads}
        for t in tokens[k : k + 2]:
            if not t.text.isalpha() or t.text[:1].isupper():
                return False
            if t.lower in nouns:
                return True
        return False

    def _title_body(
        self,
        text: str,
        tokens: list[Token],
        a: int,
        b: int,
        opener: int | None,
        by_start: Mapping[int, AliasMatch],
        stop: set[str],
        sent: int,
        out: MentionSet,
        claimed: list[tuple[int, int]],
        mods: list[tuple[int, int]],
    ) -> tuple[str | None, Entity | None, tuple[int, int] | None]:
        """The body a title's phrase names at ``tokens[a:b]`` (``opener``: where a country's
        adjective opening its name starts, "the Russian Orthodox Church"), recorded as a
        mention; and the person named right after it, with the span of the name ("Director
        of the Centre for Eastern Studies Jan Nowak"). A kind of institution whose country
        the text left out ("head of the Ministry of Foreign Affairs") is recorded as named;
        a known holder's post says which it is (see :meth:`_appositive_titles`). A name
        that runs on into a known one ("the Security Council of Russia") is left to the
        institutions."""
        cues = self.pack.cues
        heads = [j for j in range(a, b) if tokens[j].lower in cues.org_heads]
        if heads and cues.genitive == "before":
            b = heads[-1] + 1  # "Orthodox Church Patriarch Kirill": modifiers come first

        def runs_on(j: int) -> bool:  # the name goes on at tokens[j] (not over a line break)
            return (
                j < len(tokens)
                and "\n" not in text[tokens[j - 1].end : tokens[j].start]
                and tokens[j].is_cap
                and tokens[j].text.isalpha()
                and tokens[j].text not in stop
                and not self.gaz.is_given_name(tokens[j].text)
                and tokens[j].start not in by_start  # "... Council of Russia": a known name
            )

        # "the Centre for Eastern Studies", "the Foundation for the Defense of Democracies":
        # the name runs on over connectors
        joins = cues.body_connectors
        while True:
            j = b
            while j < len(tokens) and tokens[j].lower in joins:
                j += 1
            if j == b or not runs_on(j):
                break
            b = j + 1
            while runs_on(b):
                b += 1
        if j > b and j < len(tokens) and tokens[j].start in by_start:
            # "the Security Council of Russia", "the President's Office": a known name goes on
            # after the connectors, and the institution it names is read from the whole
            return None, None, None
        lone = b - a == 1  # "President of the Party X": a bare head noun
        ns, ne = tokens[a].start, tokens[b - 1].end
        name = text[ns:ne]
        mods.append((ns, ne))
        if not lone:
            claimed.append((ns, ne))  # no person's name runs into it
        # "the Russian Orthodox Church": a country's adjective is part of the name ("Russia's
        # Foreign Intelligence Service": a possessive is not)
        owned = opener is not None and text[opener:ns].rstrip().endswith(
            tuple(self.pack.cues.possessives)
        )
        label = text[opener:ne] if opener is not None and not owned else name
        body = Entity(f"org-{slugify(label)}", label, "Organization", (name,))
        out.add(Mention(ns, ne, name, body.key, "Organization", "title.body", sent), body)
        if lone or b >= len(tokens):
            return body.key, None, None
        person, span = self._holder_at(text, tokens, b, by_start, stop)
        return body.key, person, span

    def _holder_after_comma(
        self,
        text: str,
        tokens: list[Token],
        k: int,
        by_start: Mapping[int, AliasMatch],
        stop: set[str],
    ) -> tuple[Entity, tuple[int, int], str | None] | None:
        """The holder named after a title's body and a comma ("Ketua Komisi XI DPR RI,
        Mukhamad Misbakhun,", "Kepala Kantor Komunikasi Kepresidenan (PCO), Hasan Nasbi"):
        the body is capitalised words (and a bracketed part) from ``tokens[k]`` up to the
        comma, the name two or more capitalised words no known non-person reads, followed by
        a punctuation mark or a lower-case word. Returns the person, the name's span and the
        known body the words before the comma name (if they name one alone)."""
        j = k
        while j < len(tokens) and j - k <= 10 and tokens[j].text != ",":
            if tokens[j].text == "(":
                close = _bracket_end(tokens, j, 7)
                if close is None:
                    return None
                j = close + 1
                continue
            if not tokens[j].is_cap:
                return None
            j += 1
        if j == k or j >= len(tokens) - 2 or tokens[j].text != ",":
            return None
        span = self._name_at(tokens, j + 1, stop)
        if (
            span is None
            or span[1] - span[0] < 2
            # "..., Kapolri Komjen Pol X": titles and ranks, not a name
            or any(self._titles.exists(t.lower) for t in tokens[span[0] : span[1]])
        ):
            return None
        ns, ne = tokens[span[0]].start, tokens[span[1] - 1].end
        known = by_start.get(ns)
        if (
            known is not None
            and known.end == ne
            and self.gaz.entities[known.alias.key].type == "Person"
        ):
            person: Entity | None = self.gaz.entities[known.alias.key]  # "..., Kirill Dmitriev"
        elif any(ns <= h.start < ne for h in by_start.values()):
            return None
        else:
            person = None
        if (
            span[1] < len(tokens)
            and tokens[span[1]].text[:1].isalnum()
            and not tokens[span[1]].text.islower()
        ):
            return None  # the name runs on into another capitalised word
        # the body is a known one when the words before the comma name it alone ("Ketua DPR
        # RI, X"; "Ketua Komisi XI DPR RI, X" chairs a commission, not the house)
        hit = by_start.get(tokens[k].start)
        body = (
            hit.alias.key
            if hit is not None
            and hit.end == tokens[j - 1].end
            and self.gaz.entities[hit.alias.key].type in ACTOR_TYPES
            and self.gaz.entities[hit.alias.key].type not in ("Person", "Country")
            else None
        )
        name = text[ns:ne]
        if person is None and (name in stop or self._is_known_non_person(name)):
            return None
        return person or self._person_entity(name), (ns, ne), body

    def _holder_at(
        self,
        text: str,
        tokens: list[Token],
        i: int,
        by_start: Mapping[int, AliasMatch],
        stop: set[str],
    ) -> tuple[Entity | None, tuple[int, int] | None]:
        """The person named at ``tokens[i]`` (over one title word or honorific first: "...
        Church Patriarch Kirill"): a known one, or a full name opened by a given name; and
        the span of the name."""
        if i < len(tokens) and tokens[i].text == "(":
            # "Direktur Utama PT Kilang Pertamina Internasional (KPI) Taufik X": the body's
            # acronym in brackets
            close = _bracket_end(tokens, i, 3)
            if close is not None:
                i = close + 1
        if i < len(tokens) and (
            self._titles.exists(tokens[i].lower) or tokens[i].lower in self.pack.cues.honorifics
        ):
            i += 1
        if i >= len(tokens):
            return None, None
        hit = by_start.get(tokens[i].start)
        if hit is not None and self.gaz.entities[hit.alias.key].type == "Person":
            return self.gaz.entities[hit.alias.key], (hit.start, hit.end)
        if self.gaz.is_given_name(tokens[i].text):
            span = self._name_at(tokens, i, stop)
            if span is not None and span[1] - span[0] >= 2:
                ns, ne = tokens[span[0]].start, tokens[span[1] - 1].end
                return self._person_entity(text[ns:ne]), (ns, ne)
        return None, None

    def _held_before(self, person: str, kind: str, day: dt.date | None) -> bool:
        """Whether every post of ``kind`` the gazetteer gives ``person`` ended by ``day``."""
        posts = [p for p in self.gaz.positions.get(person, ()) if p.kind == kind]
        return (
            day is not None
            and bool(posts)
            and all(p.end is not None and p.end <= day for p in posts)
        )

    def _post_word(self, word: str) -> bool:
        """Whether the lower-cased ``word`` alone is a title of a post (not a rank: "General
        Valery Gerasimov" is a name after a rank)."""
        hit = self._titles.get(word, None)
        return hit is not None and not any(spec.rank for spec in hit[1])

    def _name_at(self, tokens: list[Token], i: int, stop: set[str]) -> tuple[int, int] | None:
        """Capitalised name tokens starting at ``tokens[i]``: (i, j) exclusive."""
        j = i
        while j < len(tokens) and j - i < 5:
            t = tokens[j]
            if t.text.isupper() and _ACRONYM.fullmatch(t.text):
                # "Wakil Presiden Eksekutif BYD", "Komisi III DPR": an organisation's name
                return None
            if t.is_cap and t.text[0].isalpha() and (j > i or t.text not in stop):
                j += 1
                continue
            if j > i and t.lower in _CONNECTORS and j + 1 < len(tokens) and tokens[j + 1].is_cap:
                j += 1
                continue
            break
        while j > i and tokens[j - 1].lower in _CONNECTORS:
            j -= 1
        if j == i + 1 and len(tokens[i].text) >= 2 and tokens[i].text.isupper():
            return None  # "Deputi Gubernur BI": a lone acronym names an organisation
        return (i, j) if j > i else None

    def _longer_other_name(self, text: str, start: int, person: Entity) -> bool:
        """Whether the surname at ``start`` ends a longer name of somebody else: "Abdullah
        bin Zayed Al-Nahyan" is not "Mohamed bin Zayed Al Nahyan". The name parts right
        before the surname (capitalised words and particles such as "bin", "al"; title
        words, honorifics, stop words and known non-person names end the run) must be at
        least two and include a capitalised word foreign to the known person's names; a
        single word before it counts too, unless it opens the sentence ("Later Biden said")."""
        own = {
            w.lower() for name in (person.label, *person.aliases) for w in re.split(r"[\s-]+", name)
        }
        parts: list[str] = []
        pos = start
        while len(parts) < 6:
            m = _NAME_PART_BEFORE.search(text, max(0, pos - 40), pos)
            if m is None:
                break
            word = m.group(1)
            low = word.lower()
            if not (word[:1].isupper() or low in _CONNECTORS) or low in self._not_name_parts:
                break
            if word[:1].isupper() and self._is_known_non_person(word):
                break
            parts.append(word)
            pos = m.start()
        foreign = [w for w in parts if w[:1].isupper() and w.lower() not in own | _CONNECTORS]
        if not foreign:
            return False
        if len(parts) >= 2:
            return True
        # one capitalised word before the surname: another given name ("Mohammed Sinwar" is
        # not "Yahya Sinwar") unless it merely opens the sentence ("Later Biden said"); a
        # known given name opening it is one too ("Oleg Ivanov, a minister" is no Timur Ivanov)
        if self.gaz.is_given_name(parts[0]):
            return True
        opening = text[max(0, pos - 3) : pos].strip()
        return pos > 0 and opening[-1:] not in (".", "!", "?", '"', "“", "\n", "")

    def _other_bearer(
        self,
        text: str,
        surname: str,
        person: Entity,
        seen: dict[str, bool],
        hits: Sequence[AliasMatch],
    ) -> bool:
        """Whether the article names somebody else with ``person``'s surname anywhere
        ("Mikhail Belousov ... Belousov denied": the bare surname is not Andrei Belousov's;
        the person's own longer names, "Pope Francis", are no other bearer); ``seen`` keeps
        the answer per surname for the article."""
        if surname not in seen:
            own = [
                (h.start, h.end)
                for h in hits
                if h.alias.key == person.key and h.alias.kind != "surname"
            ]
            # (only a name written right before it on the same line: "TO CAIN AND
            # ABEL\n\nFrancis" names nobody else)
            seen[surname] = any(
                _GIVEN_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None
                and self._longer_other_name(text, m.start(), person)
                for m in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", text)
                if not any(a <= m.start() < b for a, b in own)
            )
        return seen[surname]

    def _is_known_non_person(self, name: str) -> bool:
        return any(
            self.gaz.entities[h.alias.key].type != "Person"
            for h in self.gaz.find(name, self.lang)
            if h.start == 0 and h.end == len(name)
        )

    def _person_entity(self, name: str) -> Entity:
        key = self._people.closest(name, 90)
        if key is not None:
            return self.gaz.entity(key)
        return Entity(f"person-{slugify(name)}", name, "Person", (name,))

    def _position(
        self,
        spec: TitleSpec,
        person: str,
        country: str | None,
        org: str | None,
        day: dt.date | None,
        stated: bool = True,
        found: Mapping[str, Entity] | None = None,
    ) -> Position:
        """The post a title names: the gazetteer's post of that kind on ``day``; for a
        generic title ("chief", "leader") or one whose country/organisation the text does not
        state, the gazetteer's post on that day for that organisation or any; else a post
        composed from the title and its country or organisation (``found``: the bodies the
        article named that the gazetteer does not know)."""
        valid = [p for p in self.gaz.positions.get(person, ()) if p.valid_on(day)]
        same_kind = [
            p
            for p in valid
            if p.kind == spec.kind and (country is None or p.country in (None, country))
        ]
        fallback: list[PositionSpec] = []
        if spec.kind in _GENERIC_TITLES or not stated:
            fallback = [
                p for p in valid if org is None or p.of == org or self._leads_body(p, org)
            ] or ([] if stated else valid)
            # "Chinese leader Xi Jinping": the post of the country the title names before a
            # party's (a stable sort keeps the gazetteer's order otherwise)
            fallback.sort(key=lambda p: country is not None and p.country != country)
        for p in (*same_kind, *fallback):
            of_key = p.of or (self.gaz.country_key(p.country) if p.country else None)
            of_label = self._label(of_key)
            return Position(
                f"position-{slugify(p.title)}", p.title, of_key, of_label, p.start, p.end
            )
        if org in self.gaz.parties and spec.kind in _LEGISLATORS:
            # "MP of the Polish People's Party" sits in his country's legislature; the party
            # is his (memberOf), not the body of the post
            party = self.gaz.entities.get(org)
            org, country = None, country or (party.country if party else None)
        of_key = org or (self.gaz.country_key(country) if country else None)
        of_label = self._label(of_key) or (
            found[of_key].label if found and of_key is not None and of_key in found else None
        )
        title = f"{spec.title} of {of_label}" if of_label else spec.title
        if spec.kind in ENVOY_TITLES and org and country:
            # "Poland's permanent representative to the EU": sent by the country, to the body
            of_key = self.gaz.country_key(country)
            title = f"{spec.title} of {self._label(of_key)} to {self._label(org)}"
        return Position(f"position-{slugify(title)}", title, of_key, of_label)

    def _leads_body(self, post: PositionSpec, org: str) -> bool:
        """Whether ``post`` is the one heading the state institution ``org`` ("the head of
        the German Ministry of Foreign Affairs" is Germany's foreign minister)."""
        title = self._title_of.get(post.kind)
        return bool(
            title
            and title.leads
            and post.country
            and self.gaz.institution_key(post.country, title.leads) == org
        )

    def _coordinated_titles(
        self,
        doc: Document,
        text: str,
        titles: list[tuple[int, int, TitleSpec]],
        out: MentionSet,
    ) -> None:
        """'the deputy prime minister and minister of defence, Władysław Kosiniak-Kamysz':
        a title joined by "and" to the title of a named person is that person's post too."""
        by_start = {tp.start: tp for tp in out.titled}
        for (_s1, e1, spec1), (s2, _e2, _spec2) in itertools.pairwise(titles):
            tp = by_start.get(s2)
            if tp is None or spec1.rank or tp.title.kind == spec1.kind:
                continue
            if text[e1:s2].strip().lower() not in ("and", "dan", "serta", "&"):
                continue
            before = text[max(0, _s1 - 20) : _s1].lower().split()
            if any(w.strip("-") in self.pack.cues.former for w in before[-2:]):
                continue  # "former president and deputy chairman ...": only the second holds
            spec = spec1
            if before and before[-1] in _DEPUTY_WORDS and not spec1.kind.startswith("deputy"):
                spec = replace(
                    spec1, kind=f"deputy_{spec1.kind}", title=f"Deputy {spec1.title}", leads=None
                )
            position = self._position(spec, tp.person, tp.country, None, doc.published)
            out.positions[position.key] = position
            out.titled.append(replace(tp, position=position.key, title=spec, org=None, start=_s1))

    def _coordinated_title_country(
        self, text: str, ts: int, sent: int, out: MentionSet
    ) -> str | None:
        """'the Ukrainian prime minister, Denys Shmyhal, and deputy minister of defence, X':
        a title coordinated with the previous titled person of the sentence shares its
        country."""
        prev = [tp for tp in out.titled if tp.sentence == sent and tp.end <= ts]
        if not prev or prev[-1].country is None:
            return None
        gap = text[prev[-1].end : ts].lower().replace(",", " , ").split()
        if 0 < len(gap) <= 4 and any(w in {"and", "dan", "serta"} for w in gap):
            return prev[-1].country
        return None

    def _label(self, key: str | None) -> str | None:
        if key is None:
            return None
        # an institution the text names by its country ("the Estonian parliament") has no
        # entry of its own
        e = self.gaz.entities.get(key) or self.gaz.institution_of_key(key)
        return e.label if e else None

    # ------------------------------------------------------------------ main
    def find(
        self,
        doc: Document,
        sentences: list[Sentence],
        tokens: list[Token] | None = None,
        view: TextView | None = None,
    ) -> MentionSet:
        """The mentions of ``doc`` (``view``: the :func:`kg.text.text_view` of its text, if
        made)."""
        text = doc.text
        out = MentionSet()
        stop = set(self.pack.cues.stop_names)
        gaz_hits = self.gaz.find(text, self.lang, self.pack.cues.glue_words)
        by_start = _AliasHits(gaz_hits)
        tokens = tokens if tokens is not None else tokenize(text)
        tok_at = dict(zip(map(_START, tokens), itertools.count()))
        titles = self._title_matches(text)
        claimed: list[tuple[int, int]] = []

        # publisher from the dateline
        if doc.dateline:
            s, e = doc.dateline
            src = text[s:e].rstrip(" -:").strip()
            pub_hit = next((m for m in gaz_hits if s <= m.start < e), None)
            if (
                pub_hit is not None
                and self.gaz.entities[pub_hit.alias.key].type == "MediaOrganization"
            ):
                ent = self.gaz.entities[pub_hit.alias.key]
            else:
                name = re.split(r"\s*[,(]", src)[0]
                ent = Entity(f"org-{slugify(name)}", name, "MediaOrganization", (name,))
            if ent.type == "MediaOrganization" or ent.key.startswith("org-"):
                out.publisher = ent.key
                out.add(Mention(s, s + len(src), src, ent.key, ent.type, "dateline", 0), ent)
            claimed.append((s, e))

        # 1-3. titles with their country/organisation and the name that follows
        for ts, te, spec in titles:
            if any(ts < e and s < te for s, e in claimed):
                continue
            self._parse_title(
                doc, text, tokens, tok_at, by_start, ts, te, spec, sentences, out, claimed, stop
            )
        self._coordinated_titles(doc, text, titles, out)

        # 2. institutions composed with a country
        self._institutions(text, tokens, tok_at, by_start, sentences, out, claimed, view)

        # 1. plain gazetteer hits not claimed by a title phrase (the hits never overlap each
        # other, so only the phrases claimed before them can)
        overlaps = _overlap_test(claimed, len(text))
        bearers: dict[str, bool] = {}
        for m in gaz_hits:
            if overlaps(m.start, m.end):
                continue
            if m.text in stop:
                continue
            if (
                m.text.lower() in self.pack.cues.numbers
                and _counts_next(text, m.end)
                and not self._after_preposition(text, m.start)
            ):
                continue  # "Lima warga tewas": the number five, not the capital of Peru
            ent = self.gaz.entities[m.alias.key]
            if m.alias.kind == "surname" and (
                not _name_like(text, m.start)
                or self._longer_other_name(text, m.start, ent)
                or self._other_bearer(text, m.text, ent, bearers, gaz_hits)
            ):
                continue
            if m.alias.kind == "strict" and self._inside_longer_name(text, m.start, m.end):
                continue
            out.add(
                Mention(
                    m.start,
                    m.end,
                    m.text,
                    ent.key,
                    ent.type,
                    f"gazetteer.{m.alias.kind}",
                    self._sentence_of(sentences, m.start),
                ),
                ent,
            )
            claimed.append((m.start, m.end))

        # 3b. numbered military units ("Russia's 58th Army")
        self._military_units(text, sentences, out, gaz_hits, claimed, view)

        # 4. honorifics and ranks before a capitalised name
        self._honorific_names(text, tokens, titles, sentences, out, claimed, stop)
        # 4a. unknown bodies named by a head noun ("the Center for Eastern Studies")
        self._body_names(text, tokens, sentences, out, claimed, stop)
        self._member_bodies(text, sentences, out, claimed, stop, view)
        # 4b. unknown full names next to a reporting verb ("..., Oleksandr Kubrakov said")
        self._speaker_names(text, tokens, sentences, out, claimed, stop)
        # 4b". unknown full names before an occupation in apposition ("X Y, associate fellow
        # at ...")
        self._occupation_names(text, tokens, sentences, out, claimed, stop)
        # 4b'. unknown names followed by an age ("Siti Rukmini (60)", "Maksym Maksymov, 29,")
        self._aged_names(text, tokens, sentences, out, claimed, stop)
        # 4c. unknown full names opened by a known given name ("Juri Ratas", "Oleg Tinkov")
        self._given_name_people(text, tokens, sentences, out, claimed, stop)
        # 5. surnames and descriptive references
        self._surnames(text, tokens, sentences, out, claimed, stop)
        self._descriptive(text, tokens, tok_at, sentences, doc.published, out)
        self._lead_clauses(text, sentences, doc.published, out, view)
        self._led_groups(text, out)
        self._appositive_titles(doc, text, titles, sentences, out, gaz_hits)
        self._outlet_bylines(doc, text, sentences, out, gaz_hits, claimed, stop)
        # 6. named facilities and the closing source credit
        self._facilities(text, tokens, sentences, out, view)
        self._named_facilities(text, sentences, out, stop, view)
        self._source_credit(text, sentences, out)
        self._unknown_places(text, sentences, out, stop)
        self._settlements(text, sentences, out, stop, view)
        self._region_names(text, sentences, out, stop)
        # 7. bare group nouns of the article's conflict ("rebels" in an article on Ukraine)
        self._group_nouns(text, tokens, sentences, out, claimed, stop, view)
        out.mentions.sort(key=lambda m: (m.start, -m.end))
        self._known_posts(doc.published, out)
        self._former_posts(doc.published, out)
        for key, post in out.positions.items():
            out.positions[key] = replace(
                post, aliases=self.gaz.post_aliases(post.title, post.of_key)
            )
        return out

    def _after_preposition(self, text: str, start: int) -> bool:
        """Whether a preposition of place, origin or direction ends right before ``start``
        ("di Lima menuntut": the city)."""
        before = text[max(0, start - 12) : start].split()
        c = self.pack.cues
        return bool(before) and before[-1].lower() in (c.place | c.origin | c.target)

    def _former_posts(self, day: dt.date | None, out: MentionSet) -> None:
        """'former President Viktor Yanukovych', 'the then German Chancellor Angela Merkel':
        the post of that kind the gazetteer dates to a tenure ended by the publication day
        (each tenure its own post, keyed by its first year). Unknown tenures assert nothing."""
        for person, kind, country, sentence in out.former:
            if sentence < 0:
                continue
            for p in self.gaz.positions.get(person, ()):
                if (
                    p.kind != kind
                    or p.end is None
                    or (day is not None and day < p.end)
                    or (country is not None and p.country not in (None, country))
                ):
                    continue
                of_key = p.of or (self.gaz.country_key(p.country) if p.country else None)
                since = p.start or p.end
                position = Position(
                    f"position-{slugify(p.title)}-{since.year}",
                    p.title,
                    of_key,
                    self._label(of_key),
                    p.start,
                    p.end,
                )
                out.positions.setdefault(position.key, position)
                out.known_posts.append((person, position.key, sentence, None))

    def _known_posts(self, day: dt.date | None, out: MentionSet) -> None:
        """People named without a title: the posts the gazetteer dates to the publication
        day ("Donald Trump" in June 2025 is President of the United States). Undated
        articles get none: a post is only asserted for a known day."""
        if day is None:
            return
        # the posts a title in the article gave (the gazetteer's own when the title named no
        # body: "Sergei Lavrov, head of the Ministry of Foreign Affairs"): their bodies only
        titled: dict[str, set[str]] = {}
        for tp in out.titled:
            titled.setdefault(tp.person, set()).add(tp.position)
        first: dict[str, int] = {}
        for m in out.mentions:
            if m.type == "Person" and m.sentence >= 0:
                first.setdefault(m.key, m.sentence)
        for person, sentence in first.items():
            for p in self.gaz.positions.get(person, ()):
                if p.start is None or not p.valid_on(day):
                    continue
                if person in titled and (
                    f"position-{slugify(p.title)}" not in titled[person]
                    # "US Ambassador to the UN X": an envoy leads no mission by the title
                    or p.kind in ENVOY_TITLES
                ):
                    continue
                of_key = p.of or (self.gaz.country_key(p.country) if p.country else None)
                position = Position(
                    f"position-{slugify(p.title)}",
                    p.title,
                    of_key,
                    self._label(of_key),
                    p.start,
                    p.end,
                )
                out.positions.setdefault(position.key, position)
                led = self._title_of[p.kind].leads if p.kind in self._title_of else None
                org = (
                    p.of
                    if p.of and (led or p.kind in HEAD_TITLES)
                    else (self.gaz.institution_key(p.country, led) if led and p.country else None)
                )
                out.known_posts.append((person, position.key, sentence, org))
                if of_key and p.kind in self._title_of and self._title_of[p.kind].speaks:
                    out.known_speakers.append((person, of_key, sentence))

    # ---------------------------------------------------------------- title phrases
    def _parse_title(
        self,
        doc: Document,
        text: str,
        tokens: list[Token],
        tok_at: dict[int, int],
        by_start: _AliasHits,
        ts: int,
        te: int,
        spec: TitleSpec,
        sentences: list[Sentence],
        out: MentionSet,
        claimed: list[tuple[int, int]],
        stop: set[str],
    ) -> None:
        if spec.rank:
            return  # ranks are handled with honorifics
        before = text[max(0, ts - 12) : ts].lower().split()
        if before and before[-1] in _DEPUTY_WORDS and not spec.kind.startswith("deputy"):
            # "deputy minister of defence": a deputy neither holds nor leads the post itself
            spec = replace(
                spec, kind=f"deputy_{spec.kind}", title=f"Deputy {spec.title}", leads=None
            )
        elif (
            before
            and before[-1] in _SUBORDINATE_WORDS
            and not spec.rank
            # "passed under Prime Minister X" is no lower post: "under" only before a secretary
            and (before[-1] != "under" or "secretary" in text[ts:te].lower())
        ):
            # "US Assistant Secretary of State Mallory Stewart", "Under Secretary of Defense":
            # a post below the one the title names, held by nobody the gazetteer knows
            word = _SUBORDINATE_WORDS[before[-1]]
            spec = replace(
                spec,
                kind=f"{word.lower()}_{spec.kind}",
                title=f"{word} {spec.title}",
                leads=None,
            )
        sent = self._sentence_of(sentences, ts)
        country: str | None = None
        org: str | None = None
        mods: list[tuple[int, int]] = []
        ranks: list[str] = []
        country_next = -1  # token index right after a country named after the title
        service: str | None = None
        # English: "US President", "Russian Defence Minister", "Ukraine's President"
        k0 = tok_at.get(ts)
        if k0 is not None:
            # "US President", "Ukraine's President", "Ukraine's Culture Minister": a country
            # or organisation right before the title, over up to two modifier words
            lowered = False  # a lower-case modifier was skipped ("Ukraine's infrastructure")
            for j in range(k0 - 1, max(-1, k0 - 4), -1):
                end = tokens[j].end
                prev = by_start.ending_near(end)
                possessive = prev is not None and text[prev.end : end] in ("'s", "'", "’s", "’")
                gap = text[end : tokens[j + 1].start]
                if "\n" in gap and (
                    "\n\n" in gap
                    or not (possessive or (prev is not None and prev.alias.kind == "demonym"))
                ):
                    # a heading's "... attack on Ukraine" qualifies no title below it (a
                    # line wrapped after "the Ukrainian" or "Ukraine's" still does)
                    break
                if lowered and not possessive:
                    break
                if prev is not None and (prev.end == end or possessive):
                    prev_ent = self.gaz.entities[prev.alias.key]
                    if prev_ent.type == "Country":
                        country = prev_ent.country
                        mods.append((prev.start, prev.end))
                    elif prev_ent.type in ("City", "Region") and spec.kind in _PLACE_TITLES:
                        # "Kharkiv Governor Oleh Synehubov", "Odesa regional governor X"
                        org = prev_ent.key
                        country = prev_ent.country
                        mods.append((prev.start, prev.end))
                    elif prev_ent.type == "Person" and possessive and spec.speaks:
                        # "President Vladimir Putin's spokesman Dmitry Peskov"
                        org = prev_ent.key
                        country = prev_ent.country
                        mods.append((prev.start, prev.end))
                    elif prev.alias.key in self.gaz.parties and spec.kind not in _PARTY_HEADS:
                        break  # "Democratic President Joe Biden": a member, not the post's body
                    elif prev_ent.type in ACTOR_TYPES and prev_ent.type != "Person":
                        # "Nato chief", "Wagner chief": the organisation the post belongs to
                        org = prev_ent.key
                        country = prev_ent.country
                        mods.append((prev.start, prev.end))
                    break
                # modifiers are skipped: capitalised ones ("Culture Minister") always, lower-case
                # ones ("infrastructure minister") only up to a possessive country, never a verb
                if not tokens[j].text.isalpha() or j == k0 - 3:
                    break
                if not tokens[j].text[0].isupper() and tokens[j].lower not in _PLACE_ADJECTIVES:
                    lowered = True
        # after the title: country / organisation / "of" country, ranks, comma, name
        k = _tok_after(tokens, te)
        if (
            self.pack.cues.genitive == "before"  # (a body's name follows its title in Indonesian)
            and 0 < k < len(tokens)
            and tokens[k].start == tokens[k - 1].end + 1
            and tokens[k].is_cap
            and tokens[k].lower in self.pack.cues.org_heads
        ):
            return  # "the Belarus President Administration": the title names a body's kind
        if spec.kind in _PLACE_TITLES and org is None:
            # "Wali Kota Gaza": the place's alias ("Kota Gaza") overlaps the title
            across = next(
                (
                    h
                    for h in by_start.values()
                    if ts < h.start < te < h.end
                    and self.gaz.entities[h.alias.key].type in ("City", "Region")
                ),
                None,
            )
            if across is not None:
                org = across.alias.key
                country = self.gaz.entities[org].country
                mods.append((across.start, across.end))
                k = _tok_after(tokens, across.end)
        guard = 0
        while k < len(tokens) and guard < 8:
            guard += 1
            t = tokens[k]
            if t.lower in ("of", "dari", "the") and k + 1 < len(tokens):
                k += 1
                continue
            if (
                _ROMAN.fullmatch(t.text)
                and k > 0
                and tokens[k - 1].lower in ("komisi", "committee")
            ):
                k += 1  # "Anggota Komisi I DPR": the committee's number
                continue
            if t.lower in ("dari", "from") and org is None and k + 1 < len(tokens):
                nxt = by_start.get(tokens[k + 1].start)
                if nxt is not None and self.gaz.entities[nxt.alias.key].type != "Person":
                    k += 1  # "anggota DPR dari Fraksi PAN": the body or party it is from
                    continue
            if spec.kind in _MINISTER_TITLES and (
                t.lower in self.pack.cues.portfolio_words
                or (
                    t.lower in ("dan", "and", ",")
                    and k + 1 < len(tokens)
                    and tokens[k + 1].lower in self.pack.cues.portfolio_words
                )
            ):
                k += 1  # "Menteri Ketenagakerjaan Yassierli": the portfolio, not the name
                continue
            if t.text == "(":
                # "Kepala Pusat Penerangan (Kapuspen) TNI", "Laksamana Pertama (Laksma)": a
                # short parenthesis (an acronym) inside the title phrase
                close = _bracket_end(tokens, k, 4)
                if close is not None and close > k + 1:
                    k = close + 1
                    continue
            if (
                t.lower in ("to", "untuk", "di")
                and spec.kind in ENVOY_TITLES
                and org is None
                and k + 1 < len(tokens)
            ):
                # "British ambassador to the Russian Federation Nigel Casey": the receiver
                j = k + 1 + (tokens[k + 1].lower == "the")
                hit = by_start.get(tokens[j].start) if j < len(tokens) else None
                rec = self.gaz.entities[hit.alias.key] if hit is not None else None
                if (
                    hit is not None
                    and rec is not None
                    and hit.alias.kind == "capital"
                    and rec.country
                    and self.gaz.country_key(rec.country) in self.gaz.entities
                ):
                    # "the US Ambassador to Moscow": an envoy to a capital is sent to its state
                    rec = self.gaz.entities[self.gaz.country_key(rec.country)]
                if hit is not None and rec is not None and rec.type in ACTOR_TYPES:
                    if rec.type == "Person":
                        break
                    org = rec.key
                    mods.append((hit.start, hit.end))
                    k = _tok_after(tokens, hit.end)
                    continue
            if (
                t.text in ("'s", "’s")
                and country is not None
                and org is None
                and k + 1 < len(tokens)
                and self._institution_at(text, tokens[k + 1].start) is not None
            ):
                k += 1  # "head of Ukraine's National Security and Defense Council"
                continue
            inst = self._institution_at(text, t.start)
            if inst is not None and country is not None and org is None and not ranks:
                # "Ukraine's National Security and Defense Council": the body of that country
                inst_ent = self.gaz.institution_entity(country, inst[1].kind)
                if inst_ent is not None:
                    org = inst_ent.key
                    out.add(
                        Mention(
                            t.start,
                            inst[0],
                            text[t.start : inst[0]],
                            inst_ent.key,
                            inst_ent.type,
                            "title.organization",
                            sent,
                        ),
                        inst_ent,
                    )
                    mods.append((t.start, inst[0]))
                    k = _tok_after(tokens, inst[0])
                    continue
            if org is None and t.text.isalpha() and t.text.islower() and k > 0:
                # "head of the mercenary Wagner group": up to two lower-case words before
                # the organisation the title belongs to
                ahead = next(
                    (
                        j
                        for j in range(k + 1, min(k + 3, len(tokens)))
                        if (h := by_start.get(tokens[j].start)) is not None
                        and self.gaz.entities[h.alias.key].type in ACTOR_TYPES
                        and self.gaz.entities[h.alias.key].type not in ("Person", "Country")
                    ),
                    None,
                )
                if ahead is not None and all(
                    tokens[j].text.isalpha() and tokens[j].text.islower() for j in range(k, ahead)
                ):
                    k = ahead
                    continue
            hit = by_start.get(t.start)
            if hit is not None:
                ent = self.gaz.entities[hit.alias.key]
                if ent.type == "Person":
                    break
                after = _tok_after(tokens, hit.end)
                head = (
                    self._body_head_after(tokens, after)
                    if org is None
                    # "the NATO Strategic Communications Centre", "the Kyiv Security Forum"
                    # (a group's own bodies keep their known posts: "head of the Hamas
                    # Political Bureau")
                    and ent.type in _OPENING_KNOWN_TYPES
                    and self.pack.cues.genitive == "before"
                    # "the Kyiv Military Administration": a known kind of institution is
                    # read as one
                    and after < len(tokens)
                    and self._institution_at(text, tokens[after].start) is None
                    else None
                )
                if head is not None:
                    # "director of the NATO Strategic Communications Centre", "head of the
                    # Kyiv Security Forum": a known name opening an unknown body's name
                    org, _holder, _span = self._title_body(
                        text, tokens, k, head + 1, None, by_start, stop, sent, out, claimed, mods
                    )
                    # past the whole name ("... Centre of Excellence"): its tail is no holder
                    k = _tok_after(tokens, mods[-1][1])
                    continue
                if ent.type == "Country" and country is None:
                    country = ent.country
                    mods.append((hit.start, hit.end))
                    k = _tok_after(tokens, hit.end)
                    country_next = k
                    continue
                if (
                    ent.type in ("City", "Region")
                    and spec.kind == "head"
                    and org is None
                    and (after := _tok_after(tokens, hit.end)) <= len(tokens)
                    and (
                        ent.type == "Region"
                        or hit.text.lower().split()[-1] in _REGION_WORDS
                        or (after < len(tokens) and tokens[after].lower in _REGION_WORDS)
                    )
                ):
                    # "the head of the Kharkiv region / regional military administration":
                    # the region's governor
                    gov = self._title_of.get("governor")
                    if gov is not None:
                        spec = gov
                        org = ent.key
                        country = country or ent.country
                        mods.append((hit.start, hit.end))
                        k = after
                        while k < len(tokens) and tokens[k].lower in _REGION_WORDS:
                            k += 1
                        continue
                if ent.type in ("City", "Region") and spec.kind in _PLACE_TITLES and org is None:
                    # "Mayor of Lviv Andriy Sadovyi", "Gubernur Papua Tengah X"
                    org = ent.key
                    country = country or ent.country
                    mods.append((hit.start, hit.end))
                    k = _tok_after(tokens, hit.end)
                    continue
                if hit.alias.key in self.gaz.parties and spec.kind not in _PARTY_HEADS:
                    # "Politikus PKS Jazuli Juwaini": the party names a member (a relation of
                    # its own), not the body of the post
                    out.add(
                        Mention(
                            hit.start, hit.end, hit.text, ent.key, ent.type, "title.party", sent
                        ),
                        ent,
                    )
                    k = _tok_after(tokens, hit.end)
                    continue
                if (
                    ent.type in ("City", "Region")
                    and org is None
                    and self._place_modifies_body(tokens, _tok_after(tokens, hit.end))
                ):
                    # "chief of the Mariupol patrol police": the place names an unnamed body's
                    # seat, and the post is the body's, not the place's
                    mods.append((hit.start, hit.end))
                    break
                if ent.type in ACTOR_TYPES and ent.type != "Country" and org is None:
                    org = ent.key
                    country = country or ent.country
                    mods.append((hit.start, hit.end))
                    out.add(
                        Mention(
                            hit.start,
                            hit.end,
                            hit.text,
                            ent.key,
                            ent.type,
                            "title.organization",
                            sent,
                        ),
                        ent,
                    )
                    k = _tok_after(tokens, hit.end)
                    continue
            # an institution phrase inside a rank ("Jenderal Angkatan Udara")
            inst = self._institution_at(text, t.start)
            if inst is not None and ranks:
                service = inst[1].kind
                k = _tok_after(tokens, inst[0])
                continue
            rank = next(
                (
                    r
                    for r in self._title_matches(text[t.start : t.start + 40])
                    if r[0] == 0 and r[2].rank
                ),
                None,
            )
            if rank is not None:
                ranks.append(rank[2].kind)
                k = _tok_after(tokens, t.start + rank[1])
                continue
            if t.text == "," and not ranks:
                k += 1
                continue
            break
        person_ent: Entity | None = None
        ns = ne = None
        if k < len(tokens):
            hit = by_start.get(tokens[k].start)
            if hit is not None and self.gaz.entities[hit.alias.key].type == "Person":
                person_ent = self.gaz.entities[hit.alias.key]
                ns, ne = hit.start, hit.end
            elif k and tokens[k - 1].text == "," and self._post_word(tokens[k].lower):
                # "Deputy Chairman of the Assembly, Chairman of the Commission X": another
                # title follows, no name
                span = None
                inner = []
            else:
                span = self._name_at(tokens, k, stop)
                inner = (
                    [
                        h
                        for h in by_start.values()
                        if tokens[span[0]].start < h.start < tokens[span[1] - 1].end
                        and self.gaz.entities[h.alias.key].type == "Person"
                        and h.alias.kind != "surname"
                    ]
                    if span is not None
                    else []
                )
                if inner:
                    # "Ayatullah Ali Khamenei": a known name after an honorific word
                    first = min(inner, key=lambda h: h.start)
                    person_ent = self.gaz.entities[first.alias.key]
                    ns, ne = first.start, first.end
                elif span is not None:
                    a, b = span
                    ns, ne = tokens[a].start, tokens[b - 1].end
                    name = text[ns:ne]
                    if any(
                        self.gaz.entities[h.alias.key].type != "Person"
                        for h in by_start.values()
                        if ns <= h.start < ne
                    ):
                        person_ent = None
                    elif org is None and (
                        set(name.lower().split()) & self.pack.cues.org_heads
                        # "president of Doctrine and Strategy Consulting": the name runs on
                        # over "and" into a body's head noun ("Rep. Michael McCaul of the
                        # Foreign Affairs Committee" is a person's)
                        or (
                            not self.gaz.is_given_name(tokens[a].text)
                            and self._body_head_after(tokens, a, connectors=True) is not None
                        )
                        # "speaker of the House", "leader of the Holos party": a name after
                        # "of the" is the body of the post, not its holder
                        or (
                            a >= 2
                            and tokens[a - 1].lower == "the"
                            and tokens[a - 2].lower in self.pack.cues.owner_words
                        )
                    ):
                        # "director of the Eastern Studies Center": a body not in the
                        # gazetteer, named by its head noun; the post is in it
                        opener = mods[-1][0] if country is not None and country_next == a else None
                        org, person_ent, found = self._title_body(
                            text, tokens, a, b, opener, by_start, stop, sent, out, claimed, mods
                        )
                        ns, ne = found if found is not None else (None, None)
                        if (
                            org is not None
                            and person_ent is not None
                            and out.entities[org].label.lower() in self._inst_by_surface
                            and any(
                                p.valid_on(doc.published)
                                for p in self.gaz.positions.get(person_ent.key, ())
                            )
                        ):
                            # "The head of the Ministry of Foreign Affairs Radosław Sikorski":
                            # a kind of institution whose country the text left out is the
                            # known holder's post
                            org = None
                    elif (
                        name not in stop
                        and not self._is_known_non_person(name)
                        # "Chairman of the EU Military Committee": a body of the organisation
                        # named, no person
                        and not set(name.lower().split()) & self.pack.cues.org_heads
                    ):
                        person_ent = self._person_entity(name)
        if person_ent is None and k < len(tokens):
            # "Ketua Komisi XI DPR RI, Mukhamad Misbakhun,": the post's body, a comma and the
            # holder's full name
            after_comma = self._holder_after_comma(text, tokens, k, by_start, stop)
            if after_comma is not None:
                person_ent, (ns, ne), body = after_comma
                org = org or body
                # the known names before the comma stay mentions ("Komisi XI DPR RI": the
                # house, which the title phrase would claim)
                for h in by_start.values():
                    if (
                        tokens[k].start <= h.start
                        and h.end <= ns
                        and not out.covered(h.start, h.end)
                    ):
                        ent = self.gaz.entities[h.alias.key]
                        out.add(
                            Mention(
                                h.start,
                                h.end,
                                h.text,
                                ent.key,
                                ent.type,
                                "title.organization",
                                sent,
                            ),
                            ent,
                        )
                        mods.append((h.start, h.end))
        # "former President Trump", "mantan Presiden AS": a past post names the person but is
        # no current post (and no title holder to look up)
        opening = min([ts, *(m[0] for m in mods)])
        past = any(
            w.strip("-") in self.pack.cues.former or w in self.pack.cues.former
            for w in re.split(r"[\s-]+", text[max(0, opening - 20) : opening].lower())[-3:]
        )
        # "the chairman of the Russian metals firm Rusal": a noun of a company or body after
        # the country makes the post one in a body not known here, not the country's own
        unknown_body = (
            org is None
            and country_next == k
            and any(
                all(t.text.isalpha() and t.text.islower() for t in tokens[k:j])
                and tokens[j - 1].lower in self.pack.cues.body_nouns
                for j in range(k + 1, min(k + 3, len(tokens)))
            )
        )
        if person_ent is None or ns is None or ne is None:
            named = (
                not past
                and not unknown_body
                and self._title_without_name(doc, text, ts, te, spec, country, org, sent, out, mods)
            )
            # "juru bicara militer Israel mengecam", "the Israeli military spokesman said":
            # nobody holds the title here, and the body or country it names acts (CAMEO codes
            # a spokesperson by their body); after a comma the title is an apposition to the
            # name before it ("Juri Ratas, chairman of the Estonian parliament, said"), whose
            # person acts
            lead = text[max(0, opening - 8) : opening].rstrip()
            appositive = lead.endswith(",") or lead.lower().endswith((", the", ", a"))
            if named or past or unknown_body or appositive:
                claimed.extend(mods)
                out.modifiers.update(mods)
            return
        if past or self._held_before(person_ent.key, spec.kind, doc.published):
            # "di era Presiden Susilo Bambang Yudhoyono" in 2025: a post the gazetteer says
            # its holder left before the publication day is a former one
            out.add(
                Mention(ns, ne, text[ns:ne], person_ent.key, "Person", "title.name", sent),
                person_ent,
            )
            out.former.append((person_ent.key, spec.kind, country, sent))
            claimed.append((ts, ne))
            out.modifiers.update(mods)
            return
        if (
            country is not None
            and person_ent.country
            and person_ent.country != country
            and person_ent.key in self.gaz.entities
            and "," in text[te:ns]
        ):
            # "At his meeting with the new Polish prime minister, Sunak will ...": a known
            # person of another country after a comma is the next clause's subject, not
            # the title's holder ("the Polish leader, Donald Tusk" is)
            claimed.extend(mods)
            out.modifiers.update(mods)
            return
        stated = country is not None or org is not None
        country_stated = country is not None
        if country is None and person_ent.country:
            country = person_ent.country
        if country is None and org is None:
            country = self._coordinated_title_country(text, ts, sent, out)
        position = self._position(
            spec, person_ent.key, country, org, doc.published, stated, out.entities
        )
        out.positions[position.key] = position
        out.add(
            Mention(ns, ne, text[ns:ne], person_ent.key, "Person", "title.name", sent), person_ent
        )
        out.titled.append(
            TitledPerson(
                person_ent.key,
                position.key,
                spec,
                country,
                org,
                sent,
                ts,
                ne,
                tuple(ranks),
                service,
                country_stated=country_stated,
            )
        )
        claimed.append((ts, ne))
        out.modifiers.update(mods)

    def _title_without_name(
        self,
        doc: Document,
        text: str,
        ts: int,
        te: int,
        spec: TitleSpec,
        country: str | None,
        org: str | None,
        sent: int,
        out: MentionSet,
        mods: list[tuple[int, int]],
    ) -> bool:
        """'the Russian president' is the person introduced earlier in the article with that
        post, else the post holder on the publication date. Returns whether a person was
        found."""
        end = max([te, *(e for _, e in mods)])
        if country is None:
            return org is None and self._definite_title(text, ts, end, spec, sent, out)
        earlier = next(
            (
                tp
                for tp in reversed(out.titled)
                if tp.title.kind == spec.kind and tp.country == country and tp.end <= ts
            ),
            None,
        )
        if earlier is not None:
            person = out.entities[earlier.person]
            out.add(
                Mention(
                    ts,
                    end,
                    text[ts:end],
                    person.key,
                    "Person",
                    "coref.title",
                    sent,
                    descriptive=True,
                ),
                person,
            )
            return True
        if spec.speaks or spec.kind in ("minister", "ambassador", "permanent_representative"):
            return False
        holders = self.gaz.holders(spec.kind, country, doc.published)
        if org is not None:
            # "the chairman of Rusal" is not the chairman of another Russian body
            holders = [
                h for h in holders if any(p.of == org for p in self.gaz.positions.get(h, ()))
            ]
        if len(holders) != 1:
            return False
        ent = self.gaz.entities[holders[0]]
        out.add(
            Mention(
                ts, end, text[ts:end], ent.key, "Person", "title.holder", sent, descriptive=True
            ),
            ent,
        )
        return True

    def _definite_title(
        self, text: str, ts: int, end: int, spec: TitleSpec, sent: int, out: MentionSet
    ) -> bool:
        """'"...," the President said': a bare title after a definite article is the one
        person the article gave that title before (none when two had it: "Biden met
        Zelensky ... the president said" is either). Returns whether a person was found."""
        before = text[max(0, ts - 12) : ts].split()
        if not before or before[-1].lower() not in self.pack.cues.definite_titles:
            return False
        # as a clause's subject: a lower-case verb next ("the president visited"), never the
        # title's own phrase ("the president of this country X", "the head of the EC", "the
        # deputy prime minister and minister of defence, X")
        after = re.match(r"\s+([a-z]\w*)", text[end : end + 30])
        cues = self.pack.cues
        if after is None or after.group(1) in cues.body_connectors | cues.list_joiners:
            return False
        people = {tp.person for tp in out.titled if tp.title.kind == spec.kind and tp.end <= ts}
        # a former holder named so counts too ("President Biden" in a 2025 article)
        people.update(p for p, kind, _, n in out.former if kind == spec.kind and n <= sent)
        if len(people) != 1:
            return False
        person = out.entities[people.pop()]
        out.add(
            Mention(
                ts, end, text[ts:end], person.key, "Person", "coref.title", sent, descriptive=True
            ),
            person,
        )
        return True

    # ---------------------------------------------------------------- institutions
    def _institution_at(self, text: str, pos: int) -> tuple[int, InstitutionSpec] | None:
        """The institution phrase that starts exactly at ``pos``: (end, spec)."""
        if self._inst_rx is None:
            return None
        m = self._inst_rx.match(text, pos)
        if m is None:
            return None
        return m.end(), self._inst_by_surface[m.group().lower()]

    def _institutions(
        self,
        text: str,
        tokens: list[Token],
        tok_at: dict[int, int],
        by_start: _AliasHits,
        sentences: list[Sentence],
        out: MentionSet,
        claimed: list[tuple[int, int]],
        view: TextView | None = None,
    ) -> None:
        if self._inst_scan is None:
            return
        for im in self._inst_scan.finditer(text, view=view):
            if any(s <= im.start() < e for s, e in claimed):
                continue
            k = _tok_after(tokens, im.start())
            if k >= len(tokens) or tokens[k].start != im.start():
                continue
            t = tokens[k]
            iend, spec = im.end(), self._inst_by_surface[im.group().lower()]
            spec_kind = spec.kind
            country: str | None = None
            start, end = t.start, iend
            # "Kementerian Pertahanan Rusia", "Ministry of Defence of Ukraine"
            j = _tok_after(tokens, iend)
            if j < len(tokens) and tokens[j].lower in ("of", "dari"):
                j += 1
            hit = by_start.get(tokens[j].start) if j < len(tokens) else None
            if hit is not None and self.gaz.entities[hit.alias.key].type == "Country":
                country = self.gaz.entities[hit.alias.key].country
                end = hit.end
            else:  # "Russia's defence ministry", "the Russian Defence Ministry"
                p = k - 1
                if p >= 0 and tokens[p].text in ("'s", "'"):
                    p -= 1
                if p >= 0:
                    # "China's foreign ministry": the possessive stays on its name's token
                    possessive = tokens[p].text.endswith(("'s", "’s")) and len(tokens[p].text) > 2
                    prev = by_start.by_end.get(tokens[p].end - (2 if possessive else 0))
                    if prev is not None and (
                        self.gaz.entities[prev.alias.key].type == "Country"
                        # "Beijing's foreign ministry": a capital's possessive stands for its
                        # state ("its Kyiv embassy", "Jakarta Kementerian ..." do not)
                        or (possessive and prev.alias.kind == "capital")
                    ):
                        country = self.gaz.entities[prev.alias.key].country
                        start = prev.start
            if country is None or text[iend : iend + 1] == "-":
                continue  # ("Russia's government-operated media": a modifier)
            if any(start < e and s < end for s, e in claimed):
                continue
            ent = self.gaz.institution_entity(country, spec_kind)
            if ent is None:
                continue
            out.add(
                Mention(
                    start,
                    end,
                    text[start:end],
                    ent.key,
                    ent.type,
                    "institution",
                    self._sentence_of(sentences, start),
                ),
                ent,
            )
            claimed.append((start, end))

    # ---------------------------------------------------------------- names by cue
    def _honorific_names(
        self,
        text: str,
        tokens: list[Token],
        titles: list[tuple[int, int, TitleSpec]],
        sentences: list[Sentence],
        out: MentionSet,
        claimed: list[tuple[int, int]],
        stop: set[str],
    ) -> None:
        """Names after an honorific or a rank (``titles``: the title matches of ``text``)."""
        hon = self.pack.cues.honorifics
        ranks = {r[0]: r for r in titles if r[2].rank}
        # Only a rank or an honorific opens a name: those tokens are picked in one pass
        # (``lower.rstrip(".")`` called only on tokens ending in "."), and the loop visits
        # them alone instead of every token of the article.
        dotted = {w for w in set(map(_LOWER, tokens)) if w[-1] == "." and w.rstrip(".") in hon}
        # the few ranks are placed by bisection, not by another pass over the tokens
        at_rank = (_tok_after(tokens, start) for start in ranks)
        opening = sorted(
            {
                *_indices(tokens, hon),
                *(_indices(tokens, dotted) if dotted else ()),
                *(i for i in at_rank if i < len(tokens) and tokens[i].start in ranks),
            }
        )
        k = 0
        for k0 in opening:
            if k0 < k:
                continue  # inside the name found last
            k = k0
            t = tokens[k]
            nxt = k + 1
            if t.start in ranks:
                nxt = _tok_after(tokens, ranks[t.start][1])
            if nxt < len(tokens) and tokens[nxt].text == ".":
                nxt += 1
            span = self._name_at(tokens, nxt, stop) if nxt < len(tokens) else None
            if span is None:
                k += 1
                continue
            a, b = span
            ns, ne = tokens[a].start, tokens[b - 1].end
            inst = None
            if t.start in ranks:
                inst = next(
                    (
                        spec
                        for pos in range(t.start, ranks[t.start][1])
                        if (pos == t.start or not text[pos - 1].isalnum())
                        and (spec := self._institution_at(text, pos)) is not None
                    ),
                    None,
                )
            if any(ns < e and s < ne for s, e in claimed):
                known = next(
                    (m for m in out.mentions if m.start == ns and m.type == "Person"), None
                )
                if known is not None and inst is not None:
                    out.services.append((known.key, inst[1].kind, known.sentence))
                k = b
                continue
            name = text[ns:ne]
            if name.split()[0].lower() in self.pack.cues.org_heads:
                # "ekonom Universitas Andalas ...": the occupation's body, not a person
                k = b
                continue
            ent = self._surname_owner(name, out) or self._person_entity(name)
            if inst is not None:
                out.services.append((ent.key, inst[1].kind, self._sentence_of(sentences, ns)))
            self._add_named(out, claimed, ns, ne, ent, "honorific.name", sentences, text)
            k = b

    def _add_named(
        self,
        out: MentionSet,
        claimed: list[tuple[int, int]],
        ns: int,
        ne: int,
        ent: Entity,
        rule: str,
        sentences: list[Sentence],
        text: str,
    ) -> None:
        """Record the entity (a person, a body, a group) named at ``text[ns:ne]`` and claim
        the span."""
        out.add(
            Mention(ns, ne, text[ns:ne], ent.key, ent.type, rule, self._sentence_of(sentences, ns)),
            ent,
        )
        claimed.append((ns, ne))

    def _group_nouns(
        self,
        text: str,
        tokens: list[Token],
        sentences: list[Sentence],
        out: MentionSet,
        claimed: list[tuple[int, int]],
        stop: set[str],
        view: TextView | None = None,
    ) -> None:
        """'clashes with rebels' in an article that names Ukraine, 'kelompok separatis' in
        one that names a place in Papua: the bare noun is the armed group that
        organizations.yaml ties to those places (``generic``). A noun after a name, a
        possessive or an adjective of another party ("Syrian rebels", "Sudan's rebels") is
        left alone, and so is one in a sentence that names only other countries ("In Sudan,
        rebels attacked ...")."""
        rows = self.gaz.generic_groups.get(self.lang, ())
        if not rows or self._group_rx is None:
            return
        # the article's lower case, shared with the keyword scans when they made it
        low = view.low if view is not None and view.low is not None else text.lower()
        if len(low) != len(text):
            return  # offsets would move
        if not any(noun in low for noun in self._group_rows):
            return  # a match is one of the nouns as written: most articles hold none
        places: dict[int, set[str]] = {}  # per sentence: the places named and their chains
        named: set[str] = set()
        for m in out.mentions:
            if m.type not in PLACE_TYPES:
                continue
            chain = places.setdefault(m.sentence, set())
            key: str | None = m.key
            for _ in range(4):  # a place, the region it lies in, its country
                if key is None or key in chain:
                    break
                chain.add(key)
                key = self.gaz.located_in.get(key)
            ent = self.gaz.entities.get(m.key)
            if ent is not None and ent.country:
                chain.add(self.gaz.country_key(ent.country))
            named |= chain
        if all(where.isdisjoint(named) for _, _, where in rows):
            return
        # the tokens' starts and the mentions' ends before any group is added, made at the
        # first hit that needs them (most articles have none)
        starts: list[int] | None = None
        ends: set[int] = set()
        for hit in self._group_rx.finditer(low):
            for key, where in self._group_rows.get(hit.group(), ()):
                if where.isdisjoint(named) or key not in self.gaz.entities:
                    continue
                ns, ne = hit.start(), hit.end()
                if any(ns < e and s < ne for s, e in claimed):
                    continue
                if starts is None:
                    starts = [t.start for t in tokens]
                    ends = {m.end for m in out.mentions}
                k = bisect.bisect_left(starts, ns)
                prev = tokens[k - 1] if k > 0 else None
                if prev is not None and (
                    (prev.is_cap and prev.text.isalpha() and prev.text not in stop)
                    or prev.end in ends
                    or prev.lower.endswith(("'s", "\u2019s", "'", "\u2019"))
                ):
                    continue
                here = places.get(self._sentence_of(sentences, ns), set())
                if here and where.isdisjoint(here):
                    continue
                self._add_named(
                    out, claimed, ns, ne, self.gaz.entities[key], "generic.group", sentences, text
                )
                break  # one group per phrase

    def _body_names(
        self,
        text: str,
        tokens: list[Token],
        sentences: list[Sentence],
        out: MentionSet,
        claimed: list[tuple[int, int]],
        stop: set[str],
    ) -> None:
        """A run of capitalised words holding a head noun of organisation names (and the
        lower-case connectors of such names inside it) names a body the gazetteer does not
        know: "the Center for Eastern Studies", "Lembaga Ketahanan Nasional". The head
        alone ("the Center"), generic kinds of institution and runs touching a known name
        are left alone."""
        cues = self.pack.cues
        heads, joins = cues.org_heads, cues.body_connectors
        if not heads:
            return
        n = len(tokens)
        found = [k for k in _indices(tokens, heads) if tokens[k].is_cap]
        if not found:
            return
        # the words the article writes in lower case: a capitalised one of them is a common
        # word at a sentence start or in a headline ("Dua Rumah Sakit"), not part of a name
        lower = _lower_words(tokens)

        def word(i: int) -> bool:
            t = tokens[i]
            return (
                t.is_cap
                and t.text.isalpha()
                and t.text not in stop
                and t.lower not in cues.months
                # "Departemen ... Universitas Gadjah Mada Irfan Ardhani": a person after it
                and not self.gaz.is_given_name(t.text)
            )

        demonyms = {m.start for m in out.mentions if m.rule == DEMONYM_RULE}
        # "Kyiv City Council": a known city or region opening the run is read already and
        # stays its own; the body's name starts after it (and its label keeps it)
        places = {m.start: m.end for m in out.mentions if m.type in ("City", "Region")}
        done = 0  # tokens before this are inside a name already read
        for k in found:
            if k < done:
                continue
            a = k
            # "Dua Rumah Sakit": a word the article also writes in lower case opens no name
            while a > 0 and k - a < 4 and word(a - 1) and tokens[a - 1].text.lower() not in lower:
                a -= 1
            while a < k and (
                (self._has_titles and self._titles.exists(tokens[a].lower))
                or tokens[a].lower in cues.occupations
            ):
                a += 1  # "Ketua Komisi III", "Pengamat Lembaga ...": a post or trade first
            # "the Polish Institute of International Affairs": a country's demonym read
            # already stays its own, and the body's name starts after it (a place does not:
            # "St. Petersburg International Economic Forum" is no forum of its own)
            named_from = a  # the body's name keeps the demonym ("Polish Institute of ...")
            while a < k and tokens[a].start in demonyms:
                a += 1
            if a < k and tokens[a].start in places:
                end = places[tokens[a].start]
                while a < k and tokens[a].start < end:
                    a += 1
            if a >= 2 and tokens[a - 1].lower in joins and tokens[a - 2].is_cap:
                continue  # "Terms of Service": the end of a longer name
            b, j = k + 1, k + 1
            while j < n and j - k <= 8:
                if word(j):
                    j += 1
                    b = j
                elif tokens[j].lower in joins and j + 1 < n:
                    j += 1
                else:
                    break
            # "University College London": a known place closing the run stays its own
            named_to = b  # and the body's name keeps it
            while b - 1 > k and any(
                tokens[b - 1].start < e and s < tokens[b - 1].end for s, e in claimed
            ):
                b -= 1
            ns, ne = tokens[a].start, tokens[b - 1].end
            name = text[ns:ne]
            label = text[tokens[named_from].start : tokens[named_to - 1].end]
            if (
                b - a < 2
                # "Rumah Sakit" (where the article also writes "rumah sakit"): a head with one
                # word after it that the article uses in lower case is a common noun
                or (a == k and b - a == 2 and tokens[b - 1].text.lower() in lower)
                # "the Foreign Ministry": a kind of institution whose country the text left out
                or name.lower() in self._inst_by_surface
                or any(ns < e and s < ne for s, e in claimed)
                or out.covered(ns, ne)  # "director of the Centre for ...": read with the title
            ):
                done = b
                continue
            ent = Entity(
                f"org-{slugify(label)}", label, "Organization", tuple(dict.fromkeys((label, name)))
            )
            self._add_named(out, claimed, ns, ne, ent, BODY_NAME_RULE, sentences, text)
            done = b

    def _speaker_names(
        self,
        text: str,
        tokens: list[Token],
        sentences: list[Sentence],
        out: MentionSet,
        claimed: list[tuple[int, int]],
        stop: set[str],
    ) -> None:
        """A run of two to four capitalised words right before "said"/"mengatakan" (also
        between commas: ", Basem Naim, mengatakan") or right after '", said' / '", kata'
        names a person the gazetteer does not know. A single word is left alone (it may be a
        country, a body or a surname resolved elsewhere)."""
        cues = self.pack.cues
        before = cues.reporting_before
        after = {w for w in cues.reporting_after if " " not in w}
        # only a reporting verb opens or closes a name: those tokens are picked in one pass
        said = after | before
        for k in _indices(tokens, said):
            t = tokens[k]
            spans: list[tuple[int, int]] = []
            if (
                t.lower in after
                and k + 1 < len(tokens)
                and k > 0
                and tokens[k - 1].text
                in (
                    ",",
                    '"',
                    "”",
                    "'",
                )
            ):
                span = self._name_at(tokens, k + 1, stop)
                if span is not None:
                    spans.append(span)
            if t.lower in before and k >= 2:
                # "X mengatakan", and between commas ", Basem Naim, mengatakan"
                end = k - 1 if tokens[k - 1].text == "," else k
                j = end
                while (
                    j > 0 and end - j < 4 and tokens[j - 1].is_cap and tokens[j - 1].text.isalpha()
                ):
                    j -= 1
                if j < end and (end == k or (j > 0 and tokens[j - 1].text == ",")):
                    span = self._name_at(tokens, j, stop)
                    if span is not None and span[1] == end:
                        spans.append(span)
            for a, b in spans:
                # "said Republican Michael Turner": a known word opening the run is no name
                while b - a > 2 and self.gaz.find(tokens[a].text, self.lang):
                    a += 1
                if b - a < 2:
                    continue
                ns, ne = tokens[a].start, tokens[b - 1].end
                if any(ns < e and s < ne for s, e in claimed):
                    continue
                name = text[ns:ne]
                if any(w in stop for w in name.split()) or self._is_known_non_person(name):
                    continue
                if any(self.gaz.find(w, self.lang) for w in name.split()):
                    continue  # "Ukrainian President", "Kremlin Spokesman": known words inside
                ent = self._person_entity(name)
                self._add_named(out, claimed, ns, ne, ent, "speaker.name", sentences, text)

    def _occupation_names(
        self,
        text: str,
        tokens: list[Token],
        sentences: list[Sentence],
        out: MentionSet,
        claimed: list[tuple[int, int]],
        stop: set[str],
    ) -> None:
        """A run of two to four capitalised words before a comma and an occupation in
        apposition, three words at most between them ("Natia Seskuria, associate fellow at
        ...", "Marcin Zabodniak, China analyst at ...", "X Y, a historian, said") names a
        person the gazetteer does not know."""
        occupations = self.pack.cues.occupations
        for k in _indices(tokens, occupations):
            # the comma opening the aside: at most three words back, none of them punctuation
            c = next(
                (j for j in range(k - 1, max(-1, k - 5), -1) if not tokens[j].text[:1].isalnum()),
                None,
            )
            if c is None or tokens[c].text != "," or c < 2:
                continue
            j = c
            while j > 0 and c - j < 4 and tokens[j - 1].is_cap and tokens[j - 1].text.isalpha():
                j -= 1
            if j == c or (j > 0 and tokens[j - 1].is_cap):
                continue
            span = self._name_at(tokens, j, stop)
            if span is None or span[1] != c or span[1] - span[0] < 2:
                continue
            ns, ne = tokens[span[0]].start, tokens[span[1] - 1].end
            name = text[ns:ne]
            if not self._unknown_name(name, ns, ne, claimed, stop):
                continue
            ent = self._person_entity(name)
            self._add_named(out, claimed, ns, ne, ent, "occupation.name", sentences, text)

    def _unknown_name(
        self, name: str, ns: int, ne: int, claimed: list[tuple[int, int]], stop: set[str]
    ) -> bool:
        """Whether ``name`` at ``ns:ne`` may name a person nobody listed: unclaimed, with no
        stop word, no known non-person name and no word the gazetteer knows."""
        return not (
            any(ns < e and s < ne for s, e in claimed)
            or any(w in stop for w in name.split())
            or self._is_known_non_person(name)
            or any(self.gaz.find(w, self.lang) for w in name.split())
        )

    def _aged_names(
        self,
        text: str,
        tokens: list[Token],
        sentences: list[Sentence],
        out: MentionSet,
        claimed: list[tuple[int, int]],
        stop: set[str],
    ) -> None:
        """A capitalised name followed by an age of two digits, in brackets ("Siti Rukmini
        (60)", one word will do) or between commas ("Maksym Maksymov, 29,", two words at
        least), is a person the gazetteer does not know. References such as "ayat (1)" have
        one digit."""
        style = self.pack.cues.age_after_name
        if style not in ("brackets", "commas"):
            return
        opener, closer, least = ("(", ")", 1) if style == "brackets" else (",", ",", 2)
        if _AGE_MARKS[style].search(text) is None:
            return  # most articles give no age: one regex search instead of a token walk
        n = len(tokens)
        lower: set[str] | None = None  # the article's lower-case words, made when needed
        for k in range(1, n - 2):
            if not (
                tokens[k].text == opener
                and tokens[k + 2].text == closer
                and len(tokens[k + 1].text) == 2
                and tokens[k + 1].text.isdigit()
            ):
                continue
            j = k
            while j > 0 and k - j < 4 and tokens[j - 1].is_cap and tokens[j - 1].text.isalpha():
                j -= 1
            span = self._name_at(tokens, j, stop) if j < k else None
            if span is None or span[1] != k or span[1] - span[0] < least:
                continue
            a, b = span
            if lower is None:
                lower = _lower_words(tokens)
            while b - a > least and (
                tokens[a].text in stop
                or tokens[a].text.lower() in lower
                or self.gaz.find(tokens[a].text, self.lang)
            ):
                a += 1  # "Termasuk Siti (60)", "Warga Gaza Ahmad (45)": no part of the name
            if any(len(tokens[i].text) < 2 for i in range(a, b)):
                continue  # "N (25)": initials name nobody
            ns, ne = tokens[a].start, tokens[b - 1].end
            name = text[ns:ne]
            if not self._unknown_name(name, ns, ne, claimed, stop):
                continue
            self._add_named(
                out, claimed, ns, ne, self._person_entity(name), "age.name", sentences, text
            )

    def _given_name_people(
        self,
        text: str,
        tokens: list[Token],
        sentences: list[Sentence],
        out: MentionSet,
        claimed: list[tuple[int, int]],
        stop: set[str],
    ) -> None:
        """A known given name followed by one or two capitalised words that the gazetteer
        does not know is a person: "Estonian parliament speaker Juri Ratas said"."""
        # each word of the article is looked up once, then its places are visited in order
        words = list(map(_TEXT, tokens[:-1]))
        given = {
            w for w in self.gaz.given_names_among(set(words)) if w[:1].isupper() and w.isalpha()
        }
        for k in itertools.compress(itertools.count(), map(given.__contains__, words)):
            span = self._name_at(tokens, k, stop)
            if span is None or not 2 <= span[1] - span[0] <= 3:
                continue
            ns, ne = tokens[span[0]].start, tokens[span[1] - 1].end
            if any(ns < e and s < ne for s, e in claimed):
                continue
            name = text[ns:ne]
            if any(w in stop for w in name.split()) or self._is_known_non_person(name):
                continue
            if any(
                self.gaz.entities[h.alias.key].type != "Person"
                for w in name.split()[1:]
                for h in self.gaz.find(w, self.lang)
            ):
                continue  # "Donald Washington": a known place or body is no surname
            ent = self._surname_owner(name, out) or self._person_entity(name)
            self._add_named(out, claimed, ns, ne, ent, "given.name", sentences, text)

    def _unknown_name_before(
        self, text: str, end: int, sentences: list[Sentence], out: MentionSet
    ) -> Mention | None:
        """'Scott Berrier, head of ...': two to four capitalised words right before the comma
        of an appositive title name a person nobody listed."""
        m = _NAME_RUN_BEFORE.search(text, max(0, end - 60), end)
        if m is None or out.covered(m.start(1), m.end(1)):
            return None
        stop = {w.lower() for w in self.pack.cues.stop_names}
        parts = list(re.finditer(r"\S+", m.group(1)))
        stripped = False
        while parts and parts[0].group().lower() in stop:
            parts = parts[1:]  # "On Thursday Wang Wenbin, a spokesman ...": the name after them
            stripped = True
        if len(parts) < 2:
            return None
        if stripped and not _ARTICLE_AFTER_COMMA.match(text, end):
            return None  # "In World War II, Soviet leader X": no apposition of a name
        start = m.start(1) + parts[0].start()
        name = text[start : m.end(1)]
        words = name.split()
        if any(w.lower() in stop for w in words) or any(self.gaz.find(w, self.lang) for w in words):
            return None
        ent = self._person_entity(name)
        mention = Mention(
            start,
            m.end(1),
            name,
            ent.key,
            "Person",
            "apposition.name",
            self._sentence_of(sentences, start),
        )
        out.add(mention, ent)
        return mention

    def _unit_owner(self, text: str, end: int, gaz_hits: list[AliasMatch]) -> Entity | None:
        """The country or force named right after a numbered unit over a parent marker ("of
        the"), if any."""
        markers = self.pack.cues.unit_parent_markers
        after = [h for h in gaz_hits if h.start > end]
        if not markers or not after:
            return None
        h = min(after, key=lambda h: h.start)
        if " ".join(text[end : h.start].lower().split()) not in markers:
            return None
        ent = self.gaz.entities[h.alias.key]
        return ent if ent.type in ("Country", "MilitaryUnit") and ent.country else None

    def _unknown_places(
        self, text: str, sentences: list[Sentence], out: MentionSet, stop: set[str]
    ) -> None:
        """'near Dzhankoi in Crimea', 'di Omukia, Kabupaten Puncak': a capitalised name after
        a place preposition and right before a known place is a place inside it."""
        preps = self.pack.cues.place
        # "flew to Tampa, Florida", "berlayar ke Larnaca, Siprus": a journey's end or start
        # names a place only where its own place follows after a comma
        route = self._route
        known = [
            m
            for m in out.mentions
            if m.type in ("City", "Region", "Country")
            and m.start > 0
            and not m.rule.endswith("demonym")  # "In March, Russian oil firm ...": no place
        ]
        calendar = self._calendar
        heads = self.pack.cues.place_heads
        # "Bandara Internasional Newark Liberty di New Jersey": a facility noun opening the
        # name (its end is where the known place's marker begins)
        facilities = self._facility_heads
        citing = self._citing_words
        for b in known:
            if not _may_end_unknown_place(text[max(0, b.start - 60) : b.start]):
                continue
            m = _UNKNOWN_PLACE_BEFORE.search(text, max(0, b.start - 60), b.start)
            if m is None:
                continue
            prep, name = m.group("prep"), m.group("name")
            ns, ne = m.start("name"), m.end("name")
            side = m.group("side")
            if side and not (
                " ".join(side.split()) in self.pack.cues.compass
                or set(side.split()) <= self.pack.cues.compass
            ):
                continue  # "di Lavizan, timur laut Teheran": only words of direction between
            words = name.split()
            if len(words) == 4 and words[0].lower() not in facilities:
                # four words only after a facility noun: "di Kecamatan Batang Anai Kabupaten
                # Padang Pariaman" names the regency in its last three
                prep, name = words[0], " ".join(words[1:])
                ns = ne - len(name)
            before = text[max(0, m.start() - 25) : m.start()].lower().split()[-2:]
            # "near Dzhankoi in Crimea", "kota Azor di Israel", "dan Desa Kalash di Iran"
            if not (
                prep.lower() in preps
                or (
                    prep.lower() in route
                    and m.group().rstrip().endswith(",")
                    and not _POSSESSIVE_AFTER.match(text, b.end)
                    and not self._listed_next(text, b, known)
                    # "from Primorsko-Akhtarsk, Ukraine said": the place ends its phrase
                    and _PHRASE_END.match(text, b.end)
                    # "dikutip dari Antara, Jakarta": a source cited, not a place
                    and citing.isdisjoint(before)
                )
                or prep.lower() in heads
                or name.split()[0].lower() in heads | facilities
                or (
                    prep.lower() == "of"  # "the town of Novofedorivka in Crimea"
                    and (before or [""])[-1] in heads
                )
            ):
                continue
            if (
                out.covered(ns, ne)
                or any(w in stop or w.lower() in calendar for w in name.split())
                or any(self.gaz.find(w, self.lang) for w in name.split())
            ):
                continue
            inner = out.entities.get(b.key) or self.gaz.entities.get(b.key)
            kind = "Facility" if name.split()[0].lower() in facilities else "Place"
            ent = Entity(
                f"place-{slugify(name)}", name, kind, (name,), inner.country if inner else None
            )
            out.add(
                Mention(
                    ns,
                    ne,
                    name,
                    ent.key,
                    kind,
                    "place.unknown",
                    self._sentence_of(sentences, ns),
                ),
                ent,
            )

    def _member_bodies(
        self,
        text: str,
        sentences: list[Sentence],
        out: MentionSet,
        claimed: list[tuple[int, int]],
        stop: set[str],
        view: TextView | None = None,
    ) -> None:
        """'a member of Olive Branch', 'works for Memorial': the capitalised name right after
        a phrase of membership or service names a body when nothing read it before (a known
        place or person stays what it is; a name running on past a month, a weekday or a
        sentence's stop word ends before it). A name a given name opens ("works for Oleksandr
        Petrenko"), a kind of institution ("a member of Parliament for Tonbridge") and a name
        before a noun it qualifies ("a member of the Kennedy family") name no body."""
        if self._member_body is None:
            return
        free = self._after_body_words
        for m in self._member_body.finditer(text, view=view):
            ns = m.start("name")
            words = m.group("name").split()
            keep = 0
            for k, w in enumerate(words):
                if w in stop or w.lower() in self._calendar:
                    break
                if w[:1].isupper():
                    keep = k + 1
            if keep == 0:
                continue
            name = " ".join(words[:keep])
            ne = ns + len(name)
            if text[ns:ne] != name or out.covered(ns, ne):
                continue  # the name ran over a line break, or is read already
            after = m.group("after")
            if (
                any(ns < e and s < ne for s, e in claimed)
                # "a member of Parliament (for Tonbridge)": a kind of institution whose
                # country is left out
                or name.lower() in self._inst_by_surface
                or words[0].lower() in self._inst_by_surface
                # "works for Oleksandr Petrenko": a person
                or self.gaz.is_given_name(words[0])
                or (keep == len(words) and after is not None and after.strip() not in free)
            ):
                continue
            ent = Entity(f"org-{slugify(name)}", name, "Organization", (name,))
            self._add_named(out, claimed, ns, ne, ent, "member.body", sentences, text)

    def _region_names(
        self,
        text: str,
        sentences: list[Sentence],
        out: MentionSet,
        stop: set[str],
    ) -> None:
        """'Russia's Tula region', 'the Kursk oblast': a capitalised name nothing else read,
        right before a noun of an administrative region, names a region; a country's
        possessive or adjective right before it says whose."""
        if self._region_noun is None:
            return
        for noun in self._region_noun.finditer(text):
            m = _NAME_BEFORE.search(text, max(0, noun.start() - 60), noun.start())
            if m is None:
                continue
            name = re.split(r"['’]s\s+", m.group("name"))[-1]  # "Russia's Tula": "Tula"
            first, _, rest = name.partition(" ")
            if rest and self.gaz.find(first, self.lang):
                name = rest  # "the Russian Tula region"
            ns, ne = m.end("name") - len(name), noun.end()
            if (
                out.covered(ns, ne)
                or any(w in stop or w.lower() in self._calendar for w in name.split())
                or self.gaz.find(name, self.lang)
                # "the Eastern Siberian region of Buryatia": the region's name is after it
                or (self._owner_after is not None and self._owner_after.match(text, ne))
            ):
                continue
            owner = next(
                (
                    x
                    for x in out.mentions
                    if x.type == "Country"
                    and x.end <= ns
                    and re.fullmatch(r"(?:'s|’s)?\s+", text[x.end : ns])
                ),
                None,
            )
            country = self.gaz.entities[owner.key].country if owner is not None else None
            label = text[ns:ne]
            ent = Entity(f"place-{slugify(label)}", label, "Region", (label,), country)
            out.add(
                Mention(
                    ns,
                    ne,
                    label,
                    ent.key,
                    "Region",
                    "place.region",
                    self._sentence_of(sentences, ns),
                ),
                ent,
            )

    def _settlements(
        self,
        text: str,
        sentences: list[Sentence],
        out: MentionSet,
        stop: set[str],
        view: TextView | None = None,
    ) -> None:
        """'the village of Robotyne', 'the town of Soledar': the capitalised name after a
        phrase naming a settlement is a place (of no known country) when nothing else claimed
        it."""
        if self._settlement is None:
            return
        for m in self._settlement.finditer(text, view=view):
            name = m.group("name")
            ns, ne = m.start("name"), m.end("name")
            if out.covered(ns, ne):
                continue
            if any(w in stop or w.lower() in self._calendar for w in name.split()):
                continue
            before = _LAST_WORD.search(text, max(0, m.start() - 40), m.start())
            if (
                before is not None
                and m.group()[:1].isupper()
                and out.covered(before.start(1), before.end(1))
            ):
                continue  # "Jakarta Kota Global": the kind inside a longer, known name
            ent = Entity(f"place-{slugify(name)}", name, "Place", (name,))
            out.add(
                Mention(
                    ns,
                    ne,
                    name,
                    ent.key,
                    "Place",
                    "place.settlement",
                    self._sentence_of(sentences, ns),
                ),
                ent,
            )

    def _inside_longer_name(self, text: str, start: int, end: int) -> bool:
        """Whether a name runs on into a longer capitalised one ("Indiana Pacers", "West Texas
        Intermediate", "University of Pennsylvania"): a capitalised word right after it (not
        a month or weekday) or a capitalised word and "of" right before it."""
        calendar = self._calendar
        after = _NEXT_WORD.match(text, end)
        if after and after.group(1)[:1].isupper() and after.group(1).lower() not in calendar:
            return True
        return bool(_CAPITAL_OF_BEFORE.search(text, max(0, start - 40), start))

    def _listed_next(self, text: str, b: Mention, places: list[Mention]) -> bool:
        """Whether another place follows ``b`` in a list ("dari Bogor, Depok dan Bekasi"):
        then ``b`` is no place around the name before it (a comma alone goes up a
        hierarchy: "ke Ilaga, Kabupaten Puncak, Papua Tengah")."""
        nxt = next((m for m in places if m.start > b.end), None)
        return nxt is not None and joins_list(text[b.end : nxt.start], self.pack.cues.list_joiners)

    def _surname_owner(self, name: str, out: MentionSet) -> Entity | None:
        """The person of the article whose label or one of whose full-name aliases ends in
        ``name`` ("Ms Tikhanovskaya" is Sviatlana Tsikhanouskaya, named "Svetlana
        Tikhanovskaya" too)."""
        if " " in name:
            return None
        for ent in out.entities.values():
            if ent.type == "Person" and any(
                " " in n and n.split()[-1] == name for n in (ent.label, *ent.aliases)
            ):
                return ent
        return None

    def _surnames(
        self,
        text: str,
        tokens: list[Token],
        sentences: list[Sentence],
        out: MentionSet,
        claimed: list[tuple[int, int]],
        stop: set[str],
    ) -> None:
        owners: dict[str, str] = {}
        for key, ent in out.entities.items():
            if ent.type != "Person":
                continue
            # the label's surname, and that of each spelling the text used ("Sergei
            # Riabkow", linked to Ryabkov, is "Riabkow" later on)
            for name in (ent.label, *out.surfaces.get(key, ())):
                if len(name.split()) >= 2:
                    owners.setdefault(name.split()[-1], key)
        if not owners:
            return
        # the spans claimed so far: those added below are tokens, which overlap no other
        overlaps = _overlap_test(claimed, len(text))
        for k in _indices(tokens, owners, _TEXT):
            t = tokens[k]
            owner = owners[t.text]
            if t.text in stop or overlaps(t.start, t.end):
                continue
            ent = out.entities[owner]
            out.add(
                Mention(
                    t.start,
                    t.end,
                    t.text,
                    owner,
                    "Person",
                    "coref.surname",
                    self._sentence_of(sentences, t.start),
                ),
                ent,
            )
            claimed.append((t.start, t.end))

    def _descriptive(
        self,
        text: str,
        tokens: list[Token],
        tok_at: dict[int, int],
        sentences: list[Sentence],
        day: dt.date | None,
        out: MentionSet,
    ) -> None:
        """'kepala Pentagon', 'head of the Pentagon': the person leading that body."""
        if not self._head_of:
            return
        orgs = {m.start: m for m in out.mentions if m.type not in ("Person", "Country")}
        low = text.lower()
        for head, rx in self._head_of:
            if head not in low:
                continue
            for m in rx.finditer(low):
                org = orgs.get(m.end())
                if org is None:
                    continue
                person = self._leader_of(org.key, out, day)
                if person is None:
                    continue
                out.add(
                    Mention(
                        m.start(),
                        org.end,
                        text[m.start() : org.end],
                        person.key,
                        "Person",
                        "coref.head_of",
                        self._sentence_of(sentences, m.start()),
                        descriptive=True,
                    ),
                    person,
                )

    def _leader_of(self, org_key: str, out: MentionSet, day: dt.date | None) -> Entity | None:
        org = out.entities.get(org_key) or self.gaz.entities.get(org_key)
        if org is None:
            return None
        for tp in out.titled:
            if (
                tp.title.leads
                and org.country
                and self.gaz.institution_key(tp.country, tp.title.leads) == org_key
            ):
                return out.entities[tp.person]
        kinds = [k for (iso, k), key in self.gaz.named_institutions.items() if key == org_key]
        for kind in kinds:
            for t in self.gaz.titles:
                if t.leads == kind:
                    holders = self.gaz.holders(t.kind, org.country, day)
                    if len(holders) == 1:
                        return self.gaz.entities[holders[0]]
        return None

    def _appositive_titles(
        self,
        doc: Document,
        text: str,
        titles: list[tuple[int, int, TitleSpec]],
        sentences: list[Sentence],
        out: MentionSet,
        gaz_hits: list[AliasMatch],
    ) -> None:
        """ "Ned Price, spokesman for the State Department", "Sergei Shoigu, the defence
        minister": a title in apposition after a person's name."""
        people = {m.end: m for m in out.mentions if m.type == "Person"}
        others = sorted((m for m in out.mentions if m.type != "Person"), key=lambda m: m.start)
        for ts, te, spec in titles:
            if spec.rank:
                continue
            # "X, the defence minister", "X, Ukraine's infrastructure minister", "X, a Fox
            # News correspondent": a comma, an article, a country or outlet, one modifier
            head = self._apposition_head.search(text[max(0, ts - 60) : ts])
            if head is None or (
                re.match(r"\s+[A-Z]", text[te : te + 2]) and len(head.group("low").split()) == 2
            ):
                # "..., menyebabkan Raja Ampat": a title after two lower-case words, before a
                # capitalised word, is no apposition but the start of a name ("Lavrov, though
                # the prime minister Abiy Ahmed" opens a clause: no head at all)
                continue
            name_end = max(0, ts - 60) + head.start(1) + 1
            person = people.get(name_end) or self._unknown_name_before(
                text, name_end, sentences, out
            )
            if person is not None:
                people[person.end] = person
            if person is None or any(
                tp.person == person.key and tp.sentence == person.sentence for tp in out.titled
            ):
                continue
            country: str | None = None
            org: str | None = None
            # "the Russian defence minister": a country between the comma and the title
            before = [m for m in others if name_end < m.start and m.end <= ts]
            if any(
                tp.start <= ts < tp.end
                and tp.person != person.key
                and tp.person in self.gaz.entities
                for tp in out.titled
            ):
                continue  # "met Zelensky, US President Joe Biden said": Biden's title
            # "X, Ukraine's infrastructure minister", "X, a Wall Street Journal reporter": the
            # modifier may be claimed by the title already, so the gazetteer hits are read
            between = [
                self.gaz.entities[h.alias.key]
                for h in gaz_hits
                if name_end < h.start
                and h.end <= ts
                and self.gaz.entities[h.alias.key].type in ACTOR_TYPES
                and self.gaz.entities[h.alias.key].type != "Person"
            ]
            if between and between[-1].type == "Country":
                country = between[-1].country
            elif between and between[-1].key not in self.gaz.parties:
                org, country = between[-1].key, between[-1].country
            elif before and before[-1].type == "Country":
                country = (
                    self.gaz.entities[before[-1].key].country
                    if before[-1].key in self.gaz.entities
                    else None
                )
            elif (
                before
                and before[-1].type in ACTOR_TYPES
                and before[-1].type != "Person"
                and before[-1].key not in self.gaz.parties
            ):
                ent = out.entities.get(before[-1].key) or self.gaz.entities.get(before[-1].key)
                if ent is not None:  # "X, a Fox News correspondent"
                    org, country = ent.key, ent.country
            after = next((m for m in others if te <= m.start <= te + 40), None)
            opens = after.start if after is not None else te  # where the post's body opens
            known_post = False
            if after is not None and after.type == "Country":
                # "a spokesman for the Russian Orthodox Church": the body a country's
                # adjective opens is the post's
                body = next((m for m in others if m.start > after.start), None)
                if (
                    body is not None
                    and body.type in ACTOR_TYPES
                    and body.type not in ("Person", "Country")
                    and not text[after.end : body.start].strip()
                ):
                    after = body
            place = next(
                (
                    h
                    for h in gaz_hits
                    if te <= h.start <= te + 20
                    and self.gaz.entities[h.alias.key].type in ("City", "Region")
                ),
                None,
            )
            if (
                spec.kind == "head"
                and place is not None
                and re.fullmatch(r"\s*of\s+(?:the\s+)?", text[te : place.start])
                and (
                    self.gaz.entities[place.alias.key].type == "Region"
                    or (text[place.end : place.end + 12].lower().split() or [""])[0]
                    in _REGION_WORDS
                )
            ):
                # "X, the head of the Kharkiv regional military administration": its governor
                spec = self._title_of.get("governor", spec)
                org = place.alias.key
                country = self.gaz.entities[org].country
                after = None
            if after is None:
                # "X, the leader of Belarus": a country a title's own phrase claimed is read
                # from the gazetteer hits
                after = next(
                    (
                        Mention(h.start, h.end, text[h.start : h.end], h.alias.key, "Country", "")
                        for h in gaz_hits
                        if te <= h.start <= te + 20
                        and self.gaz.entities[h.alias.key].type == "Country"
                        and _OF_COUNTRY.fullmatch(text[te : h.start])
                    ),
                    None,
                )
                opens = after.start if after is not None else te
            if (
                after is not None
                and after.rule == "title.body"
                and after.text.lower() in self._inst_by_surface
                and any(p.valid_on(doc.published) for p in self.gaz.positions.get(person.key, ()))
            ):
                # "Sergei Lavrov, head of the Ministry of Foreign Affairs": a kind of
                # institution whose country the text left out is the known holder's post
                after = None
                known_post = True
            if after is not None and after.rule == "title.body":
                # "the head of the Russian Orthodox Church": the country's adjective the
                # title's phrase read opens the body's name
                words = text[te:opens].split()
                if words and any(
                    self.gaz.entities[h.alias.key].type == "Country"
                    for h in self.gaz.find(words[-1], self.lang)
                ):
                    opens = text.rindex(words[-1], te, opens)
            link = re.fullmatch(
                # "head of intelligence in the US Department of Defense": a function of the
                # post, then the body it serves in (a body, never a place: "a spokesman in Kyiv")
                r"\s*(?:(?:of|for|to|dari|untuk)\s+(?:the\s+)?(?:[A-Z][\w.-]*(?:'s|’s)\s+)?"
                r"(?:[a-z]+\s+){0,2}(?P<in>(?:in|at)\s+(?:the\s+)?)?|(?P<at>(?:in|at)\s+(?:the\s+)?)"
                r"|the\s+)?",
                text[te:opens],
            )
            serves_in = bool(link and (link.group("in") or link.group("at")))
            if after is not None and link and not (serves_in and after.type in PLACE_TYPES):
                ent = out.entities.get(after.key) or self.gaz.entities.get(after.key)
                if ent is not None and ent.type == "Country":
                    country = ent.country
                elif ent is not None:
                    org, country = ent.key, country or ent.country
            serves_in = serves_in and org is not None
            pent = out.entities.get(person.key)
            country_stated = country is not None
            if country is None and org is None and pent is not None:
                country = pent.country
            position = self._position(
                spec, person.key, country, org, doc.published, not known_post, out.entities
            )
            out.positions[position.key] = position
            out.titled.append(
                TitledPerson(
                    person.key,
                    position.key,
                    spec,
                    country,
                    org,
                    self._sentence_of(sentences, ts),
                    person.start,
                    te,
                    country_stated=country_stated,
                    serves_in=serves_in,
                )
            )

    def _military_units(
        self,
        text: str,
        sentences: list[Sentence],
        out: MentionSet,
        gaz_hits: list[AliasMatch],
        claimed: list[tuple[int, int]],
        view: TextView | None = None,
    ) -> None:
        """'the 93rd Separate Mechanized Brigade', "Russia's 58th Army", 'Yonif 753': a
        numbered unit of the army of the country named right before it (or of the language's
        own army), part of that country's armed forces."""
        if self._unit_scan is None:
            return
        for m in self._unit_scan.finditer(text, view=view):
            start, end = m.span()
            if any(start < e and s < end for s, e in claimed) or out.covered(start, end):
                continue
            sent = self._sentence_of(sentences, start)
            lo = sentences[sent].start if 0 <= sent < len(sentences) else 0
            # the country named last before the unit in its sentence ("Russia's 58th Army",
            # "Russian troops, including the 155th brigade"), else the language's own army
            before = [
                self.gaz.entities[h.alias.key]
                for h in gaz_hits
                if lo <= h.start
                and h.end <= start
                and self.gaz.entities[h.alias.key].type in ("Country", "MilitaryUnit")
                and self.gaz.entities[h.alias.key].country is not None
            ]
            # a force named right after it wins: "the 247th Regiment of the Russian Armed Forces"
            owner = self._unit_owner(text, end, gaz_hits)
            country = (
                owner.country
                if owner is not None
                else before[-1].country
                if before
                else self.pack.cues.unit_country
            )
            label = " ".join(
                w if w[:1].isdigit() else w[:1].upper() + w[1:] for w in m.group().split()
            )
            key = f"unit-{(country or 'xxx').lower()}-{slugify(label)}"
            ent = Entity(key, label, "MilitaryUnit", (m.group(),), country)
            out.add(Mention(start, end, m.group(), key, "MilitaryUnit", "unit.number", sent), ent)
            claimed.append((start, end))
            parent = (
                owner
                if owner is not None and owner.type == "MilitaryUnit"
                else self.gaz.institution_entity(country, "armed_forces")
                if country
                else None
            )
            if parent is not None:
                out.entities.setdefault(parent.key, parent)
                out.parts.append((key, parent.key, sent))

    def _outlet_bylines(
        self,
        doc: Document,
        text: str,
        sentences: list[Sentence],
        out: MentionSet,
        gaz_hits: list[AliasMatch],
        claimed: list[tuple[int, int]],
        stop: set[str],
    ) -> None:
        """'Fox News' Anders Hagstrom contributed', 'Reuters' Jane Doe': a full name after
        an outlet's possessive is one of its journalists."""
        spec = self._title_of.get("journalist")
        if spec is None:
            return
        for h in gaz_hits:
            ent = self.gaz.entities[h.alias.key]
            if ent.type != "MediaOrganization":
                continue
            m = _BYLINE_AFTER.match(text, h.end)
            if m is None:
                continue
            name = m.group("name")
            ns, ne = m.start("name"), m.end("name")
            words = name.split()
            if len(words) == 3 and words[-1] in stop:
                # "told CNN's Erin Burnett Wednesday": a day after the name is none of it
                name = name[: name.rindex(words[-1])].rstrip()
                ne = ns + len(name)
            sent = self._sentence_of(sentences, ns)
            found = next(
                (x for x in out.mentions if x.type == "Person" and (x.start, x.end) == (ns, ne)),
                None,
            )
            if found is not None:  # "Reuters' Jane Doe reported": named by another rule
                person = out.entities[found.key]
            elif (
                out.covered(ns, ne)
                or any(ns < e and s < ne for s, e in claimed)
                or any(w in stop for w in name.split())
                or self._is_known_non_person(name)
                or self.gaz.find(name, self.lang)
            ):
                continue
            else:
                person = self._person_entity(name)
                out.add(Mention(ns, ne, name, person.key, "Person", "byline.name", sent), person)
                claimed.append((ns, ne))
            position = self._position(spec, person.key, ent.country, ent.key, doc.published)
            out.positions[position.key] = position
            out.titled.append(
                TitledPerson(
                    person.key, position.key, spec, ent.country, ent.key, sent, h.start, ne
                )
            )

    def _led_groups(self, text: str, out: MentionSet) -> None:
        """'KKB yang dipimpin oleh Egianus Kogoya', 'the Wagner group, led by Prigozhin': the
        person leads the body named right before the cue."""
        if self._led_by_rx is None:
            return
        bodies = sorted(
            (m for m in out.mentions if m.type in ACTOR_TYPES and m.type != "Person"),
            key=lambda m: m.end,
        )
        ends = [m.end for m in bodies]
        for p in out.mentions:
            if p.type != "Person" or p.sentence < 0:
                continue
            cue = self._led_by_rx.search(text, max(0, p.start - 40), p.start)
            if cue is None:
                continue
            i = bisect.bisect_right(ends, cue.start()) - 1
            if i < 0:
                continue
            body = bodies[i]
            before = text[max(0, body.start - 12) : body.start].lower().split()
            if (
                body.sentence == p.sentence
                and body.type != "Country"  # "Delegasi Indonesia pimpinan X": a delegation's
                # "the then government led by X": no current post
                and self.pack.cues.former.isdisjoint(before[-2:])
                and self._led_gap.fullmatch(text, body.end, cue.start())
            ):
                out.leads.append((p.key, body.key, p.sentence))

    def _lead_clauses(
        self,
        text: str,
        sentences: list[Sentence],
        day: dt.date | None,
        out: MentionSet,
        view: TextView | None = None,
    ) -> None:
        """'X, yang memimpin ...' / 'X, who commands ...': X leads the named body, or the
        body of X's post on the publication date."""
        if self._lead_scan is None:
            return
        people = sorted((m for m in out.mentions if m.type == "Person"), key=lambda m: m.start)
        for m in self._lead_scan.finditer(text, view=view):
            sent = self._sentence_of(sentences, m.start())
            left = [p for p in people if p.end <= m.start() and p.sentence == sent]
            if not left or m.start() - left[-1].end > 40:
                continue
            person = left[-1].key
            org = next(
                (
                    o.key
                    for o in out.mentions
                    if o.start >= m.end()
                    and o.start - m.end() <= 40
                    and o.type not in ("Person", "Country", "City", "Region", "Place")
                ),
                None,
            )
            for spec in self.gaz.positions.get(person, ()):
                if spec.of and spec.valid_on(day):
                    title = self._title_of.get(spec.kind)
                    if title is None:
                        continue
                    position = self._position(title, person, spec.country, spec.of, day)
                    out.positions[position.key] = position
                    out.titled.append(
                        TitledPerson(
                            person,
                            position.key,
                            title,
                            spec.country,
                            spec.of,
                            sent,
                            m.start(),
                            m.end(),
                            leads_org=spec.of,
                        )
                    )
                    org = None
                    break
            if org is not None:
                out.leads.append((person, org, sent))

    # ---------------------------------------------------------------- facilities
    def _named_facility_matches(self, text: str, view: TextView | None) -> Iterator[re.Match[str]]:
        """``self._named_facility_rx.finditer(text)``, tried only where a match can begin.

        A match is one to three capitalised words, each followed by white space, and a
        facility noun: it begins at a capital letter inside the three runs of characters
        other than white space before where the first word of a noun stands (found in the
        bounded text of ``view``, the :func:`kg.text.text_view` of ``text``). Those capitals
        are tried in order, as ``finditer`` meets the matches; without such a view of the
        whole text (or with nouns beyond ASCII) the text is scanned whole.
        """
        rx = self._named_facility_rx
        assert rx is not None
        if (
            self._facility_words is None
            or view is None
            or view.text is not text
            or view.bounded is None
        ):
            yield from rx.finditer(text)
            return
        places: set[int] = set()
        for key_end, size in self._facility_words.iter(view.bounded):
            noun = key_end - size + 1  # the space before the word in ``bounded`` is one ahead
            w = noun
            for _ in range(3):  # back over white space and a run of other characters
                while w > 0 and text[w - 1].isspace():
                    w -= 1
                while w > 0 and not text[w - 1].isspace():
                    w -= 1
            places.update(m.start() for m in _CAPITAL.finditer(text, w, noun))
        done = 0
        for p in sorted(places):
            if p < done:
                continue
            m = rx.match(text, p)
            if m is not None:
                yield m
                done = m.end()

    def _named_facilities(
        self,
        text: str,
        sentences: list[Sentence],
        out: MentionSet,
        stop: set[str],
        view: TextView | None = None,
    ) -> None:
        """'the Knauf factory', 'Bandara Arar': a capitalised name the gazetteer does not know,
        with a facility noun, names a facility."""
        if self._named_facility_rx is None:
            return
        calendar = self._calendar
        starts = {st.start for st in sentences}
        for m in self._named_facility_matches(text, view):
            words = m.group("name").split()
            if (
                m.start() in starts  # "Earlier plant managers", "Every port in Odesa"
                or out.covered(m.start(), m.end())
                or any(w in stop or w.lower() in calendar for w in words)
                or any(self.gaz.find(w, self.lang) for w in words)
            ):
                continue
            label = " ".join(
                w if w[:1].isupper() else w[:1].upper() + w[1:] for w in m.group().split()
            )
            self._add_facility(out, m, label, "facility.named", sentences)

    def _add_facility(
        self,
        out: MentionSet,
        m: re.Match[str],
        label: str,
        rule: str,
        sentences: list[Sentence],
    ) -> Entity:
        """Add the facility ``m`` names under ``label``; return its entity."""
        ent = Entity(f"facility-{slugify(label)}", label, "Facility", (m.group(),))
        out.add(
            Mention(
                m.start(),
                m.end(),
                m.group(),
                ent.key,
                "Facility",
                rule,
                self._sentence_of(sentences, m.start()),
            ),
            ent,
        )
        return ent

    def _facilities(
        self,
        text: str,
        tokens: list[Token],
        sentences: list[Sentence],
        out: MentionSet,
        view: TextView | None = None,
    ) -> None:
        if self._facility_scan is None:
            return
        for m in self._facility_scan.finditer(text, view=view):
            name = m.group("q1") or m.group("q2") or m.group("q3") or m.group("q4")
            noun = (m.group("noun") or m.group("noun2")).lower()
            ent = self._add_facility(out, m, f"{name} {noun}", "facility.quoted", sentences)
            # later bare uses of the noun refer to the same facility
            for b in re.finditer(rf"(?<!\w){re.escape(noun)}(?!\w)", text, re.IGNORECASE):
                if not out.covered(b.start(), b.end()) and b.start() > m.start():
                    out.add(
                        Mention(
                            b.start(),
                            b.end(),
                            b.group(),
                            ent.key,
                            "Facility",
                            "coref.facility",
                            self._sentence_of(sentences, b.start()),
                        ),
                        ent,
                    )

    def _source_credit(self, text: str, sentences: list[Sentence], out: MentionSet) -> None:
        """A closing credit such as '(VoI)' or '(ant)' names the source agency."""
        m = re.search(r"\((?P<src>[A-Za-z][A-Za-z.]{1,15})\)\s*$", text)
        if m is None:
            return
        hit = next((h for h in self.gaz.find(m.group("src"), self.lang)), None)
        if hit is not None and self.gaz.entities[hit.alias.key].type == "MediaOrganization":
            ent = self.gaz.entities[hit.alias.key]
            s = m.start("src")
            out.add(
                Mention(
                    s,
                    m.end("src"),
                    m.group("src"),
                    ent.key,
                    ent.type,
                    "source.credit",
                    self._sentence_of(sentences, s),
                ),
                ent,
            )


class _NameIndex:
    """Names by length, each with a key, for the fuzzy lookup of a misspelt name.

    Two names of ``fuzz.ratio`` ``cutoff`` or more differ in length by at most ``1 -
    cutoff / 100`` of their lengths' sum (the ratio counts the characters inserted and
    deleted to turn one into the other, at least the difference in length): only the names
    of a length in that band are scored, not every known name.

    >>> index = _NameIndex([("a", "Joe Biden"), ("b", "Joseph Biden"), ("c", "Jon Bidan")])
    >>> index.closest("Joe Bidden", 90), index.closest("Joe Smith", 90)
    ('a', None)
    """

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        rows = sorted((len(name), n, key, name) for n, (key, name) in enumerate(names))
        self._lengths = [r[0] for r in rows]
        self._order = [r[1] for r in rows]
        self._keys = [r[2] for r in rows]
        self._names = [r[3] for r in rows]

    def closest(self, name: str, cutoff: float) -> str | None:
        """The key of the name of highest ``fuzz.ratio`` with ``name``, at least ``cutoff``
        (among equals the first given): what ``process.extractOne`` over all the names in
        their order finds."""
        share = 1 - cutoff / 100
        size = len(name)
        # the band, one character wider on either side than the bound (no rounding matters)
        lo = bisect.bisect_left(self._lengths, size * (1 - share) / (1 + share) - 1)
        hi = bisect.bisect_right(self._lengths, size * (1 + share) / (1 - share) + 1)
        hits = process.extract(
            name, self._names[lo:hi], scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
        )
        if not hits:
            return None
        _, _, k = max(hits, key=lambda h: (h[1], -self._order[lo + h[2]]))
        return self._keys[lo + k]


#: A sentence's start, as a key for bisection (no Python-level call).
_SENTENCE_START = operator.attrgetter("start")


#: Ages after names, by the press's style of giving them (``age_after_name``).
_AGE_MARKS = {"brackets": re.compile(r"\(\d\d\)"), "commas": re.compile(r", ?\d\d ?,")}


def _overlap_test(spans: list[tuple[int, int]], size: int) -> Callable[[int, int], bool]:
    """A test of whether ``(start, end)``, a non-empty span of a text of ``size``
    characters, overlaps one of ``spans`` (as they are now).

    Examples
    --------
    >>> test = _overlap_test([(2, 4), (7, 7)], 10)
    >>> test(0, 2), test(3, 5), test(6, 8), test(7, 9)
    (False, True, True, False)
    """
    taken = bytearray(size + 1)
    odd = []  # empty or reversed spans overlap by the plain comparison only
    for s, e in spans:
        if s < e:
            taken[s:e] = b"\x01" * (e - s)
        else:
            odd.append((s, e))

    def test(start: int, end: int) -> bool:
        return taken.find(1, start, end) != -1 or any(start < e and s < end for s, e in odd)

    def plain_test(start: int, end: int) -> bool:
        return taken.find(1, start, end) != -1

    return test if odd else plain_test  # no odd span (the rule): no generator per test


class _AliasHits(dict[int, AliasMatch]):
    """An article's gazetteer hits by start, and by end: the title and institution readers
    ask for the name that ends where a word ends, several times per title (a scan of every
    hit each time). The hits never overlap, so each start and each end is one hit's, and
    the earlier of two hits has the earlier end too."""

    def __init__(self, hits: Iterable[AliasMatch]) -> None:
        super().__init__((m.start, m) for m in hits)
        self.by_end = {m.end: m for m in self.values()}

    def ending_near(self, end: int) -> AliasMatch | None:
        """The first hit (by start) that ends at ``end`` or one or two characters before
        it ("Ukraine's" ends two after "Ukraine")."""
        by_end = self.by_end
        for e in (end - 2, end - 1, end):
            hit = by_end.get(e)
            if hit is not None:
                return hit
        return None


#: A token's start, text and lower-case text, for ``map`` over the tokens of an article.
_START = operator.itemgetter(0)
_TEXT = operator.itemgetter(2)
_LOWER = operator.itemgetter(3)


def _indices(
    tokens: list[Token], words: Container[object], part: Callable[[Token], object] = _LOWER
) -> list[int]:
    """The indices of the tokens whose ``part`` (lower-case text by default) is in ``words``,
    in order (one pass without a Python-level loop).

    >>> _indices(tokenize("He met the President and the president"), {"president"})
    [3, 6]
    """
    return list(itertools.compress(itertools.count(), map(words.__contains__, map(part, tokens))))


def _lower_words(tokens: list[Token]) -> set[str]:
    """The words of ``tokens`` written in lower case (letters only)."""
    # ``filter`` with the string methods: no Python-level loop over the article's words
    return set(filter(str.isalpha, filter(str.islower, set(map(_TEXT, tokens)))))


def _tok_after(tokens: list[Token], pos: int) -> int:
    """Index of the first token starting at or after ``pos``."""
    return bisect.bisect_left(tokens, pos, key=_START)


#: Words before a title that make its holder a deputy.
_DEPUTY_WORDS = frozenset({"deputy", "vice", "wakil"})
#: A capitalised, not all-capital word and one space right before a position.
_GIVEN_BEFORE = re.compile(r"(?<![\w-])[A-Z][^\W\d_]*[a-z][^\W\d_]* $")
#: Words before a title that make it a lower post of its own ("Assistant Secretary of State").
_SUBORDINATE_WORDS = {"assistant": "Assistant", "asisten": "Assistant", "under": "Under"}

#: Title kinds that name no particular post ("chief", "leader"): the gazetteer's post wins.
_GENERIC_TITLES = frozenset({"head", "leader", "dictator"})
#: Titles a portfolio follows ("Menteri Ketenagakerjaan").
_MINISTER_TITLES = frozenset({"minister", "deputy_minister", "coordinating_minister"})
#: Title kinds of members of a legislature.
_LEGISLATORS = frozenset({"legislator", "member_of_parliament", "senator"})
_ROMAN = re.compile(r"[IVX]{1,4}")
#: Titles of a city's or region's own officials ("Kharkiv Governor", "Wali Kota Gaza").
_PLACE_TITLES = frozenset({"mayor", "governor"})
#: Words between a place and its official's title ("Odesa regional governor").
_PLACE_ADJECTIVES = frozenset({"regional", "oblast", "city", "provincial", "district"})
#: Words after a place that make "head of" its governor ("head of the Kharkiv regional
#: military administration").
_REGION_WORDS = frozenset(
    {"region", "oblast", "regional", "province", "military", "state", "administration"}
)
#: Titles whose party modifier names the body the post heads ("Likud leader").
_PARTY_HEADS = frozenset({"head", "leader", "chairman", "general_secretary", "deputy_chairman"})

#: An acronym (three or more capitals), never part of a person's name; Roman numerals are.
_CAPITAL = re.compile(r"[A-Z]")
_ACRONYM = re.compile(r"(?![IVXLC]+\b)[A-Z]{3,}")


def _name_like(text: str, start: int) -> bool:
    return text[start : start + 1].isupper()


def _counts_next(text: str, end: int) -> bool:
    """A lower-case word follows ``end`` after one space: what a number word counts."""
    return text[end : end + 1] == " " and text[end + 1 : end + 2].islower()


def _unit_scan(pack: LanguagePack) -> KeywordScan | None:
    """The numbered-unit pattern of a language pack (see ``unit_nouns`` in cues.yaml), tried
    only where a unit can begin: at a number ("58th Army") or at a unit noun ("Yonif 753")."""
    c = pack.cues
    if not c.unit_nouns:
        return None
    nouns = "|".join(re.escape(n) for n in sorted(c.unit_nouns, key=len, reverse=True))
    mods = "|".join(re.escape(w) for w in sorted(c.unit_modifiers, key=len, reverse=True))
    between = rf"(?:(?:{mods})\s+){{0,4}}" if mods else ""
    if c.unit_number_first:
        # "the 93rd Separate Mechanized Brigade", or a branch alone: "the 155th naval infantry"
        branch = rf"(?:(?:{mods})\s+){{0,3}}(?:{mods})" if mods else "(?!)"
        body = rf"(?i:\d{{1,3}}(?:st|nd|rd|th)\s+(?:{between}(?:{nouns})|{branch}))"
    else:  # "Yonif 753/Arga Vira Tama": the unit's name after a slash, capitalised
        body = rf"(?i:(?:{nouns})\s+{between}\d{{1,4}})(?:/[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}})?"
    return KeywordScan(
        re.compile(rf"(?<![\w-]){body}(?![\w-])"),
        () if c.unit_number_first else c.unit_nouns,
        whole_words=True,
    )


_BYLINE_AFTER = re.compile(
    r"(?:'s|’s|'|’)\s+(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z][\w'’-]*){1,2})"
    r"(?![\w'’-])"
)
#: The words that join an unknown place to the known one after it ("Dzhankoi in Crimea").
_PLACE_LINKS = ("in", "di")
_UNKNOWN_PLACE_BEFORE = re.compile(
    r"(?<![\w])(?P<prep>\w+)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
    rf"(?:\s*,\s*(?P<side>(?:[a-z]+\s+){{0,2}})|\s+(?:{'|'.join(_PLACE_LINKS)})\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}})$"
)


def _may_end_unknown_place(before: str) -> bool:
    """Whether ``_UNKNOWN_PLACE_BEFORE`` can match at the end of ``before``: a comma ends it
    or one of its last three words, or one of ``_PLACE_LINKS`` is among its last four words
    (at most three words follow it). A cheap test that spares most searches.

    >>> _may_end_unknown_place("near Dzhankoi in "), _may_end_unknown_place("forces of ")
    (True, False)
    """
    if before.rstrip().endswith(","):
        return True
    last = before.split()[-4:]
    if any(w.endswith(",") for w in last[-3:]):
        return True  # "di Lavizan, timur laut Teheran"
    return any(w in last for w in _PLACE_LINKS)


def _bracket_end(tokens: list[Token], i: int, reach: int) -> int | None:
    """The index of the ")" closing the bracket opened at ``tokens[i]`` within ``reach``
    tokens after it ("(KPI)", "(Kapuspen)"), or None."""
    return next(
        (j for j in range(i + 1, min(i + 1 + reach, len(tokens))) if tokens[j].text == ")"),
        None,
    )


def joins_list(gap: str, joiners: Collection[str]) -> bool:
    """Whether ``gap`` joins two items of a list: a joining word, with a comma or not.

    >>> joins_list(", dan ", {"dan"}), joins_list(", ", {"dan"})
    (True, False)
    """
    words = gap.replace(",", " , ").lower().split()
    return (
        0 < len(words) <= 2
        and all(w in joiners or w == "," for w in words)
        and any(w in joiners for w in words)
    )


#: The gap between a title and the country it is "of" ("leader of Belarus").
_OF_COUNTRY = re.compile(r"\s+(?:of|dari)\s+(?:the\s+)?")
#: The word right after a position (same line).
_NEXT_WORD = re.compile(r"[ \t]+([\w'’-]+)")
#: "University of ", "Bank of ": a capitalised word and "of" right before a name.
_CAPITAL_OF_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+of\s+$")
#: What may follow a place that ends its phrase: punctuation or the end of the text.
_PHRASE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")
#: "'s" right after a name: "to Budi, Indonesia's envoy" names a person, not a place.
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
#: ", a " / ", the " after a name: an apposition that describes it.
_ARTICLE_AFTER_COMMA = re.compile(r",\s+(?:a|an|the)\s", re.IGNORECASE)
#: (a name never runs over a line break: "LACKS EXPERIENCE\n\nRebekah Koffler, president of")
#: Known names that may open an unknown body's name after a title ("the NATO Strategic
#: Communications Centre", "the Kyiv Security Forum").
_OPENING_KNOWN_TYPES = frozenset({"InternationalOrganization", "City", "Region"})
#: Connectors that tie a name to an owner, not two words of one name ("McCaul of the ...").
_OWNER_CONNECTORS = frozenset({"of", "for", "on", "the"})
_NAME_RUN_BEFORE = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w'’-]+[^\S\n]+){1,3}[A-Z][\w'’-]+)$")
_NAME_PART_BEFORE = re.compile(r"([\w'’]+)[\s-]*$")
