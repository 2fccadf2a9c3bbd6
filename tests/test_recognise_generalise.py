"""Issue 11: classes of recognition error seen on unseen real documents, each rule with a positive and a negative case."""
from __future__ import annotations

from recognise_support import ENACTED_CLOSING, UNSIGNED_CLOSING, codes, perbup, recognise, rule_ids, rules

from evidence_check.recognise import assess_provenance, resolve_agency
from evidence_check.recognise.text import join_spaced_digits

BSRE = ("Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh "
        "Balai Besar Sertifikasi Elektronik (BSrE), Badan Siber dan Sandi Negara.")


def _kepbup(subject: str, number: str = "188.45/120/HK/2025", top: str = "", closing: str = "") -> str:
    closing = closing or ("Ditetapkan di Wonosari\npada tanggal 3 Maret 2025\nBUPATI GUNUNGKIDUL,\nttd\nSUNARYANTA\n")
    return (f"{top}KEPUTUSAN BUPATI GUNUNGKIDUL\nNOMOR {number}\nTENTANG\n{subject}\n"
            "BUPATI GUNUNGKIDUL,\nMenimbang : a. bahwa perlu;\nMEMUTUSKAN:\nMenetapkan :\nKESATU : Membentuk tim.\n"
            "KEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan.\n\f" + closing)


# --- "Rancangan" in a decree's subject ---------------------------------------------------------------------
def test_rancangan_inside_the_subject_is_not_a_draft_marker() -> None:
    doc = recognise(_kepbup("PEMBENTUKAN TIM PENYUSUN\nRANCANGAN PERATURAN DAERAH\nTENTANG PENYELENGGARAAN SPBE"))
    assert doc.doc_type == "keputusan" and doc.status == "enacted"
    assert "DRAFT" not in codes(doc)


def test_rancangan_above_the_heading_is_still_a_draft_marker() -> None:
    doc = recognise(_kepbup("PEMBENTUKAN TIM SPBE", number="...../HK/2025", top="RANCANGAN\n"))
    assert doc.status == "draft" and "draft.word_title" in rule_ids(doc, "status")


# --- handwritten number read by OCR as a letter -------------------------------------------------------------
def test_number_read_as_a_letter_on_a_scan_is_not_unnumbered() -> None:
    doc = recognise(perbup(number="g", closing=UNSIGNED_CLOSING), method="ocr")
    assert doc.number is None and doc.status == "enacted"  # a filled Ditetapkan date alone did not suffice before


def test_dotted_number_on_a_scan_is_still_a_placeholder() -> None:
    doc = recognise(perbup(number=".....", closing=UNSIGNED_CLOSING), method="ocr")
    assert doc.status == "draft" and "draft.placeholder_number" in rule_ids(doc, "status")


def test_ocr_bracket_for_a_handwritten_one() -> None:
    doc = recognise(perbup(number="(62", closing=UNSIGNED_CLOSING), method="ocr")
    assert doc.number == "162"
    assert recognise(perbup(number="(62", closing=UNSIGNED_CLOSING)).number == "(62"  # text layer: as printed


# --- a real draft: only dots in the number, no Ditetapkan block -------------------------------------------
def test_dotted_number_without_a_ditetapkan_block_is_a_draft() -> None:
    doc = recognise(perbup(number="…", year="2025", closing="BUPATI BATU BARA,\n\nZAHIR"))
    assert doc.status == "draft" and "draft.placeholder_number" in rule_ids(doc, "status")


def test_filled_number_without_a_ditetapkan_block_is_not_a_draft() -> None:
    doc = recognise(perbup(number="5", year="2025", closing="BUPATI BATU BARA,\n\nZAHIR"))
    assert doc.status != "draft"


# --- RANCANGAN heading left on a signed, registered act ----------------------------------------------------
def test_rancangan_heading_left_on_a_registered_act_is_enacted() -> None:
    doc = recognise(perbup(top="RANCANGAN\n"))
    assert doc.status == "enacted" and "DRAFT" not in codes(doc)
    assert "enacted.diundangkan_register" in rule_ids(doc, "status")


def test_rancangan_heading_on_an_unregistered_act_stays_draft() -> None:
    closing = ENACTED_CLOSING.replace("TAHUN 2021 NOMOR 81", "TAHUN 2021 NOMOR")
    doc = recognise(perbup(top="RANCANGAN\n", closing=closing))
    assert doc.status == "draft"


# --- e-signed acts --------------------------------------------------------------------------------------------
def test_e_signed_act_with_a_blank_later_block_is_enacted() -> None:
    closing = ("Ditetapkan di Banjarnegara\npada tanggal 30-12-2025\nBUPATI BATU BARA,\nttd\nZAHIR\n\f"
               f"LAMPIRAN\n{BSRE}\nDitetapkan di Banjarnegara\npada tanggal ...\nBUPATI BATU BARA,\n")
    doc = recognise(perbup(closing=closing))
    assert doc.status == "enacted" and doc.signed is True
    assert "enacted.bsre" in rule_ids(doc, "status")


def test_e_signed_act_with_a_typed_placeholder_number_is_unknown() -> None:
    doc = recognise(perbup(number="....", closing=UNSIGNED_CLOSING + "\n" + BSRE))
    assert doc.status == "unknown"


def test_numeric_enactment_date_counts_as_filled() -> None:
    closing = "Ditetapkan di Lima Puluh\npada tanggal 30-12-2025\nBUPATI BATU BARA,\nZAHIR"
    assert "enacted.ditetapkan" in rule_ids(recognise(perbup(closing=closing)), "status")
    closing = "Ditetapkan di Lima Puluh\npada tanggal ..-..-2025\nBUPATI BATU BARA,\nZAHIR"
    assert "enacted.ditetapkan" not in rule_ids(recognise(perbup(closing=closing)), "status")


def test_stamped_year_misread_on_a_scan_still_shows_a_filled_date() -> None:
    closing = "Ditetapkan di Jakarta\npada tanggal 17 MAR 7018\nBUPATI BATU BARA,\nZAHIR"
    assert "enacted.ditetapkan" in rule_ids(recognise(perbup(closing=closing), method="ocr"), "status")


# --- empty running number -----------------------------------------------------------------------------------
def test_empty_segment_in_an_sop_number_is_a_draft() -> None:
    sop = ("PEMERINTAH KABUPATEN TULANG BAWANG BARAT\nNomor SOP {n}\nTgl Pembuatan Januari 2018\n"
           "Disahkan Oleh Kepala Bagian Hukum\nNama SOP Prosedur JDIH\nKualifikasi Pelaksana\n")
    draft = recognise(sop.format(n="060/ /SOP/TUBABA/2018"))
    assert draft.status == "draft" and draft.number is None
    filled = recognise(sop.format(n="060/12/SOP/TUBABA/2018"))
    assert filled.status != "draft" and filled.number == "060/12/SOP/TUBABA/2018"


def test_nota_dinas_without_running_number_is_a_draft() -> None:
    text = ("NOTA DINAS\nNomor : / 09 / 2018 / SDM\nYth. : Daftar Terlampir\nHal : Rapat Tim\nTanggal : September 2018\n"
            "Bersama ini kami mengundang Bapak/Ibu pada FGD.\nHari, tanggal : Kamis, 27 September 2018\n")
    doc = recognise(text)
    assert doc.doc_type == "undangan" and doc.status == "draft"
    filled = recognise(text.replace("/ 09 / 2018", "45 / 09 / 2018").replace("September 2018\n", "5 September 2018\n", 1))
    assert filled.status != "draft"


# --- non-legal documents that are final ------------------------------------------------------------------
def test_guideline_with_a_signed_foreword_is_enacted() -> None:
    text = ("PEDOMAN\nSTATISTIK SEKTORAL\n\fKATA PENGANTAR\nBuku ini disusun sebagai acuan.\nTanah Merah, 20 November 2023\n"
            "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA\nMARIA, S.Sos\nPembina\nNIP. 197212102006052001\n")
    doc = recognise(text)
    assert doc.doc_type == "pedoman" and doc.status == "enacted" and doc.year == 2023
    # without the NIP the dated foreword still makes it the published edition (labels: enacted = numbered, dated,
    # signed or published); without its date line nothing does
    unsigned = recognise(text.replace("NIP. 197212102006052001\n", ""))
    assert unsigned.status == "enacted" and "enacted.dated_foreword" in rule_ids(unsigned, "status")
    undated = recognise(text.replace("NIP. 197212102006052001\n", "").replace("Tanah Merah, 20 November 2023\n", ""))
    assert undated.status == "unknown"


def test_published_profile_is_enacted() -> None:
    text = ("RFC 2350 KABUPATEN-CSIRT\n1. Informasi Mengenai Dokumen\nJudul : RFC 2350\nVersi : 1.0\n"
            "Tanggal Publikasi : 9 Februari 2023\n")
    doc = recognise(text)
    assert (doc.doc_type, doc.status, doc.year) == ("lainnya", "enacted", 2023)
    assert recognise(text.replace("Tanggal Publikasi : 9 Februari 2023\n", "")).status == "unknown"


def test_final_report_is_enacted_interim_is_not() -> None:
    final = recognise("LAPORAN AKHIR\nKAJIAN KEAMANAN FISIK\nTAHUN 2017\nKATA PENGANTAR\n")
    assert (final.doc_type, final.status) == ("laporan", "enacted")
    interim = recognise("LAPORAN PENDAHULUAN\nKAJIAN KEAMANAN FISIK\nTAHUN 2017\nKATA PENGANTAR\n")
    assert (interim.doc_type, interim.status) == ("laporan", "unknown")


def test_e_signed_letter_is_enacted() -> None:
    text = ("PEMERINTAH KABUPATEN CIAMIS\nDINAS KOMUNIKASI DAN INFORMATIKA\nNomor : 500.12/2258/2026\nSifat : Biasa\n"
            f"Hal : Usulan VPS\nYth. Kepala Pusat\nDengan hormat, kami sampaikan usulan.\n{BSRE}\n")
    doc = recognise(text)
    assert doc.doc_type == "lainnya" and doc.status == "enacted" and doc.signed is True
    assert recognise(text.replace(BSRE, "")).status == "unknown"


