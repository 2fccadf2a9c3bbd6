"""The to-do list: items still to supply, ordered by how much each raises the index (an estimate).

Value model (pemdi-2026.md §5, unconfirmed): v = 1 + Σ_l Δ_l · accepted_l / items_l, Δ = 0.5, 1, 1, 0.5, 1,
a level counting only while every lower level is complete. One more accepted item at level l therefore
adds Δ_l / items_l to the indicator and w/100 times that to the index, but only once the levels below it
are complete. So the items of an indicator's lowest incomplete level can raise the index now; items
above it are blocked and come after, one tier per incomplete level in between.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Literal

from ...models import IndicatorVerdict, ItemVerdict

LEVEL_STEPS: tuple[float, ...] = (0.5, 1.0, 1.0, 0.5, 1.0)  # Δ_1..Δ_5

TaskKind = Literal["missing", "wrong", "blocked"]


@dataclass(frozen=True)
class Task:
    indicator: IndicatorVerdict
    item: ItemVerdict
    kind: TaskKind
    value_gain: float  # added to the indicator value once the item is accepted and the levels below complete
    index_gain: float  # w/100 × value_gain
    tier: int  # 0: counts as soon as it is accepted; n: n incomplete levels below it
    blocking_level: int | None = None
    blocked_by: tuple[str, ...] = ()  # items of the blocking level not yet accepted


def step(level: int, steps: tuple[float, ...] = LEVEL_STEPS) -> float:
    return steps[level - 1] if 1 <= level <= len(steps) else 0.0


def lowest_incomplete(items: tuple[ItemVerdict, ...]) -> int | None:
    """The lowest level holding an item that is not accepted (None when every item is accepted)."""
    open_levels = [i.level for i in items if i.verdict != "accepted"]
    return min(open_levels) if open_levels else None


def indicator_tasks(v: IndicatorVerdict, steps: tuple[float, ...] = LEVEL_STEPS) -> list[Task]:
    """Every item of one indicator that is not accepted, with its gain and what blocks it."""
    per_level = Counter(i.level for i in v.items)
    floor = lowest_incomplete(v.items)
    if floor is None:
        return []
    incomplete = sorted({i.level for i in v.items if i.verdict != "accepted"})
    out = []
    for item in v.items:
        if item.verdict == "accepted":
            continue
        gain = step(item.level, steps) / per_level[item.level]
        below = [lv for lv in incomplete if lv < item.level]
        if below:
            blocker = below[0]
            blocked_by = tuple(i.code for i in v.items if i.level == blocker and i.verdict != "accepted")
            kind: TaskKind = "blocked"
        else:
            blocker, blocked_by = None, ()
            kind = (
                "missing"
                if item.verdict == "missing" or (item.verdict == "auto_rejected" and not item.documents)
                else "wrong"
            )
        out.append(Task(v, item, kind, gain, v.weight / 100 * gain, len(below), blocker, blocked_by))
    return out


def order(tasks: list[Task]) -> list[Task]:
    """Now-countable items first, heaviest gain first; blocked ones after, nearest to unblocking first."""
    return sorted(
        tasks, key=lambda t: (t.tier, -round(t.index_gain, 9), t.item.level, t.indicator.id, t.item.code)
    )


def all_tasks(indicators: tuple[IndicatorVerdict, ...], steps: tuple[float, ...] = LEVEL_STEPS) -> list[Task]:
    return order([t for v in indicators for t in indicator_tasks(v, steps)])
