"""Values of indices owned by other agencies (SDI, SJIG, EPSS …): from --indeks-eksternal or result documents.

The file has columns `indeks,nilai,tanggal[,sumber,keterangan]` (CSV or XLSX, as spreadsheet programs write
them). When an index appears more than once, the newest measurement counts.
"""
from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from pathlib import Path

from ..errors import ClaimsError
from ..models import Document
from .claims import data_rows, header_columns, table_rows
from .itemcheck import ExternalValue, index_value, instrument_of
from .itemframework import ItemFramework
from .text import DocText

_COLUMNS = {
    "indeks": {"indeks", "index", "nama indeks", "instrumen"},
    "nilai": {"nilai", "value", "skor", "score"},
    "tanggal": {"tanggal", "date", "tanggal pengukuran"},
    "sumber": {"sumber", "source"},
    "keterangan": {"keterangan", "catatan", "note", "notes"},
}
_DATE_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def parse_date(text: str) -> str | None:
    """ISO, d/m/Y or an Excel datetime cell → ISO date; None when it is not a date."""
    t = text.strip()[:19]
    if not t:
        return None
    try:
        return _dt.date.fromisoformat(t[:10]).isoformat()
    except ValueError:
        pass
    m = _DATE_DMY.match(t)
    if m:
        try:
            return _dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
        except ValueError:
            return None
    return None


def _number(text: str) -> float | None:
    t = text.strip().replace(" ", "")
    if "," in t and "." not in t:
        t = t.replace(",", ".")
    try:
        return float(t)
    except ValueError:
        return None


def indicator_for(name: str, fw: ItemFramework) -> str | None:
    """Which external indicator an index name belongs to (its names are data in the framework file)."""
    low = " ".join(name.lower().split())
    best: tuple[int, str] | None = None
    for ind in fw.indicators:
        if ind.external is None:
            continue
        for alias in ind.external.names:
            a = alias.lower()
            if a == low or re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", low):
                if best is None or len(a) > best[0]:
                    best = (len(a), ind.code)
    return best[1] if best else None


def read_external_file(path: Path, fw: ItemFramework) -> dict[str, ExternalValue]:
    rows = table_rows(path)
    if not rows:
        raise ClaimsError(f"{path}: berkas indeks eksternal kosong / the external-index file is empty")
    cols = header_columns(rows[0], _COLUMNS)
    for required in ("indeks", "nilai"):
        if cols[required] < 0:
            raise ClaimsError(f"{path}: baris 1: kolom '{required}' tidak ada / row 1: column '{required}' is missing")
    problems: list[str] = []
    best: dict[str, ExternalValue] = {}
    for n, get in data_rows(rows, cols):
        code = indicator_for(get("indeks"), fw)
        value = _number(get("nilai"))
        date = parse_date(get("tanggal")) if cols["tanggal"] >= 0 else None
        if code is None:
            problems.append(f"baris {n}: indeks '{get('indeks')}' tidak dikenal / row {n}: unknown index")
            continue
        if value is None:
            problems.append(f"baris {n}: nilai '{get('nilai')}' bukan angka / row {n}: value is not a number")
            continue
        if cols["tanggal"] >= 0 and get("tanggal") and date is None:
            problems.append(f"baris {n}: tanggal '{get('tanggal')}' tidak terbaca / row {n}: unreadable date")
            continue
        ev = ExternalValue(index=get("indeks"), value=value, date=date, source=get("sumber") or path.name,
                           note=get("keterangan"))
        old = best.get(code)
        if old is None or (date or "") >= (old.date or ""):
            best[code] = ev
    if problems:
        raise ClaimsError(f"{path}: " + "; ".join(problems))
    return best


def from_documents(docs: Sequence[Document], texts: dict[str, DocText], fw: ItemFramework
                   ) -> dict[str, ExternalValue]:
    """Result documents the agency uploaded (e.g. an SDI score sheet) with a readable value."""
    out: dict[str, ExternalValue] = {}
    for doc in docs:
        name, _ = instrument_of(doc, texts[doc.path], fw)
        if not name:
            continue  # no instrument: its value (a read of every line) would be dropped anyway
        value = index_value(doc, texts[doc.path])
        if value is None:
            continue
        code = indicator_for(name, fw)
        if code is None:
            continue
        fact = doc.facts.get("index") or {}
        date = fact.get("date") if isinstance(fact, dict) else None
        ev = ExternalValue(index=name, value=value, date=date, source=doc.path)
        old = out.get(code)
        if old is None or (date or "") >= (old.date or ""):
            out[code] = ev
    return out


def external_values(path: Path | None, docs: Sequence[Document], texts: dict[str, DocText], fw: ItemFramework
                    ) -> dict[str, ExternalValue]:
    """Indicator code → the measurement that counts: the file's value beats a document's of the same date."""
    found = from_documents(docs, texts, fw)
    if path is not None:
        for code, ev in read_external_file(Path(path), fw).items():
            old = found.get(code)
            if old is None or (ev.date or "") >= (old.date or ""):
                found[code] = ev
    return found
