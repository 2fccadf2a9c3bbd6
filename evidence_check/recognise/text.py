"""Normalise document text and cut the bounded views recognition reads (title block, first/last pages, headers)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rapidfuzz import fuzz, process

from ..models import Document
from ..needles import fold
from .schema import OcrSettings

TITLE_LINES = 30  # the title block: regulations put form, number and TENTANG in the first ~10-25 lines
PAGES_HEAD = 3
PAGES_TAIL = 3
PAGE_CHAR_CAP = 8000
BODY_PAGES = 40  # scope "body": a naskah akademik carries its draft regulation a few pages in  # per page; a long page (a table) rarely carries a cue past this point

_LETTER_SPACED = re.compile(r"(?<!\S)(?:[A-Za-z]{1,3} ){4,}[A-Za-z]{1,3}(?!\S)")
_CLOSING = re.compile(r"(?:itetapkan|isahkan|iundangkan)\s+di\b", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b]+")
# A year-like token with at least one look-alike in it: a token of digits alone is a year or not as it stands,
# and fix_year_tokens would give it back unchanged (most pages hold several years).
_YEARISH = re.compile(r"(?<![\w/.])[12](?=[0-9]{0,2}[OoIlL|iSsBZz])[0-9OoIlL|iSsBZz]{3}(?![\w])")


@dataclass(frozen=True)
class PageText:
    number: int
    text: str
    ocr: bool
    label: str = ""

    @property
    def lines(self) -> list[str]:
        return [ln for ln in self.text.split("\n") if ln.strip()]

    @cached_property
    def folded(self) -> str:
        """The text as regex needles are tested against (needles.fold), made once per page."""
        return fold(self.text)


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
    closing: tuple[PageText, ...] = ()  # pages in the middle holding a Ditetapkan/Diundangkan block (before a lampiran)
    body: tuple[PageText, ...] = ()  # the first BODY_PAGES pages, normalised (scope "body": cues anywhere in a study)
    # OCR pages: ink in each empty slot after a capitalised NOMOR (extract/ocr.py number_slot_ink), by page number
    number_slots: tuple[tuple[int, tuple[float, ...]], ...] = ()

    def scope(self, name: str) -> tuple[PageText, ...]:
        if name == "title":
            return (PageText(self.title[0][0], self.title_text, self.ocr),) if self.title else ()
        if name == "first":
            return self.head[:2]
        if name == "last":
            return self.closing + self.tail
        if name == "header":
            return self.headers
        if name == "body":
            return self.body or self.head
        seen: dict[int, PageText] = {p.number: p for p in (*self.head, *self.closing, *self.tail, *self.headers)}
        return tuple(seen[k] for k in sorted(seen))

    @property
    def title_text(self) -> str:
        return "\n".join(t for _, t in self.title)

    @property
    def title_page(self) -> int | None:
        return self.title[0][0] if self.title else None

    @cached_property
    def title_folded(self) -> str:
        """Every title line as it is and every pair of lines joined by a space, folded: a heading cue
        whose needles are not in here matches no line of the title block (needles.py)."""
        lines = [ln for _, ln in self.title]
        return fold("\n".join(lines) + "\n" + " ".join(ln.strip() for ln in lines))


def join_letter_spacing(text: str) -> str:
    """'K E M E N T E R I A N' (slide exports) → 'KEMENTERIAN'."""
    def repl(m: re.Match[str]) -> str:
        toks = m.group(0).split(" ")
        out: list[str] = []
        run: list[str] = []
        for i, t in enumerate(toks):
            # single letters form the run; a 2-3 letter capital chunk between singles is kerning ("AYA")
            kern = t.isupper() and 0 < i < len(toks) - 1 and len(toks[i - 1]) == 1 and len(toks[i + 1]) == 1
            if len(t) == 1 or kern:
                run.append(t)
                continue
            out.append("".join(run) if len(run) >= 4 else " ".join(run))
            out.append(t)
            run = []
        out.append("".join(run) if len(run) >= 4 else " ".join(run))
        return " ".join(x for x in out if x)

    return _LETTER_SPACED.sub(repl, text)


# Slide and poster exports space the digits of a title block like its letters ("NOMOR 4 1 TAHUN 2 0 1 6").
# Only a number slot before TAHUN and a year after it are joined: spaced digits elsewhere are table columns.
_SPACED_YEAR = re.compile(r"(?<=\b(?:TAHUN|Tahun) )[12](?: \d){3}(?! ?\d)")
_SPACED_NUMBER = re.compile(r"(?<=\b(?:NOMOR|Nomor) )\d(?: \d){1,3}(?= (?:TAHUN|Tahun)\b)")


def join_spaced_digits(text: str) -> str:
    """'NOMOR 4 1 TAHUN 2 0 1 6' → 'NOMOR 41 TAHUN 2016'."""
    def join(m: re.Match[str]) -> str:
        return m.group(0).replace(" ", "")

    # each pattern starts with a look-behind, tried at every offset of the page: run it only on a page holding
    # the words it needs
    year = "TAHUN " in text or "Tahun " in text
    if year and ("NOMOR " in text or "Nomor " in text) and (" TAHUN" in text or " Tahun" in text):
        text = _SPACED_NUMBER.sub(join, text)
    return _SPACED_YEAR.sub(join, text) if year else text


# Identity boxes of SOPs, letters and forms come out of DOCX/XLSX tables as "Nomor SOP | 045/…"; the same
# field printed as text reads "Nomor SOP : 045/…". Treating the cell border after a field label as the colon
# lets one set of cues read both layouts.
_FIELD_CELL = re.compile(
    r"^(\s*(?:Nomor|Tanggal|Tgl\.?|Disahkan\s+oleh|Pengesahan|Judul|Nama|Hal|Perihal|Lampiran|Sifat|"
    r"Kepada|Dari|Tempat|Waktu|Hari)\b[^|\n]{0,30}?)\s*\|\s*(?=\S)(?!TA[HM]UN\b)", re.I | re.M)


# Shadowed or outlined heading text is drawn two or three times over; some text layers give every glyph again:
# "BBBAAADDDAAANNN PPPEEERRREEENNNCCCAAANNNAAAAAANNN". A token made only of runs of one repeated character,
# each run exactly k long (k = 3, or 2 for tokens of eight or more), is read as the word once. Letters only: a
# column of zeros in a budget table is no shadowed word.
_REPEATED_GLYPHS = re.compile(r"(?<!\S)(?:([A-Za-z])\1\1){3,}(?!\S)|(?<!\S)(?:([A-Za-z])\2){4,}(?!\S)")


def collapse_repeated_glyphs(text: str) -> str:
    """'BBBAAADDDAAANNN' → 'BADAN'."""
    def repl(m: re.Match[str]) -> str:
        tok = m.group(0)
        k = 3 if m.group(1) else 2
        return tok[::k]

    return _REPEATED_GLYPHS.sub(repl, text)


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u2026", "...").replace("\r", "\n")
    text = collapse_repeated_glyphs(text)
    text = _FIELD_CELL.sub(r"\1 : ", text)
    text = text.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = join_letter_spacing(text)
    # _SPACES holds no line break: one pass over the page is the per-line pass, lines then stripped alone
    return join_spaced_digits("\n".join(ln.strip() for ln in _SPACES.sub(" ", text).split("\n")))


def fix_year_tokens(text: str, confusions: dict[str, str]) -> str:
    """'2O19' → '2019', '202l' → '2021': only 4-char tokens with ≥ 2 real digits that become a plausible year."""

    def repl(m: re.Match[str]) -> str:
        tok = m.group(0)
        if sum(ch.isdigit() for ch in tok) < 2:
            return tok
        fixed = "".join(confusions.get(ch, ch) for ch in tok)
        return fixed if fixed.isdigit() and 1900 <= int(fixed) <= 2099 else tok

    return _YEARISH.sub(repl, text)


def snap_allowed(up: str, keywords: tuple[str, ...]) -> bool:
    """A word holding a keyword ('PEMERINTAHAN' ⊃ 'PEMERINTAH') is a real derived word, never snapped."""
    return len(up) >= 5 and up not in keywords and not any(k in up for k in keywords)


def lookalike_key(word: str, groups: tuple[str, ...]) -> str:
    """`word` with every letter of a look-alike group written as the group's first letter: 'DAFRAH' and
    'DAERAH' give one key when E/F is a group."""
    table = {c: g[0] for g in groups for c in g}
    return "".join(table.get(c, c) for c in word)


@lru_cache(maxsize=8)
def _lookalike_index(keywords: tuple[str, ...], groups: tuple[str, ...]) -> dict[str, str]:
    keys: dict[str, list[str]] = {}
    for k in keywords:
        keys.setdefault(lookalike_key(k, groups), []).append(k)
    return {key: ks[0] for key, ks in keys.items() if len(ks) == 1}  # a key two keywords share decides nothing


@lru_cache(maxsize=20000)
def _correct_word(word: str, keywords: tuple[str, ...], threshold: float, groups: tuple[str, ...] = ()) -> str:
    up = word.upper()
    if not snap_allowed(up, keywords):
        return word
    # a cue word whose letters OCR swapped only for their look-alikes ('DAFRAH', 'TAHUH') is that word however
    # many letters it lost: the fuzzy ratio of one swap in a six-letter word (83) falls under the threshold
    canon = _lookalike_index(keywords, groups).get(lookalike_key(up, groups)) if groups else None
    if canon is None:
        got = process.extractOne(up, keywords, scorer=fuzz.ratio, score_cutoff=threshold)
        if not got:
            return word
        canon = got[0]
    return canon if word.isupper() or word[:1].isupper() and len(word) > 1 and word[1:2].isupper() else (
        canon.capitalize() if word[:1].isupper() else canon.lower())


_WORD = re.compile(r"[A-Za-z0-9|]{5,}")


_CAPS_CONF = str.maketrans({"l": "I", "1": "I", "|": "I", "0": "O"})
_CAPS_TOKEN = re.compile(r"\b[A-Z0-9l|]{3,}\b")


def fix_caps_tokens(text: str) -> str:
    """'BUPATl', 'PROVlNSl', 'BUPAT1' → letters: in a capitalised word, l/1/|/0 are I/I/I/O (not in numbers)."""

    def repl(m: re.Match[str]) -> str:
        tok = m.group(0)
        digits = sum(c.isdigit() for c in tok)
        upper = sum(c.isupper() for c in tok)
        if upper < 3 or digits > 1 or upper < 0.6 * len(tok):
            return tok
        return tok.translate(_CAPS_CONF)

    return _CAPS_TOKEN.sub(repl, text)


@lru_cache(maxsize=8)
def _joined_rx(phrases: tuple[str, ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    # the words of each phrase with their spaces optional: "pada\s*tanggal" finds "padatanggal"
    return tuple((re.compile(r"\b" + r"[ \t]*".join(map(re.escape, p.split())) + r"\b", re.IGNORECASE), p)
                 for p in phrases if len(p.split()) > 1)


def split_joined(text: str, phrases: tuple[str, ...]) -> str:
    """'padatanggal 30 NOV 2017' → 'pada tanggal 30 NOV 2017': OCR drops the space between words of a phrase."""
    for rx, phrase in _joined_rx(phrases):
        text = rx.sub(lambda m, p=phrase: _like(m.group(0), p), text)
    return text


def _like(found: str, phrase: str) -> str:
    if found.isupper():
        return phrase.upper()
    return phrase[:1].upper() + phrase[1:] if found[:1].isupper() else phrase


def correct_ocr(text: str, ocr: OcrSettings) -> str:
    """Snap OCR-damaged cue words ('INOONESIA', 'DITETAPKAH') to the keyword list, then fix year tokens."""
    kws = tuple(k.upper() for k in ocr.keywords)
    text = fix_caps_tokens(text)
    text = split_joined(text, tuple(ocr.joined_phrases))
    groups = tuple(g.upper() for g in ocr.lookalike_groups)
    text = _WORD.sub(lambda m: _correct_word(m.group(0), kws, ocr.fuzzy_word_threshold, groups), text)
    return text


# OCR text layers (a scanner's searchable PDF, a web transcript) break heading words with a space or a stray
# stroke: "NOM OR 76", "NOMOIR 4". Only capitals, only the words of rules/vocab/ocr.yaml split_keywords, and only
# one space or one I/l/1/| between two letters: no other capital word reads like that.
_STRAY = re.compile(r"[ Il1|]")


@lru_cache(maxsize=4)
def _split_keyword_rx(words: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The pattern of the broken forms, and each keyword by its letters without I/l/1/| (an I inside a keyword
    such as BUPATI is no insertion, so the comparison drops them on both sides)."""
    alts = ["(?:[ ]|[Il1|])?".join(map(re.escape, w.upper())) for w in words if len(w) >= 5]
    if not alts:
        return None
    by_letters: dict[str, str] = {}
    for w in words:
        by_letters.setdefault(_STRAY.sub("", w.upper()), w.upper())
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(alts) + r")(?![A-Za-z])"), by_letters


