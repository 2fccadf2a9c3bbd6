"""Draft vs enacted: weigh the cues of rules/status.yaml with the document's own number.

Precedence (framework.md §4.1): a strong draft cue (RANCANGAN, placeholder own-number, blank enactment date)
beats every enacted cue — a real draft carries "SALINAN" and "ttd" but a placeholder number. Enacted cues beat
weak draft cues (paraf table, empty register). An SOP is enacted only with a Pengesahan and a Tanggal Efektif.

Completion overrules the strong draft cues (issue 11: enacted acts were called drafts). A certified electronic
signature (BSrE statement, PDF signature) on a numbered act makes it enacted whatever marker is left on it; a
filled promulgation register ("LEMBARAN DAERAH … TAHUN 2025 NOMOR 8") excuses only leftovers: a RANCANGAN
heading not deleted, a blank "pada tanggal" in a later block, a number merely absent from the text layer
("NOMOR TAHUN 2013", no dots: typed on an image or by hand). A typed placeholder ("NOMOR … TAHUN", "XXX") on an
e-signed act gives `unknown`; next to a register (perhaps copied from an older act) it stays a draft.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..models import Document, Status
from .cues import Hit, match_regex
from .metadata import NumberRead
from .schema import RecognitionRules
from .text import PageText, View

_DIUNDANGKAN_BLANK = re.compile(
    r"Diundangkan\s+di\s+[A-Za-z .]+\n\s*pada\s+tanggal\s*:?\s*(?:[.…_ ]*)\n(?:\s*[.…_ ]*\n)?\s*(?:SEKRETARIS|Plt|Pj|PLT|PJ|a\.n)",
    re.IGNORECASE)
_SIGN_BLOCK = re.compile(r"(?:Ditetapkan|Disahkan)\s+di\b|^\s*(?:BUPATI|WALI\s*KOTA|WALIKOTA|GUBERNUR|MENTERI|KEPALA)\b[^\n]*,\s*$",
                         re.MULTILINE | re.IGNORECASE)


@dataclass(frozen=True)
class StatusVerdict:
    status: Status
    signed: bool | None
    decisive: tuple[Hit, ...]  # cues that decided the status
    draft_hits: tuple[Hit, ...]
    enacted_hits: tuple[Hit, ...]
    blank_promulgation: Hit | None = None
    sop_missing: tuple[str, ...] = ()
    image_slots: tuple[Hit, ...] = ()  # number/date slots that are images OCR could not read (issue 11)


_SUBJECT_LINE = re.compile(r"^\s*TENTANG\b", re.MULTILINE)
ESIGN_CUES = ("enacted.bsre", "enacted.pdf_signature", "enacted.esign_verification")
# draft cues an enacted act can carry by accident: a heading not deleted, a number/date typed on an image
LEFTOVER_DRAFT_CUES = ("draft.word_title", "draft.blank_number", "draft.blank_enactment_date")


def _above_subject(pages: tuple[PageText, ...]) -> tuple[PageText, ...]:
    """The title block cut at its TENTANG line: the heading, without the subject below it."""
    out = []
    for p in pages:
        m = _SUBJECT_LINE.search(p.text)
        out.append(replace(p, text=p.text[: m.start()]) if m else p)
    return tuple(out)


_ENACTMENT_BLOCK = re.compile(r"(?:Ditetapkan|Disahkan)\s+di\b", re.IGNORECASE)
# The preamble's "BUPATI X," (after DENGAN RAHMAT …, before Menimbang) names the signer as a closing block does; in a
# short document or an excerpt the title page is also a last page, and that line is no signing block
_MENIMBANG = re.compile(r"^\s*Menimbang\b", re.IGNORECASE | re.MULTILINE)


def _without_preamble(view: View) -> str:
    """The last pages' text, the title page's part above its Menimbang left out."""
    def cut(page: PageText) -> str:
        m = _MENIMBANG.search(page.text) if page.number == view.title_page else None
        return page.text[m.start():] if m else page.text

    return "\n".join(cut(p) for p in view.tail)


def _first_block_page(pages: tuple[PageText, ...]) -> tuple[PageText, ...]:
    """The page of the document's own enactment block: the first, in page order, holding a Ditetapkan block."""
    for p in sorted(pages, key=lambda p: p.number):
        if _ENACTMENT_BLOCK.search(p.text):
            return (p,)
    return ()


