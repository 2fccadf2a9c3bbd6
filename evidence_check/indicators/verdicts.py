"""Judge stage: per-indicator verdicts (level, claim, status, findings, recommendation), freshness and the index."""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from ..context import PROJECT_RULES
from ..messages import MessageRule, load_catalogues, render
from ..models import Document, Evidence, Finding, IndexEstimate, IndicatorVerdict
from .claims import Claim, read_claims
from .framework import Framework, Indicator
from .index import estimate
from .labels import document_label
from .levels import REGULATION_TYPES, REVIEW_TYPES, Item, Judgement, judge
from .mapping import MATCH_MIN, effective_type
from .text import DocText

OLD_RECORD_YEARS = 2  # review/implementation records older than this before the period are stale
SUPERSEDE_TITLE_SIMILARITY = 90  # token_sort_ratio: same words, not a subset
_DIGITS = re.compile(r"\d+")
_SUBJECT_PREFIX = re.compile(r"^Tingkat Kematangan (?:Penerapan |Pelaksanaan )?")  # "… Manajemen Aset TIK"


def load_messages(dirs: tuple[Path, ...]) -> Mapping[str, MessageRule]:
    """The indicator catalogue of the run's rule dirs (validated and parsed once, with the other catalogues)."""
    return load_catalogues(dirs)["indicators"]


def make(msgs: dict[str, MessageRule], code: str, page: int | None = None, **params: object) -> Finding:
    """A finding from the message catalogue. The STALE_* variants share the public code STALE (the
    interface scripts match on); which kind it is stays readable in `rule`."""
    public = "STALE" if code.startswith("STALE_") else code
    return render(msgs[code], public, rule=f"indicators.{code}", page=page, **params)


def doc_year(doc: Document) -> int | None:
    if doc.date and doc.date[:4].isdigit():
        return int(doc.date[:4])
    return doc.year


# Legal-form families: a Peraturan replaces a Peraturan, a Keputusan a Keputusan (UU 12/2011 hierarchy).
FORM_FAMILY = {"perda": "peraturan", "perkada": "peraturan", "peraturan_menteri": "peraturan_menteri",
               "keputusan": "keputusan"}
_AMENDMENT_PREFIX = re.compile(
    r"^(?:perubahan(?: (?:pertama|kedua|ketiga|keempat|kelima))? atas )?"
    r"(?:(?:peraturan|keputusan)\b.*?\btentang )?")
_REVOKES = re.compile(r"\b(?:mencabut|dicabut|perubahan(?: (?:pertama|kedua|ketiga))? atas|tidak berlaku lagi)\b")
REVOKE_WINDOW = 250  # the revoked/amended act is cited right after the verb


def _title_key(doc: Document) -> str:
    """The subject of the title: lower-case, no "Perubahan atas Keputusan … tentang" prefix, no numbers."""
    title = " ".join((doc.title or "").replace("|", " ").lower().split())
    return " ".join(_DIGITS.sub(" ", _AMENDMENT_PREFIX.sub("", title)).split())


def _own(doc: Document) -> bool:
    return not ({"FOREIGN_ISSUER", "NATIONAL_REGULATION"} & {f.code for f in doc.findings}) \
        and doc.doc_type != "peraturan_nasional"


def _cites(newer: Document, older: Document) -> bool:
    """True when the newer act revokes or amends the older one by number (and year)."""
    number = (older.number or "").lower().strip()
    if not number:
        return False
    text = " ".join(" ".join(p.text for p in newer.pages).lower().split())
    year = str(doc_year(older) or "")
    for m in _REVOKES.finditer(text):
        window = text[m.end():m.end() + REVOKE_WINDOW]
        if re.search(rf"nomor {re.escape(number)}(?![\w/.])", window) and (not year or year in window):
            return True
    return False


def supersedes(newer: Document, older: Document, period: int) -> bool:
    """Does `newer` replace `older`? Both the agency's own, same legal-form family, and either the same subject
    (title) or an explicit revocation/amendment citing the older act."""
    y_new, y_old = doc_year(newer) or 0, doc_year(older) or 0
    if newer is older or not (y_old < y_new <= period) or newer.status == "draft" or newer.signed is False:
        return False
    family = FORM_FAMILY.get(older.doc_type or "")
    if family is None or FORM_FAMILY.get(newer.doc_type or "") != family or not (_own(newer) and _own(older)):
        return False
    a, b = _title_key(newer), _title_key(older)
    same_subject = bool(a and b) and (a == b or fuzz.token_sort_ratio(a, b) >= SUPERSEDE_TITLE_SIMILARITY)
    return same_subject or _cites(newer, older)


def freshness(docs: list[Document], period: int, msgs: dict[str, MessageRule]) -> list[Document]:
    """STALE findings: dated after the period, superseded by a newer act of the agency, old records."""
    out: list[Document] = []
    for doc in docs:
        year = doc_year(doc)
        new: list[Finding] = []
        if year and year > period:
            new.append(make(msgs, "STALE_AFTER_PERIOD", year=year, period=period))
        elif year and doc.doc_type in REVIEW_TYPES and year < period - OLD_RECORD_YEARS:
            new.append(make(msgs, "STALE_OLD_RECORD", year=year, years=OLD_RECORD_YEARS, period=period))
        if year and doc.doc_type in REGULATION_TYPES and doc.status != "draft":
            newer = [d for d in docs if supersedes(d, doc, period)]
            if newer:
                best = max(newer, key=lambda d: doc_year(d) or 0)
                new.append(make(msgs, "STALE_SUPERSEDED", year=year,
                                newer=f"{document_label(best)} ({doc_year(best)})"))
        out.append(doc.with_findings(*new) if new else doc)
    return out


