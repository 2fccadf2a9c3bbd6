"""What a document is about for the Pemdi framework (evidence_check/indicators/subjects.py and its users).

Each rule is held against a pair of generated documents (tests/pemditexts.py): one the rule must keep from an
indicator (a letterhead, an e-signature note, a list of every subject, another body's reference) and one of
the same kind that is about the subject and must still map.
"""
from __future__ import annotations

import pytest

from evidence_check.context import PROJECT_RULES
from evidence_check.errors import RuleError
from evidence_check.indicators import load_framework
from evidence_check.indicators.itemframework import ItemFramework, load_item_framework
from evidence_check.indicators.itemjudge import document_indicators
from evidence_check.indicators.subjects import subjects
from evidence_check.indicators.text import DocText
from evidence_check.models import Document, Page
from tests import pemditexts as pt


@pytest.fixture(scope="module")
def fw() -> ItemFramework:
    got = load_framework((PROJECT_RULES,), "permenpanrb-8-2026")
    assert isinstance(got, ItemFramework)
    return got


def doc(pages: list[str], doc_type: str, title: str | None = None, subtype: str | None = None,
        agency: str | None = "Kabupaten Sukamaju", issuer: str | None = None) -> Document:
    return Document(path=f"{doc_type}.pdf", format="pdf", page_count=len(pages),
                    pages=tuple(Page(i + 1, t, "text") for i, t in enumerate(pages)),
                    doc_type=doc_type, subtype=subtype, status="enacted",  # type: ignore[arg-type]
                    title=title, year=2026, agency=agency, issuer=issuer)


def mapped(d: Document, fw: ItemFramework) -> dict[int, list[str]]:
    return document_indicators(d, fw, 2026)


def test_e_signature_note_and_letterhead_do_not_make_a_letter_about_cryptography(fw: ItemFramework) -> None:
    letterhead = mapped(doc(pt.surat_tugas_pelatihan(esign=False), "lainnya"), fw)
    assert 11 not in letterhead and 7 not in letterhead  # "Dinas ..., Statistik dan Persandian"
    assert 3 in letterhead  # what the letter is about: staff sent to national digital learning
    signed = mapped(doc(pt.surat_tugas_pelatihan(unit=pt.DISKOMINFO, esign=True), "lainnya"), fw)
    assert 11 not in signed and 3 in signed  # "... secara elektronik menggunakan sertifikat elektronik ..."
    # a report on cryptography, on the same letterhead and with the same e-signature note, is about it
    report = mapped(doc(pt.laporan_persandian(), "laporan",
                        title="Laporan Penyelenggaraan Persandian Tahun 2026"), fw)
    assert 11 in report


def test_the_subject_view_blanks_only_the_configured_spans(fw: ItemFramework) -> None:
    text = DocText.of(doc(pt.surat_tugas_pelatihan(), "lainnya"))
    view = subjects(text, fw)
    assert 11 not in view.title and 7 not in view.title
    # without the framework's not_subject list the letterhead names cryptography again
    bare = load_item_framework(fw.source, {**fw.data.model_dump(), "not_subject": []})
    assert 11 in subjects(DocText.of(doc(pt.surat_tugas_pelatihan(), "lainnya")), bare).title


def test_a_title_naming_one_subject_keeps_body_mentions_of_others_out(fw: ItemFramework) -> None:
    csirt = mapped(doc(pt.profil_csirt(), "lainnya", title="RFC 2350 SukamajuKab-CSIRT"), fw)
    assert 12 in csirt and 10 not in csirt  # security named throughout; the title says incident response
    # a yearly report whose title names no subject of the framework is about what its body keeps naming
    yearly = mapped(doc(pt.laporan_tahunan_keamanan(), "laporan", title="Laporan Tahunan 2026"), fw)
    assert 10 in yearly


def test_an_umbrella_title_does_not_narrow_a_regulation(fw: ItemFramework) -> None:
    spbe = mapped(doc(pt.perbup_payung(), "perkada", title="Sistem Pemerintahan Berbasis Elektronik"), fw)
    assert 1 in spbe and 14 in spbe  # SPBE as a whole, and the data centre its articles regulate
    bare = load_item_framework(fw.source, {**fw.data.model_dump(), "umbrella_subjects": []})
    spbe_bare = mapped(doc(pt.perbup_payung(), "perkada",
                           title="Sistem Pemerintahan Berbasis Elektronik"), bare)
    assert 14 not in spbe_bare  # without the umbrella list the SPBE title would narrow the regulation to I1
    narrow = mapped(doc(pt.perbup_payung(subject="PENANGANAN INSIDEN SIBER"), "perkada",
                        title="Penanganan Insiden Siber"), fw)
    assert 12 in narrow and 14 not in narrow


def test_the_longest_subject_phrase_owns_its_words(fw: ItemFramework) -> None:
    form = mapped(doc(pt.formulir_insiden(), "lainnya"), fw)
    assert 12 in form and 10 not in form  # "insiden keamanan informasi": the incident, not security as such
    policy = mapped(doc(pt.formulir_insiden(title="KEBIJAKAN KEAMANAN INFORMASI"), "lainnya"), fw)
    assert 10 in policy and 12 not in policy