def _cue_hits(doc_type: str, view: View, rules: RecognitionRules) -> list[tuple[Hit, str, str, bool]]:
    out = []
    for c in rules.status.cues:
        if c.applies_to and doc_type not in c.applies_to:
            continue
        pages = view.scope(c.scope)
        if c.before_subject:
            pages = _above_subject(pages)
        if c.ocr_only:
            pages = tuple(p for p in pages if p.ocr)
        if c.own_block_only:
            pages = _first_block_page(pages)
        hit = match_regex(c.pattern, pages, rules, c.id)
        if hit:
            out.append((hit, c.side, c.strength, c.signature))
    return out


def _sop_missing(view: View, rules: RecognitionRules) -> tuple[str, ...]:
    text = "\n".join(p.text for p in view.scope("scan"))
    missing = []
    if not re.search(r"Disahkan\s+oleh|Pengesahan|Mengesahkan", text, re.I):
        missing.append("Pengesahan")
    if not re.search(r"(?:Tgl\.?|Tanggal)\s+Efektif\s*:?\s*[0-3]?\d\s+[A-Za-z]{3,10}\.?\s+(?:19|20)\d\d", text, re.I):
        missing.append("Tanggal Efektif")
    return tuple(missing)


def unread_image_slots(doc: Document) -> dict[str, set[int]]:
    """Slot name ("nomor", "tanggal") -> pages where the text layer's empty slot is an image OCR could not read
    (extract/pdf.py, meta["image_identity"])."""
    out: dict[str, set[int]] = {}
    notes = doc.meta.get("image_identity")
    for n in notes if isinstance(notes, list) else ():
        if isinstance(n, dict) and not n.get("read") and isinstance(n.get("page"), int):
            out.setdefault(str(n.get("slot")), set()).add(n["page"])
    return out


def _without_image_slots(hits: list[tuple[Hit, str, str, bool]], slots: dict[str, set[int]]) -> tuple[list[tuple[Hit, str, str, bool]], tuple[Hit, ...]]:
    """Blank-number and blank-date draft cues on slots that are images are not draft evidence: the value is
    there, only not as text. They are returned as the reason the status is left `unknown`."""
    kept, images = [], []
    for item in hits:
        hit = item[0]
        slot = {"draft.blank_number": "nomor", "draft.blank_enactment_date": "tanggal"}.get(hit.cue_id)
        on_image = slot is not None and (hit.page in slots.get(slot, ()) or hit.page is None and bool(slots.get(slot)))
        if on_image:
            images.append(Hit("status.image_" + str(slot), hit.text, hit.page))
        else:
            kept.append(item)
    return kept, tuple(images)


def decide_status(doc: Document, doc_type: str, legal_form: bool, applies: bool, number: NumberRead | None,
                  view: View, rules: RecognitionRules) -> StatusVerdict:
    hits, image_slots = _status_hits(doc, doc_type, legal_form, number, view, rules)
    verdict = _judge(hits, doc_type, legal_form, applies, view, rules)
    if not image_slots:
        return verdict
    # a number or date put on as an image usually comes with the signature put on the same way: no text
    # signature is then no evidence of an unsigned act
    return replace(verdict, image_slots=image_slots, signed=verdict.signed or None)


def _status_hits(doc: Document, doc_type: str, legal_form: bool, number: NumberRead | None, view: View,
                 rules: RecognitionRules) -> tuple[list[tuple[Hit, str, str, bool]], tuple[Hit, ...]]:
    hits = _cue_hits(doc_type, view, rules)
    if doc.meta.get("pdf_signature"):
        hits.append((Hit("enacted.pdf_signature", "digital signature in the PDF", None), "enacted", "strong", True))
    explicit = number is not None and bool(rules.rx(rules.status.explicit_placeholder).search(number.raw))
    if number is not None and number.placeholder and (
            legal_form and explicit or explicit and doc_type in ("undangan", "sop", "lainnya", "surat_edaran")):
        hits.append((Hit("draft.placeholder_number", number.line, number.page), "draft", "strong", False))
    elif number is not None and number.placeholder and (legal_form or doc_type in rules.status.numbered_when_sent):
        # an act's, or a circular's or invitation's, own number left blank: not yet enacted or sent
        hits.append((Hit("draft.blank_number", number.line, number.page), "draft", "strong", False))
    elif number is not None and (number.number or number.unreadable):
        # a handwritten number OCR reads as a letter ("NOMOR g") was still filled in: numbered, value unknown
        hits.append((Hit("enacted.own_number", number.line, number.page), "enacted", "weak", False))
    slots = unread_image_slots(doc)
    return _without_image_slots(hits, slots) if slots else (hits, ())


