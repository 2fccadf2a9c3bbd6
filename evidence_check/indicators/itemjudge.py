"""Judge stage for item-based frameworks (PermenPANRB 8/2026): item verdicts, gating, values, index, claims.

Generic over the framework file: every item says what it expects (itemframework.Expect); this module only
applies the portal's rules — one verdict per item (accepted / wrong_evidence / missing / auto_rejected),
higher levels refused while a lower one has a refused item, the value model, the weighted index.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..context import PROJECT_RULES
from ..messages import MessageRule, load_catalogues, fmt, render
from ..models import (AreaIndex, Document, Evidence, Finding, IndexEstimate, IndicatorMatch, IndicatorVerdict,
                      ItemDocument, ItemVerdict)
from .externals import external_values
from .itemcheck import (
    NOT_RELATED,
    ExternalValue,
    Outcome,
    DocRecord,
    assess,
    doc_record,
    index_year,
    instrument_of,
    level_of_value,
    related,
)
from .itemclaims import ItemClaims, read_item_claims
from .itemframework import Expect, Indicator, Item, ItemFramework
from .labels import document_label
from .text import DocText

MAX_DOCS_PER_ITEM = 3
_FOLDER_INDICATOR = re.compile(r"(?:^|[/\s_\-(\[])(?:I|Ind(?:ikator)?[\s._-]?)(\d{1,2})(?=$|[/\s_\-.)\]])", re.I)
_ITEM_IN_PATH = re.compile(r"I(\d{1,2})[-_ ]?L([1-5])[-_ ]?(\d{2})", re.I)


def load_item_messages(dirs: tuple[Path, ...]) -> Mapping[str, MessageRule]:
    """The item catalogue of the run's rule dirs (validated and parsed once, with the other catalogues)."""
    return load_catalogues(dirs)["items"]


@dataclass(frozen=True)
class Msg:
    """The item catalogue plus the run's language-independent helpers."""

    rules: Mapping[str, MessageRule]

    def text(self, key: str, **params: object) -> tuple[str, str]:
        m = self.rules[key]
        return fmt(m.id, params), fmt(m.en, params)

    def finding(self, key: str, public: str, page: int | None = None, **params: object) -> Finding:
        return render(self.rules[key], public, rule=f"items.{key}", page=page, **params)


@functools.lru_cache(maxsize=4096)  # asked for every item of the framework about the same few paths
def path_hints(path: str) -> tuple[frozenset[int], frozenset[str]]:
    """Indicators and item codes the agency filed a document under (folder or file name)."""
    head = path.split("!/")[0]
    items = {f"I{int(a)}-L{b}-{c}" for a, b, c in _ITEM_IN_PATH.findall(head)}
    inds = {int(m) for m in _FOLDER_INDICATOR.findall(head)} | {int(c.split("-")[0][1:]) for c in items}
    return frozenset(i for i in inds if 1 <= i <= 99), frozenset(items)


def _item_document(doc: Document, out: Outcome) -> ItemDocument:
    return ItemDocument(path=doc.path, pages=out.pages, excerpt=" ".join(out.excerpt.split())[:240], rule=out.rule)


@dataclass(frozen=True)
class RawItem:
    """An item's verdict before gating: who backs it, who was offered and why refused."""

    indicator: Indicator
    level: int
    item: Item
    expect: Expect
    accepted: tuple[tuple[Document, Outcome], ...]
    offered: tuple[tuple[Document, Outcome], ...]


def _external_outcome(ind: Indicator, value: ExternalValue | None, exp: Expect, fw: ItemFramework
                      ) -> Outcome | None:
    for check in exp.facts:
        if check.kind != "index" or value is None:
            continue  # the value was matched to this indicator by the index names in the framework file
        level = level_of_value(fw, convert_external(ind, value.value)) if ind.external else level_of_value(fw, value.value)
        if check.min_level and level < check.min_level:
            return Outcome(False, True, "R_INDEX_BELOW", (("instrument", value.index), ("value", f"{value.value:.2f}"),
                                                          ("level", str(check.min_level))), rule="external")
        return Outcome(True, True, excerpt=f"{value.index} = {value.value:.2f} ({value.date or '-'}; {value.source})",
                       score=3.0, rule="external")
    return None


