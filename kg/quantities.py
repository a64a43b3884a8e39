"""Counts of people killed, injured, displaced... read from a sentence."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import ahocorasick

from kg.langpack import Cues
from kg.model import Quantity
from kg.text import KeywordScan, TextView, boundary_text, faithful_lower


@dataclass(frozen=True)
class QuantityMention:
    start: int
    end: int
    quantity: Quantity


#: A stretch of words, apostrophes, hyphens and white space (what "a soldier was killed" is)
_WORDY = re.compile(r"[\w'’\s-]+")


def _alt(words: object) -> str:
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


class QuantityFinder:
    """Find casualty and displacement counts.

    Examples
    --------
    >>> from kg.langpack import LanguagePack
    >>> from kg.ontology import resource_dir
    >>> pack = LanguagePack.load(resource_dir("data") / "lang" / "id")
    >>> f = QuantityFinder(pack.cues)
    >>> s = "menyebabkan ribuan orang tewas atau terluka dan lebih dari 5 juta orang mengungsi"
    >>> [(q.quantity.kind, q.quantity.value, q.quantity.approx) for q in f.find(s)]
    [('killed_or_injured', 1000.0, 'order'), ('displaced', 5000000.0, 'at_least')]
    """

    def __init__(self, cues: Cues) -> None:
        self.cues = cues
        num_words = _alt(cues.numbers)
        scales = _alt(cues.scales)
        approx = _alt(cues.approximators)
        nouns = _alt(cues.people_nouns)
        kinds = {w: k for k, ws in cues.quantity_kinds.items() for w in ws}
        self._kind_of = {" ".join(w.split()): k for w, k in kinds.items()}
        kind_alt = _alt(kinds)
        digits = r"\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?"
        joins = "|".join(
            [r"\s*[-\u2013]\s*", *(rf"\s+{re.escape(w)}\s+" for w in cues.range_words)]
        )
        number = (
            rf"(?:(?P<approx>{approx})\s+)?(?P<num>{digits}|{num_words})"
            rf"(?:(?:{joins})(?P<num2>{digits}))?"
            rf"(?:\s+(?P<scale>{scales}))?(?![\w])"
        )
        # a proper name or adjective only next to a people noun: "12 Ukrainian soldiers",
        # "30 warga Palestina" (never alone: "2022 Russia killed" is no count)
        name = r"(?-i:[A-Z])[\w'’-]*"
        # "dua orang tukang ojek": after a classifier of people any one or two lower-case
        # words name them
        not_noun = _alt([*kinds, *cues.list_joiners, *cues.relative_pronouns])
        counted = (
            rf"(?:{_alt(cues.classifiers)})(?:\s+(?!(?:{not_noun})(?![\w]))(?-i:[a-z])[\w-]*){{1,2}}|"
            if cues.classifiers
            else ""
        )
        filler = (
            r"(?:\s+(?:of\s+)?(?:(?:the|its|their|our|his|her)\s+)?(?:"
            + rf"{name}\s+(?:{nouns})(?![\w])|(?:{nouns})(?:\s+{name}){{1,2}}|"
            + counted
            + nouns
            + r"|yang|telah|sudah|were|have\s+been|had\s+been|has\s+been|been|have|has|had|are|was|people|were\s+reported|reportedly|internally|already|also|dilaporkan|dinyatakan|orang|di\s+antaranya|juga|dikabarkan|mengalami|menderita|suffered|sustained))*"
        )
        aside = (
            rf"(?:\s*,\s*(?:{_alt(cues.inclusion)})\s[^,.;]{{1,60}},)?" if cues.inclusion else ""
        )
        self._after = re.compile(
            r"(?<![\w.,])"
            + number
            + filler
            + aside
            + filler
            + rf"\s+(?:of\s+)?(?P<kind>{kind_alt})(?![\w])",
            re.IGNORECASE,
        )
        # "killed at least 30 people", "death toll rose to 30"
        self._before = re.compile(
            rf"(?<![\w])(?P<kind>{kind_alt})(?:\s+(?:rose|climbed|reached|to|has|had|of|mencapai|menjadi|sebanyak|bertambah))*\s+"
            + number
            + rf"(?:(?:\s+{name})?\s+(?:{nouns})(?![\w]))?",
            re.IGNORECASE,
        )
        # "four generals, 58 colonels and 176 lieutenant colonels were killed": the other counts
        # of a list share the kind of the one the patterns found
        item = rf"(?P<num>{digits}|{num_words})(?:\s+{name})?\s+(?:{nouns})(?![\w])"
        link = r"(?:\s*,\s*(?:and\s+|dan\s+|serta\s+)?|\s+(?:and|dan|serta)\s+)"
        self._list_before = re.compile(rf"(?<![\w.,]){item}{link}$", re.IGNORECASE)
        self._list_after = re.compile(rf"{link}{item}", re.IGNORECASE)
        # matches begin with a count (digits, a number word, an approximator) or a kind
        # "the number of Russian victims since the invasion reached 473,400": a toll word,
        # a stretch of the same clause, a toll verb, the count (killed and losses only)
        toll_kinds = [w for w, k in kinds.items() if k in ("killed", "killed_or_injured")]
        self._far = (
            re.compile(
                rf"(?<![\w])(?P<kind>{_alt(toll_kinds)})(?![\w])[^.;!?\n]{{0,90}}?\s"
                rf"(?:{_alt(cues.toll_verbs)})\s+" + number,
                re.IGNORECASE,
            )
            if cues.toll_verbs and toll_kinds
            else None
        )
        # "Russia has lost 200,000 soldiers": a verb of losing before a count of combatants
        # ("lost 3,000 tanks", "lost 20 percent", "lost 60,000 residents" count no dead)
        loss = [" ".join(w.split()) for w in cues.loss_verbs]
        self._lost = (
            re.compile(
                rf"(?<![\w])(?P<kind>{_alt(loss)})\s+"
                + number
                + rf"(?:\s+of)?(?:\s+(?:its|their|his|her|our|the))?(?:\s+{name})?\s+"
                + rf"(?:{_alt(cues.loss_nouns)})(?![\w])",
                re.IGNORECASE,
            )
            if loss and cues.loss_nouns
            else None
        )
        self._kind_of.update({w.lower(): "killed_or_injured" for w in loss})
        # one person without a number: "a Ukrainian soldier was killed", "shelling kills
        # civilian" (the noun in the singular counts one)
        single = _alt(cues.singular_people)
        one_kinds = [w for w, k in kinds.items() if k in ("killed", "injured")]
        self._single = (
            re.compile(
                rf"(?<![\w-])(?:(?:a|an|one)\s+)?(?:{name}\s+){{0,2}}(?P<num>{single})"
                rf"\s+(?:(?:was|has\s+been|had\s+been|is)\s+)?(?P<kind>{_alt(one_kinds)})(?![\w])"
                rf"|(?<![\w-])(?P<kind2>{_alt(one_kinds)})\s+(?:(?:a|an|one)\s+)?(?:{name}\s+){{0,2}}"
                rf"(?P<num2>{single})(?![\w])",
                re.IGNORECASE,
            )
            if cues.singular_people and one_kinds
            else None
        )
        # where "a soldier was killed" can be: see _single_matches
        words = (*cues.singular_people, *one_kinds)
        self._single_filter = (
            (
                re.compile("|".join(re.escape(w.split()[0]) for w in one_kinds)),
                tuple({w.split()[0] for w in cues.singular_people}),
            )
            if self._single is not None and all(_WORDY.fullmatch(w) for w in words)
            else None
        )
        # every count names its kind ("12 killed", "death toll rose to 30", "a soldier was
        # killed") between word boundaries: an article without the first word of one holds no
        # count (most articles hold none)
        self._kind_words: Any = None
        if kinds and all(w.isascii() and boundary_text(w).split() for w in (*kinds, *loss)):
            self._kind_words = ahocorasick.Automaton()
            for w in (*kinds, *loss):
                first = boundary_text(w.lower()).split()[0]
                self._kind_words.add_word(f" {first} ", first)
            self._kind_words.make_automaton()
        counts = [*cues.approximators, *cues.numbers]
        # each first word of a match is whole: white space, a dash or a boundary follows it
        self._scans = (
            KeywordScan(
                self._after,
                counts if cues.approximators and cues.numbers else [""],
                whole_words=True,
            ),
            KeywordScan(self._before, list(kinds) or [""], whole_words=True),
            *(
                (KeywordScan(self._far, toll_kinds, whole_words=True),)
                if self._far is not None
                else ()
            ),
            *((KeywordScan(self._lost, loss, whole_words=True),) if self._lost is not None else ()),
        )

    def _digits(self, raw: str) -> float | None:
        if self.cues.decimal_comma:
            if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw):
                raw = raw.replace(".", "")
            raw = raw.replace(",", ".")
        else:
            raw = raw.replace(",", "")
        try:
            return float(raw)
        except ValueError:
            return None

    def _value(self, m: re.Match[str]) -> tuple[float, str] | None:
        raw = m.group("num").lower()
        approx = self.cues.approximators.get(" ".join((m.group("approx") or "").lower().split()))
        if raw[0].isdigit():
            parsed = self._digits(raw)
            if parsed is None:
                return None
            value = parsed
            default = "exact"
            upper = m.group("num2")
            if upper:
                # a range counts its lower end: "70 to 80,000" is at least 70,000 (the
                # thousands of the upper end carry over to a bare lower end)
                groups = len(re.findall(r"[.,]\d{3}(?!\d)", upper))
                if groups and not re.search(r"[.,]\d{3}(?!\d)", raw):
                    value *= 1000**groups
                default = "at_least"
        else:
            value = self.cues.numbers.get(" ".join(raw.split()), 0.0)
            default = "order" if " ".join(raw.split()) in self.cues.vague else "exact"
        if m.group("scale"):
            value *= self.cues.scales[m.group("scale").lower()]
        if value <= 0 or value > 1e10:
            return None
        return value, approx or default

    def find(
        self, text: str, start: int = 0, end: int | None = None, view: TextView | None = None
    ) -> list[QuantityMention]:
        """The counts in ``text[start:end]`` (``view``: its :func:`kg.text.text_view`, if made)."""
        end = len(text) if end is None else end
        out: list[QuantityMention] = []
        if self._holds_no_kind(text, start, end, view):
            return out
        taken: list[tuple[int, int]] = []
        for scan in self._scans:
            for m in scan.finditer(text, start, end, view):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                v = self._value(m)
                kind = self._kind_of.get(" ".join(m.group("kind").lower().split()))
                if v is None or kind is None:
                    continue
                taken.append((m.start(), m.end()))
                out.append(
                    QuantityMention(m.start(), m.end(), Quantity(kind, v[0], v[1], m.group()))
                )
                out.extend(self._list_members(text, m, kind, start, end, taken))
        if self._single is not None:
            for m in self._single_matches(text, start, end):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                kind = self._kind_of.get(
                    " ".join((m.group("kind") or m.group("kind2")).lower().split())
                )
                if kind is None:
                    continue
                taken.append((m.start(), m.end()))
                out.append(
                    QuantityMention(m.start(), m.end(), Quantity(kind, 1.0, "exact", m.group()))
                )
        return sorted(out, key=lambda q: q.start)

    def _holds_no_kind(self, text: str, start: int, end: int, view: TextView | None) -> bool:
        """Whether the whole of ``text``, whose ``view`` is given, holds no word that opens a
        kind (``False`` when that is not known)."""
        if (
            self._kind_words is None
            or view is None
            or view.text is not text
            or view.bounded is None
            or (start, end) != (0, len(text))
        ):
            return False
        return next(self._kind_words.iter(view.bounded), None) is None

    def _single_matches(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """``self._single.finditer(text, start, end)``, tried only where a match can be.

        The pattern may begin at any word (a capitalised name), so ``finditer`` tries it at
        every word of the text: a twentieth of the extraction time of English news. A match
        holds only words, apostrophes, hyphens and white space (``_WORDY``), one of them a
        casualty word and one a people noun: so it lies inside one wordy stretch that holds
        both, and only such stretches are scanned (their ends are punctuation, which the
        pattern's look-arounds treat as they treat the end of the text). Text where
        lower-casing is no match for ``re.IGNORECASE`` is scanned whole.
        """
        assert self._single is not None
        low = faithful_lower(text[start:end]) if self._single_filter is not None else None
        if low is None or self._single_filter is None:
            yield from self._single.finditer(text, start, end)
            return
        kinds, people = self._single_filter
        stretches = [m.span() for m in _WORDY.finditer(text, start, end)]
        firsts = [s for s, _e in stretches]
        for i in sorted({bisect_right(firsts, start + k.start()) - 1 for k in kinds.finditer(low)}):
            s, e = stretches[i]
            if any(w in low[s - start : e - start] for w in people):
                yield from self._single.finditer(text, s, e)

    def _list_members(
        self,
        text: str,
        m: re.Match[str],
        kind: str,
        start: int,
        end: int,
        taken: list[tuple[int, int]],
    ) -> list[QuantityMention]:
        """The other counts of a list around the count ``m`` found, with its kind."""
        found: list[QuantityMention] = []
        # leftwards: "Two colonels, three officers and 12 soldiers were killed"
        pos = m.start()
        while True:
            left = self._list_before.search(text, max(start, pos - 80), pos)
            if left is None or any(left.start() < e and s < left.end() for s, e in taken):
                break
            value = self._count(left.group("num"))
            if value is None:
                break
            found.append(
                QuantityMention(
                    left.start(), left.end(), Quantity(kind, value, "exact", left.group().strip())
                )
            )
            taken.append((left.start(), left.end()))
            pos = left.start()
        # rightwards after a kind-first match: "the death of four generals, 58 colonels ..."
        if m.start("kind") < m.start("num"):
            pos = m.end()
            while (right := self._list_after.match(text, pos, end)) is not None:
                value = self._count(right.group("num"))
                if value is None or any(right.start() < e and s < right.end() for s, e in taken):
                    break
                found.append(
                    QuantityMention(
                        right.start("num"),
                        right.end(),
                        Quantity(kind, value, "exact", text[right.start("num") : right.end()]),
                    )
                )
                taken.append((right.start(), right.end()))
                pos = right.end()
        return found

    def _count(self, raw: str) -> float | None:
        if raw[0].isdigit():
            return self._digits(raw)
        value = self.cues.numbers.get(" ".join(raw.lower().split()))
        return value if value and " ".join(raw.lower().split()) not in self.cues.vague else None
