"""The Pemdi self-assessment form (--klaim): one CSV/XLSX with columns indikator,level,kode,klaim,keterangan.

Indicator rows fill `indikator` (I1…I20 or 1–20) and `level`; item rows fill `kode` (I4-L1-01) and
`klaim` (ya/tidak). The 59/2020 form (indikator,level[,penjelasan]) is read by claims.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ClaimsError
from .claims import data_rows, header_columns, table_rows
from .itemframework import ItemFramework

_COLUMNS = {
    "indikator": {"indikator", "indicator", "no indikator", "kode indikator"},
    "level": {"level", "tingkat", "level klaim"},
    "kode": {"kode", "kode butir", "butir", "item", "code"},
    "klaim": {"klaim", "claim", "ada", "diunggah"},
    "keterangan": {"keterangan", "penjelasan", "catatan", "note"},
}
_YES = {"ya", "y", "yes", "1", "true", "ada", "v", "✓"}
_NO = {"tidak", "t", "no", "n", "0", "false", "tidak ada", "-"}
_IND = re.compile(r"^(?:i|ind(?:ikator)?\s*)?(\d{1,2})$", re.I)


@dataclass(frozen=True)
class ItemClaims:
    levels: dict[int, int] = field(default_factory=dict)  # indicator id → claimed level
    items: dict[str, bool] = field(default_factory=dict)  # item code → claimed (ya/tidak)
    notes: dict[str, str] = field(default_factory=dict)


def _indicator(text: str, fw: ItemFramework) -> int | None:
    t = text.strip()
    if t.endswith(".0"):
        t = t[:-2]
    m = _IND.match(t)
    if not m:
        return None
    ind = int(m.group(1))
    return ind if fw.has_indicator(ind) else None


def read_item_claims(path: Path, fw: ItemFramework) -> ItemClaims:
    """Claims per indicator and per item; every bad row is named (1-based, header row 1) in one ClaimsError."""
    rows = table_rows(Path(path))
    if not rows:
        raise ClaimsError(f"{path}: berkas klaim kosong / the claims file is empty")
    cols = header_columns(rows[0], _COLUMNS)
    if cols["indikator"] < 0 and cols["kode"] < 0:
        raise ClaimsError(f"{path}: baris 1: kolom 'indikator' atau 'kode' tidak ada (header: {', '.join(rows[0])}) / "
                          "row 1: neither an 'indikator' nor a 'kode' column")
    codes = {it.code for _, _, it in fw.items()}
    out = ItemClaims()
    problems: list[str] = []
    for n, get in data_rows(rows, cols):
        code = get("kode").upper().replace("_", "-").replace(" ", "")
        if code:
            if code not in codes:
                problems.append(f"baris {n}: kode butir '{get('kode')}' tidak dikenal / row {n}: unknown item code")
                continue
            claim = get("klaim").lower()
            if claim not in _YES | _NO:
                problems.append(f"baris {n}: klaim '{get('klaim')}' harus ya/tidak / row {n}: claim must be ya/tidak")
                continue
            if code in out.items:
                problems.append(f"baris {n}: butir {code} sudah diklaim / row {n}: item {code} claimed twice")
                continue
            out.items[code] = claim in _YES
            if get("keterangan"):
                out.notes[code] = get("keterangan")
            continue
        ind = _indicator(get("indikator"), fw)
        if ind is None:
            problems.append(f"baris {n}: indikator '{get('indikator')}' tidak dikenal / row {n}: unknown indicator")
            continue
        lvl_text = get("level").removesuffix(".0")
        if not lvl_text.isdigit() or not 1 <= int(lvl_text) <= 5:
            problems.append(f"baris {n}: level '{get('level')}' harus angka 1-5 / row {n}: level must be 1-5")
            continue
        if ind in out.levels:
            problems.append(f"baris {n}: indikator I{ind} sudah diklaim / row {n}: indicator I{ind} claimed twice")
            continue
        out.levels[ind] = int(lvl_text)
    if problems:
        raise ClaimsError(f"{path}: " + "; ".join(problems))
    return out
