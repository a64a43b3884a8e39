"""Reading input files into :class:`kg.model.Document` objects.

Formats: ``.txt``/``.md`` (optional YAML front matter between ``---`` lines;
otherwise the first line is the title), ``.html``/``.htm`` (article text
without scripts, styles and navigation), ``.json`` (one object or a list) and
``.jsonl`` (one object per line). JSON records: ``text`` (required), ``id``,
``title``, ``published`` (ISO date), ``url``, ``source``, ``lang``.

Every problem becomes an :class:`kg.errors.InputError` naming the file (and
line) instead of an exception escaping, so a batch goes on.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

from kg.errors import InputError
from kg.model import Document
from kg.text import SURROGATES, find_dateline, normalize

TEXT_EXT = {".txt", ".md", ".text"}
HTML_EXT = {".html", ".htm"}
JSON_EXT = {".json"}
JSONL_EXT = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_EXT | HTML_EXT | JSON_EXT | JSONL_EXT
#: Default largest file read (bytes); larger files are refused with a clear error.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Record:
    """One input item: a document, or the error that stopped it."""

    source: str
    document: Document | None = None
    error: InputError | None = None
    warnings: tuple[str, ...] = field(default=())


def _parse_date(value: Any, source: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(source, f"bad published date {text!r} (expected YYYY-MM-DD)") from None


#: Other fields news dumps keep the publication date in, tried in order when ``published`` is
#: absent; their values are read leniently (an unreadable one is ignored, not an error).
ALT_DATE_FIELDS = (
    "date",
    "published_at",
    "publication_date",
    "datePublished",
    "seendate_utc",
    "seendate",
    "published_raw",
)
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_COMPACT_DAY = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T|$)")
_WORDY_DAY = re.compile(r"\b(\d{1,2})\s+([^\W\d_]{3,12})\.?\s+(\d{4})\b")


def _lenient_date(value: Any) -> dt.date | None:
    """'2022-01-25T09:00:00Z', '20220125T090000Z', ', Jurnalis-Rabu, 18 Juni 2025 |17:57 WIT'."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str | int):
        return None
    text = str(value).strip()
    for rx in (_ISO_DAY, _COMPACT_DAY):
        m = rx.search(text)
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    m = _WORDY_DAY.search(text)
    if m is None:
        return None
    import dateparser  # heavy import, only for records that need it

    parsed = dateparser.parse(
        m.group(0), languages=["en", "id"], settings={"REQUIRE_PARTS": ["day", "month", "year"]}
    )
    return parsed.date() if parsed else None


def _published_of(obj: dict[str, Any], source: str, default: Any) -> dt.date | None:
    if obj.get("published") not in (None, ""):
        return _parse_date(obj["published"], source)
    for key in ALT_DATE_FIELDS:
        if obj.get(key) not in (None, ""):
            day = _lenient_date(obj[key])
            if day is not None:
                return day
    return _parse_date(default, source)


def make_document(
    text: str,
    *,
    doc_id: str,
    title: str | None = None,
    published: dt.date | None = None,
    lang: str | None = None,
    url: str | None = None,
    source: str | None = None,
    path: str | None = None,
) -> Document:
    """Normalise ``text`` and wrap it with its metadata.

    Examples
    --------
    >>> d = make_document("KOMPAS.COM - Rusia menyerang.", doc_id="a")
    >>> d.dateline, d.content_hash[:7]
    ((0, 13), 'sha256:')
    """
    norm = normalize(text)
    digest = "sha256:" + hashlib.sha256(norm.encode("utf-8")).hexdigest()
    dl = find_dateline(norm)
    return Document(
        doc_id=doc_id,
        text=norm,
        title=normalize(title) if title else None,
        published=published,
        lang=lang,
        url=url,
        source=source,
        path=path,
        content_hash=digest,
        dateline=(dl[0], dl[1]) if dl else None,
    )


