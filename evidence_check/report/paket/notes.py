"""Notes ready to paste into the portal's note field: plain Indonesian, within the field's length.

A note says what the document is (kind, number, date, issuer), where the decisive content is (page and a
short excerpt), why it meets the item, and for a weak item what is missing. The assessor reads the note
first, so the verdict-specific sentence leads for weak items and the document leads for accepted ones.
"""

from __future__ import annotations

from collections.abc import Callable

from ...models import Document, IndicatorVerdict, ItemDocument, ItemVerdict
from .names import pages_label
from .text import describe, plain, say, sentence, truncate

EXCERPT_CHARS = 160
Lookup = Callable[[str], Document | None]


def where(ref: ItemDocument, doc: Document | None) -> str:
    """`halaman 12-13 dari 240: "Sub Kegiatan 2.16.03.2.02 ..."` (either part may be absent)."""
    parts = []
    if ref.pages:
        label = pages_label(ref.pages, ", ")
        total = doc.page_count if doc else 0
        # "of 240" tells the assessor the rest of a long document need not be read
        parts.append(
            say("note.page_of", total=total, pages=label)
            if total > len(set(ref.pages))
            else say("note.page", pages=label)
        )
    excerpt = plain(ref.excerpt)
    if excerpt:
        parts.append(f'"{truncate(excerpt, EXCERPT_CHARS)}"')
    return ": ".join(parts)


def _documents_part(refs: tuple[ItemDocument, ...], lookup: Lookup) -> list[str]:
    out = []
    descs = [describe(lookup(r.path), r.path) for r in refs]
    if len(refs) == 1:
        out.append(say("note.document", desc=descs[0]))
    elif refs:
        out.append(
            say(
                "note.documents", count=len(refs), desc="; ".join(f"{n}) {d}" for n, d in enumerate(descs, 1))
            )
        )
    spots = [w for r in refs if (w := where(r, lookup(r.path)))]
    if spots:
        out.append(say("note.where", where="; ".join(spots)))
    return out


def item_note(
    item: ItemVerdict,
    lookup: Lookup,
    limit: int,
    blocked_by: tuple[str, ...] = (),
    blocking_level: int | None = None,
) -> str:
    """The note for one Pemdi item, at most `limit` characters."""
    code = item.code
    parts: list[str] = []
    if item.verdict == "accepted":
        parts += _documents_part(item.documents, lookup)
        reason = sentence(item.reason)
        parts.append(
            say("note.accepted", code=code, reason=reason)
            if reason
            else say("note.accepted_plain", code=code, text=sentence(item.text))
        )
    elif item.verdict == "auto_rejected" and item.documents:
        parts += _documents_part(item.documents, lookup)
        parts.append(
            say(
                "note.blocked",
                level=blocking_level or max(1, item.level - 1),
                items=", ".join(blocked_by) or "-",
            )
        )
    else:
        if item.verdict == "missing" or not item.documents:
            parts.append(say("note.missing", code=code))
        else:
            parts.append(say("note.wrong", code=code, reason=sentence(item.reason) or "-"))
        if item.expected:
            parts.append(say("note.expected", expected=sentence(item.expected)))
        if item.verdict == "auto_rejected":
            parts.append(
                say(
                    "note.blocked",
                    level=blocking_level or max(1, item.level - 1),
                    items=", ".join(blocked_by) or "-",
                )
            )
        parts += _documents_part(item.documents, lookup)
    if item.interview_only:
        parts.append(say("note.interview"))
    return truncate(plain(" ".join(parts)), limit)


def indicator_note(v: IndicatorVerdict, lookup: Lookup, limit: int, status_word: str) -> str:
    """The note for a 59/2020 indicator (no items): status, documents, the decisive words, what to add."""
    parts = [
        say(
            "note.indicator",
            id=v.id,
            name=plain(v.name),
            status=status_word,
            level=v.level if v.level is not None else "-",
        )
    ]
    if v.documents:
        parts.append(say("note.indicator_docs", desc="; ".join(describe(lookup(p), p) for p in v.documents)))
    cited = [b for b in v.basis if b.text.strip()][:2]
    if cited:
        spots = [
            (say("note.page", pages=b.page) + ": " if b.page else "")
            + f'"{truncate(plain(b.text), EXCERPT_CHARS)}"'
            for b in cited
        ]
        parts.append(say("note.where", where="; ".join(spots)))
    if v.status != "supported" and v.recommendation:
        parts.append(say("note.expected", expected=sentence(v.recommendation)))
    return truncate(plain(" ".join(parts)), limit)