def test_a_follow_up_table_of_every_subject_follows_up_only_its_title(fw: ItemFramework) -> None:
    table = mapped(doc(pt.monev_tindak_lanjut_indeks(), "laporan", subtype="laporan_tindak_lanjut",
                       title="Monitoring dan Evaluasi Tindak Lanjut Hasil Evaluasi Indeks SPBE 2025"), fw)
    assert 1 in table
    assert not {2, 4, 13, 14, 15} & set(table), table
    single = mapped(doc(pt.laporan_tindak_lanjut_manajemen_layanan(), "laporan",
                        subtype="laporan_tindak_lanjut",
                        title="Laporan Tindak Lanjut Reviu Manajemen Layanan Digital 2026"), fw)
    assert "I2-L5-01" in single.get(2, [])


def test_a_template_listing_every_indicator_backs_none(fw: ItemFramework) -> None:
    template = mapped(doc(pt.templat_laporan_capaian([i.name for i in fw.indicators]), "lainnya"), fw)
    assert template == {}
    review = mapped(doc(pt.ulasan_layanan(), "lainnya"), fw)
    assert any(code.startswith("I20-L") for code in review.get(20, []))  # the same words on a feedback screen


def test_a_plan_backs_collaboration_items_only_with_digital_government_content(fw: ItemFramework) -> None:
    sector = mapped(doc(pt.renstra_opd(digital=False), "dokumen_perencanaan", subtype="renstra",
                        title="Rencana Strategis"), fw)
    assert not {2, 4, 16, 17} & set(sector), sector
    digital = mapped(doc(pt.renstra_opd(digital=True), "dokumen_perencanaan", subtype="renstra",
                         title="Rencana Strategis"), fw)
    assert {"I4-L1-02", "I4-L2-01", "I4-L3-01"} <= set(digital.get(4, []))
    assert "I16-L2-01" in digital.get(16, [])


def test_a_central_bodys_regulation_for_its_own_offices_is_its_own_evidence(fw: ItemFramework) -> None:
    body = "LEMBAGA ANTARIKSA NASIONAL"
    own = doc(pt.juknis_tata_naskah(body, f"KEPALA {body}"), "peraturan_menteri",
              title=f"Petunjuk Teknis Tata Naskah Elektronik di Lingkungan {body}",
              agency="Lembaga Antariksa Nasional", issuer="Kepala Lembaga Antariksa Nasional")
    assert 13 in mapped(own, fw)
    national = doc(pt.juknis_tata_naskah("INSTANSI PEMERINTAH", f"KEPALA {body}"), "peraturan_menteri",
                   title="Petunjuk Teknis Tata Naskah Elektronik di Lingkungan Instansi Pemerintah",
                   agency="Lembaga Antariksa Nasional", issuer="Kepala Lembaga Antariksa Nasional")
    assert 13 not in mapped(national, fw)  # a guideline for every agency is a reference


def test_a_broken_not_subject_pattern_is_refused_at_load(fw: ItemFramework) -> None:
    data = fw.data.model_dump()
    data["not_subject"] = ["(unclosed"]
    with pytest.raises(RuleError) as err:
        load_item_framework(fw.source, data)
    assert "not_subject.0" in "\n".join(err.value.problems)
    assert load_item_framework(fw.source, fw.data.model_dump()).not_subject_patterns  # the shipped list loads


_SOTK_BODY = ("Pasal 5\nBidang Persandian dan Statistik mempunyai tugas melaksanakan "
              "penyelenggaraan persandian untuk pengamanan informasi, pengelolaan sertifikat "
              "elektronik dan kriptografi, serta pengamanan persandian pada perangkat daerah; "
              "penyelenggaraan persandian dan kriptografi dilaksanakan setiap tahun.\nPasal 6\n"
              "Seksi Persandian melaksanakan persandian, kriptografi dan pengamanan informasi.\n")


def test_organisation_regulation_duty_list_backs_no_indicator(fw: ItemFramework) -> None:
    """An SOTK regulation lists every unit's duties (persandian, statistik …) without being a policy on them;
    a regulation titled by the subject, with the same body, is about it."""
    def perbup(title: str) -> Document:
        head = f"PERATURAN BUPATI SUKAMAJU\nNOMOR 54 TAHUN 2021\nTENTANG\n{title.upper()}\n"
        return doc([head + _SOTK_BODY] * 3, "perkada", title=title)

    sotk_title = "Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Dinas Komunikasi dan Informatika"
    assert 11 not in mapped(perbup(sotk_title), fw)
    assert 11 in mapped(perbup("Penyelenggaraan Persandian untuk Pengamanan Informasi"), fw)
    # without the framework's organisation_titles the duty list pulls the SOTK into cryptography again
    bare = load_item_framework(fw.source, {**fw.data.model_dump(), "organisation_titles": []})
    assert 11 in mapped(perbup(sotk_title), bare)
