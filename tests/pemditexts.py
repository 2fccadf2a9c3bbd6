"""Texts of a 2026 Pemdi submission (PermenPANRB 8/2026), page by page, in the layouts of framework.md §4.

Companion to `doctexts.py` (which holds the 59/2020-era texts): plans with a Rencana Aksi Pemerintah
Digital (RA Pemdi) chapter, SIPD prints of a DPA, decrees of the Pemdi teams, the agreement, reports and
the screens of a kabupaten's digital services. Every function returns `list[str]`, one string per printed
page. Everything is fictional (Kabupaten Sukamaju, Kota Mekarsari); national regulations are cited by
their real titles only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from tests import doctexts as tx

R = tx.SUKAMAJU
DISKOMINFO = "DINAS KOMUNIKASI DAN INFORMATIKA"
SETDA = "SEKRETARIAT DAERAH"

# SIPD codes (framework notes §8): programme, activity and the sub-activity lines a budget item needs.
PROGRAM = ("2.16.03", "PROGRAM PENGELOLAAN APLIKASI INFORMATIKA")
KEGIATAN = ("2.16.03.2.02", "Pengelolaan E-Government di Lingkup Pemerintah Daerah Kabupaten/Kota")
SUB_KOORDINASI = ("2.16.03.2.02.0037", "Koordinasi dan Sinkronisasi Penerapan Pemerintah Digital")
UNIT_CODE = "2.16.0.00.0.00.01.0000"
DPA_NUMBER = f"DPA/A.1/{UNIT_CODE}/001/2026"

MENGINGAT_PEMDI = (
    (
        "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun "
        "2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587);"
    ),
    (
        "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi (Lembaran Negara Republik Indonesia "
        "Tahun 2022 Nomor 196);"
    ),
    "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;",
    (
        "Peraturan Presiden Nomor 82 Tahun 2023 tentang Percepatan Transformasi Digital dan Keterpaduan Layanan "
        "Digital Nasional;"
    ),
    (
        "Peraturan Presiden Nomor 12 Tahun 2025 tentang Rencana Pembangunan Jangka Menengah Nasional Tahun "
        "2025-2029;"
    ),
    (
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 8 Tahun 2026 tentang "
        "Evaluasi Kinerja Pemerintah Digital;"
    ),
)

PERMEN_8_2026_SET = dt.date(2026, 6, 1)  # documents dated earlier cannot cite it
MENGINGAT_59_2020 = (
    MENGINGAT_PEMDI[0],
    MENGINGAT_PEMDI[2],
    (
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 59 Tahun 2020 tentang "
        "Pemantauan dan Evaluasi Sistem Pemerintahan Berbasis Elektronik;"
    ),
)
PERATURAN_BSSN_TTIS = "Peraturan Badan Siber dan Sandi Negara Nomor 10 Tahun 2020 tentang Tim Tanggap Insiden Siber;"


def mengingat_on(day: dt.date, *extra: str) -> tuple[str, ...]:
    """The legal basis a document of that date can cite: PermenPANRB 8/2026 only from June 2026."""
    base = MENGINGAT_PEMDI if day >= PERMEN_8_2026_SET else MENGINGAT_PEMDI[:5]
    return (base[0], *extra, *base[1:])


# The RA Pemdi actions the kabupaten has adopted so far (the Renja carries part of them: level 2, not 3).
RA_ADOPTED = (
    ("Tata Kelola", "Penyusunan Rencana Aksi Pemdi dan penyelarasannya ke dalam RPJMD, Renstra, dan Renja", "Bappeda"),
    ("Tata Kelola", "Penerapan Arsitektur Pemdi pada SIAP Digital untuk layanan prioritas", "Diskominfo"),
    ("Manajemen Layanan", "Penguatan manajemen layanan digital: helpdesk, manajemen perubahan dan insiden", "Diskominfo"),
    (
        "Kolaborasi",
        "Kolaborasi antar-Perangkat Daerah untuk integrasi data kependudukan pada layanan kesehatan dan bansos",
        "Disdukcapil",
    ),
    ("Keamanan", "Penguatan Tim Tanggap Insiden Siber (Sukamaju-CSIRT)", "Diskominfo"),
)
RA_PENDING = (
    "pembangunan dan integrasi aplikasi",
    "infrastruktur dan pemanfaatan PDN",
    "kompetensi SDM digital",
    "pengelolaan kepuasan pengguna",
)


# ---------------------------------------------------------------------------------------------- helpers
def numbered(items: Sequence[str], *, alpha: bool = False, indent: str = "   ") -> list[str]:
    marks = [f"{chr(97 + i)}." if alpha else f"{i + 1}." for i in range(len(items))]
    return [f"{indent}{mark} {item}" for mark, item in zip(marks, items)]


def sign(title: str, name: str, *, signed: bool = True, rank: str | None = None, esign: bool = False) -> list[str]:
    """A signing block: title, 'ttd' (or a blank), name, optionally rank and NIP, optionally the BSrE note."""
    lines = [title + ",", "", "ttd" if signed else "", "", name]
    if rank:
        lines += [rank, f"NIP. {tx.nip(name)}"]
    if esign and signed:
        lines += [
            "",
            ("Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan "
            "oleh Balai Besar Sertifikasi Elektronik (BSrE), BSSN."),
        ]
    return lines


def table(rows: Sequence[Sequence[object]]) -> list[str]:
    """Table rows as printed text (cells separated by ' | '), the way PDF exports of tables read."""
    return [" | ".join(str(c) for c in row) for row in rows]


# ---------------------------------------------------------------------------------------------- legal texts
@dataclass(frozen=True)
class Decree:
    """A Keputusan: who issues it, its number and date, what it decides, and its lampiran table."""

    issuer_title: str  # "BUPATI SUKAMAJU" or "SEKRETARIS DAERAH KABUPATEN SUKAMAJU SELAKU KOORDINATOR SPBE"
    signer: str
    number: str
    date: dt.date
    title: str
    menimbang: tuple[str, ...]
    mengingat: tuple[str, ...]
    diktum: tuple[str, ...]  # KESATU, KEDUA, ... in order
    lampiran_title: str = ""
    lampiran_rows: tuple[tuple[str, ...], ...] = ()
    esign: bool = False


DIKTUM = ("KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH")


def keputusan(region: tx.Region, d: Decree) -> list[str]:
    """Keputusan in the regional layout: title block, Menimbang, Mengingat, MEMUTUSKAN, diktum, signature, lampiran."""
    head = d.issuer_title
    lines = [
        head if head.startswith("BUPATI") else f"PEMERINTAH {region.full.upper()}",
        f"PROVINSI {region.province.upper()}" if head.startswith("BUPATI") else SETDA,
        "",
        f"KEPUTUSAN {head}",
        f"NOMOR {d.number}",
        "TENTANG",
        d.title,
        "",
        "DENGAN RAHMAT TUHAN YANG MAHA ESA" if head.startswith("BUPATI") else "",
        "",
        f"{head},",
        "",
        "Menimbang :",
        *numbered(d.menimbang, alpha=True),
        "",
        "Mengingat :",
        *numbered(d.mengingat),
        "",
        "MEMUTUSKAN:",
        "",
        f"Menetapkan : KEPUTUSAN {head.split(' SELAKU ')[0]} TENTANG {d.title}.",
        "",
    ]
    for word, text in zip(DIKTUM, d.diktum):
        lines.append(f"{word} : {text}")
    lines += ["", f"Ditetapkan di {region.capital}", f"pada tanggal {tx.tanggal(d.date)}"]
    lines += sign(head.split(" SELAKU ")[0], d.signer, esign=d.esign)
    if d.lampiran_rows:
        lines += [
            "\f",
            f"LAMPIRAN KEPUTUSAN {head.split(' SELAKU ')[0]}",
            f"NOMOR {d.number}",
            f"TANGGAL {tx.tanggal(d.date).upper()}",
            "",
            d.lampiran_title,
            "",
            *table(d.lampiran_rows),
            "",
            *sign(head.split(" SELAKU ")[0], d.signer),
        ]
    return tx.paginate(lines)


def peraturan_kepala_daerah(
    region: tx.Region,
    *,
    number: int | None,
    year: int,
    enacted: dt.date | None,
    title: str,
    menimbang: Sequence[str],
    babs: Sequence[tuple[str, Sequence[str]]],
    mengingat: Sequence[str] = MENGINGAT_PEMDI,
    lampiran: Sequence[str] = (),
) -> list[str]:
    """A Peraturan Bupati/Wali Kota; `number=None` gives the draft (RANCANGAN, blank number and dates, no ttd)."""
    draft = number is None
    head = region.head_title
    reg = region.reg_name
    lines = (["RANCANGAN", ""] if draft else []) + [
        f"{head} {region.name.upper()}",
        f"PROVINSI {region.province.upper()}",
        "",
        f"PERATURAN {head} {region.name.upper()}",
        f"NOMOR      TAHUN {year}" if draft else f"NOMOR {number} TAHUN {year}",
        "TENTANG",
        title,
        "",
        "DENGAN RAHMAT TUHAN YANG MAHA ESA",
        "",
        f"{head} {region.name.upper()},",
        "",
        "Menimbang :",
        *numbered(menimbang, alpha=True),
        "",
        "Mengingat :",
        *numbered(mengingat),
        "",
        "MEMUTUSKAN:",
        "",
        f"Menetapkan : {reg.upper()} TENTANG {title}.",
    ]
    pasal = 1
    for bab, (heading, articles) in enumerate(babs, start=1):
        lines += ["", f"BAB {tx._roman(bab)}", heading]
        for article in articles:
            lines += [f"Pasal {pasal}", article]
            pasal += 1
    lines += [
        "",
        f"BAB {tx._roman(len(babs) + 1)}",
        "KETENTUAN PENUTUP",
        f"Pasal {pasal}",
        f"{reg} ini mulai berlaku pada tanggal diundangkan.",
        (
            f"Agar setiap orang mengetahuinya, memerintahkan pengundangan {reg} ini dengan penempatannya dalam "
            f"Berita Daerah {region.full}."
        ),
        "",
    ]
    when = "              " + str(year) if draft or enacted is None else tx.tanggal(enacted)
    promulgated = when if draft or enacted is None else tx.tanggal(enacted + dt.timedelta(days=2))
    lines += [f"Ditetapkan di {region.capital}", f"pada tanggal {when}"]
    lines += sign(f"{head} {region.name.upper()}", region.head, signed=not draft)
    lines += ["", f"Diundangkan di {region.capital}", f"pada tanggal {promulgated}"]
    lines += sign(f"SEKRETARIS DAERAH {region.full.upper()}", region.sekda, signed=not draft)
    register = "TAHUN      NOMOR" if draft else f"TAHUN {year} NOMOR {number}"
    lines += ["", f"BERITA DAERAH {region.full.upper()} {register}"]
    if lampiran:
        lines += ["\f", *lampiran]
    return tx.paginate(tx.localise(lines, region))


def rancangan_perbup_ra_pemdi(region: tx.Region = R) -> list[str]:
    """The draft Perbup on the RA Pemdi 2026-2029 (I1-L1-01 asks for RA content *being drafted*)."""
    title = f"RENCANA AKSI PEMERINTAH DIGITAL {region.full.upper()} TAHUN 2026-2029"
    matrix = [
        ("NO", "MUATAN RENCANA AKSI PEMDI", "DOKUMEN PERENCANAAN", "BAB/PROGRAM", "PERANGKAT DAERAH"),
        ("1", "Tata kelola dan arsitektur Pemdi", "RPJMD 2025-2029", "Bab VI Misi 4", "Bappeda"),
        ("2", "Manajemen layanan digital", "Renstra Diskominfo", "Program 2.16.03", "Diskominfo"),
        ("3", "Kompetensi SDM digital", "Renstra BKPSDM", "Program 5.04.03", "BKPSDM"),
        ("4", "Kolaborasi dan keterpaduan layanan", "Renja Diskominfo 2026", "Kegiatan 2.16.03.2.02", "Diskominfo"),
        ("5", "Keamanan siber dan persandian", "Renstra Diskominfo", "Program 2.21.02", "Diskominfo"),
        ("6", "Aplikasi dan infrastruktur Pemdi", "Renja Diskominfo 2027", "Kegiatan 2.16.03.2.02", "Diskominfo"),
        ("7", "Kepuasan pengguna layanan digital", "Renja Bagian Organisasi", "Program 4.01.03", "Setda"),
    ]
    lampiran = [
        "LAMPIRAN",
        f"PERATURAN {region.head_title} {region.name.upper()}",
        "NOMOR      TAHUN 2026",
        f"TENTANG {title}",
        "",
        "MATRIKS RENCANA AKSI PEMERINTAH DIGITAL TERHADAP DOKUMEN PERENCANAAN DAERAH",
        "",
        *table(matrix),
    ]
    return peraturan_kepala_daerah(
        region,
        number=None,
        year=2026,
        enacted=None,
        title=title,
        menimbang=(
            ("bahwa untuk melaksanakan transformasi digital pemerintahan sesuai Rencana Aksi Nasional Pemerintah "
            "Digital, Pemerintah Daerah perlu menuangkan rencana aksi pemerintah digital ke dalam dokumen perencanaan "
            "daerah;"),
            ("bahwa Peraturan Menteri PANRB Nomor 8 Tahun 2026 tentang Evaluasi Kinerja Pemerintah Digital menilai "
            "tata kelola pemerintah digital berdasarkan rencana aksi yang dimuat dalam dokumen perencanaan;"),
            (f"bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan "
            f"{region.reg_name} tentang Rencana Aksi Pemerintah Digital;"),
        ),
        babs=(
            (
                "KETENTUAN UMUM",
                (
                    (f"Dalam {region.reg_name} ini yang dimaksud dengan Rencana Aksi Pemerintah Digital yang selanjutnya "
                    "disebut RA Pemdi adalah dokumen yang memuat langkah, target, dan penanggung jawab penerapan "
                    "pemerintah digital di Daerah."),
                ),
            ),
            (
                "MUATAN RENCANA AKSI",
                (
                    ("RA Pemdi memuat tata kelola dan arsitektur pemerintah digital, manajemen layanan digital, "
                    "kompetensi sumber daya manusia, kolaborasi, keamanan siber, aplikasi dan infrastruktur, serta "
                    "kepuasan pengguna layanan digital."),
                    ("RA Pemdi diuraikan dalam matriks sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak "
                    f"terpisahkan dari {region.reg_name} ini."),
                ),
            ),
            (
                "PENGINTEGRASIAN KE DALAM DOKUMEN PERENCANAAN",
                (
                    ("(1) Perangkat Daerah memuat RA Pemdi ke dalam Renstra dan Renja Perangkat Daerah. (2) Tim "
                    "Koordinasi Pemerintah Digital melakukan konsolidasi RA Pemdi paling sedikit 1 (satu) kali dalam "
                    "1 (satu) tahun."),
                ),
            ),
        ),
        lampiran=lampiran,
    )


def kutipan_rpjmd(region: tx.Region = R) -> list[str]:
    """Excerpt of the RPJMD Perda 2025-2029: the title page and the Bab VI page with the digital-government programme."""
    first = [
        "SALINAN",
        "",
        f"{region.head_title} {region.name.upper()}",
        f"PROVINSI {region.province.upper()}",
        "",
        f"PERATURAN DAERAH {region.full.upper()}",
        "NOMOR 4 TAHUN 2025",
        "TENTANG",
        "RENCANA PEMBANGUNAN JANGKA MENENGAH DAERAH TAHUN 2025-2029",
        "",
        "DENGAN RAHMAT TUHAN YANG MAHA ESA",
        "",
        "Pasal 1",
        (
            "RPJMD Tahun 2025-2029 merupakan penjabaran visi, misi, dan program Bupati yang memuat tujuan, sasaran, "
            "strategi, arah kebijakan, dan program pembangunan Daerah."
        ),
        "Pasal 2",
        "Uraian RPJMD tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Peraturan Daerah ini.",
        "",
        f"Ditetapkan di {region.capital}",
        "pada tanggal 18 Juni 2025",
        *sign(f"{region.head_title} {region.name.upper()}", region.head),
        "",
        f"LEMBARAN DAERAH {region.full.upper()} TAHUN 2025 NOMOR 4",
    ]
    bab = [
        "LAMPIRAN",
        f"PERATURAN DAERAH {region.full.upper()}",
        "NOMOR 4 TAHUN 2025",
        "TENTANG RPJMD TAHUN 2025-2029",
        "",
        "BAB VI",
        "STRATEGI, ARAH KEBIJAKAN, DAN PROGRAM PEMBANGUNAN DAERAH",
        "Misi 4: Mewujudkan tata kelola pemerintahan yang bersih, digital, dan melayani.",
        (
            "Arah kebijakan 4.2: transformasi digital pemerintahan melalui rencana aksi pemerintah digital yang "
            "terpadu antar-Perangkat Daerah, selaras dengan Rencana Aksi Nasional Pemerintah Digital."
        ),
        "",
        *table(
            [
                ("Kode", "Program", "Indikator", "2025", "2026", "2027", "2028", "2029"),
                (PROGRAM[0], PROGRAM[1], "Indeks Pemerintah Digital", "2,62*", "2,00", "2,40", "2,80", "3,00"),
                ("2.16.02", "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK", "Indeks Keterbukaan Informasi", "80", "82", "84", "86", "88"),
                ("2.21.02", "PROGRAM PENYELENGGARAAN PERSANDIAN", "Nilai IKASANDI", "-", "1,50", "2,00", "2,50", "3,00"),
            ]
        ),
        "* Nilai Indeks SPBE 2024 (PermenPANRB 59/2020) sebagai kondisi awal.",
        "",
        "Perangkat Daerah penanggung jawab: Dinas Komunikasi dan Informatika, Bappeda, Sekretariat Daerah.",
    ]
    return ["\n".join(first), "\n".join(bab)]


def renja_diskominfo(region: tx.Region = R) -> list[str]:
    """Renja Diskominfo 2026 with a Rencana Aksi Pemdi section (part of the RA: level 2) and its programme table."""
    cover = [
        "RENCANA KERJA (RENJA)",
        DISKOMINFO,
        region.full.upper(),
        "TAHUN 2026",
    ]
    lines = [
        "BAB I",
        "PENDAHULUAN",
        (
            "Renja Dinas Komunikasi dan Informatika Tahun 2026 disusun berpedoman pada Renstra Dinas 2025-2029 dan "
            "RKPD Tahun 2026, serta memuat Rencana Aksi Pemerintah Digital (RA Pemdi) yang diturunkan dari Rencana "
            "Aksi Nasional Pemerintah Digital dan Peraturan Presiden Nomor 82 Tahun 2023."
        ),
        "",
        "BAB III",
        "TUJUAN, SASARAN, PROGRAM DAN KEGIATAN",
        "3.3 Rencana Aksi Pemerintah Digital",
        "Rencana aksi pemerintah digital yang dimuat dalam Renja Tahun 2026 adalah sebagai berikut:",
        *table([("No", "Aspek", "Rencana Aksi", "Penanggung Jawab", "Target 2026")]),
        *table((str(i), a, b, c, "100%") for i, (a, b, c) in enumerate(RA_ADOPTED, start=1)),
        (
            "Rencana aksi pada aspek " + ", ".join(RA_PENDING) + " belum dimuat dalam Renja Tahun 2026 dan akan "
            "dimuat dalam Renja Perubahan setelah konsolidasi oleh Tim Koordinasi Pemerintah Digital."
        ),
        "",
        "3.4 Program, Kegiatan, dan Sub Kegiatan",
        *table(
            [
                ("Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Keluaran", "Target", "Pagu Indikatif (Rp)"),
                (PROGRAM[0], PROGRAM[1], "Indeks Pemerintah Digital", "2,00", "3.120.500.000"),
                (KEGIATAN[0], KEGIATAN[1], "Persentase RA Pemdi yang dilaksanakan", "60%", "2.870.500.000"),
                (SUB_KOORDINASI[0], SUB_KOORDINASI[1], "Jumlah dokumen koordinasi RA Pemdi", "4 dokumen", "425.000.000"),
            ]
        ),
        "",
        f"{region.capital}, 20 Januari 2026",
        *sign(f"KEPALA {DISKOMINFO}", region.kadis, rank="Pembina Utama Muda"),
    ]
    return ["\n".join(cover)] + tx.paginate(lines)


def renstra_diskominfo(region: tx.Region = R) -> list[str]:
    """Excerpt of the Renstra Diskominfo 2025-2029: cover and the programme chapter (no RA Pemdi matrix yet)."""
    cover = [
        "RENCANA STRATEGIS",
        DISKOMINFO,
        region.full.upper(),
        "TAHUN 2025-2029",
        "",
        "Ditetapkan dengan Keputusan Kepala Dinas Komunikasi dan Informatika Nomor 050/112/Diskominfo/2025",
    ]
    lines = [
        "BAB V",
        "RENCANA PROGRAM DAN KEGIATAN SERTA PENDANAAN",
        (
            "Program dan kegiatan Dinas mendukung Misi 4 RPJMD 2025-2029 tentang tata kelola pemerintahan yang "
            "digital, selaras dengan RPJMN 2025-2029 dan Peraturan Presiden Nomor 82 Tahun 2023 tentang Percepatan "
            "Transformasi Digital dan Keterpaduan Layanan Digital Nasional."
        ),
        "",
        *table(
            [
                ("Kode", "Program/Kegiatan", "Indikator", "2026", "2027", "2028", "2029"),
                (PROGRAM[0], PROGRAM[1], "Indeks Pemerintah Digital", "2,00", "2,40", "2,80", "3,00"),
                (KEGIATAN[0], KEGIATAN[1], "Persentase layanan terintegrasi", "40%", "55%", "70%", "85%"),
                ("2.21.02", "PROGRAM PENYELENGGARAAN PERSANDIAN", "Nilai IKASANDI", "1,50", "2,00", "2,50", "3,00"),
            ]
        ),
        "",
        (
            "Rencana aksi pemerintah digital Daerah dijabarkan setiap tahun dalam Renja Dinas setelah dikonsolidasikan "
            "oleh Tim Koordinasi."
        ),
        "",
        f"{region.capital}, 14 Agustus 2025",
        *sign(f"KEPALA {DISKOMINFO}", region.kadis, rank="Pembina Utama Muda"),
    ]
    return ["\n".join(cover)] + tx.paginate(lines)


def laporan_kriptografi(region: tx.Region = R) -> list[str]:
    """Report on preparing cryptography for data security (I11 level 1: the implementation report)."""
    rows = [
        ("No", "Sistem Elektronik", "Kategori", "Data", "Kriptografi", "Status"),
        ("1", "SIAK terpusat (akses daerah)", "Strategis", "Data kependudukan", "TLS 1.3, VPN IPsec", "Diterapkan"),
        ("2", "SRIKANDI", "Tinggi", "Naskah dinas", "Tanda tangan elektronik BSrE", "Diterapkan"),
        ("3", "SiCantik", "Tinggi", "Data perizinan", "TLS 1.2", "Diterapkan"),
        ("4", "SIMRS", "Tinggi", "Data kesehatan", "Enkripsi basis data", "Direncanakan 2027"),
    ]
    return tx.paginate([
        "LAPORAN PENERAPAN KRIPTOGRAFI UNTUK KEAMANAN DATA",
        f"PEMERINTAH {region.full.upper()}",
        "TAHUN 2026",
        "",
        (
            "Laporan ini menyajikan persiapan dan penerapan kriptografi pada sistem elektronik Pemerintah Daerah, "
            "meliputi inventarisasi sistem berkategori tinggi dan strategis, algoritma yang digunakan, dan rencana "
            "penerapan enkripsi data tersimpan."
        ),
        "",
        *table(rows),
        "",
        "Pengamanan data saat dikirim telah diterapkan pada 3 dari 4 sistem; enkripsi data tersimpan belum diterapkan.",
        "",
        f"{region.capital}, 6 Juli 2026",
        *sign(f"KEPALA {DISKOMINFO}", region.kadis, rank="Pembina Utama Muda"),
    ])


def _sipd_header(region: tx.Region, title: str) -> list[str]:
    return [
        title,
        "SATUAN KERJA PERANGKAT DAERAH",
        f"PEMERINTAH {region.full.upper()}",
        "TAHUN ANGGARAN 2026",
        "",
        f"Nomor DPA : {DPA_NUMBER}",
        "Urusan Pemerintahan : 2 - URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR",
        "Bidang Urusan : 2.16 - URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA",
        f"Organisasi : {UNIT_CODE} - Dinas Komunikasi dan Informatika",
    ]


def _sipd_footer(region: tx.Region) -> list[str]:
    return [
        "",
        f"{region.capital}, 2 Januari 2026",
        "Mengesahkan,",
        *sign("PEJABAT PENGELOLA KEUANGAN DAERAH", "Dra. SRI WAHYUNINGSIH, M.Si.", rank="Pembina Utama Muda"),
        "Dicetak dari SIPD-RI pada 05/01/2026 09:14:22",
    ]


def dpa_subkegiatan(region: tx.Region = R) -> list[str]:
    """DPA-SKPD rincian belanja for one sub-activity (SIPD print): the page a budget item needs."""
    lines = _sipd_header(region, "DOKUMEN PELAKSANAAN ANGGARAN") + [
        "RINCIAN BELANJA SUB KEGIATAN (DPA-RINCIAN BELANJA SKPD)",
        f"Program : {PROGRAM[0]} - {PROGRAM[1]}",
        f"Kegiatan : {KEGIATAN[0]} - {KEGIATAN[1]}",
        f"Sub Kegiatan : {SUB_KOORDINASI[0]} - {SUB_KOORDINASI[1]}",
        "Sumber Pendanaan : Pendapatan Asli Daerah",
        "Lokasi : Kabupaten Sukamaju",
        "Alokasi Tahun 2025 : Rp 310.000.000,00",
        "Alokasi Tahun 2026 : Rp 425.000.000,00",
        "Alokasi Tahun 2027 : Rp 450.000.000,00",
        "",
        *table(
            [
                ("Indikator", "Tolok Ukur Kinerja", "Target Kinerja"),
                ("Capaian Kegiatan", "Persentase RA Pemdi yang dilaksanakan", "60 %"),
                ("Masukan", "Dana yang dibutuhkan", "Rp 425.000.000,00"),
                ("Keluaran", "Jumlah dokumen koordinasi dan sinkronisasi RA Pemdi", "4 Dokumen"),
                ("Hasil", "Persentase RA Pemdi yang dimuat dalam dokumen perencanaan", "60 %"),
            ]
        ),
        "Kelompok Sasaran Kegiatan : Perangkat Daerah",
        "",
        *table(
            [
                ("Kode Rekening", "Uraian", "Koefisien", "Harga (Rp)", "Jumlah (Rp)"),
                ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", "480 Kotak", "35.000", "16.800.000"),
                ("5.1.02.02.01.0029", "Belanja Jasa Tenaga Ahli Arsitektur Pemdi", "6 OB", "15.000.000", "90.000.000"),
                ("5.1.02.02.12.0001", "Belanja Kursus Singkat/Pelatihan SIAP Digital", "40 Orang", "2.500.000", "100.000.000"),
                ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Konsultasi RA Pemdi", "24 OP", "4.550.000", "109.200.000"),
                ("5.1.02.01.01.0026", "Belanja Cetak Dokumen RA Pemdi", "200 Eksemplar", "145.000", "29.000.000"),
                ("5.1.02.02.01.0026", "Belanja Jasa Narasumber Konsolidasi RA Pemdi", "40 OJ", "2.000.000", "80.000.000"),
            ]
        ),
        "JUMLAH | | | | 425.000.000",
        *_sipd_footer(region),
    ]
    return tx.paginate(lines)


def dpa_rekapitulasi(region: tx.Region = R) -> list[str]:
    """DPA-SKPD recap page: programme and activity totals only, no sub-activity line (the 2026 refusal)."""
    lines = _sipd_header(region, "RINGKASAN DOKUMEN PELAKSANAAN ANGGARAN") + [
        "REKAPITULASI BELANJA MENURUT PROGRAM DAN KEGIATAN",
        "",
        *table(
            [
                ("Kode", "Uraian", "Belanja Operasi (Rp)", "Belanja Modal (Rp)", "Jumlah (Rp)"),
                ("2.16.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "4.212.750.000", "310.000.000", "4.522.750.000"),
                ("2.16.02", "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK", "1.185.000.000", "0", "1.185.000.000"),
                (PROGRAM[0], PROGRAM[1], "1.870.500.000", "1.250.000.000", "3.120.500.000"),
                (KEGIATAN[0], KEGIATAN[1], "1.620.500.000", "1.250.000.000", "2.870.500.000"),
                ("2.20.02", "PROGRAM PENYELENGGARAAN STATISTIK SEKTORAL", "385.000.000", "0", "385.000.000"),
                ("2.21.02", "PROGRAM PENYELENGGARAAN PERSANDIAN UNTUK PENGAMANAN INFORMASI", "412.000.000", "95.000.000", "507.000.000"),
            ]
        ),
        "JUMLAH | | 8.065.250.000 | 1.655.000.000 | 9.720.250.000",
        *_sipd_footer(region),
    ]
    return tx.paginate(lines)


def pasal_perbup_arsitektur(region: tx.Region = R) -> list[str]:
    """The pages of the 2023 Perbup SPBE with its architecture articles: a decree article, not SIAP Digital."""
    pages = tx.perkada_spbe(region)
    keep = [pages[0]] + [p for p in pages[1:] if "ARSITEKTUR" in p.upper()][:1]
    return keep


# ---------------------------------------------------------------------------------------------- meetings
KONSOLIDASI = dt.date(2026, 7, 14)
KONSOLIDASI_TEMA = "Konsolidasi Rencana Aksi Pemerintah Digital ke dalam Dokumen Perencanaan"
PENILAIAN_MANDIRI = dt.date(2026, 7, 28)
PENILAIAN_TEMA = "Penilaian Mandiri Evaluasi Kinerja Pemerintah Digital Tahun 2026"


def undangan(region: tx.Region, *, number: str, day: dt.date, tema: str, sent: dt.date) -> list[str]:
    lines = tx.letterhead(region, SETDA) + [
        f"{region.capital}, {tx.tanggal(sent)}",
        f"Nomor    : {number}",
        "Sifat    : Penting",
        "Lampiran : -",
        "Hal      : Undangan Rapat",
        "",
        "Yth. Anggota Tim Koordinasi Pemerintah Digital (daftar terlampir)",
        f"di {region.capital}",
        "",
        (f"Dengan hormat, kami mengundang Bapak/Ibu untuk hadir pada rapat {tema.lower()} yang akan "
        "dilaksanakan pada:"),
        f"Hari/tanggal : {tx.hari_tanggal(day)}",
        "Waktu        : 09.00 WIB s.d. selesai",
        "Tempat       : Ruang Rapat Sekretariat Daerah",
        f"Acara        : {tema}",
        "",
        "Demikian, atas kehadirannya diucapkan terima kasih.",
        "",
        *sign(f"SEKRETARIS DAERAH {region.full.upper()}", region.sekda, rank="Pembina Utama Madya"),
    ]
    return tx.paginate(lines)


def notulen(region: tx.Region, *, day: dt.date, tema: str, pimpinan: str, hasil: Sequence[str],
            tindak: Sequence[str]) -> list[str]:
    lines = tx.letterhead(region, SETDA) + [
        "NOTULEN RAPAT",
        "",
        f"Tema Rapat     : {tema}",
        f"Hari/Tanggal   : {tx.hari_tanggal(day)}",
        "Waktu          : 09.00 WIB s.d. 12.30 WIB",
        "Tempat         : Ruang Rapat Sekretariat Daerah",
        f"Pimpinan Rapat : {pimpinan}",
        "Peserta Rapat  : 14 orang (daftar hadir terlampir)",
        "",
        "Hasil Rapat:",
        *numbered(hasil),
        "",
        "Tindak Lanjut:",
        *numbered(tindak),
        "",
        f"{region.capital}, {tx.tanggal(day)}",
        "Notulis,",
        "",
        "ttd",
        "",
        "Dewi Lestari, S.Kom.",
        f"NIP. {tx.nip('Dewi Lestari')}",
    ]
    return tx.paginate(lines)


def notulen_konsolidasi(region: tx.Region = R) -> list[str]:
    return notulen(
        region,
        day=KONSOLIDASI,
        tema=f"{KONSOLIDASI_TEMA} {region.full} Tahun 2026",
        pimpinan="Sekretaris Daerah selaku Ketua Tim Koordinasi Pemerintah Digital",
        hasil=(
            ("Setiap Perangkat Daerah menyampaikan rencana aksi pemerintah digital yang telah dimuat dalam Renstra "
            "dan Renja masing-masing."),
            ("Dari 27 rencana aksi dalam Rancangan Perbup RA Pemdi, 18 rencana aksi (67%) telah dimuat dalam Renja "
            "Tahun 2026; 9 rencana aksi belum dimuat."),
            ("Rencana aksi aplikasi, infrastruktur, SDM digital, dan kepuasan pengguna dimuat pada Renja Perubahan "
            "dan RKPD Tahun 2027."),
            ("Anggaran sub kegiatan 2.16.03.2.02.0037 Koordinasi dan Sinkronisasi Penerapan Pemerintah Digital "
            "digunakan untuk pendampingan penyusunan arsitektur pada SIAP Digital."),
        ),
        tindak=(
            "Bappeda memastikan rencana aksi yang belum dimuat masuk ke dalam RKPD Tahun 2027.",
            "Bagian Hukum memproses Rancangan Perbup RA Pemdi untuk ditetapkan paling lambat Oktober 2026.",
        ),
    )


def daftar_hadir_konsolidasi(region: tx.Region = R) -> list[str]:
    lines = [
        "DAFTAR HADIR",
        f"Hari         : {tx.HARI[KONSOLIDASI.weekday()]}",
        f"Tanggal      : {tx.tanggal(KONSOLIDASI)}",
        f"Acara        : Rapat {KONSOLIDASI_TEMA}",
        "Tempat       : Ruang Rapat Sekretariat Daerah",
        "",
        *table(tx.daftar_hadir_rows(region, count=14, seed=26)),
    ]
    return tx.paginate(lines)


def notulen_penilaian_mandiri(region: tx.Region = R) -> list[str]:
    """Minutes of the self-assessment meeting: an evaluation process record, not planning consolidation."""
    return notulen(
        region,
        day=PENILAIAN_MANDIRI,
        tema=PENILAIAN_TEMA,
        pimpinan="Sekretaris Daerah selaku Koordinator Pemerintah Digital",
        hasil=(
            "Tim Asesor Internal mengisi penilaian mandiri 20 indikator pada aplikasi eval.spbe.go.id.",
            "Bukti dukung diunggah per butir pada setiap level; setiap unggahan diberi keterangan.",
            "Indikator yang bersumber dari indeks eksternal (SDI, SJIG, IPS) menunggu nilai dari instansi pembina.",
        ),
        tindak=(
            "Perangkat Daerah penanggung jawab melengkapi bukti dukung paling lambat 10 Agustus 2026.",
            "Koordinator Pemerintah Digital menandatangani Berita Acara Penilaian Mandiri.",
        ),
    )


# ---------------------------------------------------------------------------------------------- decrees
def _bupati(number: str, date: dt.date, title: str, menimbang: tuple[str, ...], diktum: tuple[str, ...],
            lampiran_title: str = "", rows: tuple[tuple[str, ...], ...] = (), extra: tuple[str, ...] = (),
            esign: bool = False) -> Decree:
    return Decree(
        f"BUPATI {R.name.upper()}", R.head, number, date, title, menimbang, mengingat_on(date, *extra), diktum,
        lampiran_title, rows, esign,
    )


def _closing(region: tx.Region) -> tuple[str, str]:
    return (
        (f"Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada Anggaran Pendapatan dan "
        f"Belanja Daerah {region.full}."),
        "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
    )


def sk_tim_koordinasi_pemdi(region: tx.Region = R) -> list[str]:
    title = f"PEMBENTUKAN TIM KOORDINASI PEMERINTAH DIGITAL {region.full.upper()}"
    rows = (
        ("NO", "JABATAN", "KEDUDUKAN DALAM TIM"),
        ("1", f"Bupati {region.name}", "Pengarah"),
        ("2", f"Sekretaris Daerah {region.full}", "Ketua merangkap Koordinator Pemerintah Digital"),
        ("3", "Asisten Administrasi Umum Sekretariat Daerah", "Wakil Ketua"),
        ("4", "Kepala Dinas Komunikasi dan Informatika", "Sekretaris"),
        ("5", "Kepala Badan Perencanaan Pembangunan Daerah", "Anggota"),
        ("6", "Kepala Badan Keuangan dan Aset Daerah", "Anggota"),
        ("7", "Inspektur Daerah", "Anggota"),
        ("8", "Kepala BKPSDM", "Anggota"),
        ("9", "Kepala Dinas Kependudukan dan Pencatatan Sipil", "Anggota"),
        ("10", "Kepala Bagian Organisasi Sekretariat Daerah", "Anggota"),
    )
    return keputusan(region, _bupati(
        "100.3.3.2/062/2026", dt.date(2026, 6, 15), title,
        (
            ("bahwa dengan berlakunya Peraturan Menteri PANRB Nomor 8 Tahun 2026 tentang Evaluasi Kinerja Pemerintah "
            "Digital, penerapan pemerintah digital di Daerah perlu dikoordinasikan secara terpadu;"),
            ("bahwa Keputusan Bupati tentang Tim Koordinasi SPBE perlu disesuaikan menjadi Tim Koordinasi Pemerintah "
            "Digital;"),
        ),
        (
            (f"Membentuk Tim Koordinasi Pemerintah Digital {region.full} dengan susunan keanggotaan sebagaimana "
            "tercantum dalam Lampiran."),
            ("Tim bertugas mengoordinasikan penyusunan dan konsolidasi Rencana Aksi Pemerintah Digital, penerapan "
            "arsitektur pada SIAP Digital, kolaborasi antar-Perangkat Daerah dan dengan instansi lain, serta reviu "
            "tata kelola pemerintah digital paling sedikit 1 (satu) kali dalam 1 (satu) tahun."),
            ("Dengan berlakunya Keputusan ini, Keputusan Bupati Nomor 100.3.3.2/215/2023 tentang Pembentukan Tim "
            "Koordinasi SPBE dicabut dan dinyatakan tidak berlaku."),
            *_closing(region),
        ),
        f"SUSUNAN KEANGGOTAAN TIM KOORDINASI PEMERINTAH DIGITAL {region.full.upper()}",
        rows,
        esign=True,
    ))


def sk_tim_asesor_internal(region: tx.Region = R) -> list[str]:
    title = f"TIM ASESOR INTERNAL EVALUASI KINERJA PEMERINTAH DIGITAL {region.full.upper()} TAHUN 2026"
    rows = (
        ("NO", "JABATAN", "KEDUDUKAN DALAM TIM"),
        ("1", f"Sekretaris Daerah {region.full}", "Koordinator Pemerintah Digital"),
        ("2", "Kepala Dinas Komunikasi dan Informatika", "Penanggung Jawab"),
        ("3", "Kepala Bidang Aplikasi Informatika", "Pelaksana Entri Data"),
        ("4", "Kepala Bagian Organisasi", "Anggota"),
        ("5", "Kepala Bidang Perencanaan Bappeda", "Anggota"),
        ("6", "Inspektur Pembantu Wilayah I", "Anggota"),
    )
    return keputusan(region, _bupati(
        "100.3.3.2/176/2026", dt.date(2026, 6, 22), title,
        (
            ("bahwa evaluasi kinerja pemerintah digital diawali dengan penilaian mandiri oleh Tim Asesor Internal yang "
            "dikoordinasikan oleh Koordinator Pemerintah Digital;"),
            ("bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Bupati "
            "tentang Tim Asesor Internal;"),
        ),
        (
            ("Membentuk Tim Asesor Internal Evaluasi Kinerja Pemerintah Digital dengan susunan sebagaimana tercantum "
            "dalam Lampiran."),
            ("Tim Asesor Internal bertugas melaksanakan penilaian mandiri, mengunggah bukti dukung per butir pada "
            "aplikasi evaluasi, dan mengikuti penilaian interviu dan visitasi oleh asesor eksternal."),
            *_closing(region),
        ),
        "SUSUNAN TIM ASESOR INTERNAL EVALUASI KINERJA PEMERINTAH DIGITAL",
        rows,
    ))


def sk_tim_audit_2023(region: tx.Region = R) -> list[str]:
    """The 2023 audit-team decree: the right object (set by the Koordinator SPBE), but its term ended in 2023."""
    title = "TIM AUDIT INTERNAL KEAMANAN SPBE DAN TEKNOLOGI INFORMASI DAN KOMUNIKASI TAHUN ANGGARAN 2023"
    rows = (
        ("NO", "JABATAN", "KEDUDUKAN DALAM TIM"),
        ("1", "Inspektur Daerah", "Ketua"),
        ("2", "Kepala Bidang Persandian dan Keamanan Informasi", "Sekretaris"),
        ("3", "Auditor Ahli Muda Inspektorat Daerah", "Anggota"),
        ("4", "Pranata Komputer Ahli Muda Dinas Kominfo", "Anggota"),
    )
    return keputusan(region, Decree(
        f"SEKRETARIS DAERAH {region.full.upper()} SELAKU KOORDINATOR SPBE",
        region.sekda,
        "800/045/Setda/2023",
        dt.date(2023, 1, 16),
        title,
        (
            ("bahwa audit keamanan SPBE dan audit teknologi informasi dan komunikasi dilaksanakan oleh tim audit "
            "yang ditetapkan oleh Koordinator SPBE;"),
            ("bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Sekretaris "
            "Daerah tentang Tim Audit Internal;"),
        ),
        MENGINGAT_59_2020,
        (
            "Membentuk Tim Audit Internal Keamanan SPBE dan TIK dengan susunan sebagaimana tercantum dalam Lampiran.",
            ("Tim bertugas menyusun rencana audit, melaksanakan audit keamanan dan audit TIK atas layanan SPBE, dan "
            "melaporkan hasilnya kepada Koordinator SPBE."),
            "Masa tugas Tim terhitung sejak 1 Januari 2023 sampai dengan 31 Desember 2023.",
            "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
        ),
        "SUSUNAN TIM AUDIT INTERNAL KEAMANAN SPBE DAN TIK",
        rows,
    ))


def sk_csirt(region: tx.Region = R) -> list[str]:
    title = f"PEMBENTUKAN TIM TANGGAP INSIDEN SIBER {region.full.upper()} (SUKAMAJU-CSIRT)"
    rows = (
        ("NO", "JABATAN", "KEDUDUKAN DALAM TIM"),
        ("1", "Sekretaris Daerah", "Pengarah"),
        ("2", "Kepala Dinas Komunikasi dan Informatika", "Ketua"),
        ("3", "Kepala Bidang Persandian dan Keamanan Informasi", "Koordinator Operasional"),
        ("4", "Sandiman Ahli Muda", "Anggota (Penanganan Insiden)"),
        ("5", "Pranata Komputer Ahli Pertama", "Anggota (Forensik Digital)"),
    )
    return keputusan(region, _bupati(
        "100.3.3.2/302/2025", dt.date(2025, 11, 3), title,
        (
            ("bahwa untuk menangani insiden siber pada sistem elektronik Pemerintah Daerah diperlukan tim tanggap "
            "insiden siber yang terdaftar pada Badan Siber dan Sandi Negara;"),
        ),
        (
            ("Membentuk Tim Tanggap Insiden Siber (TTIS) dengan nama Sukamaju-CSIRT dengan susunan sebagaimana "
            "tercantum dalam Lampiran."),
            ("Sukamaju-CSIRT bertugas menerima laporan, menganalisis, dan menanggulangi insiden siber, serta "
            "berkoordinasi dengan BSSN dan TTIS lain; Sukamaju-CSIRT didaftarkan kepada BSSN."),
            *_closing(region),
        ),
        "SUSUNAN TIM TANGGAP INSIDEN SIBER (SUKAMAJU-CSIRT)",
        rows,
        extra=(PERATURAN_BSSN_TTIS,),
    ))


def sk_pejabat_pdp(region: tx.Region = R) -> list[str]:
    title = f"PENUNJUKAN PEJABAT PELINDUNGAN DATA PRIBADI DI LINGKUNGAN PEMERINTAH {region.full.upper()}"
    rows = (
        ("NO", "JABATAN", "TUGAS"),
        ("1", "Kepala Dinas Komunikasi dan Informatika", "Pejabat Pelindungan Data Pribadi (PPDP) Daerah"),
        ("2", "Sekretaris Dinas Kependudukan dan Pencatatan Sipil", "PPDP layanan administrasi kependudukan"),
        ("3", "Kepala Bidang Pelayanan Dinas Kesehatan", "PPDP layanan kesehatan"),
    )
    return keputusan(region, _bupati(
        "100.3.3.2/141/2026", dt.date(2026, 4, 27), title,
        (
            ("bahwa Undang-Undang Nomor 27 Tahun 2022 mewajibkan pengendali data pribadi menunjuk pejabat atau "
            "petugas yang melaksanakan fungsi pelindungan data pribadi;"),
        ),
        (
            "Menunjuk pejabat sebagaimana tercantum dalam Lampiran sebagai Pejabat Pelindungan Data Pribadi.",
            ("Pejabat Pelindungan Data Pribadi bertugas memberikan saran kepatuhan, memantau pemrosesan data pribadi, "
            "dan menjadi narahubung bagi subjek data pribadi pada layanan yang menjadi tanggung jawabnya."),
            *_closing(region),
        ),
        "DAFTAR PEJABAT PELINDUNGAN DATA PRIBADI",
        rows,
    ))


def perwal_mekarsari_pdp() -> list[str]:
    """Another region's regulation on data protection (Kota Mekarsari): proves nothing for Sukamaju."""
    region = tx.MEKARSARI
    return peraturan_kepala_daerah(
        region,
        number=17,
        year=2025,
        enacted=dt.date(2025, 9, 8),
        title="PELINDUNGAN DATA PRIBADI DALAM PENYELENGGARAAN PEMERINTAHAN DIGITAL",
        mengingat=mengingat_on(dt.date(2025, 9, 8)),
        menimbang=(
            ("bahwa Pemerintah Daerah selaku pengendali data pribadi wajib melindungi data pribadi warga dalam "
            "penyelenggaraan layanan digital;"),
            (f"bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan {region.reg_name} "
            "tentang Pelindungan Data Pribadi;"),
        ),
        babs=(
            (
                "KETENTUAN UMUM",
                ("Data Pribadi adalah data tentang orang perseorangan yang teridentifikasi atau dapat diidentifikasi.",),
            ),
            (
                "PRINSIP DAN TATA KELOLA",
                (
                    ("Pemrosesan data pribadi dilaksanakan sesuai prinsip pelindungan data pribadi: terbatas dan "
                    "spesifik, sah, transparan, akurat, aman, akuntabel, dengan masa retensi, dan dapat dimusnahkan."),
                    "Setiap Perangkat Daerah menyusun catatan kegiatan pemrosesan data pribadi (RoPA).",
                ),
            ),
        ),
    )


