"""Benchmark the indicator stage: document→indicator precision/recall and level exact / within-one.

    .venv/bin/python benchmarks/indicators.py            # labelled folders in tests/data/indicators
    .venv/bin/python benchmarks/indicators.py --real     # also ../shared/real_samples (extract + recognise)

The labelled folders give recognition output in labels.yaml, so they measure mapping and judging alone.
The real samples go through `extract_file` + `recognise_document` (or `pdftotext` when those are missing).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evidence_check.context import PROJECT_RULES, Options  # noqa: E402
from evidence_check.indicators import MATCH_MIN, build_verdicts, load_framework, map_document  # noqa: E402
from evidence_check.models import Agency, Document, Finding, Page  # noqa: E402

LABELLED = ROOT / "tests" / "data" / "indicators"
REAL = ROOT.parent / "shared" / "real_samples"


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    levels: int = 0
    exact: int = 0
    within_one: int = 0

    def add_sets(self, predicted: set[int], expected: set[int]) -> None:
        self.tp += len(predicted & expected)
        self.fp += len(predicted - expected)
        self.fn += len(expected - predicted)

    def line(self, name: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        out = f"{name}: doc→indicator precision {p:.2f} recall {r:.2f} (tp {self.tp}, fp {self.fp}, fn {self.fn})"
        if self.levels:
            out += (f"; level exact {self.exact}/{self.levels} = {self.exact / self.levels:.2f},"
                    f" within one {self.within_one}/{self.levels} = {self.within_one / self.levels:.2f}")
        return out


def text_document(path: Path, rel: str, meta: dict) -> Document:  # type: ignore[type-arg]
    """A Document from a labelled .txt (pages split on form feeds) plus its recognition labels."""
    pages = tuple(Page(i, t, "text") for i, t in enumerate(path.read_text(encoding="utf-8").split("\f"), start=1))
    findings = tuple(Finding(code=c, severity="info", message=c) for c in meta.get("findings", []))
    return Document(path=rel, pages=pages, doc_type=meta.get("doc_type"), status=meta.get("status", "unknown"),
                    year=meta.get("year"), title=meta.get("title"), findings=findings)


def predicted(doc: Document) -> set[int]:
    return {m.id for m in doc.indicators if m.score >= MATCH_MIN}


def run_labelled(verbose: bool) -> Tally:
    fw = load_framework((PROJECT_RULES,), "permenpanrb-59-2020")
    labels = yaml.safe_load((LABELLED / "labels.yaml").read_text(encoding="utf-8"))["folders"]
    tally = Tally()
    for folder, spec in labels.items():
        agency = Agency(spec["agency"], False)
        docs = [map_document(text_document(LABELLED / folder / rel, f"{folder}/{rel}", meta), fw, agency)
                for rel, meta in spec["docs"].items()]
        for d in docs:
            exp = set(spec["docs"][d.path.split("/", 1)[1]]["indicators"])
            tally.add_sets(predicted(d), exp)
            if verbose and predicted(d) != exp:
                print(f"  {d.path}: predicted {sorted(predicted(d))} expected {sorted(exp)}")
        verdicts, index, _ = build_verdicts(docs, fw, Options(input=LABELLED, tahun=spec["tahun"]))
        got = {v.id: v.level for v in verdicts}
        for ind, level in spec["levels"].items():
            tally.levels += 1
            g = got.get(int(ind))
            tally.exact += g == level
            tally.within_one += g is not None and abs(g - level) <= 1
            if verbose and g != level:
                print(f"  {folder} indicator {ind}: level {g} expected {level}")
        if verbose and index:
            print(f"  {folder}: index {index.supported} {index.predicate}")
    return tally


def _pdftotext(path: Path) -> Document:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, timeout=120)
    pages = tuple(Page(i, t, "text") for i, t in enumerate(out.stdout.split("\f"), start=1) if t.strip())
    return Document(path=path.name, pages=pages)


def real_document(path: Path) -> Document:
    try:
        from evidence_check.recognise import load_recognition_rules, recognise_document

        return recognise_document(_cached_extract(path), load_recognition_rules((PROJECT_RULES,)))
    except (ImportError, NotImplementedError):
        return _pdftotext(path) if path.suffix.lower() == ".pdf" else Document(path=path.name)


def run_real(verbose: bool) -> Tally:
    fw = load_framework((PROJECT_RULES,), "permenpanrb-59-2020")
    labels = yaml.safe_load((REAL / "labels.yaml").read_text(encoding="utf-8"))
    tally = Tally()
    from evidence_check.recognise import assess_provenance, load_recognition_rules, resolve_agency

    docs = [real_document(REAL / rel) for rel in labels]
    rules = load_recognition_rules((PROJECT_RULES,))
    for rel, d in zip(labels, docs):
        # each sample belongs to its own region: judge provenance against its labelled issuer's region
        agency = resolve_agency([d], None, rules)
        d = map_document(assess_provenance(d, agency, rules), fw, agency)
        exp = set(labels[rel].get("indicators") or [])
        tally.add_sets(predicted(d), exp)
        if verbose:
            mark = "" if predicted(d) == exp else "  <-- differs"
            print(f"  {rel}: type {d.doc_type} predicted {sorted(predicted(d))} expected {sorted(exp)}{mark}")
    return tally


def _cached_extract(path: Path) -> Document:
    """Extraction of a real sample through benchmarks/recognition.py's cache (keyed by content and extractor
    version, under $XDG_CACHE_HOME, OCR of the scans is slow); recognition always runs fresh, so rule changes
    are measured."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from recognition import extract  # type: ignore[import-not-found]

    return replace(extract(path), path=f"docs/{path.name}")


