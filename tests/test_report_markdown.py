"""laporan.md: untrusted text cannot break tables, open code spans or inject HTML."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from evidence_check.report.markdown import esc, render_markdown
from tests.report_fixture import make_empty_report, make_report


@given(st.text())
def test_esc_output_is_inert(text: str) -> None:
    out = esc(text)
    assert "\n" not in out and "\r" not in out
    assert "<" not in out and ">" not in out
    assert not re.search(r"(?<!\\)[|`]", out.replace("\\\\", ""))


def test_esc_examples() -> None:
    assert esc("a|b") == "a\\|b"
    assert esc("<script>") == "&lt;script&gt;"
    assert esc("`rm -rf`") == "\\`rm -rf\\`"
    assert esc("Perbup_12 *draft*") == "Perbup\\_12 \\*draft\\*"
    assert esc("line\nbreak") == "line break"
    assert esc("0.1.0") == "0.1.0"


def test_markdown_report_structure() -> None:
    md = render_markdown(make_report())
    table = [ln for ln in md.splitlines() if re.match(r"^\| \d+ \| Tingkat Kematangan", ln)]
    assert [int(ln.split("|")[1]) for ln in table] == list(range(1, 48))
    assert all(ln.count(" | ") == 6 for ln in table)  # 7 cells: no pipe leaked from a finding
    assert "<script" not in md and "<img" not in md
    assert "03\\_Layanan/&lt;script&gt;" in md
    assert "\\{\\{ 7\\*7 \\}\\}" in md
    assert "Kabupaten Batu Bara" in md and "1,22 — Kurang" in md
    assert "## Berkas yang tidak dapat dibaca" in md and "UNREADABLE" in md


def test_markdown_document_table_cells_stay_aligned() -> None:
    md = render_markdown(make_report(), "en")
    head = next(ln for ln in md.splitlines() if ln.startswith("| File |"))
    rows = [ln for ln in md.splitlines() if ln.startswith("| ") and ".pdf" in ln or ".docx |" in ln or ".xlsx |" in ln]
    n = head.count(" | ")
    assert rows and all(ln.replace("\\|", "").count(" | ") == n for ln in rows)


def test_markdown_empty_report() -> None:
    md = render_markdown(make_empty_report(), "en")
    assert "The index could not be computed" in md and "This report holds no indicator verdicts." in md
