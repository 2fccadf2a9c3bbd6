"""Bounded load test of `evidence-check serve` on loopback (issue 14).

    python benchmarks/web_load.py [--uploads 20] [--concurrency 2] [--jobs-per-run 1]

Starts a real server in its own process, sends N uploads of a small generated folder (three text PDFs)
at the same time, and while the runs queue and execute, requests the workspace's history page in a
loop. Prints upload latency, the time until every run ended, history-page latency (p50/p95/max) and
whether every run completed (none lost). Exit status 1 when a run is lost or failed, or the history
page's p95 is 1 s or more.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from web_support import (
    folder_files,
    free_port,
    new_workspace,
    small_folder,
    start_server,
    stop_server,
    upload,
)


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--uploads", type=int, default=20)
    ap.add_argument("--concurrency", type=int, default=2, help="server --concurrency (runs at once)")
    ap.add_argument("--jobs-per-run", type=int, default=1)
    ap.add_argument("--scanned-pages", type=int, default=0,
                    help="add an image-only PDF of this many pages to every upload (OCR in every run)")
    ap.add_argument("--timeout", type=float, default=900)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="ec-web-load-") as tmp:
        tmpdir = Path(tmp)
        uploads = [folder_files(small_folder(tmpdir / f"b{i}" / "bukti", variant=i, scanned_pages=args.scanned_pages))
                   for i in range(args.uploads)]
        files = uploads[0]
        size = sum(len(f[1][1]) for f in files)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(tmpdir / "data", port, "--concurrency", str(args.concurrency),
                              "--jobs-per-run", str(args.jobs_per_run))
        try:
            setup = httpx.Client(base_url=base, timeout=30)
            ws, csrf = new_workspace(setup)
            cookies = setup.cookies
            history_times: list[float] = []
            stop = threading.Event()

            def poll_history() -> None:
                with httpx.Client(base_url=base, timeout=30, cookies=cookies) as c:
                    while not stop.is_set():
                        t = time.perf_counter()
                        r = c.get(ws)
                        history_times.append(time.perf_counter() - t)
                        assert r.status_code == 200
                        time.sleep(0.05)

            def one_upload(i: int) -> tuple[float, str]:
                with httpx.Client(base_url=base, timeout=120, cookies=cookies) as c:
                    t = time.perf_counter()
                    r = upload(c, ws, csrf, uploads[i], instansi=f"Kabupaten Uji {i}")
                    if r.status_code != 201:
                        raise RuntimeError(f"upload {i}: {r.status_code} {r.text}")
                    return time.perf_counter() - t, r.json()["url"]

            poller = threading.Thread(target=poll_history, daemon=True)
            t0 = time.perf_counter()
            poller.start()
            with ThreadPoolExecutor(args.uploads) as pool:
                results = list(pool.map(one_upload, range(args.uploads)))
            upload_times = [r[0] for r in results]
            urls = [r[1] for r in results]
            statuses: dict[str, str] = {}
            with httpx.Client(base_url=base, timeout=30, cookies=cookies) as c:
                deadline = time.monotonic() + args.timeout
                while time.monotonic() < deadline:
                    statuses = {u: c.get(f"{u}/progress").json()["status"] for u in urls}
                    if all(s not in ("queued", "running") for s in statuses.values()):
                        break
                    time.sleep(0.5)
                all_done = time.perf_counter() - t0
                stop.set()
                poller.join(10)
                listed = c.get(ws).text.count('<tr class="st-')
        finally:
            stop_server(server)

    done = sum(1 for s in statuses.values() if s == "done")
    lost = args.uploads - len(statuses)
    p95 = pct(history_times, 95)
    scanned = f", {args.scanned_pages} scanned pages OCR'd per run" if args.scanned_pages else ""
    print(f"web load test: {args.uploads} concurrent uploads of a {len(files)}-file folder ({size / 1024:.0f} KB{scanned}), "
          f"server --concurrency {args.concurrency} --jobs-per-run {args.jobs_per_run}")
    print(f"  upload (request until run queued): p50 {pct(upload_times, 50) * 1000:.0f} ms, "
          f"p95 {pct(upload_times, 95) * 1000:.0f} ms, max {max(upload_times) * 1000:.0f} ms")
    print(f"  all runs ended after {all_done:.1f} s ({args.uploads / all_done:.2f} runs/s)")
    print(f"  runs done {done}/{args.uploads}, other {sorted(s for s in statuses.values() if s != 'done')}, "
          f"lost {lost}, listed in history {listed}")
    print(f"  history page while running: {len(history_times)} requests, p50 {pct(history_times, 50) * 1000:.0f} ms, "
          f"p95 {p95 * 1000:.0f} ms, max {max(history_times) * 1000:.0f} ms, "
          f"mean {statistics.mean(history_times) * 1000:.0f} ms")
    ok = done == args.uploads and listed == args.uploads and p95 < 1.0
    print("  RESULT: " + ("OK (none lost, history p95 < 1 s)" if ok else "FAIL"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
