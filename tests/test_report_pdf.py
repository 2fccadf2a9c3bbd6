"""laporan.pdf is optional: without WeasyPrint the user gets a clear usage error, not a traceback."""
from __future__ import annotations

import pytest

from evidence_check.errors import ExitCode
from evidence_check.report import get_reporter
from evidence_check.report.pdf import PdfUnavailable, pdf_available
from tests.report_fixture import make_report


def test_pdf_renders_or_explains() -> None:
    rep = get_reporter("pdf")
    assert rep.filename == "laporan.pdf"
    if pdf_available():
        assert rep.render(make_report(), "id").startswith(b"%PDF")
        return
    with pytest.raises(PdfUnavailable) as exc:
        rep.render(make_report(), "id")
    assert exc.value.exit_code == ExitCode.USAGE and "pip install" in str(exc.value)
