"""Measure OCR on phone photos of pages: what the background-flattening fallback of extract/ocr.py buys.

    python benchmarks/ocr_photos.py            # 8 generated photos + 2 clean scans, ~2 minutes on 2 cores

Each page is a generated regulation page (tests/doctexts.py) rendered clean (tests/docfactory.py) and then
"photographed" (grey paper, grey ink, uneven light, perspective, lost resolution, pasted on a white page).
Printed per page and variant: character accuracy (1 - normalised Levenshtein distance to the source text,
whitespace collapsed), words read, mean confidence and seconds. Variants: `plain` (one Tesseract pass, as
before the fallback), `flat` (background flattened), `flat+otsu` (flattened, then Otsu-binarised: measured,
no gain over `flat`, so not in the tool) and
`ocr_image` (what the tool does: plain first, the fallbacks only when the first pass reads poorly). The clean
scans show the fallback does not run on good pages (same time as `plain`).
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import docfactory as f  # noqa: E402
import doctexts as tx  # noqa: E402
from rapidfuzz.distance import Levenshtein  # noqa: E402

from evidence_check.extract import ocr  # noqa: E402

PHOTOS = [  # (name, photograph() keywords)
    ("grey paper, light 0.35", dict(paper=170, ink=60, light=0.35)),
    ("dark paper, low contrast", dict(paper=140, ink=70, light=0.3)),
    ("strong light falloff", dict(paper=200, ink=50, light=0.6)),
    ("perspective 4 %", dict(paper=170, ink=60, light=0.35, tilt=0.04)),
    ("low resolution (0.35)", dict(paper=170, ink=60, light=0.35, scale=0.35)),
    ("bright paper, no margin", dict(paper=215, ink=60, light=0.3, margin=0.0)),
    ("very low contrast", dict(paper=150, ink=95, light=0.25)),
    ("grey paper, wide margin", dict(paper=165, ink=55, light=0.4, margin=0.3)),
]


def otsu_threshold(img) -> int:  # type: ignore[no-untyped-def]
    hist = img.histogram()[:256]
    total = sum(hist)
    weighted = sum(i * h for i, h in enumerate(hist))
    below = sum_below = 0
    best, threshold = -1.0, 128
    for t, h in enumerate(hist):
        below += h
        sum_below += t * h
        above = total - below
        if below == 0 or above == 0:
            continue
        spread = below * above * (sum_below / below - (weighted - sum_below) / above) ** 2
        if spread > best:
            best, threshold = spread, t
    return threshold


def _norm(text: str) -> str:
    return " ".join(text.split())


def accuracy(read: str, truth: str) -> float:
    return 1.0 - Levenshtein.normalized_distance(_norm(read), _norm(truth))


def _plain(img, tmp: Path) -> ocr.OcrResult:  # type: ignore[no-untyped-def]
    path = tmp / "p.pgm"
    img.convert("L").save(path, format="PPM")
    return ocr.run_tesseract(path, "ind+eng", 200, 120)


def _variants(img, tmp: Path) -> dict[str, tuple[ocr.OcrResult, float]]:  # type: ignore[no-untyped-def]
    out = {}
    t = time.perf_counter()
    out["plain"] = (_plain(img, tmp), time.perf_counter() - t)
    t = time.perf_counter()
    flat = ocr.flatten_background(img)
    out["flat"] = (_plain(flat, tmp), time.perf_counter() - t)
    t = time.perf_counter()
    thr = otsu_threshold(flat)
    out["flat+otsu"] = (_plain(flat.point(lambda v: 255 if v > thr else 0), tmp), time.perf_counter() - t)
    t = time.perf_counter()
    out["ocr_image"] = (ocr.ocr_image(img, dpi=200), time.perf_counter() - t)
    return out


def main() -> None:
    pages = f.render_pages("\n".join(tx.perkada_spbe()), dpi=200)[:2]
    truths = []
    for page in pages:  # the truth is what Tesseract reads on the clean render (layout and hyphens included)
        with tempfile.TemporaryDirectory() as tmp:
            truths.append(_plain(page, Path(tmp)).text)
    cases = [(f"clean scan p{i + 1}", page, truths[i]) for i, page in enumerate(pages)]
    cases += [(f"{name} p{k % 2 + 1}", f.photograph(pages[k % 2], seed=k, **kw), truths[k % 2])
              for k, (name, kw) in enumerate(PHOTOS)]
    totals: dict[str, list[float]] = {}
    print(f"{'page':34} {'variant':10} {'acc':>6} {'words':>5} {'conf':>5} {'sec':>5}  grey share")
    for name, img, truth in cases:
        with tempfile.TemporaryDirectory() as tmp:
            for variant, (res, sec) in _variants(img, Path(tmp)).items():
                acc = accuracy(res.text, truth)
                if not name.startswith("clean"):
                    totals.setdefault(variant, []).append(acc)
                conf = res.confidence or 0
                print(f"{name:34} {variant:10} {acc:6.1%} {res.words:5d} {conf:5.1f} {sec:5.1f}"
                      f"  {ocr.grey_share(img):.2f}")
    print("\nmean character accuracy on the photos:")
    for variant, accs in totals.items():
        print(f"  {variant:10} {sum(accs) / len(accs):6.1%}  (min {min(accs):6.1%})")


if __name__ == "__main__":
    main()
