"""Text stages: normalisation, language detection, sentence splitting, tokens.

Offsets everywhere are into the normalised text returned by :func:`normalize`.

Sentence splitting is rule-based with abbreviation lists from the language
packs. pysbd was measured at ~7 ms per 3 KB article here (too slow for the
500 articles/s target) and has no Indonesian rules, so we use a small
regex splitter driven by data instead.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import accumulate, repeat
from typing import Any, NamedTuple

from kg.model import Sentence

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_QUOTES = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u2032": "'",
        "\u2013": "-",
        "\u2014": " - ",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
    }
)
#: Every character the two tables above change (none is ASCII): found in one pass.
_TRANSLATED = re.compile("[" + "".join(map(chr, {**_ZERO_WIDTH, **_QUOTES})) + "]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# a lone surrogate (JSON "\ud800") cannot be encoded as UTF-8: it becomes U+FFFD
SURROGATES = re.compile("[\ud800-\udfff]")
# runs of spaces and tabs but a single space, which would be replaced by itself
_SPACES = re.compile(r" [ \t]+|\t[ \t]*")
# "Gaza -Tembakan": a dash after a space is punctuation, never a hyphen (the pattern opens
# with the dash and looks behind it: much faster to search than a look-behind first)
_SPACE_DASH = re.compile(r"-(?<=\s-)(?=[^\W\d_])")
# "tertinggiAyatollah", "RudalIran": a word glued to a capitalised one by a scraper (the
# capital, to be replaced by a space and itself; the pattern opens with it and looks behind
# it, which is much faster to search than a look-behind first)
_GLUED = re.compile(r"[A-Z](?<=[a-z]{2}[A-Z])(?=[a-z])")
# "the country.After a call": a sentence end glued to the next sentence (kept as ``\g<0> ``)
# (two-letter words too, where they end sentences: "ready for it.He also warned"; and an
# acronym opening the next sentence: "Klaus Iohannis.NATO was represented")
_GLUED_STOP = re.compile(
    r"[.!?](?:(?<=[a-z]{3}[.!?])|(?<=\b(?:it|us|up)[.!?]))(?=[A-Z][a-z]|[A-Z]{2,5}\b)"
)
# 'aggression."We do not', 'win."He said': a quote between a sentence end and the next
# sentence, which opens the next one or closes this one (see ``_split_quote``; the pattern
# opens with the quote and looks behind it, like ``_GLUED``)
_GLUED_QUOTE = re.compile(r"\"(?<=[a-z]{3}[.!?]\")(?=[A-Z][a-z])")
_DATELINE = re.compile(
    r"^\s*(?P<src>(?:[A-Za-z0-9][\w-]*(?:\.[A-Za-z]{2,6}){1,2}|[A-Z][A-Z.]+(?:\s[A-Z][A-Z.]+){0,3})"
    # a dash with a space on one side at least: "TPNPB-OPM mengklaim" opens with a name
    r"(?:\s*,\s*[A-Z][\w .]{1,30}?)?(?:\s*\([^)]{1,40}\))?)(?:\s+-{1,2}\s*|-{1,2}\s+|\s*:\s*)(?=\S)",
)
_DATELINE_STRICT_SRC = re.compile(
    r"^[A-Z0-9 .,()]+$|\.(?:com|co\.id|id|net|org|tv)\b|\(", re.IGNORECASE
)


def _translate(m: re.Match[str]) -> str:
    return m.group().translate(_ZERO_WIDTH).translate(_QUOTES)


def normalize(text: str) -> str:
    """Normalise Unicode, quotes, dashes, zero-width and control characters.

    Never raises; newlines are kept so paragraph breaks still split sentences.

    Examples
    --------
    >>> normalize("\u201cHalo\u201d\u200b dunia \u2013 ok")
    '"Halo" dunia - ok'
    >>> normalize("pemimpin tertinggiAyatollah dariAmerika, RudalIran")
    'pemimpin tertinggi Ayatollah dari Amerika, Rudal Iran'
    """
    text = unicodedata.normalize("NFC", SURROGATES.sub("\ufffd", text))
    text = _TRANSLATED.sub(_translate, text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub(" ", text)
    text = _SPACE_DASH.sub("- ", text)
    if "  " in text or "\t" in text:  # what ``_SPACES`` matches holds one or the other
        text = _SPACES.sub(" ", text)
    text = _GLUED.sub(r" \g<0>", text)
    text = _GLUED_STOP.sub(_split_stop, text)
    if '."' in text or '!"' in text or '?"' in text:
        text = _GLUED_QUOTE.sub(_split_quote, text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def _split_stop(m: re.Match[str]) -> str:
    """A space after a sentence end glued to the next sentence, unless an acronym follows
    the point inside an address or a file name ("www.gov.UK", "report.PDF")."""
    nxt = m.string[m.end() : m.end() + 1]
    if nxt.isupper() and not m.string[m.end() + 1 : m.end() + 2].islower():
        word_start = max(m.string.rfind(c, 0, m.start()) for c in ' \n\t("') + 1
        if any(c in m.string[word_start : m.start()] for c in "./@:"):
            return m.group()
        ending = re.match(r"[A-Za-z]+", m.string[m.end() : m.end() + 8])
        if ending is not None and ending.group().lower() in _FILE_ENDINGS:
            return m.group()
    return m.group() + " "


#: File-name endings written in capitals after a point: no sentence opens there.
_FILE_ENDINGS = frozenset({"pdf", "doc", "docx", "xls", "xlsx", "ppt", "jpg", "jpeg", "png"})


def _split_quote(m: re.Match[str]) -> str:
    """A space before a quote that opens the next sentence (an even number of quotes before it
    on its line), after one that closes this sentence (an odd number)."""
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    opens = m.string.count('"', line_start, m.start()) % 2 == 0
    return ' "' if opens else '" '


_CAP_WORD = re.compile(r"\b[A-Z][a-z]{2,}[a-z]+\b")


def unglue(text: str, is_name: Callable[[str], bool], is_word: Callable[[str], bool]) -> str:
    """Split a known name glued to the next word ("Iranmenghantam" -> "Iran menghantam").

    A capitalised token is split after its longest prefix that ``is_name`` accepts when the
    rest is a word ``is_word`` accepts. Language packs supply both tests.

    Examples
    --------
    >>> unglue("Rudal Iranmenghantam Putinpada", lambda w: w in {"Iran", "Putin"},
    ...        lambda w: w.startswith("me") or w == "pada")
    'Rudal Iran menghantam Putin pada'
    """

    def split(m: re.Match[str]) -> str:
        tok = m.group()
        for i in range(len(tok) - 2, 2, -1):
            if is_name(tok[:i]) and is_word(tok[i:]):
                return tok[:i] + " " + tok[i:]
        return tok

    return _CAP_WORD.sub(split, text)


def find_dateline(text: str) -> tuple[int, int, str] | None:
    """Find a leading source line such as ``"KENDARIEKSPRES.COM -"`` or ``"JAKARTA -"``.

    Returns ``(start, end, source)`` of the dateline in ``text`` (searched at the
    start of each of the first three lines), or ``None``.

    Examples
    --------
    >>> find_dateline("KENDARIEKSPRES.COM - Untuk pertama kalinya")
    (0, 21, 'KENDARIEKSPRES.COM')
    >>> find_dateline("Rusia menyerang Ukraina.") is None
    True
    """
    offset = 0
    for line in text.split("\n")[:3]:
        m = _DATELINE.match(line)
        if m and _DATELINE_STRICT_SRC.search(m.group("src").strip()):
            src = m.group("src").strip()
            return offset + m.start(), offset + m.end(), src
        offset += len(line) + 1
    return None


class Token(NamedTuple):
    start: int
    end: int
    text: str
    #: ``text.lower()``, computed once by :func:`tokenize` (the later stages read it often).
    lower: str

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()


_CASE_CUT = re.compile(r"(?<=[a-z]{2})[a-z](?=[A-Z][a-z])")
# where a token may be cut by ``_CASE_CUT`` (opening with the capital: faster to search)
_MAY_CUT = re.compile(r"[A-Z](?<=[a-z]{3}[A-Z])(?=[a-z])")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:[-'.]\w+)*\.?|\S", re.UNICODE)
#: ``_TOKEN`` where a word takes a trailing period only when it holds another one ("A.S."):
#: the tokens of ``tokenize`` when no token is cut at a case change.
#: (The repetitions are possessive: nothing after them can fail, so the greedy match is the
#: only one, found without keeping the places to backtrack to.)
_TOKEN_NO_CUT = re.compile(r"\d+(?:[.,]\d+)*+|\w+(?:[-']\w+)*+(?:\.\w+(?:[-'.]\w+)*+\.?)?+|\S")
#: ``_TOKEN_NO_CUT`` as one group, for ``split``: the pieces alternate between the white space
#: before a token (maybe empty) and the token.
_TOKEN_SPLIT = re.compile("(" + _TOKEN_NO_CUT.pattern + ")")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into word, number and punctuation tokens.

    A trailing period is kept on a token only when it is followed by another
    letter (``U.S.``); otherwise it becomes its own token.

    Examples
    --------
    >>> [t.text for t in tokenize("Rusia, 5,5 juta. A.S. ok")]
    ['Rusia', ',', '5,5', 'juta', '.', 'A.S.', 'ok']
    """
    end = len(text) if end is None else end
    if _MAY_CUT.search(text, start, end) is None:
        # No token can be cut at a case change (the common case: ``normalize`` already
        # splits such joins). ``_TOKEN_NO_CUT`` leaves the period of "juta." to a token of
        # its own, so each match is one token, built without the checks below, field by
        # field with ``map`` (no Python-level loop: a fifth faster than a comprehension).
        # ``split`` gives the tokens and the white space between them as strings (no match
        # objects): the running sum of their lengths is where each token begins and ends.
        pieces = _TOKEN_SPLIT.split(text[start:end] if start or end != len(text) else text)
        bounds = list(accumulate(map(len, pieces), initial=start))
        words = pieces[1::2]
        fields = zip(bounds[1:-1:2], bounds[2::2], words, map(str.lower, words), strict=True)
        return list(map(tuple.__new__, repeat(Token, len(words)), fields))
    return _tokenize_general(text, start, end)


