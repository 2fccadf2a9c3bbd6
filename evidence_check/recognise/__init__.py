"""Recognise each document: type, status, number/year/date, title, issuer, agency (issue 4).

Public stage functions (signatures are the pipeline's contract):
    load_recognition_rules(dirs) -> RecognitionRules
    recognise_document(doc, rules) -> Document
    resolve_agency(docs, instansi, rules) -> Agency
    assess_provenance(doc, agency, rules) -> Document     # FOREIGN_ISSUER / NATIONAL_REGULATION
    mark_duplicates(docs, rules) -> list[Document]              # DUPLICATE
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from ..models import Agency, Document, Evidence, Finding
from ..rules.loader import rule_files_state
from .agency import find_region, sop_approver, issuer_from_heading, issuer_from_letterhead, normalise_agency, same_agency
from .cues import Hit
from .doctype import classify
from .duplicates import find_duplicates
from .facts import extract_facts
from .findings import make_finding
from .metadata import (
    SPELLED_DATE_RULE,
    NumberRead,
    budget_form_number,
    conflicting_year,
    cover_title,
    dated_year,
    read_date,
    read_number,
    read_title,
    number_line_year,
    second_page_year,
    title_year,
)
from .schema import RecognitionRules, load_rules
from .status import StatusVerdict, decide_status
from .subtype import assign_subtype
from .text import View, build_view

NATIONAL_TYPES = ("peraturan_nasional", "peraturan_menteri")
OWN_POLICY_TYPES = ("perda", "perkada", "keputusan", "surat_edaran", "sop", "pedoman", "dokumen_perencanaan")
# What an agency produces while doing SPBE: another body's version of these (a ministry's socialisation
# slides, another agency's report) is reference material, not the agency's evidence. Letters and
# invitations are left out: they are addressed to the agency and may record its participation.
OWN_WORK_TYPES = OWN_POLICY_TYPES + ("laporan", "paparan", "notulen", "tangkapan_layar")


def warm_up() -> None:
    """Build the spaCy pipeline now (seconds on a busy machine) rather than on the first document."""
    from .cues import nlp

    nlp()


def load_recognition_rules(dirs: tuple[Path, ...]) -> RecognitionRules:
    """Load and validate the recognition rules of `dirs` (a broken file raises RuleError, every time).

    Parsed once per set of rule files as they are on disk (path, size, mtime), as the message catalogues
    are: a batch, the web app and the tests load them for every run, and parsing the YAML cost more than
    reading a small agency's text layers. An edited file is read anew."""
    dirs = tuple(dirs)
    return _load_parsed(dirs, rule_files_state(dirs, "**/*.yaml"))


@lru_cache(maxsize=8)
def _load_parsed(dirs: tuple[Path, ...], state: tuple[tuple[str, int, int], ...]) -> RecognitionRules:
    """`state` only keys the cache: the same dirs with other file contents are another entry."""
    return load_rules(dirs)


def _ev(hit: Hit, field: str) -> Evidence:
    return Evidence(rule=hit.cue_id, text=hit.text, page=hit.page, field=field)


