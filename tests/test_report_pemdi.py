"""Reports follow the framework: a PermenPANRB 8/2026 (Pemdi) report speaks Pemdi in every format — aspects without
domains, estimated values with two decimals, level names, item tables in the portal's words, awaited indices."""
from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from html.parser import HTMLParser

import openpyxl
import pytest

from evidence_check.models import ItemVerdict
from evidence_check.report import get_reporter, itemview, view
from evidence_check.report.html import render_html
from evidence_check.report.markdown import render_markdown
from evidence_check.report.terminal import summary
from tests.report_fixture import IMG_TEXT, make_report
from tests.report_fixture_pemdi import XSS_NAME, make_empty_pemdi_report, make_pemdi_report

# A label key that leaked into the output means a missing catalogue entry.
_LEAKED_KEY = re.compile(r"\b(?:items|verdict|mark|table|summary|external|level|pemdi|header|chart|glossary|claim|"
                         r"source|value|detail|status)\.[a-z_]+\b")


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.classes: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        d = dict(attrs)
        self.tags.append(tag)
        if d.get("id"):
            self.ids.append(d["id"] or "")
        self.classes.append(d.get("class") or "")


def _parse(html: str) -> _Ids:
    p = _Ids()
    p.feed(html)
    return p


def _section(html: str, start: str, end: str) -> str:
    return html.split(f'id="{start}"')[1].split(f'id="{end}"')[0]


def _all_items(report) -> list[ItemVerdict]:
    return [it for v in report.indicators for it in v.items]


def test_family_follows_the_verdicts_not_a_hard_coded_id() -> None:
    assert view.family(make_report()) == "spbe"
    assert view.family(make_pemdi_report()) == "pemdi"
    assert view.family(make_empty_pemdi_report()) == "pemdi"  # no verdicts: the framework id decides
    toy = replace(make_pemdi_report(), framework="toy-2031")  # next year's revision is just another file
    assert view.family(toy) == "pemdi"
    assert view.family(replace(make_report(), framework="toy-2031")) == "spbe"  # domains: 59/2020 layout


def test_html_header_names_the_framework_and_why() -> None:
    html = render_html(make_pemdi_report())
    head = html.split("</header>")[0]
    assert "Laporan Pra-Pemeriksaan Bukti Dukung Pemerintah Digital (Pemdi)" in head
    assert "PermenPANRB 8/2026 tentang Evaluasi Kinerja Pemerintah Digital (permenpanrb-8-2026)" in head
    assert "Dasar pemilihan kerangka" in head and "periode evaluasi 2026" in head
    assert "SPBE" not in head
    en = render_html(make_pemdi_report("en"), "en").split("</header>")[0]
    assert "Digital Government (Pemdi) Evidence Pre-Screening Report" in en and "Why this framework" in en


def test_html_uses_pemdi_wording_and_aspects_only() -> None:
    html = render_html(make_pemdi_report())
    p = _parse(html)
    assert "Indeks SPBE" not in html and "Domain" not in html
    assert "Indeks Pemdi (estimasi dari bukti)" in html and "Indeks Pemdi per aspek" in html
    assert [i for i in p.ids if i.startswith("chart-aspect-")] == [f"chart-aspect-{a}" for a in range(1, 8)]
    assert [i for i in p.ids if i.startswith("row-")] == [f"row-{i}" for i in range(1, 21)]
    assert "Aspek 7. Kepuasan Pengguna Layanan Digital Pemerintah" in html
    assert "1,31" in _section(html, "index-estimated", "index-claimed") and "Kurang" in html
    text = re.sub(r"<[^>]+>", " ", html.split("</style>")[1])
    assert not _LEAKED_KEY.search(text), _LEAKED_KEY.search(text)


def test_html_values_are_estimates_with_two_decimals_and_level_names() -> None:
    html = render_html(make_pemdi_report())
    i1 = _section(html, "ind-1", "ind-2")
    assert "Nilai 1,75 (estimasi)" in i1 and "Tingkat 1 Merintis" in i1
    row1 = _section(html, "row-1", "row-2")
    assert "<strong>1,75</strong>" in row1 and "1 Merintis" in row1 and "2/14" in row1
    assert "3 Berkembang" in _section(html, "row-5", "row-6")
    assert "2 Membangun" in _section(html, "row-17", "row-18")  # claimed level name
    en = render_html(make_pemdi_report("en"), "en")
    assert "Value 1.75 (estimate)" in _section(en, "ind-1", "ind-2") and "1 Initiate" in en and "3 Developing" in en


