"""Level judgement per indicator, following the framework's ladders (policy, process, audit, service).

Each judge returns a `Judgement`: the level the documents can carry, the evidence behind it, what is missing for
the next level (Indonesian and English), and whether the level needs the interview or a live system to confirm.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..models import Document, Evidence
from .framework import Element, Framework, Indicator
from .labels import document_label, title_case
from .text import DocText, Hit, first_hit

NEAR_CHARS = 700  # content elements are listed right after the subject's heading or definition

REGULATION_TYPES = frozenset({"perda", "perkada", "keputusan", "peraturan_menteri"})
FORMAL_TYPES = REGULATION_TYPES | {"pedoman", "sop", "dokumen_perencanaan", "laporan"}
REVIEW_TYPES = frozenset({"notulen", "laporan", "undangan", "paparan", "lainnya", "surat_edaran"})


@dataclass(frozen=True)
class Item:
    """A supporting document with its normalised text and recognised type."""

    doc: Document
    dt: DocText
    doc_type: str | None

    @property
    def draft(self) -> bool:
        return self.doc.status == "draft" or any(f.code == "DRAFT" for f in self.doc.findings)

    @property
    def label(self) -> str:
        return document_label(self.doc, self.doc_type, self.draft)


@dataclass
class Judgement:
    level: int | None
    basis: list[Evidence] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    missing_en: list[str] = field(default_factory=list)
    needs_interview: str = ""  # why, when documents cannot settle the level
    best: Item | None = None

    def lack(self, id_text: str, en_text: str) -> None:
        self.missing.append(id_text)
        self.missing_en.append(en_text)


def _ev(rule: str, item: Item, pattern_hit: object | None = None, text: str = "") -> Evidence:
    page = getattr(pattern_hit, "page", None)
    snippet = getattr(pattern_hit, "snippet", "") or text or item.label
    return Evidence(rule=rule, text=f"{item.doc.path}: {snippet}", page=page, field="indicator")


def subject_pages(fw: Framework, ind: Indicator, item: Item) -> set[int]:
    """Pages that name the indicator's subject, with their neighbours (content sits near its heading)."""
    pages = {h.page for h in item.dt.body().hits(fw.pattern(tuple(ind.names + ind.aliases)))}
    return pages | {p + 1 for p in pages} | {p - 1 for p in pages}


def near_subject_hit(fw: Framework, ind: Indicator, it: Item, el: Element) -> Hit | None:
    """An element phrase within NEAR_CHARS of a mention of the indicator's subject (same or next page).

    Both are read from the body: a Ketentuan Umum definition ("Manajemen Data adalah proses pengelolaan arsitektur
    data, data induk, …") names the content without regulating it."""
    body = it.dt.body()
    subjects = body.hits(fw.pattern(tuple(ind.names + ind.aliases)))
    for hit in body.hits(fw.pattern(tuple(el.phrases)), subject_pages(fw, ind, it)):
        for s in subjects:
            same = s.page == hit.page and abs(s.start - hit.start) <= NEAR_CHARS
            if same or (s.page + 1 == hit.page and hit.start <= NEAR_CHARS):
                return hit
    return None


def elements_found(fw: Framework, ind: Indicator, elements: Sequence[Element], items: Sequence[Item],
                   near_subject: bool = True) -> dict[str, Evidence]:
    found: dict[str, Evidence] = {}
    for el in elements:
        for it in items:
            hit = near_subject_hit(fw, ind, it, el) if near_subject else first_hit(it.dt, fw.pattern(tuple(el.phrases)))
            if hit:
                found[el.name] = _ev(f"indicators.{ind.id}.element", it, hit)
                break
    return found


def cue_hit(fw: Framework, cue: str, items: Sequence[Item]) -> tuple[Item, object] | None:
    for it in items:
        hit = first_hit(it.dt, fw.cue(cue))
        if hit:
            return it, hit
    return None


def phrases_hit(fw: Framework, phrases: list[str], items: Sequence[Item]) -> tuple[Item, object] | None:
    for it in items:
        hit = first_hit(it.dt, fw.pattern(tuple(phrases)))
        if hit:
            return it, hit
    return None


