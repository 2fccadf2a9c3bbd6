"""Agency under evaluation, provenance findings (FOREIGN_ISSUER, NATIONAL_REGULATION) and duplicates."""
from __future__ import annotations

from dataclasses import replace

from recognise_support import codes, perbup, recognise, rules

from evidence_check.models import Agency
from evidence_check.recognise import assess_provenance, mark_duplicates, resolve_agency
from evidence_check.recognise.agency import normalise_agency, same_agency

PERWALI_DENPASAR = ("PERATURAN WALI KOTA DENPASAR\nNOMOR 12 TAHUN 2022\nTENTANG\nARSITEKTUR SPBE\n"
                    "\fDitetapkan di Denpasar\npada tanggal 4 April 2022\nWALI KOTA DENPASAR,\nttd\nJAYA NEGARA\n")
PERMEN = ("PERATURAN MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN\nREFORMASI BIROKRASI REPUBLIK INDONESIA\n"
          "NOMOR 59 TAHUN 2020\nTENTANG\nPEMANTAUAN DAN EVALUASI SPBE\n")
PERPRES = "PERATURAN PRESIDEN REPUBLIK INDONESIA\nNOMOR 95 TAHUN 2018\nTENTANG\nSPBE\n"
SK_KADIS = ("PEMERINTAH KABUPATEN BATU BARA\nDINAS KOMUNIKASI DAN INFORMATIKA\nNOTA DINAS\nNomor : 005/1/2023\n"
            "Perihal : Rapat\n")


def _folder() -> list:
    return [recognise(perbup(), path="a.pdf"), recognise(SK_KADIS, path="b.pdf"),
            recognise(PERWALI_DENPASAR, path="c.pdf"), recognise(PERMEN, path="d.pdf"),
            recognise(PERPRES, path="e.pdf")]


def test_inferred_agency_is_the_most_common_region_with_support() -> None:
    agency = resolve_agency(_folder(), None, rules())
    assert agency == Agency(name="Kabupaten Batu Bara", inferred=True, support=2, total=5)


def test_instansi_option_wins_and_is_normalised() -> None:
    agency = resolve_agency(_folder(), "Pemkab Batubara", rules())
    assert agency.name == "Kabupaten Batu Bara" and agency.inferred is False


def test_foreign_and_national_findings() -> None:
    docs = _folder()
    agency = resolve_agency(docs, None, rules())
    out = {d.path: codes(assess_provenance(d, agency, rules())) for d in docs}
    assert "FOREIGN_ISSUER" not in out["a.pdf"] and "FOREIGN_ISSUER" not in out["b.pdf"]
    assert "FOREIGN_ISSUER" in out["c.pdf"]
    assert "NATIONAL_REGULATION" in out["d.pdf"] and "NATIONAL_REGULATION" in out["e.pdf"]
    foreign = next(f for f in assess_provenance(docs[2], agency, rules()).findings if f.code == "FOREIGN_ISSUER")
    assert "Kota Denpasar" in foreign.message and "Kabupaten Batu Bara" in foreign.message
    assert foreign.message_en and foreign.fix and foreign.fix_en and foreign.rule


def test_ministerial_decree_is_national_for_a_region() -> None:
    kepmen = recognise("KEPUTUSAN MENTERI KOORDINATOR BIDANG PEREKONOMIAN\nREPUBLIK INDONESIA\nNOMOR 70 TAHUN 2023\n"
                       "TENTANG\nTIM KOORDINASI SPBE\n")
    assert kepmen.agency == "Kemenko Perekonomian"
    region = resolve_agency([kepmen], "Kabupaten Batu Bara", rules())
    assert codes(assess_provenance(kepmen, region, rules())) == ["NATIONAL_REGULATION"]
    itself = resolve_agency([kepmen], "Kemenko Perekonomian", rules())
    assert itself.support == 1 and codes(assess_provenance(kepmen, itself, rules())) == []


def test_ministry_evaluating_itself_keeps_its_own_permen() -> None:
    doc = recognise(PERMEN)
    agency = resolve_agency([doc], "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", rules())
    assert agency.name == "Kementerian PANRB"
    assert "NATIONAL_REGULATION" not in codes(assess_provenance(doc, agency, rules()))


def test_region_name_variants_match() -> None:
    r = rules()
    assert normalise_agency("Kab. Batu Bara", r) == "Kabupaten Batu Bara"
    assert normalise_agency("Pemerintah Kotamadya Denpasar", r) == "Kota Denpasar"
    assert normalise_agency("KABUPATEN BATUBARA", r) == "Kabupaten Batu Bara"
    assert same_agency("Kota Denpasar", "Kota Denpasr", r)  # OCR drop
    assert not same_agency("Kota Bogor", "Kabupaten Bogor", r)
    doc = recognise("PERATURAN WALIKOTA DENPASAR\nNOMOR 1 TAHUN 2020\nTENTANG\nX\n")
    assert (doc.issuer, doc.agency) == ("Wali Kota Denpasar", "Kota Denpasar")


def test_no_agency_when_nothing_names_one() -> None:
    assert resolve_agency([recognise("catatan pribadi")], None, rules()) == Agency(None, True, 0, 1)


def test_duplicates_by_hash_and_by_text() -> None:
    a = recognise(perbup(), path="a.pdf")
    same_bytes = replace(a, path="z/copy.pdf")
    same_text = replace(recognise(perbup().replace("\n", "  \n"), path="b.docx"), sha256="other")
    other = recognise(PERMEN, path="c.pdf")
    out = {d.path: d for d in mark_duplicates([same_bytes, a, same_text, other], rules())}
    assert codes(out["a.pdf"]) == codes(a)
    dup = next(f for f in out["z/copy.pdf"].findings if f.code == "DUPLICATE")
    assert "a.pdf" in dup.message and dup.rule == "duplicate.sha256"
    assert "DUPLICATE" in codes(out["b.docx"]) and "DUPLICATE" not in codes(out["c.pdf"])
