"""Helpers for the recognition tests: shipped rules loaded once, documents built from text."""
from __future__ import annotations

from functools import lru_cache

from labelled_support import doc_from_text

from evidence_check.context import PROJECT_RULES
from evidence_check.models import Document
from evidence_check.recognise import RecognitionRules, load_recognition_rules, recognise_document


@lru_cache(maxsize=1)
def rules() -> RecognitionRules:
    return load_recognition_rules((PROJECT_RULES,))


def recognise(text: str, method: str = "text", fmt: str = "pdf", path: str = "doc.pdf", **meta: object) -> Document:
    doc = doc_from_text(path, text, method, fmt)
    if meta:
        from dataclasses import replace

        doc = replace(doc, meta=dict(meta))
    return recognise_document(doc, rules())


def codes(doc: Document) -> list[str]:
    return [f.code for f in doc.findings]


def rule_ids(doc: Document, field: str) -> list[str]:
    return [e.rule for e in doc.evidence if e.field == field]


PERBUP = """BUPATI BATU BARA
PROVINSI SUMATERA UTARA
PERATURAN BUPATI BATU BARA
NOMOR {number} TAHUN {year}
TENTANG
PENYELENGGARAAN SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK
DENGAN RAHMAT TUHAN YANG MAHA ESA
BUPATI BATU BARA,
Menimbang : a. bahwa perlu menetapkan Peraturan Bupati tentang SPBE;
Mengingat : 1. Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;
2. Peraturan Daerah Kabupaten Batu Bara Nomor 7 Tahun 2016 tentang Perangkat Daerah;
MEMUTUSKAN:
Menetapkan : PERATURAN BUPATI TENTANG SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK.
Pasal 1
Dalam Peraturan Bupati ini yang dimaksud dengan:
\f
Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Bupati ini dengan penempatannya dalam Berita Daerah Kabupaten Batu Bara.
{closing}
"""

ENACTED_CLOSING = """Ditetapkan di Lima Puluh
pada tanggal 31 Agustus 2021
BUPATI BATU BARA,
ttd
ZAHIR
Diundangkan di Lima Puluh
pada tanggal 1 September 2021
SEKRETARIS DAERAH KABUPATEN BATU BARA,
ttd
SAKTI ALAM SIREGAR
BERITA DAERAH KABUPATEN BATU BARA TAHUN 2021 NOMOR 81"""

UNSIGNED_CLOSING = """Ditetapkan di Lima Puluh
pada tanggal 31 Agustus 2021
BUPATI BATU BARA,
ZAHIR"""


def perbup(number: str = "81", year: str = "2021", closing: str = ENACTED_CLOSING, top: str = "") -> str:
    return top + PERBUP.format(number=number, year=year, closing=closing)
