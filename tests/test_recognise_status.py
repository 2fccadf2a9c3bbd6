"""Draft vs enacted: each cue positive and negative, the two messy real-world cases, SOPs, letters."""
from __future__ import annotations

from recognise_support import ENACTED_CLOSING, UNSIGNED_CLOSING, codes, perbup, recognise, rule_ids


def test_enacted_perbup_reads_number_title_date_issuer() -> None:
    doc = recognise(perbup())
    assert doc.status == "enacted" and doc.signed is True
    assert (doc.number, doc.year, doc.date) == ("81", 2021, "2021-08-31")
    assert doc.title == "PENYELENGGARAAN SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK"
    assert (doc.issuer, doc.agency) == ("Bupati Batu Bara", "Kabupaten Batu Bara")
    assert "enacted.ditetapkan" in rule_ids(doc, "status")
    assert "DRAFT" not in codes(doc) and "UNSIGNED" not in codes(doc)


def test_mengingat_numbers_are_not_the_documents_own() -> None:
    doc = recognise(perbup(number="", year="2021", closing=UNSIGNED_CLOSING))
    assert doc.number is None  # not 95 (Perpres) or 7 (Perda) from Mengingat
    assert doc.status == "draft" and "draft.blank_number" in rule_ids(doc, "status")


def test_blank_number_on_a_registered_act_is_an_image_not_a_draft() -> None:
    """Issue 11: the text layer reads 'NOMOR TAHUN 2013' (number typed on an image); the register is filled."""
    doc = recognise(perbup(number="", year="2021"))
    assert doc.number is None and doc.status == "enacted"
    assert "enacted.diundangkan_register" in rule_ids(doc, "status")
    assert "DRAFT" not in codes(doc)


def test_typed_placeholder_next_to_a_register_stays_draft() -> None:
    """A draft copied from an older act keeps that act's register line; the dots still make it a draft."""
    doc = recognise(perbup(number="....", year="2021"))
    assert doc.status == "draft" and "draft.placeholder_number" in rule_ids(doc, "status")


def test_rancangan_word_is_draft() -> None:
    doc = recognise(perbup(top="RANCANGAN\n", closing=UNSIGNED_CLOSING))
    assert doc.status == "draft"
    assert rule_ids(doc, "status")[0] == "draft.word_title"
    finding = next(f for f in doc.findings if f.code == "DRAFT")
    assert finding.rule == "draft.word_title" and finding.page == 1 and finding.message and finding.fix_en


def test_rancangan_inside_body_text_is_not_a_draft_cue() -> None:
    doc = recognise(perbup().replace("Pasal 1\n", "Pasal 1\nRancangan peraturan daerah disusun oleh Bappeda.\n"))
    assert doc.status == "enacted"


def test_placeholder_numbers() -> None:
    for number in ("....", "XXX", "……/……/2019", "___"):
        doc = recognise(perbup(number=number))
        assert doc.status == "draft", number
        assert doc.number is None


def test_real_draft_with_salinan_and_ttd_but_placeholder_number() -> None:
    """framework.md §4.1: the Kepmenko draft carries SALINAN and 'ttd' — the placeholder number wins."""
    text = ("SALINAN\nKEPUTUSAN MENTERI KOORDINATOR BIDANG PEREKONOMIAN\nREPUBLIK INDONESIA\n"
            "NOMOR KEP. XXX/M.EKON/XX/XX/2023\nTENTANG\nTIM KOORDINASI SPBE\n"
            "Menimbang : bahwa perlu;\nMEMUTUSKAN:\nPasal 9\nKeputusan Menteri ini mulai berlaku pada tanggal ditetapkan.\n"
            "Ditetapkan di Jakarta\npada tanggal XX XXX 2023\nMENTERI KOORDINATOR BIDANG PEREKONOMIAN,\nttd.\n"
            "AIRLANGGA HARTARTO\nSalinan sesuai dengan aslinya\nKepala Biro Hukum,\n")
    doc = recognise(text)
    assert doc.doc_type == "keputusan" and doc.status == "draft"
    assert doc.issuer == "Menteri Koordinator Bidang Perekonomian"
    assert "DRAFT" in codes(doc)


def test_real_enacted_perbup_with_blank_promulgation_date() -> None:
    """framework.md §4.1: blank 'Diundangkan … Pada tanggal' but a filled Berita Daerah number → enacted + warning."""
    closing = ENACTED_CLOSING.replace("pada tanggal 1 September 2021", "Pada tanggal")
    doc = recognise(perbup(closing=closing))
    assert doc.status == "enacted"
    blank = [f for f in doc.findings if f.code == "BLANK_PROMULGATION_DATE"]
    assert blank and blank[0].severity == "warning" and blank[0].page == 2


def test_blank_enactment_date_is_draft() -> None:
    closing = "Ditetapkan di Lima Puluh\npada tanggal        2021\nBUPATI BATU BARA,\nZAHIR"
    doc = recognise(perbup(closing=closing))
    assert doc.status == "draft" and "draft.blank_enactment_date" in rule_ids(doc, "status")
    assert doc.signed is False and "UNSIGNED" in codes(doc)


def test_empty_register_and_paraf_table_are_weak_draft_cues() -> None:
    closing = ("Diundangkan di Lima Puluh\npada tanggal\nBERITA DAERAH KABUPATEN BATU BARA TAHUN\n"
               "No\nPejabat\nParaf\n1.\nSekretaris Daerah\n")
    doc = recognise(perbup(closing=closing))
    assert doc.status == "draft"
    assert {"draft.empty_register", "draft.paraf_table"} & set(rule_ids(doc, "status"))


