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
        from evidence_check.extract import extract_file
        from evidence_check.recognise import load_recognition_rules, recognise_document

        doc = replace(extract_file(path, Options(input=path.parent)), path=f"docs/{path.name}")
        return recognise_document(doc, load_recognition_rules((PROJECT_RULES,)))
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--real", action="store_true", help="also measure on ../shared/real_samples")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    print(run_labelled(args.verbose).line("labelled folders (tests/data/indicators)"))
    if args.real and (REAL / "labels.yaml").exists():
        print(run_real(args.verbose).line("real_samples"))


if __name__ == "__main__":
    main()