def join_split_keywords(text: str, words: tuple[str, ...]) -> str:
    """'NOM OR 76 TA HUN 2018' → 'NOMOR 76 TAHUN 2018'."""
    compiled = _split_keyword_rx(words)
    if compiled is None:
        return text
    rx, by_letters = compiled

    def repl(m: re.Match[str]) -> str:
        found = m.group(0)
        word = by_letters.get(_STRAY.sub("", found))
        return word if word is not None and len(found) > len(word) else found

    return rx.sub(repl, text)


# Text layers written without space characters (words placed by position) and web transcripts glue a heading's
# words: "PERATURANBUPATITANJUNG JABUNG TIMUR NOMOR 12 TAHUN2018". A capital run is split only when it is
# nothing but heading words (rules/vocab/ocr.yaml glued_words), the last piece may be a name of four letters or
# more after a heading word of five or more ("BUPATI|TANJUNG"); a run that is itself a heading word, or whose
# pieces are not all known, stays whole.
_GLUED_RUN = re.compile(r"\b[A-Z]{8,}(?=\d{1,4}\b|\b)")
_GLUED_DIGITS = re.compile(r"\b(NOMOR|TAHUN)(?=\d{1,4}\b)")
_NAME_TAIL = 4


@lru_cache(maxsize=4)
def _glued_vocab(words: tuple[str, ...]) -> tuple[frozenset[str], int]:
    """The heading words in capitals and the longest one's length (how far back a piece can start)."""
    vocab = frozenset(w.upper() for w in words)
    return vocab, max(map(len, vocab))