def recognise_document(doc: Document, rules: RecognitionRules) -> Document:
    if not doc.readable and (doc.format or "") not in ("image", "pptx"):
        return doc
    view = build_view(doc, rules.ocr)
    tv = classify(doc, view, rules)
    rule = rules.doctype(tv.doc_type)
    legal = bool(rule and rule.legal_form)
    evidence: list[Evidence] = [_ev(h, "doc_type") for h in tv.hits]
    start = tv.heading.line if tv.heading else 0
    number = read_number(view, start, rules)
    if number is None and tv.doc_type == "sop" and start > 0:
        number = read_number(view, 0, rules)  # an SOP box's "Nomor SOP" cell can stand above its title cell
    if number is None and tv.doc_type == "dokumen_perencanaan":
        number = budget_form_number(view)  # a DPA/RKA print: the budget code in its "NO DPA SKPD" box
    if number is not None and not legal and tv.doc_type not in ("undangan", "sop", "surat_edaran") and number.placeholder:
        number = None  # a stray "No." in a report's first lines is not a document number
    sv = decide_status(doc, tv.doc_type, legal, bool(rule and rule.status_applies), number, view, rules)
    evidence += [_ev(h, "status") for h in sv.decisive]
    evidence += [_ev(h, "status") for h in sv.image_slots if sv.status != "enacted"]
    if sv.signed:
        evidence += [_ev(h, "signed") for h in sv.enacted_hits if "ttd" in h.cue_id or "bsre" in h.cue_id
                     or "signature" in h.cue_id]
    if number is not None:
        evidence.append(Evidence("metadata.number", number.line, number.page, "number"))
        if number.white_slot is not None and sv.status == "draft":
            # why a blank on a scan counts: the page image shows no handwriting in the slot
            evidence.append(Evidence("status.white_number_slot", f"{number.white_slot:.2%}", number.page, "status"))
    title = read_title(view, start)
    if title:
        evidence.append(Evidence("metadata.tentang", title[0][:160], title[1], "title"))
    elif not legal and tv.doc_type in COVER_TITLE_TYPES and tv.heading is not None:
        title = cover_title(view, tv.heading.line)
        if title:
            evidence.append(Evidence("metadata.cover_title", title[0][:160], title[1], "title"))
    date = read_date(view, rules)
    if date:
        evidence.append(Evidence(date[2], date[0], date[1], "date"))
    issuer, agency = (None, None)
    if tv.heading is not None and legal:
        heading_lines = [ln for _, ln in view.title[tv.heading.line: tv.heading.line + 3]]
        head = []
        for ln in heading_lines:
            if head and (ln.strip().upper().startswith(("NOMOR", "TENTANG", "TANGGAL")) or ln.strip() == ":"):
                break
            head.append(ln.strip())
        issuer, agency = issuer_from_heading(" ".join(head), tv.doc_type, rules)
    if not agency:
        li, la = issuer_from_letterhead([ln for _, ln in view.title], rules)
        issuer, agency = issuer or li, la
    if tv.doc_type == "sop" and (issuer is None or issuer.startswith("Pemerintah")):
        issuer = sop_approver(view, agency) or issuer
    if not agency and view.title:
        region = find_region(view.title_text, rules)
        agency = region[0].label if region else None
    if issuer:
        evidence.append(Evidence("metadata.issuer", issuer, view.title_page, "issuer"))
    year, year_ev = _read_year(number, date, view, rules, tv.hits)
    register = conflicting_year(year, view) if legal else None
    if register is not None:
        year_ev = Evidence("metadata.year_conflict", f"judul {year}, register {register}", None, "year")
        year = None
    if year_ev is not None:
        evidence.append(year_ev)
    own_number = number.number if number else None
    if own_number and year_ev is not None and year_ev.rule == "year.spelled_date" and year is not None:
        fixed = _number_year_from_words(own_number, year)
        if fixed != own_number:
            evidence.append(Evidence("metadata.number_year", f"{own_number} → {fixed}", year_ev.page, "number"))
            own_number = fixed
    findings = list(_status_findings(tv.doc_type, sv, rules))
    doc = replace(
        doc, doc_type=tv.doc_type, status=sv.status, signed=sv.signed, title=title[0] if title else None,
        number=own_number, year=year, date=date[0] if date else None, issuer=issuer,
        agency=agency, evidence=doc.evidence + tuple(evidence), findings=doc.findings + tuple(findings))
    doc = assign_subtype(doc, view, rules)  # issue 11: rpjmd, sk_tim_asesor, hasil_indeks, dasbor …
    return extract_facts(doc, rules)  # issue 11: budget codes, index, survey, signatures … (facts.py)


# kinds whose title is the cover's heading rather than a TENTANG or Perihal line (not minutes: their heading
# "NOTULEN RAPAT" says nothing; the subject is in the "Tema/Acara" field)
COVER_TITLE_TYPES = ("laporan", "pedoman", "dokumen_perencanaan", "paparan", "sop")


def _number_year_from_words(number: str, year: int) -> str:
    """A scanned number's year segment that differs by one digit from the year the date writes in words
    ("800/Disdukcapil-KB/428/2013", "tahun dua ribu delapan belas"): the digit OCR misread is put right."""
    m = re.search(r"((?:19|20)\d\d)$", number)
    if not m:
        return number
    got, want = m.group(1), str(year)
    if sum(a != b for a, b in zip(got, want)) != 1:
        return number  # the same year, or another year altogether: not a misread digit
    return number[:m.start(1)] + want


def _read_year(number: NumberRead | None, date: tuple[str, int | None, str] | None, view: View,
               rules: RecognitionRules, type_hits: Sequence[Hit]) -> tuple[int | None, Evidence | None]:
    """The document's year and where it was read: its number, its own date, its title block, the year its first
    pages' dates agree on, else the year the foreword that typed it names it by."""
    if number is not None and number.year:
        if view.ocr and date is not None and date[2] == SPELLED_DATE_RULE and int(date[0][:4]) != number.year:
            # a year written in words cannot suffer the digit misreading of a scanned number ("…/2013", 2018)
            why = f"nomor {number.year}, tanggal (huruf) {date[0]}"
            return int(date[0][:4]), Evidence("year.spelled_date", why, date[1], "year")
        return number.year, Evidence("year.number", number.line, number.page, "year")
    slot = number_line_year(view) if number is None else None
    if slot is not None:  # the act's own year, typed beside a number slot OCR could not read
        return slot[0], Evidence("year.number_line", slot[1], view.title_page, "year")
    if date is not None:
        return int(date[0][:4]), Evidence("year." + date[2], date[0], date[1], "year")
    found = title_year(view)
    if found is not None:
        return found[0], Evidence(found[1], found[2][:160], view.title_page, "year")
    found = second_page_year(view)
    if found is not None:
        return found[0], Evidence(found[1], found[2][:160], view.head[1].number, "year")
    dated = dated_year(view, rules)
    if dated is not None:
        return dated, Evidence("year.dates_agree", str(dated), None, "year")
    return _foreword_year(type_hits)