def test_numbered_invitation_is_a_sent_letter() -> None:
    """An invitation's or a circular's own number is given when it is sent: a draft leaves it blank."""
    text = ("PEMERINTAH KABUPATEN CIAMIS\nDINAS KOMUNIKASI DAN INFORMATIKA\nNomor : 005/2258/Kominfo\nSifat : Biasa\n"
            "Hal : Undangan Rapat\nYth. Kepala Perangkat Daerah\nDengan hormat, kami mengundang Saudara.\n")
    doc = recognise(text)
    assert (doc.doc_type, doc.status) == ("undangan", "enacted") and rule_ids(doc, "status") == ["enacted.own_number"]
    assert recognise(text.replace("005/2258/Kominfo", "005/   /Kominfo")).status != "enacted"
    # a form's printed control number says nothing of it being filled in
    form = recognise("FORMULIR LAPORAN INSIDEN KEAMANAN INFORMASI\nNo. 706 / 6 / 1.1 / 114 / 2022\nNama Pelapor :\n")
    assert form.status == "unknown"


# --- document types -------------------------------------------------------------------------------------
def test_planning_cover_in_title_case() -> None:
    doc = recognise("Rencana Strategis (Renstra)\nPerangkat Daerah\nTahun 2021 - 2026\nDinas Penanaman Modal\n")
    assert doc.doc_type == "dokumen_perencanaan" and doc.year == 2021
    report = recognise("LAPORAN EVALUASI\nRencana Strategis Perangkat Daerah\nTAHUN 2022\nKATA PENGANTAR\n")
    assert report.doc_type == "laporan"


def test_budget_print_is_a_planning_document() -> None:
    text = ("PEMERINTAH KOTA SINGKAWANG\nRENCANA KERJA DAN ANGGARAN\nSATUAN KERJA PERANGKAT DAERAH\n"
            "Urusan Pemerintahan : 2.16 Komunikasi dan Informatika\nSub Kegiatan : 2.16.03.2.02.0037 Pengelolaan\n")
    assert recognise(text).doc_type == "dokumen_perencanaan"
    assert recognise("LAPORAN KEGIATAN\nPelaksanaan Sub Kegiatan : 2.16.03.2.02.0037\nKATA PENGANTAR\n"
                     "laporan kegiatan ini\n").doc_type == "laporan"


def test_letter_that_invites_nobody_is_lainnya() -> None:
    letter = ("DINAS KOMUNIKASI DAN INFORMATIKA\nNomor : 500/12/2026\nSifat : Biasa\nLampiran : -\nHal : Usulan VPS\n"
              "Yth. Kepala Pusat\nDemikian disampaikan, atas perhatian kami ucapkan terima kasih.\n")
    assert recognise(letter).doc_type == "lainnya"
    invitation = letter.replace("Hal : Usulan VPS", "Hal : Undangan Rapat")
    assert recognise(invitation).doc_type == "undangan"


def test_surat_tugas_is_lainnya_not_an_invitation() -> None:
    text = ("PEMERINTAH KABUPATEN KATINGAN\nSURAT TUGAS\nNomor : 800.1.1/41/DISKOMINFO-1/2025\nMEMERINTAHKAN :\n"
            "Kepada : Nama : EVELLINE\nUntuk : mengikuti pelatihan\nKasongan, 28 April 2025\nKEPALA DINAS,\n")
    doc = recognise(text)
    assert doc.doc_type == "lainnya" and doc.status == "enacted"
    assert recognise(text.replace("SURAT TUGAS", "SURAT UNDANGAN")).doc_type == "undangan"


def test_naskah_akademik_with_a_split_heading_carries_a_draft() -> None:
    text = ("LAPAN\nNASKAH\nAKADEMIK\nRestrukturisasi Organisasi\nJakarta, Juni 2015\n\fBAB I\n"
            "Rancangan Peraturan Kepala Lembaga Penerbangan dan Antariksa Nasional\nNomor ...Tahun 2015 Tentang Organisasi\n")
    doc = recognise(text)
    assert (doc.doc_type, doc.status, doc.year) == ("lainnya", "draft", 2015)
    study = recognise(text.replace("Nomor ...Tahun 2015", "Nomor 5 Tahun 2015"))
    assert study.status != "draft"


def test_heading_broken_over_two_lines() -> None:
    text = "PERATURAN\nKEPALA LEMBAGA PENERBANGAN DAN ANTARIKSA NASIONAL\nNOMOR 11 TAHUN 2017\nTENTANG\nPETUNJUK TEKNIS\n"
    assert recognise(text).doc_type == "peraturan_menteri"
    assert recognise("PETUNJUK TEKNIS\nKEPALA LEMBAGA PENERBANGAN\nBAB I\n").doc_type == "pedoman"


def test_blank_template_is_lainnya() -> None:
    text = ("PEMERINTAH KABUPATEN/KOTA ...........\nLAPORAN ANALISIS CAPAIAN PEMDI\nNama Instansi : Diisi sesuai nama instansi\n"
            "Keterangan: Sel berwarna kuning adalah sel yang dapat/perlu diisi oleh pengguna.\n")
    assert recognise(text, fmt="xlsx").doc_type == "lainnya"
    assert recognise("LAPORAN ANALISIS CAPAIAN PEMDI\nNama Instansi : Kabupaten Ciamis\n", fmt="xlsx").doc_type == "laporan"


def test_phone_screenshot_is_a_screenshot() -> None:
    shot = recognise("10:45 ⏰ 4G 87%\nSIMPEG Kabupaten Sleman\nBeranda\nData Pegawai\nProfil\n", method="ocr", fmt="image")
    assert shot.doc_type == "tangkapan_layar"
    letter = recognise("PEMERINTAH KOTA DENPASAR\nNomor : 005/12/2019\nSifat : Penting\nPerihal : Hasil Evaluasi\n"
                       "Yth. Kepala Dinas\n", method="ocr", fmt="image")
    assert letter.doc_type == "lainnya"


def test_deck_exported_to_pdf_is_slides() -> None:
    text = "EVALUASI SPBE 2023\nKATA PENGANTAR\nlaporan hasil\n\fCapaian\n\fRencana\n"
    deck = recognise(text, pdf_metadata={"Creator": "Microsoft® PowerPoint® 2016"})
    assert deck.doc_type == "paparan"
    assert recognise(text, pdf_metadata={"Creator": "Microsoft® Word 2016"}).doc_type != "paparan"


def test_policy_book_in_title_case_is_a_guideline() -> None:
    assert recognise("Buku Putih\nPemerintahan Digital\nKabupaten Sleman 2024\nKata Pengantar\n").doc_type == "pedoman"
    assert recognise("Laporan Kinerja\nKabupaten Sleman 2024\nKATA PENGANTAR\nlaporan hasil\n").doc_type != "pedoman"


# --- a coordinating ministry's own regulation ---------------------------------------------------------------
def _permenko(body: str) -> str:
    return (f"PERATURAN MENTERI KOORDINATOR BIDANG {body}\nREPUBLIK INDONESIA\nNOMOR 3 TAHUN 2024\nTENTANG\n"
            f"SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\nMENTERI KOORDINATOR BIDANG {body} REPUBLIK INDONESIA,\n\f"
            f"Ditetapkan di Jakarta\npada tanggal 5 Maret 2024\nMENTERI KOORDINATOR BIDANG {body},\nttd\nNAMA\n")


def test_coordinating_ministry_regulation_is_its_own_evidence() -> None:
    for body, instansi in (("PEREKONOMIAN", "Kementerian Koordinator Bidang Perekonomian"),
                           ("POLITIK, HUKUM, DAN KEAMANAN", "Kemenko Politik dan Keamanan"),
                           ("KELAUTAN DAN ANGKASA", "Kementerian Koordinator Bidang Kelautan dan Angkasa")):
        doc = recognise(_permenko(body))
        agency = resolve_agency([doc], instansi, rules())
        assert "NATIONAL_REGULATION" not in codes(assess_provenance(doc, agency, rules())), body


def test_coordinating_ministry_regulation_is_reference_for_a_region() -> None:
    doc = recognise(_permenko("PEREKONOMIAN"))
    agency = resolve_agency([doc], "Kabupaten Sleman", rules())
    assert "NATIONAL_REGULATION" in codes(assess_provenance(doc, agency, rules()))


# --- a scanned, signed SOP whose dates are handwritten --------------------------------------------------------
SOP_SCAN = ("PEMERINTAH KOTA DENPASAR\nNomor SOP\nTanggal Pembuatan 13 Oktober 2017\nTanggal Efektif\n"
            "Disahkan oleh\nKepala Badan Kepegawaian\nDrs. NAMA, MM\nPembina Utama Muda\n{nip}\nNama SOP\n"
            "SOP PERBAIKAN DATA\nKualifikasi Pelaksana\n")


def test_signed_sop_scan_is_enacted() -> None:
    doc = recognise(SOP_SCAN.format(nip="NIP. 19581231 198203 1 368"), method="ocr")
    assert doc.status == "enacted" and "enacted.sop_signed_scan" in rule_ids(doc, "status")
    assert recognise(SOP_SCAN.format(nip="19581231 198203 1 368"), method="ocr").status == "enacted"  # label lost


def test_unsigned_sop_scan_and_signed_text_layer_stay_unknown() -> None:
    assert recognise(SOP_SCAN.format(nip=""), method="ocr").status == "unknown"
    # on a text layer an empty Tanggal Efektif is really empty
    assert recognise(SOP_SCAN.format(nip="NIP. 19581231 198203 1 368")).status == "unknown"


def test_year_from_a_cover_line_or_a_year_field() -> None:
    assert recognise("MONEV PENINGKATAN INDEKS SPBE 2019\nNo Indikator Rekomendasi\n").year == 2019
    assert recognise("LAPORAN ANALISIS CAPAIAN PEMDI\nTahun Penilaian | 2026\n", fmt="xlsx").year == 2026
    # a cited regulation's number and a year further down a long first line are not the document's year
    assert recognise("DAFTAR INVENTARIS\nAPLIKASI DINAS KOMINFO\nberdasarkan Perda Nomor 3 Tahun 2019\n"
                     "PERATURAN DAERAH NOMOR 3 2019\n").year is None


QR_NOTE = ("Untuk memastikan keaslian dokumen, silakan pindai QR Code atau buka https://tte.sukamaju.go.id/verifikasi")


