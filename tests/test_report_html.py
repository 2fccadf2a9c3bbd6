"""laporan.html: escaping of untrusted text, framework order, languages, self-containment, empty runs."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from evidence_check.report import get_reporter, render_all
from evidence_check.report.html import render_html
from tests.report_fixture import IMG_TEXT, JINJA_TEXT, XSS_NAME, make_empty_report, make_report


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.rows: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        d = dict(attrs)
        self.tags.append((tag, d))
        if tag == "tr" and (d.get("id") or "").startswith("row-"):
            self.rows.append(d["id"] or "")


def _parse(html: str) -> _Collector:
    c = _Collector()
    c.feed(html)
    return c


def test_untrusted_text_is_escaped_not_executed() -> None:
    html = render_html(make_report())
    tags = _parse(html).tags
    assert not [t for t, _ in tags if t in ("script", "img", "iframe", "object")]
    assert not any(k.startswith("on") for _, attrs in tags for k in attrs)
    assert "&lt;script&gt;window.__xss=1;alert(1)&lt;/script&gt;.pdf" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert f"TIM KOORDINASI SPBE {JINJA_TEXT}" in html  # shown as text, never evaluated
    assert XSS_NAME not in html and IMG_TEXT not in html


def test_indicator_table_in_framework_order_with_details() -> None:
    html = render_html(make_report())
    c = _parse(html)
    assert c.rows == [f"row-{i}" for i in range(1, 48)]
    ids = {d.get("id") for _, d in c.tags}
    assert {f"ind-{i}" for i in range(1, 48)} <= ids
    assert {f"chart-aspect-{a}" for a in range(1, 9)} <= ids
    # the matched excerpt and its page for indicator 11 appear in its detail section
    detail = html.split('id="ind-11"')[1].split('id="ind-12"')[0]
    assert "domain arsitektur proses bisnis" in detail and "hlm. 5" in detail


def test_header_index_documents_and_unreadable_sections() -> None:
    html = render_html(make_report())
    assert '<html lang="id">' in html
    for text in ("Kabupaten Batu Bara", "disimpulkan dari 5 dari 6 dokumen", "permenpanrb-59-2020", "2024-05-06",
                 "1,22", "Kurang", "1,87", "Cukup", "Rancangan/draf", "188.45/210/TAHUN 2023",
                 "keyakinan OCR 76", "Berkas yang tidak dapat dibaca", "UNREADABLE", "xref rusak",
                 "Thumbs.db", "Glosarium", "@page", "size: A4"):
        assert text in html, text
    unreadable = html.split('id="unreadable"')[1]
    assert "scan_rusak.pdf" in unreadable and "Perbup_12_2022" not in unreadable


def test_english_labels() -> None:
    html = render_html(make_report(), "en")
    assert '<html lang="en">' in html
    for text in ("SPBE Evidence Pre-Screening Report", "Estimated index", "1.22", "Files that could not be read",
                 "The file could not be read (broken xref).", "Add evidence for level 4"):
        assert text in html, text
    assert "Indeks perkiraan" not in html


def test_self_contained_no_network() -> None:
    html = render_html(make_report())
    assert "<style>" in html and "<svg" in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "@import" not in html and "url(" not in html
    assert "default-src 'none'" in html  # CSP: even a missed escape could not run a script


def test_empty_report_renders() -> None:
    html = render_html(make_empty_report())
    assert "Indeks belum dapat dihitung" in html
    assert "Belum ada penilaian indikator" in html
    assert "tidak diketahui" in html
    assert 'id="details"' not in html and "scan_rusak.pdf" in html
    _parse(html)


def test_render_all_writes_laporan_html(tmp_path: Path) -> None:
    written = render_all(make_report(), ("html", "json", "md", "csv", "xlsx"), tmp_path, "id")
    assert [p.name for p in written] == ["laporan.html", "report.json", "laporan.md", "indikator.csv", "laporan.xlsx"]
    assert all(p.stat().st_size > 0 for p in written)
    assert not list(tmp_path.glob(".*.tmp"))
    assert get_reporter("markdown").filename == "laporan.md"
