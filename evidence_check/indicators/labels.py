"""How a document is named in a recommendation an agency official reads ("Peraturan Bupati Sukamaju Nomor 12 Tahun
2023 tentang Sistem Pemerintahan Berbasis Elektronik"), built from the recognised type, issuer, number, year, title."""
from __future__ import annotations

import re

from ..models import Document

LABEL_MAX_CHARS = 220
# Acronyms keep their capitals when an upper-case title is title-cased; the rest is ordinary Indonesian.
ACRONYMS = frozenset(
    "SPBE TIK TI SOP OPD SKPD API JDIH JDIHN BSSN PDN SPLP SMKI DPRD UPT UPTD CSIRT LPSE SPSE PANRB RI NIP ASN PNS APBD "
    "RKA DPA BMD BMN SDM IT ICT SAKIP PPID CCTV GIS ISO IEC KAMI SIPD SRIKANDI PPN BUMD LAN BPKP".split()
)
SMALL_WORDS = frozenset(
    "dan atau di ke dari yang untuk pada dengan tentang serta atas bagi oleh dalam sebagai secara terhadap antar "
    "tahun nomor".split()
)
_HEAD_OFFICIALS = re.compile(r"^(bupati|wali ?kota|gubernur|menteri|kepala|sekretaris|direktur|ketua)\b", re.I)
_REGION = re.compile(r"^(kabupaten|kota|provinsi)\b", re.I)
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'.]*")


def _cap_word(word: str, first: bool) -> str:
    bare = word.strip("().,;:'\"")
    if bare.upper() in ACRONYMS:
        return word.replace(bare, bare.upper())
    if not first and bare.lower() in SMALL_WORDS:
        return word.lower()
    return word[:1].upper() + word[1:].lower()


def title_case(text: str) -> str:
    """Title-case an all-capitals title the Indonesian way (small words lower, acronyms kept); mixed case stays."""
    text = _SPACE.sub(" ", text.replace("|", " ")).strip()
    if any(c.islower() for c in text):
        return text
    words = text.split(" ")
    out = []
    for i, w in enumerate(words):
        parts = re.split(r"([-/])", w)  # E-GOVERNMENT, KOTA/KABUPATEN: each part on its own
        out.append("".join(p if p in "-/" else _WORD.sub(lambda m: _cap_word(m.group(0), i == 0), p) for p in parts))
    return " ".join(out)


def _form(doc_type: str, issuer: str) -> str:
    """The legal-form phrase ("Peraturan Bupati Sukamaju", "Keputusan Kepala Dinas …") or "" for other types."""
    official = bool(_HEAD_OFFICIALS.match(issuer))
    if doc_type == "perda":
        return "Peraturan Daerah" + (f" {issuer}" if _REGION.match(issuer) else "")
    if doc_type in {"perkada", "peraturan_menteri"}:
        return f"Peraturan {issuer}" if official else ("Peraturan Kepala Daerah" if doc_type == "perkada" else "Peraturan Menteri")
    if doc_type == "keputusan":
        return f"Keputusan {issuer}" if official else "Keputusan"
    if doc_type == "surat_edaran":
        return f"Surat Edaran {issuer}" if official else "Surat Edaran"
    return ""


def document_label(doc: Document, doc_type: str | None = None, draft: bool = False) -> str:
    """A readable name for the document; the file name when nothing better was recognised."""
    doc_type = doc_type or doc.doc_type or ""
    title = title_case(doc.title or "")
    issuer = title_case(doc.issuer or "")
    form = _form(doc_type, issuer)
    file_name = doc.path.rsplit("/", 1)[-1]
    if not form:
        if doc_type == "sop" and title and not title.lower().startswith(("sop", "standar")):
            return _cap(f"SOP {title}")
        return _cap(title) if title else file_name
    label = f"Rancangan {form}" if draft else form
    number = (doc.number or "").strip()
    if number:
        label += f" Nomor {number}"
        if doc.year and not number.endswith(str(doc.year)):
            label += f" Tahun {doc.year}"
    if title:
        label += f" tentang {title}"
    elif not number:
        return file_name
    return _cap(label)


def _cap(label: str) -> str:
    return label if len(label) <= LABEL_MAX_CHARS else label[: LABEL_MAX_CHARS - 1].rsplit(" ", 1)[0] + "…"
