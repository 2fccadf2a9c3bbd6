"""A server killed in the middle of a run leaves a consistent history: that run is `interrupted` (never
half-stored), its worker does not outlive the server, a queued run survives, and the new server serves."""
from __future__ import annotations

import os
import signal
import sqlite3
import time
from pathlib import Path

import httpx
import pytest
from conftest import needs_tesseract
from web_support import (
    folder_files,
    free_port,
    new_workspace,
    small_folder,
    start_server,
    stop_server,
    upload,
    wait_run,
)


def _gone(pid: int, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


@needs_tesseract
@pytest.mark.slow
def test_restart_mid_run_marks_it_interrupted(tmp_path: Path) -> None:
    from docfactory import scanned_pdf
    from doctexts import perkada_spbe

    slow = tmp_path / "scan"
    scanned_pdf(slow / "scan.pdf", perkada_spbe()[:8], dpi=150)
    data, port = tmp_path / "data", free_port()
    server = start_server(data, port, "--concurrency", "1")
    try:
        client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10)
        ws, csrf = new_workspace(client)
        busy = upload(client, ws, csrf, folder_files(slow)).json()["url"]
        waiting = upload(client, ws, csrf, folder_files(small_folder(tmp_path / "bukti"))).json()["url"]
        wait_run(client, busy, until=("running",), timeout=60)
        db = data / "history.sqlite3"
        busy_id = int(busy.rsplit("/", 1)[1])
        pid = sqlite3.connect(db).execute("SELECT pid FROM runs WHERE id=?", (busy_id,)).fetchone()[0]
        server.send_signal(signal.SIGKILL)  # no shutdown handler gets to run
        server.wait(10)
        assert _gone(pid, 15), "the worker outlived its server"
    finally:
        stop_server(server)

    server = start_server(data, port, "--concurrency", "1")
    try:
        client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10, cookies=client.cookies)
        p = client.get(f"{busy}/progress").json()
        assert p["status"] == "interrupted"
        assert "interrupted" in client.get(busy).text
        con = sqlite3.connect(db)
        for table in ("documents", "findings", "verdicts", "item_verdicts"):
            assert con.execute(f"SELECT COUNT(*) FROM {table} WHERE run_id=?", (busy_id,)).fetchone()[0] == 0
        # the run that was waiting in the queue is picked up by the new server and completes
        assert wait_run(client, waiting, timeout=120)["status"] == "done"
        assert "interrupted" in client.get(ws).text and client.get("/healthz").text == "ok"
        # a normal stop (SIGTERM) with a run going: the run is marked interrupted before the server exits
        again = upload(client, ws, csrf, folder_files(slow)).json()["url"]
        wait_run(client, again, until=("running",), timeout=60)
    finally:
        stop_server(server)
    again_id = int(again.rsplit("/", 1)[1])
    status = sqlite3.connect(db).execute("SELECT status FROM runs WHERE id=?", (again_id,)).fetchone()[0]
    assert status == "interrupted"
