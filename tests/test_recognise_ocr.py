"""OCR noise: year digits, month names, capitalised words, fuzzy cue words and headings."""
from __future__ import annotations

import pytest
from recognise_support import UNSIGNED_CLOSING, perbup, recognise, rules

from evidence_check.recognise.dates import parse_date
from evidence_check.recognise.text import correct_ocr, fix_caps_tokens, fix_year_tokens, join_letter_spacing


@pytest.mark.parametrize(("text", "iso"), [
    ("31 Agustus 2021", "2021-08-31"), ("pada tanggal 2 Januari 2O19", "2019-01-02"),
    ("1O Juni 202l", "2021-06-10"), ("7 Pebruari 2018", "2018-02-07"), ("3 Nopember 2020", "2020-11-03"),
    ("12 Agustuss 2022", "2022-08-12"), ("5 0ktober 2019", "2019-10-05"), ("21-08-2020", "2020-08-21"),
    ("9 Okt. 2019", "2019-10-09"), ("30 Februari 2021", None), ("Januari 2019", None), ("tanpa tanggal", None),
])
def test_dates(text: str, iso: str | None) -> None:
    assert parse_date(text, rules().months) == iso


def test_year_and_caps_fixes() -> None:
    conf = rules().ocr.digit_confusions
    assert fix_year_tokens("TAHUN 2O19 dan 202l, 2OL9", conf) == "TAHUN 2019 dan 2021, 2019"
    assert fix_year_tokens("KODE AB12 dan 1O0", conf) == "KODE AB12 dan 1O0"  # not years
    assert fix_caps_tokens("BUPATl WONOSOBO PROVlNSl 2021 SM1") == "BUPATI WONOSOBO PROVINSI 2021 SM1"
    assert join_letter_spacing("K E M E N T E R I A N dan di ke") == "KEMENTERIAN dan di ke"


def test_keyword_snapping_on_ocr_text() -> None:
    ocr = rules().ocr
    assert correct_ocr("REPUBLIK INOONESIA DITETAPKAH", ocr) == "REPUBLIK INDONESIA DITETAPKAN"
    # a real word that contains a keyword is never snapped
    assert correct_ocr("PEMERINTAHAN PENGATURAN", ocr) == "PEMERINTAHAN PENGATURAN"


def test_noisy_scan_of_an_enacted_perbup() -> None:
    text = perbup().replace("PERATURAN BUPATI BATU BARA", "PERATURAN BUPATl BATU BARA").replace(
        "TAHUN 2021", "TAHUN 2O21").replace("31 Agustus 2021", "31 Agustuss 2O21").replace(
        "Ditetapkan di", "Ditetapkah di")
    doc = recognise(text, method="ocr")
    assert (doc.doc_type, doc.status, doc.number, doc.year, doc.date) == ("perkada", "enacted", "81", 2021, "2021-08-31")
    assert doc.agency == "Kabupaten Batu Bara"


def test_noisy_draft_marker_on_a_scan() -> None:
    doc = recognise("RANCANCAN\n" + perbup(closing=UNSIGNED_CLOSING), method="ocr")
    assert doc.status == "draft"


def test_noisy_heading_matched_fuzzily_only_in_capitals() -> None:
    noisy = "PERATUHAN WALIKOTA SINGKAWANG\nNOMOR 3 TAHUN 2019\nTENTANG\nX\n"
    assert recognise(noisy, method="ocr").doc_type == "perkada"
    citation = "Dasar\n4. Peraturan Pemerintah No. 61 tahun 2010 tentang KIP\nLAPORAN KEGIATAN\n"
    assert recognise(citation, method="ocr").doc_type == "laporan"


def test_blank_number_on_a_scan_is_not_a_draft_cue() -> None:
    """A handwritten number OCR cannot read leaves a blank: that alone must not make a scan a draft."""
    doc = recognise(perbup(number=""), method="ocr")
    assert doc.status == "enacted"


def test_cue_word_with_look_alike_letters_is_snapped_on_a_scan() -> None:
    """'DAFRAH' (E read as F): one swap in a six-letter word is under the fuzzy threshold, but the letters are
    OCR look-alikes, so it is the keyword."""
    ocr = rules().ocr
    assert correct_ocr("RANCANGAN PERATURAN DAFRAH KOTA DENPASAR NOMOR .... TAHUH 2024", ocr) == (
        "RANCANGAN PERATURAN DAERAH KOTA DENPASAR NOMOR .... TAHUN 2024")
    # a real word that differs from a keyword in other letters stays; so does a swap outside the groups
    assert correct_ocr("PENGATURAN DAMRAH", ocr) == "PENGATURAN DAMRAH"
    doc = recognise("RANCANGAN PERATURAN DAFRAH KOTA DENPASAR\nNOMOR .... TAHUN 2024\nTENTANG\nSATU DATA\n"
                    "DENGAN RAHMAT TUHAN YANG MAHA ESA\nWALI KOTA DENPASAR,\n", method="ocr")
    assert doc.doc_type == "perda" and doc.status == "draft"
    assert recognise("PERATURAN DAFRAH KOTA DENPASAR\nNOMOR 3 TAHUN 2024\nTENTANG\nSATU DATA\n").doc_type != "perda"
