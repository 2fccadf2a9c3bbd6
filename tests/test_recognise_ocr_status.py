"""Issue 11: enactment evidence in noisy OCR text (phrases run together, a NIP cut short)."""
from __future__ import annotations

from recognise_support import perbup, recognise, rule_ids, rules

from evidence_check.recognise.text import split_joined

JOINED_CLOSING = """Ditetapkandi Lima Puluh
padatanggal 30 NOV 2017
BUPATI BATU BARA,
ZAHIR"""
BLANK_JOINED_CLOSING = """Ditetapkandi Lima Puluh
padatanggal
BUPATI BATU BARA,
ZAHIR"""

SOP_PHONE = ("PEMERINTAH PROVINSI KALIMANTAN BARAT\nNomor SOP 4z /SOP/ DISKOMINFO.IP /2024\n"
             "Tanggal Pembuatan 1 anvuari-~ 10221\nTanggal Efektif\nDisahkan oleh\n{signer}\n"
             "DASAR HUKUM\n1. Undang-Undang No. 14 Tahun 2008\n"
             "Nama SOP PELAYANAN PERMOHONAN INFORMASI PUBLIK\n")


def test_joined_phrases_are_spaced_again_on_ocr_pages() -> None:
    phrases = tuple(rules().ocr.joined_phrases)
    assert split_joined("Ditetapkandi Jakarta\npadatanggal 30 NOV 2017", phrases) == (
        "Ditetapkan di Jakarta\npada tanggal 30 NOV 2017")
    # words that merely contain the letters are left alone
    text = "kepadatan penduduk; memadatanggalkan"
    assert split_joined(text, phrases) == text


def test_enactment_date_with_joined_words_on_a_scan_is_enacted() -> None:
    doc = recognise(perbup(number="11", year="2017", closing=JOINED_CLOSING), method="ocr")
    assert doc.status == "enacted" and "enacted.ditetapkan" in rule_ids(doc, "status")


def test_joined_words_with_a_blank_date_are_no_enactment_evidence() -> None:
    doc = recognise(perbup(number="11", year="2017", closing=BLANK_JOINED_CLOSING), method="ocr")
    assert doc.status != "enacted" and "enacted.ditetapkan" not in rule_ids(doc, "status")


def test_sop_phone_scan_signed_with_a_truncated_nip_is_enacted() -> None:
    doc = recognise(SOP_PHONE.format(signer="Pembina Utama Madya\nB 199303 1 009"), method="ocr")
    assert doc.doc_type == "sop" and doc.status == "enacted"
    assert "enacted.sop_signed_scan" in rule_ids(doc, "status")


def test_sop_phone_scan_without_a_signer_or_with_other_numbers_stays_unknown() -> None:
    assert recognise(SOP_PHONE.format(signer=""), method="ocr").status == "unknown"
    # a phone number or a year range in the box is no NIP
    other = SOP_PHONE.format(signer="Telepon 0561 736541\nTahun 2020 - 2024")
    assert recognise(other, method="ocr").status == "unknown"


def test_blank_model_decree_in_the_lampiran_does_not_make_the_act_a_draft() -> None:
    """A regulation on drafting regulations (or one with templates) shows blank model decrees in its
    lampiran: only the act's own enactment block, the first one, speaks for its status."""
    from recognise_support import perbup, recognise

    model = ("LAMPIRAN II\nCONTOH FORMAT KEPUTUSAN KEPALA DINAS\n"
             "KEPUTUSAN KEPALA DINAS KOMUNIKASI DAN INFORMATIKA\nNOMOR ... TAHUN ...\nTENTANG\n...\n"
             "Ditetapkan di ...\npada tanggal ...\nKEPALA DINAS,\n\nNAMA")
    # signed, no register
    signed = "Ditetapkan di Lima Puluh\npada tanggal 31 Agustus 2021\nBUPATI BATU BARA,\nttd\nZAHIR"
    doc = recognise(perbup(number="12", closing=signed) + "\f" + model)
    assert doc.status == "enacted"
    # the same blank block as the act's own (first) block is still a draft
    blank = "Ditetapkan di Lima Puluh\npada tanggal ...\nBUPATI BATU BARA,\n\nZAHIR"
    own_blank = perbup(number="12", closing=blank)
    assert recognise(own_blank + "\f" + model).status == "draft"


def test_ocr_letters_in_the_classification_code_are_digits() -> None:
    """The first segment of an official number is its archive classification code (digits): 'Boo' is 800.
    Unit abbreviations in capitals, and segments with letters OCR does not confuse, stay as read; a text
    layer is never changed."""
    from recognise_support import rules

    from evidence_check.recognise.metadata import clean_number

    conf = rules().ocr.digit_confusions
    assert clean_number("Boo/Disdukcapil-KB/428/2018", True, conf) == "800/Disdukcapil-KB/428/2018"
    assert clean_number("lOO.1/23/BPKAD/2020", True, conf) == "100.1/23/BPKAD/2020"
    for kept in ("DIS/12/2020", "SOP/12/DKIS/2020", "188.45/1612/HK/2019", "005/22/2018"):
        assert clean_number(kept, True, conf) == kept
    assert clean_number("Boo/Disdukcapil-KB/428/2018", False, conf) == "Boo/Disdukcapil-KB/428/2018"


