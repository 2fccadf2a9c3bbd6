"""Normalised document text and phrase hits with page numbers (what every indicator rule reads)."""
from __future__ import annotations

import functools
import re
import unicodedata
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from ..models import Document

T = TypeVar("T")
_UNSET = object()  # DocText.remember: no answer yet

_HYPHEN_BREAK = re.compile(r"(\w)-\s*\n\s*(\w)")
TITLE_ZONE_CHARS = 450  # the title block of a regulation or report sits in the first lines of page 1
# Ketentuan Umum (Pasal 1) of a regulation: "Dalam Peraturan Bupati ini yang dimaksud dengan: 1. ... adalah ..."
# up to the next article or chapter. Definitions name every subject the regulation touches; they are not norms.
_DEFINITIONS_START = re.compile(r"\b(?:ini|keputusan ini|peraturan ini),? yang dimaksud (?:dengan|dalam)\b")
_DEFINITIONS_END = re.compile(r"\bpasal 2\b|\bbab ii\b|\bpasal 3\b")
_SENTENCE_END = re.compile(r"(?<=[a-z)]{3})\.\s")
_TABLE_ROW = re.compile(r"[^|\n]*\|[^|\n]*\|")  # a line with two or more cell separators
_TOKEN = re.compile(r"\w+")
# Phrase patterns → the words of each phrase; any match needs every word of one phrase on the page.
# Scanning a page with a big alternation regex costs far more than set checks, and most pages mention
# few of the 47 subjects. A compiled pattern cannot carry the words itself, so they hang off it here;
# weakly, so a pattern dropped from the compile cache takes its words with it (a worker that reads
# thousands of documents must not grow this table).
PATTERN_ANCHORS: weakref.WeakKeyDictionary[re.Pattern[str], tuple[frozenset[str], ...]] = weakref.WeakKeyDictionary()
# ... and, in the same order, the text each phrase's match starts with (its first word as written: the
# alternation is `\s+`.join of the phrase's whitespace-separated words, matched without flags).
PATTERN_LEADS: weakref.WeakKeyDictionary[re.Pattern[str], tuple[str, ...]] = weakref.WeakKeyDictionary()


def register_anchors(pattern: re.Pattern[str], phrases: list[str]) -> None:
    """`phrases`: the pattern's alternatives, each stripped and lower-cased (framework.phrase_pattern)."""
    words = []
    for p in phrases:
        pieces = frozenset(_TOKEN.findall(p.lower()))
        if not pieces:
            return  # a phrase without a word: no safe prefilter for this pattern
        words.append(pieces)
    PATTERN_ANCHORS[pattern] = tuple(words)
    PATTERN_LEADS[pattern] = tuple(p.split()[0] for p in phrases)


@functools.lru_cache(maxsize=8192)
def anchor_keys(anchors: tuple[frozenset[str], ...]) -> frozenset[str]:
    """One word of each phrase (its longest, the rarest as a rule): a text holding none of them holds no
    phrase whole, so one set test (in C) rules out what the phrase-by-phrase subset tests would."""
    return frozenset(max(sorted(words), key=len) for words in anchors)


def may_hold(anchors: tuple[frozenset[str], ...], tokens: set[str] | frozenset[str]) -> bool:
    """False only when no phrase has all its words among `tokens` (then the phrase pattern cannot match)."""
    return not tokens.isdisjoint(anchor_keys(anchors)) and any(w <= tokens for w in anchors)


def tokens_of(text: str) -> frozenset[str]:
    """The words of a normalised text as the anchors are made (`_TOKEN` on lower case)."""
    return frozenset(_TOKEN.findall(text))


