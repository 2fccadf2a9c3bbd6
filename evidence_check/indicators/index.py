"""Indeks SPBE: aspect, domain and total indices from indicator levels with the official weights (Bab II.B)."""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..models import AreaIndex, IndexEstimate
from .framework import Framework

FLOOR_LEVEL = 1  # 59/2020 has no level 0: an indicator without evidence still scores 1


def weighted_index(values_weights: Iterable[tuple[float, float]], total_weight: float) -> float:
    """(1/B) Σ value×weight — the formula shared by aspect, domain and SPBE indices."""
    return sum(v * w for v, w in values_weights) / total_weight


def _round(x: float) -> float:
    return round(x + 1e-9, 2)


def aspect_indices(fw: Framework, levels: Mapping[int, int | None]) -> dict[int, float]:
    out: dict[int, float] = {}
    for asp in fw.data.aspects:
        pairs = [(levels.get(i.id) or FLOOR_LEVEL, i.weight) for i in fw.indicators if i.aspect == asp.id]
        out[asp.id] = weighted_index(pairs, asp.weight)
    return out


def domain_indices(fw: Framework, aspects: Mapping[int, float]) -> dict[int, float]:
    return {
        d.id: weighted_index([(aspects[a.id], a.weight) for a in fw.data.aspects if a.domain == d.id], d.weight)
        for d in fw.data.domains
    }


def total_index(fw: Framework, domains: Mapping[int, float]) -> float:
    return weighted_index([(domains[d.id], d.weight) for d in fw.data.domains], fw.data.total_weight)


def estimate(fw: Framework, supported: Mapping[int, int | None], claimed: Mapping[int, int | None] | None,
             lang: str = "id") -> IndexEstimate:
    s_asp = aspect_indices(fw, supported)
    s_dom = domain_indices(fw, s_asp)
    s_total = total_index(fw, s_dom)
    c_asp = aspect_indices(fw, claimed) if claimed is not None else None
    c_dom = domain_indices(fw, c_asp) if c_asp is not None else None
    c_total = total_index(fw, c_dom) if c_dom is not None else None
    aspects = tuple(
        AreaIndex(a.id, a.name_en if lang == "en" else a.name, a.weight, _round(s_asp[a.id]),
                  _round(c_asp[a.id]) if c_asp else None)
        for a in fw.data.aspects
    )
    domains = tuple(
        AreaIndex(d.id, d.name_en if lang == "en" else d.name, d.weight, _round(s_dom[d.id]),
                  _round(c_dom[d.id]) if c_dom else None)
        for d in fw.data.domains
    )
    return IndexEstimate(
        supported=_round(s_total),
        claimed=_round(c_total) if c_total is not None else None,
        predicate=fw.predicate(_round(s_total), lang),
        claimed_predicate=fw.predicate(_round(c_total), lang) if c_total is not None else None,
        aspects=aspects,
        domains=domains,
    )
