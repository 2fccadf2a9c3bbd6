"""Measure recognition: per-field accuracy, doc_type confusion matrix, draft precision/recall.

    python benchmarks/recognition.py                 # the hand-written set + ../shared/real_samples (if present)
    python benchmarks/recognition.py --no-real       # only the hand-written set
    python benchmarks/recognition.py --part dev      # real samples: only the development part (while changing rules)
    python benchmarks/recognition.py --part held     # real samples: only the held-out part (measure last)
    python benchmarks/recognition.py --measure-ocr   # how the fuzzy OCR thresholds in rules/vocab/ocr.yaml were set
    python benchmarks/recognition.py --measure-slots [--text-dir DIR]  # ink in scans' empty NOMOR slots (status.yaml)
    python benchmarks/recognition.py --skip-labelled --no-real --text-dir DIR [--show-text-misses]

Real samples are read with evidence_check.extract.extract_file when it exists, else with pdftotext/tesseract.
Extractions are kept in $XDG_CACHE_HOME/evidence-check-bench (keyed by file sha256) so reruns take seconds.

The real set is split BEFORE any rule is changed (issue 11) into a development part and a held-out part, so
the figures on the held-out part say how recognition does on documents nobody tuned to. The split is
deterministic and does not depend on the tool: documents are grouped by their labelled doc_type (drafts form
their own group, there are few of them), each group is ordered by sha256 of the file name, and the first
round(30 %) of every group is held out. Misses are listed for the development part only; the held-out part
prints figures (misses with --show-held-misses, for the closing note, after tuning is over).

--text-dir DIR scores a folder of plain-text excerpts (*.txt plus a labels.yaml in the shape of
tests/data/recognition/labels.yaml, read with labelled_support.load_labelled, so pages split on form feeds and no
extraction is involved) on the real-sample fields (doc_type, status, number, year, issuer) with draft
precision/recall and the enacted documents called draft. It is meant for a fresh set of real documents nobody has
tuned on (issue 11: the held-out part stopped being unseen once its misses were read); keep such a set outside the
repository, measure it once, and list its misses (--show-text-misses) only for the report that closes the work.
With --as-scan each excerpt is first printed as a degraded 200-dpi scan (tests/docfactory) and read back through the
extraction stage, so the same texts measure the rules on Tesseract's output too (typed text only: no stamps or
handwriting, so this is an upper bound for real scans).
"""
from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # labelled_support: test-scoring code, kept out of the package

from labelled_support import FIELDS, Score, load_labelled  # noqa: E402

from evidence_check.context import PROJECT_RULES  # noqa: E402
from evidence_check.models import DOC_TYPES, Document, Page  # noqa: E402
from evidence_check.recognise import load_recognition_rules, recognise_document  # noqa: E402

REAL_FIELDS = ("doc_type", "status", "number", "year", "issuer", "title")  # what labels.yaml of real_samples holds
LABELLED = ROOT / "tests" / "data" / "recognition"
REAL = ROOT.parent / "shared" / "real_samples"


def _cli_extract(path: Path) -> Document:
    """Fallback when the extraction stage is unavailable: pdftotext, else Tesseract on page images."""
    pages: list[Page] = []
    if path.suffix.lower() == ".pdf" and shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", str(path), "-"], check=False, capture_output=True, text=True, timeout=120).stdout
        pages = [Page(i + 1, t, "text") for i, t in enumerate(out.split("\f")) if t.strip()]
        if sum(len(p.text) for p in pages) < 200 and shutil.which("pdftoppm"):
            with tempfile.TemporaryDirectory() as tmp:
                subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(path), f"{tmp}/p"], check=False,
                               timeout=600)
                pages = []
                for i, img in enumerate(sorted(Path(tmp).glob("p*.png"))):
                    txt = subprocess.run(["tesseract", str(img), "-", "-l", "ind+eng"], check=False, capture_output=True,
                                         text=True, timeout=300).stdout
                    pages.append(Page(i + 1, txt, "ocr"))
    elif path.suffix.lower() in (".jpg", ".jpeg", ".png"):
        txt = subprocess.run(["tesseract", str(path), "-", "-l", "ind+eng"], check=False, capture_output=True, text=True,
                             timeout=300).stdout
        pages = [Page(1, txt, "ocr")]
    return Document(path=path.name, format=path.suffix.lstrip(".").lower(), pages=tuple(pages),
                    page_count=len(pages))


def _extract_uncached(path: Path) -> Document:
    try:
        from evidence_check.extract import extract_file
    except ImportError:
        return _cli_extract(path)
    return extract_file(path)


def _bench_cache() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "evidence-check-bench"


