"""Judge whether a page's text layer is usable or must be OCR'd.

Scanners and PDF exports produce text layers that exist but are wrong: fonts without ToUnicode give
glyph soup, a scanner's own OCR gives "PEMERlNTAH KABUPATEIV". Presence of text is therefore not enough;
we score the share of known words against Tesseract's own Indonesian and English word lists.
"""
from __future__ import annotations

import functools
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_ASCII_WORD = re.compile(r"[a-z]{3,}")  # the same on lower-case ASCII text, several times faster
# Letter/digit confusions typical of poor OCR layers: 202l, 2O19, PEMERlNTAH (lower l inside capitals).
_CONFUSED = re.compile(r"\b(?:\d+[lIOo]\d*|[lIOo]\d{2,})\b|[A-Z]{2,}[a-z][A-Z]{2,}")
# Its first branch needs a digit beside one of l, I, O, o; on a page with no such pair only the second
# branch can match, and alone (a plain letter class up front) it scans a page far faster.
_DIGIT_BESIDE_LOOKALIKE = re.compile(r"\d[lIOo]|[lIOo]\d")
_CONFUSED_CAPS = re.compile(r"[A-Z]{2,}[a-z][A-Z]{2,}")
TESSDATA_DIRS = (Path("/usr/share/tesseract-ocr/5/tessdata"), Path("/usr/share/tesseract-ocr/4.00/tessdata"))

# A line that is one encoded block: PGP key or signature armour, base64, a hash. CSIRT profiles (RFC 2350)
# print their public key; e-signed documents print hashes. Such lines are right as they are, are not words,
# and OCR cannot read them better: they are left out of the quality score.
# Armour lines are 60-76 characters; a 40-character floor keeps letter numbers ("050/112/Diskominfo/2025") out.
_ENCODED_LINE = re.compile(r"^(?:(?=[^\s]*[A-Za-z])(?=[^\s]*\d)[A-Za-z0-9+/]{40,}={0,2}|[0-9a-fA-F]{32,})$")
_ARMOUR = re.compile(r"^-{3,}\s*(BEGIN|END) PGP [A-Z ]+-{3,}$")
# What every encoded line holds (32 characters of its alphabet in a row): a page without it, and without the
# "---" of armour, keeps every line, and the per-line pass is skipped.
_ENCODED_RUN = re.compile(r"[A-Za-z0-9+/]{32}")

MIN_CHARS = 25  # fewer visible characters than this on a page = no usable text layer
MIN_QUALITY = 0.55  # share of known words below which the layer is treated as garbage


def _dump_wordlist(traineddata: Path) -> set[str]:
    """Unpack Tesseract's LSTM word dawg into words (what the OCR engine itself considers words)."""
    if not (shutil.which("combine_tessdata") and shutil.which("dawg2wordlist")):
        return set()
    lang = traineddata.name.split(".")[0]
    with tempfile.TemporaryDirectory() as tmp:
        prefix = f"{tmp}/{lang}."
        subprocess.run(["combine_tessdata", "-u", str(traineddata), prefix], capture_output=True, timeout=60)
        out = Path(tmp) / "words.txt"
        subprocess.run(
            ["dawg2wordlist", prefix + "lstm-unicharset", prefix + "lstm-word-dawg", str(out)],
            capture_output=True, timeout=60,
        )
        if not out.exists():
            return set()
        return {w.lower() for w in out.read_text("utf-8", "replace").split() if len(w) >= 3}


def _cached_wordlist(lang: str) -> set[str]:
    from platformdirs import user_cache_dir

    cache = Path(user_cache_dir("evidence-check")) / f"words-{lang}.txt"
    try:
        if cache.exists():
            return set(cache.read_text("utf-8").split())
    except OSError:
        pass
    for d in TESSDATA_DIRS:
        td = d / f"{lang}.traineddata"
        if td.exists():
            words = _dump_wordlist(td)
            if words:
                try:
                    cache.parent.mkdir(parents=True, exist_ok=True)
                    tmp = cache.with_suffix(".tmp")
                    tmp.write_text("\n".join(sorted(words)), "utf-8")
                    tmp.replace(cache)
                except OSError:
                    pass
                return words
    return set()


@functools.lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    return frozenset(_cached_wordlist("ind") | _cached_wordlist("eng"))


def without_encoded_blocks(text: str) -> str:
    """The text without lines that are encoded data: everything inside PGP armour (a page may hold only
    its middle), base64 and hash lines elsewhere."""
    lines = text.splitlines()
    if "---" not in text and not _ENCODED_RUN.search(text):
        return "\n".join(lines)
    kept: list[str] = []
    # the patterns only ever match an armour line starting "---" or an encoded line of 32+ characters:
    # every other line (nearly all of them) is settled without the regex engine
    marks = [m.group(1) for ln in lines if (s := ln.strip()).startswith("---") and (m := _ARMOUR.match(s))]
    inside = bool(marks) and marks[0] == "END"  # the block began on an earlier page
    for ln in lines:
        s = ln.strip()
        m = _ARMOUR.match(s) if s.startswith("---") else None
        if m:
            inside = m.group(1) == "BEGIN"
            continue
        if not inside and not (len(s) >= 32 and _ENCODED_LINE.match(s)):
            kept.append(ln)
    return "\n".join(kept)


def text_quality(text: str) -> float | None:
    """Share of alphabetic words (3+ letters) that are known, penalised by OCR confusions. None if no words.
    Encoded blocks (keys, base64, hashes) are not counted: they are neither words nor OCR errors."""
    text = without_encoded_blocks(text)
    lower = text.lower()
    words = (_ASCII_WORD if lower.isascii() else _WORD).findall(lower)
    if not words:
        return None
    vocab = known_words()
    if not vocab:  # no dictionary available: judge by confusions and glyph soup only
        known = sum(1 for w in words if w.isalpha() and not re.search(r"[^\x00-\u024f]", w))
    else:
        known = sum(map(vocab.__contains__, words))
    confused = len((_CONFUSED if _DIGIT_BESIDE_LOOKALIKE.search(text) else _CONFUSED_CAPS).findall(text))
    tokens = max(1, len(text.split()))
    return max(0.0, known / len(words) - 2.0 * confused / tokens)


def needs_ocr(text: str) -> tuple[bool, float | None]:
    """(OCR this page?, quality). Too little text, replacement glyphs or unknown words all mean yes."""
    visible = len("".join(text.split()))
    if visible < MIN_CHARS:
        return True, None
    bad_glyphs = text.count("\ufffd") + text.count("(cid:")
    if bad_glyphs / visible > 0.05:
        return True, 0.0
    q = text_quality(text)
    if q is None:  # digits and symbols only, e.g. a table of numbers: keep it
        return False, None
    return q < MIN_QUALITY, round(q, 3)