def judge_item(ind: Indicator, level: int, item: Item, fw: ItemFramework, docs: Sequence[Document],
               records: Mapping[str, DocRecord], period: int, externals: dict[str, ExternalValue]) -> RawItem:
    """`records`: doc_record of every document of `docs`, by path (read once per document, not per item)."""
    exp = fw.expectation(item)
    accepted: list[tuple[Document, Outcome]] = []
    offered: list[tuple[Document, Outcome]] = []
    ext = externals.get(ind.code)
    ext_out = _external_outcome(ind, ext, exp, fw)
    if ext_out is not None:
        pseudo = Document(path=f"[indeks eksternal] {ext.source if ext else ''}".strip())
        (accepted if ext_out.accepted else offered).append((pseudo, ext_out))
    topics = ind.topics + ind.names
    for doc in docs:
        inds, codes = path_hints(doc.path)
        rec = records[doc.path]
        out = assess(doc, rec.dt, exp, fw, period, item.code in codes, rule=item.code,
                     ind_hint=ind.id in inds and not codes, topics=topics, ind_id=ind.id, record=rec)
        if out is NOT_RELATED or not out.offered:
            continue
        (accepted if out.accepted else offered).append((doc, out))
    accepted.sort(key=lambda pair: -pair[1].score)
    offered.sort(key=lambda pair: -pair[1].score)
    return RawItem(ind, level, item, exp, tuple(accepted[:MAX_DOCS_PER_ITEM]), tuple(offered[:MAX_DOCS_PER_ITEM]))


def _place_orphans(ind: Indicator, raws: list[RawItem], docs: Sequence[Document], msg: Msg) -> list[RawItem]:
    """A document filed under the indicator (folder "I9 …") that fits none of its items is offered for the
    first item, so the agency learns the file is the wrong evidence rather than seeing it vanish."""
    used = {d.path for r in raws for d, _ in (*r.accepted, *r.offered)}
    orphans = [d for d in docs if ind.id in path_hints(d.path)[0] and not path_hints(d.path)[1] and d.path not in used
               and not any(f.code in ("NATIONAL_REGULATION",) for f in d.findings)]
    if not orphans or not raws:
        return raws
    first = raws[0]
    extra = tuple((d, Outcome(False, True, "R_WRONG_KIND", rule=first.item.code)) for d in orphans[:MAX_DOCS_PER_ITEM])
    return [replace(first, offered=first.offered + extra), *raws[1:]]


def _reason_for(raw: RawItem, msg: Msg) -> tuple[str, str]:
    doc, out = raw.offered[0]
    params: dict[str, object] = dict(out.param_dict)
    label = document_label(doc) if doc.pages else doc.path
    params["doc"] = label
    rid, ren = msg.text(out.reason_key, **params)
    return rid, ren


