"""Document types: one positive and one negative case per type, from documents built in code."""
from __future__ import annotations

import pytest
from recognise_support import recognise, rule_ids

from evidence_check.models import DOC_TYPES

POSITIVE: dict[str, tuple[str, str]] = {
    "perda": ("PERATURAN DAERAH KABUPATEN BANTUL\nNOMOR 5 TAHUN 2020\nTENTANG\nSATU DATA\n", "pdf"),
    "perkada": ("PERATURAN WALIKOTA MALANG\nNOMOR 12 TAHUN 2021\nTENTANG\nTATA KELOLA SPBE\n", "pdf"),
    "peraturan_menteri": ("PERATURAN MENTERI DALAM NEGERI REPUBLIK INDONESIA\nNOMOR 3 TAHUN 2017\nTENTANG\nPPID\n", "pdf"),
    "peraturan_nasional": ("PERATURAN PEMERINTAH REPUBLIK INDONESIA\nNOMOR 71 TAHUN 2019\nTENTANG\nPSTE\n", "pdf"),
    "keputusan": ("KEPUTUSAN GUBERNUR JAWA TENGAH\nNOMOR 060/12/2022\nTENTANG\nTIM SPBE\n", "pdf"),
    "surat_edaran": ("SURAT EDARAN\nNOMOR 2 TAHUN 2022\nTENTANG\nPENGGUNAAN EMAIL DINAS\n", "pdf"),
    "sop": ("PEMERINTAH KOTA BATU\nNomor SOP : 12/SOP/2022\nTanggal Efektif : 3 Januari 2022\nNama SOP : Backup Data\n", "pdf"),
    "pedoman": ("PEDOMAN\nPENGELOLAAN APLIKASI\nPEMERINTAH KOTA BATU\nBAB I PENDAHULUAN\n", "pdf"),
    "dokumen_perencanaan": ("RENCANA INDUK\nTEKNOLOGI INFORMASI DAN KOMUNIKASI\nKABUPATEN SLEMAN 2021-2025\n", "pdf"),
    "laporan": ("LAPORAN KEGIATAN\nBIMBINGAN TEKNIS SPBE\nTAHUN 2022\nKATA PENGANTAR\n", "pdf"),
    "notulen": ("NOTULEN\nHari/Tanggal : Senin, 3 Januari 2022\nPimpinan Rapat : Asisten III\nHasil Rapat :\n", "pdf"),
    "undangan": ("Nomor : 005/77/Kominfo\nSifat : Biasa\nLampiran : -\nPerihal : Undangan Rapat\nYth. Kepala OPD\n", "pdf"),
    "paparan": ("Judul\n\fSlide dua\n\fSlide tiga\n", "pptx"),
    "tangkapan_layar": ("Gambar 1. Tampilan halaman login SIMPEG\n", "pdf"),
    "lainnya": ("FORMULIR PERMINTAAN LAYANAN\nNama :\nUnit :\n", "pdf"),
}