def normalise(text: str) -> str:
    """Lower-case, NFKC, join words hyphenated across lines, collapse whitespace. Idempotent."""
    text = unicodedata.normalize("NFKC", text)
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    text = text.replace("\u00ad", "")
    # str.split() splits on exactly the characters \s matches in a str pattern (Py_UNICODE_ISSPACE): the same
    # result as re.sub(r"\s+", " ", text).strip(), without the regex engine
    return " ".join(text.split()).lower()


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
    _body: list[DocText] = field(default_factory=list, compare=False, hash=False, repr=False)
    # the text this one was blanked from (`variant`): the word sets of the pages left as they were are its
    _base: tuple[DocText, ...] = field(default=(), compare=False, hash=False, repr=False)

    @classmethod
    def of(cls, doc: Document) -> DocText:
        pages = tuple((p.number, normalise(p.text)) for p in doc.pages if p.text.strip())
        title = normalise((doc.title or "").replace("|", " "))
        if title:  # the recognised title is the best title zone; the page text adds tables and headers
            return cls(pages=pages, title_zone=title)
        raw = next((p.text for p in doc.pages if p.text.strip()), "")
        first = normalise(_before_table(raw))[:TITLE_ZONE_CHARS]
        sentence = _SENTENCE_END.search(first)  # a title has no full stop; the first sentence ends the zone
        first = first[: sentence.start() + 1] if sentence else first
        cut = first.find("menimbang")  # the title block ends where the considerations begin
        return cls(pages=pages, title_zone=(first[:cut] if cut > 0 else first).strip())

    def body(self) -> DocText:
        """The same pages with Ketentuan Umum definitions blanked (offsets kept): where norms and content live."""
        if not self._body:
            pages = tuple(zip((n for n, _ in self.pages), blank_definitions([t for _, t in self.pages])))
            self._body.append(self if pages == self.pages else self.variant(pages, self.title_zone))
        return self._body[0]

    def variant(self, pages: tuple[tuple[int, str], ...], title_zone: str) -> DocText:
        """This text with some pages rewritten (spans blanked, page numbers kept)."""
        return DocText(pages=pages, title_zone=title_zone, _base=(self,))

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
        anchors = PATTERN_ANCHORS.get(pattern)
        leads = PATTERN_LEADS.get(pattern)
        if anchors is None or leads is None:
            for number, text in self.pages:
                if pages is None or number in pages:
                    out += [Hit(m.group(0), number, m.start(), snippet(text, m.start(), m.end()))
                            for m in pattern.finditer(text)]
            self._memo[key] = out
            return list(out)
        keys = anchor_keys(anchors)
        if self._all_tokens().isdisjoint(keys):
            self._memo[key] = out  # no page holds any phrase whole
            return []
        tokens = self._tokens()
        for idx, (number, text) in enumerate(self.pages):
            if pages is not None and number not in pages:
                continue
            words = tokens[idx]
            if words.isdisjoint(keys):
                continue
            # only a phrase with all its words on the page can match there, and its match starts with its lead
            page_leads = {lead for need, lead in zip(anchors, leads) if need <= words}
            if page_leads:
                out += [Hit(m.group(0), number, m.start(), snippet(text, m.start(), m.end()))
                        for m in matches_at_leads(pattern, text, page_leads)]
        self._memo[key] = out
        return list(out)

    def remember(self, key: object, compute: Callable[[], T]) -> T:
        """`compute()` once per key and text: lookups the judge repeats for every item."""
        got = self._memo.get(key, _UNSET)  # type: ignore[call-overload]
        if got is _UNSET:  # one lookup on the way back (a remembered None is an answer, not a miss)
            got = self._memo[key] = compute()  # type: ignore[assignment]
        return got  # type: ignore[return-value]

    def _tokens(self) -> list[frozenset[str]]:
        got = self._memo.get("tokens")
        if got is None:
            base = self._base[0] if self._base and len(self._base[0].pages) == len(self.pages) else None
            if base is None:
                got = [frozenset(_TOKEN.findall(t)) for _, t in self.pages]
            else:  # a blanked variant: most of its pages are the base's own
                known = base._tokens()
                got = [known[i] if page == base.pages[i] else frozenset(_TOKEN.findall(page[1]))
                       for i, page in enumerate(self.pages)]
            self._memo["tokens"] = got  # type: ignore[assignment]
        return got  # type: ignore[return-value]

    def _all_tokens(self) -> set[str]:
        got: set[str] | None = self._memo.get("all_tokens")  # type: ignore[assignment]
        if got is None:
            got = set().union(*self._tokens())
            self._memo["all_tokens"] = got  # type: ignore[assignment]
        return got

    def has(self, pattern: re.Pattern[str] | None) -> bool:
        return pattern is not None and bool(self.hits(pattern))

    def in_title(self, pattern: re.Pattern[str] | None) -> bool:
        return pattern is not None and bool(pattern.search(self.title_zone))


def matches_at_leads(pattern: re.Pattern[str], text: str, leads: set[str] | frozenset[str]) -> list[re.Match[str]]:
    """`pattern.finditer(text)` when every match of `pattern` starts with one of `leads`: the pattern tried
    only where a lead occurs, left to right, each try after the previous match's end, as finditer scans.
    A phrase alternation (lookbehind first) gives the regex engine no first character to skip ahead by, so
    it tries every alternative at every offset of the page; str.find skips ahead in C."""
    starts: set[int] = set()
    for lead in leads:
        at = text.find(lead)
        while at >= 0:
            starts.add(at)
            at = text.find(lead, at + 1)
    out: list[re.Match[str]] = []
    end = 0
    for at in sorted(starts):
        if at < end:
            continue
        m = pattern.match(text, at)
        if m is not None:
            out.append(m)
            end = m.end()  # never empty: a match starts with its (non-empty) lead
    return out


def _before_table(text: str) -> str:
    """Page-1 text up to the first table row: a spreadsheet's header row and cells are not a title."""
    m = _TABLE_ROW.search(text)
    return text[: m.start()] if m else text


def blank_definitions(pages: list[str]) -> list[str]:
    """Blank the first Ketentuan Umum definition list (it may run over pages), keeping every offset."""
    out: list[str] = []
    inside, done = False, False
    for text in pages:
        if done:
            out.append(text)
            continue
        start = 0
        if not inside:
            m = _DEFINITIONS_START.search(text)
            if not m:
                out.append(text)
                continue
            inside, start = True, m.end()
        end_m = _DEFINITIONS_END.search(text, start)
        end = end_m.start() if end_m else len(text)
        out.append(text[:start] + " " * (end - start) + text[end:])
        if end_m:
            inside, done = False, True
    return out


def snippet(text: str, start: int, end: int, width: int = 60) -> str:
    lo, hi = max(0, start - width), min(len(text), end + width)
    return ("…" if lo else "") + text[lo:hi].strip() + ("…" if hi < len(text) else "")


def first_hit(dt: DocText, pattern: re.Pattern[str] | None, pages: set[int] | None = None) -> Hit | None:
    found = dt.hits(pattern, pages)
    return found[0] if found else None
