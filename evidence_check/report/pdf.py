"""laporan.pdf: the HTML report printed to A4 by WeasyPrint (optional extra: pip install 'evidence-check[pdf]')."""
from __future__ import annotations

from ..errors import EvidenceCheckError, ExitCode
from ..models import RunReport
from . import register
from .html import render_html


class PdfUnavailable(EvidenceCheckError):
    """WeasyPrint is not installed; the other formats are unaffected."""

    exit_code = ExitCode.USAGE


def pdf_available() -> bool:
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):  # OSError: the library is there but Pango/Cairo are missing
        return False
    return True


@register("pdf", "laporan.pdf")
def render_pdf(report: RunReport, lang: str) -> bytes:
    try:
        import weasyprint
    except (ImportError, OSError) as exc:
        raise PdfUnavailable(
            "PDF output needs WeasyPrint: pip install 'evidence-check[pdf]' (and the Pango library); "
            "or open laporan.html in a browser and print it to PDF (A4 print styles are included). "
            f"[{type(exc).__name__}: {exc}]"
        ) from None
    # base_url None: the report is self-contained, nothing must be fetched while printing.
    return weasyprint.HTML(string=render_html(report, lang), base_url=None).write_pdf()