def test_html_external_indices_pending_and_given() -> None:
    html = render_html(make_pemdi_report())
    i6 = _section(html, "row-6", "row-7")
    assert "menunggu indeks eksternal" in i6 and "<strong>1,00</strong>" in i6
    d6 = _section(html, "ind-6", "ind-7")
    assert "Simpul Jaringan Informasi Geospasial (SJIG): menunggu indeks eksternal — nilai sementara 1,00" in d6
    d5 = _section(html, "ind-5", "ind-6")
    assert "Indeks Satu Data Indonesia (SDI) = 56,25 (2026-08-20; indeks_eksternal.csv) → nilai 3,25" in d5
    assert "I6, I7, I18" in _section(html, "external-pending", "documents")


def test_html_item_table_in_the_portals_words() -> None:
    r = make_pemdi_report()
    html = render_html(r)
    p = _parse(html)
    item_ids = [i for i in p.ids if i.startswith("item-")]
    assert item_ids == [f"item-{it.code}" for it in _all_items(r)]  # every item, in framework order
    i1 = _section(html, "ind-1", "ind-2")
    row = _section(i1, "item-I1-L2-04", "item-I1-L3-01")
    assert "tidak tepat" in row and "DPA Diskominfo 2026 (rekap).pdf" in row and "hlm. 1" in row
    assert "REKAPITULASI DPA SKPD" in row  # excerpt
    assert "halaman rekapitulasi tidak cukup" in row  # reason
    assert "2.16.03.2.02" in row  # what would be accepted
    assert 'class="num overclaim"' in row  # claimed yes, not accepted
    assert "otomatis ditolak" in _section(i1, "item-I1-L3-01", "item-I1-L3-02")
    assert "belum diunggah" in _section(i1, "item-I1-L2-02", "item-I1-L2-03")
    assert "diterima</span> 2 · " in i1 and "otomatis ditolak</span> 1" in i1  # counts per indicator
    assert "Tingkat 2 — Membangun" in i1
    # untouched top levels are folded, not dropped
    assert "<details" in i1 and "Tingkat 4–5: 5 butir belum diunggah" in i1
    # marks: interview-only and unconfirmed items
    assert "interviu" in _section(html, "item-I3-L1-04", "item-I3-L1-05")
    assert "belum dikonfirmasi" in _section(html, "item-I9-L2-01", "item-I9-L3-01")
    assert "Rekomendasi: butir yang perlu dilengkapi berikutnya" in i1 and "I1-L2-02:" in i1
    en = render_html(make_pemdi_report("en"), "en")
    for word in ("accepted", "wrong evidence", "not uploaded", "automatically rejected", "What would be accepted"):
        assert word in en, word


def test_html_overall_counts_and_document_items() -> None:
    r = make_pemdi_report()
    html = render_html(r)
    counts = itemview.report_verdict_counts(r)
    card = _section(html, "items-summary", "indicator-counts")
    assert f"{sum(counts.values())} butir" in card
    for k in itemview.VERDICTS:
        assert f"<strong>{counts[k]}</strong> <span class=\"verdict {k}\">{itemview.verdict_label(k, 'id')}</span>" in card
    docs = html.split('id="documents"')[1]
    assert 'href="#item-I4-L1-01" class="verdict accepted"' in docs
    assert 'href="#item-I4-L1-02" class="verdict wrong_evidence"' in docs
    pks = docs.split("PKS Diskominfo - BPS Sukamaju.pdf")[1].split("</tr>")[0]  # offered only above a failing level
    assert 'title="I4-L2-02">+1 otomatis ditolak' in pks and 'href="#item-I4-L2-02"' not in pks


def test_html_escapes_untrusted_text_in_items() -> None:
    html = render_html(make_pemdi_report())
    p = _parse(html)
    assert "script" not in p.tags and "img" not in p.tags
    assert XSS_NAME not in html and IMG_TEXT not in html
    assert "&lt;script&gt;window.__xss=1;alert(1)&lt;/script&gt;.png" in html
    assert "MEMBENTUK TIM KOORDINASI PEMERINTAH DIGITAL {{ 7*7 }}" in html
    assert "default-src 'none'" in html