def test_qr_verification_statement_completes_an_act() -> None:
    closing = ("Ditetapkan di Lima Puluh\npada tanggal ...\nBUPATI BATU BARA,\nZAHIR\n" + QR_NOTE)
    doc = recognise(perbup(closing=closing))
    assert doc.status == "enacted" and "enacted.esign_verification" in rule_ids(doc, "status")
    closing = "Ditetapkan di Lima Puluh\npada tanggal ...\nBUPATI BATU BARA,\nZAHIR\nSilakan hubungi kami."
    assert recognise(perbup(closing=closing)).status == "draft"


def test_browser_address_bar_marks_a_screenshot() -> None:
    # the page's own heading ("PROFIL …") would make it a profile form without the address bar
    shot = recognise("← → C simpeg.slemankab.go.id/profil\nPROFIL PEGAWAI\nBeranda\nRiwayat\n", method="ocr",
                     fmt="image")
    assert shot.doc_type == "tangkapan_layar" and "tangkapan_layar.address_bar" in rule_ids(shot, "doc_type")
    letter = recognise("PEMERINTAH KOTA DENPASAR\nWebsite : www.denpasarkota.go.id\nNomor : 005/12/2019\n"
                       "Sifat : Penting\nPerihal : Hasil Evaluasi\nYth. Kepala Dinas\n", method="ocr", fmt="image")
    assert letter.doc_type == "lainnya"


def test_number_whose_last_segment_is_tahun() -> None:
    doc = recognise(_kepbup("WALIDATA", number="500.14/784/BUP/VI/TAHUN 2024"))
    assert (doc.number, doc.year) == ("500.14/784/BUP/VI/TAHUN 2024", 2024)
    doc = recognise(_kepbup("WALIDATA", number="12 TAHUN 2024"))
    assert (doc.number, doc.year) == ("12", 2024)


def test_letter_number_with_ocr_specks_before_its_colon() -> None:
    """A scanned letter: OCR puts a dash between 'Nomor' and its colon, spaces after a slash and reads a
    stamp beside the number as words; the number is still read."""
    text = ("PEMERINTAH KOTA DENPASAR\nSEKRETARIAT DAERAH\nDenpasar, 22 April 2019\n"
            "Nomor — : 027/846/ DKIS Yah. na Naa\nSifat : Penting\nPerihal : Hasil Evaluasi SPBE\n"
            "Kepada Yth. Kepala Dinas\n")
    doc = recognise(text, method="ocr", fmt="image")
    assert doc.number == "027/846/DKIS"
    semi = recognise(text.replace("Nomor — :", "Nomor ;"), method="ocr", fmt="image")
    assert semi.number == "027/846/DKIS"
    # a phone line or a heading that merely starts with 'No' is no number line
    other = recognise(text.replace("Nomor — : 027/846/ DKIS Yah. na Naa", "No HP — 0812 3456 789"), method="ocr",
                      fmt="image")
    assert other.number is None


def test_year_of_a_numberless_document_is_not_read_from_a_list_of_cited_acts() -> None:
    """A JDIH abstract lists the acts it cites; a continuation line 'Tahun 2022; UU No. 11 Tahun 2023;' names
    their years, not the document's. The year that is read says where it came from."""
    cited = ("ABSTRAK PERATURAN DAERAH\nKABUPATEN BANJARNEGARA\nDASAR HUKUM :\nUUD 1945; UU No 13 Tahun 1950; UU No. 1\n"
             "Tahun 2022; UU No. 11 Tahun 2023; PP No. 12 Tahun 2019;\nABSTRAK : Kebijakan pajak daerah diubah.\n")
    doc = recognise(cited)
    assert doc.year != 2022
    titled = recognise("LAPORAN KINERJA\nDINAS KOMUNIKASI DAN INFORMATIKA\nTAHUN 2024\nBAB I PENDAHULUAN\n")
    assert titled.year == 2024
    assert [(e.rule, e.text) for e in titled.evidence if e.field == "year"] == [("year.title", "TAHUN 2024")]


AGREEMENT = ("PERJANJIAN KERJA SAMA\nANTARA\nDINAS KEPENDUDUKAN DAN PENCATATAN SIPIL PROVINSI SULAWESI UTARA\nDENGAN\n"
             "BADAN PENGELOLA PAJAK DAN RETRIBUSI DAERAH PROVINSI SULAWESI UTARA\nNOMOR : 800/Disdukcapil/428/{ny}\n"
             "TENTANG\nPEMANFAATAN NOMOR INDUK KEPENDUDUKAN\n"
             "Pada hari ini Jumat tanggal {day} bulan Agustus tahun {year} yang bertanda tangan di bawah ini:\n"
             "1. Nama : Drs. A\nJabatan : Kepala Dinas\nselanjutnya disebut PIHAK PERTAMA.\n"
             "Merujuk surat Nomor 973/74 Tanggal 21 Agustus 2017 perihal Permohonan Akses.\n")


def test_date_in_words_of_an_agreement() -> None:
    """'Pada hari ini Jumat tanggal tiga puluh satu bulan Agustus tahun dua ribu delapan belas' is the
    agreement's own date (not the date of a letter it cites)."""
    doc = recognise(AGREEMENT.format(ny="2018", day="tiga puluh satu", year="dua ribu delapan belas"))
    assert doc.date == "2018-08-31" and doc.year == 2018
    assert doc.facts["agreement"]["date"] == "2018-08-31"
    digits = recognise(AGREEMENT.format(ny="2018", day="31", year="Dua ribu delapan belas"))
    assert digits.date == "2018-08-31"
    # 'hari ini' in prose without a date after it gives none
    prose = recognise(AGREEMENT.format(ny="2018", day="", year="").replace(
        "Pada hari ini Jumat tanggal  bulan Agustus tahun ", "Sampai hari ini layanan berjalan baik, "))
    assert prose.date != "2018-08-31"


def test_year_in_words_wins_over_a_misread_number_year_on_a_scan() -> None:
    scan = recognise(AGREEMENT.format(ny="2013", day="31", year="dua ribu delapan belas"), method="ocr")
    assert scan.year == 2018
    assert [e.rule for e in scan.evidence if e.field == "year"] == ["year.spelled_date"]
    # the number's own year segment had the same misread digit (8 read as 3): put right, and said so
    assert scan.number == "800/Disdukcapil/428/2018"
    assert any(e.rule == "metadata.number_year" for e in scan.evidence)
    far = recognise(AGREEMENT.format(ny="2009", day="31", year="dua ribu delapan belas"), method="ocr")
    assert far.number == "800/Disdukcapil/428/2009"  # two digits apart: another year, not a misread digit
    # on a text layer the number is typed, not misread: its year stands
    typed = recognise(AGREEMENT.format(ny="2017", day="31", year="dua ribu delapan belas"))
    assert typed.year == 2017 and typed.number == "800/Disdukcapil/428/2017"


def test_indonesian_number_words() -> None:
    from evidence_check.recognise.dates import words_to_int

    cases = {"dua ribu dua puluh lima": 2025, "seribu sembilan ratus sembilan puluh sembilan": 1999,
             "sebelas": 11, "sembilan belas": 19, "tiga puluh satu": 31, "sepuluh": 10}
    assert {t: words_to_int(t.split()) for t in cases} == cases
    assert words_to_int("dua ribu Agustus".split()) is None and words_to_int([]) is None


# --- a title block run together on one line (a text stream, column-merging OCR) ---------------------------
RUN_TOGETHER = ("BUPATI DEMAK PROVINSI JAWA TENGAH PERATURAN BUPATI DEMAK NOMOR {number} TAHUN 2020 TENTANG SISTEM "
                "PEMERINTAHAN BERBASIS ELEKTRONIK DENGAN RAHMAT TUHAN YANG MAHA ESA BUPATI DEMAK, Menimbang : a. "
                "bahwa perlu;\nMengingat : 1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;\n")


def test_run_together_heading_is_read_like_separate_lines() -> None:
    doc = recognise(RUN_TOGETHER.format(number="13"))
    assert (doc.doc_type, doc.number, doc.year, doc.issuer) == ("perkada", "13", 2020, "Bupati Demak")
    assert doc.title is not None and doc.title.upper().startswith("SISTEM PEMERINTAHAN")
    # the blank number of a run-together draft heading is still a blank
    draft = recognise(RUN_TOGETHER.format(number="").replace("NOMOR  TAHUN", "NOMOR TAHUN"))
    assert draft.status == "draft" and "draft.blank_number" in rule_ids(draft, "status")
    # a page counter glued before the heading
    counted = recognise("1 " + RUN_TOGETHER.format(number="13").replace("BUPATI DEMAK PROVINSI JAWA TENGAH ", ""))
    assert (counted.doc_type, counted.number) == ("perkada", "13")


def test_subject_naming_an_amended_act_is_not_split() -> None:
    from evidence_check.recognise.text import split_title_lines

    lines = ["PERATURAN BUPATI DEMAK", "NOMOR 5 TAHUN 2021", "TENTANG",
             "PERUBAHAN ATAS PERATURAN BUPATI DEMAK NOMOR 13 TAHUN 2020", "DENGAN RAHMAT TUHAN YANG MAHA ESA"]
    assert split_title_lines(lines) == lines
    prose = ["sesuai Peraturan Bupati Nomor 3 tentang hal itu", "Nomor : 005/22/2018 Kepada Yth."]
    assert split_title_lines(prose) == prose


# --- registers cited in the Mengingat are not the act's own register ----------------------------------------
SHORT_DRAFT = ("RANCANGAN\nPERATURAN BUPATI LABUHANBATU UTARA\nNOMOR TAHUN 2019\nTENTANG\nTATA KELOLA TIK\n"
               "Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik "
               "Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587);\n")


def test_register_cited_in_parentheses_does_not_complete_a_draft() -> None:
    doc = recognise(SHORT_DRAFT)
    assert doc.status == "draft" and "enacted.diundangkan_register" not in rule_ids(doc, "status")
    own = recognise(SHORT_DRAFT + "Ditetapkan di Aek Kanopan\npada tanggal 3 Mei 2019\nBUPATI LABUHANBATU UTARA,\n"
                    "ttd\nKHAIRUDDIN\nBERITA DAERAH KABUPATEN LABUHANBATU UTARA TAHUN 2019 NOMOR 12\n")
    assert "enacted.diundangkan_register" in rule_ids(own, "status")


