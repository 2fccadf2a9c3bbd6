"""Document → indicators: which of the framework's indicators a document can back, with the phrases and pages.

A score (0-1) grows with how often and how prominently the indicator's subject is named, scaled by how well the
document type suits the indicator's ladder. Folder/file names only add a small bonus on top of content; numbers
printed inside the document are never read as indicator numbers (old 5/2018 tables use other numbers).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..models import Agency, Document, Evidence, IndicatorMatch
from .framework import Framework, Indicator
from .text import DocText, Hit, first_hit

MATCH_MIN = 0.4  # a document backs an indicator at or above this score
REFERENCE_SCORE = 0.1  # national/other-agency documents: kept for explanation, scored as reference only
ORGANISATION_CAP = 0.3  # SOTK regulations merely mention SPBE functions
PATH_BONUS = 0.1
REVIEW_RECORD_SCORE = 0.6
TITLE_OTHER_MIN_KEYWORDS = 2
REVIEW_HEAD_CHARS = 1500  # invitations and minutes state the meeting's subject (Hal/Acara/Tema) on page 1
REVIEW_SUBJECT_GAP = 100  # "reviu dan evaluasi kebijakan <SPBE>": the cue and the subject sit close together
REVIEW_RECORD_TYPES = frozenset({"notulen", "laporan", "undangan", "paparan", "lainnya", ""})
UMBRELLA_BONUS = 0.25
LONG_DOC_PAGES = 20
LONG_DOC_MIN_NAMES = 5
OVERVIEW_MIN_INDICATORS = 6  # a document naming this many indicators is about the evaluation itself
REFERENCE_CODES = frozenset({"NATIONAL_REGULATION", "FOREIGN_ISSUER"})

_PATH_HINT = re.compile(r"(?:indikator|indicator|ind)[\s_\-.]*0?(\d{1,2})(?!\d)", re.I)
_LEADING_NUMBER = re.compile(r"^0?(\d{1,2})[a-z]?[\s_\-.]", re.I)
_MINISTRY_AGENCY = re.compile(r"\b(kementerian|badan|lembaga|kejaksaan|kepolisian|sekretariat)\b", re.I)

# Used only when the recognition stage left doc_type empty (e.g. running this stage on its own).
_TYPE_FALLBACK: tuple[tuple[str, str], ...] = (
    (r"\bperaturan daerah\b", "perda"),
    (r"\bperaturan (bupati|walikota|wali kota|gubernur)\b", "perkada"),
    (r"\bperaturan menteri\b", "peraturan_menteri"),
    (r"\b(undang-undang|peraturan pemerintah|peraturan presiden)\b", "peraturan_nasional"),
    (r"\bkeputusan\b", "keputusan"),
    (r"\bsurat edaran\b", "surat_edaran"),
    (r"\bstandar operasional prosedur\b|\bnomor sop\b", "sop"),
    (r"\bnotulen|\bnotulensi\b", "notulen"),
    (r"\bundangan\b", "undangan"),
    (r"\b(pedoman|panduan|manual)\b", "pedoman"),
    (r"\blaporan\b", "laporan"),
)


def guess_doc_type(dt: DocText) -> str | None:
    for pattern, doc_type in _TYPE_FALLBACK:
        if re.search(pattern, dt.title_zone):
            return doc_type
    return None


def path_hints(path: str) -> set[int]:
    """Indicator numbers suggested by folder/file names (`Indikator 19/`, `1a-Perbup-...pdf`)."""
    hints = {int(m.group(1)) for m in _PATH_HINT.finditer(path)}
    name = path.rsplit("/", 1)[-1]
    lead = _LEADING_NUMBER.match(name)
    if lead:
        hints.add(int(lead.group(1)))
    return hints


def is_reference(doc: Document, agency: Agency | None) -> bool:
    """National regulations and other agencies' documents are references, not the agency's evidence."""
    if any(f.code in REFERENCE_CODES for f in doc.findings) or doc.doc_type == "peraturan_nasional":
        return True
    if doc.doc_type == "peraturan_menteri":
        name = (agency.name if agency else None) or ""
        return not _MINISTRY_AGENCY.search(name)
    return False


def effective_type(doc: Document, dt: DocText) -> str | None:
    return doc.doc_type or guess_doc_type(dt)


def _evidence(rule: str, hit: Hit) -> Evidence:
    return Evidence(rule=rule, text=hit.snippet, page=hit.page, field="indicator")


def _cell_value(text: str, start: int, end: int) -> bool:
    """True when the phrase fills a whole table cell ("| Pusat Data |"): a column value such as a location."""
    return text[max(0, start - 2):start] == "| " and text[end:end + 2] == " |"


def subject_hits(fw: Framework, ind: Indicator, dt: DocText,
                 spans: dict[int, list[tuple[int, int]]]) -> list[Hit]:
    """Mentions of the indicator's subject in the document body (not Pasal 1 definitions, not nested in a longer
    name of another subject); a value repeated in a table column counts once."""
    body = dt.body()
    texts = dict(body.pages)
    out: list[Hit] = []
    seen_cells: set[str] = set()
    for h in body.hits(fw.pattern(tuple(ind.names + ind.aliases))):
        if _shadowed(h, spans):
            continue
        if _cell_value(texts[h.page], h.start, h.start + len(h.phrase)):
            if h.phrase in seen_cells:
                continue
            seen_cells.add(h.phrase)
        out.append(h)
    return out


def register_hits(ind: Indicator, fw: Framework, dt: DocText) -> list[Hit]:
    """A register table for the indicator (an ICT asset inventory): a header column and several item kinds."""
    reg = ind.inventory
    if reg is None:
        return []
    column = first_hit(dt, fw.pattern(tuple(reg.columns)))
    items = {h.phrase: h for h in dt.hits(fw.pattern(tuple(reg.items)))}
    if column is None or len(items) < reg.min_items:
        return []
    return [column, *list(items.values())[:1]]


def score_indicator(
    ind: Indicator, fw: Framework, doc: Document, dt: DocText, doc_type: str | None, context: dict[str, object]
) -> tuple[float, list[Evidence]]:
    """Raw content score for one indicator and the evidence behind it."""
    ladder = fw.ladder(ind)
    shadows: dict[int, list[tuple[int, int]]] = context["spans"]  # type: ignore[assignment]
    names = subject_hits(fw, ind, dt, shadows)
    register = register_hits(ind, fw, dt)
    title_hit = dt.in_title(fw.pattern(tuple(ind.names + ind.aliases)))
    umbrella = ladder.kind == "policy" and bool(context["umbrella"])
    review = context["review"]
    if review and (ind.review_records or (ladder.kind == "policy" and names and context["umbrella"])):
        return _review_score(ind, names, str(review))
    if register and len(names) < 2:
        names = register  # the table itself is the mention
    if not names or (len(names) < 2 and not title_hit and not umbrella):
        return 0.0, []  # one passing mention (a table row, a Mengingat line) is not evidence
    if len(dt.pages) > LONG_DOC_PAGES and not title_hit and len(names) < LONG_DOC_MIN_NAMES:
        return 0.0, []  # long documents (process maps, studies) name many subjects in passing
    keywords = {h.phrase for h in dt.body().hits(fw.pattern(tuple(ind.keywords)))}
    title_subjects: set[int] = context["title_subjects"]  # type: ignore[assignment]
    if title_subjects and not title_hit and not context["umbrella"] and len(keywords) < TITLE_OTHER_MIN_KEYWORDS:
        # the title names the document's subject; another subject named in passing ("dilaporkan kepada Tim
        # Koordinasi SPBE", "manajemen risiko" in an audit finding) is not evidence without its own vocabulary
        return 0.0, []
    raw = 0.3 * min(len(names), 3) + 0.08 * min(len(keywords), 5) + (0.3 if title_hit else 0.0)
    evidence = [_evidence(f"indicators.{ind.id}.{'register' if names is register else 'name'}", names[0])]
    if title_hit:
        evidence.append(Evidence(f"indicators.{ind.id}.title", dt.title_zone[:160], 1, "indicator"))
    if umbrella:
        raw += UMBRELLA_BONUS
        evidence.append(Evidence("indicators.umbrella", str(context["umbrella"]), 1, "indicator"))
    top = int(context["top_names"])  # type: ignore[call-overload]
    if top >= 6 and not title_hit:  # long documents name many subjects in passing: weigh against the main one
        raw *= 0.6 + 0.4 * min(1.0, len(names) / top)
    factor = ladder.doc_types.get(doc_type or "", 0.7)
    score = min(1.0, raw) * factor
    if ladder.kind != "policy" and context["umbrella"] and not title_hit:
        # an umbrella SPBE regulation governs these practices; it is not evidence that they are carried out
        score = min(score, ORGANISATION_CAP)
    if context["organisation"]:
        score = min(score, ORGANISATION_CAP)
        evidence.append(Evidence("indicators.organisation_regulation", str(context["organisation"]), 1, "indicator"))
    if ind.id in context["hints"] and score >= MATCH_MIN:  # type: ignore[operator]
        # folder/file names are hints: they rank a match the content already supports, never create one
        score = min(1.0, score + PATH_BONUS)
        evidence.append(Evidence("indicators.path_hint", doc.path, None, "indicator"))
    if len(names) > 1:
        evidence.append(_evidence(f"indicators.{ind.id}.name", names[-1]))
    return round(score, 3), evidence


def _review_score(ind: Indicator, names: list[Hit], review: str) -> tuple[float, list[Evidence]]:
    """A review/evaluation record of SPBE backs the Tim Koordinasi's programme and the policies it discusses."""
    evidence = [Evidence("indicators.review_record", review, 1, "indicator")]
    if names:
        evidence.append(_evidence(f"indicators.{ind.id}.name", names[0]))
    return REVIEW_RECORD_SCORE, evidence


