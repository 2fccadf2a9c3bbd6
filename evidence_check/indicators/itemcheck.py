"""Does one document meet one item's expectation? The closed set of checks an item-based framework can ask for.

Pure functions over a Document, its normalised text and the run's facts (period, external index values);
the judge (itemjudge.py) turns their answers into item verdicts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from ..models import Document
from .framework import phrase_pattern
from .itemframework import Expect, FactCheck, Indicator, ItemFramework
from .subjects import Subjects, subject_view, subjects
from .text import PATTERN_ANCHORS, DocText, Hit, first_hit, may_hold, normalise, snippet, tokens_of

# Sub-activity codes of the regional budget classification (Kepmendagri 050-5889/2021): 2.16.03.2.02.0037.
SUB_ACTIVITY = re.compile(r"(?<![\d.])(\d\s?\.\s?\d{2}\s?\.\s?\d{2}\s?\.\s?\d\s?\.\s?\d{2}\s?\.\s?\d{4})(?![\d])")
REFERENCE_CODES = frozenset({"NATIONAL_REGULATION"})
FOREIGN_CODES = frozenset({"FOREIGN_ISSUER"})
UNREADABLE_SEVERITY = "error"
# refusals for missing content: shown only for documents filed for the item or of its exact subtype
CONTENT_REASONS = frozenset({"R_NO_CONTENT", "R_NO_FOLLOW_UP", "R_NO_PROBLEMS_RECS", "R_NO_RECORDS", "R_NO_AGREEMENT",
                             "R_NO_VULNERABLE"})


@dataclass(frozen=True)
class ExternalValue:
    """One measurement of an external index (from --indeks-eksternal or a recognised result document)."""

    index: str
    value: float
    date: str | None
    source: str
    note: str = ""


@dataclass(frozen=True)
class Outcome:
    """A document held against one item: accepted, offered but refused (with the reason), or unrelated."""

    accepted: bool
    offered: bool
    reason_key: str = ""  # key of rules/messages/items.yaml explaining a refusal
    params: tuple[tuple[str, str], ...] = ()
    pages: tuple[int, ...] = ()
    excerpt: str = ""
    score: float = 0.0
    rule: str = ""

    @property
    def param_dict(self) -> dict[str, str]:
        return dict(self.params)


NOT_RELATED = Outcome(accepted=False, offered=False)


def pattern(phrases: list[str]) -> re.Pattern[str] | None:
    return phrase_pattern(phrases) if phrases else None


def doc_year(doc: Document) -> int | None:
    if doc.date and doc.date[:4].isdigit():
        return int(doc.date[:4])
    return doc.year


def _index_fact(doc: Document) -> dict[str, Any]:
    got = doc.facts.get("index") if isinstance(doc.facts, dict) else None
    return got if isinstance(got, dict) else {}


def instrument_of(doc: Document, dt: DocText, fw: ItemFramework) -> tuple[str | None, Hit | None]:
    """Which measurement instrument a result document reports: the recognised fact first, else its words.
    Remembered per document text (`dt` is the document's own): asked by externals, staleness and every index
    or instrument-refusing item."""
    return dt.remember(("instrument_of", fw.id), lambda: _instrument_of(doc, dt, fw))


def _instrument_of(doc: Document, dt: DocText, fw: ItemFramework) -> tuple[str | None, Hit | None]:
    fact = _index_fact(doc)
    if fact.get("instrument"):
        return str(fact["instrument"]), None
    best: tuple[int, str, Hit] | None = None
    for name, phrases in fw.data.instruments.items():
        hit = first_hit(dt, pattern(phrases))
        if hit and (best is None or (hit.page, hit.start) < (best[2].page, best[2].start)):
            best = (0, name, hit)
    return (best[1], best[2]) if best else (None, None)


def _same_instrument(a: str, b: str) -> bool:
    return a.strip().lower() == b.strip().lower()


SHORT_DOC_PAGES = 3  # in a short document one mention of the subject is what it is about
PROMINENT_HITS = 2  # a subject named this often is what the document is about, not a passing mention


HEAD_CHARS = 350  # the first lines of page 1 (kop, document kind) sit outside a recognised title


def _title_hit(dt: DocText, phrases: list[str]) -> Hit | None:
    """A phrase in the title zone or the head of the first page ("PERJANJIAN KERJA SAMA" above the title)."""
    pat = pattern(phrases)
    if pat is None:
        return None
    # every item of a framework asks about the same few title lists: remembered per document text
    return dt.remember(("title_hit", pat), lambda: _search_title(dt, pat))


def _search_title(dt: DocText, pat: re.Pattern[str]) -> Hit | None:
    # a phrase list none of whose phrases has all its words in the zone cannot match there (text.py anchors)
    anchors = PATTERN_ANCHORS.get(pat)
    zone_words = dt.remember("title_zone_words", lambda: tokens_of(dt.title_zone)) if anchors else None
    m = pat.search(dt.title_zone) if zone_words is None or may_hold(anchors, zone_words) else None  # type: ignore[arg-type]
    if m:
        return Hit(m.group(0), 1, m.start(), snippet(dt.title_zone, m.start(), m.end()))
    if dt.pages:
        number, text = dt.pages[0]
        head = text[:HEAD_CHARS]
        head_words = dt.remember("head_words", lambda: tokens_of(head)) if anchors else None
        m = pat.search(head) if head_words is None or may_hold(anchors, head_words) else None  # type: ignore[arg-type]
        if m:
            return Hit(m.group(0), number, m.start(), snippet(text, m.start(), m.end()))
    return None


def prominent(dt: DocText, phrases: list[str]) -> Hit | None:
    """The subject in the title zone, or named at least PROMINENT_HITS times in the body."""
    hit = _title_hit(dt, phrases)
    if hit:
        return hit
    hits = dt.body().hits(pattern(phrases))
    enough = 1 if len(dt.pages) <= SHORT_DOC_PAGES else PROMINENT_HITS
    return hits[0] if len(hits) >= enough else None


TOPIC_MIN_HITS = 4  # body mentions that make a document *about* an indicator's subject ...
TOPIC_HITS_PER_PAGE = 0.3  # ... and as many per page: a long act mentioning a subject in passing is not about it


NATIONAL_TYPES = frozenset({"peraturan_nasional", "peraturan_menteri"})


def related(doc: Document, dt: DocText, ind: Indicator, fw: ItemFramework, record: DocRecord | None = None
            ) -> Hit | None:
    """The agency's own document about the indicator's subject: its title names it (subjects.py), or, while the
    title names no other specific subject, its body names the topics TOPIC_MIN_HITS times and often per page.
    `record`: doc_record(doc, dt, fw) when the caller holds it (the judge asks for every indicator)."""
    if not (ind.topics or ind.topic_titles) or not doc.readable:
        return None
    rec = record if record is not None else doc_record(doc, dt, fw)
    if rec.codes & (REFERENCE_CODES | FOREIGN_CODES):
        return None
    if doc.doc_type in NATIONAL_TYPES and not dt.remember(("own_scope", fw.id), lambda: own_scope(doc, dt, fw)):
        return None
    found = rec.subjects
    if ind.id in found.title:
        return found.title[ind.id]
    if not found.body_counts():
        return None
    hits = subject_view(dt, fw).body().hits(pattern(ind.topics))
    enough = max(TOPIC_MIN_HITS, TOPIC_HITS_PER_PAGE * len(dt.pages))
    return hits[0] if len(hits) >= enough else None


def about(dt: DocText, fw: ItemFramework, ind_id: int | None, topics: list[str], found: Subjects | None = None
          ) -> Hit | None:
    """The indicator's subject as what the document is about (on-subject items): named in its title, or prominent
    in its body while the title names no other specific subject (a follow-up table of every indicator, titled by
    the evaluation, is no indicator's follow-up). `found`: subjects(dt, fw) when the caller holds it."""
    if ind_id is not None:
        found = found if found is not None else subjects(dt, fw)
        if ind_id in found.title:
            return found.title[ind_id]
        if not found.body_counts():
            return None
    return prominent(subject_view(dt, fw), topics)


_OWN_SCOPE_REACH = 120  # the body's name follows the scope words within the title


def own_scope(doc: Document, dt: DocText, fw: ItemFramework) -> bool:
    """A ministry's or agency's regulation limited to its own body ("… di lingkungan Lembaga X", issued by X's
    head): that body's own policy, not a national reference. The issuer is compared without its first word (the
    office: Menteri, Kepala), which the body's name in the title does not carry."""
    cue = pattern(fw.data.own_scope)
    m = cue.search(dt.title_zone) if cue is not None else None
    if m is None:
        return False
    after = dt.title_zone[m.end(): m.end() + _OWN_SCOPE_REACH]
    names = [normalise(doc.agency or "")]
    issuer = normalise(doc.issuer or "").split(" ", 1)
    names += [issuer[1]] if len(issuer) == 2 else []
    return any(len(n) > 6 and n in after for n in names)


def kind_match(doc: Document, dt: DocText, exp: Expect, catalogue: bool = False) -> tuple[float, Hit | None]:
    """How well the document's kind fits: 2 = its subtype; 1 = its doc type with the subject in the title
    (or, when the item names no title, its content phrases prominent in the document, unless it is a
    `catalogue` of the framework's indicators: a template listing them all is not evidence of each)."""
    if doc.subtype and doc.subtype in exp.subtypes:
        return 2.0, first_hit(dt, pattern(exp.title)) if exp.title else None
    if exp.title:
        subject = _title_hit(dt, exp.title)
    else:
        subject = prominent(dt, exp.any) if exp.any and not catalogue else None
    if exp.doc_types and doc.doc_type in exp.doc_types and subject is not None:
        return 1.0, subject
    if not exp.subtypes and not exp.doc_types and subject is not None:
        return 1.0, subject
    return 0.0, None


def in_family(doc: Document, dt: DocText, exp: Expect, kind: float | None = None) -> bool:
    """Would an agency offer this document for the item? Same family of kind, or a refusal pattern fits it.
    `kind`: kind_match's score when the caller has it already (the judge asks for every item and document)."""
    if doc.subtype and (doc.subtype in exp.subtypes or doc.subtype in exp.family):
        return True
    return (kind_match(doc, dt, exp)[0] if kind is None else kind) > 0


def refused_by(doc: Document, dt: DocText, exp: Expect, fw: ItemFramework, scope: bool
               ) -> tuple[int, Hit | None] | None:
    """The first refusal pattern the document matches (its index in exp.refuse) and the words behind it.

    A refused subtype names the document itself; titles, words and instruments only count for a document in
    scope — of the item's family or filed under the item or its indicator (a review that mentions Indeks
    KAMI is not a KAMI result; a Perbup on SPBE is not offered as the architecture unless filed there).
    """
    for i, ref in enumerate(exp.refuse):
        if ref.doc_types and doc.doc_type not in ref.doc_types:
            continue
        in_scope = scope
        if ref.subtypes and doc.subtype in ref.subtypes:
            return i, None
        if ref.title and in_scope:
            m = pattern(ref.title).search(dt.title_zone)  # type: ignore[union-attr]
            if m:
                return i, Hit(m.group(0), 1, m.start(), snippet(dt.title_zone, m.start(), m.end()))
        if ref.any and in_scope:
            hit = first_hit(dt, pattern(ref.any))
            if hit:
                return i, hit
        if ref.instruments and in_scope:
            name, hit = instrument_of(doc, dt, fw)
            if name and any(_same_instrument(name, x) for x in ref.instruments):
                return i, hit
    return None


def content_hits(dt: DocText, exp: Expect) -> tuple[bool, list[Hit], str]:
    """`any` needs one phrase, each `all` group one phrase; returns (ok, hits, the missing group's first phrase)."""
    hits: list[Hit] = []
    if exp.any:
        hit = first_hit(dt.body(), pattern(exp.any))
        if hit is None:
            return False, hits, exp.any[0]
        hits.append(hit)
    for group in exp.all:
        hit = first_hit(dt.body(), pattern(group))
        if hit is None:
            return False, hits, group[0]
        hits.append(hit)
    return True, hits, ""


LINE_CHARS = 160  # a sub-activity's name follows its code on the same table row


def budget_lines(doc: Document, dt: DocText, prefixes: list[str], words: list[str] | None = None
                 ) -> list[tuple[str, int]]:
    """Sub-activity lines (code, page) under the wanted programme/activity prefixes whose name holds one of
    `words` (when given): recognised budget facts first, else the codes in the page text."""
    want = pattern(words or [])
    out: list[tuple[str, int]] = []
    facts = doc.facts.get("budget_codes") if isinstance(doc.facts, dict) else None
    if isinstance(facts, list):
        for row in facts:
            if isinstance(row, dict) and row.get("level") == "sub_kegiatan":
                code = str(row.get("code", ""))
                name = str(row.get("name") or "").lower()
                if (not prefixes or any(code.startswith(p) for p in prefixes)) and (want is None or want.search(name)):
                    out.append((code, int(row.get("page") or 1)))
    if out:
        return out
    for number, text in dt.pages:
        for m in SUB_ACTIVITY.finditer(text):
            code = re.sub(r"\s", "", m.group(1))
            if prefixes and not any(code.startswith(p) for p in prefixes):
                continue
            if want is not None and not want.search(text[m.end(): m.end() + LINE_CHARS]):
                continue
            out.append((code, number))
    return out


_LINE_VALUE = re.compile(r"(?<![\d.,])(\d{1,3}[.,]\d{1,2})(?![\d])")
_VALUE_LINE = re.compile(r"\b(?:nilai|skor|indeks|hasil)\b", re.I)


def index_value(doc: Document, dt: DocText, area_words: list[str] | None = None) -> float | None:
    """The measured value: the recognised fact, else the last decimal on a "Nilai … <area>" line of the
    result (table rows like "Nilai Area Penanganan Insiden Siber | 1,72")."""
    fact = _index_fact(doc)
    value = fact.get("value")
    if isinstance(value, (int, float)):
        return float(value)
    # every index item of a framework asks again for the same few areas: read once per document
    return dt.remember(("index_value", tuple(area_words or ())), lambda: _value_in_lines(doc, area_words))


def _value_in_lines(doc: Document, area_words: list[str] | None) -> float | None:
    area = pattern(area_words or [])
    best: tuple[int, float] | None = None
    for page in doc.pages:
        if not _VALUE_LINE.search(page.text):
            continue  # no line of the page can have the word (line ends are word boundaries in the page too)
        for line in page.text.splitlines():
            if not _VALUE_LINE.search(line):
                continue
            numbers = _LINE_VALUE.findall(line)
            if not numbers:
                continue
            rank = 2 if area is not None and area.search(line.lower()) else 1
            if best is None or rank > best[0]:
                best = (rank, float(numbers[-1].replace(",", ".")))
    return best[1] if best else None


def index_year(doc: Document) -> int | None:
    fact = _index_fact(doc)
    if isinstance(fact.get("year"), int):
        return int(fact["year"])
    date = fact.get("date")
    if isinstance(date, str) and date[:4].isdigit():
        return int(date[:4])
    return doc_year(doc)


def level_of_value(fw: ItemFramework, value: float, edges: list[float] | None = None) -> int:
    """The level a measured value reaches: by the framework's bands, or by an instrument's own edges."""
    if edges:
        level = 1
        for lvl in range(2, 6):
            if value >= edges[lvl - 1] - 1e-9:
                level = lvl
        return level
    return fw.band(value).level


def _phrase_fallback(dt: DocText, phrases: list[str]) -> Hit | None:
    return first_hit(dt.body(), pattern(phrases))


def fact_check(doc: Document, dt: DocText, check: FactCheck, fw: ItemFramework
               ) -> tuple[bool, str, dict[str, str], tuple[int, ...], str]:
    """(ok, reason key when not, params, pages, excerpt) for one closed kind of fact check."""
    facts = doc.facts if isinstance(doc.facts, dict) else {}
    cues = fw.data.fact_cues
    if check.kind == "budget_line":
        lines = budget_lines(doc, dt, check.prefixes, check.line_words)
        if not lines:
            what = ", ".join(check.prefixes) + (f" — {check.line_words[0]}" if check.line_words else "")
            return False, "R_NO_BUDGET_LINE", {"prefixes": what}, (), ""
        pages = tuple(sorted({p for _, p in lines}))[:4]
        return True, "", {}, pages, "; ".join(dict.fromkeys(c for c, _ in lines[:3]))
    if check.kind == "index":
        name, hit = instrument_of(doc, dt, fw)
        if not name or (check.instruments and not any(_same_instrument(name, x) for x in check.instruments)):
            return False, "R_WRONG_INSTRUMENT", {"found": name or "-", "wanted": ", ".join(check.instruments)}, (), ""
        if check.area:
            area = str(_index_fact(doc).get("area") or "")
            named = area.lower() == check.area.lower() if area else (
                first_hit(dt, pattern(check.area_words or [check.area])) is not None)
            if not named:
                return False, "R_WRONG_AREA", {"instrument": name, "area": check.area, "found": area or "-"}, (), ""
        value = index_value(doc, dt, check.area_words or ([check.area] if check.area else None))
        page = int(_index_fact(doc).get("page") or (hit.page if hit else 1))
        excerpt = hit.snippet if hit else f"{name}"
        if check.min_level and check.min_level > 1:
            if value is None:
                return False, "R_INDEX_UNREAD", {"instrument": name}, (page,), excerpt
            reached = level_of_value(fw, value)
            if reached < check.min_level:
                return False, "R_INDEX_BELOW", {"instrument": name, "value": f"{value:.2f}",
                                                "level": str(check.min_level)}, (page,), excerpt
        return True, "", {}, (page,), excerpt + (f" (nilai {value:.2f})" if value is not None else "")
    if check.kind == "vulnerable_groups":
        survey = facts.get("survey") if isinstance(facts.get("survey"), dict) else {}
        groups = survey.get("vulnerable_groups") if survey else None
        if groups:
            return True, "", {}, (int(survey.get("page") or 1),), ", ".join(map(str, groups))
        hit = _phrase_fallback(dt, cues.get("vulnerable_groups", []))
        return (True, "", {}, (hit.page,), hit.snippet) if hit else (False, "R_NO_VULNERABLE", {}, (), "")
    if check.kind in ("follow_up", "problems_recommendations"):
        review = facts.get("review") if isinstance(facts.get("review"), dict) else {}
        if check.kind == "follow_up":
            if review and review.get("follow_up"):
                return True, "", {}, (int(review.get("page") or 1),), "tindak lanjut"
            hit = _phrase_fallback(dt, cues.get("follow_up", []))
            return (True, "", {}, (hit.page,), hit.snippet) if hit else (False, "R_NO_FOLLOW_UP", {}, (), "")
        if review and review.get("problems") and review.get("recommendations"):
            return True, "", {}, (int(review.get("page") or 1),), "permasalahan dan rekomendasi"
        prob = _phrase_fallback(dt, cues.get("problems", []))
        rec = _phrase_fallback(dt, cues.get("recommendations", []))
        if prob and rec:
            return True, "", {}, tuple(sorted({prob.page, rec.page})), rec.snippet
        return False, "R_NO_PROBLEMS_RECS", {}, (), ""
    if check.kind == "service_screenshot":
        shot = facts.get("screenshot") if isinstance(facts.get("screenshot"), dict) else {}
        kind = shot.get("kind") if shot else None
        if kind in ("login", "news"):
            return False, "R_NOT_SERVICE_SCREEN", {"kind": str(kind)}, (int(shot.get("page") or 1),), ""
        return True, "", {}, (int((shot or {}).get("page") or 1),), str((shot or {}).get("url") or "")
    if check.kind == "agreement":
        agreement = facts.get("agreement") if isinstance(facts.get("agreement"), dict) else {}
        if agreement and len(agreement.get("parties") or []) >= 2:
            return True, "", {}, (int(agreement.get("page") or 1),), " – ".join(map(str, agreement["parties"][:2]))
        hit = _phrase_fallback(dt, cues.get("agreement", []))
        return (True, "", {}, (hit.page,), hit.snippet) if hit else (False, "R_NO_AGREEMENT", {}, (), "")
    if check.kind == "records":
        if doc.doc_type in ("notulen", "undangan") or doc.subtype in ("notulen_rapat", "berita_acara"):
            return True, "", {}, (1,), doc.title or ""
        hit = _phrase_fallback(dt, cues.get("records", []))
        return (True, "", {}, (hit.page,), hit.snippet) if hit else (False, "R_NO_RECORDS", {}, (), "")
    return False, "R_NO_CONTENT", {}, (), ""


def finding_codes(doc: Document, dt: DocText) -> frozenset[str]:
    """The document's finding codes, collected once per document text (asked for every item); keyed by their
    count too, so a finding added later (STALE) is seen."""
    return dt.remember(("finding_codes", len(doc.findings)), lambda: frozenset(f.code for f in doc.findings))


@dataclass(frozen=True)
class DocRecord:
    """What every item asks of one document, read once per document: the judge holds a few hundred items
    against each, and asking again per item (memo lookups, finding scans) cost more than the checks."""

    dt: DocText
    codes: frozenset[str]
    reference: bool  # a national regulation or a reference: never the agency's evidence
    unreadable: bool
    subjects: Subjects  # on the framework's subject view; its catalogue check is read when first asked


def doc_record(doc: Document, dt: DocText, fw: ItemFramework) -> DocRecord:
    """The per-document answers of `assess`, for a document whose findings are final (the judge's pool)."""
    codes = finding_codes(doc, dt)
    return DocRecord(dt=dt, codes=codes,
                     reference=bool(codes & REFERENCE_CODES) or doc.doc_type == "peraturan_nasional",
                     unreadable=not doc.readable or any(f.severity == UNREADABLE_SEVERITY for f in doc.findings),
                     subjects=subjects(dt, fw))


def assess(doc: Document, dt: DocText, exp: Expect, fw: ItemFramework, period: int, hinted: bool,
           rule: str, ind_hint: bool = False, topics: list[str] | None = None, ind_id: int | None = None,
           record: DocRecord | None = None) -> Outcome:
    """Hold one document against one item. `hinted`: the agency filed it under this item's code;
    `ind_hint`: under the item's indicator (it then counts only where it fits the item's family); `topics` and
    `ind_id`: the item's indicator, for on-subject items; `record`: doc_record(doc, dt, fw) when the caller
    holds it (the judge, for every item)."""
    rec = record if record is not None else doc_record(doc, dt, fw)
    if rec.reference:
        return NOT_RELATED  # a national regulation is a reference, never the agency's evidence
    # the catalogue check only matters where the item's content phrases stand in for a title
    needs_catalogue = bool(exp.any) and not exp.title and not (doc.subtype and doc.subtype in exp.subtypes)
    kind, kind_hit = kind_match(doc, dt, exp, needs_catalogue and rec.subjects.catalogue)
    refused = refused_by(doc, dt, exp, fw, in_family(doc, dt, exp, kind) or hinted or ind_hint)
    # Offered = what an agency would upload here: filed under the item's code, a known wrong object (a refusal
    # pattern), a kind the item lists as commonly offered, or the very kind asked for failing on a property
    # (draft, another body's, stale, recap page, wrong instrument). A document of a loosely fitting kind that
    # lacks the item's content is not "wrong evidence" for every such item: it stays unrelated.
    offered = hinted or refused is not None or bool(doc.subtype and doc.subtype in exp.family)
    if not offered and kind == 0:
        return NOT_RELATED
    if rec.unreadable:
        return Outcome(False, True, "R_UNREADABLE", rule=rule) if offered else NOT_RELATED
    outcome = _judge(doc, rec, exp, fw, period, hinted, rule, (ind_id, topics), kind, kind_hit, refused)
    if not outcome.accepted and not outcome.offered:
        return NOT_RELATED  # a quiet refusal: not this item's evidence, and not filed for it
    if outcome.accepted:
        return outcome
    if offered or (kind > 0 and outcome.reason_key not in CONTENT_REASONS):
        # whose refusal is told first: the file filed for the item, then known wrong objects (scored only for a
        # refusal that is kept: most refusals of a loosely fitting kind end unrelated)
        return replace(outcome, score=(2.0 if hinted else 0.0) + (1.0 if refused is not None else 0.0) + kind * 0.1)
    return NOT_RELATED


def _judge(doc: Document, rec: DocRecord, exp: Expect, fw: ItemFramework, period: int, hinted: bool, rule: str,
           indicator: tuple[int | None, list[str] | None], kind: float, kind_hit: Hit | None,
           refused: tuple[int, Hit | None] | None) -> Outcome:
    """The checks in the order an assessor reads them: wrong object, kind, owner, status, content, facts, date."""
    dt, codes = rec.dt, rec.codes
    if refused is not None:
        ref = exp.refuse[refused[0]]
        hit = refused[1]
        if ref.quiet and not hinted:
            return Outcome(False, False, "R_NO_CONTENT", rule=rule)
        return Outcome(False, True, "R_REFUSED", (("why", ref.reason), ("why_en", ref.reason_en)),
                       (hit.page,) if hit else (), hit.snippet if hit else (doc.title or ""), rule=rule)
    if kind == 0:
        return Outcome(False, True, "R_WRONG_KIND", rule=rule)
    # Owner and status: said first for a document filed under the item; otherwise only once its content fits
    # (another region's PDP regulation is wrong evidence where it fits, not for every PDP item).
    issued_by_owner = any(c.kind in ("index", "agreement") for c in exp.facts)  # BSSN's result, a two-party PKS
    prop: Outcome | None = None
    if codes & FOREIGN_CODES and not issued_by_owner:
        prop = Outcome(False, True, "R_FOREIGN", (("agency", doc.agency or doc.issuer or "-"),), rule=rule)
    elif doc.status == "draft" and not exp.draft_ok:
        prop = Outcome(False, True, "R_DRAFT", rule=rule)
    if prop is not None and hinted:
        return prop
    ok, hits, missing = content_hits(dt, exp)
    if not ok:
        return Outcome(False, True, "R_NO_CONTENT", (("missing", missing),), rule=rule)
    ind_id, topics = indicator
    if exp.on_subject and topics:
        subject = about(dt, fw, ind_id, topics, rec.subjects)  # a multi-subject monitoring table is not a review of each subject
        if subject is None:
            return Outcome(False, True, "R_NO_CONTENT", (("missing", topics[0]),), rule=rule)
        hits.append(subject)
    pages = [h.page for h in hits] + ([kind_hit.page] if kind_hit else [])
    excerpts = [h.snippet for h in hits] or ([kind_hit.snippet] if kind_hit else [])
    for check in exp.facts:
        good, key, params, fpages, fexcerpt = fact_check(doc, dt, check, fw)
        if not good:
            return Outcome(False, True, key, tuple(params.items()), fpages, fexcerpt, rule=rule)
        # a budget item is decided by the sub-activity line: cite only its pages (the upload package extracts them)
        pages = list(fpages) if check.kind == "budget_line" else pages + list(fpages)
        if fexcerpt:
            excerpts.insert(0, fexcerpt)
    if prop is not None:
        return prop
    if exp.fresh_years is not None:
        year = index_year(doc)
        if year is not None and year < period - exp.fresh_years:
            return Outcome(False, True, "R_STALE", (("year", str(year)), ("years", str(exp.fresh_years))),
                           tuple(dict.fromkeys(pages)), excerpts[0] if excerpts else "", rule=rule)
    score = kind + 0.1 * len(hits) + (0.5 if hinted else 0.0) + (0.2 if doc.status == "enacted" else 0.0)
    excerpt = (excerpts[0] if excerpts else (doc.title or ""))[:240]
    return Outcome(True, True, pages=tuple(dict.fromkeys(pages))[:6], excerpt=excerpt, score=score, rule=rule)