def test_cited_register_wrapped_at_the_line_end_is_no_empty_register() -> None:
    enacted = perbup(number="6", year="2015").replace(
        "\f", "\fMengingat : 1. Undang-Undang Nomor 23 Tahun 2014 (Lembaran Negara Republik Indonesia Tahun\n"
        "2014 Nomor 244);\n2. Undang-Undang Nomor 12 Tahun 2011, Lembaran Negara Republik Indonesia Tahun\n"
        "2011 Nomor 82;\n", 1)
    doc = recognise(enacted)
    assert doc.status == "enacted" and "draft.empty_register" not in rule_ids(doc, "status")
    cue = next(c for c in rules().status.cues if c.id == "draft.empty_register")
    rx = rules().rx(cue.pattern)
    assert rx.search("BERITA DAERAH KOTA BANJARMASIN TAHUN\nWALI KOTA BANJARMASIN,")  # the act's own, left blank
    assert not rx.search("(Lembaran Negara Republik Indonesia Tahun\n2014 Nomor 244)")
    assert not rx.search("Undang-Undang Nomor 12 Tahun 2011, Lembaran Negara Republik Indonesia Tahun\n2011 Nomor 82")


def test_a_stroke_in_the_number_slot_is_a_number_not_a_blank() -> None:
    """'NOMOR | TAHUN 2014': an OCR layer read a handwritten or stamped number as a bar."""
    doc = recognise(perbup(number="|", year="2014"))
    assert doc.status != "draft" and doc.number is None
    dotted = recognise(perbup(number="....", year="2014"))
    assert dotted.status == "draft"


def test_report_cover_in_title_case_is_a_report() -> None:
    doc = recognise("Laporan Survey\nKEPUASAN PELAYANAN\nINFORMASI PUBLIK TAHUN\n2020\nSEKRETARIAT JENDERAL\n"
                    "DAFTAR ISI\nBAB I PENDAHULUAN\n")
    assert doc.doc_type == "laporan" and "laporan.heading" in rule_ids(doc, "doc_type")
    # a sentence that starts with the word, or the word further down, is no cover title
    prose = recognise("PEMERINTAH KABUPATEN KENDAL\nDINAS KOMINFO\nKepada Yth. Bupati\n"
                      "Laporan kegiatan ini kami sampaikan untuk diketahui dan dipergunakan sebagaimana mestinya.\n")
    assert "laporan.heading" not in rule_ids(prose, "doc_type")


def test_sop_number_label_inside_a_flattened_identity_box() -> None:
    text = ("SATUAN KERJA NOMOR SOP 3\nDINAS KOMUNIKASI DAN INFORMATIKA Tanggal Pembuatan\nKABUPATEN KENDAL\n"
            "Tanggal Efektif\nDisahkan oleh Kepala Dinas\nNama SOP Permohonan cuti tahunan\nDasar Hukum\n")
    assert recognise(text).number == "3"
    assert recognise(text.replace("NOMOR SOP 3", "NOMOR POKOK 3")).number is None


def test_blank_number_field_followed_by_a_sentence() -> None:
    """'NOMOR :' left empty, the next line opens the agreement: that sentence is not the number."""
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KABUPATEN KONAWE UTARA\nDENGAN\nKANTOR PERTANAHAN\nNOMOR :\n"
            "Pada hari ini Jumat Tanggal dua puluh bulan September Tahun 2019 (20-09-2019), kami yang bertanda tangan:\n")
    doc = recognise(text)
    assert doc.number is None and doc.date == "2019-09-20"
    filled = recognise(text.replace("NOMOR :\n", "NOMOR :\n180/12/HK/2019\n"))
    assert filled.number == "180/12/HK/2019"


def test_circular_heading_inside_a_run_together_letter_head() -> None:
    text = ("MENTERI DALAM NEGERI REPUBLIK INDONESIA Jakarta, 3 Juni 2015 Kepada Yth. 1. Sdr. Gubernur di- Seluruh "
            "Indonesia SURAT EDARAN Nomor: 290/2903/SJ TENTANG PEDOMAN PENDANAAN TANGGAP DARURAT BENCANA\n"
            "Sehubungan dengan hal tersebut, penggunaan belanja tidak terduga diatur.\n")
    doc = recognise(text)
    assert (doc.doc_type, doc.number) == ("surat_edaran", "290/2903/SJ")


def test_cover_year_on_its_own_line_or_after_a_version() -> None:
    doc = recognise("PANDUAN MONITORING DAN EVALUASI INTERNAL\nDirektorat Jenderal Pendidikan Tinggi\n"
                    "Kementerian Pendidikan Nasional\n2010\nKATA PENGANTAR\n")
    assert doc.year == 2010 and [e.rule for e in doc.evidence if e.field == "year"] == ["year.cover_year"]
    assert recognise("INDEKS KAMI\nVersi 5.0, Maret 2023\nBadan Siber dan Sandi Negara\n").year == 2023
    # a year inside a line of running text is no cover year
    prose = recognise("PEDOMAN SINGKAT\nDisusun sejak tahun lalu oleh tim\nuntuk tahun 2019 dan seterusnya\n")
    assert prose.year is None


def test_cover_title_of_a_report() -> None:
    doc = recognise("LAPORAN AKHIR\nKAJIAN PHYSICAL SECURITY\nKOTA DENPASAR\nKATA PENGANTAR\n"
                    "Puji syukur kami panjatkan atas selesainya kajian ini.\n")
    assert doc.doc_type == "laporan" and doc.title == "LAPORAN AKHIR KAJIAN PHYSICAL SECURITY KOTA DENPASAR"
    assert [e.rule for e in doc.evidence if e.field == "title"] == ["metadata.cover_title"]
    # running text under a one-line cover heading is not part of the title
    short = recognise("LAPORAN KEGIATAN\nKegiatan ini dilaksanakan di aula dinas pada bulan Mei.\n")
    assert short.title == "LAPORAN KEGIATAN"
    # a page-number field is no 'Hal' (subject) line
    paged = recognise("DOKUMEN PELAKSANAAN ANGGARAN\nHalaman : 1\nKode Rekening 2.10.2.10.01\n")
    assert paged.title is None or "aman" not in paged.title


def test_budget_form_number_is_the_code_in_its_dpa_box() -> None:
    """A Crystal-Reports DPA-SKPD print scatters its identity box: the code stands a few lines from its label."""
    dpa = ("DOKUMEN PELAKSANAAN ANGGARAN Formulir\nHalaman : 1\n2.10.2.10.01.065.018.5.2\nPEMERINTAH KOTA SINGKAWANG\n"
           "TAHUN ANGGARAN 2019\nNO DPA SKPD\nSATUAN KERJA PERANGKAT DAERAH DPA-SKPD 2.2.1\n"
           "Program : 2.10.2.10.01.065. - Program Optimalisasi Sistem Informasi e-Gov\n")
    doc = recognise(dpa)
    assert doc.doc_type == "dokumen_perencanaan" and doc.number == "2.10.2.10.01.065.018.5.2"
    # without the code line only labelled programme codes are near: no number is made up
    assert recognise(dpa.replace("2.10.2.10.01.065.018.5.2\n", "")).number is None


# --- publication cues on a copy whose enactment block is not in the text --------------------------------------
COPY = "{top}PERATURAN BUPATI BANYUMAS\nNOMOR {number} TAHUN 2019\nTENTANG\nSATU DATA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n{foot}"


def test_salinan_heading_with_a_filled_number_is_an_enacted_copy() -> None:
    doc = recognise(COPY.format(top="SALINAN\n", number="12", foot=""))
    assert doc.status == "enacted" and "enacted.salinan_heading" in rule_ids(doc, "status")
    assert recognise(COPY.format(top="SALINAN\n", number="....", foot="")).status == "draft"
    assert "enacted.salinan_heading" not in rule_ids(recognise(COPY.format(top="", number="12", foot="")), "status")
    # the word inside running text is no heading
    prose = recognise(COPY.format(top="", number="12", foot="Salinan keputusan ini disampaikan kepada:\n"))
    assert "enacted.salinan_heading" not in rule_ids(prose, "status")


def test_jdih_stamp_and_a_printed_signature_appearance() -> None:
    jdih = recognise(COPY.format(top="", number="12", foot="\fjdih.banyumaskab.go.id\n"))
    assert jdih.status == "enacted" and "enacted.jdih_copy" in rule_ids(jdih, "status")
    assert recognise(COPY.format(top="", number="...", foot="\fjdih.banyumaskab.go.id\n")).status == "draft"
    signed = recognise(COPY.format(top="", number="12", foot="\fDigitally signed by Bagian Hukum\nDate: 2016.09.07\n"))
    assert signed.status == "enacted" and signed.signed is True
    other_site = recognise(COPY.format(top="", number="12", foot="\fwww.banyumaskab.go.id\n"))
    assert "enacted.jdih_copy" not in rule_ids(other_site, "status")


def test_register_written_number_then_year() -> None:
    doc = recognise(perbup(number="7", year="2016", closing="BERITA DAERAH KOTA SALATIGA No.78,2016\n"))
    assert doc.status == "enacted" and "enacted.diundangkan_register" in rule_ids(doc, "status")
    cited = recognise(perbup(number="7", year="2016", closing="(Berita Daerah Kota Salatiga No.78,2016)\n"))
    assert "enacted.diundangkan_register" not in rule_ids(cited, "status")


def test_report_approval_sheet_filled_in_is_the_approved_edition() -> None:
    text = ("LAPORAN HASIL EVALUASI SPBE\nKABUPATEN GROBOGAN\n\fLEMBAR PENGESAHAN\nLaporan ini telah diperiksa.\n"
            "Disahkan di Grobogan\nPada Februari 2018\nKEPALA DINAS KOMINFO\n")
    doc = recognise(text)
    assert doc.status == "enacted" and "enacted.approval_sheet" in rule_ids(doc, "status")
    blank = recognise(text.replace("Pada Februari 2018", "Pada tanggal ..........."))
    assert "enacted.approval_sheet" not in rule_ids(blank, "status")