def _shadowed(hit: Hit, spans: dict[int, list[tuple[int, int]]]) -> bool:
    """True when the hit sits inside a longer name of another subject ("keamanan spbe" in "audit keamanan spbe")."""
    end = hit.start + len(hit.phrase)
    return any(s <= hit.start and end <= e and (e - s) > len(hit.phrase) for s, e in spans.get(hit.page, ()))


def _name_spans(dt: DocText, fw: Framework) -> dict[int, list[tuple[int, int]]]:
    spans: dict[int, list[tuple[int, int]]] = {}
    for ind in fw.indicators:
        for h in dt.body().hits(fw.pattern(tuple(ind.names + ind.aliases))):
            spans.setdefault(h.page, []).append((h.start, h.start + len(h.phrase)))
    return spans


def review_record(dt: DocText, fw: Framework, doc_type: str | None) -> str:
    """The heading of an SPBE review/evaluation record ("Rapat Reviu dan Evaluasi Kebijakan SPBE"), or ""."""
    if (doc_type or "") not in REVIEW_RECORD_TYPES or not dt.pages:
        return ""
    head = f"{dt.title_zone} {dt.pages[0][1][:REVIEW_HEAD_CHARS]}"
    review, subject = fw.cue("review"), fw.cue("umbrella")
    if review is None or subject is None:
        return ""
    for r in review.finditer(head):
        s = subject.search(head, r.end(), r.end() + REVIEW_SUBJECT_GAP)
        if s:
            return head[r.start():s.end()]
    return ""