def _segment(run: str, vocab: frozenset[str], longest: int) -> list[str] | None:
    """The split of `run` into vocabulary words (fewest pieces), or None; a trailing name may close it."""
    best: list[list[str] | None] = [None] * (len(run) + 1)
    best[0] = []
    for end in range(1, len(run) + 1):
        for start in range(max(0, end - longest), end):
            prev = best[start]
            piece = run[start:end]
            if prev is None or piece not in vocab:
                continue
            if best[end] is None or len(prev) + 1 < len(best[end] or ()):
                best[end] = [*prev, piece]
    if best[-1] is not None:
        return best[-1]
    for start in range(len(run) - _NAME_TAIL, 2, -1):  # heading words, then a name ("BUPATI" + "TANJUNG")
        head = best[start]
        if head and max(map(len, head)) >= 5:  # not "DAN" + "RAMIL": a short word in front proves nothing
            return [*head, run[start:]]
    return None


def split_glued_capitals(text: str, words: tuple[str, ...]) -> str:
    """'PERATURANBUPATITANJUNG … TAHUN2018' → 'PERATURAN BUPATI TANJUNG … TAHUN 2018'."""
    if not words:
        return text
    vocab, longest = _glued_vocab(words)

    def repl(m: re.Match[str]) -> str:
        run = m.group(0)
        if run in vocab:
            return run
        pieces = _segment(run, vocab, longest)
        return " ".join(pieces) if pieces and len(pieces) > 1 else run

    return _GLUED_DIGITS.sub(r"\1 ", _GLUED_RUN.sub(repl, text))