def test_unsigned_but_numbered_and_dated_is_enacted_with_unsigned_finding() -> None:
    doc = recognise(perbup(closing=UNSIGNED_CLOSING))
    assert doc.status == "enacted" and doc.signed is False
    assert "UNSIGNED" in codes(doc) and "DRAFT" not in codes(doc)


def test_bsre_and_pdf_signature_sign_the_document() -> None:
    bsre = UNSIGNED_CLOSING + ("\nDokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik "
                               "yang diterbitkan oleh BSrE")
    assert recognise(perbup(closing=bsre)).signed is True
    doc = recognise(perbup(closing=UNSIGNED_CLOSING), pdf_signature=True)
    assert doc.signed is True and "enacted.pdf_signature" in [e.rule for e in doc.evidence]


def test_no_ditetapkan_block_in_the_text_leaves_the_number_to_decide() -> None:
    """Without its closing block (an excerpt, the first pages, a lost last page) a filled number is what is left:
    numbers are given at enactment (real_samples' labels: enacted = numbered, dated, signed or published)."""
    doc = recognise(perbup(closing=""))
    assert doc.status == "enacted" and [e.rule for e in doc.evidence if e.field == "status"] == ["enacted.own_number"]
    assert recognise(perbup(number="", closing="")).status != "enacted"


def test_uu_disahkan_counts_as_enacted() -> None:
    text = ("UNDANG-UNDANG REPUBLIK INDONESIA\nNOMOR 11 TAHUN 2008\nTENTANG\nINFORMASI DAN TRANSAKSI ELEKTRONIK\n"
            "DENGAN RAHMAT TUHAN YANG MAHA ESA\n\fDisahkan di Jakarta\npada tanggal 21 April 2008\n"
            "PRESIDEN REPUBLIK INDONESIA,\nttd.\nDR. H. SUSILO BAMBANG YUDHOYONO\n"
            "LEMBARAN NEGARA REPUBLIK INDONESIA TAHUN 2008 NOMOR 58\n")
    doc = recognise(text)
    assert (doc.doc_type, doc.status, doc.number, doc.year, doc.date) == (
        "peraturan_nasional", "enacted", "11", 2008, "2008-04-21")
    assert doc.issuer == "Presiden Republik Indonesia"


def test_docx_header_marker_makes_a_draft() -> None:
    text = "@header\nDRAFT\n\f" + perbup()
    doc = recognise(text, fmt="docx")
    assert doc.status == "draft" and "draft.word_header" in rule_ids(doc, "status")
    assert next(e for e in doc.evidence if e.rule == "draft.word_header").page == 1


def test_watermark_line_is_case_sensitive() -> None:
    assert recognise(perbup() + "\nDRAFT\n").status == "draft"
    assert recognise(perbup() + "\nDraft\n").status == "enacted"


SOP = """PEMERINTAH KOTA BATU
DINAS KOMUNIKASI DAN INFORMATIKA
Nomor SOP : {number}
Tanggal Pembuatan : 2 Januari 2022
Tanggal Efektif : {effective}
{approval}
Nama SOP : Pencadangan Data
Kualifikasi Pelaksana : Memahami server
"""


def test_sop_enacted_only_with_pengesahan_and_tanggal_efektif() -> None:
    ok = recognise(SOP.format(number="10/SOP/2022", effective="3 Januari 2022",
                              approval="Disahkan oleh : Kepala Dinas Komunikasi dan Informatika"))
    assert ok.doc_type == "sop" and ok.status == "enacted" and ok.date == "2022-01-03"
    assert "enacted.sop_pengesahan" in rule_ids(ok, "status")
    no_date = recognise(SOP.format(number="10/SOP/2022", effective="", approval="Disahkan oleh : Kepala Dinas"))
    no_approval = recognise(SOP.format(number="10/SOP/2022", effective="3 Januari 2022", approval=""))
    for doc, missing in ((no_date, "Tanggal Efektif"), (no_approval, "Pengesahan")):
        assert doc.status == "unknown"
        f = next(f for f in doc.findings if f.code == "SOP_NOT_ENACTED")
        assert missing in f.message


def test_sop_with_dotted_number_and_draft_word_is_draft() -> None:
    doc = recognise("DRAFT\n" + SOP.format(number="..../SOP/2023", effective="........", approval=""))
    assert doc.doc_type == "sop" and doc.status == "draft"


def test_letters_dated_are_enacted_and_screenshots_unknown() -> None:
    letter = recognise("PEMERINTAH KABUPATEN SLEMAN\nDINAS KOMUNIKASI DAN INFORMATIKA\nSleman, 4 Mei 2022\n"
                       "Nomor : 005/12/2022\nSifat : Biasa\nPerihal : Undangan Rapat\nYth. Kepala OPD\n")
    assert letter.doc_type == "undangan" and letter.status == "enacted" and letter.number == "005/12/2022"
    assert letter.date == "2022-05-04" and letter.agency == "Kabupaten Sleman"
    shot = recognise("Gambar 1. Tampilan halaman login aplikasi\nttd\n")
    assert shot.doc_type == "tangkapan_layar" and shot.status == "unknown"


def test_lampiran_header_is_the_identity_of_a_lampiran_only_file() -> None:
    text = ("LAMPIRAN II\nKEPUTUSAN BUPATI SLEMAN\nNOMOR : 21/Kep.KDH/A/2022\nTANGGAL : 5 Maret 2022\n"
            "TENTANG : TIM KOORDINASI SPBE\nSUSUNAN KEANGGOTAAN\n\fBUPATI SLEMAN,\nKUSTINI\n")
    doc = recognise(text)
    assert (doc.doc_type, doc.status, doc.number, doc.date) == ("keputusan", "enacted", "21/Kep.KDH/A/2022", "2022-03-05")
    assert doc.title and doc.title.startswith("TIM KOORDINASI SPBE")  # a following table heading may run on