# ---------------------------------------------------------------------------------------------- agreements
def pks_mekarsari(region: tx.Region = R) -> list[str]:
    other = tx.MEKARSARI
    lines = [
        "PERJANJIAN KERJA SAMA",
        f"ANTARA PEMERINTAH {region.full.upper()}",
        f"DENGAN PEMERINTAH {other.full.upper()}",
        "TENTANG",
        "BERBAGI PAKAI DATA DAN INTEGRASI LAYANAN PEMERINTAH DIGITAL",
        "",
        "NOMOR : 000.4/27/PKS/2026",
        "NOMOR : 000.4/113/Pem/2026",
        "",
        (
            f"Pada hari ini Kamis tanggal dua puluh tiga bulan April tahun dua ribu dua puluh enam, bertempat di "
            f"{region.capital}, yang bertanda tangan di bawah ini:"
        ),
        f"1. {region.sekda}, Sekretaris Daerah {region.full}, selanjutnya disebut PIHAK KESATU;",
        f"2. {other.sekda}, Sekretaris Daerah {other.full}, selanjutnya disebut PIHAK KEDUA.",
        "",
        "Pasal 1",
        "MAKSUD DAN TUJUAN",
        (
            "Perjanjian ini dimaksudkan untuk berbagi pakai data kependudukan dan data layanan perizinan serta "
            "mengintegrasikan layanan pengaduan kedua pihak melalui Sistem Penghubung Layanan Pemerintah."
        ),
        "Pasal 2",
        "RUANG LINGKUP",
        *numbered(
            (
                "berbagi pakai data melalui antarmuka pemrograman aplikasi (API);",
                "integrasi layanan pengaduan SP4N-LAPOR! lintas wilayah perbatasan;",
                "peningkatan kapasitas SDM pengelola layanan digital.",
            ),
            alpha=True,
        ),
        "Pasal 3",
        "JANGKA WAKTU",
        "Perjanjian ini berlaku selama 3 (tiga) tahun sejak ditandatangani dan dievaluasi setiap tahun.",
        "Pasal 4",
        "PEMBIAYAAN",
        "Biaya pelaksanaan dibebankan pada APBD masing-masing pihak.",
        "",
        "PIHAK KESATU, | PIHAK KEDUA,",
        "ttd | ttd",
        f"{region.sekda} | {other.sekda}",
    ]
    return tx.paginate(lines)