def test_markdown_pemdi() -> None:
    r = make_pemdi_report()
    md = render_markdown(r)
    assert md.startswith("# Laporan Pra-Pemeriksaan Bukti Dukung Pemerintah Digital (Pemdi)")
    assert "Indeks SPBE" not in md and "| Domain" not in md
    assert "| Dasar pemilihan kerangka | periode evaluasi 2026" in md
    assert "- **Indeks Pemdi (estimasi dari bukti):** 1,31 — Kurang" in md
    assert "- **Menunggu indeks eksternal:** I6, I7, I18" in md
    assert "## Indeks Pemdi per aspek" in md and "| 3. Data | 15,00 | 1,75 | Cukup | 1,75 |" in md
    item_rows = [ln for ln in md.splitlines() if re.match(r"^\| `I\d+-L\d-\d\d`", ln)]
    assert len(item_rows) == len(_all_items(r)) == 232
    widths = {ln.replace("\\|", "").count(" | ") for ln in item_rows}
    assert widths == {6}  # 7 cells: no pipe leaked from a reason, excerpt or path
    assert "**Nilai 1,75 (estimasi)** · Tingkat 1 Merintis" in md
    assert "`I3-L1-04` _(interviu)_" in md
    assert "**ya** (diklaim, belum diterima)" in md
    assert "<script" not in md and "<img" not in md
    assert not _LEAKED_KEY.search(md)


def test_csv_pemdi_columns_values_and_levels() -> None:
    data = get_reporter("csv").render(make_pemdi_report(), "id")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    head = rows[0]
    assert head[:4] == ["id", "Kode", "Aspek", "Indikator"] and "Domain" not in head
    assert head[6:9] == ["Tingkat", "Nama tingkat", "Nilai (estimasi)"]
    by_code = {r[1]: dict(zip(head, r)) for r in rows[1:]}
    assert list(by_code) == [f"I{i}" for i in range(1, 21)]
    assert by_code["I1"]["Nilai (estimasi)"] == "1.75" and by_code["I6"]["Nilai (estimasi)"] == "1.00"
    assert by_code["I5"]["Nama tingkat"] == "Berkembang" and by_code["I5"]["Tingkat"] == "3"
    assert by_code["I6"]["status_code"] == "external_pending"
    assert (by_code["I1"]["diterima"], by_code["I1"]["tidak tepat"], by_code["I1"]["belum diunggah"],
            by_code["I1"]["otomatis ditolak"]) == ("2", "2", "9", "1")


def test_xlsx_pemdi_items_sheet() -> None:
    r = make_pemdi_report()
    wb = openpyxl.load_workbook(io.BytesIO(get_reporter("xlsx").render(r, "id")))
    assert wb.sheetnames == ["Indikator", "Butir", "Dokumen", "Ringkasan"]
    items = wb["Butir"]
    assert items.freeze_panes == "A2" and items["A1"].font.bold
    rows = [[c.value for c in row] for row in items.iter_rows(min_row=2)]
    assert [row[1] for row in rows] == [it.code for it in _all_items(r)]
    by_code = {row[1]: row for row in rows}
    assert by_code["I1-L2-04"][5:7] == ["tidak tepat", "wrong_evidence"]
    assert "hlm. 1" in by_code["I1-L2-04"][7] and "2.16.03.2.02" in by_code["I1-L2-04"][9]
    assert by_code["I3-L1-04"][12] == "1" and by_code["I9-L2-01"][11] == "1"
    ind = wb["Indikator"]
    assert ind.cell(row=2, column=9).value == 1.75 and ind.cell(row=2, column=9).number_format == "0.00"
    summ = {row[0]: row[1] for row in wb["Ringkasan"].iter_rows(min_row=2, values_only=True)}
    assert summ["Dasar pemilihan kerangka"].startswith("periode evaluasi 2026")
    assert summ["Butir: diterima"] == itemview.report_verdict_counts(r)["accepted"]
    en = openpyxl.load_workbook(io.BytesIO(get_reporter("xlsx").render(make_pemdi_report("en"), "en")))
    assert en.sheetnames == ["Indicators", "Items", "Documents", "Summary"]