# A title block whose lines were run together (a text layer written as one stream, a column-merging OCR,
# a web transcript): "BUPATI DEMAK PROVINSI JAWA TENGAH PERATURAN BUPATI DEMAK NOMOR 13 TAHUN 2020 TENTANG …".
# The heading's own parts are put back on lines of their own; only capitalised keywords count, and only up to
# the first TENTANG (an amended act named in the subject is not split from it).
_LEGAL_HEAD = (r"(?:(?:RANCANGAN\s+)?(?:PERATURAN|KEPUTUSAN|INSTRUKSI|SURAT\s+EDARAN)\s+(?:BUPATI|WALI\s*KOTA|GUBERNUR|"
               r"MENTERI|DAERAH|KEPALA|PRESIDEN|PEMERINTAH|DIREKTUR|BADAN|BERSAMA|LEMBAGA|KOMISI|SEKRETARIS|KETUA|"
               r"PIMPINAN|DEWAN|REKTOR|CAMAT|DIREKSI|WALIKOTA)\b|SURAT\s+EDARAN\s+(?=NOMOR\b|Nomor\s*:)"
               r"|UNDANG-UNDANG\s+REPUBLIK\b|(?:RANCANGAN\s+)?QANUN\s+(?:ACEH|KABUPATEN|KOTA)\b)")