# ---------------------------------------------------------------------------------------------- reports
def laporan(region: tx.Region, *, cover: Sequence[str], body: Sequence[str], place_date: str, signer: tuple[str, str],
            rank: str = "Pembina Utama Muda") -> list[str]:
    lines = [*body, "", place_date, *sign(signer[0], signer[1], rank=rank)]
    return ["\n".join(cover)] + tx.paginate(lines)


def laporan_reviu_tata_kelola(region: tx.Region = R) -> list[str]:
    """Review of Pemdi governance and service management naming problems and recommendations (I1-L4-01, I2-L4-01)."""
    rows = [
        ("No", "Permasalahan", "Penyebab", "Rekomendasi", "Penanggung Jawab"),
        ("1", "RA Pemdi baru dimuat sebagian dalam Renja 2026", "Perbup RA Pemdi belum ditetapkan",
         "Tetapkan Perbup RA Pemdi dan muat seluruh RA dalam RKPD 2027", "Bappeda, Bagian Hukum"),
        ("2", "Arsitektur pada SIAP Digital baru 3 dari 27 layanan", "Keterbatasan SDM arsitek",
         "Lengkapi arsitektur layanan prioritas pada SIAP Digital", "Diskominfo"),
        ("3", "Manajemen perubahan dan insiden layanan belum terdokumentasi", "Belum ada SOP manajemen layanan",
         "Susun SOP manajemen layanan dan gunakan aplikasi helpdesk", "Diskominfo"),
        ("4", "SLA belum dipantau per tahapan layanan", "Dasbor hanya menampilkan SLA per layanan",
         "Kembangkan dasbor SLA per tahapan dan multikanal", "Diskominfo"),
    ]
    cover = [
        "LAPORAN HASIL REVIU",
        "TATA KELOLA DAN MANAJEMEN LAYANAN PEMERINTAH DIGITAL",
        region.full.upper(),
        "TAHUN 2026",
        "",
        "TIM KOORDINASI PEMERINTAH DIGITAL",
    ]
    body = [
        "BAB I",
        "PENDAHULUAN",
        (
            "Reviu dilaksanakan oleh Tim Koordinasi Pemerintah Digital terhadap tata kelola pemerintah digital dan "
            "manajemen layanan digital pada periode Januari-Juni 2026, sesuai Keputusan Bupati Nomor "
            "100.3.3.2/062/2026."
        ),
        "",
        "BAB II",
        "PERMASALAHAN DAN REKOMENDASI",
        *table(rows),
        "",
        "BAB III",
        "KESIMPULAN",
        (
            "Tata kelola pemerintah digital berada pada tahap membangun: sebagian RA Pemdi telah dimuat dalam dokumen "
            "perencanaan dan dianggarkan. Rekomendasi di atas ditindaklanjuti paling lambat Desember 2026."
        ),
    ]
    return laporan(region, cover=cover, body=body, place_date=f"{region.capital}, 30 Juni 2026",
                   signer=(f"SEKRETARIS DAERAH {region.full.upper()} SELAKU KOORDINATOR PEMERINTAH DIGITAL", region.sekda),
                   rank="Pembina Utama Madya")