# Texts that carry a tempting cue for the type but are something else.
NEGATIVE: dict[str, tuple[str, str]] = {
    "perda": ("LAPORAN KEGIATAN\nMengacu pada Peraturan Daerah Nomor 5 Tahun 2020\n", "laporan"),
    "perkada": ("NOTULEN\nPimpinan Rapat : Sekda\nHasil Rapat : Peraturan Bupati perlu direvisi\n", "notulen"),
    "peraturan_menteri": ("PERATURAN BUPATI SLEMAN\nNOMOR 1 TAHUN 2020\nTENTANG\nSPBE\nMengingat : Peraturan Menteri "
                          "PANRB Nomor 5 Tahun 2020\n", "perkada"),
    "peraturan_nasional": ("KEPUTUSAN BUPATI SLEMAN\nNOMOR 3 TAHUN 2021\nTENTANG\nTIM\nMengingat : 1. Peraturan Presiden "
                           "Nomor 95 Tahun 2018\n", "keputusan"),
    "keputusan": ("UNDANGAN\nNomor : 005/1/2022\nPerihal : Sosialisasi Keputusan Bupati\n", "undangan"),
    "surat_edaran": ("LAPORAN PELAKSANAAN\nSurat Edaran Bupati telah disampaikan ke OPD\n", "laporan"),
    "sop": ("PEDOMAN\nPENYUSUNAN STANDAR OPERASIONAL PROSEDUR\nBAB I\n", "pedoman"),
    "pedoman": ("PERATURAN BUPATI GARUT\nNOMOR 2 TAHUN 2022\nTENTANG\nPEDOMAN MANAJEMEN RISIKO SPBE\n", "perkada"),
    "dokumen_perencanaan": ("KEPUTUSAN WALI KOTA DENPASAR\nNOMOR 188.45/1/HK/2019\nTENTANG\nRENCANA INDUK TIK\n", "keputusan"),
    "laporan": ("PERATURAN WALIKOTA BATU\nNOMOR 9 TAHUN 2022\nTENTANG\nLAPORAN PENYELENGGARAAN PEMERINTAHAN\n", "perkada"),
    "notulen": ("UNDANGAN RAPAT\nNomor : 005/3/2022\nHal : Rapat\nAcara : penyusunan berita acara\n", "undangan"),
    "undangan": ("NOTULEN RAPAT\nHasil Rapat : undangan disebarkan minggu depan\nPimpinan Rapat : Kadis\n", "notulen"),
    "paparan": ("PERATURAN BUPATI BANTUL\nNOMOR 4 TAHUN 2021\nTENTANG\nSPBE\n", "perkada"),
    "tangkapan_layar": ("LAPORAN HASIL AUDIT\nGambar 1 menunjukkan temuan\nRINGKASAN EKSEKUTIF\n" + "isi laporan " * 80,
                        "laporan"),
    "lainnya": ("NOTA DINAS\nKepada : Sekda\nDari : Kadis\nPerihal : Formulir\n", "undangan"),
}


def test_every_type_has_cases() -> None:
    assert set(POSITIVE) == set(DOC_TYPES) == set(NEGATIVE)


@pytest.mark.parametrize("doc_type", DOC_TYPES)
def test_positive(doc_type: str) -> None:
    text, fmt = POSITIVE[doc_type]
    doc = recognise(text, fmt=fmt)
    assert doc.doc_type == doc_type
    if doc_type != "lainnya":
        assert rule_ids(doc, "doc_type"), "the verdict must carry its cue"
        assert all(r.startswith(doc_type + ".") for r in rule_ids(doc, "doc_type"))


@pytest.mark.parametrize("doc_type", DOC_TYPES)
def test_negative(doc_type: str) -> None:
    text, expected = NEGATIVE[doc_type]
    doc = recognise(text)
    assert doc.doc_type != doc_type
    assert doc.doc_type == expected


def test_evidence_names_page_and_words() -> None:
    doc = recognise("halaman sampul\n\fPERATURAN BUPATI SLEMAN\nNOMOR 1 TAHUN 2020\nTENTANG\nSPBE\n")
    ev = next(e for e in doc.evidence if e.field == "doc_type")
    assert ev.page == 2 and "PERATURAN BUPATI SLEMAN" in ev.text and ev.rule == "perkada.heading"


def test_stray_glyph_before_heading() -> None:
    doc = recognise("SALINAN\nWALIKOTA BANDAR LAMPUNG\nNPERATURAN WALIKOTA BANDAR LAMPUNG\nNOMOR 54 TAHUN 2021\nTENTANG\nX\n")
    assert (doc.doc_type, doc.number, doc.year, doc.agency) == ("perkada", "54", 2021, "Kota Bandar Lampung")


def test_letter_spaced_slide_header() -> None:
    text = "K E M E N T E R I A N P E N D AYA G U N A A N A PA R AT U R N E G A R A\nDAN REFORMASI BIROKRASI\n"
    doc = recognise("\f".join([text + f"slide {i}" for i in range(8)]))
    assert doc.doc_type == "paparan" and doc.agency == "Kementerian PANRB"