def gate(raws: Sequence[RawItem], msg: Msg) -> list[ItemVerdict]:
    """Portal verdicts: a level's items are refused automatically while a lower level has a refused item."""
    out: list[ItemVerdict] = []
    blocked_by: int | None = None
    missing = msg.text("R_MISSING")  # the same words for every missing item
    for level in range(1, 6):
        level_raws = [r for r in raws if r.level == level]
        level_complete = True
        for r in level_raws:
            exp_id, exp_en = r.expect.expected, r.expect.expected_en
            common = dict(level=r.level, expected=exp_id, expected_en=exp_en, text=r.item.text,
                          text_en=r.item.text_en, unconfirmed=r.item.unconfirmed, interview_only=r.item.interview_only)
            if r.accepted and blocked_by is None:
                doc, o = r.accepted[0]
                rid, ren = msg.text("R_ACCEPTED", doc=document_label(doc) if doc.pages else doc.path,
                                    excerpt=o.excerpt[:120])
                out.append(ItemVerdict(code=r.item.code, verdict="accepted",
                                       documents=tuple(_item_document(d, o) for d, o in r.accepted),
                                       reason=rid, reason_en=ren, **common))  # type: ignore[arg-type]
                continue
            level_complete = False
            offered = r.accepted or r.offered
            if blocked_by is not None and offered:
                rid, ren = msg.text("R_AUTO_REJECTED", blocked=blocked_by)
                out.append(ItemVerdict(code=r.item.code, verdict="auto_rejected",
                                       documents=tuple(_item_document(d, o) for d, o in offered),
                                       reason=rid, reason_en=ren, **common))  # type: ignore[arg-type]
            elif r.offered:
                rid, ren = _reason_for(r, msg)
                out.append(ItemVerdict(code=r.item.code, verdict="wrong_evidence",
                                       documents=tuple(_item_document(d, o) for d, o in r.offered),
                                       reason=rid, reason_en=ren, **common))  # type: ignore[arg-type]
            else:
                rid, ren = missing
                out.append(ItemVerdict(code=r.item.code, verdict="missing", reason=rid, reason_en=ren,
                                       **common))  # type: ignore[arg-type]
        if not level_complete and blocked_by is None:
            blocked_by = level
    return out


def value_of(fw: ItemFramework, accepted_per_level: dict[int, tuple[int, int]]) -> float:
    """v = base + Σ step_l · accepted_l/items_l, counting a level only while every lower level is complete."""
    model = fw.data.value_model
    value = model.base
    for level in range(1, 6):
        got, total = accepted_per_level.get(level, (0, 0))
        if total == 0:
            continue
        value += model.steps[level] * got / total
        if got < total:
            break
    return min(5.0, value)


def convert_external(ind: Indicator, value: float) -> float:
    """An external index on its own scale → 1.00–5.00, piecewise linear over the level edges."""
    ext = ind.external
    if ext is None or ext.conversion == "as_is":
        return max(1.0, min(5.0, value))
    targets = [1.0, 1.5, 2.5, 3.5, 4.0, 5.0]
    edges = ext.edges
    if value <= edges[0]:
        return 1.0
    for i in range(5):
        lo, hi = edges[i], edges[i + 1]
        if value <= hi:
            return targets[i] + (targets[i + 1] - targets[i]) * (value - lo) / (hi - lo)
    return 5.0


def _level_counts(items: Sequence[ItemVerdict], counts: Callable[[ItemVerdict], bool]
                  ) -> dict[int, tuple[int, int]]:
    """Level → (items that count, items): accepted ones for the estimate, claimed ones for the claim."""
    out: dict[int, tuple[int, int]] = {}
    for it in items:
        got, total = out.get(it.level, (0, 0))
        out[it.level] = (got + counts(it), total + 1)
    return out


def _full_levels(fw: ItemFramework, ind: Indicator, level: int) -> float:
    counts = {lvl: (len(ind.levels[lvl].items),) * 2 if lvl <= level else (0, len(ind.levels[lvl].items))
              for lvl in ind.levels}
    return value_of(fw, counts)


def _status(items: Sequence[ItemVerdict]) -> str:
    if any(i.verdict == "accepted" for i in items):
        l1 = [i for i in items if i.level == 1]
        return "supported" if all(i.verdict == "accepted" for i in l1) else "weak"
    if any(i.verdict in ("wrong_evidence", "auto_rejected") for i in items):
        return "weak"
    return "missing"


