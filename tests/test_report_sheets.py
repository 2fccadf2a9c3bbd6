"""indikator.csv and laporan.xlsx: framework order, documents sheet, frozen header, no formula injection."""
from __future__ import annotations

import csv
import io
from dataclasses import replace

import openpyxl

from evidence_check.report import get_reporter
from tests.report_fixture import make_empty_report, make_report

EVIL = '=HYPERLINK("http://x","y")\x01.pdf'


def _evil_report():
    r = make_report()
    docs = (replace(r.documents[0], path=EVIL, title="+cmd|' /C calc'!A0"),) + r.documents[1:]
    inds = tuple(replace(v, documents=(EVIL,)) if v.id == 1 else v for v in r.indicators)
    return replace(r, documents=docs, indicators=inds)


def test_csv_one_row_per_indicator_in_order() -> None:
    data = get_reporter("csv").render(make_report(), "id")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:4] == ["id", "Domain", "Aspek", "Indikator"]
    assert [int(r[0]) for r in rows[1:]] == list(range(1, 48))
    by_id = {int(r[0]): r for r in rows[1:]}
    assert by_id[3][5:9] == ["2", "1", "Lemah", "weak"]
    assert by_id[3][12] == "DRAFT_ONLY"


def test_csv_neutralises_formulas() -> None:
    rows = list(csv.reader(io.StringIO(get_reporter("csv").render(_evil_report(), "en").decode("utf-8-sig"))))
    assert rows[1][11].startswith("'=HYPERLINK")


def test_xlsx_sheets_header_widths_and_strings() -> None:
    wb = openpyxl.load_workbook(io.BytesIO(get_reporter("xlsx").render(_evil_report(), "id")))
    assert wb.sheetnames == ["Indikator", "Dokumen", "Ringkasan"]
    ind, docs = wb["Indikator"], wb["Dokumen"]
    assert ind.freeze_panes == "A2" and docs.freeze_panes == "A2"
    assert [ind.cell(row=i, column=1).value for i in range(2, 49)] == list(range(1, 48))
    assert ind.column_dimensions["D"].width >= 40
    assert ind["A1"].font.bold
    paths = [docs.cell(row=i, column=1) for i in range(2, docs.max_row + 1)]
    evil = next(c for c in paths if "HYPERLINK" in str(c.value))
    assert evil.data_type == "s" and "\x01" not in evil.value
    assert len(paths) == 6


def _values(data: bytes) -> list[list[object]]:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    return [[c.value for c in row] for ws in wb for row in ws.iter_rows()]


def test_xlsx_same_report_same_content_and_empty_report() -> None:
    r = make_report()
    assert _values(get_reporter("xlsx").render(r, "en")) == _values(get_reporter("xlsx").render(r, "en"))
    wb = openpyxl.load_workbook(io.BytesIO(get_reporter("xlsx").render(make_empty_report(), "en")))
    assert wb.sheetnames == ["Indicators", "Documents", "Summary"] and wb["Indicators"].max_row == 1
