"""The run-wide OCR cap: never more Tesseracts than slots, and a killed holder never leaks its slot."""
from __future__ import annotations

import os
import threading
import time

from evidence_check.extract import slots


def test_slots_cap_concurrency(tmp_path, monkeypatch):
    monkeypatch.setenv(slots.ENV, slots.create(tmp_path, 2))
    assert slots.slot_count() == 2
    active, peak, lock = [0], [0], threading.Lock()

    def work() -> None:
        with slots.ocr_slot():
            with lock:
                active[0] += 1
                peak[0] = max(peak[0], active[0])
            time.sleep(0.05)
            with lock:
                active[0] -= 1

    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert peak[0] == 2


def test_killed_holder_releases_its_slot(tmp_path, monkeypatch):
    monkeypatch.setenv(slots.ENV, slots.create(tmp_path, 1))
    pid = os.fork()
    if pid == 0:  # child: take the only slot and die holding it
        with slots.ocr_slot():
            os._exit(0)
    os.waitpid(pid, 0)
    got = threading.Event()

    def take() -> None:
        with slots.ocr_slot():
            got.set()

    t = threading.Thread(target=take, daemon=True)
    t.start()
    assert got.wait(5)


def test_no_cap_outside_a_run(monkeypatch):
    monkeypatch.delenv(slots.ENV, raising=False)
    assert slots.slot_count() == 1
    with slots.ocr_slot():
        pass
