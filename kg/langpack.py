"""Language packs: cue words and event trigger lexicons loaded from ``data/lang/<code>/``.

A pack is plain data (YAML) turned into immutable lookup objects here; adding a
trigger phrase needs no code change (see ``data/README.md``).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import Any

import ahocorasick
import yaml

from kg.errors import ResourceError
from kg.text import ascii_ignorecase_lower, boundary_text, claim_spans

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

FRAMES = frozenset(
    {"joint", "directed", "passive", "source", "speaker", "casualty", "displacement"}
)


@dataclass(frozen=True)
class TriggerRule:
    """One lexicon entry: a CAMEO code, a frame and its compiled patterns."""

    rule_id: str
    cameo: str
    frame: str
    confidence: float
    patterns: tuple[str, ...]
    #: The patterns' regex for lower-cased text, matched case by case (faster than
    #: ``regex``), or ``None`` when a pattern is not ASCII: on the
    #: ``kg.text.ascii_ignorecase_lower`` of a text it matches where ``regex`` matches the text.
    lower_regex: re.Pattern[str] | None
    #: Prepositions that mark this rule's target besides the language's ``target`` cues
    #: ("aid for Ukraine").
    target_markers: frozenset[str] = frozenset()
    #: Verbs opening this rule's "verb * object" patterns ("provide" in "(provide|send) *
    #: (military aid)"): a trigger starting with one is a verb phrase, not a noun.
    verbs: frozenset[str] = frozenset()
    #: The report names no party at all ("explosions were heard in Kharkiv"): the event stands
    #: on the country of its place alone (CAMEO practice for untargeted attacks).
    place_only: bool = False
    #: Each party acts on the other ("Israel dan Iran saling serang", "traded strikes"): the
    #: report is two directed events, one per direction.
    reciprocal: bool = False
    #: The act only stands against someone ("called X "the aggressor""): without a target
    #: the report is no event ("called the talks "productive"").
    needs_target: bool = False
    #: The party acted upon must stand inside the pattern's gap ("asked Russia to"): "asked
    #: to be evacuated into Russia" asks nobody.
    object_inside: bool = False
    #: Who a speaker's judgement judges (``speaker`` frame): ``"before"``, the name right before
    #: the trigger, its possessor or adjective with at most one word between ("Moscow cannot
    #: be trusted", "Russia's brutal aggression"; in "NATO must deter aggression" nobody is
    #: judged); ``"subject"``, such a name that is not the object of a preposition ("said
    #: Russian aggression must be stopped", not "an end to Russia's aggression"); ``""``, the
    #: subject found as for any speech act.
    judged_party: str = ""
    #: The party acted upon follows the trigger with at most one word between ("mendukung
    #: penuh Palestina"): in "mendukung sepak bola Indonesia" no party is supported.
    object_next: bool = False
    #: The acting party stands right before the trigger, at most one lower-case word between
    #: ("Russia occupied Crimea", "Russia illegally annexed"): after "in" the same word is an
    #: adjective ("in occupied Crimea").
    subject_next: bool = False
    #: A person must be among the acting parties, and a party or a foreign place undergo the
    #: act ("Xi Jinping is in Moscow" is a visit; "Russian troops are in Belarus" and "Putin
    #: was in the KGB" are none).
    person_subject: bool = False

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """The patterns' regex for text in any case (compiled when first asked for: the
        trigger search asks only for the rules without a ``lower_regex`` and for spans that
        do not open their text)."""
        return _rule_regex(self.patterns, re.IGNORECASE)


@dataclass(frozen=True)
class TriggerMatch:
    rule: TriggerRule
    start: int
    end: int
    text: str
    #: For a speech-act reading (``speaker`` frame) that won its words over another
    #: rule's reading of exactly the same words, that other reading: it stands when the
    #: speech act does (no speaker, or the speaker's own intent).
    fallback: TriggerMatch | None = None


#: The gaps of the pattern language: up to three words, up to six.
_GAPS = {"*": r"(?:\s+\S+){0,3}?", "**": r"(?:\s+\S+){0,6}?"}


def _pattern_to_regex(pattern: str) -> str:
    """Translate a lexicon pattern into a regular expression.

    ``*`` stands for up to three words, ``**`` for up to six (a long name between a verb
    and its complement), ``(a|b)`` for alternatives.

    Examples
    --------
    >>> import re
    >>> rx = re.compile(compile_pattern("(menyerukan|mendesak) * gencatan senjata"))
    >>> rx.search("Ia mendesak segera gencatan senjata").group()
    'mendesak segera gencatan senjata'
    >>> rx = re.compile(compile_pattern("menyebut ** sebagai teroris"))
    >>> rx.search("Ia menyebut Perdana Menteri (PM) Israel Benjamin sebagai teroris").group()
    'menyebut Perdana Menteri (PM) Israel Benjamin sebagai teroris'
    >>> rx.search("menyebut a b c d e f g sebagai teroris") is None
    True
    """
    out: list[str] = []
    for tok in pattern.split():
        if tok in _GAPS:
            out.append(_GAPS[tok])
            continue
        if tok.startswith("(") and tok.endswith(")") and "|" in tok:
            alts = [re.escape(a).replace(r"\ ", r"\s+") for a in tok[1:-1].split("|")]
            piece = "(?:" + "|".join(alts) + ")"
        else:
            piece = re.escape(tok)
        if out:
            # a word opening a quote keeps its pattern: 'menyerukan "penyerahan tanpa
            # syarat"'
            out.append(_WORD_GAP)
        out.append(piece)
    return "".join(out)


#: The gap between two words of a pattern: spaces, with an opening quote (texts are
#: normalised to straight ones) or bracket after them allowed ('menyerukan "penyerahan'). Not
#: a closing one: a word in scare quotes
#: ('"withdrawing" from the conflict', 'his "attack" on the Fed') is no act.
_WORD_GAP = r"""\s+["'(]?"""


def _expand_groups(pattern: str) -> str:
    # "(spoke|talked) by phone": make spaces inside groups single tokens for split()
    return re.sub(r"\(([^()]*)\)", lambda m: "(" + m.group(1).replace(" ", "\u0001") + ")", pattern)


def compile_pattern(pattern: str) -> str:
    protected = _expand_groups(pattern.strip())
    # the words of an alternative are apart as a pattern's words are: a quote may open
    # between them ('would "lead to consequences')
    regex = _pattern_to_regex(protected).replace("\\\u0001", "\u0001")
    return regex.replace("\u0001", _WORD_GAP)


def _prefix_at(pattern: str, word: str) -> str | None:
    """The regex of the part of ``pattern`` that can begin at an occurrence of ``word``: its
    first token (only the alternatives that begin with ``word``) up to its second literal
    token, ``""`` when no alternative begins with ``word`` (it cannot match there), ``None``
    when the pattern has only one literal token (no test beyond the word itself).

    Whatever ``pattern`` matches at an occurrence of ``word``, this prefix matches too.
    An alternative that is not ASCII is kept (lower-casing is no exact test of
    ``re.IGNORECASE`` beyond ASCII).

    Examples
    --------
    >>> print(_prefix_at("(is|was|is-it) * (shelling|attacking) Kyiv", "is"))
    (?:is|is\\-it)(?:\\s+\\S+){0,3}?\\s+["'(]?(?:shelling|attacking)
    >>> _prefix_at("(was|were) hit", "is")
    ''
    >>> _prefix_at("(spoke by phone|talked)", "spoke") is None
    True
    """
    tokens = _expand_groups(pattern.strip()).split()
    literal = [i for i, tok in enumerate(tokens) if tok not in _GAPS]
    if not literal or literal[0] != 0:
        return compile_pattern(pattern)  # no literal first word: no shortcut
    first = tokens[0]
    alts = first[1:-1].split("|") if first.startswith("(") and first.endswith(")") else [first]
    kept = [a for a in alts if not (a.isascii() and word.isascii()) or a.lower().startswith(word)]
    if not kept:
        return ""
    if len(literal) < 2:
        return None
    head = "(" + "|".join(kept) + ")" if len(kept) > 1 else kept[0]
    return compile_pattern(" ".join([head, *tokens[1 : literal[1] + 1]]))


_Match = Callable[[str, int, int], "re.Match[str] | None"]
#: An anchor word, its length, whether it ends in "-" (it may be glued to the next word),
#: whether another anchor can begin where it begins (see ``_sharing``) and the rules whose
#: patterns begin with it, each with the ``match`` of its ``lower_regex`` (if any).
_Anchor = tuple[str, int, bool, bool, tuple[tuple[int, TriggerRule, _Match | None], ...]]
#: Anchors with this many rules or more get a prefilter (see ``LanguagePack._prefilter``)
#: once they have occurred ``_PREFILTER_AFTER`` times. Compiling a prefilter costs about as
#: much as trying its rules a few hundred times: below these figures (measured on English and
#: Indonesian news) it does not pay back within a few hundred articles.
_PREFILTER_MIN_RULES = 8
_PREFILTER_AFTER = 64
_NOT_YET = object()


#: An anchor place's end and negated length, its sort key (no Python-level call).
_FIRST_TWO = operator.itemgetter(0, 1)


def _sharing(words: Iterable[str]) -> set[str]:
    """The words that can begin where another of ``words`` begins between word boundaries:
    one is the other's beginning, followed in it by a character that is no letter or digit
    (or ending in "-", which needs no boundary after it).

    Examples
    --------
    >>> sorted(_sharing(["u", "u.s.", "us", "anti-", "anti-war", "war"]))
    ['anti-', 'anti-war', 'u', 'u.s.']
    """
    known = set(words)
    out: set[str] = set()
    for w in known:
        for k in range(1, len(w)):
            head = w[:k]
            if head in known and (head.endswith("-") or not w[k].isalnum()):
                out.update((head, w))
    return out


def _anchors(pattern: str) -> list[str]:
    """Literal words one of which must occur for the pattern to match."""
    protected = _expand_groups(pattern.strip())
    for tok in protected.split():
        if tok in _GAPS:
            continue
        if tok.startswith("(") and tok.endswith(")"):
            return [a.replace("\u0001", " ").split()[0].lower() for a in tok[1:-1].split("|") if a]
        return [tok.replace("\u0001", " ").lower()]
    return []


@dataclass(frozen=True)
class Cues:
    """Closed-class words of one language (see ``data/lang/<code>/cues.yaml``)."""

    abbreviations: tuple[str, ...]
    #: Words before a name that make it a person: titles of address and occupations.
    honorifics: frozenset[str]
    #: The occupations among them ("analyst", "pengamat"): they also tie an expert to the
    #: body named after "at"/"from".
    occupations: frozenset[str]
    reporting_before: frozenset[str]
    reporting_after: tuple[str, ...]
    citing: tuple[str, ...]
    negation: tuple[str, ...]
    #: Words opening a condition: an event after one in its clause is hypothetical.
    conditionals: frozenset[str]
    #: Words right before a verb that say the act did not happen ("nearly shot", "nyaris
    #: menembak"); before a number they do not count ("nearly 100 people killed").
    almost: frozenset[str]
    #: Idioms that hold a negation word but negate nothing ("not only", "tak lama setelah").
    not_negating: tuple[str, ...]
    hypothetical: tuple[str, ...]
    #: Words before a violent verb that make it a threat of force (CAMEO 138), not an attack.
    threat: tuple[str, ...]
    #: Words of intent or design before a violent verb ("wants to", "looking for an excuse
    #: to"): imputed to a party by a speaker of another side, they make the report the
    #: speaker's accusation of that party (CAMEO 112), not an attack.
    imputed: tuple[str, ...]
    #: Obligation words ("should", "harus"): what follows is asked of someone, not done,
    #: whatever the event type.
    deontic: tuple[str, ...]
    #: Future words ("will", "akan"): aid or a visit announced for later is an intent (03x).
    future: tuple[str, ...]
    #: A party declaring itself ready to act ("ready to impose sanctions").
    readiness: tuple[str, ...]
    #: Verbs of receiving: their subject undergoes the aid or support it receives.
    receive_verbs: tuple[str, ...]
    #: Nouns of an unnamed official or office speaking for the party named right before
    #: them ("Moldova's foreign minister said": Moldova speaks).
    speaker_nouns: frozenset[str]
    comitative: frozenset[str]
    agent: frozenset[str]
    between: frozenset[str]
    target: frozenset[str]
    place: frozenset[str]
    origin: frozenset[str]
    destination: frozenset[str]
    list_joiners: frozenset[str]
    occurrence_modals: tuple[str, ...]
    #: Modals a gerund of an act may be the subject of ("warned that supplying missiles would
    #: cross a red line": no supply happened).
    gerund_modals: frozenset[str]
    relative_gap: frozenset[str]
    personal_relatives: frozenset[str]
    clause_breaks: frozenset[str]
    #: Conditional cues that ask ("whether", "apakah"): no condition a threat is made under.
    question_words: frozenset[str]
    #: Words that make a following conditional cue concessive ("even if").
    concessive: frozenset[str]
    #: Words that tie a party to what it owns ("of", "milik").
    owner_words: frozenset[str]
    #: Words joining a clause to the time of the one before ("when", "ketika").
    same_time: frozenset[str]
    #: Clause-break words used as sentence adverbs, which break nothing ("sementara itu").
    connectives: tuple[str, ...]
    head_of: tuple[str, ...]
    #: Words of purpose before a verb of an act ("untuk menyerang"): an aim, not an act.
    purpose_markers: frozenset[str]
    #: Verbs of causing before such a word: its act took place ("mendorong Teheran untuk
    #: melakukan serangan balasan").
    causatives: frozenset[str]
    #: Nouns of a past act's lasting result ("annexation"): named without a date of their
    #: own they are background, not a new event.
    past_state_nouns: frozenset[str]
    #: A plain future before a reduction of relations that announces it decided ("will
    #: boycott", "akan menjatuhkan sanksi").
    announced_future: frozenset[str]
    #: Verbs of consequence after a modal with a noun of an act for subject ("an attack on
    #: Iran would trigger ..."): the act is a condition spoken of.
    consequence_verbs: frozenset[str]
    #: Quantifiers before a noun of an act that make it any such act ("any attack").
    act_quantifiers: frozenset[str]
    #: Phrases naming a country's state media between the country and the outlet ("'s state
    #: news agency") or before both ("televisi pemerintah"): the outlet is affiliated with it.
    state_media: tuple[str, ...]
    #: Words naming the founder of a body ("founder", "pendiri"): the founder is affiliated
    #: with it.
    founder_words: frozenset[str]
    #: Articles before a bare title that make it one known person ("the President said"):
    #: the one person the article gave that title before.
    definite_titles: frozenset[str]
    undergo_verbs: tuple[str, ...]
    #: Capitalised head nouns of organisation names ("Center", "Universitas"): an unknown
    #: capitalised name holding one is a body, not a person.
    org_heads: frozenset[str]
    #: Non-violent causes as the agent of a violent verb: the verb is figurative ("hit by
    #: sanctions", "dihantam krisis").
    figurative_causes: frozenset[str]
    #: Prefixes of passive verbs whose agent may follow bare ("dihantam krisis").
    passive_prefixes: tuple[str, ...]
    #: Feared prospects that make an act in their own clause hypothetical ("fears a Russian
    #: attack", "khawatir Israel menyerang").
    prospects: tuple[str, ...]
    #: Words before a gerund that keep its act from happening ("warned against supplying").
    averting: frozenset[str]
    #: Verbs that end an act named by the gerund after them ("to stop providing military
    #: support"), unless negated.
    stop_verbs: frozenset[str]
    #: Verbs of denial right before an act's verb ("denied attacking civilians").
    denials: frozenset[str]
    #: Words opening a reported clause ("denied that it attacked"): an act in the clause a
    #: denial opens is denied too.
    complementizers: frozenset[str]
    #: Verbs of charging a party ("accused the West of ... supplying weapons"): an act after
    #: them and "of" in their clause is the charge's content, no reported act.
    charges: frozenset[str]
    #: Words naming what something is about ("information about the attack"): a light verb
    #: before them lends no subject to an event noun after them.
    topic_words: frozenset[str]
    #: Prepositions of role also among ``clause_breaks`` ("provide a billion dollars as
    #: military aid"): right before an event noun they open no clause.
    predicative_words: frozenset[str]
    #: Passive verbs of carrying out an act ("dilancarkan", "dilakukan"): after a relative
    #: pronoun behind an event noun, the name right after them carried the act out.
    relative_agent_verbs: frozenset[str]
    #: Words opening an adverbial phrase besides ``clause_breaks`` ("during", "in response
    #: to"): a comma after a name ending such a phrase closes it, no list goes on over it.
    adverbial_openers: frozenset[str]
    #: Objects that make a violent verb figurative ("seized the initiative", "hit the
    #: headlines", "captured the imagination").
    figurative_objects: frozenset[str]
    #: Nouns after an event noun that make it a prospect ("invasion fears", "attack plans",
    #: "the failed invasion predictions").
    prospect_nouns: frozenset[str]
    #: Phrases naming a settlement before its name ("the village of Robotyne"): the
    #: capitalised name after one is a place the gazetteer need not know.
    settlement_of: tuple[str, ...]
    #: Words after which a one-word verb trigger is a noun ("against targets", "the battles").
    noun_markers: frozenset[str]
    #: Negations of will: a concession negated by one is a refusal to yield ("will never
    #: surrender", "tidak akan menyerah").
    refusals: tuple[str, ...]
    #: Words a party and a membership phrase may have between them ("Poland is a member of").
    copulas: frozenset[str]
    #: Nouns that count a person or country as a body's member, next to the body ("Hamas
    #: official X", "NATO member Poland", "pejabat Hamas X"), and the words they may carry.
    member_nouns: tuple[str, ...]
    member_qualifiers: frozenset[str]
    #: Words that close an expert's aside on a topic, not a body worked at ("an expert on").
    topic_markers: frozenset[str]
    #: Prepositions of the body an expert works at ("analyst X at the RAND Corporation").
    at_markers: frozenset[str]
    #: Verb endings ("-ing"): joining a party "in attacking" makes no member of it.
    verb_suffixes: tuple[str, ...]
    #: Noun endings: after "to" such a word stays a noun ("subjected to shelling", "in
    #: response to aggression"), where a bare trigger is a verb ("to attack").
    noun_endings: tuple[str, ...]
    #: Words that make a death violent whatever follows ("shot dead", "tewas ditembak").
    violent_death: frozenset[str]
    #: Trigger words that are also currencies ("pounds"): money after a number or "of".
    currency_words: frozenset[str]
    #: Lower-case words inside an organisation's name ("Center for Eastern Studies",
    #: "Institute of World Economy and International Relations").
    body_connectors: frozenset[str]
    #: Nouns of companies and other bodies: "the chairman of the Russian metals firm" holds
    #: no post of the Russian state.
    body_nouns: frozenset[str]
    #: Verbs of finding: "discovered mass graves" names the finder, not the perpetrator.
    finder_verbs: tuple[str, ...]
    background_markers: frozenset[str]
    #: Words of a commemoration before a war's name: its date is the commemoration's, the
    #: war's is its onset's ("the anniversary of the invasion on February 24").
    anniversary_words: frozenset[str]
    glue_words: frozenset[str]
    verb_prefixes: tuple[str, ...]
    noun_heads: frozenset[str]
    genitive: str
    light_verbs: tuple[str, ...]
    #: Nouns naming a state of war rather than one blow ("war", "invasion", "perang"):
    #: undated, they refer back to the ongoing conflict.
    state_nouns: frozenset[str]
    plural_anaphora: tuple[str, ...]
    lead_verbs: tuple[str, ...]
    facility_nouns: tuple[str, ...]
    #: Verbs between a toll word and its count ("losses ... reached 473,400").
    toll_verbs: tuple[str, ...]
    #: Verbs of losing people, before a count of people nouns ("Russia has lost 200,000
    #: soldiers"): killed or injured, the subject's side.
    loss_verbs: tuple[str, ...]
    #: The people a side loses in war ("lost 200,000 soldiers"; "lost 60,000 residents" to
    #: flight is no toll).
    loss_nouns: tuple[str, ...]
    #: People nouns in the singular that count one ("a Ukrainian soldier was killed").
    singular_people: tuple[str, ...]
    #: Numbered military units: the nouns ("brigade", "Yonif"), the words allowed between
    #: the number and the noun ("separate mechanized"), whether the number comes first
    #: ("93rd Brigade") or after the noun ("Yonif 753"), and the country a unit belongs to
    #: when the text names none (the language's own army: "Yonif" units are Indonesian).
    unit_nouns: tuple[str, ...]
    unit_modifiers: tuple[str, ...]
    unit_number_first: bool
    #: Words between a numbered unit and the force it belongs to ("the 247th Regiment of the
    #: Russian Armed Forces").
    unit_parent_markers: tuple[str, ...]
    #: How the press gives a person's age right after the name: "brackets" ("Siti Rukmini
    #: (60)"), "commas" ("Maksym Maksymov, 29,") or nothing.
    age_after_name: str | None
    unit_country: str | None
    location_verbs: frozenset[str]
    #: Phrases after a person that make the body named next the one the person serves in
    #: ("Girkin had served in the FSB", "mengabdi di Kopassus").
    service_verbs: tuple[str, ...]
    #: Phrases between a party and a body that make the party a member of the body ("Indonesia
    #: sebagai anggota penuh BRICS", "Finland joined NATO").
    member_phrases: tuple[str, ...]
    #: Phrases after which a capitalised name nothing else read names a body ("a member of
    #: Olive Branch", "works for Memorial").
    body_openers: tuple[str, ...]
    counterpart: frozenset[str]
    pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    #: Pronouns of a country or a body ("it"): right after "that" or a reporting verb and
    #: before a modal or the act, the sentence's first country or body.
    thing_pronouns: frozenset[str]
    #: Nouns of other parties related to a possessor ("Ukraine's allies"): the possessor is
    #: not their verb's subject.
    relational_nouns: frozenset[str]
    #: Words that open a subordinate or a coordinate clause and nothing else ("while",
    #: "sementara"): a party or a place after them belongs to that clause.
    subordinators: frozenset[str]
    #: Common nouns of an acting group ("force", "government"): a relative clause on them
    #: has them, not a thing, for subject.
    actor_nouns: frozenset[str]
    #: Nouns of acts besides ``noun_heads`` ("pembunuhan", "serangan"): a party named after
    #: one is the act's, not a judgement's (see ``noun_heads``).
    act_nouns: frozenset[str]
    #: Words opening a relative clause: names in ", who spoke to the BBC," are not the
    #: subject of the verb after the aside.
    relative_pronouns: frozenset[str]
    #: First-person pronouns: "we must" is the speaker's own intent, no appeal to others.
    first_person: frozenset[str]
    speaker_pronouns: frozenset[str]
    numbers: Mapping[str, float]
    vague: frozenset[str]
    #: Words joining the two ends of a number range ("70 to 80,000", "70 hingga 80 ribu").
    range_words: tuple[str, ...]
    scales: Mapping[str, float]
    decimal_comma: bool
    approximators: Mapping[str, str]
    quantity_kinds: Mapping[str, tuple[str, ...]]
    people_nouns: tuple[str, ...]
    #: Vehicles that arrive and leave ("kapal pesiar"): no visit by the name before them.
    vehicle_nouns: frozenset[str]
    #: Words between a subject noun and its verb ("had", "telah").
    auxiliaries: frozenset[str]
    #: Endings of a finite verb right after a name ("Poland condemned"): after a comma such a
    #: name opens a clause of its own, no list ("Russia attacked Ukraine, Poland condemned").
    finite_endings: tuple[str, ...]
    #: Past forms of verbs without those endings ("struck", "fought"): finite verbs too.
    irregular_past: frozenset[str]
    #: Words that are never a title's modifier in an apposition ("and", "said", "yang").
    apposition_stops: tuple[str, ...]
    #: Portfolio words of a minister's title ("Menteri Ketenagakerjaan"): never a name.
    portfolio_words: frozenset[str]
    #: Words opening an aside between a count and its kind ("including three children").
    inclusion: tuple[str, ...]
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    relative_dates: Mapping[str, Mapping[str, Any]]
    #: "four months ago", "enam hari yang lalu": unit words and the unit they count
    #: (days, weeks, months, years), and the words that close the phrase.
    ago_units: Mapping[str, str]
    ago_markers: tuple[str, ...]
    date_markers: frozenset[str]
    #: Words before a bare month name that make it a date ("in January", "pada Januari").
    month_markers: tuple[str, ...]
    #: Words before a year that make it an event's date ("in 2014", "pada tahun 2014").
    year_markers: tuple[str, ...]
    place_heads: frozenset[str]
    #: Possessive endings written after a name ("Russia's Tula region"); none in Indonesian.
    possessives: frozenset[str]
    #: Possessive determiners ("its", "their"): before an event noun they name its agent, so
    #: the party after "of" is what the act hits ("its invasion of Ukraine").
    possessive_determiners: frozenset[str]
    #: Possessive determiners of a person ("his", "her") and of anything ("its", "their"):
    #: before an event noun without an agent they stand for the party named last before them
    #: in the sentence ("the Kremlin was sanctioned over its invasion of Ukraine").
    person_determiners: frozenset[str]
    #: Nouns naming a known war (onsets.yaml) by its actor alone ("Russia's invasion",
    #: "Russian aggression") in an article that names the war's target.
    war_reference_nouns: frozenset[str]
    #: Words that make such a reference generic or another war's ("future Russian
    #: aggression", "centuries of Russian aggression").
    war_reference_blockers: frozenset[str]
    #: Participles joined to a backer's name by a hyphen before the group it backs
    #: ("Kremlin-backed Wagner Group", "Iran-backed Houthis"): the group is affiliated with it.
    backing_participles: frozenset[str]
    #: Phrases between a group and its backer ("Hizbullah yang didukung Iran").
    backed_by_phrases: tuple[str, ...]
    thing_determiners: frozenset[str]
    #: Place prepositions of being inside ("in", "di"; not "near"): an unknown place "in" a
    #: city lies in it.
    inside_words: frozenset[str]
    #: Nouns of an administrative region written after its name ("the Tula region"): the
    #: name before one is a region's.
    region_nouns: tuple[str, ...]
    #: Auxiliaries that make a following participle passive ("were deported").
    passive_aux: frozenset[str]
    #: Participles that are adjectives after an auxiliary ("are prepared to help").
    adjectival_participles: frozenset[str]
    #: Weapons between a bare passive verb and its agent ("diserang drone Rusia").
    weapon_nouns: frozenset[str]
    #: Results of a verb of killing between a bare passive and its agent ("ditembak mati").
    kill_results: frozenset[str]
    #: Counting words after which any noun names people ("dua orang tukang ojek").
    classifiers: tuple[str, ...]
    #: Compass words allowed between a place preposition and a name ("di selatan Gaza").
    compass: frozenset[str]
    stop_names: frozenset[str]
    #: Openings of lines that link to another story ("Baca juga", "Read more").
    link_lines: tuple[str, ...]
    #: Words after a group and before its leader ("KKB pimpinan Jeki Murib", "led by").
    led_by: tuple[str, ...]
    #: Relative words between a body and the cue of its leader ("yang", "which is").
    led_by_gap: tuple[str, ...]
    #: Words before a title that make it a past post ("former President Trump").
    former: frozenset[str]
    #: Day-and-month date shapes (``{d}`` the day, ``{y}`` the year, a month word as written)
    #: that dateparser reads as that day of that month, from ``date_shapes.yaml``: such dates
    #: are read without dateparser (see ``kg.dates.parse_day_month``).
    date_shapes: frozenset[str] = frozenset()


def _low(items: Iterable[Any]) -> tuple[str, ...]:
    return tuple(str(i).lower() for i in items)


class LanguagePack:
    """Cue words and trigger rules of one language."""

    def __init__(self, code: str, cues: Cues, rules: Iterable[TriggerRule]) -> None:
        self.code = code
        self.cues = cues
        self.rules = tuple(rules)
        index: dict[str, list[int]] = {}
        for i, rule in enumerate(self.rules):
            for pat in rule.patterns:
                for a in _anchors(pat):
                    index.setdefault(a, []).append(i)
        self._has_index = bool(index)
        sharing = _sharing(index)
        anchors = {
            word: (word, len(word), word.endswith("-"), word in sharing, self._tries(ids))
            for word, ids in index.items()
        }
        # Each anchor is searched with a space for the word boundary on either side (none
        # after a word ending in "-"), in the text with every character but an ASCII letter
        # or digit made a space (see ``boundary_text``): only whole words are met, not the
        # many "a", "in" and "to" inside longer words. Words that read alike there
        # ("u.s." and "u-s.") share a key.
        by_key: dict[str, list[_Anchor]] = {}
        for word, anchor in anchors.items():
            key = " " + boundary_text(word) + ("" if anchor[2] else " ")
            by_key.setdefault(key, []).append(anchor)
        self._automaton = ahocorasick.Automaton()
        for key, group in by_key.items():
            # a key of one word of ASCII letters and digits alone is met, in ASCII text, only
            # where that word stands between boundaries: no test needed there
            exact = len(group) == 1 and group[0][0].isascii() and group[0][0].isalnum()
            self._automaton.add_word(key, (len(key), tuple(group), exact))
        if index:
            self._automaton.make_automaton()
        # Per anchor word with many rules, a test that any of them can match at an
        # occurrence (see ``_prefilter``). It is compiled once the word has occurred often
        # (compiling one for every anchor would cost more than it saves): most occurrences of
        # "is", "has" or "was" begin no trigger, and one test saves trying a dozen rules.
        self._prefilters: dict[str, Callable[[str, int, int], object] | None] = {}
        self._occurrences: dict[str, int] = {}

    def _tries(self, ids: list[int]) -> tuple[tuple[int, TriggerRule, _Match | None], ...]:
        return tuple(
            (i, rule, rule.lower_regex.match if rule.lower_regex is not None else None)
            for i in sorted(set(ids))
            for rule in (self.rules[i],)
        )

    @classmethod
    def load(cls, folder: Path) -> LanguagePack:
        """Load ``cues.yaml`` and ``events.yaml`` (and any ``events-*.yaml``) from ``folder``."""
        code = folder.name
        cues_file = folder / "cues.yaml"
        try:
            raw = yaml.load(cues_file.read_text(encoding="utf-8"), Loader=_LOADER) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise ResourceError(f"{cues_file}: {exc}") from exc
        cues = _cues_from_yaml(raw)
        shapes_file = folder / "date_shapes.yaml"
        if shapes_file.exists():
            try:
                shapes = yaml.load(shapes_file.read_text(encoding="utf-8"), Loader=_LOADER) or {}
            except (OSError, yaml.YAMLError) as exc:
                raise ResourceError(f"{shapes_file}: {exc}") from exc
            cues = replace(cues, date_shapes=_date_shapes(shapes, cues.months))
        rules: list[TriggerRule] = []
        seen: set[str] = set()
        for events_file in sorted(folder.glob("events*.yaml")):
            try:
                entries = yaml.load(events_file.read_text(encoding="utf-8"), Loader=_LOADER) or []
            except (OSError, yaml.YAMLError) as exc:
                raise ResourceError(f"{events_file}: {exc}") from exc
            for n, entry in enumerate(entries):
                rules.append(_rule_from_yaml(entry, f"{events_file.name} entry {n + 1}", seen))
        return cls(code, cues, rules)

    def find_triggers(self, text: str, start: int, end: int) -> list[TriggerMatch]:
        """All trigger matches in ``text[start:end]``, longest first at a position,
        without overlaps."""
        if not self._has_index:
            return []
        return self._choose(self._candidates(text, start, end), start, end)

    def _candidates(self, text: str, start: int, end: int) -> list[TriggerMatch]:
        """Every rule's match at an anchor of ``text[start:end]`` (a word of the automaton
        between word boundaries; a word ending in "-" needs none after it), by the anchor's
        end and rule index (the order breaks ties in ``_choose``)."""
        piece = text[start:end]
        low = piece.lower()
        if len(low) != end - start:  # a few characters change length when lower-cased
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in piece)
        # the rules' ``lower_regex`` match ``matched`` where their ``regex`` matches ``text``
        # (unless something stands before the span: the regexes look behind)
        matched = ascii_ignorecase_lower(piece) if start == 0 else None
        found: list[TriggerMatch] = []
        seen: set[int] = set()  # rule index + position * number of rules, tried already
        n_rules = len(self.rules)
        prefilters = self._prefilters
        occurrences = self._occurrences
        for s, (word, _length, _hyphen, shared, rules) in self._anchor_places(low):
            # each anchor is the first word of a pattern: try its rules right here
            base = s * n_rules
            pos = start + s
            if len(rules) >= _PREFILTER_MIN_RULES:
                test = prefilters.get(word, _NOT_YET)
                if test is _NOT_YET:
                    n = occurrences[word] = occurrences.get(word, 0) + 1
                    test = self._prefilter(word, rules) if n >= _PREFILTER_AFTER else None
                if test is not None and test(text, pos, end) is None:  # type: ignore[operator]
                    continue
            if not shared:  # no other anchor begins here: no rule was tried here yet
                for _, rule, match in rules:
                    m = (
                        match(matched, pos, end)
                        if matched is not None and match is not None
                        else rule.regex.match(text, pos, end)
                    )
                    if m is not None:
                        found.append(
                            TriggerMatch(rule, m.start(), m.end(), text[m.start() : m.end()])
                        )
                continue
            for i, rule, match in rules:
                if base + i in seen:
                    continue
                seen.add(base + i)
                m = (
                    match(matched, pos, end)
                    if matched is not None and match is not None
                    else rule.regex.match(text, pos, end)
                )
                if m is not None:
                    found.append(TriggerMatch(rule, m.start(), m.end(), text[m.start() : m.end()]))
        return found

    def _anchor_places(self, low: str) -> list[tuple[int, _Anchor]]:
        """Every occurrence of an anchor in ``low`` between word boundaries (a word ending in
        "-" needs none after it), as its start and anchor, ordered as a plain
        Aho-Corasick search of the anchors meets them: by end, the longest first."""
        size = len(low)
        plain = low.isascii()
        places: list[tuple[int, int, int, _Anchor]] = []
        for key_end, (key_length, group, exact) in self._automaton.iter(
            " " + boundary_text(low) + " "
        ):
            s = key_end - key_length + 1  # where the word begins in ``low``
            if plain and exact:
                length = group[0][1]
                places.append((s + length - 1, -length, s, group[0]))
                continue
            for anchor in group:
                word, length, hyphen = anchor[0], anchor[1], anchor[2]
                e = s + length - 1
                # the key is a necessary test only: the word and its boundaries are checked
                if (
                    low.startswith(word, s)
                    and not (s and low[s - 1].isalnum())
                    and not (e + 1 < size and low[e + 1].isalnum() and not hyphen)
                ):
                    places.append((e, -length, s, anchor))
        places.sort(key=_FIRST_TWO)
        return [(s, anchor) for _, _, s, anchor in places]

    def _choose(self, found: list[TriggerMatch], start: int, end: int) -> list[TriggerMatch]:
        # On the same words a speech-act reading comes first ("Blinken said Russia is
        # committing war crimes" is his accusation, not a reported atrocity); the reading it
        # displaced is kept as its fallback for sentences without a speaker.
        found.sort(
            key=lambda t: (
                t.start,
                -(t.end - t.start),
                t.rule.frame != "speaker",
                -t.rule.confidence,
            )
        )
        ordered = sorted(found, key=lambda t: (-(t.end - t.start), t.start))
        keep = claim_spans(((t.start - start, t.end - start) for t in ordered), end - start)
        chosen = [t for t, k in zip(ordered, keep, strict=True) if k]
        if any(t.rule.frame == "speaker" for t in chosen):
            dropped = [t for t, k in zip(ordered, keep, strict=True) if not k]
            chosen = [self._with_fallback(t, dropped) for t in chosen]
        return sorted(chosen, key=lambda t: t.start)

    def _prefilter(
        self, word: str, rules: tuple[tuple[int, TriggerRule, object], ...]
    ) -> Callable[[str, int, int], object] | None:
        """``match`` of one regex joining what may begin at ``word`` in the patterns of
        ``rules`` (see :func:`_prefix_at`), or ``None`` when one of them is the word alone
        (the test would pass at every occurrence). A rule that matches at an occurrence has
        a pattern whose prefix matches there, so a failed test skips only rules that would
        not match."""
        prefixes: list[str] = []
        for _, rule, _ in rules:
            for pat in rule.patterns:
                prefix = _prefix_at(pat, word)
                if prefix is None:
                    self._prefilters[word] = None
                    return None
                if prefix:
                    prefixes.append(prefix)
        rx = re.compile(r"(?<![\w-])(?:" + "|".join(prefixes) + ")", re.IGNORECASE)
        self._prefilters[word] = rx.match
        return rx.match

    @staticmethod
    def _with_fallback(trig: TriggerMatch, dropped: list[TriggerMatch]) -> TriggerMatch:
        if trig.rule.frame != "speaker":
            return trig
        for other in dropped:
            if (
                other.rule.frame != "speaker"
                and other.start == trig.start
                and other.end == trig.end
            ):
                return replace(trig, fallback=other)
        return trig


