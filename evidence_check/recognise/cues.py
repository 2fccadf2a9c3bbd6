"""Match one cue (heading regex, regex, spaCy phrase list, format, layout) against a document view."""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from ..models import Document
from ..needles import may_match
from .schema import Cue, RecognitionRules
from .text import PageText, View, is_capitals

# The title block's legal-form line may start after "SALINAN", "LAMPIRAN II :", or a stray glyph ("NPERATURAN").
HEADING_PREFIX = r"^(?:SALINAN\s+)?(?:LAMPIRAN\s*[IVX0-9]*\s*)?[:.\-\s]*(?:[A-Z](?=[A-Z]{6}))?"


_RULE_FLAGS = re.IGNORECASE | re.MULTILINE  # how RecognitionRules.rx compiles a case-insensitive cue
COVER_LINE_WORDS = 8  # a cover title line, not a sentence that starts with "Laporan …"
FUZZY_HEADING_LINES = 15  # the legal-form line sits near the top; fuzzy matching lower down finds citations


@dataclass(frozen=True)
class Hit:
    cue_id: str
    text: str
    page: int | None
    weight: float = 1.0
    line: int = -1  # index in the title block for heading hits


_NLP_LOCK = threading.Lock()
_NLP: Any = None


def nlp() -> Any:
    """spaCy's blank Indonesian pipeline (tokenizer only), built once per process on first use.

    It is spacy.blank("id") minus the ~16,000 tokenizer special cases (abbreviations), which cost 4 s idle and
    30 s on a loaded 2-core machine to build (measured with cProfile) and do not change how cue phrases match.
    """
    global _NLP
    with _NLP_LOCK:
        if _NLP is None:
            from spacy.lang.id import Indonesian, IndonesianDefaults

            class _Defaults(IndonesianDefaults):
                tokenizer_exceptions: dict[str, Any] = {}

            class _LightIndonesian(Indonesian):
                lang = "id"
                Defaults = _Defaults

            _NLP = _LightIndonesian()
        return _NLP


@lru_cache(maxsize=256)
def _phrase_matcher(phrases: tuple[str, ...]) -> Any:
    from spacy.matcher import PhraseMatcher

    m = PhraseMatcher(nlp().vocab, attr="LOWER")
    m.add("CUE", [nlp().make_doc(p) for p in phrases])
    return m


_BARE_FORM_WORD = re.compile(r"^\s*(?:SALINAN\s+)?(?:RANCANGAN\s+)?[A-Z]{3,20}\s*$")


_CITED_SUBJECT = re.compile(r"\btentang\s*$")  # lower case: an own title's TENTANG is in capitals


def _cover_line(line: str) -> bool:
    """A cover's title line: short and capitalised, or longer with every word capitalised ("Laporan Akuntabilitas
    Kinerja Instansi Pemerintah (LAKIP) - Tahun 2013"); a sentence has lower-case words."""
    words = line.split()
    if not words or not line[:1].isupper():
        return False
    return len(words) <= COVER_LINE_WORDS or all(not w[:1].isalpha() or w[:1].isupper() for w in words)


def _is_bare_form_word(line: str) -> bool:
    """'PERATURAN' alone on its line, the issuer on the next ('KEPALA LEMBAGA …'), or 'NASKAH' / 'AKADEMIK':
    a cover heading broken in two. The joined pair must still match the heading pattern."""
    return bool(_BARE_FORM_WORD.match(line))


def match_heading(cue: Cue, view: View, rules: RecognitionRules) -> Hit | None:
    pattern = HEADING_PREFIX + "(?:" + (cue.pattern or "") + ")"
    rx = rules.rx(pattern, case=True)
    # no line (nor joined pair) of the title block can match without one of the pattern's needles
    lines = view.title if may_match(pattern, view.title_folded, re.MULTILINE) else ()
    for i, (page, line) in enumerate(lines):
        if i > 0 and _CITED_SUBJECT.search(lines[i - 1][1]):
            continue  # "… Nomor 48 Tahun 2020 tentang / Pedoman Pelaksanaan …": a cited act's subject, wrapped
        if rx.search(line):
            return Hit(cue.id, line.strip()[:120], page, cue.weight, i)
        if _is_bare_form_word(line) and i + 1 < len(view.title):
            joined = line.strip() + " " + view.title[i + 1][1].strip()
            if rx.search(joined):
                return Hit(cue.id, joined[:120], page, cue.weight, i)
    if cue.cover_lines and may_match(pattern, view.title_folded, _RULE_FLAGS):
        any_case = rules.rx(HEADING_PREFIX + "(?:" + (cue.pattern or "") + ")", case=False)
        for i, (page, line) in enumerate(view.title[:cue.cover_lines]):
            if _cover_line(line) and any_case.search(line):
                return Hit(cue.id, line.strip()[:120], page, cue.weight, i)
    if view.ocr and cue.phrases:
        thr = rules.ocr.fuzzy_line_threshold
        for i, (page, line) in enumerate(view.title[:FUZZY_HEADING_LINES]):
            if not is_capitals(line):
                continue  # headings are in capitals; "4. Peraturan Pemerintah No. 61 …" is a citation
            up = re.sub(r"[^A-Z ]", "", line.upper()).strip()
            for ph in cue.phrases:
                if len(up) >= len(ph) - 2 and fuzz.ratio(ph, up[: len(ph)]) >= thr:
                    return Hit(cue.id, line.strip()[:120], page, cue.weight, i)
    return None