def _tokenize_general(text: str, start: int, end: int) -> list[Token]:
    """:func:`tokenize` token by token (any text)."""
    out: list[Token] = []
    add = out.append
    new = tuple.__new__  # Token(s, e, t) without the Python-level __new__ of NamedTuple
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.span()
        tok = m.group()
        # a scraper's join of two words ("SerikatDonald"): split at the case change
        cut = None if tok.islower() or tok.isupper() else _CASE_CUT.search(tok)
        if cut is not None and tok.isalpha():
            c = cut.start() + 1
            head, tail = tok[:c], tok[c:]
            add(new(Token, (s, s + c, head, head.lower())))
            add(new(Token, (s + c, e, tail, tail.lower())))
        elif tok[-1] == "." and len(tok) > 1 and tok.count(".") == 1:
            word = tok[:-1]
            add(new(Token, (s, e - 1, word, word.lower())))
            add(new(Token, (e - 1, e, ".", ".")))
        else:
            add(new(Token, (s, e, tok, tok.lower())))
    return out


#: Longest sentence handed to the later stages. Scraped text without punctuation can make
#: one "sentence" of a whole page, and the argument search is quadratic in a sentence's
#: mentions; a longer span is cut at white space. (The longest sentence of the Indonesian
#: and English development corpora is about 1,300 characters.)
MAX_SENTENCE_CHARS = 2000


