"""Run-wide cap on concurrent Tesseract processes, shared by all worker processes.

Pages of one long scan are OCR'd in parallel (so the last big file does not leave cores idle), but the
whole run never runs more Tesseracts than --jobs. The cap is a set of lock files: the kernel releases
an flock when its holder dies, so a worker killed for a timeout can never leak a slot.
"""
from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ENV = "EVIDENCE_CHECK_OCR_SLOTS"  # "<dir>:<n>", set by the parent before it forks workers


def slot_count() -> int:
    """How many OCR pages a worker may run at once (1 outside a managed run)."""
    spec = os.environ.get(ENV, "")
    try:
        return max(1, int(spec.rsplit(":", 1)[1]))
    except (IndexError, ValueError):
        return 1


def create(directory: Path, n: int) -> str:
    for i in range(n):
        (directory / f"slot{i}.lock").touch()
    return f"{directory}:{n}"


@contextmanager
def ocr_slot() -> Iterator[None]:
    spec = os.environ.get(ENV, "")
    if ":" not in spec:
        yield
        return
    directory, n = spec.rsplit(":", 1)
    locks = [Path(directory) / f"slot{i}.lock" for i in range(int(n))]
    fd = -1
    while fd < 0:
        for path in locks:
            try:
                cand = os.open(path, os.O_RDWR)
            except OSError:  # the run's slot dir is gone: don't block OCR on bookkeeping
                yield
                return
            try:
                fcntl.flock(cand, fcntl.LOCK_EX | fcntl.LOCK_NB)
                fd = cand
                break
            except BlockingIOError:
                os.close(cand)
        else:
            time.sleep(0.02)
    try:
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