_NAMED_YEAR = re.compile(r"\b(?:Tahun|TAHUN|tahun)(?:\s+(?:Anggaran|ANGGARAN|anggaran))?\s+((?:19|20)\d\d)\b")


def _foreword_year(hits: Sequence[Hit]) -> tuple[int | None, Evidence | None]:
    """The year a foreword names its document by ("Laporan Kinerja … Tahun Anggaran 2016 telah dapat disusun"):
    the words that typed the document also date it."""
    for h in hits:
        m = _NAMED_YEAR.search(h.text) if h.cue_id.endswith(".foreword") else None
        if m:
            return int(m.group(1)), Evidence("year.foreword", h.text[:160], h.page, "year")
    return None, None


def _status_findings(doc_type: str, sv: StatusVerdict, rules: RecognitionRules) -> list[Finding]:
    out: list[Finding] = []
    if sv.status == "draft":
        cue = sv.decisive[0] if sv.decisive else None
        out.append(make_finding(rules, "DRAFT", cue.cue_id if cue else "status", cue.page if cue else None,
                                cue=(cue.text[:80] if cue else "")))
    if sv.signed is False and doc_type in NATIONAL_TYPES + OWN_POLICY_TYPES:
        # numbered and dated: the signature may be an image the text layer cannot show, so only a note
        out.append(make_finding(rules, "UNSIGNED", "status.signature",
                                severity="info" if sv.status == "enacted" else None))
    if sv.blank_promulgation is not None:
        out.append(make_finding(rules, "BLANK_PROMULGATION_DATE", sv.blank_promulgation.cue_id,
                                sv.blank_promulgation.page))
    if sv.image_slots and sv.status != "enacted":
        # the number/date is an image OCR could not read: the reason the status is not `draft`
        slots = ", ".join(f"{h.cue_id.rsplit('_', 1)[-1]} hlm. {h.page}" if h.page else h.cue_id.rsplit("_", 1)[-1]
                          for h in sv.image_slots)
        out.append(make_finding(rules, "IDENTITY_IMAGE", sv.image_slots[0].cue_id, sv.image_slots[0].page,
                                slots=slots))
    if doc_type == "sop" and sv.status != "enacted" and sv.status != "draft":
        out.append(make_finding(rules, "SOP_NOT_ENACTED", "status.sop", None,
                                missing=", ".join(sv.sop_missing)))
    return out


def resolve_agency(docs: Sequence[Document], instansi: str | None, rules: RecognitionRules) -> Agency:
    """--instansi wins; otherwise the most common region among regional documents (else the most common body)."""
    if instansi:
        name = normalise_agency(instansi, rules)
        support = sum(1 for d in docs if same_agency(d.agency, name, rules))
        return Agency(name=name, inferred=False, support=support, total=len(docs))
    regional = [d.agency for d in docs if d.agency and d.doc_type not in NATIONAL_TYPES
                and d.agency.split()[0] in ("Kabupaten", "Kota", "Provinsi")]
    pool = regional or [d.agency for d in docs if d.agency and d.doc_type not in NATIONAL_TYPES
                        and d.agency != "Pemerintah Pusat"]
    if not pool:
        return Agency(name=None, inferred=True, support=0, total=len(docs))
    name, support = Counter(pool).most_common(1)[0]
    return Agency(name=name, inferred=True, support=support, total=len(docs))


def assess_provenance(doc: Document, agency: Agency, rules: RecognitionRules) -> Document:
    if not agency.name or doc.doc_type is None:
        return doc
    page = next((e.page for e in doc.evidence if e.field == "issuer"), None)
    national_body = doc.agency in {b.name for b in rules.regions.bodies if b.national}
    central_decree = national_body and doc.doc_type in ("keputusan", "surat_edaran")
    if doc.doc_type in NATIONAL_TYPES or central_decree:
        if doc.doc_type != "peraturan_nasional" and same_agency(doc.agency, agency.name, rules):
            return doc
        return doc.with_findings(make_finding(rules, "NATIONAL_REGULATION", "provenance.national", page,
                                              issuer=doc.issuer or doc.agency or "", agency=agency.name))
    if doc.agency and doc.agency != "Pemerintah Pusat" and not same_agency(doc.agency, agency.name, rules):
        regional = doc.agency.split()[0] in ("Kabupaten", "Kota", "Provinsi")
        if regional or doc.doc_type in OWN_WORK_TYPES:
            return doc.with_findings(make_finding(rules, "FOREIGN_ISSUER", "provenance.foreign", page,
                                                  doc_agency=doc.agency, agency=agency.name))
    return doc


def mark_duplicates(docs: Sequence[Document], rules: RecognitionRules) -> list[Document]:
    dups = find_duplicates(docs)
    out = []
    for d in docs:
        if d.path in dups:
            original, how = dups[d.path]
            f = make_finding(rules, "DUPLICATE", "duplicate." + how, None, original=original,
                             how="berkas identik" if how == "sha256" else "teks identik")
            d = d.with_findings(f)
        out.append(d)
    return out


__all__ = ["RecognitionRules", "assess_provenance", "load_recognition_rules", "mark_duplicates",
           "recognise_document", "resolve_agency"]