def _rule_from_yaml(entry: Any, where: str, seen: set[str]) -> TriggerRule:
    if not isinstance(entry, dict):
        raise ResourceError(f"{where}: expected a mapping")
    try:
        rule_id = str(entry["id"])
        cameo = str(entry["cameo"])
        frame = str(entry.get("frame", "directed"))
        if any(isinstance(p, bool) for p in entry["patterns"]):
            raise ResourceError(f"{where}: a pattern is a YAML boolean; quote it")
        patterns = tuple(str(p) for p in entry["patterns"])
    except KeyError as exc:
        raise ResourceError(f"{where}: missing key {exc}") from exc
    if frame not in FRAMES:
        raise ResourceError(f"{where}: unknown frame {frame!r}")
    if rule_id in seen:
        raise ResourceError(f"{where}: duplicate rule id {rule_id!r}")
    if not re.fullmatch(r"\d{2,4}", cameo):
        raise ResourceError(f"{where}: bad CAMEO code {cameo!r}")
    seen.add(rule_id)
    try:
        # ASCII patterns lower-cased match lower-cased text as they match any text with
        # re.IGNORECASE (the other rules' ``regex`` is compiled below, checking it)
        lower_regex = (
            _rule_regex(tuple(p.lower() for p in patterns), 0)
            if all(p.isascii() for p in patterns)
            else None
        )
    except re.error as exc:
        raise ResourceError(f"{where}: bad pattern ({exc})") from exc
    markers = entry.get("target_markers") or []
    if not isinstance(markers, list) or any(not isinstance(m, str) for m in markers):
        raise ResourceError(f"{where}: target_markers must be a list of quoted words")
    verbs = frozenset(
        w
        for p in patterns
        if " * " in p and (m := re.match(r"\(([^)]*)\)", p))
        for alt in m.group(1).lower().split("|")
        for w in alt.split()[:1]
    )
    judged_party = str(entry.get("judged_party", ""))
    if judged_party not in ("", "before", "subject"):
        raise ResourceError(f"{where}: judged_party must be before or subject")
    rule = TriggerRule(
        rule_id,
        cameo,
        frame,
        float(entry.get("confidence", 0.8)),
        patterns,
        lower_regex,
        frozenset(_low(markers)),
        verbs,
        bool(entry.get("place_only", False)),
        bool(entry.get("reciprocal", False)),
        bool(entry.get("needs_target", False)),
        bool(entry.get("object_inside", False)),
        judged_party,
        bool(entry.get("object_next", False)),
        bool(entry.get("subject_next", False)),
        bool(entry.get("person_subject", False)),
    )
    if lower_regex is None:
        try:
            _ = rule.regex  # compiled now, checking the patterns, and kept
        except re.error as exc:
            raise ResourceError(f"{where}: bad pattern ({exc})") from exc
    return rule


