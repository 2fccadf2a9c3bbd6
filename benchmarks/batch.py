"""Batch benchmark (issue 15): N copies of a generated agency folder, text-only and mixed, on 1 and 2 local
workers and a 2-worker Dask LocalCluster, next to `pdftotext` and bare `tesseract` on the same pages in the
same run; then OCR time and character accuracy side by side (300-dpi resampling vs the scan's own 200 dpi,
blank pages, a page image shared by two files).

    python benchmarks/batch.py [--copies 20] [--mixed-copies 3] [--skip-dask] [--skip-ocr] [--skip-real]

Batches and pdftotext are timed in rounds, each running all of them back to back on the same files; every
round is printed, then the medians (of the rates, and of the per-round ratios the targets are about).

Every run reads every file (no extraction cache): copies of one folder would otherwise be free. A batch
has a fixed cost (rules loaded and checked once, before any work is sent out) that only hundreds of
agencies amortise; it is printed on its own. With ../shared/real_samples present, the read stage
(extract + recognise, one process) is also timed against pdftotext on the real text-layer PDFs.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import docfactory as df
import doctexts as tx

from evidence_check.context import Options

DPI = 300
SCAN_DPI = 200  # what docfactory's scanner (and many real decree scans) produce


def page_texts() -> list[str]:
    """One-page documents: the ground truth of every scanned page."""
    texts = [*tx.undangan_rapat(tx.SUKAMAJU, day=dt.date(2024, 5, 6)), *tx.notulen_rapat(tx.SUKAMAJU),
             *tx.keputusan_tim_koordinasi(tx.SUKAMAJU)]
    return [t for t in texts if len(df.render_pages(t)) == 1]


def build_text_agency(root: Path) -> None:
    root.mkdir(parents=True, exist_ok=True)
    df.text_pdf(root / "Indikator 1" / "Perkada_SPBE.pdf", tx.perkada_spbe(tx.SUKAMAJU))
    df.text_pdf(root / "Indikator 10" / "SK_Tim_Koordinasi.pdf", tx.keputusan_tim_koordinasi(tx.SUKAMAJU))
    df.text_pdf(root / "Indikator 2" / "Laporan_Monev.pdf", tx.laporan_monev(tx.SUKAMAJU))
    df.text_pdf(root / "Pedoman_Keamanan.pdf", tx.pedoman(tx.SUKAMAJU))
    df.text_pdf(root / "Draft_Perkada_Aplikasi.pdf", tx.rancangan_perkada_spbe(tx.SUKAMAJU), watermark="DRAFT")


def scan_images(texts: list[str]) -> list:
    return [df.degrade(df.render_pages(t, dpi=SCAN_DPI)[0], noise=0.003, skew_deg=0.4, seed=i)
            for i, t in enumerate(texts)]


def build_mixed_agency(root: Path, texts: list[str]) -> list[tuple[str, int, str]]:
    """The text agency plus scans: a blank page, and one page image that two files share (a letter
    uploaded alone and again inside the minutes). Returns (file, page, truth) for every scanned page."""
    build_text_agency(root)
    from PIL import Image

    imgs = scan_images(texts)
    blank = df.degrade(Image.new("L", imgs[0].size, 255), noise=0.003, seed=99)
    truth = []
    a, b = imgs[: len(imgs) // 2], imgs[len(imgs) // 2:]
    df.images_pdf(root / "Scan_Undangan_Notulen.pdf", [im.copy() for im in (*a, blank)], dpi=SCAN_DPI)
    truth += [("Scan_Undangan_Notulen.pdf", i + 1, texts[i]) for i in range(len(a))]
    # copies: Pillow remembers a saved image's append list and would replay it into the next file
    df.images_pdf(root / "Scan_SK_dan_Undangan.pdf", [im.copy() for im in (*b, a[0])], dpi=SCAN_DPI)
    truth += [("Scan_SK_dan_Undangan.pdf", i + 1, texts[len(a) + i]) for i in range(len(b))]
    truth += [("Scan_SK_dan_Undangan.pdf", len(b) + 1, texts[0])]
    return truth


def copies(template: Path, root: Path, n: int) -> Path:
    for i in range(n):
        shutil.copytree(template, root / f"instansi-{i:03d}")
    return root


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=False).stdout
    return next((int(ln.split()[1]) for ln in out.splitlines() if ln.startswith("Pages:")), 0)


def parallel(cmds: list[list[str]], jobs: int) -> float:
    t0 = time.perf_counter()
    with ThreadPoolExecutor(jobs) as ex:
        list(ex.map(lambda c: subprocess.run(c, capture_output=True, check=False,
                                             env={**os.environ, "OMP_THREAD_LIMIT": "1"}),
                    cmds))
    return time.perf_counter() - t0


ROUNDS = 5  # timed rounds (--rounds); each runs every executor and pdftotext back to back, so a shared VM's
# load (it comes and goes over seconds) weighs on all of them alike; every round is printed, then the medians


def open_executor(root: Path, out: Path, make_executor: Callable[[Options], object]) -> tuple[object, float]:
    """(executor, start-up seconds): starting and warming the workers plus one agency sent through the whole
    path untimed (what a first task imports or loads is not throughput and must not count against whichever
    executor runs first)."""
    from evidence_check.batch import check_batch
    from evidence_check.batch.tasks import warm_worker

    opts = Options(input=root, out=out, jobs=2, use_cache=False, formats=("json",))
    t0 = time.perf_counter()
    ex = make_executor(opts)
    for f in [ex.submit(warm_worker) for _ in range(2)]:  # type: ignore[attr-defined]
        f.result()  # workers up and warm
    warm_root = out.parent / f"warm-root-{root.name}"
    if not warm_root.exists():
        first = min(p for p in root.iterdir() if p.is_dir())
        shutil.copytree(first, warm_root / first.name)
    check_batch(warm_root, replace(opts, input=warm_root, out=out.parent / f"warm-{out.name}"),
                ex)  # type: ignore[arg-type]
    return ex, time.perf_counter() - t0


def cpu_seconds(ex: object | None = None) -> float:
    """CPU seconds used so far by this process (all its threads) and its reaped children, plus the local
    pool's workers (forked by the pool's fork server, so not our children); other executors' workers are
    not seen. Next to wall time: what the work costs whatever else the machine runs."""
    ru_self, ru_kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    total = ru_self.ru_utime + ru_self.ru_stime + ru_kids.ru_utime + ru_kids.ru_stime
    for pid in getattr(ex, "worker_pids", lambda: [])():
        try:
            stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime
        except (OSError, IndexError, ValueError):
            pass
    return total


def time_batch(root: Path, out: Path, ex: object) -> tuple[float, int, float]:
    """(seconds, pages, CPU seconds) of one batch over all agencies into a fresh output folder (no journal to
    resume from)."""
    from evidence_check.batch import check_batch

    opts = Options(input=root, out=out, jobs=2, use_cache=False, formats=("json",))
    c0, t0 = cpu_seconds(ex), time.perf_counter()
    summary = check_batch(root, opts, ex)  # type: ignore[arg-type]
    return time.perf_counter() - t0, summary["totals"]["pages"], cpu_seconds(ex) - c0


def local(n: int) -> Callable[[Options], object]:
    def make(opts: Options) -> object:
        from evidence_check.batch import LocalPool
        from evidence_check.extract import slots

        slot_dir = tempfile.mkdtemp(prefix="ec-bench-slots-")
        return LocalPool(n, task_timeout=opts.timeout_per_file, env={slots.ENV: slots.create(Path(slot_dir), n)})

    return make


class _Cluster:
    def __init__(self, n: int):
        from distributed import Client, LocalCluster

        from evidence_check.batch import DaskExecutor

        self.cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                                    preload=["evidence_check.batch.preload"])
        self.client = Client(self.cluster)
        self.ex = DaskExecutor(self.client)
        self.workers = self.ex.workers

    def submit(self, fn, *args):
        return self.ex.submit(fn, *args)

    def close(self) -> None:
        self.client.close()
        self.cluster.close()


LOCAL1, LOCAL2, DASK2 = "local pool, 1 worker", "local pool, 2 workers", "Dask LocalCluster, 2 workers x 1 thread"


def bench_batches(kind: str, root: Path, work: Path, dask: bool, rounds_n: int = ROUNDS,
                  others: dict[str, Callable[[], float]] | None = None) -> list[dict[str, float]]:
    """Every executor started and warmed first, then `rounds_n` rounds of: each executor's batch, then each of
    `others` (name -> seconds for the same pages). Returns each round's pages/s by name, and CPU ms per page
    by "cpu " + name (local pools and `others` only)."""
    print(f"\n{kind}: {len(list(root.iterdir()))} agency folders, "
          f"{sum(1 for _ in root.rglob('*.pdf'))} PDFs")
    configs: list[tuple[str, Callable[[Options], object]]] = [(LOCAL1, local(1)), (LOCAL2, local(2))]
    if dask:
        configs.append((DASK2, lambda o: _Cluster(2)))
    executors = {}
    try:
        for name, make in configs:
            executors[name], start = open_executor(root, work / f"out-{kind}-{len(executors)}", make)
            print(f"  {name:42s} start-up {start:.1f} s (not included below)")
        rounds = []
        for k in range(rounds_n):
            rates, line = {}, []
            for i, (name, ex) in enumerate(executors.items()):
                secs, pages, cpu = time_batch(root, work / f"out-{kind}-{i}" / f"run{k}", ex)
                rates[name] = pages / secs
                if name != DASK2:
                    rates[f"cpu {name}"] = cpu / pages * 1000
                line.append(f"{name} {secs:5.2f} s {pages / secs:6.1f} p/s"
                            + (f" {cpu / pages * 1000:.2f} cpu-ms/p" if name != DASK2 else ""))
            for name, run in (others or {}).items():
                c0 = cpu_seconds()
                secs = run()
                cpu = cpu_seconds() - c0
                rates[name], rates[f"cpu {name}"] = pages / secs, cpu / pages * 1000
                line.append(f"{name} {secs:5.2f} s {pages / secs:6.1f} p/s {cpu / pages * 1000:.2f} cpu-ms/p")
            rounds.append(rates)
            print(f"  round {k + 1} ({pages} pages, load {os.getloadavg()[0]:.1f}): " + "; ".join(line))
    finally:
        for ex in executors.values():
            ex.close()  # type: ignore[attr-defined]
    print(f"  median of {rounds_n} rounds:")
    for name in (n for n in rounds[0] if not n.startswith("cpu ")):
        cpu = f"   {statistics.median(r['cpu ' + name] for r in rounds):5.2f} CPU ms/page" if f"cpu {name}" in rounds[0] else ""
        print(f"  {name:42s} {statistics.median(r[name] for r in rounds):7.1f} pages/s{cpu}")
    return rounds


def fixed_cost(root: Path) -> None:
    """What every batch pays once before any document is sent out: its rules, loaded and checked. Paid here
    first, so the executors compared below all start from the same warm parent process."""
    from evidence_check.context import RunContext
    from evidence_check.pipeline import load_run_rules

    t0 = time.perf_counter()
    load_run_rules(RunContext(Options(input=root)))
    print(f"  fixed cost per batch, first rule load in this process: {time.perf_counter() - t0:.2f} s "
          "(later batches in one process reuse the parsed framework; included in every batch time below)")


PTT1, PTT2 = "pdftotext, 1 process", "pdftotext, 2 processes"


def bench_text(root: Path, work: Path, dask: bool, rounds_n: int = ROUNDS) -> None:
    fixed_cost(root)
    pdfs = sorted(root.rglob("*.pdf"))
    cmds = [["pdftotext", str(p), "-"] for p in pdfs]
    rounds = bench_batches("text-only", root, work, dask, rounds_n, {PTT1: lambda: parallel(cmds, 1),
                                                            PTT2: lambda: parallel(cmds, 2)})
    vs_ptt = [r[LOCAL2] / r[PTT2] for r in rounds]
    scaling = [r[LOCAL2] / r[LOCAL1] for r in rounds]
    print(f"  text layer, 2 workers / pdftotext on 2 cores, per round: {', '.join(f'{x:.2f}' for x in vs_ptt)}; "
          f"median {statistics.median(vs_ptt):.2f}x   (target >= 0.5x)")
    print(f"  scaling, 2 workers / 1 worker, per round: {', '.join(f'{x:.2f}' for x in scaling)}; "
          f"median {statistics.median(scaling):.2f}x   (target >= 1.8x)")
    by_cpu = [r[f"cpu {PTT2}"] / r[f"cpu {LOCAL2}"] for r in rounds]
    print(f"  the same by CPU time (pdftotext's CPU per page / the 2-worker batch's, parent and workers; what the\n"
          f"  wall-time ratio is on an otherwise idle machine, less scheduling losses), per round: "
          f"{', '.join(f'{x:.2f}' for x in by_cpu)}; median {statistics.median(by_cpu):.2f}x")
    if dask:
        dask_scaling = statistics.median(r[DASK2] / r[LOCAL1] for r in rounds)
        print(f"  scaling, Dask 2 workers / local 1 worker: median {dask_scaling:.2f}x")


def char_accuracy(got: str, truth: str) -> float:
    from rapidfuzz.distance import Levenshtein

    a, b = " ".join(got.split()), " ".join(truth.split())
    return max(0.0, 1 - Levenshtein.distance(a, b) / max(1, len(b)))


def bench_ocr(scan_root: Path, truth: list[tuple[str, int, str]], work: Path) -> None:
    """OCR of one mixed agency's scans: bare Tesseract at 300 and 200 dpi vs evidence-check's reading,
    with 300-dpi resampling (before) and at the scan's own resolution (now), same pages, one process."""
    from evidence_check.extract import ocr as ocrmod
    from evidence_check.extract import pdf as pdfmod

    files = sorted({f for f, _, _ in truth})
    n_pages = sum(pdf_pages(scan_root / f) for f in files)
    print(f"\nOCR: {len(files)} scanned PDFs, {n_pages} pages ({len(truth)} with text, 1 blank, 1 page image in both "
          f"files); scans are {SCAN_DPI} dpi; 1 process")

    def bare(dpi: int) -> tuple[float, float]:
        imgs = work / f"bare{dpi}"
        imgs.mkdir(exist_ok=True)
        for i, f in enumerate(files):
            subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(scan_root / f), str(imgs / f"f{i}")], check=True)
        pages = sorted(imgs.glob("*.pgm"))
        t = parallel([["tesseract", str(p), str(p.with_suffix("")), "-l", "ind+eng", "--dpi", str(dpi), "--psm", "3",
                       "txt"] for p in pages], 1)
        by = {}
        for i, f in enumerate(files):
            for p in sorted(imgs.glob(f"f{i}-*.txt")):
                by[(f, int(p.stem.rsplit("-", 1)[1]))] = p.read_text("utf-8", "replace")
        return t, sum(char_accuracy(by.get((f, n), ""), t_) for f, n, t_ in truth) / len(truth)

    def tool(native: bool, blank_skip: bool, memo: bool) -> tuple[float, float, int]:
        saved = pdfmod.NATIVE_MIN_DPI, ocrmod.BLANK_MAX_INK_300DPI
        calls = [0]
        real = ocrmod.run_tesseract

        def counting(*a, **k):
            calls[0] += 1
            return real(*a, **k)

        pdfmod.NATIVE_MIN_DPI = 200 if native else 10**6
        ocrmod.BLANK_MAX_INK_300DPI = ocrmod.BLANK_MAX_INK_300DPI if blank_skip else 0
        ocrmod.run_tesseract = counting
        cache = work / f"memo-{native}-{blank_skip}-{memo}"
        opts = Options(input=scan_root, use_cache=memo, cache_dir=cache, ocr_dpi=DPI)
        try:
            t0 = time.perf_counter()
            got = {}
            for f in files:
                ex = pdfmod.extract_pdf(scan_root / f, opts)
                got.update({(f, p.number): p.text for p in ex.pages})
            secs = time.perf_counter() - t0
        finally:
            pdfmod.NATIVE_MIN_DPI, ocrmod.BLANK_MAX_INK_300DPI = saved
            ocrmod.run_tesseract = real
        return secs, sum(char_accuracy(got.get((f, n), ""), t_) for f, n, t_ in truth) / len(truth), calls[0]

    b300, a300 = bare(300)
    b200, a200 = bare(200)
    print(f"  bare tesseract, pdftoppm 300 dpi          {b300:7.2f} s   char accuracy {a300 * 100:5.1f} %")
    print(f"  bare tesseract, pdftoppm 200 dpi          {b200:7.2f} s   char accuracy {a200 * 100:5.1f} %")
    rows = [("evidence-check, resampled to 300 dpi (before)", False, False, False),
            ("evidence-check, + blank-page skip", False, True, False),
            ("evidence-check, + own 200 dpi", True, True, False),
            ("evidence-check, + page memo (now, cache on)", True, True, True)]
    results = {}
    for name, native, blank, memo in rows:
        secs, acc, calls = tool(native, blank, memo)
        results[name] = (secs, acc)
        print(f"  {name:45s} {secs:7.2f} s   char accuracy {acc * 100:5.1f} %   tesseract runs {calls}")
    now_s, now_a = results[rows[-1][0]]
    print(f"  now / bare tesseract at 300 dpi: time {now_s / b300:.2f}x (target <= 0.8x), "
          f"accuracy {now_a * 100:.1f} % vs {a300 * 100:.1f} %")