def laporan_kolaborasi(region: tx.Region = R) -> list[str]:
    """Records of inter-unit collaboration (I4-L1-03): what was done together, when, by whom, with what result."""
    rows = [
        ("No", "Tanggal", "Kegiatan", "Perangkat Daerah", "Hasil"),
        ("1", "12 Februari 2026", "Rapat teknis integrasi data kependudukan", "Disdukcapil, Dinkes, Diskominfo",
         "Kesepakatan format data NIK"),
        ("2", "9 Maret 2026", "Uji coba API data kependudukan ke SIMRS", "Disdukcapil, RSUD, Diskominfo",
         "Validasi NIK pasien otomatis"),
        ("3", "21 April 2026", "Pemadanan data penerima bansos", "Dinsos, Disdukcapil, Diskominfo",
         "8.412 data dipadankan"),
        ("4", "2 Juni 2026", "Evaluasi kolaborasi semester I", "Seluruh anggota Tim Koordinasi",
         "Rencana perluasan ke layanan pendidikan"),
    ]
    return tx.paginate([
        "LAPORAN PELAKSANAAN KOLABORASI ANTAR PERANGKAT DAERAH",
        "INTEGRASI DATA KEPENDUDUKAN UNTUK LAYANAN KESEHATAN DAN BANTUAN SOSIAL",
        f"{region.full.upper()} SEMESTER I TAHUN 2026",
        "",
        (
            "Kolaborasi dilaksanakan sesuai Rencana Aksi Pemerintah Digital dalam Renja Dinas Komunikasi dan "
            "Informatika Tahun 2026 dan dikoordinasikan oleh Tim Koordinasi SPBE, yang sejak Juni 2026 menjadi Tim "
            "Koordinasi Pemerintah Digital."
        ),
        "",
        *table(rows),
        "",
        f"{region.capital}, 15 Juni 2026",
        *sign(f"KEPALA {DISKOMINFO}", region.kadis, rank="Pembina Utama Muda"),
    ])