def review_evidence(fw: Framework, ind: Indicator, pool: Sequence[Item]) -> tuple[Item, object] | None:
    """A review/evaluation record (notulen, laporan, undangan) that names the indicator's subject or SPBE."""
    general = ["kebijakan spbe", "sistem pemerintahan berbasis elektronik"] if fw.ladder(ind).kind == "policy" else []
    subject = fw.pattern(tuple(ind.names + ind.aliases + general))
    for it in pool:
        if it.doc_type not in REVIEW_TYPES or not it.dt.has(subject):
            continue
        hit = first_hit(it.dt, fw.cue("review"))
        if hit:
            return it, hit
    return None


def _missing_elements(j: Judgement, elements: Sequence[Element], found: dict[str, Evidence]) -> bool:
    lacking = [e for e in elements if e.name not in found]
    if lacking:
        j.lack(", ".join(e.name for e in lacking), ", ".join(e.name_en for e in lacking))
    return not lacking


def _coverage(fw: Framework, ind: Indicator, items: Sequence[Item], j: Judgement) -> bool:
    """Level-3 scope: every content element, or (for unit-scoped indicators) all units."""
    ok = True
    if ind.elements:
        found = elements_found(fw, ind, ind.elements, items)
        j.basis.extend(found.values())
        ok = _missing_elements(j, ind.elements, found)
    if ind.all_units:
        hit = cue_hit(fw, "all_units", items)
        if hit:
            j.basis.append(_ev("indicators.all_units", hit[0], hit[1]))
        else:
            ok = False
            if fw.ladder(ind).kind == "policy":
                j.lack("ketentuan yang berlaku bagi seluruh unit kerja/perangkat daerah", "a provision covering all units")
            else:
                j.lack("bukti penerapan di seluruh unit kerja/perangkat daerah", "evidence of use in all units")
    return ok


def _requires(fw: Framework, ind: Indicator, elements: Sequence[Element], items: Sequence[Item], j: Judgement) -> bool:
    found = elements_found(fw, ind, elements, items, near_subject=False)
    for el in elements:  # SOP requirements are also met by a document recognised as an SOP
        if el.name not in found and "sop" in el.phrases:
            sop = next((it for it in items if it.doc_type == "sop" and not it.draft), None)
            if sop:
                found[el.name] = _ev("indicators.sop", sop)
    j.basis.extend(found.values())
    return _missing_elements(j, elements, found)


def _integration_and_review(fw: Framework, ind: Indicator, items: Sequence[Item], pool: Sequence[Item],
                            j: Judgement, strategic: bool = False) -> bool:
    integ = phrases_hit(fw, ind.l4_cues, items) if ind.l4_cues else None
    if strategic and not integ:
        integ = cue_hit(fw, "strategic", items)
    review = review_evidence(fw, ind, pool)
    if integ:
        j.basis.append(_ev("indicators.integration", integ[0], integ[1]))
    elif ind.l4_missing:
        j.lack(ind.l4_missing, ind.l4_missing_en or ind.l4_missing)
    elif ind.l4_cues or strategic:
        counterpart = title_case(ind.l4_cues[0].upper()) if ind.l4_cues else "Tim Koordinasi SPBE"
        j.lack(f"keterpaduan dengan {counterpart}", f"integration with {counterpart}")
    if review:
        j.basis.append(_ev("indicators.review", review[0], review[1]))
    else:
        j.lack("bukti reviu dan evaluasi periodik (notulen/laporan hasil evaluasi)",
               "evidence of periodic review and evaluation (minutes/evaluation report)")
    return bool(integ or not (ind.l4_cues or strategic)) and bool(review)


