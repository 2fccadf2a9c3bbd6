"""Small agency folders for the batch tests and benchmark: mostly text PDFs, a DOCX, at most one scan."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import docfactory as f
import doctexts as tx


def build_agency(root: Path, region: tx.Region, *, scan: bool = False, draft: bool = False, seed: int = 1) -> Path:
    """One agency's submission: a regulation, an SK, a SOP, minutes, a planning document; optionally one
    scanned page (OCR) and a draft."""
    root.mkdir(parents=True, exist_ok=True)
    f.text_pdf(root / "Indikator 1" / "Perkada_SPBE.pdf", tx.perkada_spbe(region))
    f.text_pdf(root / "Indikator 10" / "SK_Tim_Koordinasi.pdf", tx.keputusan_tim_koordinasi(region))
    f.text_pdf(root / "Indikator 2" / "Laporan_Monev.pdf", tx.laporan_monev(region)[:3])
    f.docx_file(root / "Notulen.docx", [ln for p in tx.notulen_rapat(region) for ln in p.splitlines()])
    if draft:
        f.text_pdf(root / "Draft_Perkada_Aplikasi.pdf", tx.rancangan_perkada_spbe(region), watermark="DRAFT")
    if scan:
        f.scanned_pdf(root / "Undangan_scan.pdf", [tx.undangan_rapat(region, day=dt.date(2024, 5, 6))[0]], seed=seed)
    return root


def build_batch(root: Path, *, scans: int = 1) -> Path:
    """Three agencies: two Sukamaju-like submissions (one with a scan and a draft) and one Mekarsari."""
    build_agency(root / "kab-sukamaju", tx.SUKAMAJU, scan=scans > 0, draft=True)
    build_agency(root / "kab-mekarsari", tx.MEKARSARI)
    build_agency(root / "kab-sukamaju-2", tx.SUKAMAJU, scan=scans > 1, seed=2)
    # another region's decree in Sukamaju's folder: a foreign document the summary must count
    f.text_pdf(root / "kab-sukamaju-2" / "SK_Tim_Mekarsari.pdf", tx.keputusan_tim_koordinasi(tx.MEKARSARI))
    return root


VOLATILE = {"generated_at", "timings", "seconds", "cached", "input_root", "options"}


def normalised(report_json: Any) -> Any:
    """A report as JSON minus what differs between any two runs (times, cache hits, paths of the run)."""
    if isinstance(report_json, dict):
        return {k: normalised(v) for k, v in report_json.items() if k not in VOLATILE}
    if isinstance(report_json, list):
        return [normalised(x) for x in report_json]
    return report_json


def load_json(path: Path) -> Any:
    return json.loads(path.read_text("utf-8"))


# Tasks for the executor tests. Module-level so spawned workers can import them (tests/ is on sys.path).


def square(x: int) -> int:
    return x * x


def die_once(marker: str, x: int) -> int:
    """Kills its own worker the first time (marker file absent), succeeds on the retry."""
    import os
    import signal

    m = Path(marker)
    if not m.exists():
        m.write_text("died")
        os.kill(os.getpid(), signal.SIGKILL)
    return x + 1


def always_die() -> None:
    import os
    import signal

    os.kill(os.getpid(), signal.SIGKILL)


def sleep_for(seconds: float) -> float:
    import time

    time.sleep(seconds)
    return seconds


def worker_pid_and_load_count() -> tuple[int, int]:
    """The worker's pid and how many times it has loaded the rules so far (1 after any number of tasks)."""
    import os

    from evidence_check.batch.tasks import rules_for, worker_rules
    from evidence_check.context import Options

    rules_for(Options(input=Path(".")))
    return os.getpid(), worker_rules.cache_info().misses
