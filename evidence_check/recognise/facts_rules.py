"""Rule-file model of rules/facts.yaml: the phrases and patterns behind each fact (issue 11).

Every pattern is a regex matched case-insensitively, line by line unless said otherwise; each must
compile, and a bad one is reported with the file and key like every other rule file.
"""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from ..messages import MessageRule
from ..rules.loader import regex_compiles

Regex = Annotated[str, AfterValidator(regex_compiles)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NamedPattern(_Strict):
    id: str
    pattern: Regex
    note: str = ""


class BudgetFacts(_Strict):
    documents: list[Regex]  # title-block cues of a budget document (RKA, DPA, RKPD, Renja tables)
    recap: list[Regex]  # recap/summary wording: only totals, no sub-activity lines
    labels: dict[Literal["urusan", "program", "kegiatan", "sub_kegiatan"], Regex]  # "Sub Kegiatan :" ...
    max_codes: int = Field(default=300, ge=1)


class PlanFacts(_Strict):
    ranges: list[NamedPattern]  # groups (?P<start>) and (?P<end>): RPJMD 2025-2029, Renstra 2021-2026
    single: list[NamedPattern]  # group (?P<year>): Renja 2026, RKA Tahun Anggaran 2025
    exclude_doc_types: list[str] = Field(default_factory=list)  # letters and decrees that only cite a plan


class IndexFacts(_Strict):
    instruments: dict[Literal["IKASANDI", "Indeks KAMI", "SDI", "EPSS", "SJIG", "Indeks SPBE", "Indeks Pemdi"],
                      list[Regex]]
    areas: dict[str, list[Regex]]  # IKASANDI areas: Keamanan Siber, Penanganan Insiden Siber, ...
    result: list[Regex]  # words that make a mention a result: nilai, skor, predikat, hasil pengukuran
    values: list[Regex]  # group (?P<value>) on the same line as the instrument or a value word
    not_values: list[Regex] = Field(default_factory=list)  # lines whose numbers are thresholds, not results
    date_lines: list[Regex] = Field(default_factory=list)  # the line dating the measurement
    max_value: float = Field(default=100, gt=0)
    exclude_doc_types: list[str] = Field(default_factory=list)


class SurveyFacts(_Strict):
    documents: list[Regex]
    period: list[Regex]  # group (?P<period>)
    respondents: list[Regex]  # group (?P<n>)
    values: list[Regex]  # group (?P<value>)
    not_values: list[Regex] = Field(default_factory=list)  # lines whose numbers are no survey result
    vulnerable_groups: dict[str, list[Regex]]
    exclude_doc_types: list[str] = Field(default_factory=list)


class ReviewFacts(_Strict):
    documents: list[Regex]
    period: list[Regex]  # group (?P<period>)
    follow_up: list[Regex]
    problems: list[Regex]
    recommendations: list[Regex]
    exclude_doc_types: list[str] = Field(default_factory=list)


ScreenshotKind = Literal["service", "login", "news", "dashboard"]


class ScreenshotFacts(_Strict):
    path_cues: list[Regex]  # file names that say "screenshot"
    doc_types: list[str]  # doc types (and subtypes) read as screenshots
    url: Regex
    date: list[Regex]
    time: Regex
    kinds: dict[ScreenshotKind, list[Regex]]
    min_hits: int = Field(default=2, ge=1)  # cue hits a kind needs before the page is called that kind
    not_evidence: list[ScreenshotKind]  # kinds that are no evidence of a service (a finding)
    kind_labels: dict[ScreenshotKind, dict[Literal["id", "en"], str]]  # words for the finding message


class AgreementFacts(_Strict):
    documents: list[Regex]
    parties: list[Regex]  # groups (?P<a>) and (?P<b>), matched on the joined title block
    party_lines: list[Regex]  # a line naming a party, looked for just before "selanjutnya disebut PIHAK ..."
    party_marker: Regex
    validity: list[Regex]  # group (?P<validity>) and (?P<years>)
    valid_until: list[Regex]  # group (?P<date>)


class SignatureFacts(_Strict):
    page_words: list[str] = Field(default_factory=list)  # a page must hold one of them to be searched
    bsre: list[Regex]
    esigned: list[Regex]  # the text says the document was signed electronically


class PlaceholderFacts(_Strict):
    patterns: list[NamedPattern]  # unfilled template fields anywhere (except ignored lines)
    ignore_lines: list[Regex]  # lines whose blanks are draft cues (number and date lines), not leftovers
    dotted_nip: Regex  # "NIP. ........" — a signature block never filled in
    dotted_name: Regex  # "(......................)" directly above a NIP line
    skip_dotted_when: list[Regex]  # title-block words of blank forms, where dotted lines are the point


class FactsRules(_Strict):
    type: Literal["facts"]
    title_lines: int = Field(default=40, ge=5)  # how many leading lines form the title block
    head_lines: int = Field(default=15, ge=3)  # the heading itself: where a plan names its years
    budget: BudgetFacts
    plan: PlanFacts
    index: IndexFacts
    survey: SurveyFacts
    review: ReviewFacts
    screenshot: ScreenshotFacts
    agreement: AgreementFacts
    signature: SignatureFacts
    placeholders: PlaceholderFacts
    messages: dict[str, MessageRule] = Field(default_factory=dict)  # filled from messages/facts.yaml