def extract(path: Path) -> Document:
    """Extraction is the slow part (OCR of scans and photos) and is not what this benchmark measures."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    from evidence_check.extract import EXTRACTOR_VERSION  # a new extractor invalidates the cache

    entry = _bench_cache() / f"{digest}-{EXTRACTOR_VERSION}.pickle"
    if entry.exists():
        try:
            return pickle.loads(entry.read_bytes())  # our own cache file
        except Exception as exc:  # noqa: BLE001 — a broken cache entry is re-extracted
            print(f"  (cache entry {entry.name} unreadable: {exc}; extracting again)")
    doc = _extract_uncached(path)
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_bytes(pickle.dumps(doc))
    return doc


HELD_SHARE = 0.3


def split_real(labels: dict[str, dict]) -> tuple[list[str], list[str]]:  # type: ignore[type-arg]
    """(development, held_out) file names; see the module docstring for how and why."""
    groups: dict[str, list[str]] = {}
    for name, lab in labels.items():
        key = "draft" if lab.get("status") == "draft" else str(lab.get("doc_type"))
        groups.setdefault(key, []).append(name)
    dev: list[str] = []
    held: list[str] = []
    for key in sorted(groups):
        names = sorted(groups[key], key=lambda n: hashlib.sha256(Path(n).name.encode()).hexdigest())
        k = round(HELD_SHARE * len(names))
        held += names[:k]
        dev += names[k:]
    return sorted(dev), sorted(held)


def print_score(title: str, s: Score, fields: tuple[str, ...] = FIELDS, misses: bool = True,
                enacted_as_draft: list[str] | None = None) -> None:
    print(f"\n== {title}: {s.n} documents")
    for f in fields:
        print(f"  {f:9} {s.accuracy(f):6.1%}")
    print(f"  draft precision {s.draft_precision:.1%}  recall {s.draft_recall:.1%}  "
          f"(tp {s.draft_tp}, fp {s.draft_fp}, fn {s.draft_fn}); drafts reported as enacted: {s.draft_as_enacted or 'none'}")
    if enacted_as_draft is not None:
        shown = enacted_as_draft if misses else ""
        print(f"  enacted documents called draft: {len(enacted_as_draft)} {shown or ''}")
    if not misses:
        return
    used = [t for t in DOC_TYPES if any(t in k for k in s.confusion)]
    short = {t: t[:7] for t in used}
    print("  doc_type confusion (rows = label, columns = predicted):")
    print("  " + " " * 20 + " ".join(f"{short[t]:>7}" for t in used))
    for want in used:
        row = [s.confusion.get((want, got), 0) for got in used]
        if any(row):
            print(f"  {want:20}" + " ".join(f"{n or '.':>7}" for n in row))
    if s.misses:
        print("  misses:")
        for m in s.misses:
            print("   -", m)


def run_labelled(rules) -> Score:  # type: ignore[no-untyped-def]
    s = Score()
    for doc, lab in load_labelled(LABELLED):
        s.add(doc.path, recognise_document(doc, rules), lab)
    return s


def score_parts(scored: Iterable[tuple[str, Document, dict]], fields: tuple[str, ...]) -> tuple[Score, list[str]]:  # type: ignore[type-arg]
    """Score (name, recognised document, label) triples; also the enacted documents called draft (the error that
    costs trust)."""
    s = Score()
    enacted_as_draft: list[str] = []
    for name, doc, lab in scored:
        s.add(name, doc, lab, fields=fields)
        if lab.get("status") == "enacted" and doc.status == "draft":
            enacted_as_draft.append(name)
    return s, enacted_as_draft


def run_real(rules, names: list[str], labels: dict) -> tuple[Score, list[str]]:  # type: ignore[no-untyped-def,type-arg]
    """Score one part of the real set."""
    return score_parts(((rel, recognise_document(extract(REAL / rel), rules), labels[rel]) for rel in names),
                       REAL_FIELDS)


def run_text_dir(rules, folder: Path, names: set[str] | None = None,  # type: ignore[no-untyped-def]
                 fields: tuple[str, ...] = REAL_FIELDS, as_scan: bool = False) -> tuple[Score, list[str]]:
    """Score a folder of text excerpts + labels.yaml on the real-sample fields. `names`: only these files (one
    part of the split). `as_scan`: each excerpt is first printed as a degraded 200-dpi scan and read back through
    the extraction stage (OCR), so the same unseen texts also measure the rules on OCR output."""
    docs = ((doc, lab) for doc, lab in load_labelled(folder) if names is None or doc.path in names)
    return score_parts(((doc.path, recognise_document(scanned(doc) if as_scan else doc, rules), lab)
                        for doc, lab in docs), fields)


SCAN_PAGES = 4  # an excerpt's first pages: the title block and, in short ones, the closing


def scanned(doc: Document) -> Document:
    """`doc`'s pages rendered like a scanner would (tests/docfactory: slight skew, specks, JPEG), then
    extracted as a user's scan would be; the PDF is kept in the benchmark cache, keyed by the text."""
    import docfactory as df

    texts = [p.text for p in doc.pages[:SCAN_PAGES]]
    digest = hashlib.sha256("\f".join(texts).encode()).hexdigest()[:24]
    pdf = _bench_cache() / "scans" / f"{digest}.pdf"
    if not pdf.exists():
        pdf.parent.mkdir(parents=True, exist_ok=True)
        seed = int(digest[:6], 16)
        df.scanned_pdf(pdf, texts, dpi=200, noise=0.002, skew_deg=0.3 + (seed % 5) / 10, seed=seed)
    got = extract(pdf)
    return Document(path=doc.path, format=got.format, pages=got.pages, page_count=got.page_count, meta=got.meta)