def test_number_of_a_flattened_box_stops_at_the_next_field() -> None:
    text = ("STANDAR OPERASIONAL PROSEDUR\nNomor SOP : W17.U2/1/PM-SOP/HK/2017 Tanggal Pembuatan : 24 Januari 2017\n"
            "Nama SOP : Pendaftaran Perkara\n")
    assert recognise(text).number == "W17.U2/1/PM-SOP/HK/2017"


def test_budget_year_abbreviated_ta() -> None:
    assert recognise("RENCANA KERJA DAN ANGGARAN\nSATUAN KERJA PERANGKAT DAERAH\nTA.2017\n").year == 2017
    assert recognise("DOKUMEN PELAKSANAAN ANGGARAN\nT.A. 2019\nDINAS KOMINFO\n").year == 2019


def test_year_on_the_second_page_when_the_cover_names_none() -> None:
    doc = recognise("RENCANA KERJA\nDINAS KOMUNIKASI DAN INFORMATIKA\nKABUPATEN BOYOLALI\n"
                    "\fRINGKASAN\nTAHUN ANGGARAN 2019\nProgram Pengembangan Komunikasi\n")
    assert doc.year == 2019 and [e.rule for e in doc.evidence if e.field == "year"] == ["year.page2_title"]
    # an act cited on the second page names its own year, not the document's
    cited = recognise("RENCANA KERJA\nDINAS KOMUNIKASI DAN INFORMATIKA\n\fDASAR HUKUM\n"
                      "Peraturan Daerah Nomor 3 Tahun 2019 tentang RPJMD\n")
    assert cited.year is None


def test_rancangan_heading_over_a_filled_number_without_a_closing_block_is_unknown() -> None:
    """An excerpt: 'RANCANGAN PERATURAN DAERAH … NOMOR 5 TAHUN 2010' and no Ditetapkan block in the text — a
    leftover heading or a numbered Raperda; neither draft nor enacted can be told."""
    head = "RANCANGAN\nPERATURAN DAERAH PROVINSI JAWA BARAT\nNOMOR {n} TAHUN 2010\nTENTANG\nPENDIDIKAN\n" \
           "DENGAN RAHMAT TUHAN YANG MAHA ESA\nGUBERNUR JAWA BARAT,\nMenimbang : a. bahwa perlu;\n"
    assert recognise(head.format(n="5")).status == "unknown"
    assert recognise(head.format(n="....")).status == "draft"  # the blank number decides


def test_more_run_together_headings() -> None:
    rektor = recognise("KEPUTUSAN REKTOR UNIVERSITAS INDONESIA Nomor: 585B/SK/R/UI/2006 TENTANG KEBIJAKAN TEKNOLOGI "
                       "INFORMASI REKTOR UNIVERSITAS INDONESIA Menimbang: a. bahwa penyediaan fasilitas perlu;\n")
    assert (rektor.doc_type, rektor.number, rektor.year) == ("keputusan", "585B/SK/R/UI/2006", 2006)
    lampiran = recognise("LAMPIRAN I PERATURAN BADAN PENGAWAS PEMILIHAN UMUM NOMOR : 08 TAHUN 2008 TANGGAL : "
                         "4 September 2008 BENTUK DAN SUSUNAN NASKAH DINAS\nI. BENTUK PRODUK HUKUM\n")
    assert lampiran.number == "08"
    statute = recognise("No.189, 2016 KEUANGAN. APBN. (Penjelasan dalam Tambahan Lembaran Negara Nomor 5930) "
                        "UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 14 TAHUN 2016 TENTANG PERTANGGUNGJAWABAN APBN "
                        "DENGAN RAHMAT TUHAN YANG MAHA ESA PRESIDEN REPUBLIK INDONESIA, Menimbang : a. bahwa;\n")
    assert (statute.doc_type, statute.number, statute.year) == ("peraturan_nasional", "14", 2016)
    trailing = recognise(perbup(number="70", year="2019").replace("NOMOR 70 TAHUN 2019", "NOMOR 70 TAHUN 2019 ….", 1))
    assert trailing.number == "70"


def test_performance_report_abbreviation_is_a_report() -> None:
    doc = recognise("LKIP TAHUN 2021 DISDUKCAPIL PROV. JABAR\nIKHTISAR EKSEKUTIF\n"
                    "Laporan Kinerja Instansi Pemerintah ini disusun sebagai pertanggungjawaban.\n")
    assert doc.doc_type == "laporan"


def test_lampiran_header_with_blank_number_and_date_is_a_draft() -> None:
    text = ("LAMPIRAN II : PERATURAN MENTERI DALAM NEGERI NOMOR : TANGGAL : TAHAPAN DAN TATA CARA PENYUSUNAN "
            "RPJPD\nA. BAGAN ALIR PENYUSUNAN RPJPD\n")
    doc = recognise(text)
    assert doc.doc_type == "peraturan_menteri" and doc.status == "draft"
    filled = recognise(text.replace("NOMOR : TANGGAL :", "NOMOR : 86 TAHUN 2017 TANGGAL : 7 Desember 2017"))
    assert filled.status != "draft" and filled.number == "86"


def test_blank_opening_formula_of_a_minutes_form_is_a_draft() -> None:
    form = ("BERITA ACARA HASIL PEMETAAN SANITASI TINGKAT DESA\nPada hari ini tanggal …….. bulan …… tahun 2020, "
            "telah dilaksanakan kegiatan Pemetaan Sanitasi.\n")
    doc = recognise(form)
    assert doc.status == "draft" and "draft.blank_day_formula" in rule_ids(doc, "status")
    held = recognise(form.replace("tanggal …….. bulan ……", "Senin tanggal 3 bulan Februari"))
    assert "draft.blank_day_formula" not in rule_ids(held, "status") and held.status != "draft"


def test_letter_spaced_digits_of_a_number_and_year() -> None:
    """A slide or poster export spaces the title block's digits like its letters."""
    doc = recognise("P E R A T U R A N  B U P A T I  S L E M A N\nNOMOR 4  1 TAHUN 2 0 1 6\nTENTANG\n"
                    "SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\n")
    assert (doc.number, doc.year) == ("41", 2016)
    # spaced digits that are not a number slot or a year (a table's columns) stay as they are
    assert join_spaced_digits("Kolom 1 2 3 4 5\nTahun 2 0 1 6 7") == "Kolom 1 2 3 4 5\nTahun 2 0 1 6 7"


def test_identity_block_behind_a_cover_page() -> None:
    """A register's or a book's cover in front of the act: the act's own NOMOR is on page 2."""
    body = perbup(number="12", year="2020", closing=ENACTED_CLOSING)
    for cover in ("BERITA DAERAH KABUPATEN BATU BARA\nTAHUN 2020 NOMOR 45\n",
                  "LEMBARAN DAERAH KABUPATEN BATU BARA\nNOMOR 7 TAHUN 2019\n",
                  "SALINAN\nLOGO\nPEMERINTAH KABUPATEN BATU BARA\n"):
        doc = recognise(cover + "\f" + body)
        assert (doc.doc_type, doc.number, doc.year) == ("perkada", "12", 2020), cover
        assert doc.title and doc.title.startswith("PENYELENGGARAAN SISTEM")
    # a covering letter keeps its own identity; a long first page is no cover
    letter = recognise("PEMERINTAH KABUPATEN BATU BARA\nNomor : 005/88/Kominfo/2021\nHal : Penyampaian Perbup\n"
                       "\f" + body)
    assert letter.number == "005/88/Kominfo/2021"
    long_first = "LAPORAN KEGIATAN\n" + "".join(f"Baris kegiatan ke-{i} dilaksanakan oleh dinas.\n" for i in range(20))
    assert recognise(long_first + "\f" + body).number != "12"


# --- fresh set 4 (development part): excerpts and first pages -----------------------------------------------
_OPENING = ("PERATURAN BUPATI TANAH LAUT\nNOMOR 44 TAHUN 2019\nTENTANG\nPEDOMAN KOORDINASI PERANGKAT DAERAH\n"
            "DENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI TANAH LAUT,\nMenimbang : a. bahwa untuk koordinasi perlu pedoman;\n"
            "Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;\n")


def test_numbered_act_whose_closing_is_not_in_the_text_is_enacted() -> None:
    """The preamble's 'BUPATI X,' is no signing block: a numbered act's first pages alone are an enacted act
    (numbers are given at enactment), and the missing signature is no finding."""
    doc = recognise(_OPENING)
    assert doc.status == "enacted" and "UNSIGNED" not in codes(doc)
    assert "enacted.own_number" in rule_ids(doc, "status")
    # without DENGAN RAHMAT (a decree of 2003): the signer line above Menimbang is the preamble's too
    old = recognise(_OPENING.replace("DENGAN RAHMAT TUHAN YANG MAHA ESA\n", ""))
    assert old.status == "enacted"
    # with its closing block in view, the block decides: left without a date, the number alone is not enough
    blank = recognise(_OPENING + "\f" + "Ditetapkan di Pelaihari\npada tanggal\nBUPATI TANAH LAUT,\n")
    assert blank.status != "enacted"


def test_budget_row_label_is_a_budget_cue_but_the_phrase_in_prose_is_not() -> None:
    prose = recognise("LAPORAN KINERJA\nKata Pengantar\nDinas ini menyelenggarakan urusan pemerintahan bidang "
                      "komunikasi dan informatika sesuai tugas dan fungsinya.\n")
    assert "dokumen_perencanaan.budget" not in rule_ids(prose, "doc_type") and prose.doc_type == "laporan"
    form = recognise("PEMERINTAH KABUPATEN KENDAL\nUrusan Pemerintahan : 2.16 Komunikasi dan Informatika\n"
                     "Organisasi : Dinas Komunikasi dan Informatika\n")
    assert "dokumen_perencanaan.budget" in rule_ids(form, "doc_type")


def test_foreword_names_the_document_it_opens() -> None:
    opening = "KATA PENGANTAR\nPuji syukur kami panjatkan sehingga penyusunan {doc} dapat diselesaikan dengan baik.\n"
    for name, kind in (("Masterplan Smart City Kota Cirebon", "dokumen_perencanaan"),
                       ("Buku Panduan Penyusunan Masterplan", "pedoman"),
                       ("laporan survey kepuasan masyarakat tahun 2017", "laporan")):
        assert recognise(opening.format(doc=name)).doc_type == kind, name
    # a plan the foreword only cites does not make the document a plan
    cited = recognise("KATA PENGANTAR\nLaporan ini disusun berdasarkan Renstra Dinas 2021-2026 yang telah "
                      "ditetapkan dan dapat diselesaikan tepat waktu.\n")
    assert "dokumen_perencanaan.foreword" not in rule_ids(cited, "doc_type")


