"""The package's manifest as agencies see it: its rows rendered as an HTML table in headless Chromium.

Saves docs/paket-manifest.png (the README's screenshot) when it is missing or when goldens are regenerated:
EVIDENCE_CHECK_REGEN_GOLDEN=1 pytest tests/test_report_paket_browser.py
"""

from __future__ import annotations

import html
import shutil
from pathlib import Path

import openpyxl
import pytest

from evidence_check.report.paket import write_paket
from tests.golden_support import regenerating
from tests.paket_fixture import build_input, make_report
from tests.test_report_browser import CHROMIUM, browser  # noqa: F401  (the shared Chromium fixture)

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
DOCS_SHOT = ROOT / "docs" / "paket-manifest.png"
# The columns an agency works from; the XLSX has all of them.
SHOWN = (
    "Kode butir",
    "Butir",
    "Berkas dalam paket",
    "Putusan (portal)",
    "Catatan siap tempel",
    "Peringatan unggah",
)

CSS = """body{font:13px/1.35 'DejaVu Sans',sans-serif;margin:16px;color:#1b1f24}
h1{font-size:16px;margin:0 0 8px}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #c9d1d9;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#dfe7f0}td.code{white-space:nowrap;font-weight:bold}
tr.accepted td.v{background:#dff3e4}tr.wrong_evidence td.v{background:#fde2c8}
tr.missing td.v{background:#f7d4d4}tr.auto_rejected td.v{background:#e6e0f5}"""


def manifest_html(xlsx: Path) -> str:
    """The Manifest sheet's rows as an HTML table, every cell escaped (the cells hold document text)."""
    rows = list(openpyxl.load_workbook(xlsx)["Manifest"].iter_rows(values_only=True))
    head = [str(h) for h in rows[0]]
    idx = [head.index(c) for c in SHOWN]
    code_col = head.index("Kode putusan")
    body = []
    for r in rows[1:]:
        cells = []
        for i in idx:
            text = html.escape("" if r[i] is None else str(r[i]))
            if head[i] in ("Berkas dalam paket", "Peringatan unggah"):  # lists: one per line
                text = text.replace("; ", ";<br>")
            cls = (
                ' class="code"'
                if head[i] == "Kode butir"
                else ' class="v"'
                if head[i] == "Putusan (portal)"
                else ""
            )
            cells.append(f"<td{cls}>{text}</td>")
        body.append(f'<tr class="{html.escape(str(r[code_col]))}">{"".join(cells)}</tr>')
    ths = "".join(f"<th>{html.escape(c)}</th>" for c in SHOWN)
    return (
        f"<!doctype html><meta charset='utf-8'><style>{CSS}</style><h1>paket/manifest.xlsx</h1>"
        f"<table><tr>{ths}</tr>{''.join(body)}</table>"
    )


def test_manifest_screenshot(browser, tmp_path: Path) -> None:  # noqa: F811
    root = tmp_path / "bukti"
    build_input(root)
    write_paket(make_report(root), tmp_path / "out")
    page_file = tmp_path / "manifest.html"
    page_file.write_text(manifest_html(tmp_path / "out" / "paket" / "manifest.xlsx"), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(page_file.as_uri(), wait_until="load")
    assert page.locator("tr").count() == 15  # header + 14 items
    assert page.locator("tr.accepted").count() == 5 and page.locator("tr.missing").count() == 5
    assert "I4-L1-01_SK-Tim-Koordinasi-Pemdi-2026.pdf" in page.inner_text("table")
    png = tmp_path / "paket-manifest.png"
    page.screenshot(path=str(png), full_page=True)
    page.close()
    assert png.stat().st_size > 10_000
    if regenerating() or not DOCS_SHOT.exists():
        shutil.copyfile(png, DOCS_SHOT)
    assert CHROMIUM