def _judge(hits: list[tuple[Hit, str, str, bool]], doc_type: str, legal_form: bool, applies: bool, view: View,
           rules: RecognitionRules) -> StatusVerdict:
    strong_draft = tuple(h for h, side, strength, _ in hits if side == "draft" and strength == "strong")
    weak_draft = tuple(h for h, side, strength, _ in hits if side == "draft" and strength == "weak")
    enacted = tuple(h for h, side, _, _ in hits if side == "enacted")
    strong_enacted = tuple(h for h, side, strength, _ in hits if side == "enacted" and strength == "strong")
    own_number = tuple(h for h in enacted if h.cue_id == "enacted.own_number")
    sig = any(s for h, side, _, s in hits if side == "enacted" and s)
    last_text = "\n".join(p.text for p in view.tail)
    has_block = bool(_SIGN_BLOCK.search(_without_preamble(view)))
    signed: bool | None = True if sig else (False if has_block and not any(p.ocr for p in view.tail) else None)
    blank_prom = None
    m = _DIUNDANGKAN_BLANK.search(last_text)
    if m and any(h.cue_id == "enacted.diundangkan_register" for h in enacted):
        page = next((p.number for p in view.tail if m.group(0)[:20] in p.text), None)
        blank_prom = Hit("warning.blank_promulgation_date", " ".join(m.group(0).split())[:120], page)

    if strong_draft:
        overruled = _completed_despite_draft_cues(strong_draft, enacted)
        if overruled is not None:
            status, decisive = overruled
            return StatusVerdict(status, signed, decisive, strong_draft + weak_draft, enacted, blank_prom)
        if _heading_word_on_a_numbered_act(strong_draft, enacted) and not _ENACTMENT_BLOCK.search(last_text):
            # "RANCANGAN" over a heading whose number is filled in, and no closing block in the text (an excerpt,
            # the first pages): a leftover heading on an enacted act, or a Raperda numbered for the council's
            # agenda; the text cannot tell which. With its closing block in view the heading still decides
            return StatusVerdict("unknown", signed, (), strong_draft + weak_draft, enacted, blank_prom)
        return StatusVerdict("draft", False if not sig else signed, strong_draft, strong_draft + weak_draft, enacted,
                             blank_prom)
    if doc_type == "sop":
        missing = _sop_missing(view, rules)
        sop_ok = tuple(h for h in strong_enacted if h.cue_id == "enacted.sop_pengesahan")
        if sop_ok and not missing:
            return StatusVerdict("enacted", signed, sop_ok, weak_draft, enacted)
        scan_ok = tuple(h for h in strong_enacted if h.cue_id == "enacted.sop_signed_scan")
        if scan_ok and not weak_draft:
            # a scanned, signed SOP: its dates and number are often handwritten and unreadable to OCR
            return StatusVerdict("enacted", signed, scan_ok, weak_draft, enacted)
        return StatusVerdict("unknown", signed, (), weak_draft, enacted, sop_missing=missing or ("Pengesahan",))
    if not applies:
        return StatusVerdict("unknown", signed, (), weak_draft, enacted)
    if legal_form:
        if strong_enacted and (own_number or sig or len(strong_enacted) >= 2):
            return StatusVerdict("enacted", signed, strong_enacted, weak_draft, enacted, blank_prom)
        if own_number and not weak_draft and strong_enacted:
            return StatusVerdict("enacted", signed, enacted, weak_draft, enacted, blank_prom)
        scanned = any(p.ocr for p in view.tail)
        has_ditetapkan = bool(_ENACTMENT_BLOCK.search(last_text))
        if weak_draft and (not own_number or not (has_ditetapkan or scanned)):
            return StatusVerdict("draft", signed, weak_draft, weak_draft, enacted, blank_prom)
        if weak_draft:
            # numbered, with a Ditetapkan block (or a scan whose stamped date and signature OCR cannot read), but a
            # blank register or a paraf table: unknown beats a wrong "draft"
            return StatusVerdict("unknown", signed, (), weak_draft, enacted, blank_prom)
        if own_number and not has_block and view.n_pages > 0:
            # no signing block in the text — a lampiran-only file (its identity is in the LAMPIRAN header), an
            # excerpt, the first pages: the number, given at enactment, decides
            return StatusVerdict("enacted", signed, enacted, weak_draft, enacted)
        return StatusVerdict("unknown", signed, (), weak_draft, enacted, blank_prom)
    # letters, reports, minutes: final when dated/numbered or signed, unless a draft marker says otherwise
    if weak_draft and not strong_enacted:
        return StatusVerdict("draft", signed, weak_draft, weak_draft, enacted)
    if strong_enacted or (sig and enacted):
        return StatusVerdict("enacted", signed, strong_enacted or enacted, weak_draft, enacted)
    if own_number and not weak_draft and doc_type in rules.status.numbered_when_sent:
        # a letter's own number is given when it is sent (a draft leaves it blank); a form's printed control
        # number or a budget print's code is there before anything is filled in or approved
        return StatusVerdict("enacted", signed, own_number, weak_draft, enacted)
    return StatusVerdict("unknown", signed, (), weak_draft, enacted)


