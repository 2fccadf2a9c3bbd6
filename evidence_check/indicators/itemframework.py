"""Item-based frameworks as data (PermenPANRB 8/2026 "Pemdi" and its successors): schema, checks, lookups.

A framework file with `kind: items` lists aspects, indicators, levels and, per level, the items an agency
uploads (`I{n}-L{l}-{NN}`), each with what evidence it expects. The judge (itemjudge.py) is generic: it
only knows the closed set of check kinds below, so next year's revision is a new YAML file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..errors import RuleError
from .framework import IndicatorLookups

if TYPE_CHECKING:
    from .itemindex import ItemIndex

ITEM_CODE = re.compile(r"^I(\d{1,2})-L([1-5])-(\d{2})$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LevelInfo(_Strict):
    id: str
    en: str
    aliases: list[str] = []


class Band(_Strict):
    """A predicate band: values up to `max` (edge ownership decided by the framework's `band_edge`)."""

    level: int = Field(ge=1, le=5)
    max: float
    id: str
    en: str


class ValueModel(_Strict):
    """v = base + Σ_l step_l · accepted_l / items_l, a level counting only while lower levels are complete."""

    base: float = 1.0
    steps: dict[int, float]
    estimate_note: str = ""
    estimate_note_en: str = ""


FactKind = Literal["budget_line", "index", "vulnerable_groups", "follow_up", "problems_recommendations",
                   "service_screenshot", "agreement", "records"]


class FactCheck(_Strict):
    """One closed kind of check on the facts recognition read from a document."""

    kind: FactKind
    prefixes: list[str] = []  # budget_line: code prefixes of the wanted sub-activity (e.g. 2.16.03)
    instruments: list[str] = []  # index: accepted instruments (IKASANDI, SDI, ...)
    area: str = ""  # index: the instrument's area, e.g. "Penanganan Insiden Siber"
    area_words: list[str] = []  # index: how documents write that area (when recognition read no area)
    line_words: list[str] = []  # budget_line: the sub-activity's name must hold one of these (e.g. aplikasi)
    min_level: int | None = None  # index: the result must reach this level's band


class Refuse(_Strict):
    """Right family, wrong object: a document matching this is offered for the item but refused."""

    subtypes: list[str] = []
    doc_types: list[str] = []  # with `any`: e.g. a regulation's article where a system export is asked
    title: list[str] = []  # phrases in the title zone (the subject)
    any: list[str] = []  # phrases anywhere (only for documents of the item's family or of `doc_types`)
    instruments: list[str] = []  # an index result of one of these instruments
    reason: str
    reason_en: str
    quiet: bool = False  # only worth saying for a document filed under the item (not a known wrong object)


class Expect(_Strict):
    """What an item accepts. A document is accepted when its kind, content, facts, status and date fit."""

    subtypes: list[str] = []
    doc_types: list[str] = []
    title: list[str] = []  # one phrase must name the subject in the title zone (with doc_types)
    any: list[str] = []  # one phrase must appear anywhere
    all: list[list[str]] = []  # every group needs one phrase
    facts: list[FactCheck] = []
    refuse: list[Refuse] = []
    family: list[str] = []  # extra subtypes that count as "offered" for the item (wrong evidence when refused)
    on_subject: bool = False  # the document must name the indicator's subject (its `topics`): a generic
    #                           review or follow-up report backs only the indicators it is about
    draft_ok: bool = False  # level 1 asks for plans *being drafted*
    fresh_years: int | None = None  # dated no earlier than period - fresh_years
    expected: str  # what would be accepted, for people
    expected_en: str


class Item(_Strict):
    code: str
    text: str
    text_en: str
    use: str = ""  # name of a shared expectation in `expectations`
    expects: Expect | None = None  # or an inline one
    unconfirmed: bool = False
    interview_only: bool = False


class Level(_Strict):
    criterion: str
    criterion_en: str
    items: list[Item] = Field(min_length=1)


class External(_Strict):
    """An indicator fed by another agency's index (SDI, SJIG, EPSS)."""

    index: str
    names: list[str] = Field(min_length=1)  # how the index is written in files and documents
    owner: str
    edges: list[float] = Field(min_length=6, max_length=6)  # index values at the level edges 1..5 (+top)
    conversion: Literal["bands", "as_is"] = "bands"
    unconfirmed: bool = False


class Indicator(_Strict):
    id: int
    code: str
    deck: str
    aspect: int
    weight: float = Field(gt=0)
    name: str
    name_en: str
    names: list[str] = []
    # the indicator's subject: a document of the agency prominently about it is *related* (shown beside the
    # indicator, counted as bearing on it) even when it fits no item
    topics: list[str] = []
    topic_titles: list[str] = []  # subjects that count only in the title zone (too common in running text)
    source: Literal["upload", "external", "hybrid"] = "upload"
    external: External | None = None
    levels: dict[int, Level]
    recommendation_hint: str = ""


class AspectDef(_Strict):
    id: int
    name: str
    name_en: str
    names: list[str] = []
    weight: float = Field(gt=0)


class ItemFrameworkFile(_Strict):
    id: str
    kind: Literal["items"]
    name: str
    name_en: str
    short: str  # "Pemdi": the index and the report title use it
    short_en: str
    periods: list[int] = Field(min_length=2, max_length=2)  # first and last evaluation year it governs
    total_weight: float = 100.0
    band_edge: Literal["upper", "lower"] = "upper"
    predicates: list[Band] = Field(min_length=5, max_length=5)
    levels: dict[int, LevelInfo]
    value_model: ValueModel
    # measurement instruments (IKASANDI, Indeks KAMI, SDI …) and how documents write their names
    instruments: dict[str, list[str]] = {}
    # phrase fallbacks for fact checks when recognition read no fact (vulnerable_groups, follow_up, …)
    fact_cues: dict[str, list[str]] = {}
    expectations: dict[str, Expect] = {}
    # Spans that never name a subject (a BSrE e-signature notice, an office's name in a letterhead): regexes on
    # the normalised (lower-case) text, blanked before the topic relation and the on-subject items look (subjects.py)
    not_subject: list[str] = []
    # subjects spanning the whole framework (SPBE, e-government): a title naming only these does not tell which
    # indicator the document is about
    umbrella_subjects: list[str] = []
    # how a ministry's or agency's regulation limits itself to its own body ("di lingkungan <body>"): then it is
    # that body's own policy, not a national reference
    own_scope: list[str] = []
    # titles of organisation regulations (SOTK: "susunan organisasi, tugas dan fungsi serta tata kerja"): their
    # duty lists name many subjects (persandian, statistik, aplikasi …) without being a policy on any of them
    organisation_titles: list[str] = []
    aspects: list[AspectDef] = Field(min_length=1)
    indicators: list[Indicator] = Field(min_length=1)


def _close(a: float, b: float) -> bool:
    return abs(a - b) < 1e-6


def cross_check(path: Path, fw: ItemFrameworkFile) -> list[str]:
    """References, codes and sums pydantic cannot see; each problem names the file and the key."""
    problems: list[str] = []
    aspects = {a.id for a in fw.aspects}
    for i, asp in enumerate(fw.aspects):
        total = sum(x.weight for x in fw.indicators if x.aspect == asp.id)
        if not _close(total, asp.weight):
            problems.append(f"{path}: key 'aspects.{i}.weight': {asp.weight:g} but its indicators sum to {total:g}")
    if not _close(sum(a.weight for a in fw.aspects), fw.total_weight):
        problems.append(f"{path}: key 'aspects': weights do not sum to total_weight {fw.total_weight:g}")
    if sorted(fw.levels) != [1, 2, 3, 4, 5]:
        problems.append(f"{path}: key 'levels': needs levels 1-5")
    if sorted(fw.value_model.steps) != [1, 2, 3, 4, 5]:
        problems.append(f"{path}: key 'value_model.steps': needs levels 1-5")
    for i, rx in enumerate(fw.not_subject):
        try:
            re.compile(rx)
        except re.error as exc:
            problems.append(f"{path}: key 'not_subject.{i}': not a regular expression ({exc})")
    seen_codes: set[str] = set()
    seen_ids: set[int] = set()
    for i, ind in enumerate(fw.indicators):
        key = f"indicators.{i}"
        if ind.id in seen_ids:
            problems.append(f"{path}: key '{key}.id': duplicate indicator id {ind.id}")
        seen_ids.add(ind.id)
        if ind.aspect not in aspects:
            problems.append(f"{path}: key '{key}.aspect': unknown aspect {ind.aspect}")
        if ind.source != "upload" and ind.external is None and ind.source == "external":
            problems.append(f"{path}: key '{key}.external': an external indicator needs its index")
        if sorted(ind.levels) != [1, 2, 3, 4, 5]:
            problems.append(f"{path}: key '{key}.levels': needs levels 1-5")
        for lvl, level in ind.levels.items():
            for j, item in enumerate(level.items):
                ikey = f"{key}.levels.{lvl}.items.{j}"
                m = ITEM_CODE.match(item.code)
                if not m or int(m.group(1)) != ind.id or int(m.group(2)) != lvl:
                    problems.append(f"{path}: key '{ikey}.code': '{item.code}' is not I{ind.id}-L{lvl}-NN")
                if item.code in seen_codes:
                    problems.append(f"{path}: key '{ikey}.code': duplicate item code {item.code}")
                seen_codes.add(item.code)
                if (item.use == "") == (item.expects is None):
                    problems.append(f"{path}: key '{ikey}': give exactly one of 'use' and 'expects'")
                elif item.use and item.use not in fw.expectations:
                    problems.append(f"{path}: key '{ikey}.use': unknown expectation '{item.use}'")
    return problems


@dataclass(frozen=True)
class ItemFramework(IndicatorLookups):
    """A loaded item-based framework; what the item judge works with."""

    id: str
    source: Path
    data: ItemFrameworkFile
    kind: str = "items"

    def expectation(self, item: Item) -> Expect:
        return item.expects if item.expects is not None else self.data.expectations[item.use]

    def items(self) -> list[tuple[Indicator, int, Item]]:
        return [(ind, lvl, it) for ind in self.indicators for lvl in sorted(ind.levels)
                for it in ind.levels[lvl].items]

    @cached_property
    def item_index(self) -> ItemIndex:
        """Which items a document can bear on by its kind (itemindex.py); built on first use, once per
        loaded framework (a worker judges hundreds of agencies with one)."""
        from .itemindex import ItemIndex

        return ItemIndex.build(self)

    @cached_property
    def not_subject_patterns(self) -> tuple[re.Pattern[str], ...]:
        """The `not_subject` regexes, compiled once per loaded framework (checked at load by cross_check)."""
        return tuple(re.compile(rx) for rx in self.data.not_subject)

    def band(self, value: float) -> Band:
        """The predicate band of a value; which band owns an edge value is the file's `band_edge` setting."""
        bands = sorted(self.data.predicates, key=lambda b: b.max)
        for b in bands:
            if (value <= b.max + 1e-9) if self.data.band_edge == "upper" else (value < b.max - 1e-9):
                return b
        return bands[-1]

    def predicate(self, value: float, lang: str = "id") -> str:
        b = self.band(value)
        return b.en if lang == "en" else b.id

    def level_name(self, level: int | None, lang: str = "id") -> str:
        if level is None:
            return ""
        info = self.data.levels[level]
        return info.en if lang == "en" else info.id


def load_item_framework(path: Path, data: object) -> ItemFramework:
    from pydantic import ValidationError

    from ..rules.loader import validation_problems

    try:
        fw = ItemFrameworkFile.model_validate(data)
    except ValidationError as exc:
        raise RuleError(validation_problems(path, exc)) from None
    problems = cross_check(path, fw)
    if problems:
        raise RuleError(problems)
    return ItemFramework(id=fw.id, source=path, data=fw)