def test_title_year_against_register_year_on_a_scan_is_left_unknown() -> None:
    """On an OCR'd act whose title says TAHUN 2022 and whose register says TAHUN 2021, one reading is an
    OCR error and the text cannot tell which: the year is unknown, with both readings as evidence. A text
    layer, or a register that agrees, keeps the year."""
    from recognise_support import ENACTED_CLOSING, perbup, recognise

    scan = recognise(perbup(number="81", year="2022", closing=ENACTED_CLOSING), method="ocr")
    assert scan.year is None
    conflict = [e.text for e in scan.evidence if e.rule == "metadata.year_conflict"]
    assert conflict and "2022" in conflict[0] and "2021" in conflict[0]
    assert recognise(perbup(number="81", year="2022", closing=ENACTED_CLOSING)).year == 2022  # text layer
    assert recognise(perbup(number="81", year="2021", closing=ENACTED_CLOSING), method="ocr").year == 2021


COLON_CLOSING = """Ditetapkan di : Tangerang
pada tanggal : {day} Desember 2022
BUPATI TANGERANG,
ttd
AHMAD"""
COLON_BLANK_CLOSING = """Ditetapkan di : Tangerang
pada tanggal : ..................
BUPATI TANGERANG,
AHMAD"""


def test_tabular_enactment_block_with_colons_is_enactment_evidence() -> None:
    """'Ditetapkan di : Kota / pada tanggal : …' (the tabular layout) is the same block as without colons."""
    doc = recognise(perbup(number="11", year="2022", closing=COLON_CLOSING.format(day="22")))
    assert doc.status == "enacted" and "enacted.ditetapkan" in rule_ids(doc, "status")
    # on a scan a stamped day is misread ('22' as '92'): the month and year are still filled in
    scan = recognise(perbup(number="11", year="2022", closing=COLON_CLOSING.format(day="92")), method="ocr")
    assert "enacted.ditetapkan" in rule_ids(scan, "status")


def test_tabular_enactment_block_with_a_blank_date_is_a_draft_cue() -> None:
    doc = recognise(perbup(number="11", year="2022", closing=COLON_BLANK_CLOSING))
    assert "enacted.ditetapkan" not in rule_ids(doc, "status")
    blank = recognise(perbup(number="11", year="2022", closing=COLON_BLANK_CLOSING.replace(
        ": ..................", ":\n2022")))
    assert blank.status == "draft" and "draft.blank_enactment_date" in rule_ids(blank, "status")


# --- a scan's empty number slot: white (a draft's blank) or inked (a handwritten number OCR lost) ----
SLOT_HEAD = ("PERATURAN MENTERI KOMUNIKASI DAN INFORMATIKA\nREPUBLIK INDONESIA\nNOMOR\nTAHUN 2017\nTENTANG\n"
             "PENYELENGGARAAN PORTAL DAN SITUS WEB\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n"
             "MENTERI KOMUNIKASI DAN INFORMATIKA REPUBLIK INDONESIA,\nMenimbang : a. bahwa perlu;\n")


def test_a_white_number_slot_on_a_scan_is_a_blank_left_by_a_draft() -> None:
    from recognise_support import recognise, rule_ids

    white = recognise(SLOT_HEAD, method="ocr", number_slots={"1": [0.0]})
    assert white.status == "draft" and "draft.blank_number" in rule_ids(white, "status")
    slot = [(e.text, e.page) for e in white.evidence if e.rule == "status.white_number_slot"]
    assert slot == [("0.00%", 1)]
    # ink in the slot, no measurement, or two empty slots on the page: the blank may be handwriting,
    # never a draft
    for meta in ({"number_slots": {"1": [0.03]}}, {}, {"number_slots": {"1": [0.0, 0.0]}}):
        assert recognise(SLOT_HEAD, method="ocr", **meta).status != "draft"


def _scan_with_slot(tmp_path, scribble: bool):  # type: ignore[no-untyped-def]
    import docfactory as df
    from PIL import ImageDraw

    from evidence_check.extract import extract_file

    page = df.render_pages(SLOT_HEAD, dpi=200)[0]
    if scribble:  # pen strokes right of the centred NOMOR (third line): a number written in by hand
        draw = ImageDraw.Draw(page)
        y = round(df.MARGIN_IN * 200) + 2 * round(round(11 * 200 / 72) * 1.4)
        x = page.width // 2 + 160
        draw.line([(x + 14 * k, y + (4 if k % 2 else 30)) for k in range(12)], fill=0, width=2)
    scan = df.degrade(page, noise=0.002, skew_deg=0.3, seed=3)
    pdf = df.images_pdf(tmp_path / f"slot_{scribble}.pdf", [scan])
    return extract_file(pdf)


