"""The upload package (`--format paket`, `evidence-check pack`): what the portal wants, item by item.

paket/ holds one folder per indicator and level with each item's documents copied under names that start
with the item code (plus page extracts of long documents), catatan/ with a note ready to paste per item,
manifest.xlsx/.csv, daftar-kerja.txt (to-dos ordered by index gain) and BACA-SAYA.txt; paket.zip beside it.
"""

from __future__ import annotations

from pathlib import Path

from ...models import RunReport
from .. import register_writer
from .build import FOLDER, ZIP_NAME, PackageError, write_package
from .plan import PaketSettings, Plan, plan_package


def write_paket(
    report: RunReport, out_dir: Path, lang: str = "id", settings: PaketSettings | None = None
) -> list[Path]:
    """Plan from the report, then build paket/ (and paket.zip) in `out_dir`; returns what was written."""
    settings = settings or PaketSettings()
    return write_package(report, plan_package(report, settings), Path(out_dir), lang, settings)


@register_writer("paket", FOLDER)
def _write_default(report: RunReport, out_dir: Path, lang: str) -> list[Path]:
    return write_paket(report, out_dir, lang)


__all__ = ["FOLDER", "ZIP_NAME", "PackageError", "PaketSettings", "Plan", "plan_package", "write_paket"]