_INITIALS = re.compile(r"(?:\w\.)+")


class SentenceSplitter:
    """Split text into sentences using an abbreviation list.

    A span longer than :data:`MAX_SENTENCE_CHARS` is cut into pieces at white space
    (or, in a run without white space, at the limit).

    Examples
    --------
    >>> sp = SentenceSplitter(["Jend.", "U.S."])
    >>> [s.text for s in sp.split("Jend. Milley tiba. Dia bicara.\\nBaris baru")]
    ['Jend. Milley tiba.', 'Dia bicara.', 'Baris baru']
    """

    # ``[.!?]+["')\]]*(?=\s)|\n+``, written to open with one class of the characters a match
    # begins with (the search then skips to them; with two alternatives first it tries every
    # position: three times slower)
    _END = re.compile(r'[.!?\n](?:(?<=[.!?])[.!?]*["\')\]]*(?=\s)|(?<=\n)\n*)')

    def __init__(self, abbreviations: Iterable[str]) -> None:
        self._abbrev = frozenset(a.lower() for a in abbreviations)

    def _is_abbrev(self, text: str, dot: int) -> bool:
        j = dot
        while j > 0 and not text[j - 1].isspace():
            j -= 1
        word = text[j : dot + 1].lower().lstrip("(\"'")
        if word in self._abbrev:
            return True
        # single capital initial ("J. Biden") or a dotted acronym ("A.S.")
        return len(word) <= 4 and _INITIALS.fullmatch(word) is not None

    def split(self, text: str) -> list[Sentence]:
        sentences: list[Sentence] = []
        start = 0
        for m in self._END.finditer(text):
            mark, after = m.group(), m.end()
            if mark[0] == "." and not mark.startswith("..") and self._is_abbrev(text, m.start()):
                continue
            # next sentence must not start with a lower-case letter after a period
            if mark[0] in ".!?" and text[after : after + 2].lstrip()[:1].islower():
                continue
            self._add(text, start, after if mark[0] != "\n" else m.start(), sentences)
            start = after
        self._add(text, start, len(text), sentences)
        return sentences

    @staticmethod
    def _add(text: str, start: int, end: int, out: list[Sentence]) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        while end - start > MAX_SENTENCE_CHARS:
            cut = start + MAX_SENTENCE_CHARS
            space = cut
            while space > start + MAX_SENTENCE_CHARS // 2 and not text[space].isspace():
                space -= 1
            if text[space].isspace():
                cut = space
            piece_end = cut
            while piece_end > start and text[piece_end - 1].isspace():
                piece_end -= 1
            out.append(Sentence(len(out), start, piece_end, text[start:piece_end]))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if end > start:
            out.append(Sentence(len(out), start, end, text[start:end]))


