"""Counts of people killed, injured, displaced... read from a sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.langpack import Cues
from kg.model import Quantity
from kg.text import KeywordScan


@dataclass(frozen=True)
class QuantityMention:
    start: int
    end: int
    quantity: Quantity


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
        filler = (
            r"(?:\s+(?:of\s+)?(?:the\s+)?(?:"
            + rf"{name}\s+(?:{nouns})(?![\w])|(?:{nouns})(?:\s+{name}){{1,2}}|"
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
            + rf"(?:\s+(?:{nouns}))?",
            re.IGNORECASE,
        )
        # matches begin with a count (digits, a number word, an approximator) or a kind
        counts = [*cues.approximators, *cues.numbers]
        self._scans = (
            KeywordScan(self._after, counts if cues.approximators and cues.numbers else [""]),
            KeywordScan(self._before, list(kinds) or [""]),
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

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[QuantityMention]:
        end = len(text) if end is None else end
        out: list[QuantityMention] = []
        taken: list[tuple[int, int]] = []
        for scan in self._scans:
            for m in scan.finditer(text, start, end):
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
        return sorted(out, key=lambda q: q.start)