_HEAD_BREAK = re.compile(
    r"(?<!RANCANGAN)\s+(?=" + _LEGAL_HEAD + r")"  # the heading after the letterhead words
    r"|(?<=[A-Z0-9,.])\s*(?=NOMOR\s*(?:[:.]\s*)?(?:[\d.…_|]|TAHUN\b|TANGGAL\b|TENTANG\b|[A-Z]{1,6}[-.]\s?\d))"  # number
    # ("…TENGAHNOMOR 4", "… DIREKTUR JENDERAL PAJAK NOMOR SE-21/PJ/2016", a blank "… CIPTA KARYA NOMOR TENTANG")
    r"|(?<=[A-Z,.])\s+(?=NOMOR\s*:?\s*$)"  # the number wrapped onto the next line: "… PAJAK NOMOR" / "SE-21/PJ/2016"
    r"|(?<=[A-Z]{2})\s+(?=Nomor\s*:|Nomor\s+\d{1,4}\s+Tahun\s+(?:19|20)\d\d\b)"  # "… INDONESIA Nomor: 585B/…"
    r"|(?<=\S)\s+(?=TANGGAL\s*:)"  # a lampiran's header: "NOMOR : 08 TAHUN 2008 TANGGAL : 4 September 2008"
    r"|(?<=\S)\s*(?=TENTANG\b)|(?<=[\d.])(?=TENTANG)"  # its subject
    r"|(?<=\S)\s+(?=DENGAN\s+RAHMAT\b|Menimbang\b|MENIMBANG\b)"
    r"|(?<=[A-Z,])\s+(?=RANCANGAN\s*$)")  # two columns merged: "GUBERNUR JAWA BARAT RANCANGAN" / "PERATURAN …"
_TAIL_BREAK = re.compile(r"(?<=\S)\s+(?=DENGAN\s+RAHMAT\b|Menimbang\b|MENIMBANG\b)")
_PAGE_COUNTER = re.compile(r"^\s*-?\s*\d{1,3}\s*-?\s*\.?\s+(?=[A-Z]{4,})")
HEAD_REFLOW_LINES = 12


_WEB_STAMP = re.compile(r"^(?:https?://|www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?$")  # "jdih.pu.go.id"


