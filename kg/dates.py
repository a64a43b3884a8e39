"""Date normalisation against the publication date.

Absolute dates ("24 Februari 2022", "May 19") are parsed with dateparser;
the rules it gets wrong for news are ours and are tested: a bare weekday
("Kamis", "on Thursday") is the latest such day on or before publication; a
year-less date is in the publication year unless that would put it more than
60 days after publication; "pekan lalu"/"last week" is the previous week,
reported at month precision.

Dates far from the present are kept as written, never dropped or moved: an
article may well speak of 1853 or of a plan for 2030, and the text is the
evidence. A date that no calendar arithmetic can reach (a weekday before
0001-01-01, "next week" after 9999-12-31) is not a date and is skipped.
:func:`implausible_dates` names the dates of an extraction worth a second look
(before 1900, or more than a year after publication); ``kg ingest`` and
``kg extract`` print them as warnings and store the facts unchanged.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kg.langpack import Cues
from kg.model import Extraction
from kg.text import KeywordScan, TextView

#: Dates before this are flagged by :func:`implausible_dates` (and kept).
EARLIEST_PLAUSIBLE = dt.date(1900, 1, 1)
#: An event this long after its article's publication is flagged (and kept).
LATEST_AFTER_PUBLICATION = dt.timedelta(days=366)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY"
    precision: str  # day | month | year

    @property
    def bare_year(self) -> bool:
        """A year written alone after its marker ("in 2014"), not a relative one."""
        return self.text.isdigit()


@lru_cache(maxsize=8192)
def _dateparser_parse(text: str, lang: str) -> dt.date | None:
    import dateparser

    parsed = dateparser.parse(
        text,
        languages=[lang],
        settings={
            "REQUIRE_PARTS": ["day", "month"],
            "PREFER_DAY_OF_MONTH": "first",
            "RELATIVE_BASE": dt.datetime(2000, 1, 1),
        },
    )
    return None if parsed is None else parsed.date()


# "24 Februari 2022", "24 Feb.", "May 19th, 2022", "May 19": the common written forms, with
# single spaces. Such a text is read by hand once dateparser has read its shape (same month
# word, dot, suffix and comma) the same way; anything else goes to dateparser itself.
_PLAIN_DMY = re.compile(r"(\d{1,2}) ([^\W\d_]+)(\.?)(?: (\d{4}))?")
_PLAIN_MDY = re.compile(r"([^\W\d_]+)(\.?) (\d{1,2})([a-z]{2})?(?:(,?) (\d{4}))?")


@lru_cache(maxsize=1024)
def _shape_agrees(shape: str, month: int, lang: str) -> bool:
    """Whether dateparser reads the date shape ``shape`` (``{d}`` the day, ``{y}`` the year)
    as that day of ``month`` in that year (tried on 28 of 2021).

    Whether it does depends on the month word and the ordinal suffix, not on the numbers
    (checked on every shape the language packs allow, for days 0-99 and years 0-9999).
    Cached per shape (a pure function of its arguments: dateparser's reading does not
    change within a process); the shapes are few (month word, dot, suffix and comma).
    """
    return _dateparser_parse(shape.format(d=28, y=2021), lang) == dt.date(2021, month, 28)


def parse_day_month(
    text: str, months: Mapping[str, int], lang: str, read: Collection[str] = ()
) -> dt.date | None:
    """The date of a day-and-month expression (year 2000 when it has none).

    What dateparser would return for ``text`` (``text + " 2000"`` without a year), but
    without calling it for the common shapes it has already read once, nor for the shapes
    ``read`` (those dateparser is known to read as their day of their month: a language
    pack's ``date_shapes.yaml``, checked against dateparser by the tests; importing and
    starting dateparser takes a tenth of a second in every process).

    Examples
    --------
    >>> months = {"may": 5, "mei": 5}
    >>> parse_day_month("May 19th, 2022", months, "en"), parse_day_month("31 Mei", months, "id")
    (datetime.date(2022, 5, 19), datetime.date(2000, 5, 31))
    >>> parse_day_month("31 Juni 2022", {"juni": 6}, "id") is None
    True
    """
    m = _PLAIN_DMY.fullmatch(text)
    if m is not None:
        day, word, dot, year = m.groups()
        shape = f"{{d}} {word}{dot} {{y}}"
    else:
        m = _PLAIN_MDY.fullmatch(text)
        if m is None:
            return _dateparser_parse(text if _YEAR.search(text) else f"{text} 2000", lang)
        word, dot, day, suffix, comma, year = m.groups()
        shape = f"{word}{dot} {{d}}{suffix or ''}{comma or ''} {{y}}"
    month = months.get(word.lower())
    if month is None or not (shape in read or _shape_agrees(shape, month, lang)):
        return _dateparser_parse(text if year else f"{text} 2000", lang)
    try:
        return dt.date(int(year) if year else 2000, month, int(day))
    except ValueError:
        return None


#: The end of a range of days ("6-8", "6th-8th"), dropped so the range dates its first day.
_DAY_RANGE = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?")
_YEAR = re.compile(r"\d{4}")
#: A number right before a year's marker ("Nomor 20 Tahun 2023").
_NUMBER_BEFORE = re.compile(r"\d\s+$")


class DateFinder:
    """Find and resolve date expressions of one language.

    Examples
    --------
    >>> from kg.langpack import LanguagePack
    >>> from kg.ontology import resource_dir
    >>> pack = LanguagePack.load(resource_dir("data") / "lang" / "id")
    >>> f = DateFinder(pack.cues, "id")
    >>> pub = dt.date(2022, 5, 20)
    >>> [(d.text, d.value) for d in f.find("pada hari Kamis, sejak 24 Februari", pub)]
    [('Kamis', '2022-05-19'), ('24 Februari', '2022-02-24')]
    >>> [d.value for d in f.find("pekan lalu", pub)]
    ['2022-05']
    """

    def __init__(self, cues: Cues, lang: str) -> None:
        self.cues = cues
        self.lang = lang
        months = "|".join(sorted((re.escape(m) for m in cues.months), key=len, reverse=True))
        days = "|".join(sorted((re.escape(d) for d in cues.weekdays), key=len, reverse=True))
        rel = "|".join(
            sorted(
                (re.escape(r).replace(r"\ ", r"\s+") for r in cues.relative_dates),
                key=len,
                reverse=True,
            )
        )
        markers = "|".join(
            sorted((re.escape(w) for w in cues.month_markers), key=len, reverse=True)
        )
        parts = [
            # a range of days ("6-8 August 2016", "August 6-8, 2016") dates its first day
            rf"(?P<dmy>\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?(?:st|nd|rd|th)?(?:\s+of)?\s+(?:{months})\.?(?:\s+\d{{4}})?)",
            rf"(?P<mdy>(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
            rf"(?:\s*[-–]\s*\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?)",
            rf"(?P<my>(?:{months})\s+\d{{4}})",
            r"(?P<iso>\d{4}-\d{2}-\d{2})",
            r"\((?P<num>\d{1,2}/\d{1,2}(?:/\d{2,4})?)\)",
            # a weekday is capitalised ("minggu lalu" is last week, not Sunday)
            rf"(?P<wd>(?-i:(?=[A-Z]))(?:{days}))",
        ]
        if rel:
            parts.append(rf"(?P<rel>{rel})")
        ago = _alternation(cues.ago_markers)
        if ago and cues.ago_units:
            # "four months ago", "enam hari yang lalu": a count of units before the publication
            words = [re.escape(w) for w in cues.numbers if " " not in w]
            counts = _alternation([r"\d{1,3}", *words], escaped=True)
            units = _alternation(list(cues.ago_units))
            parts.append(rf"(?P<ago>(?:{counts})\s+(?:{units})\s+(?:{ago}))")
        if markers and months:
            # "in January", "mid-March", "the end of August": the marker is kept out of the
            # mention by ``find``
            parts.append(rf"(?:{markers})(?:\s+|\s*-\s*)(?P<mo>(?:{months}))(?!\.?\s+\d)")
        years = _alternation(cues.year_markers)
        if years:
            # "in 2014", "pada tahun 2014": a year of the last two centuries after its marker,
            # not a count written with separators ("in 2,000 homes"); a span ("2014-2015")
            # dates its first year
            parts.append(rf"(?:{years})\s+(?P<yr>(?:19|20)\d{{2}})(?![.,]\d)")
        self._rx = re.compile(r"(?<![\w/])(?:" + "|".join(parts) + r")(?![\w/])", re.IGNORECASE)
        # every match begins with a digit, "(", a month, a weekday or a relative date
        words = [
            *cues.months,
            *cues.weekdays,
            *cues.relative_dates,
            *cues.month_markers,
            *cues.year_markers,
            *(w for w in cues.numbers if " " not in w and ago and cues.ago_units),
            "(",
        ]
        # each first word of a match is whole: white space, a period, a dash or a boundary
        # follows it
        self._scan = KeywordScan(
            self._rx, words if cues.months and cues.weekdays else [""], whole_words=True
        )

    def find(
        self,
        text: str,
        published: dt.date | None,
        start: int = 0,
        end: int | None = None,
        view: TextView | None = None,
    ) -> list[DateMention]:
        """The dates in ``text[start:end]`` (``view``: its :func:`kg.text.text_view`, if made)."""
        end = len(text) if end is None else end
        out: list[DateMention] = []
        for m in self._scan.finditer(text, start, end, view):
            try:
                resolved = self._resolve(m, published)
            except (OverflowError, ValueError):  # beyond 0001-01-01 .. 9999-12-31
                resolved = None
            if resolved is None:
                continue
            # "Kamis (19/5/2022)", "Jumat, 14 Juni 2025", "Tuesday, February 8": the explicit
            # date replaces the weekday before it
            if (
                out
                and 0 <= m.start() - out[-1].end <= 2
                and (
                    m.lastgroup == "num"
                    or (
                        m.lastgroup in ("dmy", "mdy") and out[-1].text.lower() in self.cues.weekdays
                    )
                )
            ):
                prev = out.pop()
                out.append(DateMention(prev.start, m.end(), text[prev.start : m.end()], *resolved))
                continue
            if (
                m.lastgroup == "wd"
                and out
                and out[-1].text.lower() in self.cues.weekdays
                and text[out[-1].end : m.start()].strip() == "("
            ):
                continue  # "pada hari Kamis (Jumat waktu Jakarta)": the local day, a gloss
            if m.lastgroup == "yr" and _NUMBER_BEFORE.search(text, 0, m.start()):
                continue  # "Undang-Undang Nomor 20 Tahun 2023": a law's number and year
            if (
                m.lastgroup == "rel"
                and resolved[1] == "day"
                and out
                and out[-1].text.lower() in self.cues.weekdays
                and not text[out[-1].end : m.start()].strip()
                and published is not None
            ):
                # "pada Minggu kemarin": the weekday, told as just past (a week back when it
                # is the publication's own day)
                prev = out[-1]
                if prev.value == published.isoformat():
                    day = (published - dt.timedelta(days=7)).isoformat()
                    out[-1] = DateMention(prev.start, prev.end, prev.text, day, "day")
                continue
            spec = (
                self.cues.relative_dates.get(" ".join(m.group().lower().split()))
                if m.lastgroup == "rel"
                else None
            )
            if (
                spec is not None
                and "weeks" in spec
                and out
                and out[-1].text.lower() in self.cues.weekdays
                and not text[out[-1].end : m.start()].strip()
                and published is not None
            ):
                # "Jumat pekan lalu", "on Friday last week": that weekday of the week named
                prev = out.pop()
                monday = published - dt.timedelta(days=published.weekday())
                that_day = monday + dt.timedelta(
                    weeks=int(spec["weeks"]), days=self.cues.weekdays[prev.text.lower()]
                )
                span = text[prev.start : m.end()]
                out.append(DateMention(prev.start, m.end(), span, that_day.isoformat(), "day"))
                continue
            if (
                m.lastgroup == "rel"
                and resolved[1] == "year"
                and out
                and out[-1].precision == "month"
                and out[-1].text.lower().rstrip(".") in self.cues.months
                and not text[out[-1].end : m.start()].strip()
            ):
                # "in February this year", "in March last year": the month of that year
                prev = out.pop()
                value = f"{resolved[0]}-{prev.value[5:7]}"
                out.append(
                    DateMention(prev.start, m.end(), text[prev.start : m.end()], value, "month")
                )
                continue
            if m.lastgroup in ("mo", "yr"):
                kind = m.lastgroup
                out.append(DateMention(m.start(kind), m.end(kind), m.group(kind), *resolved))
                continue
            out.append(DateMention(m.start(), m.end(), m.group(), *resolved))
        return out

    def _resolve(self, m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
        kind = m.lastgroup
        text = m.group(kind or 0)
        if kind == "yr":
            # "elections in 2030", "sanctions until 2026": a year after publication is a plan
            return None if pub is not None and int(text) > pub.year else (text, "year")
        if kind == "iso":
            try:
                return dt.date.fromisoformat(text).isoformat(), "day"
            except ValueError:
                return None
        if kind == "my":
            month_word, year = text.split()
            month = self.cues.months.get(month_word.lower().rstrip("."))
            return (f"{int(year):04d}-{month:02d}", "month") if month else None
        if kind in ("dmy", "mdy"):
            has_year = bool(_YEAR.search(text))
            text = _DAY_RANGE.sub(r"\1", text)
            parsed = parse_day_month(text, self.cues.months, self.lang, self.cues.date_shapes)
            if parsed is None:
                return None
            if has_year:
                return parsed.isoformat(), "day"
            if pub is None:
                return None
            return _in_year_near(parsed.month, parsed.day, pub), "day"
        if kind == "num":
            bits = [int(b) for b in text.split("/")]
            if len(bits) == 3:
                year = bits[2] + 2000 if bits[2] < 100 else bits[2]
            elif pub is not None:
                year = pub.year
            else:
                return None
            try:
                day = dt.date(year, bits[1], bits[0])
            except ValueError:
                return None
            if len(bits) == 2 and pub is not None and day > pub + dt.timedelta(days=60):
                day = day.replace(year=year - 1)
            return day.isoformat(), "day"
        if pub is None:
            return None
        if kind == "mo":
            month = self.cues.months.get(text.lower().rstrip("."))
            if month is None or not text[:1].isupper():  # "this may mean": a modal verb
                return None
            # the latest such month up to the publication month
            year = pub.year if month <= pub.month else pub.year - 1
            return f"{year:04d}-{month:02d}", "month"
        if kind == "wd":
            wd = self.cues.weekdays[text.lower()]
            back = (pub.weekday() - wd) % 7
            return (pub - dt.timedelta(days=back)).isoformat(), "day"
        if kind == "rel":
            spec = self.cues.relative_dates[" ".join(text.lower().split())]
            return _relative(spec, pub)
        if kind == "ago":
            count, unit = text.lower().split()[:2]
            n = int(count) if count.isdigit() else self.cues.numbers.get(count)
            step = self.cues.ago_units.get(unit)
            if n is None or step is None:
                return None
            precision = {"days": "day", "weeks": "week", "months": "month", "years": "year"}[step]
            return _relative({step: -int(n), "precision": precision}, pub)
        return None


def _alternation(words: Sequence[str], escaped: bool = False) -> str:
    """A regex alternation of ``words``, longest first (spaces match any white space)."""
    forms = sorted(words if escaped else (re.escape(w) for w in words), key=len, reverse=True)
    return "|".join(f.replace(r"\ ", r"\s+") for f in forms)


def _in_year_near(month: int, day: int, pub: dt.date) -> str:
    try:
        cand = dt.date(pub.year, month, day)
    except ValueError:
        return f"{pub.year:04d}-{month:02d}"
    if cand > pub + dt.timedelta(days=60):
        cand = cand.replace(year=pub.year - 1)
    return cand.isoformat()


def _relative(spec: Mapping[str, Any], pub: dt.date) -> tuple[str, str]:
    precision = str(spec.get("precision", "day"))
    days = int(spec.get("days", 0) or 0) + 7 * int(spec.get("weeks", 0) or 0)  # type: ignore[call-overload]
    months = int(spec.get("months", 0) or 0)  # type: ignore[call-overload]
    years = int(spec.get("years", 0) or 0)  # type: ignore[call-overload]
    day = pub + dt.timedelta(days=days)
    if precision == "day":
        return day.isoformat(), "day"
    if precision == "week":
        return f"{day.year:04d}-{day.month:02d}", "month"
    if precision == "month":
        y, m = divmod(day.year * 12 + day.month - 1 + months, 12)
        if not dt.MINYEAR <= y <= dt.MAXYEAR:
            raise OverflowError(f"year {y} is out of range")
        return f"{y:04d}-{m + 1:02d}", "month"
    if not dt.MINYEAR <= day.year + years <= dt.MAXYEAR:
        raise OverflowError(f"year {day.year + years} is out of range")
    return f"{day.year + years:04d}", "year"


def _first_day(value: str) -> dt.date | None:
    parts = value.split("-")
    try:
        return dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, 1)
    except (ValueError, IndexError):
        return None


def implausible_dates(ext: Extraction) -> list[str]:
    """Warnings for dates of ``ext`` that are kept but worth checking.

    A publication date or event date before 1900, and an event date more than a
    year after publication, are named; the facts themselves are not changed.

    Examples
    --------
    >>> from kg.pipeline import Extractor
    >>> ext = Extractor.default().extract_text(
    ...     "Russia attacked Kyiv on 12 March 1850.", lang="en", published=dt.date(2022, 5, 20))
    >>> implausible_dates(ext)
    ['event date 1850-03-12 is before 1900 (kept as written): Russia attacked Kyiv on 12 March 1850.']
    """
    out = []
    pub = ext.document.published
    if pub is not None and pub < EARLIEST_PLAUSIBLE:
        out.append(f"publication date {pub.isoformat()} is before 1900 (kept as written)")
    for ev in ext.events:
        if not ev.date:
            continue
        first = _first_day(ev.date)
        if first is None:
            continue
        where = ev.evidence.sentence[:80]
        if first < EARLIEST_PLAUSIBLE and (pub is None or pub >= EARLIEST_PLAUSIBLE):
            out.append(f"event date {ev.date} is before 1900 (kept as written): {where}")
        elif pub is not None and first - pub > LATEST_AFTER_PUBLICATION:  # no overflow
            out.append(
                f"event date {ev.date} is more than a year after publication "
                f"({pub.isoformat()}; kept as written): {where}"
            )
    return out