def test_portal_address_stamped_before_the_heading() -> None:
    doc = recognise("(1)\n\njdih.pu.go.id PERATURAN MENTERI PEKERJAAN UMUM DAN PERUMAHAN RAKYAT\n\n"
                    "REPUBLIK INDONESIA NOMOR 16/PRT/M/2019\n\nTENTANG\n\nPEDOMAN TATA NASKAH DINAS\n\n"
                    "DENGAN RAHMAT TUHAN YANG MAHA ESA\n")
    assert (doc.doc_type, doc.number, doc.year) == ("peraturan_menteri", "16/PRT/M/2019", 2019)
    # a line of running text that starts in lower case still ends the heading
    prose = recognise("PERATURAN MENTERI DALAM NEGERI\nyang dimaksud dalam Peraturan ini NOMOR 5 TAHUN 2010\n")
    assert prose.number != "5"


def test_row_numbers_exported_above_the_heading_are_no_title_block() -> None:
    rows = "No.\n" + "".join(f"{i}\n" for i in range(1, 60))
    doc = recognise(rows + "Draf\nWALIKOTA BANDUNG\nRANCANGAN PERATURAN WALI KOTA BANDUNG\nNOMOR: ...........\n"
                    "TENTANG\nTATA CARA PENERAPAN SANKSI ADMINISTRATIF\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n")
    assert (doc.doc_type, doc.status) == ("perkada", "draft")


def test_mixed_case_number_line_under_a_capitalised_heading() -> None:
    doc = recognise("BUPATI PANGANDARAN PROVINSI JAWA BARAT INSTRUKSI BUPATI PANGANDARAN Nomor 4 Tahun 2021 TENTANG "
                    "PERPANJANGAN PELAKSANAAN PENGETATAN WILAYAH\n")
    assert (doc.number, doc.year) == ("4", 2021)
    # the same line wrapped out of a citation in running text is another act's number
    cited = recognise("LAPORAN KEGIATAN\nDisusun berdasarkan Peraturan Menteri PANRB\nNomor 14 Tahun 2017\n"
                      "tentang Pedoman Penyusunan Survei Kepuasan Masyarakat\n")
    assert cited.number is None


def test_minutes_date_field_with_the_weekday_before_a_slash() -> None:
    doc = recognise("NOTULEN\nPelaksanaan Rapat\nHari / Tanggal : Jum'at / 26 April 2019\nJam : 09.00 WIB\n"
                    "Pimpinan Rapat : Kepala Bidang\n")
    assert doc.date == "2019-04-26"


def test_dated_foreword_of_a_guide_is_the_published_edition() -> None:
    text = ("BUKU PANDUAN\nPENYUSUNAN MASTERPLAN SMART CITY\nKATA PENGANTAR\nPanduan ini disusun bagi daerah.\n"
            "Jakarta, 12 Maret 2021\nDirektur Jenderal Aplikasi Informatika\n")
    assert recognise(text).status == "enacted"
    assert recognise(text.replace("Jakarta, 12 Maret 2021\n", "")).status == "unknown"


# --- fresh set 4 read back through a scan (benchmarks/recognition.py --as-scan), development part ----------
def test_number_and_year_both_blank_on_a_scan_is_a_draft_template() -> None:
    """A handwritten number leaves NOMOR blank on a scan, but the year is typed: both blank is a template."""
    both = recognise(perbup(number="", year="", closing=""), method="ocr")
    assert both.status == "draft" and "draft.blank_number" in rule_ids(both, "status")
    number_only = recognise(perbup(number="", year="2021", closing=ENACTED_CLOSING), method="ocr")
    assert number_only.status != "draft" and number_only.year == 2021
    assert "year.number_line" in rule_ids(number_only, "year")


def test_year_of_an_unread_number_line_on_a_scan() -> None:
    doc = recognise("GUBERNUR JAWA BARAT\nPERATURAN DAERAH PROVINSI JAWA BARAT\nNOMOR TAHUN 2020\nTENTANG\n"
                    "PENYELENGGARAAN KOMUNIKASI DAN INFORMATIKA\nMengingat : 1. Undang-Undang Nomor 11 Tahun 1950;\n",
                    method="ocr")
    assert doc.year == 2020 and "year.number_line" in rule_ids(doc, "year")


def test_rancangan_merged_onto_the_end_of_the_line_above_the_heading() -> None:
    """Two columns merged by OCR: the marker ends the issuer's line instead of standing on its own."""
    doc = recognise("GUBERNUR JAWA BARAT RANCANGAN\nPERATURAN DAERAH PROVINSI JAWA BARAT NOMOR TAHUN 2020\nTENTANG\n"
                    "PENYELENGGARAAN KOMUNIKASI DAN INFORMATIKA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n", method="ocr")
    assert doc.status == "draft" and "draft.word_title" in rule_ids(doc, "status")
    # the word inside the subject (after TENTANG) is no marker
    subject = recognise(_kepbup("PEMBENTUKAN TIM PENYUSUN RANCANGAN\nPERATURAN DAERAH TENTANG SPBE"))
    assert subject.status == "enacted"


def test_wrapped_subject_of_a_cited_act_is_no_heading_and_no_number() -> None:
    doc = recognise("LAPORAN SURVEY KEPUASAN MASYARAKAT\nUPT PANGKALAN PSDKP JAKARTA\nKATA PENGANTAR\n"
                    "Berdasarkan Peraturan Menteri Kelautan dan Perikanan Republik Indonesia\n"
                    "Nomor: 32/PERMEN-KP/2014 tentang Pelayanan Publik di Lingkungan\nKementerian Kelautan\n")
    assert doc.number is None
    cited = recognise("BUPATI PANGANDARAN\nMencermati perkembangan pandemi berdasar ketentuan berikut:\n"
                      "1. Peraturan Gubernur Jawa Barat Nomor 48 Tahun 2020 tentang\n"
                      "Pedoman Pelaksanaan Pembatasan Sosial Berskala Mikro\n")
    assert not any(r.startswith("pedoman.") for r in rule_ids(cited, "doc_type"))
    own = recognise("KEPUTUSAN KEPALA DINAS KOMINFO\nNomor : 188/12/2019 Tentang Pembentukan Tim SPBE\n")
    assert own.number == "188/12/2019"


def test_amended_act_number_in_the_subject_gives_no_number_line_year() -> None:
    doc = recognise("ABSTRAK\n2025\nPERATURAN DAERAH\nTENTANG PERUBAHAN ATAS\nPERATURAN DAERAH\nNOMOR 8 TAHUN 2023\n"
                    "TENTANG PAJAK DAERAH DAN RETRIBUSI DAERAH\n", method="ocr")
    assert "year.number_line" not in rule_ids(doc, "year")


def test_year_of_a_plan_is_the_first_of_its_period() -> None:
    doc = recognise("RENSTRA 2016-2021 1 BAB I PENDAHULUAN\n1.1. Latar Belakang\nPembangunan daerah berhasil.\n")
    assert doc.year == 2016 and "year.period" in rule_ids(doc, "year")
    # a range in running text, or one that is no period (a phone number, a long span), says nothing
    prose = recognise("KATA PENGANTAR\ndata yang dihimpun dari tahun 2016 - 2021 oleh dinas\n")
    assert "year.period" not in rule_ids(prose, "year")
    assert "year.period" not in rule_ids(recognise("PROFIL DINAS 1945-2020\nBAB I\n"), "year")


def test_report_foreword_sentence_that_starts_with_the_report() -> None:
    doc = recognise("i\nKATA PENGANTAR Dengan mengucapkan syukur, Laporan Kinerja (LKj) Dinas Komunikasi dan "
                    "Informatika Tahun Anggaran 2016 telah dapat disusun sesuai ketentuan. Petunjuk teknis "
                    "penyusunannya diikuti.\n")
    assert doc.doc_type == "laporan" and "laporan.foreword" in rule_ids(doc, "doc_type")
    guide = recognise("PANDUAN PENGISIAN\nKATA PENGANTAR\nPanduan ini dibuat agar laporan kegiatan telah dapat "
                      "disusun tepat waktu oleh setiap unit.\n")
    assert "laporan.foreword" not in rule_ids(guide, "doc_type") and guide.doc_type == "pedoman"


def test_deck_cover_says_who_presented_it() -> None:
    doc = recognise("PENERAPAN KTP BERBASIS NIK SECARA NASIONAL\nDisampaikan oleh TIM DIREKTORAT PENDAFTARAN PENDUDUK\n"
                    "Pada Sosialisasi Kebijakan Administrasi Kependudukan, 23 Nopember 2009\n")
    assert doc.doc_type == "paparan" and "paparan.delivered" in rule_ids(doc, "doc_type")
    letter = recognise("PEMERINTAH KABUPATEN KENDAL\nNomor : 005/12/2024\nHal : Undangan\n"
                       "Bersama ini disampaikan oleh kami undangan rapat koordinasi.\n")
    assert "paparan.delivered" not in rule_ids(letter, "doc_type")


def test_foreword_closed_with_place_month_and_the_head_of_the_unit() -> None:
    cover = "LAPORAN SURVEI KEPUASAN MASYARAKAT TAHUN 2016\nLEMBAGA PENERBANGAN DAN ANTARIKSA NASIONAL\n\f"
    foreword = ("KATA PENGANTAR\nPengukuran dilakukan terhadap beberapa unsur pelayanan.\n"
                "Jakarta, Desember 2016\nKepala Biro Kerja Sama dan Humas\nJASYANTO\n\f")
    doc = recognise(cover + foreword + "BAB I\nPENDAHULUAN\nLatar belakang survei.\n")
    assert doc.status == "enacted" and "enacted.dated_foreword" in rule_ids(doc, "status")
    # a month and year in running text, or a date line with nobody under it, is no closing of a foreword
    undated = recognise(cover + foreword.replace("Kepala Biro", "dengan hasil baik dari Biro") + "BAB I\n")
    assert "enacted.dated_foreword" not in rule_ids(undated, "status")


