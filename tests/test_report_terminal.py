"""Terminal progress and summary: TTY bar, sparse lines in logs, silence when quiet, NO_COLOR."""
from __future__ import annotations

import io

import pytest

from evidence_check.report.terminal import color_enabled, make_progress, summary
from tests.report_fixture import make_empty_report, make_report


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_on_tty_redraws_one_line_with_file_and_page() -> None:
    out = _Tty()
    progress = make_progress(out, True)
    for page in range(1, 4):
        progress("ocr", page, 3, f"SK Tim.pdf hlm. {page}/3")
    text = out.getvalue()
    assert text.count("\r") == 3 and text.endswith("\n")
    assert "SK Tim.pdf hlm. 2/3" in text and "[####################] 3/3" in text


def test_progress_plain_lines_when_not_a_tty() -> None:
    out = io.StringIO()
    progress = make_progress(out, True)
    for i in range(101):
        progress("extract", i, 100, f"f{i}.pdf")
    lines = out.getvalue().splitlines()
    assert "\r" not in out.getvalue() and "\033" not in out.getvalue()
    assert lines[0] == "extract: 0/100 f0.pdf" and lines[-1] == "extract: 100/100 f100.pdf"
    assert len(lines) == 11


def test_progress_quiet_prints_nothing_and_control_chars_are_neutralised() -> None:
    out = _Tty()
    make_progress(out, False)("extract", 1, 2, "x")
    assert out.getvalue() == ""
    plain = io.StringIO()
    make_progress(plain, True)("extract", 1, 2, "evil\033[2J.pdf")
    assert "\033" not in plain.getvalue() and "evil?[2J.pdf" in plain.getvalue()


def test_summary_table() -> None:
    text = summary(make_report(), ["out/laporan.html", "out/report.json"], color=False)
    assert "1,22  Kurang" in text and "1,87  Cukup" in text
    assert "Didukung 4  Lemah 4  Tidak ada bukti 39" in text
    assert "scan_rusak.pdf: UNREADABLE" in text and "out/laporan.html" in text and "out/report.json" in text
    assert "\033" not in text
    assert "\033[32m" in summary(make_report(), [], color=True)
    en = summary(make_empty_report(), [], color=False, lang="en")
    assert "The index could not be computed" in en and "Unreadable files  1" in en


def test_no_color_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert color_enabled(_Tty()) and not color_enabled(io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not color_enabled(_Tty())
