"""What the fact engines add to extraction (pdfplumber tables, pdfsig, QR codes) and what extract_facts costs.

    python benchmarks/facts.py                # ../shared/real_samples (if present) + a generated budget print
    python benchmarks/facts.py --ocr          # also OCR scanned pages (QR codes are then read on each OCR page)
    python benchmarks/facts.py --budget-pages 60

Each file is extracted twice per mode (best time kept): once with the fact engines switched off (the
extractor as it was before issue 11) and once with them on. The difference is the added cost.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from evidence_check.context import PROJECT_RULES, Options
from evidence_check.extract import (
    extract_path,
    images,
    signatures,
)
from evidence_check.extract import pdf as pdf_extract
from evidence_check.recognise import load_recognition_rules, recognise_document
from evidence_check.recognise.facts import extract_facts

REAL = ROOT.parent / "shared" / "real_samples" / "docs"


def budget_print(path: Path, pages: int) -> Path:
    """A long RKA-like print: every page a ruled table of programme/activity/sub-activity lines."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle

    story = []
    for p in range(pages):
        rows = [["Kode", "Uraian", "Jumlah"]]
        for i in range(25):
            rows.append([f"2.16.0{p % 3 + 1}.2.0{i % 9 + 1}.{i + 1:04d}", f"Sub kegiatan contoh nomor {i} halaman {p}",
                         f"{(i + 1) * 1_000_000:,}".replace(",", ".")])
        t = Table(rows)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        story += [t, PageBreak()]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path


def timed(path: Path, opts: Options, engines: bool, runs: int = 2) -> float:
    """Best of `runs` extraction times; engines=False switches tables, pdfsig and every QR look off."""
    patches = [(pdf_extract, "_raw_facts", lambda *a, **k: {}), (pdf_extract, "_qr_on_page", lambda *a, **k: []),
               (signatures, "read_qr_codes", lambda *a, **k: []), (images, "read_qr_codes", lambda *a, **k: [])]
    saved = [(mod, name, getattr(mod, name)) for mod, name, _ in patches]
    if not engines:
        for mod, name, fake in patches:
            setattr(mod, name, fake)
    try:
        best = float("inf")
        for _ in range(runs):
            t = time.perf_counter()
            extract_path(path, path.name, opts)
            best = min(best, time.perf_counter() - t)
        return best
    finally:
        for mod, name, real in saved:
            setattr(mod, name, real)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ocr", action="store_true", help="OCR scanned pages too (slow)")
    ap.add_argument("--budget-pages", type=int, default=30)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="facts-bench-"))
    files = [budget_print(tmp / "rka_bench.pdf", args.budget_pages)]
    if REAL.is_dir():
        files += sorted(p for p in REAL.iterdir() if p.suffix.lower() in (".pdf", ".jpg", ".png"))
    opts = Options(input=tmp, use_cache=False, max_ocr_pages=50 if args.ocr else 0)
    rows = []
    for f in files:
        off, on = timed(f, opts, False), timed(f, opts, True)
        rows.append((f.name, off, on))
    rows.sort(key=lambda r: r[1] - r[2])
    print(f"budget print: {args.budget_pages} pages; OCR {'on' if args.ocr else 'off'}\n")
    print(f"{'file':60} {'without':>9} {'with':>9} {'added':>9}")
    for name, off, on in rows[:12]:
        print(f"{name[:60]:60} {off * 1000:8.0f}ms {on * 1000:8.0f}ms {(on - off) * 1000:+8.0f}ms")
    for label, group in (("generated budget print", [r for r in rows if r[0] == "rka_bench.pdf"]),
                         ("real samples", [r for r in rows if r[0] != "rka_bench.pdf"])):
        if not group:
            continue
        off, on = sum(r[1] for r in group), sum(r[2] for r in group)
        print(f"{label}: {len(group)} files, extraction {off:.2f}s without the fact engines, {on:.2f}s with "
              f"({on - off:+.2f}s, {100 * (on - off) / max(off, 1e-9):+.1f}%)")

    rules = load_recognition_rules((PROJECT_RULES,))
    docs = [recognise_document(extract_path(f, f.name, opts)[0], rules) for f in files]
    t = time.perf_counter()
    for _ in range(3):
        for d in docs:
            extract_facts(d, rules)
    per = (time.perf_counter() - t) / 3
    print(f"extract_facts over {len(docs)} recognised documents: {per * 1000:.0f} ms "
          f"({per * 1000 / max(1, len(docs)):.1f} ms per document)")


if __name__ == "__main__":
    main()
