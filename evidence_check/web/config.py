"""Server settings (one frozen record, built by `evidence-check serve` or by tests)."""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from pathlib import Path

from .uploads import Limits

APP_NAME = "evidence-check"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "web"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class ServeConfig:
    data_dir: Path  # runs/ (uploads + reports) and, unless history_db is given, history.sqlite3
    host: str = "127.0.0.1"
    port: int = 8765
    token: str | None = None  # required for any non-loopback host
    history_db: Path | None = None
    concurrency: int = 2  # runs at the same time; the rest wait in the queue
    jobs_per_run: int = 1  # reader processes inside one run
    retention_days: float = 7.0  # uploaded files of a finished run are removed after this; 0: right away
    limits: Limits = field(default_factory=Limits)
    use_cache: bool = True

    @property
    def db_path(self) -> Path:
        return self.history_db or self.data_dir / "history.sqlite3"

    @property
    def runs_dir(self) -> Path:
        return self.data_dir / "runs"

    @property
    def cache_dir(self) -> Path:
        return self.data_dir / "cache"