def run_real_pemdi(verbose: bool, period: int = 2026, part: str = "all", backed_only: bool = False) -> Tally:
    """Document → Pemdi indicator (I1–I20) precision/recall on the real samples' `pemdi_indicators` labels;
    `part` dev|held uses the split of benchmarks/recognition.py (held-out documents are never listed)."""
    from evidence_check.indicators.itemjudge import document_indicators
    from evidence_check.recognise import assess_provenance, load_recognition_rules, recognise_document, resolve_agency

    fw = load_framework((PROJECT_RULES,), "permenpanrb-8-2026")
    labels = yaml.safe_load((REAL / "labels.yaml").read_text(encoding="utf-8"))
    rules = load_recognition_rules((PROJECT_RULES,))
    tally = Tally()
    names = list(labels)
    if part != "all":
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from recognition import split_real  # type: ignore[import-not-found]

        dev, held = split_real(labels)
        names = dev if part == "dev" else held
        verbose = verbose and part == "dev"
    for rel in names:
        doc = recognise_document(_cached_extract(REAL / rel), rules)
        doc = assess_provenance(doc, resolve_agency([doc], None, rules), rules)
        got = document_indicators(doc, fw, period)  # type: ignore[arg-type]
        if backed_only:  # only indicators an item of which the document backs, not those it is merely about
            got = {k: v for k, v in got.items() if not all(c.endswith(":topic") for c in v)}
        exp = set(labels[rel].get("pemdi_indicators") or [])
        tally.add_sets(set(got), exp)
        if verbose:
            mark = "" if set(got) == exp else "  <-- differs"
            print(f"  {rel}: {doc.doc_type}/{doc.subtype} predicted {sorted(got)} expected {sorted(exp)}{mark}"
                  + (f"  {got}" if set(got) - exp else ""))
    return tally


PEMDI_LABELS = ROOT / "tests" / "data" / "pemdi_sample_labels.yaml"


def run_pemdi_sample(verbose: bool) -> str:
    """Item-verdict accuracy and indicator-value error of the Pemdi sample_docs against its assessor labels."""
    from evidence_check.api import check_folder

    labels = yaml.safe_load(PEMDI_LABELS.read_text(encoding="utf-8"))
    klaim = ROOT / "tests" / "data" / "pemdi_klaim.csv"
    report = check_folder(ROOT / "sample_docs", Options(input=ROOT / "sample_docs", tahun=2026, use_cache=False,
                                                        instansi=labels.get("instansi", "Kabupaten Sukamaju"),
                                                        klaim=klaim if klaim.exists() else None))
    got = {i.code: i.verdict for v in report.indicators for i in v.items}
    expected_items = labels.get("items") or {}
    right = 0
    for code, spec in expected_items.items():
        want = spec if isinstance(spec, str) else spec.get("verdict")
        right += got.get(code) == want
        if verbose and got.get(code) != want:
            print(f"  {code}: got {got.get(code)} expected {want}")
    values = labels.get("values") or labels.get("indicator_values") or {}
    errors = []
    for code, want in values.items():
        code = code if str(code).startswith("I") else f"I{code}"
        v = next((x.value for x in report.indicators if x.code == code), None)
        if v is not None and isinstance(want, (int, float)):
            errors.append(abs(v - float(want)))
    n = len(expected_items)
    mae = sum(errors) / len(errors) if errors else float("nan")
    return (f"Pemdi sample_docs: item verdicts {right}/{n} = {right / n if n else 0:.2f};"
            f" indicator value MAE {mae:.3f} over {len(errors)} indicators; index {report.index.supported if report.index else '-'}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--real", action="store_true", help="also measure on ../shared/real_samples")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    print(run_labelled(args.verbose).line("labelled folders (tests/data/indicators)"))
    if PEMDI_LABELS.exists():
        print(run_pemdi_sample(args.verbose))
    if args.real and (REAL / "labels.yaml").exists():
        print(run_real(args.verbose).line("real_samples, PermenPANRB 59/2020 indicators"))
        print(run_real_pemdi(args.verbose, part="dev").line("real_samples development part, Pemdi indicators"))
        print(run_real_pemdi(False, part="held").line("real_samples held-out part, Pemdi indicators"))
        print(run_real_pemdi(False, part="dev", backed_only=True).line(
            "real_samples development part, Pemdi indicators backed by an item (score 1.0)"))
        print(run_real_pemdi(False, part="held", backed_only=True).line(
            "real_samples held-out part, Pemdi indicators backed by an item (score 1.0)"))


if __name__ == "__main__":
    main()