def test_terminal_summary_pemdi() -> None:
    text = summary(make_pemdi_report(), ["out/laporan.html"], color=False)
    assert "Indeks Pemdi (estimasi)    1,31  Kurang" in text
    assert "diterima 20  tidak tepat 10  belum diunggah 198  otomatis ditolak 4" in text
    assert "Menunggu indeks eksternal  I6, I7, I18" in text
    assert "PermenPANRB 8/2026" in text and "SPBE" not in text
    assert "\n                           periode evaluasi 2026 (2026–2099 memakai kerangka ini)\n" in text
    assert "SPBE" not in summary(make_pemdi_report("en"), [], color=False, lang="en")


@pytest.mark.parametrize("fmt", ["html", "md", "csv", "xlsx", "json"])
def test_empty_pemdi_report_renders_in_every_format(fmt: str) -> None:
    data = get_reporter(fmt).render(make_empty_pemdi_report(), "id")
    assert data
    if fmt in ("html", "md"):
        text = data.decode("utf-8")
        assert "Pemerintah Digital (Pemdi)" in text and "Indeks Pemdi belum dapat dihitung" in text
        assert "SPBE" not in text


def test_spbe_report_keeps_its_wording() -> None:
    html = render_html(make_report())
    assert "Laporan Pra-Pemeriksaan Bukti Dukung SPBE" in html and "Pemdi" not in html
    assert 'id="framework-reason"' not in html  # no reason given, no empty row
    spbe = summary(replace(make_report(), framework_reason="periode evaluasi 2024"), [], color=False)
    assert "Pemdi" not in spbe and "PermenPANRB 59/2020" in spbe and "periode evaluasi 2024" in spbe


def _with_item(report, target: str, **changes: object):
    """The report with one item changed (hostile text from a document or an overlay framework file)."""
    inds = []
    for v in report.indicators:
        items = tuple(replace(it, **changes) if it.code == target else it for it in v.items)
        inds.append(replace(v, items=items))
    return replace(report, indicators=tuple(inds))


def test_hostile_item_text_stays_inert_in_markdown_and_sheets() -> None:
    from evidence_check.models import ItemDocument

    evil_doc = ItemDocument('=HYPERLINK("http://x","y")|`x`.pdf', (1,), "=cmd|' /C calc'!A0 <b>x</b>", "r")
    r = _with_item(make_pemdi_report(), "I1-L1-01", code="I1-L1-01`<b>", documents=(evil_doc,),
                   text="| pipe <script>", reason="=SUM(A1)")
    md = render_markdown(r)
    row = next(ln for ln in md.splitlines() if "I1-L1-01" in ln and "pipe" in ln)
    assert "`I1-L1-01`" not in row and "<b>" not in row and "<script" not in row
    assert row.replace("\\|", "").count(" | ") == 6
    wb = openpyxl.load_workbook(io.BytesIO(get_reporter("xlsx").render(r, "id")))
    cells = {c.value: c for row in wb["Butir"].iter_rows(min_row=2) for c in row if isinstance(c.value, str)}
    assert cells["=SUM(A1)"].data_type == "s"  # text, never a formula
    html = render_html(r)
    assert "<b>x</b>" not in html and "&lt;b&gt;x&lt;/b&gt;" in html


def test_claim_column_only_with_item_claims() -> None:
    r = make_pemdi_report()
    no_claims = replace(r, indicators=tuple(
        replace(v, items=tuple(replace(it, claimed=None) for it in v.items)) for v in r.indicators))
    assert "<th class=\"num\">Klaim</th>" in render_html(r) and "<th class=\"num\">Klaim</th>" not in render_html(no_claims)
    md = render_markdown(no_claims)
    rows = [ln for ln in md.splitlines() if re.match(r"^\| `I\d+-L\d-\d\d`", ln)]
    assert {ln.replace("\\|", "").count(" | ") for ln in rows} == {5}  # six cells, no empty claim column
    assert "| Kode butir | Butir | Putusan | Dokumen (halaman, kutipan) | Alasan | Yang akan diterima |" in md