def _recommendation(ind: Indicator, items: Sequence[ItemVerdict], msg: Msg) -> tuple[str, str]:
    open_items = [i for i in items if i.verdict != "accepted"]
    if not open_items:
        return msg.text("REC_DONE")
    target = min(i.level for i in open_items)
    parts_id, parts_en = [], []
    for it in (i for i in open_items if i.level == target):
        if it.verdict == "wrong_evidence" and it.documents:
            a, b = msg.text("REC_FIX", item=it.code, doc=it.documents[0].path, reason=it.reason,
                            reason_en=it.reason_en, expected=it.expected, expected_en=it.expected_en)
        else:
            a, b = msg.text("REC_ADD", item=it.code, expected=it.expected, expected_en=it.expected_en)
        parts_id.append(a)
        parts_en.append(b)
    head_id, head_en = msg.text("REC_NEXT", level=target, item=ind.code)
    return head_id + " " + " ".join(parts_id), head_en + " " + " ".join(parts_en)


def _claim_findings(ind: Indicator, items: Sequence[ItemVerdict], claims: ItemClaims, level_done: int,
                    msg: Msg) -> list[Finding]:
    out: list[Finding] = []
    for it in items:
        claimed = claims.items.get(it.code)
        if claimed is True and it.verdict != "accepted":
            word_id, word_en = msg.text(f"V_{it.verdict}")  # the portal's words, not the code
            out.append(msg.finding("F_OVERCLAIM_ITEM", "OVERCLAIM", item=it.code, verdict=word_id, verdict_en=word_en,
                                   reason=it.reason, reason_en=it.reason_en))
        elif claimed is False and it.verdict == "accepted":
            out.append(msg.finding("F_UNDERCLAIM_ITEM", "UNDERCLAIM", item=it.code))
    lvl = claims.levels.get(ind.id)
    if lvl is not None and lvl > level_done:
        out.append(msg.finding("F_OVERCLAIM_LEVEL", "OVERCLAIM", item=ind.code, claimed=lvl, level=level_done))
    elif lvl is not None and lvl < level_done:
        out.append(msg.finding("F_UNDERCLAIM_LEVEL", "UNDERCLAIM", item=ind.code, claimed=lvl, level=level_done))
    return out


def supported_level(items: Sequence[ItemVerdict]) -> int:
    """The highest level whose items, and every lower level's, are all accepted (1 at least: no level 0)."""
    level = 1
    for lvl in range(1, 6):
        these = [i for i in items if i.level == lvl]
        if these and all(i.verdict == "accepted" for i in these):
            level = lvl
        else:
            break
    return level


def _stale_findings(docs: list[Document], fw: ItemFramework, texts: dict[str, DocText], period: int,
                    window: int, msg: Msg) -> list[Document]:
    """An index result measured before the evaluation's window is STALE on the document itself."""
    out = []
    for doc in docs:
        if doc.subtype != "hasil_indeks" and not doc.facts.get("index"):
            out.append(doc)
            continue
        name, _ = instrument_of(doc, texts[doc.path], fw)
        year = index_year(doc)
        if name and year is not None and year < period - window:
            doc = doc.with_findings(msg.finding("F_STALE_INDEX", "STALE", instrument=name, year=year,
                                                window=window, period=period))
        out.append(doc)
    return out