def test_number_with_a_gap_where_the_running_number_goes_is_a_slot_left_blank() -> None:
    head = ("KEPUTUSAN\nKEPALA PUSKESMAS TELUKNAGA\nNOMOR : {n}\nTENTANG\nTATA NASKAH DOKUMEN PUSKESMAS\n"
            "DENGAN RAHMAT TUHAN YANG MAHA ESA,\nKEPALA PUSKESMAS TELUKNAGA,\nMenimbang : a. bahwa perlu acuan;\n")
    gap = recognise(head.format(n="824/Kep. /ADM/PKM-tlk/2018"))
    assert gap.status == "draft" and gap.number is None and "enacted.own_number" not in rule_ids(gap, "status")
    filled = recognise(head.format(n="824/Kep.12/ADM/PKM-tlk/2018"))
    assert filled.status == "enacted"
    # on a scan the gap may be a handwritten number OCR did not read: never a draft there
    scanned = recognise(head.format(n="824/Kep. /ADM/PKM-tlk/2018"), method="ocr")
    assert scanned.status != "draft"


def test_regulation_of_a_secretary_general_is_a_ministerial_level_regulation() -> None:
    doc = recognise("DEWAN PERWAKILAN DAERAH\nSEKRETARIAT JENDERAL\nPERATURAN\nSEKRETARIS JENDERAL\n"
                    "DEWAN PERWAKILAN DAERAH REPUBLIK INDONESIA\nNOMOR\nTAHUN 2017\nTENTANG\n"
                    "STANDAR OPERASIONAL PROSEDUR TEKNOLOGI INFORMASI\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n")
    assert doc.doc_type == "peraturan_menteri" and doc.status == "draft"


def test_agreement_number_stops_at_the_second_partys_number() -> None:
    doc = recognise("PERJANJIAN KERJA SAMA\nANTARA\nSEKRETARIAT DAERAH KABUPATEN CIANJUR\nDENGAN\nUNIVERSITAS SURYAKANCANA\n"
                    "Nomor : 134.4/MOU.46/BagPem/2020 Nomor : 08/MOU/Rek/UNSUR/IX/2020\nTENTANG\nPENGELOLAAN JDIH\n")
    assert doc.number == "134.4/MOU.46/BagPem/2020"


def test_long_title_case_cover_line_is_a_cover_title() -> None:
    doc = recognise("Laporan Akuntabilitas Kinerja Instansi Pemerintah Dinas Kominfo (LAKIP) - Tahun 2013\n(1)\n"
                    "PENDAHULUAN\nGambaran Umum dinas ini merupakan perangkat daerah yang diserahi wewenang.\n")
    assert doc.doc_type == "laporan" and "laporan.heading" in rule_ids(doc, "doc_type")
    sentence = recognise("Laporan ini disusun untuk memenuhi kewajiban dinas dalam menyampaikan hasil kegiatan\n"
                         "PENDAHULUAN\n")
    assert "laporan.heading" not in rule_ids(sentence, "doc_type")


def test_year_a_foreword_names_its_document_by() -> None:
    text = ("i\nKATA PENGANTAR Dengan mengucapkan syukur, Laporan Kinerja (LKj) Dinas Komunikasi dan Informatika "
            "Tahun Anggaran 2016 telah dapat disusun sesuai ketentuan.\n")
    doc = recognise(text)
    assert doc.year == 2016 and "year.foreword" in rule_ids(doc, "year")
    # a year elsewhere in the foreword's prose is no year of the document
    other = recognise("i\nKATA PENGANTAR Sejak tahun 2003 dinas ini berdiri. Laporan Kinerja Dinas Komunikasi "
                      "telah dapat disusun sesuai ketentuan.\n")
    assert "year.foreword" not in rule_ids(other, "year")


# --- a heading whose words a text layer ran together ----------------------------------------------------------
GLUED = ("BUPATITANJUNG JABUNG TIMUR PROVINSIJAMBI\nPERATURANBUPATITANJUNG JABUNG TIMUR\nNOMOR 12> TAHUN2018\n"
         "TENTANG\nTATACARAPENGGUNAANSISTEM E-PLANNING\nDENGANRAHMATTUHANYANGMAHAESA\nBUPATITANJUNG JABUNG TIMUR,\n"
         "Menimbang : a. bahwa perlu;\nMEMUTUSKAN:\nMenetapkan : PERATURAN BUPATI TENTANG E-PLANNING.\n"
         "Pasal 1\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n\f"
         "Ditetapkan di Muara Sabak\npada tanggal 2 Mei 2018\nBUPATI TANJUNG JABUNG TIMUR,\nttd\nROMI HARIYANTO\n")


def test_glued_heading_words_are_spaced_again() -> None:
    doc = recognise(GLUED)
    assert doc.doc_type == "perkada" and doc.status == "enacted"
    assert doc.number == "12" and doc.year == 2018


def test_a_capital_word_that_only_begins_like_a_heading_word_stays_whole() -> None:
    from evidence_check.recognise.text import split_glued_capitals

    words = tuple(rules().ocr.glued_words)
    assert words  # the vocabulary comes from rules/vocab/ocr.yaml
    kept = "KOTAMOBAGU PEMERINTAHAN KEPUTUSANNYA MAHASISWA DANRAMIL TATACARAPENGGUNAAN"
    assert split_glued_capitals(kept, words) == kept
    assert split_glued_capitals("PERATURANWALIKOTA BANDUNG NOMOR12 TAHUN2020", words) == (
        "PERATURAN WALIKOTA BANDUNG NOMOR 12 TAHUN 2020")


# --- a slide deck printed to PDF by a program that does not name PowerPoint ---------------------------------------
DECK = ["TATA KERJA PENYELENGGARA DATA\nSosialisasi Satu Data Indonesia\nJakarta, 27 April 2021",
        "PENDAHULUAN\nSistem Statistik Nasional\nUU 16/1997 Statistik", "Peran Walidata\nPengumpulan data\nPemeriksaan",
        "Standar Data\nMetadata\nInteroperabilitas", "Tindak Lanjut\nRencana aksi 2021"]


def _deck_type(tmp_path, pagesize) -> tuple[str, set[str]]:  # type: ignore[no-untyped-def]
    import docfactory as df

    from evidence_check.extract import extract_file
    from evidence_check.recognise import recognise_document

    pdf = df.text_pdf(tmp_path / "deck.pdf", DECK, font_size=20, pagesize=pagesize)
    doc = recognise_document(extract_file(pdf), rules())
    return doc.doc_type, {e.rule for e in doc.evidence if e.field == "doc_type"}