def test_the_slot_ink_is_measured_on_the_page_image(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from recognise_support import rules

    from evidence_check.recognise import recognise_document

    blank = _scan_with_slot(tmp_path, scribble=False)
    assert blank.meta.get("number_slots") == {"1": [0.0]}
    assert recognise_document(blank, rules()).status == "draft"
    # handwriting in the slot: Tesseract reads it as letters ("NOMOR NNNNWV") or not at all; never a draft
    inked = _scan_with_slot(tmp_path, scribble=True)
    inks = (inked.meta.get("number_slots") or {}).get("1", [])
    assert all(x > rules().status.blank_slot_max_ink for x in inks)
    assert recognise_document(inked, rules()).status != "draft"


def test_number_slot_ink_counts_pen_strokes_not_specks() -> None:
    from PIL import Image, ImageDraw

    from evidence_check.extract.ocr import Word, number_slot_ink

    words = [Word("NOMOR", 700, 300, 120, 30, (1, 1, 3)), Word("TAHUN", 1300, 300, 120, 30, (1, 1, 3)),
             Word("2017", 1430, 300, 80, 30, (1, 1, 3))]
    page = Image.new("L", (1654, 2339), 255)
    specks = page.copy()
    for k in range(0, 400, 37):  # isolated scanner specks in the slot
        specks.putpixel((850 + k, 305 + k % 20), 0)
    assert number_slot_ink(page, words) == (0.0,) and number_slot_ink(specks, words) == (0.0,)
    stroke = [(900 + 14 * k, 300 + (4 if k % 2 else 28)) for k in range(12)]
    ImageDraw.Draw(page).line(stroke, fill=0, width=3)
    assert number_slot_ink(page, words)[0] > 0.01
    # a number read in the slot is text, not a slot; a NOMOR low on the page is no heading's
    assert number_slot_ink(page, [words[0], Word("12", 900, 300, 40, 30, (1, 1, 3)), *words[1:]]) == ()
    assert number_slot_ink(page, [Word("NOMOR", 700, 2000, 120, 30, (1, 1, 3))]) == ()


def test_a_white_gap_in_a_scanned_number_is_the_running_number_left_blank() -> None:
    from PIL import Image, ImageDraw
    from recognise_support import recognise, rule_ids

    from evidence_check.extract.ocr import Word, number_slot_ink

    line = (1, 1, 4)
    words = [Word("NOMOR", 500, 300, 120, 30, line), Word(":", 630, 300, 10, 30, line),
             Word("445/", 660, 300, 80, 30, line), Word("/III/PKM/2016", 800, 300, 250, 30, line)]
    page = Image.new("L", (1654, 2339), 255)
    assert number_slot_ink(page, words) == (0.0,)
    ImageDraw.Draw(page).line([(750, 305), (790, 325)], fill=0, width=3)  # a number written in by hand
    assert number_slot_ink(page, words)[0] > 0.02
    head = ("KEPUTUSAN\nKEPALA UPT PUSKESMAS NAWANGSASI\nNOMOR : 445/ /III/PKM/2016\nTENTANG\n"
            "INDIKATOR MUTU\nKEPALA UPT PUSKESMAS NAWANGSASI,\nMenimbang : a. bahwa perlu;\n")
    white = recognise(head, method="ocr", number_slots={"1": [0.0]})
    assert white.status == "draft" and "draft.placeholder_number" in rule_ids(white, "status")
    for meta in ({"number_slots": {"1": [0.04]}}, {}):
        assert recognise(head, method="ocr", **meta).status != "draft"


def test_a_dot_leader_ocr_read_as_letters_is_no_handwritten_number() -> None:
    from recognise_support import recognise

    head = ("PERATURAN PEMERINTAH REPUBLIK INDONESIA NOMOR\n{slot} TAHUN 2017 TENTANG PELAKSANAAN TUGAS\n"
            "DENGAN RAHMAT TUHAN YANG MAHA ESA\nPRESIDEN REPUBLIK INDONESIA,\nMenimbang : a. bahwa perlu;\n")
    leader = recognise(head.format(slot="eT ee"), method="ocr")
    assert leader.status != "enacted"  # two letter groups where dots were: not a number written in by hand
    hand = recognise(head.format(slot="IQ ,"), method="ocr")
    assert hand.status == "enacted" and hand.number is None  # one short token: a handwritten number


def test_a_year_after_tahun_and_a_dot_is_still_the_year() -> None:
    from recognise_support import recognise

    doc = recognise("PERATURAN DAERAH KABUPATEN JEMBRANA\nNOMOR 2 TAHUN.2022\nTENTANG\nSPBE\n", method="ocr")
    assert doc.number == "2" and doc.year == 2022