def bench_real_text() -> None:
    """The read stage (extract + recognise) on real text-layer PDFs, one process, document by document next
    to pdftotext on the same file. Documents where the tool OCRs a page (a garbled text layer, an image
    page) are left out: that is OCR work, not text-layer work."""
    import hashlib

    from evidence_check.batch import tasks
    from evidence_check.discover import SourceFile

    real = ROOT.parent / "shared" / "real_samples" / "docs"
    if not real.is_dir():
        print("\nreal text-layer PDFs: ../shared/real_samples absent, skipped")
        return
    opts = Options(input=real, use_cache=False, formats=("json",))
    tasks.warm_worker(opts)
    tool_s = ptt_s = 0.0
    pages = files = 0
    for f in sorted(real.glob("*.pdf")):
        layer = subprocess.run(["pdftotext", str(f), "-"], capture_output=True, text=True, check=False).stdout
        if len("".join(layer.split())) < 200 * max(1, layer.count("\f")):
            continue  # a scan or a photo: OCR work, measured above
        st = f.stat()
        src = SourceFile(f.name, f, st.st_size, st.st_mtime_ns)
        t0 = time.perf_counter()
        docs = tasks.read_source(src, hashlib.sha256(f.read_bytes()).hexdigest(), opts)
        t_tool = time.perf_counter() - t0
        if (not docs or not any(d.pages for d in docs) or any(p.method != "text" for d in docs for p in d.pages)
                or any(d.meta.get("image_identity") for d in docs)):
            continue  # some page went to Tesseract (a weak layer, a number or date that is an image)
        t_ptt = parallel([["pdftotext", str(f), "-"]], 1)
        tool_s, ptt_s = tool_s + t_tool, ptt_s + t_ptt
        pages += sum(len(d.pages) for d in docs)
        files += 1
    print(f"\nreal text-layer PDFs (../shared/real_samples, no page OCR'd): {files} files, {pages} pages, 1 process")
    print(f"  read stage (extract + recognise)             {tool_s:7.2f} s  {pages / tool_s:7.1f} pages/s")
    print(f"  pdftotext                                     {ptt_s:7.2f} s  {pages / ptt_s:7.1f} pages/s")
    print(f"  read stage / pdftotext throughput: {ptt_s / tool_s:.2f}x")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=20, help="agency folders in the text-only batch")
    ap.add_argument("--mixed-copies", type=int, default=3, help="agency folders in the mixed batch")
    ap.add_argument("--rounds", type=int, default=ROUNDS, help="timed rounds of the text-only batch")
    ap.add_argument("--mixed-rounds", type=int, default=2, help="timed rounds of the mixed batch")
    ap.add_argument("--skip-real", action="store_true")
    ap.add_argument("--skip-dask", action="store_true")
    ap.add_argument("--skip-ocr", action="store_true")
    ap.add_argument("--skip-text", action="store_true")
    ap.add_argument("--skip-mixed", action="store_true")
    a = ap.parse_args()
    dask = not a.skip_dask
    if dask:
        try:
            import distributed  # noqa: F401
        except ImportError:
            print("distributed not installed: Dask runs skipped (pip install 'evidence-check[cluster]')")
            dask = False
    print(f"machine: {len(os.sched_getaffinity(0))} cores, load average {os.getloadavg()[0]:.2f} at start "
          "(figures from a busy machine are pessimistic, above all the scaling)")
    with tempfile.TemporaryDirectory(prefix="ec-batch-bench-") as tmp:
        work = Path(tmp)
        texts = page_texts()
        build_text_agency(work / "tpl-text")
        truth = build_mixed_agency(work / "tpl-mixed", texts)
        if not a.skip_text:
            bench_text(copies(work / "tpl-text", work / "text", a.copies), work, dask, a.rounds)
        if not a.skip_mixed:
            bench_batches("mixed", copies(work / "tpl-mixed", work / "mixed", a.mixed_copies), work, dask, a.mixed_rounds)
        if not a.skip_ocr:
            bench_ocr(work / "tpl-mixed", truth, work)
    if not a.skip_real:
        bench_real_text()
    print(f"\nload average {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()
