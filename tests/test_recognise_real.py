"""Recognition on real documents from ../shared/real_samples (text-layer files only; skipped when absent)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from recognise_support import codes, rules

from evidence_check.recognise import assess_provenance, recognise_document, resolve_agency

REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "real_samples"
pytestmark = pytest.mark.skipif(not (REAL / "labels.yaml").exists(), reason="shared/real_samples not present")

TEXT_LAYER = [
    "Draft_Kepwal_Singkawang_Struktur_PLID_2018.pdf",  # the draft without the word RANCANGAN
    "Kepwal_Denpasar_188.45-1612-HK-2019_Rencana_Induk_TIK.pdf",  # Mengingat cites other numbers
    "Perwali_Bandar_Lampung_54_2021_SOTK_Diskominfo.pdf",  # stray glyph in the heading
    "UU_11_2008_Informasi_dan_Transaksi_Elektronik.pdf",  # 'Disahkan'
    "Kepgub_Kalbar_224-BAPPEDA-2023_Forum_Satu_Data.pdf",  # Ditetapkan before a lampiran table
    # issue 11 classes (development part of the split in benchmarks/recognition.py, never the held-out part)
    "Surat_Tugas_Diskominfo_Katingan_800.1.1-41-DISKOMINFO-1-2025_Pelatihan_GTA.pdf",  # a letter, not an invitation
    "RFC2350_JatimProv-CSIRT_v2.0_2026.pdf",  # e-signed profile: enacted
    "Renstra_DPMPTSP_Jember_2021-2026.pdf",  # Title Case cover, signed foreword
]
SUBTYPES = {
    "Kepgub_Kalbar_224-BAPPEDA-2023_Forum_Satu_Data.pdf": "sk_walidata",
    "Renstra_DPMPTSP_Jember_2021-2026.pdf": "renstra",
    "Kepwal_Denpasar_188.45-1612-HK-2019_Rencana_Induk_TIK.pdf": None,  # a master plan is none of the subtypes
    "UU_11_2008_Informasi_dan_Transaksi_Elektronik.pdf": None,
}


@pytest.fixture(scope="module")
def docs() -> dict:
    from evidence_check.extract import extract_file

    labels = yaml.safe_load((REAL / "labels.yaml").read_text(encoding="utf-8"))
    return {name: (recognise_document(extract_file(REAL / "docs" / name), rules()), labels[f"docs/{name}"])
            for name in TEXT_LAYER}


@pytest.mark.parametrize("name", TEXT_LAYER)
def test_type_status_number(docs: dict, name: str) -> None:
    doc, lab = docs[name]
    assert doc.doc_type == lab["doc_type"]
    assert doc.status == lab["status"]
    assert doc.number == lab["number"] and doc.year == lab["year"]
    assert any(e.field == "status" and e.page for e in doc.evidence) or doc.status == "unknown"


def test_provenance_against_denpasar(docs: dict) -> None:
    agency = resolve_agency([d for d, _ in docs.values()], "Kota Denpasar", rules())
    out = {n: codes(assess_provenance(d, agency, rules())) for n, (d, _) in docs.items()}
    assert "FOREIGN_ISSUER" in out["Perwali_Bandar_Lampung_54_2021_SOTK_Diskominfo.pdf"]
    assert "FOREIGN_ISSUER" not in out["Kepwal_Denpasar_188.45-1612-HK-2019_Rencana_Induk_TIK.pdf"]
    assert "NATIONAL_REGULATION" in out["UU_11_2008_Informasi_dan_Transaksi_Elektronik.pdf"]


@pytest.mark.parametrize("name", sorted(SUBTYPES))
def test_subtype(docs: dict, name: str) -> None:
    doc, _ = docs[name]
    assert doc.subtype == SUBTYPES[name]
    if doc.subtype:
        assert any(e.field == "subtype" and e.page for e in doc.evidence)