def _rule_regex(patterns: tuple[str, ...], flags: int) -> re.Pattern[str]:
    """One regex matching any of ``patterns`` at a word start."""
    body = "|".join(compile_pattern(p) for p in patterns)
    # a word ends at a boundary; a pattern ending in a quote needs none ('called X "')
    return re.compile(r"(?<![\w-])(?:" + body + r")(?:(?<![\w])|(?![\w]))", flags)


def _date_shapes(raw: Any, months: Mapping[str, int]) -> frozenset[str]:
    """The shapes of ``date_shapes.yaml`` for each month word not excepted, in lower, title and
    upper case.

    Examples
    --------
    >>> sorted(_date_shapes({"shapes": ["{d} {m} {y}"], "except": ["ags"]}, {"mei": 5, "ags": 8}))
    ['{d} MEI {y}', '{d} Mei {y}', '{d} mei {y}']
    """
    if not isinstance(raw, dict) or not isinstance(raw.get("shapes") or [], list):
        raise ResourceError("date_shapes.yaml: expected a mapping with a list of shapes")
    skip = set(_low(raw.get("except") or ()))
    words = [w for w in months if w not in skip]
    return frozenset(
        str(shape).replace("{m}", form)
        for shape in raw.get("shapes") or ()
        for w in words
        for form in (w, w.title(), w.upper())
        if form.lower() == w  # the month is looked up by the lower-cased word
    )


