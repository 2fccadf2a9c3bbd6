"""Same content under another name: identical bytes (sha256) or identical normalised text."""
from __future__ import annotations

import hashlib
from collections.abc import Sequence

from ..models import Document

MIN_TEXT = 200  # characters of normalised text below which text equality says nothing (blank scans, covers)


# Every byte but 0-9 and a-z: deleted by bytes.translate in C, what re.sub(r"[^0-9a-z]+", "", …) did in the
# regex engine (the batch's parent runs this over every document of every agency)
_NOT_ALNUM = bytes(b for b in range(256) if not (48 <= b <= 57 or 97 <= b <= 122))


def text_key(doc: Document) -> str | None:
    # non-ASCII characters are never 0-9 or a-z: dropping them first leaves the same letters and digits
    flat = doc.text.lower().encode("ascii", "ignore").translate(None, _NOT_ALNUM)
    return hashlib.sha256(flat).hexdigest() if len(flat) >= MIN_TEXT else None


def find_duplicates(docs: Sequence[Document]) -> dict[str, tuple[str, str]]:
    """path → (original path, how) for every document that repeats an earlier one (by path order)."""
    by_hash: dict[str, str] = {}
    by_text: dict[str, str] = {}
    out: dict[str, tuple[str, str]] = {}
    for d in sorted(docs, key=lambda d: d.path):
        if d.sha256 and d.sha256 in by_hash:
            out[d.path] = (by_hash[d.sha256], "sha256")
            continue
        key = text_key(d)
        if key and key in by_text:
            out[d.path] = (by_text[key], "text")
            continue
        if d.sha256:
            by_hash.setdefault(d.sha256, d.path)
        if key:
            by_text.setdefault(key, d.path)
    return out

