"""Rule-file models for recognition (doc types, status cues, vocabularies, messages) and their loader."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..errors import RuleError
from ..models import DOC_TYPES
from ..messages import MessageFile, MessageRule
from ..rules.loader import find_rule_files, load_model, regex_compiles
from .facts_rules import FactsRules

Scope = Literal["title", "first", "last", "scan", "header", "body"]
CueKind = Literal["heading", "regex", "phrase", "format", "layout", "producer", "page_shape"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Cue(_Strict):
    """One cue: a regex or a phrase list looked for in a part of the document.

    kind: heading = regex anchored at a line start in the title block (the legal form line);
          regex = regex anywhere in `scope`; phrase = words matched by spaCy's PhraseMatcher
          (fuzzy on OCR pages); format = the file format; layout = short pages (slides, screenshots);
          producer = regex on the PDF's Creator/Producer metadata (a deck exported from PowerPoint);
          page_shape = most PDF pages have one of `aspects` (width / height: a slide's 4:3 or 16:9).
    """

    id: str
    kind: CueKind
    pattern: str | None = None
    phrases: list[str] = Field(default_factory=list)
    formats: list[str] = Field(default_factory=list)
    max_chars_per_page: int | None = None
    min_pages: int = 1
    scope: Scope = "scan"
    weight: float = 1.0
    note: str = ""
    # heading cues of non-legal kinds: also a short cover line in any case among the first N title lines
    # ("Laporan Survey" / "KEPUASAN PELAYANAN"); legal headings stay capitals-only (Title Case is a citation)
    cover_lines: int = Field(default=0, ge=0, le=10)
    # page_shape cues: page width / height ratios, how close a page must be, and the share of pages that must be
    aspects: list[float] = Field(default_factory=list)
    aspect_tolerance: float = Field(default=0.02, ge=0, le=0.2)
    min_share: float = Field(default=0.8, gt=0, le=1)

    _compiles = field_validator("pattern")(regex_compiles)

    @model_validator(mode="after")
    def _has_payload(self) -> Cue:
        need = {"heading": self.pattern, "regex": self.pattern, "producer": self.pattern, "phrase": self.phrases or None,
                "format": self.formats or None, "layout": self.max_chars_per_page, "page_shape": self.aspects or None}
        if need[self.kind] is None:
            what = {"heading": "pattern", "regex": "pattern", "producer": "pattern", "phrase": "phrases", "format": "formats",
                    "layout": "max_chars_per_page", "page_shape": "aspects"}[self.kind]
            raise ValueError(f"a '{self.kind}' cue needs '{what}'")
        return self


class DocTypeRule(_Strict):
    type: Literal["doctype"]
    id: str
    label: str
    legal_form: bool = False  # regulation/decree: number, Ditetapkan, signature decide the status
    status_applies: bool = True  # False for slides/screenshots: status stays unknown
    priority: int = 0  # tie-break: higher wins
    cues: list[Cue]

    @field_validator("id")
    @classmethod
    def _known_type(cls, v: str) -> str:
        if v not in DOC_TYPES:
            raise ValueError(f"unknown doc type '{v}' (one of {', '.join(DOC_TYPES)})")
        return v


class StatusCue(_Strict):
    id: str
    side: Literal["draft", "enacted"]
    strength: Literal["strong", "weak"] = "strong"
    signature: bool = False  # the cue shows a signature (sets `signed`)
    applies_to: list[str] = Field(default_factory=list)  # doc types; empty = all
    scope: Scope = "scan"
    before_subject: bool = False  # title scope only: look above the TENTANG line (the heading, not the subject)
    ocr_only: bool = False  # only on OCR pages (a printed, signed copy that was scanned)
    # only the document's own enactment block, the first one in page order, counts: blank blocks after it are
    # templates or examples in a lampiran (a regulation on drafting regulations shows blank model decrees)
    own_block_only: bool = False
    pattern: str
    note: str = ""

    _compiles = field_validator("pattern")(regex_compiles)


class StatusRules(_Strict):
    type: Literal["status"]
    placeholder_number: str  # regex: a number that is only dots/X/blank
    # regex: the placeholder was typed (dots, X-es, an empty segment), not merely absent from the text layer
    explicit_placeholder: str = r"[.…_]{3,}|X{2,}|x{2,}"
    # regex on the number as printed (before spaces around '/' are closed): a gap where the running number goes
    placeholder_gap: str = r"(?!)"
    # a scan's number slot is blank, not a handwritten number OCR lost, when the page image holds at most this share
    # of dark pixels there (extract/ocr.py measures it); None: never trust the image, a blank on a scan stays unread
    blank_slot_max_ink: float | None = Field(default=None, ge=0, le=0.05)
    # kinds without a legal form whose own filled number alone says they were sent (a draft leaves it blank)
    numbered_when_sent: list[str] = []
    cues: list[StatusCue]

    _regex_compiles = field_validator("placeholder_number", "explicit_placeholder", "placeholder_gap")(regex_compiles)


SubtypeWhere = Literal["subject", "cover", "title", "first", "scan", "doc_type", "format"]


class SubtypeCue(_Strict):
    """One cue for a subtype. where: subject = the TENTANG/title text the document names itself by (a decree's
    team is named there, not in passing mentions); cover = the title block above Menimbang/Kata Pengantar/BAB I;
    title = the whole title block; first/scan = the first pages / first, closing and last pages;
    doc_type = the recognised type is one of `doc_types`; format = the file format is one of `formats`."""

    id: str
    where: SubtypeWhere
    pattern: str | None = None
    doc_types: list[str] = Field(default_factory=list)
    formats: list[str] = Field(default_factory=list)
    weight: float = 1.0
    note: str = ""

    _compiles = field_validator("pattern")(regex_compiles)

    @field_validator("doc_types")
    @classmethod
    def _known_types(cls, v: list[str]) -> list[str]:
        bad = [t for t in v if t not in DOC_TYPES]
        if bad:
            raise ValueError(f"unknown doc type(s) {', '.join(bad)} (one of {', '.join(DOC_TYPES)})")
        return v

    @model_validator(mode="after")
    def _has_payload(self) -> SubtypeCue:
        if self.where == "doc_type" and not self.doc_types:
            raise ValueError("a 'doc_type' cue needs 'doc_types'")
        if self.where == "format" and not self.formats:
            raise ValueError("a 'format' cue needs 'formats'")
        if self.where not in ("doc_type", "format") and not self.pattern:
            raise ValueError(f"a '{self.where}' cue needs 'pattern'")
        return self


class SubtypeRule(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: str
    doc_types: list[str] = Field(default_factory=list)  # the doc types it can refine; empty = any
    min_score: float = 3.0  # the summed weight of its cues that must be reached
    priority: int = 0  # tie-break: higher wins
    cues: list[SubtypeCue]

    @field_validator("doc_types")
    @classmethod
    def _known_types(cls, v: list[str]) -> list[str]:
        bad = [t for t in v if t not in DOC_TYPES]
        if bad:
            raise ValueError(f"unknown doc type(s) {', '.join(bad)} (one of {', '.join(DOC_TYPES)})")
        return v


class SubtypeRules(_Strict):
    type: Literal["subtypes"]
    subtypes: list[SubtypeRule]

    @model_validator(mode="after")
    def _unique_ids(self) -> SubtypeRules:
        seen: set[str] = set()
        for ident in [r.id for r in self.subtypes] + [c.id for r in self.subtypes for c in r.cues]:
            if ident in seen:
                raise ValueError(f"duplicate id '{ident}'")
            seen.add(ident)
        return self


class Region(_Strict):
    kind: Literal["provinsi", "kabupaten", "kota"]
    name: str
    province: str = ""


class Body(_Strict):
    name: str  # normalised display name, e.g. "Kementerian PANRB"
    office: str = ""  # head's office, e.g. "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"
    aliases: list[str]
    national: bool = True  # central government body


class RegionsVocab(_Strict):
    type: Literal["regions"]
    regions: list[Region]
    bodies: list[Body]


class MonthsVocab(_Strict):
    type: Literal["months"]
    months: dict[int, list[str]]

    @field_validator("months")
    @classmethod
    def _twelve(cls, v: dict[int, list[str]]) -> dict[int, list[str]]:
        if sorted(v) != list(range(1, 13)):
            raise ValueError("months must have keys 1..12")
        return v


class OcrSettings(_Strict):
    type: Literal["ocr"]
    fuzzy_line_threshold: float = Field(ge=50, le=100)
    fuzzy_word_threshold: float = Field(ge=50, le=100)
    month_threshold: float = Field(ge=50, le=100)
    region_threshold: float = Field(ge=50, le=100)
    digit_confusions: dict[str, str]
    keywords: list[str]  # cue words corrected on OCR pages before the regexes run
    # phrases OCR often runs together ("padatanggal", "Ditetapkandi"): spaced again on OCR pages
    joined_phrases: list[str] = []
    # letters OCR takes for one another ("EF": DAERAH read DAFRAH); a damaged cue word snaps when it equals a
    # keyword once each group is written as one letter
    lookalike_groups: list[str] = []
    # heading words a glued capital run may be split into ("PERATURANBUPATI" → "PERATURAN BUPATI"), on any page
    glued_words: list[str] = []
    # heading words an OCR text layer breaks with one space or one stray stroke ("NOM OR", "NOMOIR"), on any page
    split_keywords: list[str] = []
    note: str = ""


Message = MessageRule  # one catalogue format for every stage (rules/messages/*.yaml)
Messages = MessageFile


@dataclass(frozen=True)
class RecognitionRules:
    doctypes: tuple[DocTypeRule, ...]
    status: StatusRules
    regions: RegionsVocab
    months: MonthsVocab
    ocr: OcrSettings
    messages: dict[str, Message]
    subtypes: tuple[SubtypeRule, ...] = ()  # rules/subtypes.yaml (issue 11)
    compiled: dict[str, re.Pattern[str]] = field(default_factory=dict)
    facts: FactsRules | None = None  # rules/facts.yaml (issue 11); None only for hand-built rule objects

    def rx(self, pattern: str, case: bool = False) -> re.Pattern[str]:
        """Compiled once per rules object (rules are loaded once per run); case=True keeps case (headings)."""
        key = ("C:" if case else "I:") + pattern
        got = self.compiled.get(key)
        if got is None:
            got = re.compile(pattern, re.MULTILINE if case else re.IGNORECASE | re.MULTILINE)
            self.compiled[key] = got
        return got

    def doctype(self, type_id: str) -> DocTypeRule | None:
        return next((d for d in self.doctypes if d.id == type_id), None)


def _one(dirs: tuple[Path, ...], rel: str, model: type, problems: list[str]):  # type: ignore[no-untyped-def]
    files = find_rule_files(dirs, rel)
    if not files:
        problems.append(f"{rel}: rule file not found in {', '.join(str(d) for d in dirs)}")
        return None
    try:
        return load_model(files[-1], model)
    except RuleError as exc:
        problems.extend(exc.problems)
        return None


def load_rules(dirs: tuple[Path, ...]) -> RecognitionRules:
    """Load and validate every recognition rule file, reporting all problems at once."""
    problems: list[str] = []
    doctypes: list[DocTypeRule] = []
    for path in find_rule_files(dirs, "doctypes/*.yaml"):
        try:
            doctypes.append(load_model(path, DocTypeRule))
        except RuleError as exc:
            problems.extend(exc.problems)
    seen: dict[str, str] = {}
    for d in doctypes:
        for c in d.cues:
            if c.id in seen:
                problems.append(f"doctypes/{d.id}.yaml: key 'cues.{c.id}': duplicate cue id (also in {seen[c.id]})")
            seen[c.id] = d.id
    status = _one(dirs, "status.yaml", StatusRules, problems)
    regions = _one(dirs, "vocab/regions.yaml", RegionsVocab, problems)
    months = _one(dirs, "vocab/months.yaml", MonthsVocab, problems)
    ocr = _one(dirs, "vocab/ocr.yaml", OcrSettings, problems)
    msgs = _one(dirs, "messages/recognition.yaml", Messages, problems)
    subtypes = _one(dirs, "subtypes.yaml", SubtypeRules, problems)
    facts = _one(dirs, "facts.yaml", FactsRules, problems)
    facts_msgs = _one(dirs, "messages/facts.yaml", Messages, problems)
    if not doctypes:
        problems.append("doctypes/*.yaml: no document-type rules found")
    if problems:
        raise RuleError(problems)
    return RecognitionRules(tuple(sorted(doctypes, key=lambda d: -d.priority)), status, regions, months, ocr,
                            msgs.messages, tuple(subtypes.subtypes),
                            facts=facts.model_copy(update={"messages": facts_msgs.messages}))
