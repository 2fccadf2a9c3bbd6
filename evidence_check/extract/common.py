"""What every extractor returns, and the page-budget rule they share."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..models import Finding, Page

PageProgress = Callable[[int, int], None]  # (page number, total pages)


def no_progress(page: int, total: int) -> None:
    return None


@dataclass
class Extracted:
    pages: list[Page] = field(default_factory=list)
    page_count: int = 0
    findings: list[Finding] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


def select_pages(total: int, limit: int) -> list[int]:
    """0-based page indexes to read when a file has more pages than we will read.

    The head carries the title block and the tail the signature/enactment block, which decide a
    document's identity and status, so a bounded read keeps both ends.
    """
    if limit <= 0:  # a zero budget reads nothing (it used to still read the last page)
        return []
    if total <= limit:
        return list(range(total))
    tail = min(10, max(1, limit // 5)) if limit > 1 else 0  # a one-page budget reads the title page
    head = limit - tail
    return list(range(head)) + list(range(total - tail, total))


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def clean_text(text: str) -> str:
    """Normalise line ends and drop NULs/control characters that break JSON consumers and regexes
    (form feeds stay: they mark page breaks in plain text)."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
