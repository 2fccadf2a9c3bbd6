"""Load a labelled recognition set (text files + labels.yaml) as Documents, and score recognition against it.

Test and benchmark support, not shipped in the package: used by the recognition tests and
benchmarks/recognition.py. The set is built from text, so no extraction is involved.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

from evidence_check.models import Document, Page

FIELDS = ("doc_type", "status", "number", "year", "date", "issuer", "agency")


def doc_from_text(path: str, text: str, method: str = "text", fmt: str = "pdf") -> Document:
    """Pages split on form feeds; a page starting with '@header' becomes a DOCX header part."""
    pages = []
    for i, chunk in enumerate(text.split("\f"), start=1):
        label = ""
        if chunk.lstrip().startswith("@header"):
            label, chunk = "header", chunk.lstrip()[len("@header"):]
        pages.append(Page(i, chunk.strip("\n"), "ocr" if method == "ocr" else "text", label=label))  # type: ignore[arg-type]
    data = text.encode()
    return Document(path=path, sha256=hashlib.sha256(data).hexdigest(), size=len(data), format=fmt,
                    pages=tuple(pages), page_count=len(pages))


def load_labelled(folder: Path) -> list[tuple[Document, dict[str, Any]]]:
    labels = yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8"))
    out = []
    for name, lab in labels.items():
        text = (folder / name).read_text(encoding="utf-8")
        out.append((doc_from_text(name, text, lab.get("method", "text"), lab.get("format", "pdf")), lab))
    return out


def field_ok(name: str, got: Any, want: Any) -> bool:
    if want is None or got is None:
        return want is None and got is None
    if name in ("issuer", "agency", "title"):
        return fuzz.token_set_ratio(str(got).lower(), str(want).lower()) >= 85
    if name == "number":
        return "".join(str(got).split()).lower() == "".join(str(want).split()).lower()
    return str(got) == str(want)


@dataclass
class Score:
    n: int = 0
    correct: Counter[str] = field(default_factory=Counter)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    draft_tp: int = 0
    draft_fp: int = 0
    draft_fn: int = 0
    draft_as_enacted: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def add(self, path: str, doc: Document, lab: dict[str, Any], fields: tuple[str, ...] = FIELDS) -> None:
        self.n += 1
        for f in fields:
            if f not in lab:
                continue
            if field_ok(f, getattr(doc, f), lab[f]):
                self.correct[f] += 1
            else:
                self.misses.append(f"{path}: {f} = {getattr(doc, f)!r}, expected {lab[f]!r}")
        self.confusion[(str(lab.get("doc_type")), str(doc.doc_type))] += 1
        want_draft, got_draft = lab.get("status") == "draft", doc.status == "draft"
        self.draft_tp += want_draft and got_draft
        self.draft_fp += got_draft and not want_draft
        self.draft_fn += want_draft and not got_draft
        if want_draft and doc.status == "enacted":
            self.draft_as_enacted.append(path)

    def accuracy(self, f: str) -> float:
        return self.correct[f] / self.n if self.n else 0.0

    @property
    def draft_precision(self) -> float:
        d = self.draft_tp + self.draft_fp
        return self.draft_tp / d if d else 1.0

    @property
    def draft_recall(self) -> float:
        d = self.draft_tp + self.draft_fn
        return self.draft_tp / d if d else 1.0
