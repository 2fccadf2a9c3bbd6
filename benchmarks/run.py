"""Speed benchmark: evidence-check against the bare tools on the same files, on the same machine, in one run.

    python benchmarks/run.py [--corpus DIR] [--small] [--jobs N] [--skip-ocr]

Prints (issue 7): text-layer pipeline pages/s vs `pdftotext` (ratio); OCR pages/s vs bare `tesseract`
(same language, resolution and parallelism, same page images); warm re-run and one-changed-file re-run as
ratios of the cold run; peak RSS of the whole process tree; `evidence-check --help` start-up time.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
EC = str(BIN / "evidence-check")


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return 0


def is_scanned(path: Path) -> bool:
    """Image-only PDF that opens (a broken or encrypted PDF is neither text nor scan: left out of both)."""
    proc = subprocess.run(["pdftotext", "-l", "3", str(path), "-"], capture_output=True)
    return proc.returncode == 0 and len(proc.stdout.strip()) < 40


def opens(path: Path) -> bool:
    return subprocess.run(["pdfinfo", str(path)], capture_output=True).returncode == 0


def link_subset(files: list[Path], root: Path, dest: Path) -> Path:
    """Hard links (or copies) of a subset, keeping relative paths; symlinks would not be followed."""
    for f in files:
        t = dest / f.relative_to(root)
        t.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(f, t)
        except OSError:
            shutil.copy2(f, t)
    return dest


class TreeRss:
    """Peak resident memory of a process and all its descendants, sampled every 50 ms."""

    def __init__(self, pid: int):
        import psutil

        self.proc = psutil.Process(pid)
        self.peak = 0
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
                total = 0
                for p in procs:
                    try:
                        total += p.memory_info().rss
                    except psutil.Error:
                        pass
                self.peak = max(self.peak, total)
            except psutil.Error:
                pass
            time.sleep(0.05)

    def stop(self) -> int:
        self._stop.set()
        self._t.join()
        return self.peak


def run_tool(input_dir: Path, out: Path, cache: Path | None, jobs: int, extra: list[str] = ()) -> tuple[float, int]:
    cmd = [EC, str(input_dir), "--out", str(out), "--format", "json", "-q", "--jobs", str(jobs), *extra]
    cmd += ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd)
    mon = TreeRss(p.pid)
    rc = p.wait()
    dt = time.perf_counter() - t0
    peak = mon.stop()
    if rc not in (0, 1):
        raise SystemExit(f"evidence-check failed with exit code {rc}: {' '.join(cmd)}")
    return dt, peak


def parallel(cmds: list[list[str]], jobs: int) -> float:
    t0 = time.perf_counter()
    with ThreadPoolExecutor(jobs) as ex:
        list(ex.map(lambda c: subprocess.run(c, capture_output=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"}), cmds))
    return time.perf_counter() - t0


def bench_text(corpus: Path, text_pdfs: list[Path], jobs: int, work: Path) -> None:
    pages = sum(pdf_pages(p) for p in text_pdfs)
    subset = link_subset(text_pdfs, corpus, work / "text_subset")
    ptt = parallel([["pdftotext", str(p), "-"] for p in text_pdfs], jobs)
    tool, _ = run_tool(subset, work / "out_text", None, jobs)
    print(f"text layer: {len(text_pdfs)} PDFs, {pages} pages")
    print(f"  pdftotext ({jobs} procs)          {ptt:8.2f} s  {pages / ptt:8.1f} pages/s")
    print(f"  evidence-check pipeline         {tool:8.2f} s  {pages / tool:8.1f} pages/s")
    print(f"  ratio pipeline/pdftotext throughput: {ptt / tool:.2f}x   (target >= 0.5x)")


def bench_ocr(corpus: Path, scans: list[Path], jobs: int, work: Path, dpi: int) -> None:
    subset = link_subset(scans, corpus, work / "scan_subset")
    imgs = work / "scan_images"
    imgs.mkdir(exist_ok=True)
    # the same page images the tool renders (gray, same dpi); timed separately: the bare baseline gets them free
    render = parallel([["pdftoppm", "-r", str(dpi), "-gray", str(p), str(imgs / f"s{i:04d}")]
                       for i, p in enumerate(scans)], jobs)
    pages = sorted(imgs.glob("*.pgm"))
    bare = parallel([["tesseract", str(p), str(p.with_suffix("")), "-l", "ind+eng", "--dpi", str(dpi), "--psm", "3",
                      "txt", "tsv"] for p in pages], jobs)
    tool, _ = run_tool(subset, work / "out_scan", None, jobs, ["--ocr-dpi", str(dpi)])
    print(f"OCR: {len(scans)} scanned PDFs, {len(pages)} pages at {dpi} dpi, {jobs} parallel processes")
    print(f"  bare tesseract                  {bare:8.2f} s  {len(pages) / bare:8.2f} pages/s")
    print(f"  evidence-check (render+OCR+all) {tool:8.2f} s  {len(pages) / tool:8.2f} pages/s")
    print(f"  ratio time evidence-check/tesseract: {tool / bare:.2f}x   (target <= 1.15x)")
    print(f"  (rasterising the pages with pdftoppm, not in the bare figure: {render:.2f} s; "
          f"evidence-check / (pdftoppm + tesseract) = {tool / (bare + render):.2f}x)")


def bench_cache(corpus: Path, jobs: int, work: Path) -> None:
    cache = work / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    copy = work / "full_copy"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(corpus, copy)
    cold, peak = run_tool(copy, work / "out_full", cache, jobs)
    warm, _ = run_tool(copy, work / "out_full", cache, jobs)
    text_pdfs = sorted((p for p in copy.rglob("*.pdf") if not is_scanned(p)), key=lambda p: p.stat().st_size)
    victim = text_pdfs[len(text_pdfs) // 2]  # a typical document, not the smallest or the biggest
    with victim.open("ab") as fh:  # a changed file: new bytes, same document
        fh.write(b"\n% changed\n")
    changed, _ = run_tool(copy, work / "out_full", cache, jobs)
    print(f"full corpus: cold {cold:.2f} s, warm {warm:.2f} s, one changed file ({victim.name}) {changed:.2f} s")
    print(f"  warm re-run / cold:        {warm / cold * 100:5.1f} %   (target <= 5 %)")
    print(f"  one-file re-run / cold:    {changed / cold * 100:5.1f} %   (target <= 10 %)")
    print(f"  peak RSS, whole process tree (cold run): {peak / 2**20:.0f} MB   (target < 1536 MB)")


def bench_help() -> None:
    times = []
    for _ in range(7):
        t0 = time.perf_counter()
        subprocess.run([EC, "--help"], capture_output=True, check=True)
        times.append(time.perf_counter() - t0)
    print(f"`evidence-check --help`: median {statistics.median(times) * 1000:.0f} ms, min {min(times) * 1000:.0f} ms"
          f"   (target < 300 ms)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, help="existing corpus folder (default: generate one)")
    ap.add_argument("--small", action="store_true", help="small corpus (quick check)")
    ap.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--skip-text", action="store_true")
    ap.add_argument("--skip-ocr", action="store_true")
    ap.add_argument("--skip-cache", action="store_true")
    a = ap.parse_args()
    corpus = a.corpus or ROOT / "benchmarks" / ("_corpus_small" if a.small else "_corpus")
    if not corpus.exists():
        cmd = [sys.executable, str(ROOT / "benchmarks" / "corpus.py"), str(corpus)] + (["--small"] if a.small else [])
        subprocess.run(cmd, check=True)
    pdfs = sorted(corpus.rglob("*.pdf"))
    scans = [p for p in pdfs if is_scanned(p)]
    text_pdfs = [p for p in pdfs if p not in scans and opens(p)]
    files = [p for p in corpus.rglob("*") if p.is_file()]
    print(f"machine: {os.cpu_count()} cores; corpus {corpus}: {len(files)} files, {len(pdfs)} PDFs "
          f"({len(scans)} image-only), {sum(p.stat().st_size for p in files) / 2**20:.0f} MB")
    bench_help()
    with tempfile.TemporaryDirectory(prefix="ec-bench-") as tmp:
        work = Path(tmp)
        if not a.skip_text:
            bench_text(corpus, text_pdfs, a.jobs, work)
        if not a.skip_ocr and scans:
            bench_ocr(corpus, scans, a.jobs, work, a.dpi)
        if not a.skip_cache:
            bench_cache(corpus, a.jobs, work)


if __name__ == "__main__":
    main()
