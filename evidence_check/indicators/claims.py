"""Read the self-assessment (--klaim): CSV or XLSX with columns indikator, level and optional penjelasan."""
from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import ClaimsError

_COLUMN_NAMES = {
    "indikator": {"indikator", "indicator", "no", "no indikator", "nomor indikator", "id"},
    "level": {"level", "tingkat", "nilai", "level klaim", "claimed level"},
    "penjelasan": {"penjelasan", "explanation", "keterangan", "catatan"},
}


@dataclass(frozen=True)
class Claim:
    indicator: int
    level: int
    explanation: str = ""
    row: int = 0


def _rows_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig", errors="replace")
    try:
        dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel  # type: ignore[assignment]
    return [list(r) for r in csv.reader(io.StringIO(text), dialect)]


def _rows_xlsx(path: Path) -> list[list[str]]:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for damaged files
        raise ClaimsError(f"{path}: berkas klaim XLSX tidak dapat dibaca ({exc}) / cannot read the XLSX claims file") from None
    ws = wb.worksheets[0]
    rows = [["" if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)]
    wb.close()
    return rows


def table_rows(path: Path) -> list[list[str]]:
    """Rows of a CSV (any of , ; tab; UTF-8 with or without BOM; CRLF or LF) or the first XLSX sheet."""
    if not path.exists():
        raise ClaimsError(f"{path}: berkas tidak ditemukan / file not found")
    return _rows_xlsx(path) if path.suffix.lower() in (".xlsx", ".xlsm") else _rows_csv(path)


def header_columns(header: list[str], names: dict[str, set[str]]) -> dict[str, int]:
    """Column index per key (-1 when absent) from a header row, by the names each key may be written as."""
    norm = [h.strip().lower().lstrip("\ufeff") for h in header]
    return {key: next((i for i, h in enumerate(norm) if h in ok), -1) for key, ok in names.items()}


def data_rows(rows: list[list[str]], cols: dict[str, int]) -> Iterator[tuple[int, Callable[[str], str]]]:
    """(row number, cell getter by key) for every non-empty data row; the header is row 1."""
    for n, row in enumerate(rows[1:], start=2):
        cells = [c.strip() for c in row]
        if any(cells):
            yield n, (lambda key, cells=cells: cells[cols[key]] if 0 <= cols.get(key, -1) < len(cells) else "")


def _columns(header: list[str], path: Path) -> dict[str, int]:
    norm = [h.strip().lower() for h in header]
    cols: dict[str, int] = {}
    for key, names in _COLUMN_NAMES.items():
        for i, h in enumerate(norm):
            if h in names:
                cols[key] = i
                break
    for required in ("indikator", "level"):
        if required not in cols:
            raise ClaimsError(f"{path}: baris 1: kolom '{required}' tidak ada (header: {', '.join(header)}) / "
                              f"row 1: column '{required}' is missing")
    return cols


def _as_int(value: str) -> int | None:
    v = value.strip()
    if v.endswith(".0"):
        v = v[:-2]
    return int(v) if v.isdigit() else None


def read_claims(path: Path, indicator_ids: set[int]) -> dict[int, Claim]:
    """Claims keyed by indicator; every bad row raises ClaimsError naming the row (1-based, header is row 1)."""
    if not path.exists():
        raise ClaimsError(f"{path}: berkas klaim tidak ditemukan / claims file not found")
    rows = _rows_xlsx(path) if path.suffix.lower() in (".xlsx", ".xlsm") else _rows_csv(path)
    if not rows:
        raise ClaimsError(f"{path}: berkas klaim kosong / the claims file is empty")
    cols = _columns(rows[0], path)
    claims: dict[int, Claim] = {}
    problems: list[str] = []
    for n, row in enumerate(rows[1:], start=2):
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        get = lambda key: cells[cols[key]] if key in cols and cols[key] < len(cells) else ""  # noqa: E731
        ind, lvl = _as_int(get("indikator")), _as_int(get("level"))
        if ind is None or ind not in indicator_ids:
            problems.append(f"baris {n}: indikator '{get('indikator')}' tidak dikenal / row {n}: unknown indicator")
            continue
        if lvl is None or not 1 <= lvl <= 5:
            problems.append(f"baris {n}: level '{get('level')}' harus angka 1-5 / row {n}: level must be 1-5")
            continue
        if ind in claims:
            problems.append(f"baris {n}: indikator {ind} sudah diklaim pada baris {claims[ind].row} / "
                            f"row {n}: indicator {ind} already claimed in row {claims[ind].row}")
            continue
        claims[ind] = Claim(ind, lvl, get("penjelasan"), n)
    if problems:
        raise ClaimsError(f"{path}: " + "; ".join(problems))
    return claims
