"""The extraction pipeline: a sequence of named stages with declared inputs and outputs.

=============  ======================================  ===========================
stage          needs                                    gives
=============  ======================================  ===========================
language       document                                 lang
unglue         document, lang                           document (names split from glued words)
sentences      document, lang                           sentences
tokens         document                                 tokens, view (lower case, digits)
mentions       document, sentences, tokens, view        mentions (entities, posts)
dates          document, sentences, view                dates
quantities     document, sentences, view                quantities
frames         sentences, mentions, tokens              frames (argument candidates)
reporters      frames                                   reporters
events         frames, dates, quantities, reporters     events
relations      frames, mentions, view                   relations
filter         events, relations                        events, relations
=============  ======================================  ===========================

The pipeline holds only immutable resources (gazetteer, language packs);
per-article work lives in a local :class:`_State`, so one :class:`Extractor`
can serve many articles and many processes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from kg.dates import DateFinder, DateMention
from kg.events import DEFAULT_MIN_CONFIDENCE, EventExtractor, SentenceFrame
from kg.gazetteer import Gazetteer
from kg.langpack import LanguagePack
from kg.mentions import MentionFinder, MentionSet
from kg.model import Document, Entity, Event, Extraction, Position, Relation, Sentence
from kg.ontology import resource_dir
from kg.quantities import QuantityFinder, QuantityMention
from kg.readers import make_document
from kg.text import (
    LanguageDetector,
    SentenceSplitter,
    TextView,
    Token,
    find_dateline,
    text_view,
    tokenize,
    unglue,
)

SUPPORTED_LANGS = ("id", "en")


@dataclass
class _State:
    doc: Document
    lang: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    view: TextView | None = None
    mentions: MentionSet = field(default_factory=MentionSet)
    dates: list[DateMention] = field(default_factory=list)
    quantities: list[QuantityMention] = field(default_factory=list)
    frames: list[SentenceFrame] = field(default_factory=list)
    reporters: dict[int, tuple[str, ...]] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Stage:
    name: str
    needs: tuple[str, ...]
    gives: tuple[str, ...]
    run: Callable[[_State], None]


class _LangTools:
    """Per-language helpers built once from a pack."""

    def __init__(self, pack: LanguagePack, gazetteer: Gazetteer) -> None:
        self.pack = pack
        self.splitter = SentenceSplitter(pack.cues.abbreviations)
        self.mentions = MentionFinder(gazetteer, pack)
        self.dates = DateFinder(pack.cues, pack.code)
        self.quantities = QuantityFinder(pack.cues)
        self.events = EventExtractor(pack, gazetteer)
        names = {
            a.text
            for a in gazetteer.aliases
            if a.lang in (None, pack.code) and " " not in a.text and a.text[:1].isupper()
        }
        cues = pack.cues
        self.can_unglue = bool(cues.glue_words or cues.verb_prefixes)
        self.is_name = names.__contains__
        self.is_word = lambda w: (
            w in cues.glue_words or (len(w) >= 5 and w.startswith(cues.verb_prefixes))
        )


class _PackFolders(Mapping[str, LanguagePack]):
    """The language packs of a data folder by code, each loaded when first asked for.

    Loading a pack compiles its trigger patterns (a third of a second for both languages,
    in every process): a run over the news of one language loads only its pack. The
    packs loaded are kept here, so this mapping is per extractor.
    """

    def __init__(self, folders: Mapping[str, Path]) -> None:
        self._folders = dict(folders)
        self._loaded: dict[str, LanguagePack] = {}

    def __getitem__(self, code: str) -> LanguagePack:
        pack = self._loaded.get(code)
        if pack is None:
            pack = self._loaded[code] = LanguagePack.load(self._folders[code])
        return pack

    def __iter__(self) -> Iterator[str]:
        return iter(self._folders)

    def __len__(self) -> int:
        return len(self._folders)


class Extractor:
    """Turn documents into :class:`kg.model.Extraction` objects.

    Parameters
    ----------
    gazetteer : Gazetteer
    packs : mapping of a language code to its :class:`LanguagePack`
    min_confidence : float
        Events and relations below this confidence are dropped (default
        :data:`kg.events.DEFAULT_MIN_CONFIDENCE`).
    """

    def __init__(
        self,
        gazetteer: Gazetteer,
        packs: Mapping[str, LanguagePack],
        min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    ) -> None:
        self.gazetteer = gazetteer
        self.packs: Mapping[str, LanguagePack] = (
            packs if isinstance(packs, _PackFolders) else dict(packs)
        )
        self.min_confidence = min_confidence
        self._tools: dict[str, _LangTools] = {}
        self._detector = LanguageDetector(tuple(self.packs))

    @classmethod
    def default(
        cls, data_dir: Path | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE
    ) -> Extractor:
        """Load the gazetteer and the language packs shipped in ``data/``."""
        data = data_dir or resource_dir("data")
        packs = _PackFolders(
            {
                p.name: p
                for p in sorted((data / "lang").iterdir())
                if p.is_dir() and (p / "cues.yaml").exists()
            }
        )
        return cls(Gazetteer.load(data / "gazetteer"), packs, min_confidence)

    @property
    def languages_loaded(self) -> int:
        """How many languages' tables (pack and tools) are built: each is built when the first
        article of its language comes."""
        return len(self._tools)

    def tools(self, lang: str) -> _LangTools:
        if lang not in self._tools:
            self._tools[lang] = _LangTools(self.packs[lang], self.gazetteer)
        return self._tools[lang]

    @cached_property
    def stages(self) -> tuple[Stage, ...]:
        return (
            Stage("language", ("document",), ("lang",), self._language),
            Stage("unglue", ("document", "lang"), ("document",), self._unglue),
            Stage("sentences", ("document", "lang"), ("sentences",), self._sentences),
            Stage("tokens", ("document",), ("tokens", "view"), self._tokens),
            Stage(
                "mentions",
                ("document", "sentences", "tokens", "view"),
                ("mentions",),
                self._mentions,
            ),
            Stage("dates", ("document", "sentences", "view"), ("dates",), self._dates),
            Stage(
                "quantities", ("document", "sentences", "view"), ("quantities",), self._quantities
            ),
            Stage("frames", ("sentences", "mentions", "tokens"), ("frames",), self._frames),
            Stage("reporters", ("frames", "document"), ("reporters",), self._reporters),
            Stage(
                "events",
                ("frames", "dates", "quantities", "reporters"),
                ("events",),
                self._events,
            ),
            Stage("relations", ("frames", "mentions", "view"), ("relations",), self._relations),
            Stage("filter", ("events", "relations"), ("events", "relations"), self._filter),
        )

    # -------------------------------------------------------------- stages
    def _language(self, st: _State) -> None:
        lang = st.doc.lang or self._detector.detect(st.doc.text)
        if lang not in self.packs:
            st.warnings.append(f"unsupported language {lang or 'unknown'}: extraction skipped")
            st.lang = None
        else:
            st.lang = lang

    def _unglue(self, st: _State) -> None:
        """Scraped text glues names to the next word ("Iranmenghantam"): split them."""
        if not st.lang:
            return
        tools = self.tools(st.lang)
        if not tools.can_unglue:
            return
        text = unglue(st.doc.text, tools.is_name, tools.is_word)
        if text != st.doc.text:
            dl = find_dateline(text)
            st.doc = replace(st.doc, text=text, dateline=(dl[0], dl[1]) if dl else None)

    def _sentences(self, st: _State) -> None:
        if st.lang:
            st.sentences = self.tools(st.lang).splitter.split(st.doc.text)

    def _tokens(self, st: _State) -> None:
        if st.lang:
            st.tokens = tokenize(st.doc.text)
            # lower case and digits of the text, shared by the keyword scans of three stages
            st.view = text_view(st.doc.text)

    def _mentions(self, st: _State) -> None:
        if st.lang:
            st.mentions = self.tools(st.lang).mentions.find(
                st.doc, st.sentences, st.tokens, st.view
            )

    def _dates(self, st: _State) -> None:
        if st.lang:
            st.dates = self.tools(st.lang).dates.find(st.doc.text, st.doc.published, view=st.view)

    def _quantities(self, st: _State) -> None:
        if st.lang:
            st.quantities = self.tools(st.lang).quantities.find(st.doc.text, view=st.view)

    def _frames(self, st: _State) -> None:
        if st.lang:
            st.frames = self.tools(st.lang).events.frames(
                st.doc, st.sentences, st.mentions, st.tokens
            )

    def _reporters(self, st: _State) -> None:
        if st.lang:
            st.reporters = self.tools(st.lang).events.reporters(st.frames, st.doc.text)

    def _events(self, st: _State) -> None:
        if st.lang:
            st.events = self.tools(st.lang).events.extract(
                st.doc, st.frames, st.dates, st.quantities, st.reporters
            )

    def _relations(self, st: _State) -> None:
        if st.lang:
            st.relations = self.tools(st.lang).events.relations(
                st.doc, st.frames, st.mentions, st.view
            )

    def _filter(self, st: _State) -> None:
        st.events = [e for e in st.events if e.evidence.confidence >= self.min_confidence]
        st.relations = [r for r in st.relations if r.evidence.confidence >= self.min_confidence]

    # -------------------------------------------------------------- entry points
    def extract(self, doc: Document) -> Extraction:
        """Run every stage on ``doc``."""
        st = _State(doc)
        for stage in self.stages:
            stage.run(st)
        return self._result(st)

    def extract_text(
        self,
        text: str,
        *,
        lang: str | None = None,
        published: dt.date | None = None,
        doc_id: str = "text",
        title: str | None = None,
    ) -> Extraction:
        """Extract from a string (convenience for notebooks and tests)."""
        return self.extract(
            make_document(text, doc_id=doc_id, title=title, published=published, lang=lang)
        )

    def _result(self, st: _State) -> Extraction:
        ms = st.mentions
        entities: dict[str, Entity] = dict(ms.entities)
        positions: dict[str, Position] = dict(ms.positions)
        needed: set[str] = set()
        for e in st.events:
            needed.update(e.actors, e.targets, e.reported_by)
            if e.place:
                needed.add(e.place)
        for r in st.relations:
            needed.update((r.subject, r.object))
        for p in positions.values():
            if p.of_key:
                needed.add(p.of_key)
        for key in sorted(needed):  # sorted: the output must not depend on hash seeds
            if key in entities or key in positions:
                continue
            ent = self.gazetteer.entities.get(key)
            if ent is None and key.startswith("org-"):
                parts = key.split("-", 2)
                if len(parts) == 3:
                    ent = self.gazetteer.institution_entity(
                        parts[1].upper(), parts[2].replace("-", "_")
                    )
            if ent is not None:
                entities[key] = ent
        final = {}
        for key, ent in entities.items():
            surfaces = ms.surfaces.get(key, [])
            aliases = tuple(dict.fromkeys([*surfaces, *ent.aliases]))
            final[key] = Entity(
                ent.key, ent.label, ent.type, aliases, ent.country, ent.wikidata, ent.lat, ent.lon
            )
        doc = st.doc
        if st.lang and doc.lang != st.lang:
            doc = Document(
                doc.doc_id,
                doc.text,
                doc.title,
                doc.published,
                st.lang,
                doc.url,
                doc.source or (final[ms.publisher].label if ms.publisher else None),
                doc.path,
                doc.content_hash,
                doc.dateline,
            )
        elif ms.publisher and not doc.source:
            doc = Document(
                doc.doc_id,
                doc.text,
                doc.title,
                doc.published,
                doc.lang,
                doc.url,
                final[ms.publisher].label,
                doc.path,
                doc.content_hash,
                doc.dateline,
            )
        return Extraction(
            doc,
            tuple(st.sentences),
            tuple(final.values()),
            tuple(positions.values()),
            tuple(ms.mentions),
            tuple(st.events),
            tuple(st.relations),
            tuple(st.warnings),
        )