def match_regex(pattern: str, pages: tuple[PageText, ...], rules: RecognitionRules, cue_id: str,
                weight: float = 1.0) -> Hit | None:
    rx = rules.rx(pattern)
    for p in pages:
        if not may_match(pattern, p.folded, _RULE_FLAGS):
            continue  # none of the literals every match holds is on the page (needles.py)
        m = rx.search(p.text)
        if m:
            return Hit(cue_id, " ".join(m.group(0).split())[:160], p.number, weight)
    return None


@lru_cache(maxsize=64)
def _tokens(text: str) -> Any:  # a spaCy Doc, only read
    """A page tokenised once for every phrase cue of every document type (there are dozens per page)."""
    return nlp().make_doc(text)


@lru_cache(maxsize=512)
def _anchor_words(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The longest token of each phrase, lower case, as the matcher sees it: a phrase cannot match (on
    lower-cased tokens) a page whose lower-cased text does not even contain that token as a substring."""
    out = []
    for ph in phrases:
        toks = [t.lower_ for t in nlp().make_doc(ph) if t.lower_.strip()]
        if toks:
            out.append(max(toks, key=len))
    return tuple(out)


def match_phrases(cue: Cue, pages: tuple[PageText, ...], rules: RecognitionRules) -> Hit | None:
    matcher = _phrase_matcher(tuple(cue.phrases))
    anchors = _anchor_words(tuple(cue.phrases))
    for p in pages:
        low = p.text.lower()
        # tokenising a long page costs milliseconds; most pages hold none of a cue's words
        if any(w in low for w in anchors):
            doc = _tokens(p.text)
            found = matcher(doc)
            if found:
                _, s, e = found[0]
                return Hit(cue.id, doc[s:e].text, p.number, cue.weight)
        if p.ocr:
            for ph in cue.phrases:
                if len(ph) >= 8 and fuzz.partial_ratio(ph.lower(), low) >= rules.ocr.fuzzy_line_threshold:
                    return Hit(cue.id, ph, p.number, cue.weight)
    return None


def match_cue(cue: Cue, view: View, doc: Document, rules: RecognitionRules) -> Hit | None:
    if cue.kind == "heading":
        return match_heading(cue, view, rules)
    if cue.kind == "regex":
        return match_regex(cue.pattern or "", view.scope(cue.scope), rules, cue.id, cue.weight)
    if cue.kind == "phrase":
        return match_phrases(cue, view.scope(cue.scope), rules)
    if cue.kind == "format":
        fmt = (doc.format or "").lower()
        return Hit(cue.id, f"format {fmt}", None, cue.weight) if fmt in cue.formats else None
    if cue.kind == "producer":
        return _match_producer(cue, doc, rules)
    if cue.kind == "layout":
        limit = cue.max_chars_per_page or 0
        if view.n_pages >= cue.min_pages and view.head and view.mean_chars <= limit:
            return Hit(cue.id, f"{view.n_pages} pages, ~{int(view.mean_chars)} characters per page", None, cue.weight)
    if cue.kind == "page_shape":
        return _match_page_shape(cue, doc, view)
    return None


def _match_page_shape(cue: Cue, doc: Document, view: View) -> Hit | None:
    """Slides printed to PDF keep the slide's shape (4:3, 16:9) whatever program printed them; paper is A4/F4."""
    shapes = doc.meta.get("page_shapes")  # width / height → number of pages read (extract/pdf.py)
    if not isinstance(shapes, dict):
        return None
    try:
        counts = {float(a): int(n) for a, n in shapes.items()}
    except (TypeError, ValueError):
        return None  # a foreign meta value is no page shape
    pages = sum(counts.values())
    if pages < cue.min_pages:
        return None
    if cue.max_chars_per_page is not None and view.mean_chars > cue.max_chars_per_page:
        return None
    shaped = {a: n for a, n in counts.items() if any(abs(a - want) <= cue.aspect_tolerance for want in cue.aspects)}
    if sum(shaped.values()) < cue.min_share * pages:
        return None
    common = max(shaped, key=lambda a: shaped[a])
    return Hit(cue.id, f"{sum(shaped.values())} of {pages} pages shaped like slides (width/height {common:.2f})",
               None, cue.weight)


def _match_producer(cue: Cue, doc: Document, rules: RecognitionRules) -> Hit | None:
    """The application that made the PDF (Creator/Producer): a slide deck exported to PDF still says PowerPoint."""
    md = doc.meta.get("pdf_metadata")
    if not isinstance(md, dict):
        return None
    rx = rules.rx(cue.pattern or "")
    for key in ("Creator", "Producer"):
        value = md.get(key)
        if isinstance(value, str) and rx.search(value):
            return Hit(cue.id, f"{key}: {value[:80]}", None, cue.weight)
    return None