def _cues_from_yaml(raw: Mapping[str, Any]) -> Cues:
    def lst(key: str) -> tuple[str, ...]:
        items = raw.get(key) or ()
        if any(isinstance(i, bool) for i in items):
            raise ResourceError(
                f'cues.yaml: {key} holds a YAML boolean; quote words such as "on", "no", "yes"'
            )
        return _low(items)

    return Cues(
        abbreviations=tuple(raw.get("abbreviations") or ()),
        honorifics=frozenset(lst("honorifics")) | frozenset(lst("occupations")),
        occupations=frozenset(lst("occupations")),
        reporting_before=frozenset(lst("reporting_before")),
        reporting_after=lst("reporting_after"),
        citing=lst("citing"),
        negation=lst("negation"),
        almost=frozenset(lst("almost")),
        conditionals=frozenset(lst("conditionals")),
        not_negating=lst("not_negating"),
        hypothetical=lst("hypothetical"),
        threat=lst("threat"),
        imputed=lst("imputed"),
        deontic=lst("deontic"),
        future=lst("future"),
        readiness=lst("readiness"),
        speaker_nouns=frozenset(lst("speaker_nouns")),
        receive_verbs=lst("receive_verbs"),
        comitative=frozenset(lst("comitative")),
        agent=frozenset(lst("agent")),
        between=frozenset(lst("between")),
        target=frozenset(lst("target")),
        place=frozenset(lst("place")),
        origin=frozenset(lst("origin")),
        destination=frozenset(lst("destination")),
        list_joiners=frozenset(lst("list_joiners")),
        occurrence_modals=lst("occurrence_modals"),
        gerund_modals=frozenset(lst("gerund_modals")),
        relative_gap=frozenset(lst("relative_gap")),
        personal_relatives=frozenset(lst("personal_relatives")),
        clause_breaks=frozenset(lst("clause_breaks")),
        question_words=frozenset(lst("question_words")),
        concessive=frozenset(lst("concessive")),
        owner_words=frozenset(lst("owner_words")),
        same_time=frozenset(lst("same_time")),
        connectives=lst("connectives"),
        head_of=lst("head_of"),
        definite_titles=frozenset(lst("definite_titles")),
        founder_words=frozenset(lst("founder_words")),
        state_media=lst("state_media"),
        consequence_verbs=frozenset(lst("consequence_verbs")),
        announced_future=frozenset(lst("announced_future")),
        past_state_nouns=frozenset(lst("past_state_nouns")),
        purpose_markers=frozenset(lst("purpose_markers")),
        causatives=frozenset(lst("causatives")),
        act_quantifiers=frozenset(lst("act_quantifiers")),
        undergo_verbs=lst("undergo_verbs"),
        org_heads=frozenset(lst("org_heads")),
        body_connectors=frozenset(lst("body_connectors")),
        figurative_causes=frozenset(lst("figurative_causes")),
        passive_prefixes=lst("passive_prefixes"),
        prospects=lst("prospects"),
        averting=frozenset(lst("averting")),
        stop_verbs=frozenset(lst("stop_verbs")),
        denials=frozenset(lst("denials")),
        complementizers=frozenset(lst("complementizers")),
        charges=frozenset(lst("charges")),
        topic_words=frozenset(lst("topic_words")),
        predicative_words=frozenset(lst("predicative_words")),
        relative_agent_verbs=frozenset(lst("relative_agent_verbs")),
        adverbial_openers=frozenset(lst("adverbial_openers")),
        figurative_objects=frozenset(lst("figurative_objects")),
        prospect_nouns=frozenset(lst("prospect_nouns")),
        settlement_of=lst("settlement_of"),
        refusals=lst("refusals"),
        noun_markers=frozenset(lst("noun_markers")),
        copulas=frozenset(lst("copulas")),
        member_nouns=lst("member_nouns"),
        member_qualifiers=frozenset(lst("member_qualifiers")),
        topic_markers=frozenset(lst("topic_markers")),
        at_markers=frozenset(lst("at_markers")),
        verb_suffixes=lst("verb_suffixes"),
        noun_endings=lst("noun_endings"),
        violent_death=frozenset(lst("violent_death")),
        currency_words=frozenset(lst("currency_words")),
        body_nouns=frozenset(lst("body_nouns")),
        finder_verbs=lst("finder_verbs"),
        background_markers=frozenset(lst("background_markers")),
        anniversary_words=frozenset(lst("anniversary_words")),
        glue_words=frozenset(lst("glue_words")),
        verb_prefixes=lst("verb_prefixes"),
        noun_heads=frozenset(lst("noun_heads")),
        genitive=str(raw.get("genitive", "after")),
        light_verbs=lst("light_verbs"),
        state_nouns=frozenset(lst("state_nouns")),
        plural_anaphora=lst("plural_anaphora"),
        lead_verbs=lst("lead_verbs"),
        facility_nouns=lst("facility_nouns"),
        toll_verbs=lst("toll_verbs"),
        loss_verbs=lst("loss_verbs"),
        loss_nouns=lst("loss_nouns"),
        singular_people=lst("singular_people"),
        unit_nouns=lst("unit_nouns"),
        unit_modifiers=lst("unit_modifiers"),
        unit_number_first=bool(raw.get("unit_number_first", True)),
        unit_parent_markers=lst("unit_parent_markers"),
        age_after_name=str(raw["age_after_name"]) if raw.get("age_after_name") else None,
        unit_country=(str(raw["unit_country"]) if raw.get("unit_country") else None),
        location_verbs=frozenset(lst("location_verbs")),
        service_verbs=lst("service_verbs"),
        member_phrases=lst("member_phrases"),
        body_openers=lst("body_openers"),
        counterpart=frozenset(lst("counterpart")),
        pronouns=frozenset(lst("pronouns")),
        plural_pronouns=frozenset(lst("plural_pronouns")),
        thing_pronouns=frozenset(lst("thing_pronouns")),
        relational_nouns=frozenset(lst("relational_nouns")),
        subordinators=frozenset(lst("subordinators")),
        actor_nouns=frozenset(lst("actor_nouns")),
        act_nouns=frozenset(lst("act_nouns")),
        relative_pronouns=frozenset(lst("relative_pronouns")),
        first_person=frozenset(lst("first_person")),
        speaker_pronouns=frozenset(lst("speaker_pronouns")),
        numbers={str(k).lower(): float(v) for k, v in (raw.get("numbers") or {}).items()},
        vague=frozenset(lst("vague")),
        range_words=lst("range_words"),
        scales={str(k).lower(): float(v) for k, v in (raw.get("scales") or {}).items()},
        decimal_comma=bool(raw.get("decimal_comma", False)),
        approximators={str(k).lower(): str(v) for k, v in (raw.get("approximators") or {}).items()},
        quantity_kinds={str(k): _low(v) for k, v in (raw.get("quantity_kinds") or {}).items()},
        people_nouns=lst("people_nouns"),
        vehicle_nouns=frozenset(w for n in lst("vehicle_nouns") for w in n.lower().split()),
        auxiliaries=frozenset(lst("auxiliaries")),
        finite_endings=lst("finite_endings"),
        irregular_past=frozenset(lst("irregular_past")),
        apposition_stops=lst("apposition_stops"),
        portfolio_words=frozenset(lst("portfolio_words")),
        inclusion=lst("inclusion"),
        months={str(k).lower(): int(v) for k, v in (raw.get("months") or {}).items()},
        weekdays={str(k).lower(): int(v) for k, v in (raw.get("weekdays") or {}).items()},
        ago_units={str(k).lower(): str(v) for k, v in (raw.get("ago_units") or {}).items()},
        ago_markers=lst("ago_markers"),
        relative_dates={
            str(k).lower(): dict(v) for k, v in (raw.get("relative_dates") or {}).items()
        },
        date_markers=frozenset(lst("date_markers")),
        month_markers=lst("month_markers"),
        year_markers=lst("year_markers"),
        place_heads=frozenset(lst("place_heads")),
        possessives=frozenset(lst("possessives")),
        possessive_determiners=frozenset(lst("possessive_determiners")),
        person_determiners=frozenset(lst("person_determiners")),
        war_reference_nouns=frozenset(lst("war_reference_nouns")),
        war_reference_blockers=frozenset(lst("war_reference_blockers")),
        backing_participles=frozenset(lst("backing_participles")),
        backed_by_phrases=tuple(lst("backed_by_phrases")),
        thing_determiners=frozenset(lst("thing_determiners")),
        inside_words=frozenset(lst("inside_words")),
        region_nouns=lst("region_nouns"),
        passive_aux=frozenset(lst("passive_aux")),
        adjectival_participles=frozenset(lst("adjectival_participles")),
        weapon_nouns=frozenset(lst("weapon_nouns")),
        kill_results=frozenset(lst("kill_results")),
        classifiers=lst("classifiers"),
        compass=frozenset(lst("compass")),
        stop_names=frozenset(str(s) for s in raw.get("stop_names") or ()),
        link_lines=lst("link_lines"),
        led_by=lst("led_by"),
        led_by_gap=lst("led_by_gap"),
        former=frozenset(lst("former")),
    )
