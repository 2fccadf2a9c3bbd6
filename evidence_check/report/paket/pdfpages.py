"""The one place the package touches pdfium: copy chosen pages of a PDF into a new PDF."""

from __future__ import annotations

from pathlib import Path


class PageExtractError(Exception):
    """The pages could not be copied (encrypted, damaged, pages out of range); the message says why."""


def extract_pages(src: Path, pages: tuple[int, ...], dst: Path) -> tuple[int, ...]:
    """Write the 1-based `pages` of `src` (in order, once each) as a new PDF; return the pages written.

    Pages beyond the end are left out; none left is an error. The source is opened read-only."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(src))
    except pdfium.PdfiumError as exc:
        raise PageExtractError(f"PDF tidak dapat dibuka: {exc}") from None
    new = None
    try:
        total = len(pdf)
        keep = tuple(sorted({p for p in pages if 1 <= p <= total}))
        if not keep:
            raise PageExtractError(
                f"halaman {', '.join(map(str, pages))} tidak ada (dokumen {total} halaman)"
            )
        new = pdfium.PdfDocument.new()
        new.import_pages(pdf, pages=[p - 1 for p in keep])
        dst.parent.mkdir(parents=True, exist_ok=True)
        new.save(str(dst))
        return keep
    except pdfium.PdfiumError as exc:
        raise PageExtractError(f"pdfium: {exc}") from None
    finally:
        if new is not None:
            new.close()
        pdf.close()


def page_count(path: Path) -> int:
    """Pages in a PDF; 0 when it cannot be opened."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return 0
    try:
        return len(pdf)
    finally:
        pdf.close()


def merge_pdfs(sources: list[Path], dst: Path) -> int:
    """Join whole PDFs, in order, into a new PDF; return its page count. The sources are opened read-only."""
    import pypdfium2 as pdfium

    new = pdfium.PdfDocument.new()
    try:
        for src in sources:
            try:
                pdf = pdfium.PdfDocument(str(src))
            except pdfium.PdfiumError as exc:
                raise PageExtractError(f"{src.name}: PDF tidak dapat dibuka: {exc}") from None
            try:
                new.import_pages(pdf)
            except pdfium.PdfiumError as exc:
                raise PageExtractError(f"{src.name}: pdfium: {exc}") from None
            finally:
                pdf.close()
        dst.parent.mkdir(parents=True, exist_ok=True)
        new.save(str(dst))
        return len(new)
    finally:
        new.close()