def judge_policy(fw: Framework, ind: Indicator, items: Sequence[Item], pool: Sequence[Item]) -> Judgement:
    policies = [it for it in items if it.doc_type in REGULATION_TYPES and not it.draft]
    j = Judgement(level=1, best=(policies or list(items))[0])
    if not policies:
        j.basis.append(_ev("indicators.policy.draft_or_informal", items[0], text=items[0].label))
        j.lack("kebijakan yang telah ditetapkan (bernomor, bertanggal, ditandatangani)",
               "an enacted policy (numbered, dated, signed)")
        return j
    j.basis.append(_ev("indicators.policy.enacted", policies[0], text=policies[0].label))
    j.level = 2
    if not _coverage(fw, ind, policies, j):
        return j
    j.level = 3
    if not _integration_and_review(fw, ind, policies, pool, j):
        return j
    j.level = 4
    revision = cue_hit(fw, "revision", policies)
    years = {it.doc.year for it in policies if it.doc.year}
    if revision or len(years) > 1:
        j.level = 5
        j.basis.append(_ev("indicators.revision", revision[0], revision[1]) if revision
                       else Evidence("indicators.revision", f"kebijakan tahun {sorted(years)}", None, "indicator"))
    else:
        j.lack("kebijakan baru/perubahan yang menindaklanjuti hasil evaluasi", "a revised policy following the review")
    return j


def judge_process(fw: Framework, ind: Indicator, items: Sequence[Item], pool: Sequence[Item]) -> Judgement:
    formal = [it for it in items if it.doc_type in FORMAL_TYPES and not it.draft]
    j = Judgement(level=1, best=(formal or list(items))[0])
    if not formal:
        j.basis.append(_ev("indicators.process.informal", items[0], text=items[0].label))
        j.lack("dokumen yang terdokumentasi secara formal (ditetapkan/disahkan)", "formally documented evidence")
        return j
    j.basis.append(_ev("indicators.process.formal", formal[0], text=formal[0].label))
    if ind.l2_requires and not _requires(fw, ind, ind.l2_requires, items, j):
        return j
    j.level = 2
    pedoman = next((it for it in formal if it.doc_type in {"pedoman", "sop"} | REGULATION_TYPES), None)
    hit = cue_hit(fw, "pedoman", formal)
    if pedoman or hit:
        j.basis.append(_ev("indicators.pedoman", pedoman or hit[0], None if pedoman else hit[1]))  # type: ignore[index]
    else:
        j.lack("pedoman/SOP yang menjadi acuan pelaksanaan", "a guideline/SOP the practice follows")
    covered = _coverage(fw, ind, items, j)
    required = _requires(fw, ind, ind.l3_requires, items, j) if ind.l3_requires else True
    if not (pedoman or hit) or not covered or not required:
        if (pedoman or hit) and required and not covered and ind.all_units:
            j.needs_interview = "cakupan seluruh unit kerja perlu dikonfirmasi saat interviu"
        return j
    j.level = 3
    if not _integration_and_review(fw, ind, items, pool, j, strategic=ind.ladder == "manajemen"):
        return j
    j.level = 4
    follow = cue_hit(fw, "follow_up", [it for it in pool if it.doc_type in REVIEW_TYPES])
    if follow:
        j.level = 5
        j.basis.append(_ev("indicators.follow_up", follow[0], follow[1]))
    else:
        j.lack("bukti tindak lanjut hasil reviu (perbaikan)", "evidence that review results were acted on")
    return j