def _codes(doc: Document) -> set[str]:
    """Finding codes plus catalogue keys (so STALE kinds stay distinguishable)."""
    return {f.code for f in doc.findings} | {f.rule.removeprefix("indicators.") for f in doc.findings}


def _items(docs: Sequence[Document], texts: dict[str, DocText]) -> list[Item]:
    return [Item(d, texts[d.path], effective_type(d, texts[d.path])) for d in docs]


def _supporting(ind: Indicator, docs: Sequence[Document]) -> tuple[list[Document], list[Document]]:
    """(documents backing the indicator, best first; reference-only documents)."""
    backing: list[tuple[float, int, Document]] = []
    refs: list[Document] = []
    for d in docs:
        m = next((m for m in d.indicators if m.id == ind.id), None)
        if m is None or "DUPLICATE" in _codes(d) or "STALE_AFTER_PERIOD" in _codes(d):
            continue
        if any(e.rule == "indicators.reference" for e in m.evidence):
            refs.append(d)
        elif m.score >= MATCH_MIN:
            superseded = "STALE_SUPERSEDED" in _codes(d)
            backing.append((m.score - (0.5 if superseded else 0.0), doc_year(d) or 0, d))
    backing.sort(key=lambda t: (-t[0], -t[1], t[2].path))
    return [d for _, _, d in backing], refs


def _params(fw: Framework, ind: Indicator, j: Judgement, level: int | None, claim: Claim | None) -> dict[str, Any]:
    lad = fw.ladder(ind)
    nxt = min(5, (level or 0) + 1)
    return {
        "name": ind.name, "name_en": ind.name_en, "subject": _SUBJECT_PREFIX.sub("", ind.name), "doc": j.best.label if j.best else "",
        "missing": "; ".join(j.missing) or "-", "missing_en": "; ".join(j.missing_en) or "-",
        "level": level if level is not None else "-", "claimed": claim.level if claim else "-",
        "next": nxt, "evidence": lad.evidence[nxt], "evidence_en": lad.criteria_en[nxt],
        "reason": j.needs_interview, "reason_en": j.needs_interview,
    }


def _verdict(fw: Framework, ind: Indicator, docs: Sequence[Document], texts: dict[str, DocText],
             pool: list[Item], claim: Claim | None, msgs: dict[str, MessageRule]) -> IndicatorVerdict:
    backing, refs = _supporting(ind, docs)
    j = judge(fw, ind, _items(backing, texts), pool)
    level = j.level
    params = _params(fw, ind, j, level, claim)
    findings: list[Finding] = []
    if claim and (level or 0) < claim.level:
        findings.append(make(msgs, "OVERCLAIM", **params))
    elif claim and level and level > claim.level:
        findings.append(make(msgs, "UNDERCLAIM", **params))
    if j.needs_interview:
        findings.append(make(msgs, "NEEDS_INTERVIEW", **params))
    if refs and not backing:
        findings.append(make(msgs, "REFERENCE_ONLY", docs=", ".join(d.path for d in refs[:3])))
    if level is None:
        status = "missing"
    elif claim:
        status = "supported" if level >= claim.level else "weak"
    else:
        status = "supported" if level >= 3 else "weak"
    rec = rec_en = ""
    if status != "supported" or (claim is None and (level or 0) < 3):
        code = f"REC_{fw.ladder(ind).kind.upper()}_{level or 0}"
        r = make(msgs, code, **params)
        rec, rec_en = r.message, r.message_en
    basis = list(j.basis)
    if j.needs_interview:
        basis.append(Evidence("indicators.needs_interview", j.needs_interview, None, "indicator"))
    return IndicatorVerdict(
        id=ind.id, name=ind.name, domain=fw.aspect(ind.aspect).domain, aspect=ind.aspect, weight=ind.weight,
        level=level, claimed_level=claim.level if claim else None, status=status,  # type: ignore[arg-type]
        documents=tuple(d.path for d in backing), findings=tuple(findings), recommendation=rec,
        recommendation_en=rec_en, basis=tuple(basis), needs_interview=bool(j.needs_interview),
    )


def build_verdicts(docs: Sequence[Document], framework: Framework, options: Any
                   ) -> tuple[list[IndicatorVerdict], IndexEstimate | None, list[Document]]:
    dirs = (PROJECT_RULES, *getattr(options, "rules_dirs", ()))
    msgs = load_messages(dirs)
    ids = {i.id for i in framework.indicators}
    claims = read_claims(options.klaim, ids) if getattr(options, "klaim", None) else None
    period = int(getattr(options, "tahun", 0) or 9999)
    out_docs = freshness(list(docs), period, msgs)
    texts = {d.path: DocText.of(d) for d in out_docs}
    pool = [it for it in _items(out_docs, texts)
            if not ({"STALE_AFTER_PERIOD", "STALE_OLD_RECORD", "DUPLICATE"} & _codes(it.doc))]
    verdicts = [_verdict(framework, ind, out_docs, texts, pool, (claims or {}).get(ind.id), msgs)
                for ind in framework.indicators]
    supported = {v.id: v.level for v in verdicts}
    # unclaimed indicators count at their supported level, so the two indices differ only where claims do
    claimed = {i: (claims[i].level if i in claims else supported[i]) for i in ids} if claims is not None else None
    index = estimate(framework, supported, claimed, getattr(options, "lang", "id"))
    return verdicts, index, [replace(d) for d in out_docs]