def decode_bytes(raw: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """Decode bytes, detecting BOMs; invalid UTF-8 falls back to cp1252 with a warning."""
    for bom, enc in (  # UTF-32 first: its little-endian BOM starts with UTF-16's
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            try:
                return raw.decode(enc), ()
            except UnicodeDecodeError as exc:
                raise InputError(source, f"invalid {enc} text ({exc.reason})") from None
    if b"\x00" in raw[:8192]:
        raise InputError(source, "binary file (NUL bytes), not text")
    try:
        return raw.decode("utf-8"), ()
    except UnicodeDecodeError as exc:
        where = exc.start
    try:
        return raw.decode("cp1252"), (f"{source}: not valid UTF-8 (byte {where}); read as cp1252",)
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="replace"), (
            f"{source}: not valid UTF-8 (byte {where}); undecodable bytes replaced",
        )


class _HTMLText(HTMLParser):
    _SKIP = frozenset(
        {
            "script",
            "style",
            "noscript",
            "nav",
            "header",
            "footer",
            "aside",
            "form",
            "svg",
            "iframe",
            "template",
            "button",
        }
    )
    _BLOCK = frozenset(
        {
            "p",
            "div",
            "br",
            "h1",
            "h2",
            "h3",
            "h4",
            "li",
            "article",
            "section",
            "blockquote",
            "tr",
            "title",
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self._SKIP:
            self._skip += 1
        if tag == "title":
            self._in_title = True
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        if tag == "title":
            self._in_title = False
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str | None, str]:
    """Title and visible article text of an HTML page (scripts and styles dropped)."""
    p = _HTMLText()
    p.feed(html)
    p.close()
    text = re.sub(r"[ \t]+", " ", "".join(p.parts))
    text = "\n".join(line.strip() for line in text.split("\n") if line.strip())
    title = " ".join("".join(p.title).split()) or None
    return title, text


def _front_matter(text: str, source: str) -> tuple[dict[str, Any], str]:
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 4)
    if end < 0:
        return {}, text
    try:
        meta = yaml.safe_load(text[4:end]) or {}
    except yaml.YAMLError:
        return {}, text
    except ValueError as exc:  # well-formed YAML, impossible value ("published: 2022-13-45")
        raise InputError(source, f"malformed front matter ({exc})") from None
    if not isinstance(meta, dict):
        return {}, text
    return meta, text[end + 4 :].lstrip("\n")


def _field(meta: dict[str, Any], key: str, source: str) -> str | None:
    """A metadata value as a string: numbers are accepted, lists and objects are an error."""
    value = meta.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return SURROGATES.sub("\ufffd", value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise InputError(source, f"field {key!r} must be a string, not {type(value).__name__}")


def _from_record(obj: Any, source: str, fallback_id: str, defaults: dict[str, Any]) -> Document:
    if not isinstance(obj, dict):
        raise InputError(source, f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if text is not None and not isinstance(text, str):
        raise InputError(source, f"field 'text' must be a string, not {type(text).__name__}")
    if not text or not text.strip():
        raise InputError(source, "record has no 'text'")
    return make_document(
        text,
        doc_id=_field(obj, "id", source) or fallback_id,
        title=_field(obj, "title", source),
        published=_published_of(obj, source, defaults.get("published")),
        lang=_field(obj, "lang", source) or defaults.get("lang"),
        url=_field(obj, "url", source),
        source=_field(obj, "source", source) or defaults.get("source"),
        path=source,
    )


def _read_regular(path: Path, name: str, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes`` (never more is read)."""
    st = path.stat()
    if not stat.S_ISREG(st.st_mode):
        kind = (
            "a named pipe"
            if stat.S_ISFIFO(st.st_mode)
            else "a socket"
            if stat.S_ISSOCK(st.st_mode)
            else "a device"
        )
        raise InputError(name, f"not a regular file ({kind})")
    if st.st_size > max_bytes:
        raise InputError(
            name,
            f"file is {st.st_size} bytes, larger than the limit of {max_bytes} "
            "(raise it with --max-bytes)",
        )
    with path.open("rb") as fh:
        raw = fh.read(max_bytes + 1)
    if len(raw) > max_bytes:  # the file grew, or its size was not what stat said
        raise InputError(
            name, f"file is larger than the limit of {max_bytes} bytes (raise it with --max-bytes)"
        )
    return raw


def _os_problem(path: Path, exc: OSError) -> str:
    if path.is_symlink() and not path.exists():
        return f"broken symbolic link or symlink loop ({exc.strerror or exc})"
    return f"cannot read ({exc.strerror or exc})"


def read_file(
    path: Path,
    *,
    published: dt.date | None = None,
    lang: str | None = None,
    source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Record]:
    """Read one file into records (several for JSON lists and JSON Lines)."""
    name = str(path)
    defaults = {"published": published, "lang": lang, "source": source}
    try:
        ext = path.suffix.lower()
        if ext not in SUPPORTED:
            raise InputError(
                name,
                f"unsupported file type {ext or '(none)'} (use {', '.join(sorted(SUPPORTED))})",
            )
        raw = _read_regular(path, name, max_bytes)
        if not raw:
            raise InputError(name, "empty file")
        text, warnings = decode_bytes(raw, name)
        if not text.strip():
            raise InputError(name, "file has only white space")
    except InputError as err:
        yield Record(name, error=err)
        return
    except OSError as exc:
        yield Record(name, error=InputError(name, _os_problem(path, exc)))
        return
    stem = path.stem
    if ext in JSONL_EXT:
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            where = f"{name}:{n}"
            try:
                obj = json.loads(line)
                rec = Record(
                    where, _from_record(obj, where, f"{stem}-{n}", defaults), None, warnings
                )
            except json.JSONDecodeError as exc:
                rec = Record(
                    where,
                    error=InputError(where, f"malformed JSON ({exc.msg}, column {exc.colno})"),
                )
            except RecursionError:
                rec = Record(where, error=InputError(where, "malformed JSON (nested too deeply)"))
            except InputError as err:
                rec = Record(where, error=err)
            except Exception as exc:  # one bad line must not cost the lines after it
                rec = Record(
                    where, error=InputError(where, f"cannot read ({type(exc).__name__}: {exc})")
                )
            yield rec
        return
    if ext in JSON_EXT:
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Record(
                name,
                error=InputError(
                    name, f"malformed JSON ({exc.msg}, line {exc.lineno} column {exc.colno})"
                ),
            )
            return
        except RecursionError:
            yield Record(name, error=InputError(name, "malformed JSON (nested too deeply)"))
            return
        items = obj if isinstance(obj, list) else [obj]
        if not items:
            yield Record(name, error=InputError(name, "no records (an empty JSON list)"))
            return
        for n, item in enumerate(items, 1):
            where = name if len(items) == 1 else f"{name}[{n - 1}]"
            try:
                fid = stem if len(items) == 1 else f"{stem}-{n}"
                yield Record(where, _from_record(item, where, fid, defaults), None, warnings)
            except InputError as err:
                yield Record(where, error=err)
        return
    try:
        if ext in HTML_EXT:
            title, body = html_to_text(text)
            meta: dict[str, Any] = {}
        else:
            meta, body = _front_matter(text, name)
            title = _field(meta, "title", name)
            if not title:
                first, _, rest = body.strip().partition("\n")
                title, body = first.strip(), rest
        if not body.strip():
            raise InputError(name, "no article text after the title")
        doc = make_document(
            body,
            doc_id=_field(meta, "id", name) or stem,
            title=title,
            published=_parse_date(meta.get("published") or published, name),
            lang=_field(meta, "lang", name) or lang,
            url=_field(meta, "url", name),
            source=_field(meta, "source", name) or source,
            path=name,
        )
        yield Record(name, doc, None, warnings)
    except InputError as err:
        yield Record(name, error=err)


def iter_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | InputError]:
    """Expand files and folders (recursively, sorted, no symlink loops)."""
    seen: set[tuple[int, int]] = set()
    for p in paths:
        path = Path(p)
        if not path.exists():
            problem = (
                "broken symbolic link or symlink loop"
                if path.is_symlink()
                else "no such file or folder"
            )
            yield InputError(str(path), problem)
            continue
        if path.is_dir():
            for root, dirs, files in os.walk(path, followlinks=True):
                st = os.stat(root)
                if (st.st_dev, st.st_ino) in seen:
                    dirs[:] = []
                    yield InputError(root, "symlink loop: folder already visited")
                    continue
                seen.add((st.st_dev, st.st_ino))
                dirs.sort()
                for f in sorted(files):
                    fp = Path(root) / f
                    if fp.suffix.lower() in SUPPORTED and not f.startswith("."):
                        yield fp
        else:
            yield path


def read_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: dt.date | None = None,
    lang: str | None = None,
    source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Record]:
    """Every record of every file under ``paths``; errors are records too.

    A reader bug on one file becomes an error record for that file (and the
    records it had not yet given), never an exception that ends the batch.
    """
    for item in iter_paths(paths):
        if isinstance(item, InputError):
            yield Record(item.source, error=item)
            continue
        try:
            yield from read_file(
                item, published=published, lang=lang, source=source, max_bytes=max_bytes
            )
        except Exception as exc:  # a bad file must not end the batch
            problem = f"cannot read ({type(exc).__name__}: {exc})"
            yield Record(str(item), error=InputError(str(item), problem))
