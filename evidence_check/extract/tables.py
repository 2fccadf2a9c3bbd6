"""pdfplumber behind one module: the ruled tables of budget and planning pages (RKA, DPA, RKPD, Renja).

Budget codes and their names sit in table cells whose text wraps over several lines; the plain text
layer interleaves the wrapped parts of neighbouring columns, the table keeps each cell whole. pdfplumber
is slow (pure Python layout analysis), so it only reads pages whose text already shows a budget code
or the words "sub kegiatan" (see `budget_pages`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

MAX_TABLE_PAGES = 8  # ~0.3-0.6 s a page; the line reading of the text layer still covers every other page
MAX_ROWS_PER_PAGE = 400
MAX_CELL_CHARS = 240

# An activity or sub-activity code (2.16.03.2.02[.0037]) or a "Sub Kegiatan" label before a code. Pages
# with the most such lines go first: they are the budget tables whose wrapped names the text layer breaks.
_BUDGET_HINT = re.compile(
    r"\b\d\s?\.\s?\d{2}\s?\.\s?\d{2}\s?\.\s?\d\s?\.\s?\d{2}\b|sub\s*-?\s*kegiatan\s*:?\s*\d", re.IGNORECASE)


# What each branch of _BUDGET_HINT needs somewhere on the page: a page with neither has no hint, and most
# pages are settled by these two quick tests instead of the full pattern (which cannot skip ahead: \b first).
_CODE_START = re.compile(r"\d\s?\.\s?\d{2}")
_KEGIATAN = re.compile("kegiatan", re.IGNORECASE)  # the regex engine's own case folding, as in _BUDGET_HINT


def _hints(text: str) -> int:
    if not _CODE_START.search(text) and not _KEGIATAN.search(text):
        return 0
    return len(_BUDGET_HINT.findall(text))


def budget_pages(texts: dict[int, str]) -> list[int]:
    """1-based numbers of the pages worth a table pass (at most MAX_TABLE_PAGES, richest first, in page order)."""
    counts = {n: _hints(t) for n, t in texts.items()}
    best = sorted((n for n, c in counts.items() if c), key=lambda n: (-counts[n], n))[:MAX_TABLE_PAGES]
    return sorted(best)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split())[:MAX_CELL_CHARS]


def read_tables(path: Path, pages: Sequence[int]) -> list[dict[str, Any]]:
    """Tables on the given 1-based pages: [{"page": n, "rows": [[cell, ...], ...]}, ...].

    Never raises: a page pdfplumber cannot parse is skipped (the text layer still has its words)."""
    if not pages:
        return []
    try:
        import pdfplumber
    except ImportError:
        return []
    out: list[dict[str, Any]] = []
    try:
        with pdfplumber.open(str(path)) as pdf:
            for n in pages:
                if not 1 <= n <= len(pdf.pages):
                    continue
                page = pdf.pages[n - 1]
                try:
                    tables = page.extract_tables()
                except Exception:  # noqa: BLE001, S112 — odd content streams; the text layer remains
                    continue
                finally:
                    page.flush_cache()  # pdfplumber keeps every parsed object per page otherwise
                rows: list[list[str]] = []
                for table in tables:
                    for row in table:
                        cells = [_cell(c) for c in row]
                        if any(cells):
                            rows.append(cells)
                if rows:
                    out.append({"page": n, "rows": rows[:MAX_ROWS_PER_PAGE]})
    except Exception:  # noqa: BLE001 — pdfminer rejects some files pdfium reads; tables are optional
        return out
    return out
