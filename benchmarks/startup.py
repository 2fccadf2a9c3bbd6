"""Start-up cost and install size, with and without spaCy (issue 12).

    python benchmarks/startup.py [--runs N]

Prints, each as the median of N fresh processes (default 5):
- `--help`, `rules`, `text FILE`: commands that never load spaCy (checked, not assumed: each run reports
  whether `spacy` ended up in sys.modules);
- `check` on a three-file folder, cold (empty cache: every file read and recognised, spaCy loaded) and warm
  (everything from the caches: spaCy not loaded);
- what spaCy itself costs: importing it, and building the tokenizer pipeline recognition uses;
- install size: the runtime dependency closure of evidence-check on disk, and the part only spaCy needs.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = """
import sys, time
t0 = time.perf_counter()
from evidence_check.cli import main
try:
    main(sys.argv[1:], prog_name="evidence-check")
except SystemExit as exc:
    code = exc.code
print(f"@@ {time.perf_counter() - t0:.4f} {'spacy' in sys.modules} {code}", file=sys.stderr)
"""
SK = ("KEPUTUSAN BUPATI SUKAMAJU\nNOMOR 12 TAHUN 2023\nTENTANG\nTIM KOORDINASI SPBE\n"
      "Ditetapkan di Sukamaju\npada tanggal 2 Januari 2023\nBUPATI SUKAMAJU,\nttd.\n")


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def timed(code: str, *args: str) -> tuple[float, bool]:
    """Wall time of a fresh interpreter running `code` (start-up included) and whether spaCy was loaded."""
    t0 = time.perf_counter()
    res = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=_env(),
                         check=False)
    wall = time.perf_counter() - t0
    marks = [line.split() for line in res.stderr.splitlines() if line.startswith("@@ ")]
    if not marks or marks[-1][3] not in ("0", "None"):
        raise SystemExit(f"probe failed for {args}:\n{res.stderr[-2000:]}")
    return wall, marks[-1][2] == "True"


def median_run(runs: int, code: str, *args: str, before=None) -> tuple[float, bool]:  # noqa: ANN001
    walls, spacy = [], set()
    for _ in range(runs):
        if before:
            before()
        wall, loaded = timed(code, *args)
        walls.append(wall)
        spacy.add(loaded)
    return statistics.median(walls), any(spacy)


def _closure(name: str, skip: frozenset[str] = frozenset()) -> set[str]:
    """Names of the distributions `name` needs at run time (extras and non-matching markers left out)."""
    from packaging.requirements import Requirement

    seen: set[str] = set()
    todo = [name]
    while todo:
        cur = re.sub(r"[-_.]+", "-", todo.pop()).lower()
        if cur in seen or cur in skip:
            continue
        try:
            dist = metadata.distribution(cur)
        except metadata.PackageNotFoundError:
            continue
        seen.add(cur)
        for raw in dist.requires or []:
            req = Requirement(raw)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    return seen


def _size_mb(names: set[str]) -> float:
    total = 0
    for n in names:
        for f in metadata.distribution(n).files or []:
            p = Path(str(f.locate()))
            if p.is_file():
                total += p.stat().st_size
    return total / 1e6


def install_sizes() -> tuple[float, float, float]:
    everything = _closure("evidence-check")
    without = _closure("evidence-check", frozenset({"spacy"}))
    only_spacy = everything - without
    return _size_mb(everything - {"evidence-check"}), _size_mb(only_spacy), len(only_spacy)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    n = ap.parse_args().runs
    tmp = Path(tempfile.mkdtemp(prefix="ec-startup-"))
    try:
        folder = tmp / "bukti"
        folder.mkdir()
        (folder / "sk.txt").write_text(SK, "utf-8")
        (folder / "notulen.txt").write_text("NOTULEN RAPAT TIM SPBE\nTanggal 3 Maret 2024\n", "utf-8")
        (folder / "kosong.pdf").write_bytes(b"")
        cache = tmp / "cache"
        check = ["check", str(folder), "-o", str(tmp / "out"), "--cache-dir", str(cache), "-q", "-j", "2"]

        print(f"start-up, median of {n} fresh processes ({sys.executable}):")
        rows = [
            ("python -c pass (interpreter alone)",
             median_run(n, "import sys; print('@@ 0 False 0', file=sys.stderr)")),
            ("evidence-check --help", median_run(n, PROBE, "--help")),
            ("evidence-check rules", median_run(n, PROBE, "rules")),
            ("evidence-check text sk.txt", median_run(n, PROBE, "text", str(folder / "sk.txt"))),
            ("evidence-check check (cold: empty cache)",
             median_run(n, PROBE, *check, before=lambda: shutil.rmtree(cache, ignore_errors=True))),
            ("evidence-check check (warm: all cached)", median_run(n, PROBE, *check)),
        ]
        for name, (wall, spacy) in rows:
            print(f"  {name:45} {wall * 1000:7.0f} ms   spaCy loaded: {'yes' if spacy else 'no'}")

        base = "import sys, time; t0 = time.perf_counter(); {}; " \
               "print(f'@@ {{time.perf_counter() - t0:.4f}} {{\"spacy\" in sys.modules}} 0', file=sys.stderr)"
        imp, _ = median_run(n, base.format("import spacy"))
        build, _ = median_run(n, base.format("from evidence_check.recognise.cues import nlp; nlp()"))
        bare, _ = median_run(n, base.format("import evidence_check.recognise.cues"))
        print("what spaCy costs when recognition needs it:")
        print(f"  import spacy (fresh process)                  {imp * 1000:7.0f} ms")
        print(f"  recognition's tokenizer pipeline, built       {(build - bare) * 1000:7.0f} ms "
              "(more than importing the recognition modules alone)")
        total, spacy_only, count = install_sizes()
        print("install size (runtime dependency closure, files on disk):")
        print(f"  all runtime dependencies                      {total:7.0f} MB")
        print(f"  needed only by spaCy ({count:.0f} distributions)         {spacy_only:7.0f} MB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