PDP_THEMES = (
    ("Tata kelola", "belum ada kebijakan PDP daerah", "Perbup PDP yang memuat 8 prinsip dan RoPA"),
    ("Kesadaran dan kompetensi", "sosialisasi PDP baru 2 kali", "rencana peningkatan kesadaran seluruh PD"),
    ("Pejabat PDP", "belum ada penunjukan", "keputusan penunjukan PPDP"),
    ("Hak subjek data", "belum ada kanal permintaan", "SOP dan formulir permintaan hak subjek data"),
    ("Pemberitahuan privasi", "portal belum memuat kebijakan privasi", "kebijakan privasi pada setiap layanan"),
    ("Pengamanan", "matriks akses belum disusun", "kebijakan pengamanan dan matriks hak akses"),
    ("Risiko dan dampak", "belum ada penilaian dampak", "matriks risiko dan formulir DPIA"),
)


def laporan_kondisi_pdp(region: tx.Region = R) -> list[str]:
    """Current state and needs of personal-data protection, per theme (the seven I8 level-1 items)."""
    rows = [("No", "Tema", "Kondisi Saat Ini", "Kebutuhan")]
    rows += [(str(i), a, b, c) for i, (a, b, c) in enumerate(PDP_THEMES, start=1)]
    cover = [
        "LAPORAN IDENTIFIKASI KONDISI SAAT INI DAN KEBUTUHAN",
        "PELINDUNGAN DATA PRIBADI",
        f"PEMERINTAH {region.full.upper()}",
        "TAHUN 2026",
    ]
    body = [
        (
            "Identifikasi dilakukan pada 12 layanan digital yang memproses data pribadi, berdasarkan Undang-Undang "
            "Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, untuk setiap tema pelindungan data pribadi."
        ),
        "",
        *table(rows),
    ]
    return laporan(region, cover=cover, body=body, place_date=f"{region.capital}, 20 Maret 2026",
                   signer=(f"KEPALA {DISKOMINFO}", region.kadis))


