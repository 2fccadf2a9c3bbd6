"""File and folder names in the package: item code first, ASCII-safe on every OS, length-limited."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Words that every indicator name repeats; dropped so the folder says what the indicator is about.
_NAME_PREFIXES = ("tingkat kematangan ", "tingkat ")
_NAME_SUFFIXES = (" pemerintah digital", " pemdi", " spbe", " instansi pemerintah", " pemerintah")
_UNSAFE = re.compile(r"[^A-Za-z0-9]+")
_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(1, 10)),
    *(f"lpt{i}" for i in range(1, 10)),
}
_EXTENSION = re.compile(r"^\.[a-z0-9]{1,8}$")
# Long official phrases and the short forms agencies and assessors use; applied to file names only (the
# notes keep the document's own words).
_SHORT_FORMS = (
    ("sistem pemerintahan berbasis elektronik", "SPBE"),
    ("pemerintah digital", "Pemdi"),
    ("pemerintahan digital", "Pemdi"),
    ("teknologi informasi dan komunikasi", "TIK"),
    ("rencana pembangunan jangka menengah daerah", "RPJMD"),
    ("dokumen pelaksanaan anggaran", "DPA"),
    ("rencana kerja dan anggaran", "RKA"),
    ("standard operating procedure", "SOP"),
    ("standar operasional prosedur", "SOP"),
    ("organisasi perangkat daerah", "OPD"),
    ("komunikasi dan informatika", "Kominfo"),
)
_DANGLING = frozenset(
    {"dan", "di", "ke", "dari", "yang", "atau", "untuk", "pada", "dalam", "serta", "dengan"}
)


def ascii_text(text: str) -> str:
    """é → e, curly quotes → nothing special: NFKD then drop what is not ASCII."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _cut_words(text: str, limit: int, sep: str) -> str:
    """Cut at a word boundary (never mid-word unless one word is already longer than the limit)."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    if sep in cut and text[limit : limit + 1] not in ("", sep):
        cut = cut.rsplit(sep, 1)[0]
    return cut.strip(sep)


def shorten(text: str) -> str:
    """`Tim Koordinasi Pemerintah Digital` → `Tim Koordinasi Pemdi` (case-insensitive, whole words)."""
    for long, short in _SHORT_FORMS:
        text = re.sub(rf"\b{re.escape(long)}\b", short, text, flags=re.IGNORECASE)
    return text


def slug(text: str, limit: int = 60) -> str:
    """`SK Tim Koordinasi — Pemdi 2026` → `SK-Tim-Koordinasi-Pemdi-2026`; ALL-CAPS words become Title Case."""
    plain = ascii_text(shorten(text or ""))
    words = [w for w in _UNSAFE.split(plain) if w]
    words = [w.capitalize() if w.isupper() and len(w) > 4 and w.isalpha() else w for w in words]
    return _cut_words("-".join(words), limit, "-")


def safe_extension(name: str) -> str:
    """The lower-case extension of a source name, or '' when it is not a plain short extension."""
    dot = name.rfind(".")
    ext = name[dot:].lower() if dot > 0 else ""
    return ext if _EXTENSION.match(ext) else ""


def short_indicator_name(name: str, limit: int = 36) -> str:
    """`Tingkat Kematangan Kolaborasi Pemerintah Digital` → `Kolaborasi`."""
    text = " ".join((name or "").split())
    low = text.lower()
    for p in _NAME_PREFIXES:
        if low.startswith(p):
            text, low = text[len(p) :], low[len(p) :]
            break
    changed = True
    while changed:
        changed = False
        for s in _NAME_SUFFIXES:
            if low.endswith(s) and len(low) > len(s):
                text, low, changed = text[: -len(s)], low[: -len(s)], True
    words = _cut_words(" ".join(w for w in _UNSAFE.split(ascii_text(text)) if w), limit, " ").split()
    while len(words) > 1 and words[-1].lower() in _DANGLING:  # a cut must not end on "dan"
        words.pop()
    return " ".join(words)


def safe_code(code: str) -> str:
    """An item or indicator code as a path part: codes come from a framework file (overlays are anyone's),
    so `../x` or `a/b` must not become a path."""
    return "-".join(w for w in _UNSAFE.split(ascii_text(code or "")) if w)[:40]


def indicator_folder(code: str, number: int, name: str) -> str:
    """`I4 Kolaborasi` (Pemdi) or `Indikator 09 Kebijakan Internal Arsitektur` (59/2020)."""
    head = safe_code(code) if safe_code(code) else f"Indikator {number:02d}"
    short = short_indicator_name(name)
    folder = f"{head} {short}".strip()
    return folder if folder.lower() not in _RESERVED else folder + "_"


def page_ranges(pages: Iterable[int]) -> list[tuple[int, int]]:
    """[3, 7, 8, 9] → [(3, 3), (7, 9)]."""
    out: list[tuple[int, int]] = []
    for p in sorted(set(pages)):
        if out and p == out[-1][1] + 1:
            out[-1] = (out[-1][0], p)
        else:
            out.append((p, p))
    return out


def pages_label(pages: Iterable[int], sep: str = "_") -> str:
    """[12, 13] → `12-13`; [3, 7, 8, 9] → `3_7-9` (ranges joined by `sep`)."""
    return sep.join(f"{a}" if a == b else f"{a}-{b}" for a, b in page_ranges(pages))


def item_file_name(code: str, label: str, ext: str, *, pages: Iterable[int] = (), limit: int = 80) -> str:
    """`I4-L1-01_SK-Tim-Koordinasi-Pemdi-2026.pdf`, or `I1-L2-04_DPA-2026_hal-12-13.pdf` for a page extract.

    The code, the page part and the extension are always kept whole; only the label is shortened."""
    code = safe_code(code) or "butir"
    tail = f"_hal-{pages_label(pages)}" if pages else ""
    fixed = len(code) + 1 + len(tail) + len(ext)
    body = slug(label, max(8, limit - fixed)) or "dokumen"
    return f"{code}_{body}{tail}{ext}"


def unique(name: str, taken: set[str]) -> str:
    """`x.pdf`, then `x-2.pdf`, `x-3.pdf` … (case-insensitive: Windows and macOS folders are)."""
    stem, ext = (
        (name[: -len(safe_extension(name))], safe_extension(name)) if safe_extension(name) else (name, "")
    )
    cand, n = name, 1
    while cand.lower() in taken:
        n += 1
        cand = f"{stem}-{n}{ext}"
    taken.add(cand.lower())
    return cand
