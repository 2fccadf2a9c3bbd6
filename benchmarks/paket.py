"""Time the upload package on a folder: the check once, then the package build (plan, copies, extracts, zip).

    python benchmarks/paket.py [FOLDER] [--tahun 2026] [--repeat 3]      # default FOLDER: sample_docs/

Prints the files, bytes and page extracts in the package, and the build time (best of --repeat), separately
from the check, because the package is built from a finished report.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evidence_check.api import check_folder
from evidence_check.context import Options
from evidence_check.report.paket import write_paket


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", type=Path, default=ROOT / "sample_docs")
    ap.add_argument("--tahun", type=int, default=2026)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        report = check_folder(
            args.folder, Options(input=args.folder, tahun=args.tahun, cache_dir=Path(tmp) / "cache")
        )
        check_s = time.perf_counter() - t
        best = float("inf")
        for n in range(args.repeat):
            t = time.perf_counter()
            write_paket(report, Path(tmp) / f"out{n}")
            best = min(best, time.perf_counter() - t)
        pkg = Path(tmp) / "out0" / "paket"
        files = [p for p in pkg.rglob("*") if p.is_file()]
        items = sum(len(v.items) for v in report.indicators)
        print(
            f"folder            {args.folder} ({len(report.documents)} documents, "
            f"framework {report.framework})"
        )
        print(f"items             {items}")
        print(
            f"package files     {len(files)} ({sum(p.stat().st_size for p in files) / 1e6:.1f} MB), "
            f"page extracts {len(list(pkg.rglob('*_hal-*.pdf')))}"
        )
        print(f"paket.zip         {(Path(tmp) / 'out0' / 'paket.zip').stat().st_size / 1e6:.1f} MB")
        print(f"check (cold)      {check_s:.1f} s")
        print(f"package build     {best:.2f} s (best of {args.repeat})")


if __name__ == "__main__":
    main()