def laporan_insiden(region: tx.Region = R) -> list[str]:
    rows = [
        ("No", "Tanggal", "Jenis Insiden", "Sistem Terdampak", "Tindakan", "Status"),
        ("1", "14/01/2026", "Defacement", "Subdomain kecamatan", "Pemulihan dan penutupan celah CMS", "Selesai"),
        ("2", "03/03/2026", "Phishing", "Surel dinas", "Reset kata sandi, edukasi pengguna", "Selesai"),
        ("3", "28/04/2026", "Serangan DDoS", "Portal layanan", "Pengalihan lalu lintas ke WAF", "Selesai"),
        ("4", "17/06/2026", "Malware judi daring", "Laman sekolah", "Pembersihan dan laporan ke BSSN", "Selesai"),
    ]
    return tx.paginate([
        "LAPORAN PENANGANAN INSIDEN SIBER",
        "SUKAMAJU-CSIRT",
        "SEMESTER I TAHUN 2026",
        "",
        "Catatan insiden siber yang ditangani Sukamaju-CSIRT pada periode Januari-Juni 2026:",
        *table(rows),
        "",
        "Seluruh insiden dilaporkan kepada BSSN melalui aplikasi pelaporan insiden.",
        "",
        f"{region.capital}, 3 Juli 2026",
        *sign("KETUA SUKAMAJU-CSIRT", region.kadis, rank="Pembina Utama Muda"),
    ])


def hasil_ikasandi(region: tx.Region = R) -> list[str]:
    """IKASANDI 2026 self-assessment printout, area Penanganan Insiden Siber only (an I12 item, not I10)."""
    return tx.paginate([
        "BADAN SIBER DAN SANDI NEGARA",
        "LAPORAN HASIL PENILAIAN MANDIRI IKASANDI TAHUN 2026",
        "",
        f"Instansi            : Pemerintah {region.full}",
        "Area yang dinilai   : Penanganan Insiden Siber",
        "Tanggal pengisian   : 22 Juli 2026",
        "Status              : Penilaian mandiri terkirim, menunggu verifikasi BSSN",
        "",
        *table(
            [
                ("Domain", "Nilai"),
                ("Persiapan", "1,90"),
                ("Deteksi dan Analisis", "1,80"),
                ("Penahanan, Pemberantasan, dan Pemulihan", "1,60"),
                ("Pasca Insiden", "1,58"),
                ("Nilai Area Penanganan Insiden Siber", "1,72"),
            ]
        ),
        "Tingkat kematangan: Level 2 (1,50 - 2,50)",
        "",
        "Dicetak dari aplikasi IKASANDI pada 22/07/2026 15:02 WIB.",
    ])


def laporan_skm(region: tx.Region = R) -> list[str]:
    """SKM report on digital services: online survey on the portal, vulnerable groups, 12-month transactions."""
    cover = [
        "LAPORAN SURVEI KEPUASAN MASYARAKAT (SKM)",
        "TERHADAP LAYANAN DIGITAL PEMERINTAH",
        region.full.upper(),
        "SEMESTER I TAHUN 2026",
    ]
    body = [
        "BAB I",
        "METODE",
        (
            "Survei dilaksanakan secara daring melalui formulir pada portal https://sukamajukab.go.id/skm sesuai "
            "PermenPANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat."
        ),
        "Responden: 1.248 orang pengguna layanan digital.",
        "Keterlibatan kelompok rentan:",
        *table(
            [
                ("Kelompok", "Jumlah Responden", "Pendampingan"),
                ("Penyandang disabilitas", "64", "formulir ramah pembaca layar, pendamping di MPP"),
                ("Lanjut usia (60 tahun ke atas)", "131", "pengisian dibantu petugas"),
                ("Perempuan", "602", "-"),
            ]
        ),
        "",
        "BAB II",
        "HASIL",
        "Indeks Kepuasan Masyarakat (IKM) layanan digital: 82,4 (mutu B, kinerja Baik).",
        "Jumlah transaksi layanan digital 12 bulan (Juli 2025 - Juni 2026):",
        *table(
            [
                ("Layanan", "Transaksi", "IKM"),
                ("Administrasi kependudukan daring", "48.215", "84,1"),
                ("Perizinan berusaha (SiCantik)", "6.932", "80,7"),
                ("Pengaduan (SP4N-LAPOR!)", "2.418", "78,9"),
                ("Antrean daring RSUD", "71.560", "83,5"),
            ]
        ),
        "Hasil survei dipublikasikan pada portal https://sukamajukab.go.id/skm.",
    ]
    return laporan(region, cover=cover, body=body, place_date=f"{region.capital}, 10 Juli 2026",
                   signer=("KEPALA BAGIAN ORGANISASI SETDA", "Drs. AHMAD FAUZI, M.Si."), rank="Pembina Tingkat I")


def surat_pengantar(region: tx.Region = R) -> list[str]:
    lines = tx.letterhead(region, SETDA) + [
        f"{region.capital}, 12 Agustus 2026",
        "Nomor    : 000.8.3/418/Setda/2026",
        "Sifat    : Segera",
        "Lampiran : 1 (satu) berkas",
        "Hal      : Penyampaian Bukti Dukung Penilaian Mandiri Evaluasi Kinerja Pemerintah Digital Tahun 2026",
        "",
        "Yth. Deputi Bidang Transformasi Digital Pemerintah",
        "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
        "di Jakarta",
        "",
        (
            "Menindaklanjuti pelaksanaan Evaluasi Kinerja Pemerintah Digital Tahun 2026 berdasarkan Peraturan Menteri "
            f"PANRB Nomor 8 Tahun 2026, bersama ini kami sampaikan bahwa Pemerintah {region.full} telah menyelesaikan "
            "penilaian mandiri dan mengunggah bukti dukung pada aplikasi evaluasi."
        ),
        "Demikian kami sampaikan, atas perhatiannya diucapkan terima kasih.",
        "",
        *sign(f"SEKRETARIS DAERAH {region.full.upper()} SELAKU KOORDINATOR PEMERINTAH DIGITAL", region.sekda,
              rank="Pembina Utama Madya", esign=True),
    ]
    return tx.paginate(lines)