#: Languages the detector also knows, so that an article written in one of them is
#: reported as unsupported instead of being read as English or Indonesian. Malay is left
#: out on purpose: it is close to Indonesian, and Indonesian articles would be lost to it.
OTHER_LANGUAGES = (
    "fr", "de", "es", "pt", "it", "nl", "pl", "ru", "uk", "ar", "fa", "he", "tr", "zh", "ja",
    "ko", "vi", "th", "hi",
)  # fmt: skip
#: Fewest letters of a sample for which an unsupported language is believed; shorter
#: samples (headlines, "Kawan Pal.") are too easily mistaken and go to a supported one.
_MIN_LETTERS_OTHER = 40


class LanguageDetector:
    """Detect Indonesian or English with lingua (models ship inside the wheel).

    ``languages`` are the supported codes; ``others`` the languages that are recognised
    only to be reported (see :data:`OTHER_LANGUAGES`).
    """

    def __init__(
        self, languages: Iterable[str] = ("en", "id"), others: Iterable[str] = OTHER_LANGUAGES
    ) -> None:
        self._codes = tuple(languages)
        self._others = tuple(c for c in others if c not in self._codes)
        self._detector: Any = None
        self._wide: Any = None

    @staticmethod
    def _build(codes: Iterable[str]):  # type: ignore[no-untyped-def]
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

        langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in codes]
        return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()

    def detect(self, text: str) -> str | None:
        """Return the ISO 639-1 code of ``text`` or ``None`` when unsure.

        The code may be one of the unsupported ``others`` when the sample has at least
        40 letters and lingua is at least 50 % sure of it.

        Examples
        --------
        >>> d = LanguageDetector()
        >>> d.detect("Presiden mengatakan serangan itu menewaskan warga")
        'id'
        >>> d.detect("Le président a rencontré le chancelier allemand à Paris mercredi.")
        'fr'
        """
        sample = text[:600]
        letters = sum(ch.isalpha() for ch in sample)
        if letters < 10:
            return None
        if self._others and letters >= _MIN_LETTERS_OTHER:
            if self._wide is None:
                self._wide = self._build(self._codes + self._others)
            wide = self._wide
            lang = wide.detect_language_of(sample)
            if lang is not None:
                code = lang.iso_code_639_1.name.lower()
                if code in self._codes:
                    return code
                if wide.compute_language_confidence(sample, lang) >= 0.5:
                    return code
        if self._detector is None:
            self._detector = self._build(self._codes)
        detector = self._detector
        lang = detector.detect_language_of(sample)
        return None if lang is None else lang.iso_code_639_1.name.lower()


def claim_spans(spans: Iterable[tuple[int, int]], size: int) -> list[bool]:
    """Greedy non-overlapping selection: for each (start, end) in the given order, whether it
    is kept because none of its characters were claimed by an earlier kept span.

    Examples
    --------
    >>> claim_spans([(0, 5), (3, 8), (5, 9)], 10)
    [True, False, True]
    """
    taken = bytearray(max(size, 0) + 1)
    keep = []
    for start, end in spans:
        ok = end > start and taken.find(1, start, end) == -1
        if ok:
            taken[start:end] = b"\x01" * (end - start)
        keep.append(ok)
    return keep


