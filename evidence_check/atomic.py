"""Atomic file writes (temp file in the same folder + rename), shared by reports and caches."""
from __future__ import annotations

import os
import secrets
from pathlib import Path

REPORT_MODE = 0o666  # as `cp` or an editor would: the umask (022 → 0644) decides who may read a report
PRIVATE_MODE = 0o600  # cache entries hold extracted document text: the user's own


def _create_temp(path: Path, mode: int) -> tuple[int, Path]:
    """A new temp file beside `path`, created with `mode` so the kernel applies the umask (and any
    default ACL of the folder). tempfile.mkstemp would force 0600 on every report."""
    for _ in range(100):
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), mode), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {path}")


def write_atomic(path: Path, data: bytes, mode: int = REPORT_MODE) -> None:
    """Readers see the old file or the new one, never half of one; an interrupted write (Ctrl-C
    included) leaves no temp file behind. The new file gets `mode` less the umask."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _create_temp(path, mode)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_cache_entry(path: Path, data: bytes) -> None:
    """A cache write that can fail: a read-only or full cache dir costs speed, never the run."""
    try:
        write_atomic(path, data, PRIVATE_MODE)
    except OSError:
        pass