def undangan_konsolidasi(region: tx.Region = R) -> list[str]:
    return undangan(region, number="000.8.3/371/Setda/2026", day=KONSOLIDASI, tema=KONSOLIDASI_TEMA,
                    sent=KONSOLIDASI - dt.timedelta(days=6))


def undangan_penilaian_mandiri(region: tx.Region = R) -> list[str]:
    return undangan(region, number="000.8.3/392/Setda/2026", day=PENILAIAN_MANDIRI, tema=PENILAIAN_TEMA,
                    sent=PENILAIAN_MANDIRI - dt.timedelta(days=5))


# ---------------------------------------------------------------------------------------------- slides
def paparan_infrastruktur(region: tx.Region = R) -> list[tuple[str, str, str]]:
    return [
        (f"Infrastruktur Pemerintah Digital {region.full} 2026", "Dinas Komunikasi dan Informatika", ""),
        (
            "Topologi Jaringan Intra Pemerintah Daerah",
            ("Backbone fiber optik 38 Perangkat Daerah dan 18 kecamatan\n"
            "Terhubung ke Jaringan Intra Pemerintah (JIP) melalui simpul provinsi\n"
            "Pusat Data Daerah sebagai simpul interkoneksi"),
            "Topologi per Juli 2026; diagram lengkap ada pada dokumen arsitektur.",
        ),
        (
            "Pemanfaatan Pusat Data Nasional Sementara (PDNS)",
            ("12 aplikasi layanan telah dimigrasikan ke PDNS\n"
            "Rencana migrasi 9 aplikasi pada 2027"),
            "Laporan pemanfaatan bulanan dari penyedia belum tersedia.",
        ),
        ("Rencana Tindak Lanjut", "Pemetaan infrastruktur pada SIAP Digital\nDasbor pemantauan ekosistem pusat data", ""),
    ]


# ---------------------------------------------------------------------------------------------- screens
@dataclass(frozen=True)
class Screen:
    """What a screenshot shows: the browser's tab and URL, the page's header and body, a status line."""

    tab: str
    url: str
    header: str
    body: tuple[str, ...]  # "# " heading, "[ ]" field or button, "a | b" table row, else text
    status: str


def layar_siap_digital(region: tx.Region = R) -> Screen:
    return Screen(
        "SIAP Digital - Arsitektur Layanan",
        "https://digital.spbe.go.id/arsitektur/layanan",
        "SIAP Digital  |  Sistem Informasi Arsitektur Pemerintah Digital",
        (
            f"Instansi: Pemerintah {region.full}",
            "# Arsitektur Layanan - Domain Layanan Publik",
            "Kode | Layanan | Status",
            "LAY.01 | Administrasi Kependudukan | Terpetakan",
            "LAY.02 | Perizinan Berusaha | Terpetakan",
            "LAY.03 | Pengaduan Masyarakat | Terpetakan",
            "LAY.04 | Antrean Rumah Sakit | Draf",
            "Menampilkan 4 dari 27 layanan (3 terpetakan)",
        ),
        "Diakses 10 Agustus 2026 10:12 WIB",
    )


def layar_portal(region: tx.Region = R) -> Screen:
    return Screen(
        f"Portal Resmi Pemerintah {region.full}",
        f"https://{region.domain}",
        f"PEMERINTAH {region.full.upper()}",
        (
            "Beranda  Profil  Layanan Publik  Berita  PPID  Kontak",
            "# Layanan Publik Digital",
            "[ Administrasi Kependudukan ]  [ Perizinan Berusaha ]",
            "[ Pengaduan SP4N-LAPOR! ]  [ Antrean RSUD ]",
            "Survei Kepuasan Masyarakat: sukamajukab.go.id/skm",
        ),
        "Senin, 10 Agustus 2026 09:41 WIB",
    )


def layar_login(region: tx.Region = R) -> Screen:
    return Screen(
        "SiPelita - Masuk",
        f"https://sipelita.{region.domain}/login",
        "SiPelita  |  Sistem Pelayanan Terpadu",
        (
            "# Masuk",
            "Nama Pengguna",
            "[                                ]",
            "Kata Sandi",
            "[                                ]",
            "[ Masuk ]",
            "Lupa kata sandi?",
        ),
        "Senin, 10 Agustus 2026 09:47 WIB",
    )


def layar_dasbor_sla(region: tx.Region = R) -> Screen:
    return Screen(
        "Dasbor SLA Layanan Digital",
        f"https://helpdesk.{region.domain}/dasbor/sla",
        f"Helpdesk Layanan Digital {region.full}",
        (
            "# Dasbor Pemantauan SLA per Layanan - Juli 2026",
            "Layanan | Tiket | Sesuai SLA | Capaian",
            "Akta Kelahiran | 412 | 389 | 94,4%",
            "Izin Usaha Mikro | 198 | 171 | 86,4%",
            "Pengaduan | 236 | 180 | 76,3%",
            "Kanal: formulir web",
        ),
        "Diperbarui 31 Juli 2026 23:59 WIB",
    )


# ---------------------------------------------------------------------------------------------- sheets
def indeks_kami_rows(region: tx.Region = R) -> dict[str, list[list[object]]]:
    """An Indeks KAMI 2023 result workbook: BSSN's older instrument, not IKASANDI."""
    return {
        "Dashboard": [
            ["INDEKS KEAMANAN INFORMASI (INDEKS KAMI) versi 4.2"],
            ["Instansi", f"Dinas Komunikasi dan Informatika {region.full}"],
            ["Tanggal pengisian", "14 November 2023"],
            ["Kategori Sistem Elektronik", "Tinggi", 22],
            [],
            ["Area", "Skor"],
            ["Tata Kelola", 62],
            ["Pengelolaan Risiko", 24],
            ["Kerangka Kerja", 58],
            ["Pengelolaan Aset", 71],
            ["Teknologi dan Keamanan Informasi", 79],
            ["Total Skor", 294],
            ["Status Kesiapan", "Pemenuhan Kerangka Kerja Dasar"],
        ]
    }


def sla_rows(region: tx.Region = R) -> dict[str, list[list[object]]]:
    rows: list[list[object]] = [
        [f"DAFTAR LAYANAN DAN STANDAR WAKTU PELAYANAN (SLA) {region.full.upper()} TAHUN 2026"],
        [],
        ["No", "Layanan", "Perangkat Daerah", "Kanal", "SLA", "Satuan"],
        [1, "Akta Kelahiran", "Disdukcapil", "Daring", 3, "hari kerja"],
        [2, "Kartu Identitas Anak", "Disdukcapil", "Daring", 3, "hari kerja"],
        [3, "Izin Usaha Mikro", "DPMPTSP", "Daring", 1, "hari kerja"],
        [4, "Pengaduan Masyarakat", "Diskominfo", "SP4N-LAPOR!", 5, "hari kerja"],
        [5, "Antrean RSUD", "RSUD", "Aplikasi", 15, "menit"],
        [],
        ["Ditetapkan", f"Kepala Dinas Komunikasi dan Informatika, {region.capital}, 5 Januari 2026"],
    ]
    return {"SLA": rows}


def matriks_integrasi_rows(region: tx.Region = R) -> dict[str, list[list[object]]]:
    return {
        "Laporan": [
            [f"LAPORAN INTEGRASI APLIKASI PEMERINTAH {region.full.upper()} TAHUN 2026"],
            ["Integrasi antar-aplikasi dipetakan per pasangan aplikasi, arah, dan mekanisme pertukaran data."],
            ["Per Juni 2026 terdapat 5 integrasi, 3 melalui API dan 2 masih titik ke titik (point-to-point)."],
        ],
        "Matriks Integrasi": [
            ["No", "Aplikasi Sumber", "Aplikasi Tujuan", "Arah", "Mekanisme", "Data", "Status"],
            [1, "SIAK", "SIMRS", "A ke B", "API", "NIK pasien", "Berjalan"],
            [2, "SiCantik", "OSS RBA", "Dua arah", "API", "Perizinan", "Berjalan"],
            [3, "SIPD", "e-SAKIP", "A ke B", "API", "Anggaran dan kinerja", "Berjalan"],
            [4, "SIMPEG", "e-Kinerja", "A ke B", "Ekspor berkas", "Data pegawai", "Titik ke titik"],
            [5, "SP4N-LAPOR!", "Helpdesk", "A ke B", "Basis data bersama", "Tiket aduan", "Titik ke titik"],
        ],
    }


# ------------------------------------------------------------------------------- what a document is about
# Pairs of texts for the subject rules of the item judge (evidence_check/indicators/subjects.py): the same kind of
# document once about an indicator's subject and once only naming it in a letterhead, a signature note, a list or
# its body.
DISKOMINFO_SP = "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN"
BSRE_FOOTER = ("Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh "
               "Balai Besar Sertifikasi Elektronik (BSrE), Badan Siber dan Sandi Negara")


def kop(region: tx.Region, unit: str) -> list[str]:
    return [f"PEMERINTAH {region.full.upper()}", unit, f"Jalan Merdeka No. 1, {region.capital}, telp. (0271) 555 01"]


def surat_tugas_pelatihan(region: tx.Region = R, *, unit: str = DISKOMINFO_SP, esign: bool = True) -> list[str]:
    """A surat tugas sending staff to a national digital-learning course, on the letterhead of a Dinas whose name
    lists statistics and cryptography; `esign`: signed electronically, with the BSrE page footer that text layers
    often give before the letterhead."""
    footer = [BSRE_FOOTER] if esign else []
    return tx.paginate([
        *footer,
        *kop(region, unit),
        "",
        "SURAT TUGAS",
        "Nomor: 800.1.1/41/DISKOMINFO/2026",
        "",
        "Dasar : Telaahan staf tanggal 20 April 2026 tentang usulan peserta pelatihan.",
        "MEMERINTAHKAN:",
        "Kepada : 1. Nama : ANDI WIJAYA, S.Kom.  Jabatan : Pranata Komputer Ahli Pertama",
        "         2. Nama : SRI LESTARI, S.T.    Jabatan : Pranata Komputer Ahli Muda",
        "Untuk  : mengikuti pelatihan Government Transformation Academy (GTA) pada tanggal 5-9 Mei 2026.",
        "",
        f"Ditetapkan di {region.capital}, 28 April 2026",
        *sign(f"KEPALA {unit}", region.kadis, rank="Pembina Utama Muda", esign=esign),
    ])