#: Characters ``re.IGNORECASE`` matches to an ASCII letter that lower-casing keeps apart.
_CASE_TWINS = ("\u0131", "\u017f")


def faithful_lower(span: str) -> str | None:
    """``span.lower()`` when it is a match for ``re.IGNORECASE`` character for character, else
    ``None`` (a character whose lower case is longer, or "ı" and "ſ", which match "i" and "s").

    Examples
    --------
    >>> faithful_lower("Kyiv"), faithful_lower("İstanbul"), faithful_lower("ſ")
    ('kyiv', None, None)
    """
    low = span.lower()
    if span.isascii() or (len(low) == len(span) and not any(c in low for c in _CASE_TWINS)):
        return low
    return None


#: The characters beyond ASCII that ``re.IGNORECASE`` matches to an ASCII letter other than by
#: their lower case ("İ", whose lower case is two characters, "ı" and "ſ"), as that letter.
_ASCII_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def ascii_ignorecase_lower(span: str) -> str | None:
    """``span`` lower-cased character for character such that a pattern of lower-case ASCII
    literals (and classes such as ``\\w`` and ``\\s``) matches it where the pattern matches
    ``span`` with ``re.IGNORECASE``; ``None`` if no such text keeps the length of ``span``.
    It is ``faithful_lower(span)`` when that is not ``None``.

    Examples
    --------
    >>> ascii_ignorecase_lower("Kyiv"), ascii_ignorecase_lower("İstanbul ıſ")
    ('kyiv', 'istanbul is')
    """
    low = span.lower()
    if span.isascii() or (len(low) == len(span) and not any(c in low for c in _CASE_TWINS)):
        return low
    low = span.translate(_ASCII_TWINS).lower()
    return low if len(low) == len(span) else None


#: Byte by byte: an ASCII letter or digit as itself, anything else as a space.
_WORD_BYTES = bytes(c if chr(c).isascii() and chr(c).isalnum() else 0x20 for c in range(256))


def boundary_text(text: str) -> str:
    """``text`` with every character but an ASCII letter or digit made a space (same length:
    a character beyond ASCII is one byte "?" first). Every character that is no letter or
    digit, in any script, becomes a space, so a word between boundaries in ``text`` is
    found with a space on either side here.

    Examples
    --------
    >>> boundary_text("u.s.-backed “kyïv”_2")
    'u s  backed  ky v  2'
    """
    return text.encode("ascii", "replace").translate(_WORD_BYTES).decode("ascii")


class TextView(NamedTuple):
    """What every :class:`KeywordScan` of a text needs, computed once for the text: its
    ``faithful_lower`` (or ``None``), where its runs of digits begin and the
    :func:`boundary_text` of its lower case between two spaces (``None`` with ``low``)."""

    text: str
    low: str | None
    digits: tuple[int, ...]
    bounded: str | None = None


def text_view(text: str) -> TextView:
    """The :class:`TextView` of the whole of ``text``.

    Examples
    --------
    >>> text_view("Day 3: 12 Dead")[:3]
    ('Day 3: 12 Dead', 'day 3: 12 dead', (4, 7))
    >>> text_view("Day 3: 12 Dead").bounded
    ' day 3  12 dead '
    """
    low = faithful_lower(text)
    return TextView(
        text,
        low,
        tuple(m.start() for m in (_DIGIT_STARTS if text.isascii() else _DIGIT_RUNS).finditer(text)),
        None if low is None else " " + boundary_text(low) + " ",
    )


_DIGIT_RUNS = re.compile(r"\d+")
#: Where the runs of ``_DIGIT_RUNS`` begin in ASCII text (one digit class first and a look
#: behind it: twice as fast to search).
_DIGIT_STARTS = re.compile(r"[0-9](?<![0-9][0-9])")