def judge_audit(fw: Framework, ind: Indicator, items: Sequence[Item], pool: Sequence[Item]) -> Judgement:
    formal = [it for it in items if not it.draft and it.doc_type not in {"undangan", "notulen"}]
    report = cue_hit(fw, "audit_report", formal)
    plan = cue_hit(fw, "audit_plan", formal)
    j = Judgement(level=1, best=(report[0] if report else (formal or list(items))[0]))
    if not formal or not (report or plan):
        j.basis.append(_ev("indicators.audit.adhoc", items[0], text=items[0].label))
        j.lack("rencana audit yang terdokumentasi secara formal", "a formally documented audit plan")
        return j
    j.level = 2
    j.basis.append(_ev("indicators.audit.plan_or_report", *(report or plan)))  # type: ignore[arg-type]
    if not report:
        j.lack("laporan hasil audit sesuai pedoman audit", "an audit report following the audit guideline")
        return j
    src = [report[0]]
    external = cue_hit(fw, "external_auditor", src)
    certified = cue_hit(fw, "certified", src)
    internal = cue_hit(fw, "internal_auditor", src) or cue_hit(fw, "pedoman", src)
    if external and certified:
        j.level = 4
        j.basis += [_ev("indicators.audit.external", *external), _ev("indicators.audit.certified", *certified)]  # type: ignore[arg-type]
        follow = cue_hit(fw, "follow_up", [it for it in pool if it.doc_type in REVIEW_TYPES])
        if follow:
            j.level = 5
            j.basis.append(_ev("indicators.follow_up", *follow))  # type: ignore[arg-type]
        else:
            j.lack("bukti tindak lanjut temuan audit", "evidence that audit findings were followed up")
        return j
    if internal:
        j.level = 3
        j.basis.append(_ev("indicators.audit.internal", *internal))  # type: ignore[arg-type]
    else:
        j.lack("pelaksanaan audit oleh auditor TIK internal sesuai pedoman", "an audit by an internal ICT auditor per the guideline")
    j.lack("audit oleh auditor eksternal bersertifikat auditor TIK/keamanan informasi",
           "an audit by a certified external ICT/security auditor")
    return j


def judge_service(fw: Framework, ind: Indicator, items: Sequence[Item], pool: Sequence[Item]) -> Judgement:
    j = Judgement(level=1, best=items[0])
    j.basis.append(_ev("indicators.service.information", items[0], text=items[0].label))
    tiers = (("interaction", 2, 1, "fitur interaksi (pencarian, unggah, unduh)", "interaction features"),
             ("transaction", 3, 2, "alur transaksi (validasi, persetujuan, notifikasi)", "transaction workflow"),
             ("collaboration", 4, 1, "integrasi/pertukaran data dengan layanan lain (API)", "integration with other services"))
    # A workflow with approvals and notifications is interactive by nature, so transaction evidence
    # stands without the interaction words; collaboration (level 4) still needs a shown transaction,
    # because an integration claimed in a caption is not an integrated service.
    shown = []
    for cue, level, need, miss_id, miss_en in tiers:
        if len({h.phrase for it in items for h in it.dt.hits(fw.cue(cue))}) >= need:
            shown.append((cue, level))
    names = {c for c, _ in shown}
    if "transaction" not in names:
        shown = [(c, lv) for c, lv in shown if c == "interaction"]
    for cue, level in shown:
        hit = cue_hit(fw, cue, items)
        j.basis.append(_ev(f"indicators.service.{cue}", *hit))  # type: ignore[misc]
        j.level = max(j.level, level)
    nxt = next((t for t in tiers if t[1] == j.level + 1), None)
    if nxt is not None:
        j.lack(nxt[3], nxt[4])
    if j.level == 4:
        opt = cue_hit(fw, "optimum", items)
        if opt and review_evidence(fw, ind, pool):
            j.level = 5
            j.basis.append(_ev("indicators.service.optimum", *opt))  # type: ignore[arg-type]
        else:
            j.lack("bukti peningkatan layanan hasil reviu/evaluasi", "evidence of improvement after review")
    only_login = all(it.doc_type == "tangkapan_layar" for it in items) and j.level == 1 and cue_hit(fw, "login_only", items)
    if only_login:
        j.basis.append(_ev("indicators.service.login_only", *only_login))  # type: ignore[arg-type]
    if j.level >= 3 or only_login:
        j.needs_interview = "tingkat layanan perlu ditunjukkan pada sistem yang berjalan (demo/akun uji)"
    return j


JUDGES = {"policy": judge_policy, "process": judge_process, "audit": judge_audit, "service": judge_service}


def judge(fw: Framework, ind: Indicator, items: Sequence[Item], pool: Sequence[Item]) -> Judgement:
    """Level for one indicator from its supporting documents (`items`) and every document of the run (`pool`)."""
    if not items:
        return Judgement(level=None)
    return JUDGES[fw.ladder(ind).kind](fw, ind, items, pool)