def laporan_persandian(region: tx.Region = R, *, unit: str = DISKOMINFO_SP) -> list[str]:
    """A report whose title is the cryptography subject itself, on the same letterhead."""
    return tx.paginate([
        BSRE_FOOTER,
        *kop(region, unit),
        "",
        "LAPORAN PENYELENGGARAAN PERSANDIAN TAHUN 2026",
        "",
        ("Persandian untuk pengamanan informasi diterapkan pada surel dinas dan aplikasi naskah dinas elektronik; "
         "kunci enkripsi dikelola oleh pengelola sertifikat elektronik."),
        "",
        f"{region.capital}, 6 Juli 2026",
        *sign(f"KEPALA {unit}", region.kadis, rank="Pembina Utama Muda", esign=True),
    ])


def profil_csirt(region: tx.Region = R) -> list[str]:
    """An RFC 2350 profile of the region's CSIRT: names cyber security in general throughout (an I12 document)."""
    team = f"{region.name}Kab-CSIRT" if region.kind == "kabupaten" else f"{region.name}Kota-CSIRT"
    return tx.paginate([
        f"RFC 2350 {team}",
        "",
        "1. Informasi Mengenai Dokumen",
        f"Dokumen ini berisi deskripsi {team} berdasarkan RFC 2350, yaitu informasi dasar mengenai tim tanggap insiden.",
        "2. Misi",
        "Meningkatkan keamanan siber Pemerintah Daerah melalui penyelenggaraan keamanan siber yang andal.",
        "3. Layanan",
        "a. Pemberian peringatan terkait keamanan siber;  b. Penanganan insiden siber;",
        "c. Penanganan kerawanan;  d. Edukasi keamanan siber kepada perangkat daerah;",
        "e. Koordinasi keamanan siber dengan BSSN dan CSIRT lain.",
        "4. Pelaporan Insiden",
        "Insiden siber dilaporkan melalui surel tim dan formulir pelaporan insiden siber.",
        "5. Ketentuan Keamanan Siber",
        "Seluruh pertukaran informasi tentang keamanan siber dienkripsi dengan kunci publik tim.",
    ])


def laporan_tahunan_keamanan(region: tx.Region = R) -> list[str]:
    """A yearly report whose title names no subject of the framework, about cyber security throughout."""
    return tx.paginate([
        "LAPORAN TAHUNAN 2026",
        f"BIDANG APLIKASI INFORMATIKA {region.full.upper()}",
        "",
        "Sepanjang 2026 keamanan siber menjadi prioritas: pemindaian keamanan siber dilakukan setiap bulan,",
        "pelatihan keamanan siber diikuti 40 pegawai, dan kebijakan keamanan siber diperbarui.",
        "Anggaran keamanan siber naik 20 % dibanding tahun sebelumnya.",
        "",
        f"{region.capital}, 30 Desember 2026",
        *sign(f"KEPALA {DISKOMINFO}", region.kadis),
    ])


def formulir_insiden(region: tx.Region = R, *, title: str = "FORMULIR INSIDEN KEAMANAN INFORMASI") -> list[str]:
    """A blank report form; the default title is about incidents (its 'keamanan informasi' is the incident's)."""
    return tx.paginate([
        title,
        f"No. 706/6/1.1/114/{2026}   Tanggal: ............ 2026",
        "Saya yang bertanda tangan di bawah ini selaku pelapor:",
        "Nama : ....................  NIP/NIK : ....................  Instansi : ....................",
        "Deskripsi : ........................................................",
        "Saran tindak lanjut : ..............................................",
        "NAMA TERANG",
    ])


def perbup_payung(region: tx.Region = R, *, subject: str = "SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK") -> list[str]:
    """A regulation under an umbrella title whose articles cover the data centre among other parts."""
    return tx.paginate([
        f"{region.head_title} {region.name.upper()}",
        f"PERATURAN {region.head_title} {region.name.upper()} NOMOR 12 TAHUN 2025",
        "TENTANG",
        subject,
        "",
        "Pasal 8 (1) Pusat data Pemerintah Daerah diselenggarakan oleh Dinas.",
        "(2) Perangkat daerah menempatkan aplikasi dan data pada pusat data Pemerintah Daerah.",
        "Pasal 9 Pusat data memenuhi standar keamanan dan keberlangsungan layanan.",
        "Pasal 10 Penggunaan pusat data oleh perangkat daerah dikoordinasikan oleh Dinas.",
        "Pasal 11 Dinas melaporkan kapasitas pusat data setiap tahun.",
        "",
        f"Ditetapkan di {region.capital} pada tanggal 3 Maret 2025",
        *sign(f"{region.head_title} {region.name.upper()}", region.head),
    ])


MONEV_ROWS = (
    ("Manajemen layanan", "Susun SOP manajemen layanan", "SOP manajemen layanan disusun"),
    ("Pusat data", "Konsolidasikan ruang server ke pusat data", "Pusat data dikonsolidasikan"),
    ("Proses bisnis", "Petakan proses bisnis lintas unit", "Peta proses bisnis ditetapkan"),
    ("Kolaborasi", "Bangun kolaborasi berbagi pakai data", "Kolaborasi dengan 3 perangkat daerah"),
    ("Aplikasi umum", "Gunakan aplikasi umum berbagi pakai", "Aplikasi umum dipakai 12 perangkat daerah"),
)


def monev_tindak_lanjut_indeks(region: tx.Region = R) -> list[str]:
    """A follow-up table of the SPBE index evaluation: one row per evaluated subject, each named twice."""
    rows = [("No", "Indikator", "Rekomendasi", "Tindak Lanjut", "Target")]
    rows += [(str(i), a, b, c, "2026") for i, (a, b, c) in enumerate(MONEV_ROWS, start=1)]
    return tx.paginate([
        "MONITORING DAN EVALUASI TINDAK LANJUT HASIL EVALUASI INDEKS SPBE 2025",
        f"PEMERINTAH {region.full.upper()}",
        "",
        *table(rows),
        "",
        "Rekomendasi yang belum ditindaklanjuti dibahas dalam rapat Tim Koordinasi SPBE.",
    ])


def laporan_tindak_lanjut_manajemen_layanan(region: tx.Region = R) -> list[str]:
    """A follow-up report whose title is one indicator's subject (service management)."""
    return tx.paginate([
        "LAPORAN TINDAK LANJUT REVIU MANAJEMEN LAYANAN DIGITAL 2026",
        f"PEMERINTAH {region.full.upper()}",
        "",
        "Rekomendasi reviu manajemen layanan telah ditindaklanjuti: katalog layanan dimutakhirkan, SOP manajemen "
        "layanan ditetapkan, dan pengelolaan insiden layanan dicatat dalam aplikasi layanan.",
        "",
        f"{region.capital}, 10 November 2026",
        *sign(f"KEPALA {DISKOMINFO}", region.kadis),
    ])


def templat_laporan_capaian(names: Sequence[str]) -> list[str]:
    """A blank self-assessment template listing the framework's indicators (by `names`) with zero scores."""
    rows = [("No", "Indikator", "Bobot", "Nilai")] + [(str(i), n, "5", "0") for i, n in enumerate(names, start=1)]
    return tx.paginate([
        "LOGO PEMDA",
        "PEMERINTAH KABUPATEN/KOTA ...........",
        "LAPORAN CAPAIAN EVALUASI PEMERINTAH DIGITAL",
        "Tahun Penilaian: 2026   Instansi: (diisi sesuai nama instansi)",
        *table(rows),
        "Rating dan ulasan layanan digital diisi dari hasil survei.",
    ])


def ulasan_layanan(region: tx.Region = R) -> list[str]:
    """A screen description of a service's rating and review feature (a feedback mechanism)."""
    return tx.paginate([
        f"Tangkapan layar layanan perizinan daring {region.full}",
        "Fitur rating dan ulasan layanan: pengguna memberi rating 1-5 dan ulasan setelah layanan selesai.",
        "Rating rata-rata 4,6 dari 1.250 ulasan.",
    ])


def renstra_opd(region: tx.Region = R, *, digital: bool) -> list[str]:
    """A Renstra of a licensing office naming cooperation, partners and integration; `digital`: with a passage
    placing them in the SPBE action plan (the Rencana Aksi Pemdi content the plan items ask for)."""
    unit = "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU"
    lines = [
        "RENCANA STRATEGIS",
        unit,
        region.full.upper(),
        "TAHUN 2026-2030",
        "",
        "BAB IV TUJUAN, SASARAN, STRATEGI DAN ARAH KEBIJAKAN",
        ("Strategi: memperkuat kolaborasi lintas perangkat daerah dan kerja sama dengan kementerian serta pemerintah "
         "provinsi; melibatkan perguruan tinggi, dunia usaha dan masyarakat; data perizinan terintegrasi dengan "
         "sistem tata ruang; manajemen risiko pelayanan diterapkan."),
    ]
    if digital:
        lines.append("Strategi tersebut dilaksanakan sebagai bagian Rencana Aksi Sistem Pemerintahan Berbasis "
                     "Elektronik (SPBE) Daerah bersama Tim Koordinasi SPBE.")
    lines += ["", f"{region.capital}, 14 Agustus 2026", *sign(f"KEPALA {unit}", region.kadis)]
    return tx.paginate(lines)


def juknis_tata_naskah(body: str, issuer_office: str) -> list[str]:
    """A regulation of a central body on electronic official correspondence; `body` the scope words after
    'DI LINGKUNGAN', `issuer_office` the signing office."""
    return tx.paginate([
        f"PERATURAN {issuer_office}",
        "NOMOR 11 TAHUN 2026",
        "TENTANG",
        f"PETUNJUK TEKNIS TATA NASKAH ELEKTRONIK DI LINGKUNGAN {body}",
        "",
        "Pasal 1 Tata naskah elektronik dilaksanakan melalui aplikasi naskah dinas elektronik.",
        "Pasal 2 Setiap unit kerja menggunakan aplikasi tata naskah elektronik untuk surat masuk dan keluar.",
        "",
        "Ditetapkan di Jakarta pada tanggal 30 November 2026",
        *sign(issuer_office, "Dr. ANDI SUSANTO"),
    ])
