"""The records that flow through the pipeline: one `Document` per evidence file, one `RunReport` per run.

Stages take a record and return a new one (`dataclasses.replace`), so each stage boundary is a pure
function that tests can call directly. Reports read only `RunReport`.
"""
from __future__ import annotations

import functools
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
Method = Literal["text", "ocr", "none"]
Status = Literal["enacted", "draft", "unknown"]

SCHEMA_VERSION = "1.0"

DOC_TYPES: tuple[str, ...] = (
    "perda", "perkada", "peraturan_menteri", "peraturan_nasional", "keputusan", "surat_edaran", "sop",
    "pedoman", "dokumen_perencanaan", "laporan", "notulen", "undangan", "paparan", "tangkapan_layar", "lainnya",
)


@dataclass(frozen=True)
class Evidence:
    """One cue behind a verdict: the words seen, where, and which rule read them."""

    rule: str
    text: str
    page: int | None = None
    field: str = ""  # which verdict it supports: "doc_type", "status", "number", "indicator", ...


@dataclass(frozen=True)
class Finding:
    """A stable, scriptable code plus a human message (Indonesian first) and the fix."""

    code: str
    severity: Severity
    message: str
    message_en: str = ""
    fix: str = ""
    fix_en: str = ""
    rule: str = ""
    page: int | None = None


@dataclass(frozen=True)
class Page:
    """Text of one page (PDF page, image, DOCX body/header part, sheet or slide)."""

    number: int  # 1-based
    text: str
    method: Method
    confidence: float | None = None  # Tesseract mean word confidence 0-100 (OCR pages only)
    quality: float | None = None  # share of known words in the text layer, 0-1
    rotation: int = 0  # degrees the page image was rotated before OCR
    label: str = ""  # "header", "sheet: Identitas", "slide 3 notes" ...


@dataclass(frozen=True)
class Extraction:
    method: Literal["text", "ocr", "mixed", "none"] = "none"
    ocr_pages: int = 0
    mean_confidence: float | None = None
    seconds: float = 0.0
    cached: bool = False
    extractor_version: str = ""


@dataclass(frozen=True)
class IndicatorMatch:
    id: int
    score: float
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Document:
    """One evidence file. Extraction fills the first block, recognition and mapping the rest."""

    path: str  # POSIX, relative to the input root; archive members as "a.zip!/inner/x.pdf"
    sha256: str = ""
    size: int = 0
    format: str = ""  # pdf, docx, xlsx, xls, ods, pptx, image, txt, html, doc, zip, unknown
    pages: tuple[Page, ...] = ()
    page_count: int = 0  # pages in the file (may exceed len(pages) when work was bounded)
    extraction: Extraction = field(default_factory=Extraction)
    findings: tuple[Finding, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)  # pdf metadata, digital signature present, ...
    # recognition (issue 4)
    doc_type: str | None = None
    status: Status = "unknown"
    signed: bool | None = None
    title: str | None = None
    number: str | None = None
    year: int | None = None
    date: str | None = None  # ISO yyyy-mm-dd
    issuer: str | None = None
    agency: str | None = None  # region/agency the document belongs to, e.g. "Kabupaten Batu Bara"
    evidence: tuple[Evidence, ...] = ()
    # finer kind beside doc_type (issue 11): rpjmd, renja, rka, sk_tim_auditor, hasil_indeks, dasbor, ...
    subtype: str | None = None
    # facts the Pemdi items ask for (issue 11), keyed by name, e.g. "budget_codes", "index", "survey",
    # "screenshot", "agreement", "plan_years", "review"; each backed by Evidence(field="fact.<name>")
    facts: dict[str, Any] = field(default_factory=dict)
    # mapping (issue 5)
    indicators: tuple[IndicatorMatch, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.pages)

    def with_findings(self, *new: Finding) -> Document:
        from dataclasses import replace

        return replace(self, findings=self.findings + tuple(new))

    @property
    def readable(self) -> bool:
        return any(p.text.strip() for p in self.pages)


@dataclass(frozen=True)
class Agency:
    name: str | None
    inferred: bool
    support: int = 0  # documents naming it
    total: int = 0


