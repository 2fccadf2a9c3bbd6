"""Facts on real documents from ../shared/real_samples (text-layer files only; skipped when absent)."""
from __future__ import annotations

from pathlib import Path

import pytest

from evidence_check.context import Options
from evidence_check.recognise import recognise_document

from .recognise_support import codes, rules

REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "real_samples"
pytestmark = pytest.mark.skipif(not (REAL / "labels.yaml").exists(), reason="shared/real_samples not present")

NAMES = {
    "dpa": "DPA_Diskominfo_Singkawang_2019_Penyusunan_Masterplan_TIK.pdf",
    "ciamis": "Surat_Diskominfo_Ciamis_500.12.15-2258-Diskominfo.04-2026_Usulan_VPS_Satu_Peta_TTE.pdf",
    "kebumen": "Undangan_Diskominfo_Kebumen_005-421_2024_Medsos_TTE.pdf",
    "renstra": "Renstra_DPMPTSP_Jember_2021-2026.pdf",
    "wonosobo_form": "Formulir_Akses_Data_Center_Wonosobo.docx",
    "uu_ite": "UU_11_2008_Informasi_dan_Transaksi_Elektronik.pdf",
    "madiun_index": "Laporan_KemenPANRB_Indeks_SPBE_Kab_Madiun_2020.pdf",
}


@pytest.fixture(scope="module")
def docs() -> dict:
    from evidence_check.extract import extract_file

    folder = REAL / "docs"
    return {k: recognise_document(extract_file(folder / n, Options(input=folder, use_cache=False)), rules())
            for k, n in NAMES.items()}


def test_dpa_yields_programme_and_activity_codes(docs: dict) -> None:
    d = docs["dpa"]
    by_level = {c["level"]: c for c in d.facts["budget_codes"]}
    assert by_level["program"]["code"] == "2.10.2.10.01.065"
    assert by_level["kegiatan"]["name"] == "Penyusunan Masterplan TIK"
    assert d.facts["budget_recap"] is True  # a 2019 DPA has no sub-activity line
    assert d.facts["plan_years"] == [2019, 2019]
    assert not any(c["code"].startswith("5.") for c in d.facts["budget_codes"])  # account codes are no budget codes


def test_ciamis_letter_bsre_and_qr_but_no_signature_dictionary(docs: dict) -> None:
    d = docs["ciamis"]
    assert d.facts["signature"]["bsre"] is True and d.facts["signature"]["qr"] is True
    assert d.facts["signature"]["digital"] is False
    assert any(q["text"] and "ciamiskab.go.id" in q["text"] for q in d.meta["qr_codes"])
    assert "SIGNATURE_LOST" in codes(d)


def test_kebumen_invitation_signature_intact(docs: dict) -> None:
    sig = docs["kebumen"].facts["signature"]
    assert sig["digital"] is True and sig["signer"] == "Sukamto" and sig["intact"] is True


def test_renstra_years_and_form_placeholders(docs: dict) -> None:
    assert docs["renstra"].facts["plan_years"] == [2021, 2026]
    assert "TEMPLATE_PLACEHOLDER" in codes(docs["wonosobo_form"])


def test_a_statute_on_e_signatures_claims_no_signature(docs: dict) -> None:
    d = docs["uu_ite"]
    assert "signature" not in d.facts and "SIGNATURE_LOST" not in codes(d)
    assert "TEMPLATE_PLACEHOLDER" not in codes(d)


def test_index_report_names_the_instrument_and_no_threshold_as_value(docs: dict) -> None:
    ix = docs["madiun_index"].facts["index"]
    assert ix["instrument"] == "Indeks SPBE" and ix["year"] == 2020
    assert ix["value"] in (None, 3.3)  # 2,6 is the target, 2,26 the national average