def judge_items(docs: Sequence[Document], fw: ItemFramework, options: Any
                ) -> tuple[list[IndicatorVerdict], IndexEstimate, list[Document]]:
    dirs = (PROJECT_RULES, *getattr(options, "rules_dirs", ()))
    msg = Msg(load_item_messages(dirs))
    period = int(getattr(options, "tahun", 0) or 9999)
    lang = getattr(options, "lang", "id")
    claims = read_item_claims(options.klaim, fw) if getattr(options, "klaim", None) else None
    docs = list(docs)
    texts = {d.path: DocText.of(d) for d in docs}
    externals = external_values(getattr(options, "indeks_eksternal", None), docs, texts, fw)
    docs = _stale_findings(docs, fw, texts, period, 1, msg)
    pool = [d for d in docs if not any(f.code == "DUPLICATE" for f in d.findings)]
    records = {d.path: doc_record(d, texts[d.path], fw) for d in pool}
    verdicts: list[IndicatorVerdict] = []
    backing: dict[str, list[tuple[int, Evidence]]] = {}
    related_docs: dict[str, list[tuple[int, Evidence]]] = {}
    values: dict[int, float] = {}
    claimed_values: dict[int, float] = {}
    index = fw.item_index
    for ind in fw.indicators:
        # each item sees only the documents it could answer for (itemindex.py): the same verdicts, a few
        # candidates instead of every document of the folder
        raws = [judge_item(ind, lvl, it, fw, index.candidates(it.code, ind.id, pool, path_hints), records, period,
                           externals)
                for lvl in sorted(ind.levels) for it in ind.levels[lvl].items]
        raws = _place_orphans(ind, raws, pool, msg)
        items = gate(raws, msg)
        if claims is not None:
            items = [replace(i, claimed=claims.items.get(i.code)) for i in items]
        level = supported_level(items)
        findings: list[Finding] = []
        external: dict[str, Any] | None = None
        if ind.source in ("external", "hybrid") and ind.external is not None:
            ext = externals.get(ind.code)
            if ext is None:
                value = 1.0
                external = {"index": ind.external.index, "value": None, "date": None, "source": None,
                            "converted": 1.0, "pending": True}
                findings.append(msg.finding("F_EXTERNAL_PENDING", "EXTERNAL_PENDING", index=ind.external.index))
            else:
                value = convert_external(ind, ext.value)
                external = {"index": ext.index, "value": ext.value, "date": ext.date, "source": ext.source,
                            "converted": round(value, 2), "pending": False}
            level = fw.band(value).level
        else:
            value = value_of(fw, _level_counts(items, lambda i: i.verdict == "accepted"))
        values[ind.id] = value
        if claims is not None:
            if any(code.startswith(f"{ind.code}-") for code in claims.items):
                claimed_values[ind.id] = value_of(fw, _level_counts(items, lambda i: bool(claims.items.get(i.code))))
            elif ind.id in claims.levels:
                claimed_values[ind.id] = _full_levels(fw, ind, claims.levels[ind.id])
            else:
                claimed_values[ind.id] = value
            findings += _claim_findings(ind, items, claims, level, msg)
        if any(i.interview_only and i.verdict != "accepted" for i in items):
            codes = ", ".join(i.code for i in items if i.interview_only)
            findings.append(msg.finding("F_INTERVIEW", "NEEDS_INTERVIEW", codes=codes))
        rec_id, rec_en = _recommendation(ind, items, msg)
        used = {d.path for it in items for d in it.documents}
        near = [(d, hit) for d in pool if d.path not in used
                for hit in [related(d, texts[d.path], ind, fw, records[d.path])] if hit is not None]
        if near:
            names = ", ".join(d.path for d, _ in near[:4]) + (" …" if len(near) > 4 else "")
            a, b = msg.text("REC_RELATED", docs=names)
            rec_id, rec_en = f"{rec_id} {a}", f"{rec_en} {b}"
        for d, hit in near:
            related_docs.setdefault(d.path, []).append(
                (ind.id, Evidence(rule=f"{ind.code}:topic", text=hit.snippet, page=hit.page, field="indicator")))
        for it in items:
            if it.verdict == "accepted":
                for d in it.documents:
                    backing.setdefault(d.path, []).append(
                        (ind.id, Evidence(rule=it.code, text=d.excerpt, page=d.pages[0] if d.pages else None,
                                          field="indicator")))
        docs_used = tuple(dict.fromkeys(d.path for it in items if it.verdict == "accepted" for d in it.documents))
        verdicts.append(IndicatorVerdict(
            id=ind.id, name=ind.name_en if lang == "en" else ind.name, domain=None, aspect=ind.aspect,
            weight=ind.weight, level=level, claimed_level=(claims.levels.get(ind.id) if claims else None),
            status=_status(items), documents=docs_used, findings=tuple(findings),  # type: ignore[arg-type]
            recommendation=rec_id, recommendation_en=rec_en, needs_interview=any(i.interview_only for i in items),
            code=ind.code, value=round(value + 1e-9, 2), source=ind.source, items=tuple(items), external=external,
            claimed_value=round(claimed_values[ind.id] + 1e-9, 2) if ind.id in claimed_values else None))
    index = estimate_index(fw, values, claimed_values if claims is not None else None, lang)
    out_docs = [_with_matches(d, backing.get(d.path, []), related_docs.get(d.path, [])) for d in docs]
    return verdicts, index, out_docs


