"""Notes ready to paste into the portal's note field: plain Indonesian, within the field's length.

A note says what the document is (kind, number, date, issuer), where the decisive content is (page and a
short excerpt), why it meets the item, and for a weak item what is missing. The assessor reads the note
first, so the verdict-specific sentence leads for weak items and the document leads for accepted ones;
when the field is short, the documents part is shortened and the verdict sentence kept.
"""

from __future__ import annotations

from collections.abc import Callable

from ...models import Document, IndicatorVerdict, ItemDocument, ItemVerdict
from .names import pages_label
from .text import describe, plain, say, sentence, truncate

EXCERPT_CHARS = 160
Lookup = Callable[[str], Document | None]


def original_case(excerpt: str, doc: Document | None, pages: tuple[int, ...]) -> str:
    """The excerpt as the document writes it: judges may hand it over lower-cased; the note should quote."""
    wanted = plain(excerpt).strip(". ")
    if not wanted or doc is None or wanted != wanted.lower():
        return plain(excerpt)
    for page in doc.pages:
        if pages and page.number not in pages:
            continue
        text = plain(page.text)
        at = text.lower().find(wanted)
        if at >= 0 and len(text.lower()) == len(
            text
        ):  # same length: an index in one is an index in the other
            return plain(excerpt).replace(wanted, text[at : at + len(wanted)], 1)
    return plain(excerpt)


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
    excerpt = original_case(ref.excerpt, doc, ref.pages)
    if excerpt:
        parts.append(f'"{truncate(excerpt, EXCERPT_CHARS)}"')
    return ": ".join(parts)


def _documents_part(refs: tuple[ItemDocument, ...], lookup: Lookup) -> str:
    out = []
    descs = [describe(lookup(r.path), r.path) for r in refs]
    if len(refs) == 1:
        out.append(say("note.document", desc=descs[0]))
    elif refs:
        listed = "; ".join(f"{n}) {d}" for n, d in enumerate(descs, 1))
        out.append(say("note.documents", count=len(refs), desc=listed))
    spots = [w for r in refs if (w := where(r, lookup(r.path)))]
    if spots:
        out.append(say("note.where", where="; ".join(spots)))
    return " ".join(out)


def _repeats_excerpt(reason: str, refs: tuple[ItemDocument, ...]) -> bool:
    """A reason that only quotes the excerpt again ("Didukung oleh x.pdf: '...'") adds nothing to the note."""
    low = reason.lower()
    return any(len(e) >= 8 and e[:40].lower() in low for r in refs if (e := plain(r.excerpt).strip(". ")))


def _blocked(item: ItemVerdict, blocked_by: tuple[str, ...], blocking_level: int | None) -> str:
    level = blocking_level or max(1, item.level - 1)
    return say("note.blocked", level=level, items=", ".join(blocked_by) or "-")


def _fit(head: str, body: str, tail: str, limit: int) -> str:
    """`head body tail` within `limit`; the documents part (body) is shortened first, so the verdict and what
    is missing (head, tail) survive a short field."""
    full = plain(" ".join(p for p in (head, body, tail) if p))
    if len(full) <= limit:
        return full
    fixed = len(plain(head)) + len(plain(tail)) + 2
    if body and limit - fixed >= 40:
        body = truncate(plain(body), limit - fixed)
        return plain(" ".join(p for p in (head, body, tail) if p))
    return truncate(full, limit)


def item_note(
    item: ItemVerdict,
    lookup: Lookup,
    limit: int,
    blocked_by: tuple[str, ...] = (),
    blocking_level: int | None = None,
) -> str:
    """The note for one Pemdi item, at most `limit` characters."""
    code = item.code
    docs = _documents_part(item.documents, lookup)
    interview = say("note.interview") if item.interview_only else ""
    if item.verdict == "accepted":
        reason = sentence(item.reason)
        why = (
            say("note.accepted", code=code, reason=reason)
            if reason and not _repeats_excerpt(reason, item.documents)
            else say("note.accepted_plain", code=code, text=sentence(item.text) or "-")
        )
        return _fit("", docs, f"{why} {interview}", limit)
    if item.verdict == "auto_rejected" and item.documents:
        return _fit("", docs, f"{_blocked(item, blocked_by, blocking_level)} {interview}", limit)
    if item.verdict == "missing" or not item.documents:
        head = say("note.missing", code=code)
    else:
        head = say("note.wrong", code=code, reason=sentence(item.reason) or "-")
    if item.expected:
        head += " " + say("note.expected", expected=sentence(item.expected))
    if item.verdict == "auto_rejected":
        head += " " + _blocked(item, blocked_by, blocking_level)
    return _fit(f"{head} {interview}", docs, "", limit)


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