def _only_cues(strong_draft: tuple[Hit, ...], allowed: tuple[str, ...]) -> bool:
    """Every strong draft cue is one of `allowed`. "RANCANGAN" alone on the heading line also reads as a
    watermark line: that hit is the same heading word, allowed with it."""
    heading_words = {(h.page, h.text) for h in strong_draft if h.cue_id == "draft.word_title"}
    return all(h.cue_id in allowed or (h.cue_id == "draft.watermark_line" and (h.page, h.text) in heading_words)
               for h in strong_draft)


def _heading_word_on_a_numbered_act(strong_draft: tuple[Hit, ...], enacted: tuple[Hit, ...]) -> bool:
    """The only strong draft cue is the RANCANGAN heading word (or its watermark-like line), the act's own
    number is filled in, and nothing else speaks for a draft or against it."""
    heading = any(h.cue_id == "draft.word_title" for h in strong_draft)
    return (heading and _only_cues(strong_draft, ("draft.word_title",))
            and any(h.cue_id == "enacted.own_number" for h in enacted))


def _completed_despite_draft_cues(strong_draft: tuple[Hit, ...],
                                  enacted: tuple[Hit, ...]) -> tuple[Status, tuple[Hit, ...]] | None:
    """(status, decisive cues) when completion evidence outweighs the draft cues; None when the draft stands.

    A certified e-signature completes a numbered act whatever marker was left on it. A filled register only
    excuses the leftovers (RANCANGAN heading, a number or date the text layer shows blank); a typed placeholder
    number or a DRAFT watermark next to a register copied from an older act stays a draft.
    """
    esign = tuple(h for h in enacted if h.cue_id in ESIGN_CUES)
    register = tuple(h for h in enacted if h.cue_id == "enacted.diundangkan_register")
    if not esign and not register:
        return None
    own_number = any(h.cue_id == "enacted.own_number" for h in enacted)
    filled_date = tuple(h for h in enacted if h.cue_id == "enacted.ditetapkan")
    leftovers_only = _only_cues(strong_draft, LEFTOVER_DRAFT_CUES)
    blank_number = any(h.cue_id == "draft.blank_number" for h in strong_draft)
    if esign and (own_number or leftovers_only):
        return "enacted", esign + register + filled_date
    if register and leftovers_only and (own_number or blank_number):
        return "enacted", register + filled_date
    if esign:
        return "unknown", ()  # a typed placeholder on an e-signed act: cannot tell which part is stale
    return None