def test_pages_shaped_like_slides_make_a_deck(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for size in ((720, 405), (720, 540)):  # 16:9 and 4:3 slides
        doc_type, cues = _deck_type(tmp_path, size)
        assert doc_type == "paparan" and "paparan.slide_shape" in cues


def test_paper_pages_are_no_deck_by_their_shape(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for size in ((842, 595), (595, 842)):  # A4 landscape and portrait
        _, cues = _deck_type(tmp_path, size)
        assert "paparan.slide_shape" not in cues


# --- a file title or running header above a legal title block ------------------------------------------------------
def test_a_title_block_under_a_file_title_line_is_the_heading() -> None:
    text = ("SOP Teknologi Informasi final\n\nSEKRETARIAT JENDERAL\nPERATURAN\nSEKRETARIS JENDERAL\n"
            "DEWAN PERWAKILAN DAERAH REPUBLIK INDONESIA\nNOMOR\nTAHUN 2017\nTENTANG\n"
            "STANDAR OPERASIONAL PROSEDUR TEKNOLOGI INFORMASI\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n"
            "SEKRETARIS JENDERAL DEWAN PERWAKILAN DAERAH,\nMenimbang : a. bahwa perlu;\n")
    doc = recognise(text)
    assert doc.doc_type == "peraturan_menteri" and doc.status == "draft"


def test_a_regulation_named_in_a_subject_does_not_outrank_the_heading() -> None:
    text = ("STANDAR OPERASIONAL PROSEDUR\nTENTANG PELAKSANAAN\nPERATURAN BUPATI SLEMAN\nNOMOR 5 TAHUN 2020\n"
            "TENTANG SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\nDinas Komunikasi dan Informatika\n")
    assert recognise(text).doc_type == "sop"


# --- an OCR text layer's broken heading words and years -------------------------------------------------------------
def test_heading_words_broken_by_a_space_or_a_stroke_are_joined() -> None:
    doc = recognise("BUPATI ACEH UTARA\nPROVINSI ACEH\nPERATURAN BUPATI ACEH UTARA\nNOMOIR 4 TAHUN 2O2O\nTENTANG\n"
                    "ALOKASI DANA GAMPONG\nBUPATI ACEH UTARA,\nMenimbang : a. bahwa perlu;\n")
    assert (doc.doc_type, doc.number, doc.year, doc.status) == ("perkada", "4", 2020, "enacted")
    spaced = recognise("PERATURAN GUBERNUR JAWA BARAT\nNOM OR 76 TAHUN 2018\nTENTANG\nSTAF AHLI\n")
    assert spaced.number == "76"
    from evidence_check.recognise.text import join_split_keywords

    words = tuple(rules().ocr.split_keywords)
    assert join_split_keywords("WALI KOTA BOGOR Nomor NO MOR", words) == "WALI KOTA BOGOR Nomor NOMOR"
    assert join_split_keywords("TENTANG PERATURANI KEPUTUSAN", words) == "TENTANG PERATURANI KEPUTUSAN"


def test_a_year_ocr_broke_is_no_part_of_the_number_and_a_cited_acts_date_no_year() -> None:
    text = ("PERATURAN GUBERNUR JAWA BARAT\nNOMOR 76 TAHUN 2 01 e'\nTENTANG\nSTAF AHLI\nGUBERNUR JAWA BARAT,\n"
            "Mengingat : 1. Undang-Undang Nomor 11 Tahun 1950 tentang Pembentukan Provinsi Jawa Barat (Berita Negara "
            "Republik Indonesia tanggal 4 Juli 1950);\n2. Undang-Undang Nomor 23 Tahun 2000 (Lembaran Negara Republik "
            "Indonesia Tahun 2000 Nomor 182, tanggal 17 Oktober 2000);\n")
    doc = recognise(text)
    assert doc.number == "76" and doc.year is None  # unread, not 1950 from the cited acts
    dated = recognise("AGENDA RAPAT\nSenin, 4 Juli 2022\nRapat koordinasi\nSelasa, 5 Juli 2022\nEvaluasi\n")
    assert dated.year == 2022  # dates outside a register citation still date a document


def test_a_letters_date_column_is_cut_from_its_number_and_a_circulars_inline_number_is_read() -> None:
    letter = recognise("BKKBN\nJawa Barat\nNomor : 2889/PD.02.02/J.2/2022 16 Juni 2022\nLampiran : 1 (Satu) Set\n"
                       "Perihal : Orientasi Rumah DataKu\nKepada Yth.:\nDengan hormat,\nHari/Tanggal : Senin\n")
    assert letter.number == "2889/PD.02.02/J.2/2022"
    se = recognise("KEMENTERIAN KEUANGAN REPUBLIK INDONESIA DIREKTORAT JENDERAL PAJAK SURAT EDARAN DIREKTUR JENDERAL "
                   "PAJAK NOMOR SE-21/PJ/2016 TENTANG TATA CARA PELAKSANAAN KEGIATAN INTELIJEN PERPAJAKAN\n")
    assert (se.doc_type, se.number, se.year) == ("surat_edaran", "SE-21/PJ/2016", 2016)
    cited = recognise("SURAT EDARAN NOMOR 5 TAHUN 2020 TENTANG PELAKSANAAN PERATURAN DIREKTUR JENDERAL PAJAK "
                      "NOMOR PER-35/PJ/2013 TENTANG EKSTENSIFIKASI\n")
    assert cited.number == "5"


# --- report summaries and rankings; a naskah akademik under its draft's heading; an unsigned approval sheet ------
def test_a_report_summary_and_a_ranking_are_reports() -> None:
    summary = recognise("RINGKASAN LAPORAN PENYELENGGARAAN\nPEMERINTAHAN DAERAH PROVSU\nTA. 2019\n"
                        "PEMERINTAH PROVINSI SUMATERA UTARA\nTAHUN 2020\n\fDAFTAR ISI\nBAB I PENDAHULUAN\n")
    ranking = recognise("KEMENTERIAN KOMUNIKASI DAN INFORMATIKA\nPEMERINGKATAN\ne-GOVERNMENT INDONESIA\n"
                        "KABUPATEN/KOTA\nTAHUN 2012\nDIREKTORAT E-GOVERNMENT\n")
    assert summary.doc_type == "laporan" and ranking.doc_type == "laporan"
    assert recognise("RINGKASAN\nKegiatan hari ini: rapat koordinasi.\n").doc_type != "laporan"


def test_a_naskah_akademik_cover_in_title_case_outranks_the_draft_heading_above_it() -> None:
    text = ("RANCANGAN PERATURAN DAERAH\nTENTANG\nSISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\nDi Susun Oleh:\n"
            "CV. SETIA KARYA KONSULTAN\nPEMERINTAH KOTA SERANG\n"
            "Naskah Akademik Rancangan Peraturan Daerah tentang Sistem Pemerintahan Berbasis Elektronik\n")
    doc = recognise(text)
    assert doc.doc_type == "lainnya" and doc.status == "draft"
    perda = recognise("RANCANGAN PERATURAN DAERAH KOTA SERANG\nNOMOR ... TAHUN 2022\nTENTANG\nSPBE\n"
                      "Menimbang : a. bahwa berdasarkan naskah akademik yang telah disusun;\n")
    assert perda.doc_type == "perda"


def test_an_approval_sheet_with_dotted_signature_lines_is_a_draft() -> None:
    sheet = ("MASTER PLAN TEKNOLOGI INFORMASI DAN KOMUNIKASI PROVINSI RIAU\n2016 – 2020\nLEMBAR PENGESAHAN\n"
             "Disiapkan Oleh:\nTanda Tangan : {sig}\nNama : {name}\nPosisi : {pos}\n\fBAB I PENDAHULUAN\n")
    blank = recognise(sheet.format(sig="." * 40, name="." * 40, pos="." * 40))
    assert blank.status == "draft" and "draft.blank_approval_sheet" in rule_ids(blank, "status")
    filled = recognise(sheet.format(sig="ttd", name="Ir. H. SYAHRIAL", pos="Kepala Dinas Kominfo"))
    assert "draft.blank_approval_sheet" not in rule_ids(filled, "status") and filled.status != "draft"


def test_minutes_with_the_meeting_date_filled_in_are_the_record_of_the_meeting() -> None:
    minutes = ("NOTULEN RAPAT\nHari / Tanggal : {day}\nWaktu : Pukul 09.00 – Selesai\nTempat : Ruang Rapat\n"
               "Pimpinan Rapat : Sekda\n")
    dated = recognise(minutes.format(day="Jum'at / 26 April 2019"))
    assert dated.doc_type == "notulen" and dated.status == "enacted"
    assert "enacted.minutes_dated" in rule_ids(dated, "status")
    assert recognise(minutes.format(day="................")).status != "enacted"


def test_a_number_wrapped_after_nomor_at_a_heading_lines_end_is_read() -> None:
    doc = recognise("KEMENTERIAN KEUANGAN REPUBLIK INDONESIA DIREKTORAT JENDERAL\nPAJAK LAMPIRAN I\n"
                    "SURAT EDARAN DIREKTUR JENDERAL PAJAK NOMOR\nSE-21/PJ/2016\nTENTANG TATA CARA PELAKSANAAN\n")
    assert (doc.doc_type, doc.number, doc.year) == ("surat_edaran", "SE-21/PJ/2016", 2016)


def test_dot_leaders_ocr_read_as_letters_still_leave_an_approval_sheet_unsigned() -> None:
    leader = ".......sccseceesseeeeeebeneeeeeceeeenaeesecesaueneseeseeaeneeees"
    doc = recognise("MASTER PLAN TEKNOLOGI INFORMASI DAN KOMUNIKASI\n2016 - 2020\nLEMBAR PENGESAHAN\nDisiapkan Oleh:\n"
                    f"Tanda TANGAN : {leader} Nama\nTanda TANGAN :{leader}\nBAB I\n", method="ocr")
    assert doc.status == "draft" and "draft.blank_approval_sheet" in rule_ids(doc, "status")
    signed = recognise("MASTER PLAN TEKNOLOGI INFORMASI DAN KOMUNIKASI\n2016 - 2020\nLEMBAR PENGESAHAN\n"
                       "Tanda Tangan : ttd\nNama : Ir. H. SYAHRIAL\nPosisi : Kepala Dinas\nBAB I\n", method="ocr")
    assert "draft.blank_approval_sheet" not in rule_ids(signed, "status")


def test_a_circular_whose_own_number_is_blank_was_not_sent() -> None:
    text = ("LAMPIRAN SURAT EDARAN DIREKTUR JENDERAL CIPTA KARYA NOMOR {n} TENTANG PROSEDUR MONITORING DAN EVALUASI "
            "PETUNJUK PELAKSANAAN A. KETENTUAN UMUM 1. Prosedur dapat diterapkan oleh seluruh Direktorat.\n")
    blank = recognise(text.format(n=""))
    assert blank.doc_type == "surat_edaran" and blank.status == "draft"
    assert "draft.blank_number" in rule_ids(blank, "status")
    sent = recognise(text.format(n="07/SE/DC/2016"))
    assert sent.status == "enacted" and sent.number == "07/SE/DC/2016"
    assert recognise(text.format(n=""), method="ocr").status != "draft"  # on a scan a blank may be handwriting


def test_shadowed_heading_glyphs_given_two_or_three_times_are_read_once() -> None:
    from evidence_check.recognise.text import collapse_repeated_glyphs

    assert collapse_repeated_glyphs("BBBAAADDDAAANNN PPPEEERRREEENNNCCCAAANNNAAAAAANNN") == "BADAN PERENCANAAN"
    assert collapse_repeated_glyphs("DDIINNAASS KKOOMMIINNFFOO") == "DINAS KOMINFO"
    kept = "AAA BOOK KEEPPEERR 000000000 1111 TAAT"
    assert collapse_repeated_glyphs(kept) == kept
    doc = recognise("PEMERINTAH KOTA SINGKAWANG\nLLLAAAPPPOOORRRAAANNN AKUNTABILITAS\nKINERJA INSTANSI PEMERINTAH\n"
                    "TAHUN 2019\n")
    assert doc.doc_type == "laporan"


def test_a_cover_dated_by_month_alone_gives_the_year() -> None:
    deck = recognise("1\nSTATISTICS INDONESIA\nSTANDAR DATA STATISTIK\nAgustus 2020\nDirektorat Metodologi\nOutline\n")
    assert deck.year == 2020 and [e.rule for e in deck.evidence if e.field == "year"] == ["year.cover_date"]
    low = recognise("STANDAR DATA STATISTIK\nDirektorat Metodologi\nOutline\nLatar Belakang\nDasar Hukum\nTujuan\n"
                    "Sasaran\nAgustus 2020\n")
    assert low.year is None  # a month line far below the cover title is a table's or a slide's, not the cover's


def test_a_qanun_is_acehs_regional_regulation() -> None:
    qanun = ("QANUN KABUPATEN ACEH BARAT DAYA\nNOMOR 5 TAHUN 2015\nTENTANG\nPEMBENTUKAN GAMPONG\n"
             "DENGAN RAHMAT ALLAH YANG MAHA KUASA\nBUPATI ACEH BARAT DAYA,\nMenimbang : a. bahwa perlu;\n")
    doc = recognise(qanun)
    assert (doc.doc_type, doc.number, doc.year, doc.status) == ("perda", "5", 2015, "enacted")
    draft = recognise("RANCANGAN\n" + qanun.replace("NOMOR 5", "NOMOR ....."))
    assert draft.doc_type == "perda" and draft.status == "draft"
    cited = recognise("LAPORAN KINERJA\nDINAS SYARIAT ISLAM\nTAHUN 2020\nBAB I\nSesuai qanun kabupaten tentang gampong.\n")
    assert cited.doc_type == "laporan"


def test_foreign_page_shape_or_slot_meta_is_ignored_not_a_crash() -> None:
    doc = recognise("PAPARAN\nAgenda\n", page_shapes={"wide": "many"}, number_slots={"one": ["x"]})
    assert "paparan.slide_shape" not in rule_ids(doc, "doc_type")
