"""Decide the document type by scoring the cues of every rules/doctypes/*.yaml file."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Document
from .cues import Hit, match_cue
from .schema import RecognitionRules
from .text import View

MIN_SCORE = 1.5  # below this nothing speaks for any type → "lainnya"
LATER_HEADING = 0.4  # a form line lower in the title block than the first one (e.g. a cited regulation) counts less
_OWN_NUMBER = re.compile(r"^\s*NOMOR\b")
_OWN_SUBJECT = re.compile(r"^\s*TENTANG\b")


@dataclass(frozen=True)
class TypeVerdict:
    doc_type: str
    hits: tuple[Hit, ...]  # the winning type's cues
    heading: Hit | None  # the legal-form line that decided it, if any
    scores: dict[str, float]


def classify(doc: Document, view: View, rules: RecognitionRules) -> TypeVerdict:
    per_type: dict[str, list[Hit]] = {}
    for rule in rules.doctypes:
        hits = [h for c in rule.cues if (h := match_cue(c, view, doc, rules)) is not None]
        if hits:
            per_type[rule.id] = hits
    heading_lines = [h.line for hits in per_type.values() for h in hits if h.line >= 0]
    first_line = min(heading_lines) if heading_lines else -1
    legal = {r.id for r in rules.doctypes if r.legal_form}
    scores: dict[str, float] = {}
    for tid, hits in per_type.items():
        scores[tid] = sum(h.weight * (LATER_HEADING if 0 <= first_line < h.line
                                      and not (tid in legal and _heads_a_title_block(view, first_line, h.line))
                                      else 1.0)
                          for h in hits)
    prio = {r.id: r.priority for r in rules.doctypes}
    if not scores or max(scores.values()) < MIN_SCORE:
        return TypeVerdict("lainnya", tuple(per_type.get("lainnya", ())), None, scores)
    best = max(scores, key=lambda t: (scores[t], prio.get(t, 0)))
    hits = tuple(per_type[best])
    heading = next((h for h in hits if h.line >= 0), None)
    return TypeVerdict(best, hits, heading, scores)


def _heads_a_title_block(view: View, first: int, line: int) -> bool:
    """A legal form line followed by its own NOMOR and TENTANG lines is the document's heading wherever it sits:
    what stands above it is a file title, a running header or a unit's letterhead ("SOP Teknologi Informasi"),
    not a heading that outranks it. A form line after a TENTANG is the act a subject names ("… PETUNJUK
    PELAKSANAAN / PERATURAN DAERAH … / NOMOR 9 TAHUN 2010 / TENTANG …"), and a cited act is running text."""
    if any(_OWN_SUBJECT.match(text) for _, text in view.title[max(first, 0):line]):
        return False
    below = [text for _, text in view.title[line + 1:line + 8]]
    return any(_OWN_NUMBER.match(t) for t in below[:3]) and any(_OWN_SUBJECT.match(t) for t in below)
