"""The self-assessment file (--klaim): CSV and XLSX, bad rows name the row, OVERCLAIM with what is missing."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from evidence_check.context import PROJECT_RULES, Options
from evidence_check.errors import ClaimsError
from evidence_check.indicators import build_verdicts, load_framework, map_document, read_claims
from evidence_check.models import Agency, Document, Page

FW = load_framework((PROJECT_RULES,), "permenpanrb-59-2020")
IDS = {i.id for i in FW.indicators}


def test_csv_claims(tmp_path: Path) -> None:
    p = tmp_path / "klaim.csv"
    p.write_text("indikator,level,penjelasan\n1,3,Perbup 7/2022\n\n19,4,\n", encoding="utf-8")
    claims = read_claims(p, IDS)
    assert {k: c.level for k, c in claims.items()} == {1: 3, 19: 4}
    assert claims[1].explanation == "Perbup 7/2022"


def test_semicolon_csv_with_bom(tmp_path: Path) -> None:
    p = tmp_path / "klaim.csv"
    p.write_bytes("\ufeffIndikator;Level\n2;2\n".encode())
    assert read_claims(p, IDS)[2].level == 2


def test_xlsx_claims(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Indikator", "Level", "Penjelasan"])
    ws.append([1, 4, "x"])
    ws.append([32, 3.0, None])
    p = tmp_path / "klaim.xlsx"
    wb.save(p)
    assert {k: c.level for k, c in read_claims(p, IDS).items()} == {1: 4, 32: 3}


@pytest.mark.parametrize("body,row", [
    ("indikator,level\n1,3\n48,2\n", "baris 3"),
    ("indikator,level\n1,tiga\n", "baris 2"),
    ("indikator,level\n1,6\n", "baris 2"),
    ("indikator,level\n1,3\n2,3\n1,2\n", "baris 4"),
    ("nomor,nilai_x\n1,3\n", "baris 1"),
])
def test_bad_rows_name_the_row(tmp_path: Path, body: str, row: str) -> None:
    p = tmp_path / "klaim.csv"
    p.write_text(body, encoding="utf-8")
    with pytest.raises(ClaimsError, match=row):
        read_claims(p, IDS)


def test_bad_xlsx_row_names_the_row(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["indikator", "level"])
    wb.active.append([5, "lima"])
    p = tmp_path / "k.xlsx"
    wb.save(p)
    with pytest.raises(ClaimsError, match="baris 2"):
        read_claims(p, IDS)


def test_overclaim_says_what_is_missing_and_claimed_index(tmp_path: Path) -> None:
    text = ("PERATURAN BUPATI CONTOH NOMOR 7 TAHUN 2022 TENTANG ARSITEKTUR SPBE\nArsitektur SPBE memuat referensi "
            "arsitektur, domain arsitektur proses bisnis, domain arsitektur data dan informasi.")
    d = map_document(Document(path="a.pdf", pages=(Page(1, text, "text"),), doc_type="perkada", status="enacted",
                              title="Arsitektur SPBE", year=2022), FW, Agency("Kabupaten Contoh", False))
    p = tmp_path / "klaim.csv"
    p.write_text("indikator,level\n1,4\n", encoding="utf-8")
    vs, index, _ = build_verdicts([d], FW, Options(input=tmp_path, tahun=2023, klaim=p))
    v = {v.id: v for v in vs}[1]
    assert v.level == 2 and v.claimed_level == 4 and v.status == "weak"
    over = next(f for f in v.findings if f.code == "OVERCLAIM")
    assert "Arsitektur Keamanan SPBE" in over.message and over.message_en
    assert index is not None and index.claimed is not None and index.claimed > index.supported
