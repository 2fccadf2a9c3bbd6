"""Normalise document text and cut the bounded views recognition reads (title block, first/last pages, headers)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from ..models import Document
from .schema import OcrSettings

TITLE_LINES = 30  # the title block: regulations put form, number and TENTANG in the first ~10-25 lines
PAGES_HEAD = 3
PAGES_TAIL = 3
PAGE_CHAR_CAP = 8000  # per page; a long page (a table) rarely carries a cue past this point

_LETTER_SPACED = re.compile(r"(?<!\S)(?:[A-Za-z] ){3,}[A-Za-z](?!\S)")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b]+")
_YEARISH = re.compile(r"(?<![\w/.])[12][0-9OoIlL|iSsBZz]{3}(?![\w])")


@dataclass(frozen=True)
class PageText:
    number: int
    text: str
    ocr: bool
    label: str = ""

    @property
    def lines(self) -> list[str]:
        return [ln for ln in self.text.split("\n") if ln.strip()]


@dataclass(frozen=True)
class View:
    """What recognition looks at: bounded, normalised slices of the document."""

    title: tuple[tuple[int, str], ...]  # (page, line) of the title block
    head: tuple[PageText, ...]  # first pages
    tail: tuple[PageText, ...]  # last pages (may overlap head in short documents)
    headers: tuple[PageText, ...]  # DOCX header/footer parts
    n_pages: int
    mean_chars: float
    ocr: bool  # the title block came from OCR

    def scope(self, name: str) -> tuple[PageText, ...]:
        if name == "title":
            return tuple(PageText(p, t, self.ocr) for p, t in self.title)
        if name == "first":
            return self.head[:2]
        if name == "last":
            return self.tail
        if name == "header":
            return self.headers
        seen: dict[int, PageText] = {p.number: p for p in (*self.head, *self.tail, *self.headers)}
        return tuple(seen[k] for k in sorted(seen))

    @property
    def title_text(self) -> str:
        return "\n".join(t for _, t in self.title)

    @property
    def title_page(self) -> int | None:
        return self.title[0][0] if self.title else None


def join_letter_spacing(text: str) -> str:
    """'K E M E N T E R I A N' (slide exports) → 'KEMENTERIAN'."""
    return _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u2026", "...").replace("\r", "\n")
    text = text.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = join_letter_spacing(text)
    return "\n".join(_SPACES.sub(" ", ln).strip() for ln in text.split("\n"))


def fix_year_tokens(text: str, confusions: dict[str, str]) -> str:
    """'2O19' → '2019', '202l' → '2021': only 4-char tokens with ≥ 2 real digits that become a plausible year."""

    def repl(m: re.Match[str]) -> str:
        tok = m.group(0)
        if sum(ch.isdigit() for ch in tok) < 2:
            return tok
        fixed = "".join(confusions.get(ch, ch) for ch in tok)
        return fixed if fixed.isdigit() and 1900 <= int(fixed) <= 2099 else tok

    return _YEARISH.sub(repl, text)


@lru_cache(maxsize=20000)
def _correct_word(word: str, keywords: tuple[str, ...], threshold: float) -> str:
    up = word.upper()
    if up in keywords or len(word) < 5:
        return word
    got = process.extractOne(up, keywords, scorer=fuzz.ratio, score_cutoff=threshold)
    if not got:
        return word
    canon = got[0]
    return canon if word.isupper() or word[:1].isupper() and len(word) > 1 and word[1:2].isupper() else (
        canon.capitalize() if word[:1].isupper() else canon.lower())


_WORD = re.compile(r"[A-Za-z0-9|]{5,}")


def correct_ocr(text: str, ocr: OcrSettings) -> str:
    """Snap OCR-damaged cue words ('INOONESIA', 'DITETAPKAH') to the keyword list, then fix year tokens."""
    kws = tuple(k.upper() for k in ocr.keywords)
    text = _WORD.sub(lambda m: _correct_word(m.group(0), kws, ocr.fuzzy_word_threshold), text)
    return text


def build_view(doc: Document, ocr: OcrSettings) -> View:
    body = [p for p in doc.pages if p.label not in ("header", "footer") and p.text.strip()]
    hdrs = [p for p in doc.pages if p.label in ("header", "footer") and p.text.strip()]

    def prep(p) -> PageText:  # type: ignore[no-untyped-def]
        t = normalise(p.text[:PAGE_CHAR_CAP])
        is_ocr = p.method == "ocr"
        if is_ocr:
            t = correct_ocr(t, ocr)
        t = fix_year_tokens(t, ocr.digit_confusions)
        return PageText(p.number, t, is_ocr, p.label)

    head = tuple(prep(p) for p in body[:PAGES_HEAD])
    tail_src = body[-PAGES_TAIL:] if len(body) > PAGES_HEAD else []
    tail_map = {p.number: p for p in head}
    tail = tuple(tail_map.get(p.number) or prep(p) for p in tail_src) or head[-2:]
    title: list[tuple[int, str]] = []
    ocr_title = False
    if head:
        first = next((p for p in head if len(p.text) >= 20), head[0])
        title = [(first.number, ln) for ln in first.lines[:TITLE_LINES]]
        ocr_title = first.ocr
    total_chars = sum(min(len(p.text), PAGE_CHAR_CAP) for p in body)
    return View(tuple(title), head, tail, tuple(prep(p) for p in hdrs), max(len(body), doc.page_count or 0),
                total_chars / max(1, len(body)), ocr_title)


def collapse(s: str) -> str:
    """Letters and digits only, lower case: for comparing names regardless of spacing/punctuation."""
    return re.sub(r"[^0-9a-z]", "", s.lower())