def is_capitals(line: str, min_letters: int = 1) -> bool:
    """A heading line in capitals: at least `min_letters` letters, 80 % of them upper case (an OCR slip or a
    lower-case particle allowed); "4. Peraturan Pemerintah No. 61 …" is a citation."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= max(1, min_letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def is_prose(line: str) -> bool:
    """A line of running text: it starts in lower case, or three of its first eight words are lower-case words
    ('dalam', 'bahwa'); a register header ('No.189, 2016 KEUANGAN. (Penjelasan …') is not, nor a portal's
    address stamped before the heading ('jdih.pu.go.id PERATURAN MENTERI …')."""
    words = line.split()[:8]
    if words and _WEB_STAMP.match(words[0]):
        words = words[1:]
    return bool(words) and (words[0][:1].islower() or sum(w.strip(",.;:()").isalpha() and w.islower()
                                                          for w in words) >= 3)


def split_title_lines(lines: list[str]) -> list[str]:
    """The first lines of a page with a run-together heading put back on separate lines (see above); a page
    counter glued before the first word ('1 KEPUTUSAN …', '-1-. BUPATI …') is dropped."""
    out: list[str] = []
    in_head = True
    for i, line in enumerate(lines):
        if i >= HEAD_REFLOW_LINES:
            out.extend(lines[i:])
            break
        if i == 0:
            line = _PAGE_COUNTER.sub("", line)
        if is_prose(line):  # the heading is above any running text; below it a capitalised line is a citation
            out.extend(lines[i:])
            break
        if not in_head:
            out.extend(x for x in _TAIL_BREAK.split(line) if x.strip())
            continue
        for piece in (x.strip() for x in _HEAD_BREAK.split(line)):
            if not piece:
                continue
            if in_head and piece.startswith("TENTANG"):
                in_head = False
            out.append(piece)
    return out


# A cover: a short first page (a register's or a book's cover, a logo and the region's name) in front of the page
# whose legal heading and NOMOR make the document's identity ("BERITA DAERAH … TAHUN 2020 NOMOR 45" / page 2
# "PERATURAN BUPATI … NOMOR 12 TAHUN 2020"): the register's or LD's number on the cover is not the act's own.
COVER_MAX_LINES = 12
_HEAD_LINE = re.compile(r"^\s*" + _LEGAL_HEAD)
_NUMBER_LINE = re.compile(r"^\s*(?:NOMOR|Nomor)\b")
_LETTER_NUMBER = re.compile(r"^\s*(?:Nomor|NOMOR|No\.?)\s*:")


def _legal_title_at(lines: list[str]) -> bool:
    """A legal heading line with a NOMOR line within the next four lines."""
    return any(_HEAD_LINE.match(ln) and any(_NUMBER_LINE.match(x) for x in lines[i + 1:i + 5])
               for i, ln in enumerate(lines[:TITLE_LINES]))


def title_page(head: tuple[PageText, ...]) -> PageText:
    """The page whose first lines are the title block: the first page with text, or the page behind it when
    the first is a cover without a legal heading and NOMOR of its own and the next one has them."""
    pages = [p for p in head if len(p.text) >= 20] or list(head[:1])
    first = pages[0]
    if len(pages) > 1 and len(first.lines) <= COVER_MAX_LINES:
        cover = split_title_lines(first.lines)
        nxt = split_title_lines(pages[1].lines[:TITLE_LINES])
        letter = any(_LETTER_NUMBER.match(x) for x in cover)  # a covering letter's own "Nomor :" is its identity
        if not letter and not _legal_title_at(cover) and _legal_title_at(nxt):
            return pages[1]
    return first


_COUNTER_LINE = re.compile(r"^\W*(?:\d{1,3}|[ivxIVX]{1,4}|No)?\W*$")


def without_counters(lines: list[str]) -> list[str]:
    """The page's lines from its first line with words: page counters ("(1)", "- 2 -", "i") and the row numbers of
    a spreadsheet column exported above the text ("No." / "1" / "2" … "135") are no part of the title block."""
    for i, line in enumerate(lines):
        if not _COUNTER_LINE.match(line):
            return lines[i:]
    return lines


def build_view(doc: Document, ocr: OcrSettings) -> View:
    body = [p for p in doc.pages if p.label not in ("header", "footer") and p.text.strip()]
    hdrs = [p for p in doc.pages if p.label in ("header", "footer") and p.text.strip()]

    def prep(p) -> PageText:  # type: ignore[no-untyped-def]
        t = normalise(p.text[:PAGE_CHAR_CAP])
        is_ocr = p.method == "ocr"
        if is_ocr:
            t = correct_ocr(t, ocr)
        t = join_split_keywords(split_glued_capitals(t, tuple(ocr.glued_words)), tuple(ocr.split_keywords))
        t = fix_year_tokens(t, ocr.digit_confusions)
        return PageText(p.number, t, is_ocr, p.label)

    head = tuple(prep(p) for p in body[:PAGES_HEAD])
    tail_src = body[-PAGES_TAIL:] if len(body) > PAGES_HEAD else []
    tail_map = {p.number: p for p in head}
    tail = tuple(tail_map.get(p.number) or prep(p) for p in tail_src) or head[-2:]
    title: list[tuple[int, str]] = []
    ocr_title = False
    if head:
        first = title_page(head)
        lines = without_counters(first.lines)
        title = [(first.number, ln) for ln in split_title_lines(lines[:TITLE_LINES])[:TITLE_LINES]]
        ocr_title = first.ocr
    known = {p.number for p in tail}
    prepped = {p.number: p for p in head}
    closing = tuple(prepped.get(p.number) or prep(p) for p in body
                    if p.number not in known and _CLOSING.search(p.text[:PAGE_CHAR_CAP]))[:3]
    total_chars = sum(min(len(p.text), PAGE_CHAR_CAP) for p in body)
    every = {p.number: p for p in (*head, *closing, *tail)}
    whole = tuple(every.get(p.number) or PageText(p.number, normalise(p.text[:PAGE_CHAR_CAP]), p.method == "ocr", p.label)
                  for p in body[:BODY_PAGES])
    return View(tuple(title), head, tail, tuple(prep(p) for p in hdrs), max(len(body), doc.page_count or 0),
                total_chars / max(1, len(body)), ocr_title, closing, whole, _number_slots(doc))


def _number_slots(doc: Document) -> tuple[tuple[int, tuple[float, ...]], ...]:
    raw = doc.meta.get("number_slots")
    if not isinstance(raw, dict):
        return ()
    out = []
    for page, inks in raw.items():
        try:
            out.append((int(page), tuple(float(x) for x in inks)))
        except (TypeError, ValueError):
            continue  # a foreign meta value is no slot reading
    return tuple(sorted(out))


def collapse(s: str) -> str:
    """Letters and digits only, lower case: for comparing names regardless of spacing/punctuation."""
    return re.sub(r"[^0-9a-z]", "", s.lower())
