"""Recording a CLI run in the history: begin before the work, store on success, mark the end otherwise.

History is a convenience, never a reason for a check to fail: a store that cannot be opened or written
turns into one warning and the run goes on.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .store import LOCAL_WORKSPACE, HistoryStore, default_db_path


@dataclass
class Recorder:
    store: HistoryStore | None
    run_id: int | None
    warn: Callable[[str], None]

    def done(self, report: Any, out_dir: Path, files: list[Path]) -> None:
        if self.store is None or self.run_id is None:
            return
        try:
            self.store.finish_run(self.run_id, report, out_dir=str(out_dir), files=[p.name for p in files])
        except Exception as exc:  # noqa: BLE001 - history must not break a finished check
            self.warn(f"riwayat tidak tersimpan (history not recorded): {exc}")
            self.run_id = None


@contextmanager
def recorded_run(db: Path | None, *, enabled: bool, input_label: str, options: Mapping[str, Any],
                 warn: Callable[[str], None]) -> Iterator[Recorder]:
    store: HistoryStore | None = None
    run_id: int | None = None
    if enabled:
        try:
            store = HistoryStore(db or default_db_path())
            run_id = store.begin_run(workspace=LOCAL_WORKSPACE, source="cli", input_label=input_label, options=options)
        except Exception as exc:  # noqa: BLE001
            warn(f"riwayat tidak tersedia (history unavailable): {exc}")
            store = None
    rec = Recorder(store, run_id, warn)
    try:
        yield rec
    except KeyboardInterrupt:
        _end(rec, "interrupted", "dihentikan pengguna (interrupted)")
        raise
    except BaseException as exc:
        _end(rec, "failed", f"{type(exc).__name__}: {exc}")
        raise
    else:
        # left the block without done(): the run ended without a report (e.g. an error already handled)
        _end(rec, "failed", "tanpa laporan (no report)")


def _end(rec: Recorder, status: str, error: str) -> None:
    if rec.store is not None and rec.run_id is not None:
        try:
            rec.store.end_run(rec.run_id, status, error)
        except Exception as exc:  # noqa: BLE001
            rec.warn(f"riwayat tidak diperbarui (history not updated): {exc}")
