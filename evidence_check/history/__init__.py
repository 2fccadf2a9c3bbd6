"""Run history (SQLite) and the diff between two runs. Public API: see store.py's module docstring."""
from __future__ import annotations

from .diff import RENDERERS, RunDiff, diff_runs
from .snapshot import Snapshot, snapshot_from_report
from .store import LOCAL_WORKSPACE, SCHEMA_VERSION, HistoryError, HistoryStore, RunRow, default_db_path

__all__ = [
    "LOCAL_WORKSPACE",
    "RENDERERS",
    "SCHEMA_VERSION",
    "HistoryError",
    "HistoryStore",
    "RunDiff",
    "RunRow",
    "Snapshot",
    "default_db_path",
    "diff_runs",
    "snapshot_from_report",
]
