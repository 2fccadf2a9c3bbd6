"""Atomic file writes (temp file in the same folder + rename), shared by reports and caches."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Readers see the old file or the new one, never half of one; an interrupted write (Ctrl-C
    included) leaves no temp file behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
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
        write_atomic(path, data)
    except OSError:
        pass
