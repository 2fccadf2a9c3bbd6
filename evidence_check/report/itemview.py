"""What the reports show for item-based frameworks (PermenPANRB 8/2026 "Pemdi"): item verdicts in the portal's
words, level names, estimated values, external indices, counts and the item table's level groups.

Like view.py, computed once from the RunReport so HTML, Markdown, sheets and the terminal say the same thing.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..models import IndicatorVerdict, ItemDocument, ItemVerdict, RunReport
from .view import fmt_num, label, norm_lang

# The portal's four outcomes, in the order an assessor reads them.
VERDICTS = ("accepted", "wrong_evidence", "missing", "auto_rejected")
# Value an indicator reaches when a level and every level below it are complete (8/2026 value model: the top
# of that level's band); a claimed level is drawn there so it compares with the estimated value.
BAND_TOPS = {1: 1.5, 2: 2.5, 3: 3.5, 4: 4.0, 5: 5.0}
# Predicate band edges of PermenPANRB 8/2026, drawn as guides on the charts.
PREDICATE_EDGES = (1.5, 2.5, 3.5, 4.0)


def verdict_label(verdict: str, lang: str) -> str:
    return label(f"verdict.{verdict}", lang)


def level_name(level: int | None, lang: str) -> str:
    """PermenPANRB 8/2026 name of a level (Merintis … Unggul); '' for no level."""
    if level is None:
        return ""
    key = f"level.pemdi.{level}"
    name = label(key, lang)
    return "" if name == key else name


def level_text(level: int | None, lang: str) -> str:
    """'1 Merintis', or '–' when there is no level."""
    if level is None:
        return "–"
    name = level_name(level, lang)
    return f"{level} {name}".strip()


def value_text(value: float | None, lang: str) -> str:
    """Two decimals with the language's decimal mark; the caller labels it an estimate."""
    return fmt_num(value, lang, 2)


def value_line(value: float | None, lang: str) -> str:
    """'Nilai 1,50 (estimasi)': a value is never shown without saying it is an estimate."""
    return label("value.line", lang, value=value_text(value, lang))


def verdict_counts(items: Iterable[ItemVerdict]) -> dict[str, int]:
    counts = dict.fromkeys(VERDICTS, 0)
    for it in items:
        counts[it.verdict] = counts.get(it.verdict, 0) + 1
    return counts


def report_verdict_counts(report: RunReport) -> dict[str, int]:
    return verdict_counts(it for v in report.indicators for it in v.items)


def counts_text(counts: dict[str, int], lang: str, sep: str = " · ") -> str:
    """'diterima 3 · tidak tepat 1 · belum diunggah 8 · otomatis ditolak 2'."""
    return sep.join(f"{verdict_label(k, lang)} {counts.get(k, 0)}" for k in VERDICTS)


def accepted_ratio(v: IndicatorVerdict) -> str:
    """'3/14' items accepted; '–' for an indicator without items."""
    if not v.items:
        return "–"
    return f"{sum(it.verdict == 'accepted' for it in v.items)}/{len(v.items)}"


def external_pending(v: IndicatorVerdict) -> bool:
    return bool(v.external and v.external.get("pending"))


def pending_count(report: RunReport) -> int:
    return sum(external_pending(v) for v in report.indicators)


def external_line(v: IndicatorVerdict, lang: str) -> str:
    """How an external index fed the value: awaiting it (provisional 1,00) or the value given and its conversion."""
    ext = v.external
    if not ext:
        return ""
    index = str(ext.get("index") or "")
    if ext.get("pending"):
        return label("external.pending_line", lang, index=index, value=value_text(v.value, lang))
    raw = ext.get("value")
    raw_text = fmt_num(float(raw), lang) if isinstance(raw, (int, float)) else "–"
    converted = ext.get("converted")
    value = converted if isinstance(converted, (int, float)) else v.value
    return label("external.given_line", lang, index=index, raw=raw_text, date=ext.get("date") or "–",
                 source=ext.get("source") or "–", value=value_text(value, lang))


def source_label(v: IndicatorVerdict, lang: str) -> str:
    return label(f"source.{v.source}", lang)


def claim_text(claimed: bool | None, lang: str) -> str:
    if claimed is None:
        return "–"
    return label("claim.yes" if claimed else "claim.no", lang)


