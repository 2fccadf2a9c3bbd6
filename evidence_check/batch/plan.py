"""Which agencies a batch holds: each sub-folder of ROOT, with per-agency options from an optional CSV.

The CSV (`--peta agencies.csv`) has a header row and the columns `folder` (required), `instansi`,
`klaim` (path to the self-assessment file, relative to the CSV), `tahun` (evaluation period) and
`indeks_eksternal` (external index values, relative to the CSV). Every
problem in it is reported at once, naming the row, before any work starts.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from pathlib import Path

from ..context import Options
from ..errors import EvidenceCheckError

COLUMNS = ("folder", "instansi", "klaim", "tahun", "indeks_eksternal")


class BatchPlanError(EvidenceCheckError):
    """The batch root or the agency CSV is unusable; the message lists every problem."""


@dataclass(frozen=True)
class AgencyJob:
    folder: str  # sub-folder name: the agency's key in the journal and the summary
    path: Path
    options: Options  # this agency's options (input, out, instansi, klaim, tahun)


def _safe_dir_name(folder: str) -> str:
    return folder.replace("/", "_").replace("\\", "_") or "_"


def plan_agencies(root: Path, options: Options, mapping: Path | None = None, agencies_dir: str = "instansi"
                  ) -> list[AgencyJob]:
    root = Path(root)
    if not root.is_dir():
        raise BatchPlanError(f"{root}: bukan folder (not a folder)")
    out = Path(options.out).resolve()
    folders = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")
                     and p.resolve() != out and out not in p.resolve().parents)
    rows = read_mapping(mapping, {p.name for p in folders}) if mapping else {}
    jobs = []
    for p in folders:
        row = rows.get(p.name, {})
        opts = replace(options, input=p, out=Path(options.out) / agencies_dir / _safe_dir_name(p.name))
        if row.get("instansi"):
            opts = replace(opts, instansi=row["instansi"])
        if row.get("klaim"):
            opts = replace(opts, klaim=Path(row["klaim"]))
        if row.get("tahun"):
            opts = replace(opts, tahun=int(row["tahun"]))
        if row.get("indeks_eksternal"):
            opts = replace(opts, indeks_eksternal=Path(row["indeks_eksternal"]))
        jobs.append(AgencyJob(p.name, p, opts))
    return jobs


def read_mapping(path: Path, folders: set[str]) -> dict[str, dict[str, str]]:
    problems: list[str] = []
    out: dict[str, dict[str, str]] = {}
    try:
        text = Path(path).read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise BatchPlanError(f"{path}: tidak dapat dibaca (unreadable): {exc}") from None
    sample = text[:2048]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(text.splitlines(), dialect=dialect)
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    if "folder" not in header:
        raise BatchPlanError(f"{path}: kolom 'folder' tidak ada (missing column 'folder'); kolom: {', '.join(COLUMNS)}")
    for line, raw in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items() if isinstance(v, str)}
        folder = row.get("folder", "")
        if not folder:
            continue
        if folder not in folders:
            problems.append(f"{path}:{line}: folder '{folder}' tidak ada di ROOT (no such sub-folder)")
        if folder in out:
            problems.append(f"{path}:{line}: folder '{folder}' muncul dua kali (listed twice)")
        if row.get("tahun") and not (row["tahun"].isdigit() and 2000 <= int(row["tahun"]) <= 2100):
            problems.append(f"{path}:{line}: tahun '{row['tahun']}' bukan tahun 2000-2100 (not a year)")
        for col in ("klaim", "indeks_eksternal"):
            if row.get(col):
                target = (Path(path).parent / row[col]).resolve()
                if not target.is_file():
                    problems.append(f"{path}:{line}: berkas {col} '{row[col]}' tidak ada (file not found)")
                row[col] = str(target)
        out[folder] = row
    if problems:
        raise BatchPlanError("\n".join(problems))
    return out
