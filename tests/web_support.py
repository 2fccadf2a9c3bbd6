"""Helpers for the web tests, the browser test and benchmarks/web_load.py: small evidence folders built
from code, a workspace, an upload, waiting for a run, and a real `evidence-check serve` process."""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from docfactory import text_pdf
from doctexts import keputusan_tim_koordinasi, perkada_spbe


def small_folder(root: Path, *, variant: int = 0, scanned_pages: int = 0) -> Path:
    """Three text-layer PDFs (no OCR): an enacted Perbup, an SK, and a notice whose text depends on
    `variant`, so a second run sees exactly one changed file. `scanned_pages` > 0 adds an image-only
    PDF (different per variant, so a cache never spares the OCR)."""
    root.mkdir(parents=True, exist_ok=True)
    text_pdf(root / "Kebijakan" / "Perbup-SPBE-2023.pdf", perkada_spbe()[:2])
    text_pdf(root / "Tata Kelola" / "SK-Tim-Koordinasi-SPBE.pdf", keputusan_tim_koordinasi()[:1])
    text_pdf(root / "Lainnya" / "catatan.pdf", [f"CATATAN RAPAT SPBE\nVersi {variant}\nKabupaten Sukamaju"])
    if scanned_pages:
        from docfactory import scanned_pdf

        pages = perkada_spbe()[:scanned_pages]
        scanned_pdf(root / "Pindaian" / "scan.pdf", [f"Salinan {variant}\n" + pages[0], *pages[1:]], dpi=150)
    return root


def folder_files(root: Path) -> list[tuple[str, tuple[str, bytes]]]:
    """multipart 'files' parts named as a browser's directory upload names them (folder/sub/file)."""
    return [("files", (f"{root.name}/{p.relative_to(root).as_posix()}", p.read_bytes()))
            for p in sorted(root.rglob("*")) if p.is_file()]


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m, "no CSRF field in the page"
    return m.group(1)


def new_workspace(client: Any) -> tuple[str, str]:
    """(workspace URL, CSRF token) on a client that keeps cookies."""
    csrf = csrf_of(client.get("/").text)
    resp = client.post("/workspaces", data={"csrf": csrf}, follow_redirects=False)
    assert resp.status_code == 303, resp.text
    return resp.headers["location"], csrf


def upload(client: Any, ws: str, csrf: str, files: list, **fields: str) -> Any:
    return client.post(f"{ws}runs", data={"csrf": csrf, **fields}, files=files,
                       headers={"Accept": "application/json"}, follow_redirects=False)


def wait_run(client: Any, url: str, timeout: float = 180, until: tuple[str, ...] = ()) -> dict[str, Any]:
    """Poll the progress endpoint until the run ends (or reaches one of `until`)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        p = client.get(f"{url}/progress").json()
        if p["status"] in until or (not until and p["status"] not in ("queued", "running")):
            return p
        time.sleep(0.3)
    raise AssertionError(f"run {url} did not finish in {timeout}s: {p}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(data_dir: Path, port: int, *extra: str, log: Path | None = None) -> subprocess.Popen:
    """A real `evidence-check serve` in its own process; returns once /healthz answers."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = (log or data_dir.parent / f"serve-{port}.log").open("ab")
    proc = subprocess.Popen([sys.executable, "-m", "evidence_check.cli", "serve", "--port", str(port),
                             "--data-dir", str(data_dir), *extra], env=env, stdout=out, stderr=subprocess.STDOUT)
    end = time.monotonic() + 60
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise AssertionError(f"server exited with {proc.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise AssertionError("server did not start")


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