def _context(doc: Document, dt: DocText, fw: Framework, doc_type: str | None) -> dict[str, object]:
    title = DocText(pages=((1, dt.title_zone),), title_zone=dt.title_zone)
    policy_names = tuple(n for i in fw.indicators if fw.ladder(i).kind == "policy" for n in i.names + i.aliases)
    specific = first_hit(title, fw.pattern(policy_names))  # "tentang Arsitektur SPBE" is not an umbrella
    regulation = doc_type in {"perda", "perkada", "keputusan", "peraturan_menteri", "peraturan_nasional", None}
    review = review_record(dt, fw, doc_type)
    umbrella = None if specific else first_hit(title, fw.cue("umbrella"))
    organisation = first_hit(title, fw.cue("organisation_regulation"))
    old = dt.has(fw.cue("old_framework"))
    spans = _name_spans(dt, fw)
    top = max((len(subject_hits(fw, i, dt, spans)) for i in fw.indicators), default=0)
    return {
        # a review of SPBE backs the policies it discusses, unless it follows the old 5/2018 instrument (other
        # indicator names and numbers: "Kebijakan Internal Rencana Induk SPBE")
        "umbrella": (umbrella.snippet if (umbrella and regulation and not organisation) else "") or
                    ("" if old else review),
        "review": review,
        "organisation": organisation.snippet if (organisation and regulation) else "",
        "hints": set() if old else path_hints(doc.path),  # old-instrument evidence carries old numbers
        "top_names": top,
        "spans": spans,
        "title_subjects": {i.id for i in fw.indicators if dt.in_title(fw.pattern(tuple(i.names + i.aliases)))},
    }


def map_document(doc: Document, framework: Framework, agency: Agency | None) -> Document:
    """Fill doc.indicators with every indicator the document can back (reference documents scored as such)."""
    dt = DocText.of(doc)
    if not dt.pages:
        return replace(doc, indicators=())
    doc_type = effective_type(doc, dt)
    context = _context(doc, dt, framework, doc_type)
    reference = is_reference(doc, agency)
    matches: list[IndicatorMatch] = []
    for ind in framework.indicators:
        score, evidence = score_indicator(ind, framework, doc, dt, doc_type, context)
        if score < MATCH_MIN:
            continue
        if reference:
            note = Evidence("indicators.reference", "peraturan nasional / dokumen instansi lain: rujukan, bukan bukti dukung", None, "indicator")
            matches.append(IndicatorMatch(ind.id, REFERENCE_SCORE, (note, *evidence)))
        else:
            matches.append(IndicatorMatch(ind.id, score, tuple(evidence)))
    matches = _drop_overview(matches, framework, doc_type, context)
    return replace(doc, indicators=tuple(sorted(matches, key=lambda m: (-m.score, m.id))))


def _drop_overview(matches: list[IndicatorMatch], fw: Framework, doc_type: str | None,
                   context: dict[str, object]) -> list[IndicatorMatch]:
    """A monitoring table or briefing that lists the indicators themselves backs only what its title names.

    Old-instrument (5/2018) follow-up tables and evaluation briefings name a dozen subjects once or twice each;
    an umbrella regulation is exempt because it really governs all of them.
    """
    if context["umbrella"] or doc_type in {"perda", "perkada", "keputusan", "peraturan_menteri"}:
        return matches
    aspects = {fw.indicator(m.id).aspect for m in matches}
    if len(matches) < OVERVIEW_MIN_INDICATORS or len(aspects) < 3:
        return matches
    return [m for m in matches if any(e.rule.endswith(".title") for e in m.evidence)]


def backs(match: IndicatorMatch) -> bool:
    """True when a match counts as evidence (not a reference-only or weak mention)."""
    return match.score >= MATCH_MIN