# --- OCR threshold measurement -------------------------------------------------------------------------
_CONFUSIONS = [("I", "l"), ("I", "1"), ("O", "0"), ("N", "H"), ("D", "O"), ("E", "F"), ("S", "5"), ("M", "RN"),
               ("B", "8"), ("U", "V"), ("A", "4"), ("G", "C")]


def noisy(word: str, rng: random.Random, n: int) -> str:
    """Apply n OCR-style edits: look-alike substitutions or a dropped letter."""
    w = list(word)
    for _ in range(n):
        i = rng.randrange(len(w))
        if rng.random() < 0.8:
            subs = [b for a, b in _CONFUSIONS if a == w[i]] or [rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")]
            w[i] = rng.choice(subs)
        else:
            del w[i]
    return "".join(w)


def measure_ocr(rules) -> None:  # type: ignore[no-untyped-def]
    """Scores of noisy cue words (positives) vs. other capitalised words of the corpus (negatives)."""
    from rapidfuzz import fuzz, process

    rng = random.Random(7)
    kws = [k.upper() for k in rules.ocr.keywords]
    words: Counter[str] = Counter()
    # negatives: words of text-layer pages only (OCR pages would bring true variants such as 'BUPATL')
    texts = [p.text for d, _ in load_labelled(LABELLED) for p in d.pages if p.method == "text"]
    if (REAL / "docs").exists():
        for f in sorted((REAL / "docs").glob("*.pdf"))[:12]:
            if shutil.which("pdftotext"):
                texts.append(subprocess.run(["pdftotext", "-l", "3", str(f), "-"], check=False, capture_output=True,
                                            text=True).stdout)
    for t in texts:
        words.update(w.upper() for w in re.findall(r"[A-Za-z]{5,}", t))
    negatives = [w for w in words if w not in kws]
    from evidence_check.recognise.text import fix_caps_tokens, snap_allowed

    pos_scores = [fuzz.ratio(k, fix_caps_tokens(noisy(k, rng, rng.choice((1, 1, 2))))) for k in kws for _ in range(40)]
    negatives = [w for w in negatives if snap_allowed(w, tuple(kws))]
    neg_scores = [process.extractOne(w, kws, scorer=fuzz.ratio)[1] for w in negatives]
    print(f"\n== OCR fuzzy threshold: {len(pos_scores)} noisy cue words, {len(neg_scores)} other words")
    for thr in (75, 78, 80, 82, 84, 86, 88, 90):
        tp = sum(s >= thr for s in pos_scores) / len(pos_scores)
        fp = sum(s >= thr for s in neg_scores)
        fp_words = sorted(w for w in negatives if process.extractOne(w, kws, scorer=fuzz.ratio)[1] >= thr)[:8]
        print(f"  threshold {thr}: recall of noisy cue words {tp:6.1%}; other words snapped {fp:4d} {fp_words}")
    from evidence_check.recognise.text import lookalike_key

    groups = tuple(g.upper() for g in rules.ocr.lookalike_groups)
    keys = {lookalike_key(k, groups) for k in kws}
    swapped = [fix_caps_tokens(noisy(k, rng, rng.choice((1, 1, 2)))) for k in kws for _ in range(40)]
    hits = sum(lookalike_key(w.upper(), groups) in keys for w in swapped)
    false = sorted(w for w in negatives if lookalike_key(w, groups) in keys)
    print(f"  look-alike groups {list(groups)}: noisy cue words snapped {hits / len(swapped):6.1%} (swaps within the "
          f"groups only; drops and other letters are the threshold's); other words snapped {len(false)} {false[:8]}")
    print(f"  configured: fuzzy_word_threshold {rules.ocr.fuzzy_word_threshold}, "
          f"fuzzy_line_threshold {rules.ocr.fuzzy_line_threshold}")


def measure_slots(text_dir: Path | None) -> None:
    """Ink in the empty NOMOR slots of scans (rules/status.yaml blank_slot_max_ink): the real scans and photos of
    ../shared/real_samples as the user's scanner made them, and the legal excerpts of a text set printed as scans
    (typed blanks: white)."""
    print("\n== ink in empty NOMOR slots (share of dark pixels; status.yaml blank_slot_max_ink)")
    if (REAL / "labels.yaml").exists():
        labels = yaml.safe_load((REAL / "labels.yaml").read_text(encoding="utf-8"))
        for rel, lab in labels.items():
            doc = extract(REAL / rel)
            if any(p.method == "ocr" for p in doc.pages):
                print(f"  real  {lab.get('status', '?'):8} {rel.split('/')[-1][:64]:64} {doc.meta.get('number_slots')}")
    if text_dir is not None and (text_dir / "labels.yaml").exists():
        legal = {"perda", "perkada", "keputusan", "peraturan_menteri", "peraturan_nasional", "surat_edaran"}
        for doc, lab in load_labelled(text_dir):
            if lab.get("doc_type") in legal:
                got = scanned(doc)
                print(f"  scan  {lab.get('status', '?'):8} {doc.path[:64]:64} {got.meta.get('number_slots')}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-real", action="store_true")
    ap.add_argument("--measure-ocr", action="store_true")
    ap.add_argument("--measure-slots", action="store_true", help="ink in scans' empty NOMOR slots, then stop")
    ap.add_argument("--part", choices=("dev", "held", "both"), default="both",
                    help="which part of the real set to score (tune on dev, measure held last)")
    ap.add_argument("--show-held-misses", action="store_true", help="list the held-out part's misses")
    ap.add_argument("--skip-labelled", action="store_true", help="skip the hand-written set")
    ap.add_argument("--text-dir", type=Path, help="also score a folder of .txt excerpts with a labels.yaml")
    ap.add_argument("--show-text-misses", action="store_true", help="list the --text-dir set's misses")
    ap.add_argument("--as-scan", action="store_true",
                    help="--text-dir: print each excerpt as a degraded scan and read it back with OCR first")
    args = ap.parse_args()
    rules = load_recognition_rules((PROJECT_RULES,))
    if args.measure_ocr:
        measure_ocr(rules)
        return
    if args.measure_slots:
        measure_slots(args.text_dir)
        return
    if not args.skip_labelled:
        print_score("hand-written labelled set (tests/data/recognition)", run_labelled(rules))
    if args.text_dir is not None:
        if (args.text_dir / "labels.yaml").exists():
            text_labels = yaml.safe_load((args.text_dir / "labels.yaml").read_text(encoding="utf-8"))
            t_dev, t_held = split_real(text_labels)  # the same split as the real set: tune on one part only
            t_fields = tuple(f for f in REAL_FIELDS if any(f in lab for lab in text_labels.values()))
            kind = "scanned text excerpts" if args.as_scan else "text excerpts"
            for title, part in (("DEVELOPMENT part", t_dev), ("HELD-OUT part (not tuned on)", t_held)):
                if args.part not in ("both", "dev" if part is t_dev else "held"):
                    continue
                s, e2d = run_text_dir(rules, args.text_dir, set(part), t_fields, as_scan=args.as_scan)
                show = args.show_text_misses and (part is t_dev or args.show_held_misses)
                print_score(f"{kind} ({args.text_dir}), {title}", s, t_fields, misses=show,
                            enacted_as_draft=e2d)
        else:
            print(f"\n(no labels.yaml in {args.text_dir})")
    if args.no_real:
        return
    if not (REAL / "labels.yaml").exists():
        print("\n(real samples not present)")
        return
    labels = yaml.safe_load((REAL / "labels.yaml").read_text(encoding="utf-8"))
    dev, held = split_real(labels)
    if args.part in ("dev", "both"):
        s, e2d = run_real(rules, dev, labels)
        print_score("real samples, DEVELOPMENT part", s, REAL_FIELDS, enacted_as_draft=e2d)
    if args.part in ("held", "both"):
        s, e2d = run_real(rules, held, labels)
        print_score("real samples, HELD-OUT part (not tuned on)", s, REAL_FIELDS, misses=args.show_held_misses,
                    enacted_as_draft=e2d)


if __name__ == "__main__":
    main()
