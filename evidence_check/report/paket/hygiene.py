"""Upload hygiene per file: what would trouble the upload or the assessor before anyone reads the content."""

from __future__ import annotations

from typing import Any

from ...models import Document, Finding
from .text import warning

MB = 1024 * 1024


def has_digital_signature(doc: Document) -> bool:
    """A signature in the PDF (pdfium's count at extraction) or the signature fact recognition adds.

    Read defensively: another stage fills these and their shape may grow."""
    if doc.meta.get("pdf_signature") is True:
        return True
    sig: Any = doc.facts.get("signature") if isinstance(doc.facts, dict) else None
    if isinstance(sig, dict):
        return bool(sig.get("digital"))
    return False


def scan_state(doc: Document) -> str:
    """'none' (text layer throughout), 'all' (every read page was OCR'd or unreadable) or 'some'."""
    if doc.format != "pdf":
        return "none"
    methods = [p.method for p in doc.pages]
    if doc.extraction.method == "ocr" or (methods and all(m != "text" for m in methods)):
        return "all"
    if doc.extraction.method == "mixed" or "ocr" in methods:
        return "some"
    return "none"


def file_warnings(
    file: str, doc: Document | None, size: int, limit_mb: float, *, whole: bool = True
) -> list[Finding]:
    """Warnings for one file in the package; `whole` is False for a page extract (size only)."""
    out: list[Finding] = []
    if doc is not None and whole:
        if doc.format and doc.format != "pdf":
            out.append(warning("NOT_PDF", file=file, format=doc.format))
        state = scan_state(doc)
        if state == "all":
            out.append(warning("NO_TEXT_LAYER", file=file))
        elif state == "some":
            out.append(warning("PARTLY_SCANNED", file=file))
        if has_digital_signature(doc):
            out.append(warning("DIGITAL_SIGNATURE", file=file))
    if size > limit_mb * MB:
        out.append(
            warning(
                "TOO_LARGE",
                file=file,
                mb=f"{size / MB:.1f}".replace(".", ","),
                limit=f"{limit_mb:g}".replace(".", ","),
            )
        )
    return out