RELATED_SCORE = 0.5  # bears on the indicator without fitting one of its items


def _with_matches(doc: Document, backing: list[tuple[int, Evidence]], near: list[tuple[int, Evidence]]) -> Document:
    """The document's indicators: score 1.0 where it backs an accepted item, RELATED_SCORE where it is only about
    the indicator's subject."""
    by_ind: dict[int, tuple[float, list[Evidence]]] = {}
    for ind_id, ev in backing:
        by_ind.setdefault(ind_id, (1.0, []))[1].append(ev)
    for ind_id, ev in near:
        by_ind.setdefault(ind_id, (RELATED_SCORE, []))[1].append(ev)
    matches = tuple(IndicatorMatch(id=i, score=score, evidence=tuple(evs[:5]))
                    for i, (score, evs) in sorted(by_ind.items()))
    return replace(doc, indicators=matches)


def aspect_values(fw: ItemFramework, values: dict[int, float]) -> dict[int, float]:
    """A_i = Σ_j w_j·v_j / W_i over the aspect's indicators."""
    out = {}
    for asp in fw.data.aspects:
        inds = [i for i in fw.indicators if i.aspect == asp.id]
        out[asp.id] = sum(i.weight * values.get(i.id, 1.0) for i in inds) / asp.weight
    return out


def total_value(fw: ItemFramework, aspects: dict[int, float]) -> float:
    """Indeks = Σ_i W_i/100 · A_i (the same as Σ over all indicators of w_j/100 · v_j)."""
    return sum(a.weight * aspects[a.id] for a in fw.data.aspects) / fw.data.total_weight


def _round(x: float) -> float:
    return round(x + 1e-9, 2)


def estimate_index(fw: ItemFramework, values: dict[int, float], claimed: dict[int, float] | None,
                   lang: str = "id") -> IndexEstimate:
    s_asp = aspect_values(fw, values)
    s_total = total_value(fw, s_asp)
    c_asp = aspect_values(fw, claimed) if claimed is not None else None
    c_total = total_value(fw, c_asp) if c_asp is not None else None
    aspects = tuple(
        AreaIndex(a.id, a.name_en if lang == "en" else a.name, a.weight, _round(s_asp[a.id]),
                  _round(c_asp[a.id]) if c_asp else None, fw.predicate(s_asp[a.id], lang))
        for a in fw.data.aspects)
    return IndexEstimate(
        supported=_round(s_total), claimed=_round(c_total) if c_total is not None else None,
        predicate=fw.predicate(s_total, lang),
        claimed_predicate=fw.predicate(c_total, lang) if c_total is not None else None,
        aspects=aspects, domains=())


def document_indicators(doc: Document, fw: ItemFramework, period: int) -> dict[int, list[str]]:
    """Indicator id → the items one document would back on its own (before gating): what a document
    is evidence for, independent of the rest of the folder."""
    texts = {doc.path: DocText.of(doc)}
    records = {doc.path: doc_record(doc, texts[doc.path], fw)}
    out: dict[int, list[str]] = {}
    index = fw.item_index
    for ind, lvl, item in fw.items():
        raw = judge_item(ind, lvl, item, fw, index.candidates(item.code, ind.id, [doc], path_hints), records,
                         period, {})
        if raw.accepted:
            out.setdefault(ind.id, []).append(item.code)
    for ind in fw.indicators:
        if ind.id not in out and related(doc, texts[doc.path], ind, fw, records[doc.path]):
            out[ind.id] = [f"{ind.code}:topic"]
    return out
