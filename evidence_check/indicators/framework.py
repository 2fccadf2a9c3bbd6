"""The evaluation framework as data: pydantic schema for rules/frameworks/<id>.yaml, loader and lookups.

The schema is generic over frameworks (PermenPANRB 59/2020, the older 5/2018, Pemdi 2025): indicators refer to a
ladder by name and a ladder has a closed `kind`, so a new framework is a new YAML file, not new code.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Union

if TYPE_CHECKING:
    from .itemframework import ItemFramework

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import RuleError
from ..rules.loader import find_rule_files, read_yaml, validation_problems
from .text import register_anchors

LadderKind = Literal["policy", "process", "audit", "service"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LevelName(_Strict):
    id: str
    en: str


class Predicate(_Strict):
    min: float
    id: str
    en: str


class Domain(_Strict):
    id: int
    name: str
    name_en: str
    weight: float = Field(gt=0)


class Aspect(_Strict):
    id: int
    domain: int
    name: str
    name_en: str
    weight: float = Field(gt=0)


class Element(_Strict):
    """A piece of content a document must show (near the indicator's subject) for a level."""

    name: str
    name_en: str
    phrases: list[str] = Field(min_length=1)


class Register(_Strict):
    """A register/inventory table that backs an indicator without naming it: a header column and item kinds."""

    columns: list[str] = Field(min_length=1)
    items: list[str] = Field(min_length=1)
    min_items: int = 2


class Ladder(_Strict):
    kind: LadderKind
    scale: str
    doc_types: dict[str, float]  # doc_type -> how much such a document can back the indicator (0-1)
    criteria: dict[int, str]
    criteria_en: dict[int, str]
    evidence: dict[int, str]  # typical bukti dukung per level


class Cues(_Strict):
    review: list[str]
    follow_up: list[str]
    revision: list[str]
    all_units: list[str]
    pedoman: list[str]
    strategic: list[str]
    drafting: list[str]
    formal_plan: list[str]
    audit_report: list[str]
    audit_plan: list[str]
    internal_auditor: list[str]
    external_auditor: list[str]
    certified: list[str]
    interaction: list[str]
    transaction: list[str]
    collaboration: list[str]
    optimum: list[str]
    login_only: list[str]
    organisation_regulation: list[str]
    old_framework: list[str]
    umbrella: list[str]


class Indicator(_Strict):
    id: int
    name: str
    name_en: str
    aspect: int
    weight: float = Field(gt=0)
    ladder: str
    aliases: list[str] = []
    names: list[str] = Field(min_length=1)
    keywords: list[str] = []
    elements: list[Element] = []
    all_units: bool = False
    l2_requires: list[Element] = []
    l3_requires: list[Element] = []
    l4_cues: list[str] = []
    # what level 4 lacks when no l4_cue is found; default "keterpaduan dengan <first l4 cue>"
    l4_missing: str = ""
    l4_missing_en: str = ""
    # SPBE review/evaluation records (minutes, invitations, attendance lists, monitoring reports) back it
    review_records: bool = False
    inventory: Register | None = None


class FrameworkFile(_Strict):
    id: str
    kind: Literal["ladders"] = "ladders"
    name: str
    name_en: str
    periods: list[int] = []  # first and last evaluation year it governs (framework selection by period)
    total_weight: float = 100.0
    scales: dict[str, dict[int, LevelName]]
    predicates: list[Predicate] = Field(min_length=1)
    domains: list[Domain] = Field(min_length=1)
    aspects: list[Aspect] = Field(min_length=1)
    cues: Cues
    ladders: dict[str, Ladder]
    indicators: list[Indicator] = Field(min_length=1)


def _close(a: float, b: float) -> bool:
    return abs(a - b) < 1e-6


def cross_check(path: Path, fw: FrameworkFile) -> list[str]:
    """References and weight sums that pydantic cannot see, each problem naming file and key."""
    problems: list[str] = []
    domains = {d.id: d for d in fw.domains}
    aspects = {a.id: a for a in fw.aspects}
    seen: set[int] = set()
    for i, ind in enumerate(fw.indicators):
        key = f"indicators.{i}"
        if ind.id in seen:
            problems.append(f"{path}: key '{key}.id': duplicate indicator id {ind.id}")
        seen.add(ind.id)
        if ind.aspect not in aspects:
            problems.append(f"{path}: key '{key}.aspect': unknown aspect {ind.aspect}")
        if ind.ladder not in fw.ladders:
            problems.append(f"{path}: key '{key}.ladder': unknown ladder '{ind.ladder}'")
    for i, asp in enumerate(fw.aspects):
        if asp.domain not in domains:
            problems.append(f"{path}: key 'aspects.{i}.domain': unknown domain {asp.domain}")
        total = sum(x.weight for x in fw.indicators if x.aspect == asp.id)
        if not _close(total, asp.weight):
            problems.append(f"{path}: key 'aspects.{i}.weight': {asp.weight} but its indicators sum to {total:g}")
    for i, dom in enumerate(fw.domains):
        total = sum(a.weight for a in fw.aspects if a.domain == dom.id)
        if not _close(total, dom.weight):
            problems.append(f"{path}: key 'domains.{i}.weight': {dom.weight} but its aspects sum to {total:g}")
    if not _close(sum(d.weight for d in fw.domains), fw.total_weight):
        problems.append(f"{path}: key 'domains': weights do not sum to total_weight {fw.total_weight:g}")
    for name, lad in fw.ladders.items():
        if lad.scale not in fw.scales:
            problems.append(f"{path}: key 'ladders.{name}.scale': unknown scale '{lad.scale}'")
        for part in ("criteria", "criteria_en", "evidence"):
            if sorted(getattr(lad, part)) != [1, 2, 3, 4, 5]:
                problems.append(f"{path}: key 'ladders.{name}.{part}': needs levels 1-5")
    return problems


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """One regex for a phrase list: whole words, any whitespace between words, longest phrase first.

    Compiled once per phrase list and process: the item judge asks for the same few hundred lists for
    every document of every agency, and building the alternation cost more than matching it."""
    return _compile_phrases(tuple(phrases))


@functools.lru_cache(maxsize=8192)
def _compile_phrases(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    parts = sorted({p.strip().lower() for p in phrases if p.strip()}, key=len, reverse=True)
    if not parts:
        return None
    alts = [r"\s+".join(re.escape(w) for w in p.split()) for p in parts]
    pattern = re.compile(r"(?<![\w])(?:" + "|".join(alts) + r")(?![\w])")
    register_anchors(pattern, parts)
    return pattern


class IndicatorLookups:
    """Lookups every loaded framework offers over its `data.indicators` (either kind of framework file)."""

    data: Any

    @property
    def indicators(self) -> list[Any]:
        return list(self.data.indicators)

    def indicator(self, ind_id: int) -> Any:
        return next(i for i in self.data.indicators if i.id == ind_id)

    def has_indicator(self, ind_id: int) -> bool:
        return any(i.id == ind_id for i in self.data.indicators)

    def aspect(self, aspect_id: int) -> Any:
        return next(a for a in self.data.aspects if a.id == aspect_id)


@dataclass(frozen=True)
class Framework(IndicatorLookups):
    """A loaded framework plus precompiled phrase patterns; what the indicator stages work with."""

    id: str
    source: Path
    data: FrameworkFile
    kind: str = "ladders"

    def ladder(self, ind: Indicator) -> Ladder:
        return self.data.ladders[ind.ladder]

    def level_name(self, ind: Indicator, level: int | None, lang: str = "id") -> str:
        if level is None:
            return ""
        name = self.data.scales[self.ladder(ind).scale][level]
        return name.en if lang == "en" else name.id

    def predicate(self, value: float, lang: str = "id") -> str:
        for p in sorted(self.data.predicates, key=lambda p: p.min, reverse=True):
            if value >= p.min - 1e-9:
                return p.en if lang == "en" else p.id
        return ""

    def pattern(self, phrases: tuple[str, ...]) -> re.Pattern[str] | None:
        return phrase_pattern(phrases)

    def cue(self, name: str) -> re.Pattern[str] | None:
        return phrase_pattern(getattr(self.data.cues, name))


AnyFramework = Union[Framework, "ItemFramework"]


def load_framework_file(path: Path) -> AnyFramework:
    """A framework file of either kind: `kind: items` (Pemdi and later) or the 59/2020 ladders."""
    from .itemframework import load_item_framework

    raw = _raw_framework(path)
    if isinstance(raw, dict) and raw.get("kind") == "items":
        return load_item_framework(path, raw)
    if raw is None:
        raise RuleError([f"{path}: file is empty"])
    try:
        data = FrameworkFile.model_validate(raw)
    except ValidationError as exc:
        raise RuleError(validation_problems(path, exc)) from None
    problems = cross_check(path, data)
    if problems:
        raise RuleError(problems)
    return Framework(id=data.id, source=path, data=data)


def load_framework(dirs: tuple[Path, ...], framework_id: str) -> AnyFramework:
    """Pick rules/frameworks/<framework_id>.yaml across the rule dirs (a later overlay wins), or a file path."""
    as_path = Path(framework_id)
    if as_path.suffix in (".yaml", ".yml") and as_path.exists():
        return load_framework_file(as_path)
    files = find_rule_files(dirs, f"frameworks/{framework_id}.yaml")
    if not files:
        known = sorted({p.stem for d in dirs for p in d.glob("frameworks/*.yaml")})
        raise RuleError([f"frameworks/{framework_id}.yaml: framework not found (available: {', '.join(known) or '-'})"])
    return load_framework_file(files[-1])


def framework_periods(dirs: tuple[Path, ...]) -> dict[str, tuple[int, int]]:
    """Framework id → (first, last) evaluation year it governs, from each file's `periods` key."""
    out: dict[str, tuple[int, int]] = {}
    for path in find_rule_files(dirs, "frameworks/*.yaml"):
        raw = _raw_framework(path)
        if isinstance(raw, dict) and isinstance(raw.get("periods"), list) and len(raw["periods"]) == 2:
            out[str(raw.get("id", path.stem))] = (int(raw["periods"][0]), int(raw["periods"][1]))
    return out


def _raw_framework(path: Path) -> Any:
    """The parsed YAML of a framework file, parsed once per file state (path, size, mtime): choosing the
    framework by period reads every framework file and loading the chosen one read it again, and a
    framework is the biggest rule file. Callers validate it and must not change it."""
    try:
        st = path.stat()
    except OSError:
        return read_yaml(path)  # names the file in the error
    return _parse_cached(path, st.st_size, st.st_mtime_ns)


@functools.lru_cache(maxsize=16)
def _parse_cached(path: Path, size: int, mtime_ns: int) -> Any:
    return read_yaml(path)


def select_framework(dirs: tuple[Path, ...], period: int, override: str | None) -> tuple[str, str, str]:
    """(framework id, reason in Indonesian, reason in English): --framework wins, else the evaluation period."""
    if override:
        return override, f"dipilih dengan --framework {override}", f"chosen with --framework {override}"
    spans = framework_periods(dirs)
    fitting = sorted((span[0], fid) for fid, span in spans.items() if span[0] <= period <= span[1])
    if fitting:
        fid = fitting[-1][1]  # the newest framework whose periods include the year
        first, last = spans[fid]
        return (fid, f"periode evaluasi {period} ({first}–{last} memakai kerangka ini)",
                f"evaluation period {period} ({first}–{last} use this framework)")
    newest = max(spans.items(), key=lambda kv: kv[1][0], default=None)
    if newest is None:
        raise RuleError(["frameworks/: no framework declares the periods it governs"])
    if period > newest[1][1]:
        return (newest[0], f"periode evaluasi {period} setelah semua kerangka; kerangka terbaru dipakai",
                f"evaluation period {period} is after every framework; the newest is used")
    oldest = min(spans.items(), key=lambda kv: kv[1][0])
    return (oldest[0], f"periode evaluasi {period} sebelum semua kerangka; kerangka tertua dipakai",
            f"evaluation period {period} is before every framework; the oldest is used")