class KeywordScan:
    r"""``rx.finditer`` that tries ``rx`` only where a match can begin.

    ``rx`` is a case-insensitive pattern each of whose matches begins with one of
    ``words`` (only the first word of each is used) or with a run of digits, and
    never right after a letter or digit (a look-behind such as ``(?<![\w])``). The
    places where a first word or a digit run begins are found in one pass
    (Aho-Corasick over the lower-cased text) and ``rx`` is tried only there, in order,
    exactly as ``finditer`` would meet them. Words that are not ASCII, and text where
    lower-casing is no match for ``re.IGNORECASE`` (a character whose lower case is
    longer, or "ı" and "ſ", which match "i" and "s"), take plain ``finditer``. The
    matches are the same either way. A match may also begin with one of the characters
    ``anywhere``, wherever it stands (an opening quote right after a letter).

    Examples
    --------
    >>> rx = re.compile(r"(?<![\w])(?:at\s+least\s+)?\d+\s+(?:killed|dead)", re.IGNORECASE)
    >>> scan = KeywordScan(rx, ["at least"])
    >>> [m.group() for m in scan.finditer("AT LEAST 5 killed, 7 dead, x8 dead")]
    ['AT LEAST 5 killed', '7 dead']
    """

    def __init__(
        self,
        rx: re.Pattern[str],
        words: Iterable[str],
        whole_words: bool = False,
        anywhere: str = "",
    ) -> None:
        self.rx = rx
        self._anywhere = (
            re.compile("[" + "".join(map(re.escape, anywhere)) + "]") if anywhere else None
        )
        firsts = {w.split()[0].lower() if w.split() else "" for w in words}
        self._fast = all(f and f.isascii() for f in firsts)
        # First words of letters and digits alone are searched after a space in the
        # ``boundary_text`` of the lower case (so only at the start of a word: not the many
        # "a" inside longer words), and with ``whole_words`` before a space too: ``rx``
        # promises then that no match begins with such a word followed by a letter or digit
        # ("a" in "about"). The other first words are searched in the lower case itself,
        # with the word boundary before them tested one by one.
        self._words: Any = None
        self._automaton: Any = None
        if self._fast and firsts:
            import ahocorasick

            words_only = {f for f in firsts if f.isalnum()}
            if words_only:
                self._words = ahocorasick.Automaton()
                for f in words_only:
                    key = " " + f + (" " if whole_words else "")
                    # the word begins this many characters before the key's end
                    self._words.add_word(key, len(key) - 1)
                self._words.make_automaton()
            if firsts - words_only:
                self._automaton = ahocorasick.Automaton()
                for f in firsts - words_only:
                    self._automaton.add_word(f, len(f))
                self._automaton.make_automaton()

    def finditer(
        self, text: str, start: int = 0, end: int | None = None, view: TextView | None = None
    ) -> Iterator[re.Match[str]]:
        """``rx.finditer(text, start, end)``; ``view``, the :func:`text_view` of ``text``, saves
        lower-casing it and finding its digits again in every scan of the same text."""
        end = len(text) if end is None else end
        bounded: str | None
        if view is not None and view.text is text and start == 0 and end == len(text):
            low: str | None = view.low
            digits: Iterable[int] = view.digits
            bounded = view.bounded
        else:
            low = faithful_lower(text[start:end])
            digits = [m.start() for m in _DIGIT_RUNS.finditer(text, start, end)]
            bounded = None
        if not self._fast or low is None:
            yield from self.rx.finditer(text, start, end)
            return
        places = set(digits)
        if self._words is not None:
            # the bounded text opens with one space more than ``low``
            if bounded is None:
                bounded = " " + boundary_text(low) + " "
            places.update([start + e - n for e, n in self._words.iter(bounded)])
        if self._anywhere is not None:
            places.update([m.start() for m in self._anywhere.finditer(text, start, end)])
        if self._automaton is not None:
            # a first word inside a longer word ("a" in "Ukraine") cannot begin a match
            for e, n in self._automaton.iter(low):
                p = start + e - n + 1
                if p == start or not text[p - 1].isalnum():
                    places.add(p)
        done = start
        match = self.rx.match
        for p in sorted(places):
            if p < done:
                continue
            m = match(text, p, end)
            if m is not None:
                yield m
                done = m.end()


@lru_cache(maxsize=4096)
def casefold_key(s: str) -> str:
    """A key for alias lookup: lower case, no diacritics, single spaces.

    Examples
    --------
    >>> casefold_key("  Erdoğan’s ")
    "erdogan's"
    """
    s = unicodedata.normalize("NFKD", normalize(s))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return " ".join(s.lower().split())
