"""Spreadsheets (XLSX, XLS, ODS): cell text per sheet, one Page per sheet, bounded."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..models import Page
from .common import Extracted, clean_text

MAX_CELLS = 200_000  # per workbook; inventories beyond this add nothing a reviewer reads
MAX_COLS = 200


def _fmt(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def _rows_to_text(rows: Iterable[Iterable[object]], budget: list[int]) -> str:
    lines = []
    for row in rows:
        cells = [_fmt(v) for _, v in zip(range(MAX_COLS), row)]
        budget[0] -= len(cells)
        while cells and not cells[-1]:
            cells.pop()
        if any(cells):
            lines.append(" | ".join(c for c in cells if c))
        if budget[0] <= 0:
            break
    return "\n".join(lines)


def _add(out: Extracted, name: str, text: str) -> None:
    out.pages.append(Page(number=len(out.pages) + 1, text=clean_text(text), method="text", label=f"sheet: {name}"))


def extract_xlsx(path: Path) -> Extracted:
    import openpyxl  # uses defusedxml when installed: no entity expansion

    wb = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    out, budget = Extracted(), [MAX_CELLS]
    try:
        for ws in wb.worksheets:
            _add(out, ws.title, _rows_to_text(ws.iter_rows(values_only=True), budget))
            if budget[0] <= 0:
                break
    finally:
        wb.close()
    out.page_count = len(out.pages)
    return out


def extract_xls(path: Path) -> Extracted:
    import xlrd

    book = xlrd.open_workbook(str(path), on_demand=True)
    out, budget = Extracted(), [MAX_CELLS]
    for sh in book.sheets():
        _add(out, sh.name, _rows_to_text((sh.row_values(r) for r in range(sh.nrows)), budget))
        if budget[0] <= 0:
            break
    out.page_count = len(out.pages)
    return out


def _ods_rows(table) -> Iterable[list[str]]:
    from odf import teletype
    from odf.table import TableCell, TableRow

    for row in table.getElementsByType(TableRow):
        cells = []
        for cell in row.getElementsByType(TableCell):
            text = teletype.extractText(cell)
            # repeated empty columns pad rows to 16k cells; repeat only real content, and not far
            rep = int(cell.getAttribute("numbercolumnsrepeated") or 1) if text else 1
            cells.extend([text] * min(rep, MAX_COLS))
        yield cells


def extract_ods(path: Path) -> Extracted:
    from odf.opendocument import load
    from odf.table import Table

    doc = load(str(path))
    out, budget = Extracted(), [MAX_CELLS]
    for t in doc.spreadsheet.getElementsByType(Table):
        _add(out, t.getAttribute("name") or "?", _rows_to_text(_ods_rows(t), budget))
        if budget[0] <= 0:
            break
    out.page_count = len(out.pages)
    return out