def has_item_claims(report: RunReport) -> bool:
    """Whether the self-assessment judged items at all; without it the claim column would be all dashes."""
    return any(it.claimed is not None for v in report.indicators for it in v.items)


def overclaimed(it: ItemVerdict) -> bool:
    """The self-assessment says yes but the item is not accepted."""
    return it.claimed is True and it.verdict != "accepted"


def marks(it: ItemVerdict, lang: str) -> list[str]:
    """Short marks for an item: unconfirmed wording/placement, interview-only."""
    out = []
    if it.unconfirmed:
        out.append(label("mark.unconfirmed", lang))
    if it.interview_only:
        out.append(label("mark.interview_only", lang))
    return out


def item_text(it: ItemVerdict, lang: str) -> str:
    return it.text_en if norm_lang(lang) == "en" and it.text_en else it.text


def item_reason(it: ItemVerdict, lang: str) -> str:
    return it.reason_en if norm_lang(lang) == "en" and it.reason_en else it.reason


def item_expected(it: ItemVerdict, lang: str) -> str:
    return it.expected_en if norm_lang(lang) == "en" and it.expected_en else it.expected


def pages_text(d: ItemDocument, lang: str) -> str:
    """'hlm. 2, 3' or ''."""
    if not d.pages:
        return ""
    return f"{label('detail.page', lang)} {', '.join(str(p) for p in d.pages)}"


def document_text(d: ItemDocument, lang: str) -> str:
    """One line for sheets and Markdown: 'path (hlm. 2): “excerpt”'."""
    pages = pages_text(d, lang)
    out = d.path + (f" ({pages})" if pages else "")
    excerpt = " ".join(d.excerpt.split())
    return out + (f": “{excerpt}”" if excerpt else "")


@dataclass(frozen=True)
class LevelGroup:
    """The items of one level, as the portal lists them."""

    level: int
    name: str
    items: tuple[ItemVerdict, ...]


@dataclass(frozen=True)
class ItemTable:
    """An indicator's items: the levels shown in full, then the untouched top levels folded into one line."""

    shown: tuple[LevelGroup, ...]
    folded: tuple[LevelGroup, ...]

    @property
    def folded_count(self) -> int:
        return sum(len(g.items) for g in self.folded)


def level_groups(items: Sequence[ItemVerdict], lang: str) -> list[LevelGroup]:
    by_level: dict[int, list[ItemVerdict]] = {}
    for it in items:
        by_level.setdefault(it.level, []).append(it)
    return [LevelGroup(lvl, level_name(lvl, lang), tuple(by_level[lvl])) for lvl in sorted(by_level)]


def item_table(v: IndicatorVerdict, lang: str) -> ItemTable:
    """Levels above the first incomplete one where nothing was uploaded are folded: they are the far goal,
    and listing every empty row there would bury the items the agency should work on now."""
    groups = level_groups(v.items, lang)
    incomplete = [g.level for g in groups if any(it.verdict != "accepted" for it in g.items)]
    if not incomplete:
        return ItemTable(tuple(groups), ())
    first = incomplete[0]
    cut = len(groups)
    while cut > 0 and groups[cut - 1].level > first and all(it.verdict == "missing" for it in groups[cut - 1].items):
        cut -= 1
    return ItemTable(tuple(groups[:cut]), tuple(groups[cut:]))


def folded_line(table: ItemTable, lang: str) -> str:
    if not table.folded:
        return ""
    first, last = table.folded[0].level, table.folded[-1].level
    key = "items.collapsed_one" if first == last else "items.collapsed"
    return label(key, lang, first=first, last=last, n=table.folded_count)


def items_by_document(report: RunReport) -> dict[str, list[tuple[str, str]]]:
    """Document path → the (item code, verdict) pairs it backs or was offered for, in framework order."""
    out: dict[str, list[tuple[str, str]]] = {}
    for v in sorted(report.indicators, key=lambda x: x.id):
        for it in v.items:
            for d in it.documents:
                pairs = out.setdefault(d.path, [])
                if (it.code, it.verdict) not in pairs:
                    pairs.append((it.code, it.verdict))
    return out


def claimed_marker(v: IndicatorVerdict) -> float | None:
    """Where a claimed level sits on the value scale (top of its band), for charts."""
    return None if v.claimed_level is None else BAND_TOPS.get(v.claimed_level)
