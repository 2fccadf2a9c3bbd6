"""Normalised document text and phrase hits with page numbers (what every indicator rule reads)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..models import Document

_HYPHEN_BREAK = re.compile(r"(\w)-\s*\n\s*(\w)")
_SPACE = re.compile(r"\s+")
TITLE_ZONE_CHARS = 450  # the title block of a regulation or report sits in the first lines of page 1


def normalise(text: str) -> str:
    """Lower-case, NFKC, join words hyphenated across lines, collapse whitespace. Idempotent."""
    text = unicodedata.normalize("NFKC", text)
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    text = text.replace("\u00ad", "")
    return _SPACE.sub(" ", text).strip().lower()


@dataclass(frozen=True)
class Hit:
    phrase: str
    page: int
    start: int  # offset in the normalised page text
    snippet: str


@dataclass(frozen=True)
class DocText:
    """The normalised pages of one document plus its title zone."""

    pages: tuple[tuple[int, str], ...]
    title_zone: str
    # Every indicator rule asks for the same name patterns several times per document; scanning a long
    # document once per pattern (not once per question) is most of the mapping cost.
    _memo: dict[object, list[Hit]] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @classmethod
    def of(cls, doc: Document) -> DocText:
        pages = tuple((p.number, normalise(p.text)) for p in doc.pages if p.text.strip())
        title = normalise(doc.title or "")
        if title:  # the recognised title is the best title zone; the page text adds tables and headers
            return cls(pages=pages, title_zone=title)
        first = pages[0][1][:TITLE_ZONE_CHARS] if pages else ""
        cut = first.find("menimbang")  # the title block ends where the considerations begin
        return cls(pages=pages, title_zone=(first[:cut] if cut > 0 else first).strip())

    @property
    def length(self) -> int:
        return sum(len(t) for _, t in self.pages)

    def hits(self, pattern: re.Pattern[str] | None, pages: set[int] | None = None) -> list[Hit]:
        if pattern is None:
            return []
        key = (pattern, frozenset(pages) if pages is not None else None)
        cached = self._memo.get(key)
        if cached is not None:
            return list(cached)
        out: list[Hit] = []
        for number, text in self.pages:
            if pages is not None and number not in pages:
                continue
            for m in pattern.finditer(text):
                out.append(Hit(m.group(0), number, m.start(), snippet(text, m.start(), m.end())))
        self._memo[key] = out
        return list(out)

    def has(self, pattern: re.Pattern[str] | None) -> bool:
        return pattern is not None and any(pattern.search(t) for _, t in self.pages)

    def in_title(self, pattern: re.Pattern[str] | None) -> bool:
        return pattern is not None and bool(pattern.search(self.title_zone))


def snippet(text: str, start: int, end: int, width: int = 60) -> str:
    lo, hi = max(0, start - width), min(len(text), end + width)
    return ("…" if lo else "") + text[lo:hi].strip() + ("…" if hi < len(text) else "")


def first_hit(dt: DocText, pattern: re.Pattern[str] | None, pages: set[int] | None = None) -> Hit | None:
    found = dt.hits(pattern, pages)
    return found[0] if found else None