@dataclass(frozen=True)
class ItemDocument:
    """One document backing (or offered for) an item: where the decisive words are."""

    path: str
    pages: tuple[int, ...] = ()
    excerpt: str = ""
    rule: str = ""


ItemVerdictWord = Literal["accepted", "wrong_evidence", "missing", "auto_rejected"]


@dataclass(frozen=True)
class ItemVerdict:
    """Verdict on one Pemdi item (I{n}-L{l}-{NN}), in the portal's vocabulary."""

    code: str
    level: int
    verdict: ItemVerdictWord
    documents: tuple[ItemDocument, ...] = ()
    reason: str = ""
    reason_en: str = ""
    expected: str = ""  # what would be accepted
    expected_en: str = ""
    text: str = ""  # the item's wording
    text_en: str = ""
    claimed: bool | None = None  # from the self-assessment form
    unconfirmed: bool = False  # the item's placement/wording is not confirmed against the Lampiran
    interview_only: bool = False  # cannot be judged from documents alone


@dataclass(frozen=True)
class IndicatorVerdict:
    id: int
    name: str
    domain: int | None
    aspect: int
    weight: float
    level: int | None  # None when there is no evidence at all
    claimed_level: int | None = None
    status: Literal["supported", "weak", "missing"] = "missing"
    documents: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()
    recommendation: str = ""
    recommendation_en: str = ""
    basis: tuple[Evidence, ...] = ()  # why this level
    needs_interview: bool = False  # level cannot be fully judged from documents
    # item-based frameworks (PermenPANRB 8/2026)
    code: str = ""  # "I1"
    value: float | None = None  # estimated indicator value 1.00-5.00 (estimate, never the official value)
    source: str = "upload"  # upload | external | hybrid
    items: tuple[ItemVerdict, ...] = ()
    external: dict[str, Any] | None = None  # {index, value, date, source, converted} or {pending: true}
    claimed_value: float | None = None  # the value the self-assessment claims (item-based frameworks)


@dataclass(frozen=True)
class AreaIndex:
    id: int
    name: str
    weight: float
    supported: float
    claimed: float | None = None
    predicate: str = ""


@dataclass(frozen=True)
class IndexEstimate:
    supported: float
    claimed: float | None
    predicate: str
    claimed_predicate: str | None = None
    aspects: tuple[AreaIndex, ...] = ()
    domains: tuple[AreaIndex, ...] = ()


@dataclass(frozen=True)
class RunReport:
    tool_version: str
    input_root: str
    generated_at: str
    options: dict[str, Any]
    documents: tuple[Document, ...]
    skipped: tuple[dict[str, str], ...] = ()  # junk files noted at info level: {path, reason}
    agency: Agency = field(default_factory=lambda: Agency(None, True))
    framework: str = ""
    framework_reason: str = ""  # why this framework: chosen by --framework or by the evaluation period
    period: int | None = None
    indicators: tuple[IndicatorVerdict, ...] = ()
    index: IndexEstimate | None = None
    timings: dict[str, float] = field(default_factory=dict)
    rules_checksum: str = ""
    schema_version: str = SCHEMA_VERSION


@functools.lru_cache(maxsize=256)
def _field_names(cls: type) -> tuple[str, ...]:
    """fields(cls) names, in order, once per dataclass (to_jsonable visits thousands of records per report)."""
    return tuple(f.name for f in fields(cls))


def to_jsonable(obj: Any) -> Any:
    """Dataclasses → plain dicts/lists, keeping field order (JSON key order is part of the contract)."""
    if hasattr(obj, "__dataclass_fields__"):
        cls = obj if isinstance(obj, type) else type(obj)  # fields() takes a dataclass or an instance
        return {name: to_jsonable(getattr(obj, name)) for name in _field_names(cls)}
    if isinstance(obj, (list, tuple)):
        return [to_jsonable(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    return obj


__all__ = [
    "Agency", "AreaIndex", "DOC_TYPES", "Document", "Evidence", "Extraction", "Finding", "IndexEstimate",
    "IndicatorMatch", "IndicatorVerdict", "ItemDocument", "ItemVerdict", "Page", "RunReport", "SCHEMA_VERSION", "asdict", "to_jsonable",
]
