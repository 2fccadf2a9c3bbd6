"""Realistic Indonesian evidence texts (page by page) in the layouts of framework.md §4, for fixtures.

Every function returns `list[str]`, one string per printed page, sized to fit one A4 page at 11 pt in
`docfactory`. Agencies, people and NIPs are fictional (Kabupaten Sukamaju, Kota Mekarsari); national
regulations are cited by their real titles but their bodies are paraphrased, never copied.
Parameters switch the features a checker keys on: draft vs enacted, signed or not, scope
(all or some units), periodic review, integration with national services.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

LINES_PER_PAGE = 40
CHARS_PER_LINE = 88

BULAN = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


# ---------------------------------------------------------------------------------------------- people
@dataclass(frozen=True)
class Region:
    """A fictional local government and the officials who sign its documents."""

    kind: Literal["kabupaten", "kota"]
    name: str
    capital: str
    province: str
    head: str  # kepala daerah, signing name without titles
    sekda: str
    kadis: str  # Kepala Dinas Komunikasi dan Informatika, with academic titles
    kabag_hukum: str
    inspektur: str

    @property
    def head_title(self) -> str:
        return "BUPATI" if self.kind == "kabupaten" else "WALI KOTA"

    @property
    def reg_name(self) -> str:
        return "Peraturan Bupati" if self.kind == "kabupaten" else "Peraturan Wali Kota"

    @property
    def short(self) -> str:
        return "Perbup" if self.kind == "kabupaten" else "Perwal"

    @property
    def full(self) -> str:
        return f"{'Kabupaten' if self.kind == 'kabupaten' else 'Kota'} {self.name}"

    @property
    def domain(self) -> str:
        return f"{self.name.lower()}{'kab' if self.kind == 'kabupaten' else 'kota'}.go.id"


SUKAMAJU = Region(
    "kabupaten",
    "Sukamaju",
    "Sukamaju",
    "Jawa Tengah",
    "BAMBANG SURYADI WIBOWO",
    "HENDRA KUSUMA",
    "RINA PUSPITASARI, S.Kom., M.T.",
    "AGUS SETIAWAN, S.H., M.H.",
    "Drs. TEGUH PRASETYO, M.M.",
)
MEKARSARI = Region(
    "kota",
    "Mekarsari",
    "Mekarsari",
    "Jawa Barat",
    "DEDI ROHENDI",
    "ANDI PRATAMA NUGRAHA",
    "YULIA KARTIKASARI, S.T., M.Kom.",
    "IWAN GUNAWAN, S.H.",
    "Ir. SITI MARYAM, M.Si.",
)


# The seven muatan a Peta Rencana SPBE must cover (framework.md §2.2, indicator 2).
PETA_RENCANA_MUATAN = (
    "Tata Kelola SPBE", "Manajemen SPBE", "Layanan SPBE", "Infrastruktur SPBE", "Aplikasi SPBE",
    "Keamanan SPBE", "Audit TIK",
)


def nip(name: str, birth_year: int = 1975) -> str:
    """A well-formed but fake 18-digit NIP (birth date, appointment month, sex, serial) derived from a name."""
    digest = int(hashlib.sha256(name.encode()).hexdigest(), 16)
    month, day = digest % 12 + 1, digest % 27 + 1
    year = birth_year + digest % 10
    appointed = year + 24 + digest % 5
    return f"{year}{month:02d}{day:02d} {appointed}{(digest >> 8) % 12 + 1:02d} {digest % 2 + 1} {digest % 900 + 1:03d}"


def tanggal(day: dt.date) -> str:
    return f"{day.day} {BULAN[day.month - 1]} {day.year}"


def hari_tanggal(day: dt.date) -> str:
    return f"{HARI[day.weekday()]}, {tanggal(day)}"


# ---------------------------------------------------------------------------------------------- layout
def paginate(
    lines: Sequence[str], *, per_page: int = LINES_PER_PAGE, width: int = CHARS_PER_LINE
) -> list[str]:
    """Pack lines into pages by their wrapped height; a line "\\f" forces a page break."""
    pages: list[list[str]] = [[]]
    used = 0
    for line in lines:
        if line == "\f":
            if pages[-1]:
                pages.append([])
                used = 0
            continue
        height = max(1, len(textwrap.wrap(line, width)))
        if used + height > per_page and pages[-1]:
            pages.append([])
            used = 0
        pages[-1].append(line)
        used += height
    return ["\n".join(page).strip("\n") for page in pages if any(s.strip() for s in page)]


def letterhead(region: Region, unit: str = "DINAS KOMUNIKASI DAN INFORMATIKA") -> list[str]:
    mailbox = (
        "setda"
        if unit.startswith("SEKRETARIAT")
        else "".join(w[0] for w in unit.split() if len(w) > 3).lower()
    )
    return [
        f"PEMERINTAH {region.full.upper()}",
        unit,
        f"Jalan Pemuda Nomor {len(unit) % 40 + 3} {region.capital}, Telepon (0291) 4{len(region.name)}2{len(unit)}",
        f"Laman: {region.domain}  Pos-el: {mailbox}@{region.domain}",
        "",
    ]


def _sign(title: str, name: str, *, signed: bool, with_nip: bool = False, esign: bool = False) -> list[str]:
    lines = [title + ","]
    lines += ["", "ttd", ""] if signed else ["", "", ""]
    lines.append(name)
    if with_nip:
        lines += ["Pembina Utama Muda", f"NIP. {nip(name)}"]
    if esign and signed:
        lines += [
            "",
            (
                "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang "
                "diterbitkan oleh Balai Sertifikasi Elektronik (BSrE), BSSN."
            ),
        ]
    return lines


# ---------------------------------------------------------------------------------------------- regulations
MENGINGAT_DAERAH = (
    (
        "Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik (Lembaran Negara Republik "
        "Indonesia Tahun 2008 Nomor 58, Tambahan Lembaran Negara Republik Indonesia Nomor 4843);"
    ),
    (
        "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik (Lembaran Negara Republik Indonesia "
        "Tahun 2008 Nomor 61, Tambahan Lembaran Negara Republik Indonesia Nomor 4846);"
    ),
    (
        "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun "
        "2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587);"
    ),
    (
        "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik (Lembaran Negara "
        "Republik Indonesia Tahun 2018 Nomor 182);"
    ),
    (
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 59 Tahun 2020 tentang "
        "Pemantauan dan Evaluasi Sistem Pemerintahan Berbasis Elektronik (Berita Negara Republik Indonesia Tahun "
        "2020 Nomor 994);"
    ),
)

DEFINITIONS: tuple[tuple[str, str], ...] = (
    (
        "Sistem Pemerintahan Berbasis Elektronik yang selanjutnya disingkat SPBE",
        (
            "penyelenggaraan pemerintahan yang memanfaatkan teknologi informasi dan komunikasi untuk memberikan layanan "
            "kepada Pengguna SPBE"
        ),
    ),
    (
        "Tata Kelola SPBE",
        (
            "kerangka kerja yang memastikan terlaksananya pengaturan, pengarahan, dan pengendalian "
            "dalam penerapan SPBE secara terpadu"
        ),
    ),
    (
        "Manajemen SPBE",
        (
            "serangkaian proses untuk mencapai penerapan SPBE yang efektif, efisien, dan berkesinambungan, "
            "serta layanan SPBE yang berkualitas"
        ),
    ),
    (
        "Arsitektur SPBE",
        (
            "kerangka dasar yang mendeskripsikan integrasi proses bisnis, data dan informasi, "
            "infrastruktur SPBE, aplikasi SPBE, dan keamanan SPBE untuk menghasilkan layanan SPBE yang terintegrasi"
        ),
    ),
    (
        "Peta Rencana SPBE",
        (
            "dokumen perencanaan pembangunan SPBE yang memuat langkah dan target penerapan SPBE "
            "Daerah secara bertahap untuk jangka waktu 5 (lima) tahun"
        ),
    ),
    (
        "Pusat Data",
        (
            "fasilitas yang digunakan untuk penempatan sistem elektronik dan komponen terkaitnya untuk "
            "keperluan penempatan, penyimpanan, dan pengolahan data, serta pemulihan data"
        ),
    ),
    (
        "Jaringan Intra Pemerintah Daerah",
        ("jaringan interkoneksi tertutup yang menghubungkan antar jaringan intra Perangkat Daerah"),
    ),
    (
        "Sistem Penghubung Layanan Pemerintah Daerah",
        (
            "perangkat integrasi atau penghubung untuk melakukan "
            "pertukaran layanan SPBE antar Perangkat Daerah"
        ),
    ),
    (
        "Aplikasi SPBE",
        (
            "satu atau sekumpulan program komputer dan prosedur yang dirancang untuk melakukan tugas "
            "atau fungsi layanan SPBE"
        ),
    ),
    (
        "Manajemen Data",
        (
            "proses pengelolaan arsitektur data, data induk, data referensi, basis data, kualitas data, "
            "dan interoperabilitas data"
        ),
    ),
    (
        "Keamanan SPBE",
        (
            "pengendalian keamanan yang terpadu dalam SPBE yang meliputi penjaminan kerahasiaan, keutuhan, "
            "ketersediaan, keaslian, dan kenirsangkalan sumber daya terkait data dan informasi, infrastruktur SPBE, dan "
            "aplikasi SPBE"
        ),
    ),
    (
        "Audit Teknologi Informasi dan Komunikasi yang selanjutnya disebut Audit TIK",
        (
            "proses yang sistematis untuk "
            "memperoleh dan mengevaluasi bukti secara objektif terhadap aset teknologi informasi dan komunikasi dengan "
            "tujuan untuk menetapkan tingkat kesesuaian antara teknologi informasi dan komunikasi dengan kriteria dan/atau "
            "standar yang telah ditetapkan"
        ),
    ),
    (
        "Tim Koordinasi SPBE Daerah",
        (
            "tim yang dibentuk oleh Bupati untuk mengarahkan, memantau, dan mengevaluasi "
            "penerapan SPBE di lingkungan Pemerintah Daerah"
        ),
    ),
)

# Topic -> (BAB title, articles). Each article lists the content a level-3 criterion looks for.
TOPICS: dict[str, tuple[str, tuple[str, ...]]] = {
    "arsitektur": (
        "ARSITEKTUR SPBE",
        (
            "Bupati menetapkan Arsitektur SPBE Daerah untuk jangka waktu 5 (lima) tahun.",
            (
                "Arsitektur SPBE Daerah memuat referensi arsitektur dan domain arsitektur yang meliputi: a. arsitektur "
                "proses bisnis; b. arsitektur data dan informasi; c. arsitektur infrastruktur SPBE; d. arsitektur aplikasi "
                "SPBE; e. arsitektur keamanan SPBE; dan f. arsitektur layanan SPBE."
            ),
        ),
    ),
    "peta_rencana": (
        "PETA RENCANA SPBE",
        (
            (
                "Peta Rencana SPBE Daerah disusun berpedoman pada Arsitektur SPBE Daerah dan Rencana Pembangunan Jangka "
                "Menengah Daerah."
            ),
            (
                "Peta Rencana SPBE Daerah memuat: a. Tata Kelola SPBE; b. Manajemen SPBE; c. Layanan SPBE; d. "
                "Infrastruktur SPBE; e. Aplikasi SPBE; f. Keamanan SPBE; dan g. Audit TIK."
            ),
        ),
    ),
    "manajemen_data": (
        "MANAJEMEN DATA",
        (
            (
                "Manajemen Data dilaksanakan untuk menjamin terwujudnya data yang akurat, mutakhir, terintegrasi, dan "
                "dapat diakses sebagai dasar perencanaan dan pengambilan kebijakan."
            ),
            (
                "Manajemen Data meliputi arsitektur data, data induk, data referensi, basis data, kualitas data, dan "
                "interoperabilitas data."
            ),
        ),
    ),
    "aplikasi": (
        "PEMBANGUNAN APLIKASI SPBE",
        (
            (
                "Pembangunan dan pengembangan Aplikasi SPBE oleh Perangkat Daerah mengikuti siklus pengembangan aplikasi "
                "yang meliputi analisis kebutuhan, perancangan, pembangunan, pengujian, implementasi, dan pemeliharaan."
            ),
            "Perangkat Daerah wajib berkonsultasi dengan Dinas sebelum membangun atau mengembangkan Aplikasi SPBE.",
        ),
    ),
    "pusat_data": (
        "LAYANAN PUSAT DATA",
        (
            "Pemerintah Daerah menyelenggarakan Pusat Data Daerah yang dikelola oleh Dinas.",
            (
                "Perangkat Daerah menempatkan sistem elektronik dan data pada Pusat Data Daerah sesuai standar "
                "operasional prosedur penggunaan Pusat Data."
            ),
        ),
    ),
    "jaringan_intra": (
        "JARINGAN INTRA PEMERINTAH DAERAH",
        (
            "Penyelenggaraan Jaringan Intra Pemerintah Daerah dilaksanakan oleh Dinas.",
            "Perangkat Daerah menggunakan Jaringan Intra Pemerintah Daerah dalam pertukaran data dan informasi.",
        ),
    ),
    "spl": (
        "SISTEM PENGHUBUNG LAYANAN",
        (
            (
                "Perangkat Daerah menggunakan Sistem Penghubung Layanan Pemerintah Daerah dalam melakukan pertukaran "
                "layanan SPBE."
            ),
            (
                "Dinas menyediakan dan mengelola interoperabilitas melalui antarmuka pemrograman aplikasi (API) yang "
                "terdaftar pada katalog layanan."
            ),
        ),
    ),
    "keamanan": (
        "MANAJEMEN KEAMANAN INFORMASI",
        (
            (
                "Manajemen Keamanan Informasi SPBE meliputi penetapan ruang lingkup, penetapan penanggung jawab, "
                "perencanaan, dukungan pengoperasian, evaluasi kinerja, dan perbaikan berkelanjutan."
            ),
            "Penerapan keamanan SPBE dilaksanakan berdasarkan pedoman manajemen keamanan informasi dan risiko.",
        ),
    ),
    "audit": (
        "AUDIT TEKNOLOGI INFORMASI DAN KOMUNIKASI",
        (
            "Audit TIK terdiri atas: a. audit infrastruktur SPBE; b. audit aplikasi SPBE; dan c. audit keamanan SPBE.",
            (
                "Audit TIK dilaksanakan oleh auditor internal pemerintah atau lembaga pelaksana audit TIK yang "
                "terakreditasi."
            ),
        ),
    ),
    "tim_koordinasi": (
        "TIM KOORDINASI SPBE",
        (
            "Dalam rangka pelaksanaan SPBE di Daerah, Bupati membentuk Tim Koordinasi SPBE Daerah.",
            (
                "Tim Koordinasi SPBE Daerah diketuai oleh Sekretaris Daerah selaku Koordinator SPBE dan bertugas "
                "mengoordinasikan penerapan SPBE pada Perangkat Daerah."
            ),
        ),
    ),
}
ALL_TOPICS = tuple(TOPICS)


@dataclass(frozen=True)
class RegSpec:
    """What a regulation looks like: enacted or draft, signed, covering which topics and how far."""

    number: int | None = 12
    year: int = 2023
    enacted: dt.date = dt.date(2023, 8, 31)
    draft: bool = False
    signed: bool = True
    salinan: bool = False
    topics: tuple[str, ...] = ALL_TOPICS
    all_units: bool = True  # "seluruh Perangkat Daerah" (L3) vs "Perangkat Daerah tertentu" (L2)
    review: bool = True  # periodic reviu dan evaluasi (L4)
    integration: bool = True  # integration with national services (L4)
    lampiran_pages: int = 0
    title: str = "SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK"


def _numbered(items: Sequence[str], style: Literal["num", "alpha"] = "num", indent: str = "   ") -> list[str]:
    marks = (
        [f"{i}." for i in range(1, len(items) + 1)]
        if style == "num"
        else [f"{chr(97 + i)}." for i in range(len(items))]
    )
    return [f"{indent}{mark} {item}" for mark, item in zip(marks, items)]


def _title_block(
    region: Region, kind: str, number_line: str, title: str, *, draft: bool, salinan: bool
) -> list[str]:
    lines = ["SALINAN", ""] if salinan else []
    lines += ["RANCANGAN", ""] if draft else []
    lines += [
        region.head_title + " " + region.name.upper(),
        f"PROVINSI {region.province.upper()}",
        "",
        f"{kind} {region.name.upper()}",
        number_line,
        "TENTANG",
        title,
        "",
        "DENGAN RAHMAT TUHAN YANG MAHA ESA",
        "",
        f"{region.head_title} {region.name.upper()},",
        "",
    ]
    return lines


def perkada_spbe(region: Region = SUKAMAJU, spec: RegSpec = RegSpec()) -> list[str]:
    """An umbrella Peraturan Bupati/Wali Kota on SPBE: title, Menimbang, Mengingat, MEMUTUSKAN, BAB I
    definitions, one BAB per topic, KETENTUAN PENUTUP, signing and promulgation blocks, optional lampiran."""
    head = region.head_title.title()
    reg = region.reg_name
    number_line = (
        f"NOMOR      TAHUN {spec.year}"
        if spec.draft or spec.number is None
        else f"NOMOR {spec.number} TAHUN {spec.year}"
    )
    lines = _title_block(
        region,
        f"PERATURAN {region.head_title}",
        number_line,
        spec.title,
        draft=spec.draft,
        salinan=spec.salinan,
    )
    lines += ["Menimbang :"] + _numbered(
        [
            (
                "bahwa untuk mewujudkan tata kelola pemerintahan yang bersih, efektif, transparan, dan akuntabel serta "
                "pelayanan publik yang berkualitas dan terpercaya, diperlukan sistem pemerintahan berbasis elektronik;"
            ),
            (
                "bahwa sesuai ketentuan Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis "
                "Elektronik, Pemerintah Daerah perlu menyelenggarakan SPBE secara terpadu;"
            ),
            (
                f"bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan {reg} "
                f"tentang {spec.title.title()};"
            ),
        ],
        "alpha",
    )
    lines += ["", "Mengingat :"] + _numbered(
        list(MENGINGAT_DAERAH)
        + [
            (
                f"Peraturan Daerah {region.full} Nomor 8 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah "
                f"(Lembaran Daerah {region.full} Tahun 2016 Nomor 8);"
            )
        ]
    )
    lines += [
        "",
        "MEMUTUSKAN:",
        "",
        f"Menetapkan : {reg.upper()} TENTANG {spec.title}.",
        "",
        "BAB I",
        "KETENTUAN UMUM",
        "Pasal 1",
        f"Dalam {reg} ini yang dimaksud dengan:",
    ]
    defs = [
        f"Daerah adalah {region.full}.",
        (
            f"Pemerintah Daerah adalah {head} sebagai unsur penyelenggara Pemerintahan Daerah yang memimpin "
            "pelaksanaan urusan pemerintahan yang menjadi kewenangan daerah otonom."
        ),
        f"{head} adalah {head} {region.name}.",
        "Perangkat Daerah adalah unsur pembantu kepala daerah dalam penyelenggaraan urusan pemerintahan.",
        f"Dinas adalah Dinas Komunikasi dan Informatika {region.full}.",
    ]
    defs += [f"{term} adalah {meaning}." for term, meaning in DEFINITIONS]
    lines += _numbered(defs)
    pasal = 2
    units = "seluruh Perangkat Daerah" if spec.all_units else "Perangkat Daerah yang ditetapkan oleh Dinas"
    for bab, topic in enumerate(spec.topics, start=2):
        heading, articles = TOPICS[topic]
        lines += ["", f"BAB {_roman(bab)}", heading]
        for article in articles:
            lines += [f"Pasal {pasal}", article]
            pasal += 1
        lines += [
            f"Pasal {pasal}",
            f"Ketentuan mengenai {heading.lower()} dalam Bab ini berlaku bagi {units}.",
        ]
        pasal += 1
    lines += _closing_babs(region, spec, len(spec.topics) + 2, pasal)
    pages = paginate(localise(lines, region))
    return pages + _lampiran(region, spec)


def _closing_babs(region: Region, spec: RegSpec, bab: int, pasal: int) -> list[str]:
    reg = region.reg_name
    lines: list[str] = []
    if spec.review or spec.integration:
        lines += ["", f"BAB {_roman(bab)}", "PEMANTAUAN, EVALUASI, DAN INTEGRASI"]
        bab += 1
    if spec.integration:
        lines += [
            f"Pasal {pasal}",
            (
                "Penyelenggaraan SPBE Daerah diintegrasikan dengan Arsitektur SPBE Nasional, "
                "Pusat Data Nasional, Jaringan Intra Pemerintah, dan Sistem Penghubung Layanan Pemerintah "
                "sesuai ketentuan peraturan perundang-undangan."
            ),
        ]
        pasal += 1
    if spec.review:
        lines += [
            f"Pasal {pasal}",
            (
                "(1) Tim Koordinasi SPBE Daerah melakukan reviu dan evaluasi terhadap "
                f"pelaksanaan {reg} ini secara berkala paling sedikit 1 (satu) kali dalam 1 (satu) tahun."
            ),
            (
                "(2) Hasil reviu dan evaluasi sebagaimana dimaksud pada ayat (1) menjadi dasar perbaikan "
                "kebijakan SPBE Daerah."
            ),
        ]
        pasal += 1
    lines += [
        "",
        f"BAB {_roman(bab)}",
        "KETENTUAN PENUTUP",
        f"Pasal {pasal}",
        f"{reg} ini mulai berlaku pada tanggal diundangkan.",
        (
            f"Agar setiap orang mengetahuinya, memerintahkan pengundangan {reg} ini dengan penempatannya dalam "
            f"Berita Daerah {region.full}."
        ),
        "",
    ]
    return lines + _penutup(region, spec)


def _penutup(region: Region, spec: RegSpec) -> list[str]:
    promulgated = spec.enacted + dt.timedelta(days=1)
    if spec.draft:
        lines = [f"Ditetapkan di {region.capital}", f"pada tanggal               {spec.year}"]
        lines += _sign(f"{region.head_title} {region.name.upper()}", region.head, signed=False)
        lines += ["", f"Diundangkan di {region.capital}", f"pada tanggal               {spec.year}"]
        lines += _sign(f"SEKRETARIS DAERAH {region.full.upper()}", region.sekda, signed=False)
        return lines + ["", f"BERITA DAERAH {region.full.upper()} TAHUN      NOMOR"]
    lines = [f"Ditetapkan di {region.capital}", f"pada tanggal {tanggal(spec.enacted)}"]
    lines += _sign(f"{region.head_title} {region.name.upper()}", region.head, signed=spec.signed)
    lines += ["", f"Diundangkan di {region.capital}", f"pada tanggal {tanggal(promulgated)}"]
    lines += _sign(f"SEKRETARIS DAERAH {region.full.upper()}", region.sekda, signed=spec.signed)
    lines += ["", f"BERITA DAERAH {region.full.upper()} TAHUN {spec.year} NOMOR {spec.number}"]
    if spec.salinan:
        lines += [
            "",
            "Salinan sesuai dengan aslinya",
            f"KEPALA BAGIAN HUKUM SETDA {region.full.upper()},",
            "",
            region.kabag_hukum,
            "Pembina Tingkat I",
            f"NIP. {nip(region.kabag_hukum)}",
        ]
    return lines


def _lampiran(region: Region, spec: RegSpec) -> list[str]:
    if spec.lampiran_pages <= 0:
        return []
    number = "" if spec.draft or spec.number is None else str(spec.number)
    head = [
        "LAMPIRAN",
        f"{region.reg_name.upper()} {region.name.upper()}",
        f"NOMOR {number} TAHUN {spec.year}",
        f"TENTANG {spec.title}",
        "",
    ]
    rng = random.Random(f"{region.name}-{spec.number}-{spec.year}")
    body = head + ["ARSITEKTUR DAN PETA RENCANA SPBE DAERAH", ""]
    body += report_body(rng, region, spec.year, spec.lampiran_pages * LINES_PER_PAGE - 12, subject="lampiran")
    pages = paginate(body)[: spec.lampiran_pages]
    sign = _sign(
        f"{region.head_title} {region.name.upper()}", region.head, signed=spec.signed and not spec.draft
    )
    pages[-1] = "\n".join(pages[-1].splitlines()[: LINES_PER_PAGE - len(sign) - 1] + [""] + sign)
    return pages


def localise(lines: list[str], region: Region) -> list[str]:
    """Texts are written for a Bupati; a Kota's documents name the Wali Kota instead."""
    if region.kind == "kabupaten":
        return lines
    return [line.replace("BUPATI", "WALI KOTA").replace("Bupati", "Wali Kota") for line in lines]


def _roman(number: int) -> str:
    values = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letter in values:
        while number >= value:
            out += letter
            number -= value
    return out


def rancangan_perkada_spbe(region: Region = SUKAMAJU, year: int = 2023, **kw: object) -> list[str]:
    """The same umbrella regulation as a draft: RANCANGAN, blank number and dates, no signature."""
    return perkada_spbe(region, RegSpec(number=None, year=year, draft=True, signed=False, **kw))  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------- decrees
def tim_koordinasi_members(region: Region = SUKAMAJU) -> list[list[str]]:
    """Member table of an SK Tim Koordinasi SPBE, by position (heading row first)."""
    rows = [
        ["NO", "JABATAN DALAM DINAS", "KEDUDUKAN DALAM TIM"],
        ["1", f"{region.head_title.title()} {region.name}", "Pengarah"],
        ["2", f"Sekretaris Daerah {region.full}", "Ketua merangkap Koordinator SPBE"],
        ["3", "Asisten Administrasi Umum Sekretariat Daerah", "Wakil Ketua"],
        ["4", "Kepala Dinas Komunikasi dan Informatika", "Sekretaris"],
    ]
    members = [
        "Kepala Badan Perencanaan Pembangunan Daerah",
        "Kepala Badan Keuangan dan Aset Daerah",
        "Inspektur Daerah",
        "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "Kepala Bagian Organisasi Sekretariat Daerah",
        "Kepala Bagian Hukum Sekretariat Daerah",
        "Kepala Bagian Pengadaan Barang dan Jasa Sekretariat Daerah",
        "Kepala Dinas Kearsipan dan Perpustakaan",
        "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    ]
    rows += [[str(i), member, "Anggota"] for i, member in enumerate(members, start=5)]
    return rows


def keputusan_tim_koordinasi(
    region: Region = SUKAMAJU,
    *,
    number: str | None = "100.3.3.2/215/2023",
    year: int = 2023,
    enacted: dt.date = dt.date(2023, 3, 14),
    draft: bool = False,
    signed: bool = True,
    esign: bool = False,
    placeholders: bool = False,
) -> list[str]:
    """Keputusan Bupati/Wali Kota on the Tim Koordinasi SPBE, with diktum KESATU… and a lampiran member table.

    `placeholders=True` gives the hard draft of framework §4.1: "SALINAN" on top and "ttd" at the end, but
    the number and date are still XXX placeholders (no RANCANGAN word anywhere)."""
    kind = f"KEPUTUSAN {region.head_title}"
    title = f"PEMBENTUKAN TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK {region.full.upper()}"
    number_line = f"NOMOR {number}" if number and not draft else f"NOMOR          TAHUN {year}"
    if placeholders:
        number_line = f"NOMOR 100.3.3.2/XXX/{year}"
    date_text = (
        f"XX XXX {year}" if placeholders else ("              " + str(year) if draft else tanggal(enacted))
    )
    lines = _title_block(region, kind, number_line, title, draft=draft, salinan=placeholders)
    lines += ["Menimbang :"] + _numbered(
        [
            (
                "bahwa dalam rangka mengoordinasikan penerapan Sistem Pemerintahan Berbasis Elektronik di lingkungan "
                "Pemerintah Daerah secara terpadu, perlu dibentuk Tim Koordinasi SPBE;"
            ),
            (
                f"bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan "
                f"{region.head_title.title()} tentang Pembentukan Tim Koordinasi SPBE {region.full};"
            ),
        ],
        "alpha",
    )
    lines += ["", "Mengingat :"] + _numbered(
        list(MENGINGAT_DAERAH[2:4])
        + [
            (
                f"{region.reg_name} {region.name} Nomor 12 Tahun 2023 tentang Sistem Pemerintahan Berbasis Elektronik "
                f"(Berita Daerah {region.full} Tahun 2023 Nomor 12);"
            )
        ]
    )
    lines += [
        "",
        "MEMUTUSKAN:",
        "",
        f"Menetapkan : KEPUTUSAN {region.head_title} TENTANG {title}.",
        "",
        (
            f"KESATU : Membentuk Tim Koordinasi SPBE {region.full} dengan susunan keanggotaan sebagaimana "
            f"tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini."
        ),
        "KEDUA : Tim Koordinasi SPBE sebagaimana dimaksud dalam Diktum KESATU mempunyai tugas:",
    ]
    lines += _numbered(
        [
            "menyusun rencana program kerja dan mengoordinasikan penerapan SPBE pada seluruh Perangkat Daerah;",
            "mengarahkan penyusunan dan penerapan Arsitektur SPBE dan Peta Rencana SPBE Daerah;",
            "menetapkan arah kebijakan strategis manajemen risiko, keamanan informasi, dan manajemen data;",
            "melaksanakan pemantauan serta reviu dan evaluasi penerapan SPBE secara berkala;",
            (
                f"melaporkan pelaksanaan tugas kepada {region.head_title.title()} paling sedikit 1 (satu) kali dalam "
                "6 (enam) bulan."
            ),
        ],
        "alpha",
        "      ",
    )
    lines += [
        (
            "KETIGA : Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada Anggaran "
            f"Pendapatan dan Belanja Daerah {region.full}."
        ),
        "KEEMPAT : Keputusan ini mulai berlaku pada tanggal ditetapkan.",
        "",
        f"Ditetapkan di {region.capital}",
        f"pada tanggal {date_text}",
    ]
    lines += _sign(
        f"{region.head_title} {region.name.upper()}", region.head, signed=signed and not draft, esign=esign
    )
    lines += [
        "\f",
        f"LAMPIRAN KEPUTUSAN {region.head_title} {region.name.upper()}",
        number_line,
        f"TANGGAL {'' if draft else date_text.upper()}",
        "",
        f"SUSUNAN KEANGGOTAAN TIM KOORDINASI SPBE {region.full.upper()}",
        "",
    ]
    lines += [" | ".join(row) for row in tim_koordinasi_members(region)]
    lines += [""] + _sign(
        f"{region.head_title} {region.name.upper()}", region.head, signed=signed and not draft
    )
    return paginate(localise(lines, region))


def surat_edaran(
    region: Region = SUKAMAJU,
    *,
    number: str = "400.14/89/2023",
    day: dt.date = dt.date(2023, 5, 2),
    app: str = "SRIKANDI",
) -> list[str]:
    """A Surat Edaran: guidance with no binding force (supports level 1 only)."""
    lines = [
        f"{region.head_title} {region.name.upper()}",
        "",
        (f"Yth. Kepala Perangkat Daerah di lingkungan Pemerintah {region.full}"),
        "",
        "SURAT EDARAN",
        f"NOMOR {number}",
        "TENTANG",
        f"PENGGUNAAN APLIKASI UMUM {app} DALAM PENGELOLAAN ARSIP DINAMIS",
        "",
    ]
    lines += _numbered(
        [
            (
                "Latar Belakang: dalam rangka penerapan SPBE, penggunaan aplikasi umum di bidang kearsipan perlu "
                "dilaksanakan secara seragam."
            ),
            f"Maksud dan Tujuan: Surat Edaran ini dimaksudkan sebagai acuan penggunaan aplikasi {app}.",
            (
                f"Isi Edaran: seluruh Perangkat Daerah agar menggunakan aplikasi {app} untuk naskah dinas, disposisi, dan "
                "tanda tangan elektronik paling lambat 1 Juli 2023."
            ),
        ]
    )
    lines += [
        "",
        "Demikian Surat Edaran ini untuk dilaksanakan.",
        "",
        f"Ditetapkan di {region.capital}",
        f"pada tanggal {tanggal(day)}",
    ] + _sign(f"{region.head_title} {region.name.upper()}", region.head, signed=True)
    return paginate(lines)


# ---------------------------------------------------------------------------------------------- SOP
# Topic -> (SOP name, indicator it evidences, activities as (uraian, pelaksana, kelengkapan, waktu, output)).
SOP_TOPICS: dict[str, tuple[str, int, tuple[tuple[str, str, str, str, str], ...]]] = {
    "pusat_data": (
        "Penggunaan Layanan Pusat Data",
        16,
        (
            (
                "Mengajukan permohonan penempatan server/aplikasi pada Pusat Data",
                "Perangkat Daerah",
                "Formulir permohonan",
                "1 hari",
                "Surat permohonan",
            ),
            (
                "Memverifikasi kebutuhan sumber daya komputasi dan keamanan",
                "Admin Pusat Data",
                "Formulir, spesifikasi",
                "2 hari",
                "Hasil verifikasi",
            ),
            (
                "Menyetujui permohonan",
                "Kepala Bidang Persandian dan TIK",
                "Hasil verifikasi",
                "1 hari",
                "Persetujuan",
            ),
            (
                "Menyediakan mesin virtual dan akses",
                "Admin Pusat Data",
                "Persetujuan",
                "2 hari",
                "Akun dan mesin virtual",
            ),
            (
                "Mencatat penggunaan pada daftar pengguna Pusat Data",
                "Admin Pusat Data",
                "Akun",
                "30 menit",
                "Daftar pengguna",
            ),
        ),
    ),
    "jaringan_intra": (
        "Pengelolaan Jaringan Intra Pemerintah Daerah",
        17,
        (
            (
                "Mengajukan permohonan sambungan jaringan intra",
                "Perangkat Daerah",
                "Formulir",
                "1 hari",
                "Permohonan",
            ),
            (
                "Melakukan survei lokasi dan kebutuhan perangkat",
                "Teknisi Jaringan",
                "Permohonan",
                "3 hari",
                "Laporan survei",
            ),
            (
                "Memasang dan mengonfigurasi perangkat jaringan serta VPN",
                "Teknisi Jaringan",
                "Perangkat",
                "2 hari",
                "Sambungan aktif",
            ),
            (
                "Menguji konektivitas dan mencatat dalam daftar unit terhubung",
                "Admin Jaringan",
                "Berita acara",
                "1 hari",
                "Berita acara uji",
            ),
        ),
    ),
    "integrasi": (
        "Integrasi Layanan melalui Sistem Penghubung Layanan",
        18,
        (
            (
                "Mengajukan permohonan integrasi data/layanan",
                "Perangkat Daerah",
                "Dokumen kebutuhan",
                "1 hari",
                "Permohonan",
            ),
            (
                "Menyusun spesifikasi API dan mendaftarkan pada katalog API",
                "Pengelola Integrasi",
                "Spesifikasi",
                "3 hari",
                "Dokumentasi API",
            ),
            ("Melakukan uji coba pertukaran data", "Pengelola Integrasi", "Akses API", "2 hari", "Hasil uji"),
            (
                "Mengaktifkan layanan pada Sistem Penghubung Layanan",
                "Kepala Bidang Aplikasi",
                "Hasil uji",
                "1 hari",
                "Layanan terintegrasi",
            ),
        ),
    ),
    "anggaran": (
        "Penyusunan Anggaran Belanja SPBE Terpadu",
        13,
        (
            (
                "Menyampaikan usulan kegiatan dan belanja TIK",
                "Perangkat Daerah",
                "RKA Perangkat Daerah",
                "5 hari",
                "Usulan belanja TIK",
            ),
            (
                "Melakukan klarifikasi dan konsultasi usulan belanja TIK",
                "Dinas Komunikasi dan Informatika",
                "Usulan, Arsitektur SPBE",
                "5 hari",
                "Rekomendasi teknis",
            ),
            (
                "Menyelaraskan usulan dengan Peta Rencana SPBE",
                "Bappeda",
                "Rekomendasi",
                "3 hari",
                "Usulan terverifikasi",
            ),
            ("Menetapkan alokasi anggaran SPBE", "TAPD", "Usulan terverifikasi", "5 hari", "DPA-SKPD"),
        ),
    ),
    "helpdesk": (
        "Pelayanan Pengguna SPBE (Helpdesk)",
        28,
        (
            (
                "Menerima laporan gangguan melalui aplikasi layanan",
                "Petugas Helpdesk",
                "Tiket",
                "15 menit",
                "Tiket tercatat",
            ),
            (
                "Menganalisis dan menetapkan prioritas gangguan",
                "Petugas Helpdesk",
                "Tiket",
                "1 jam",
                "Prioritas",
            ),
            (
                "Menyelesaikan gangguan sesuai tingkat layanan",
                "Tim Teknis",
                "Tiket",
                "1 hari",
                "Gangguan selesai",
            ),
            (
                "Menutup tiket dan meminta umpan balik pengguna",
                "Petugas Helpdesk",
                "Tiket",
                "15 menit",
                "Tiket ditutup",
            ),
        ),
    ),
}


@dataclass(frozen=True)
class SopSpec:
    topic: str = "pusat_data"
    number: str = "045/SOP/DISKOMINFO/2023"
    made: dt.date = dt.date(2023, 1, 9)
    effective: dt.date | None = dt.date(2023, 1, 16)
    revised: dt.date | None = None
    approved: bool = True  # Pengesahan: signer, NIP, Tanggal Efektif


def sop_identity_rows(region: Region = SUKAMAJU, spec: SopSpec = SopSpec()) -> list[list[str]]:
    """The Bagian Identitas of an SOP AP as (field, value) rows."""
    name, _, _ = SOP_TOPICS[spec.topic]
    # Word/Excel SOP templates put the approval block on several lines of one cell.
    approver = (
        (
            f"Kepala Dinas Komunikasi dan Informatika {region.full}\nttd\n{region.kadis}\n"
            f"NIP. {nip(region.kadis)}"
        )
        if spec.approved
        else ""
    )
    return [
        ["PEMERINTAH " + region.full.upper(), "DINAS KOMUNIKASI DAN INFORMATIKA"],
        ["Nomor SOP", spec.number],
        ["Tanggal Pembuatan", tanggal(spec.made)],
        ["Tanggal Revisi", tanggal(spec.revised) if spec.revised else "-"],
        ["Tanggal Efektif", tanggal(spec.effective) if spec.effective and spec.approved else ""],
        ["Disahkan oleh", approver],
        ["Nama SOP", name],
        [
            "Dasar Hukum",
            (
                f"1. Peraturan Presiden Nomor 95 Tahun 2018 tentang SPBE; 2. {region.reg_name} {region.name} "
                "Nomor 12 Tahun 2023 tentang Sistem Pemerintahan Berbasis Elektronik"
            ),
        ],
        [
            "Kualifikasi Pelaksana",
            (
                "1. Memahami tugas pokok dan fungsi; 2. Menguasai pengoperasian komputer dan "
                "jaringan; 3. Memiliki sertifikasi teknis yang relevan"
            ),
        ],
        ["Keterkaitan", "1. SOP Pelayanan Pengguna SPBE; 2. SOP Pencadangan Data"],
        [
            "Peralatan/Perlengkapan",
            ("1. Komputer/laptop; 2. Jaringan internet; 3. Formulir permohonan; 4. Aplikasi layanan"),
        ],
        [
            "Peringatan",
            (
                "Apabila SOP ini tidak dilaksanakan, layanan dapat terganggu dan data berisiko tidak "
                "terlindungi"
            ),
        ],
        ["Pencatatan dan Pendataan", "Permohonan dan hasil layanan dicatat dan disimpan secara elektronik"],
    ]


def sop_activity_rows(spec: SopSpec = SopSpec()) -> list[list[str]]:
    """The flowchart table: No, Uraian Kegiatan, Pelaksana, Mutu Baku (Kelengkapan, Waktu, Output), Keterangan."""
    _, _, activities = SOP_TOPICS[spec.topic]
    rows = [["No", "Uraian Kegiatan", "Pelaksana", "Kelengkapan", "Waktu", "Output", "Keterangan"]]
    rows += [[str(i), *activity, ""] for i, activity in enumerate(activities, start=1)]
    return rows


def sop_ap(region: Region = SUKAMAJU, spec: SopSpec = SopSpec()) -> list[str]:
    """An SOP Administrasi Pemerintahan: cover, identity box, then the activity table (as text lines)."""
    name, _, _ = SOP_TOPICS[spec.topic]
    cover = [
        "STANDAR OPERASIONAL PROSEDUR",
        "ADMINISTRASI PEMERINTAHAN",
        "",
        name.upper(),
        "",
        "DINAS KOMUNIKASI DAN INFORMATIKA",
        region.full.upper(),
        str(spec.made.year),
    ]
    identity = [f"{field} : {value}" for field, value in sop_identity_rows(region, spec)[1:]]
    identity = ["PEMERINTAH " + region.full.upper(), "DINAS KOMUNIKASI DAN INFORMATIKA", ""] + identity
    activities = ["PROSEDUR", "", " | ".join(sop_activity_rows(spec)[0])]
    activities += [" | ".join(row) for row in sop_activity_rows(spec)[1:]]
    return ["\n".join(cover)] + paginate(identity) + paginate(activities)


# ---------------------------------------------------------------------------------------------- meetings
MEETING_KINDS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    # kind -> (tema, hasil rapat, tindak lanjut)
    "reviu": (
        "Reviu dan Evaluasi Kebijakan Sistem Pemerintahan Berbasis Elektronik",
        (
            (
                "Peraturan Bupati tentang SPBE telah dilaksanakan oleh seluruh Perangkat Daerah; reviu menemukan bahwa "
                "ketentuan manajemen data belum mengatur data referensi dan interoperabilitas data."
            ),
            "Arsitektur SPBE Daerah perlu diselaraskan dengan Arsitektur SPBE Nasional (Perpres 132 Tahun 2022).",
            "Peta Rencana SPBE perlu dimutakhirkan untuk tahun anggaran berikutnya sesuai hasil evaluasi.",
            "Penggunaan Pusat Data Daerah baru mencapai 31 dari 38 Perangkat Daerah.",
        ),
        (
            "Bagian Hukum bersama Dinas menyusun rancangan perubahan Peraturan Bupati tentang SPBE.",
            "Dinas menyampaikan laporan hasil reviu kepada Bupati melalui Sekretaris Daerah.",
        ),
    ),
    "evaluasi": (
        "Penilaian Mandiri Evaluasi SPBE",
        (
            "Tim Asesor Internal telah mengisi penilaian mandiri pada aplikasi monev.spbe.go.id untuk 47 indikator.",
            "Bukti dukung indikator domain Manajemen SPBE belum lengkap, khususnya manajemen risiko dan aset TIK.",
            "Penjelasan setiap indikator wajib memuat fakta, analisis, dan justifikasi tingkat kematangan.",
            "Dokumen hasil pindai agar dapat dicari teksnya (OCR).",
        ),
        (
            "Setiap Perangkat Daerah penanggung jawab indikator melengkapi bukti dukung dalam 7 hari kerja.",
            "Koordinator SPBE menandatangani Berita Acara Penilaian Mandiri.",
        ),
    ),
    "penyusunan": (
        "Pembahasan Rancangan Peraturan Bupati tentang SPBE",
        (
            "Rancangan Peraturan Bupati tentang SPBE dibahas pasal demi pasal bersama Bagian Hukum.",
            "Ketentuan mengenai Tim Koordinasi SPBE dan Audit TIK perlu ditambahkan.",
            "Rancangan akan disampaikan untuk fasilitasi kepada Biro Hukum Provinsi.",
        ),
        ("Dinas memperbaiki rancangan sesuai masukan peserta rapat.",),
    ),
    "tindak_lanjut": (
        "Tindak Lanjut Hasil Evaluasi SPBE",
        (
            (
                "Rekomendasi hasil evaluasi SPBE tahun sebelumnya telah ditindaklanjuti dengan penetapan perubahan "
                "Peraturan Bupati tentang SPBE."
            ),
            "Layanan helpdesk telah menggunakan aplikasi manajemen layanan dengan tiket elektronik.",
        ),
        ("Monitoring pelaksanaan kebijakan baru dilakukan setiap triwulan.",),
    ),
}


def notulen_rapat(
    region: Region = SUKAMAJU,
    *,
    kind: str = "reviu",
    day: dt.date = dt.date(2023, 10, 12),
    signed: bool = True,
) -> list[str]:
    tema, hasil, tindak = MEETING_KINDS[kind]
    lines = letterhead(region, "SEKRETARIAT DAERAH") + [
        "NOTULEN RAPAT",
        "",
        f"Tema Rapat     : {tema} {region.full} Tahun {day.year}",
        f"Hari/Tanggal   : {hari_tanggal(day)}",
        "Waktu          : 09.00 WIB s.d. selesai",
        "Tempat         : Ruang Rapat Sekretariat Daerah",
        "Pimpinan Rapat : Sekretaris Daerah selaku Ketua Tim Koordinasi SPBE",
        "Peserta Rapat  : Anggota Tim Koordinasi SPBE dan perwakilan Perangkat Daerah (daftar hadir terlampir)",
        "",
        "Pembukaan:",
        "Rapat dibuka oleh pimpinan rapat dengan menyampaikan maksud dan tujuan rapat.",
        "",
        "Hasil Rapat:",
    ]
    lines += _numbered(list(hasil))
    lines += ["", "Rekomendasi/Tindak Lanjut:"] + _numbered(list(tindak))
    lines += ["", f"{region.capital}, {tanggal(day)}", "Notulis"] + ["", "ttd" if signed else "", ""]
    lines += ["Dewi Lestari, S.Kom.", f"NIP. {nip('Dewi Lestari')}"]
    return paginate(localise(lines, region))


def undangan_rapat(
    region: Region = SUKAMAJU,
    *,
    kind: str = "reviu",
    number: str = "005/412/Setda/2023",
    day: dt.date = dt.date(2023, 10, 12),
) -> list[str]:
    tema = MEETING_KINDS[kind][0]
    sent = day - dt.timedelta(days=7)
    lines = letterhead(region, "SEKRETARIAT DAERAH") + [
        f"{region.capital}, {tanggal(sent)}",
        f"Nomor    : {number}",
        "Sifat    : Penting",
        "Lampiran : 1 (satu) berkas",
        "Hal      : Undangan Rapat",
        "",
        "Yth. Kepala Perangkat Daerah (daftar terlampir)",
        f"di {region.capital}",
        "",
        "Dengan hormat, dalam rangka "
        + tema.lower()
        + f" {region.full}, kami mengundang Bapak/Ibu untuk hadir "
        "pada:",
        f"Hari/tanggal : {hari_tanggal(day)}",
        "Waktu        : 09.00 WIB s.d. selesai",
        "Tempat       : Ruang Rapat Sekretariat Daerah",
        f"Acara        : Rapat {tema}",
        "",
        "Mengingat pentingnya acara tersebut, dimohon hadir tepat waktu. Atas perhatiannya diucapkan terima kasih.",
        "",
    ]
    lines += _sign(f"SEKRETARIS DAERAH {region.full.upper()}", region.sekda, signed=True, with_nip=True)
    lines += [
        "",
        "Tembusan Yth:",
        f"1. {region.head_title.title()} {region.name} (sebagai laporan);",
        "2. Arsip.",
    ]
    return paginate(lines)


PARTICIPANTS = (
    "Sekretariat Daerah",
    "Bappeda",
    "Badan Keuangan dan Aset Daerah",
    "Inspektorat Daerah",
    "Dinas Komunikasi dan Informatika",
    "BKPSDM",
    "Bagian Organisasi",
    "Bagian Hukum",
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Dinas Kesehatan",
    "Dinas Pendidikan",
    "DPMPTSP",
    "Dinas Kearsipan dan Perpustakaan",
    "Bagian Pengadaan Barang dan Jasa",
)
FIRST = (
    "Ahmad",
    "Budi",
    "Citra",
    "Dian",
    "Eko",
    "Fitri",
    "Gilang",
    "Hesti",
    "Indra",
    "Joko",
    "Kartika",
    "Lukman",
    "Maya",
    "Nur",
    "Putri",
    "Rizky",
    "Sri",
    "Taufik",
    "Wahyu",
    "Yuni",
)
LAST = (
    "Hidayat",
    "Santoso",
    "Wulandari",
    "Saputra",
    "Rahmawati",
    "Nugroho",
    "Purnomo",
    "Lestari",
    "Kurniawan",
    "Susanti",
    "Firmansyah",
    "Handayani",
)


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def daftar_hadir_rows(region: Region = SUKAMAJU, *, count: int = 14, seed: int = 1) -> list[list[str]]:
    rng = random.Random(seed)
    rows = [["NO", "NAMA", "NIP", "JABATAN / INSTANSI", "TANDA TANGAN"]]
    for i in range(1, count + 1):
        name = person(rng)
        unit = PARTICIPANTS[(i - 1) % len(PARTICIPANTS)]
        rows.append([str(i), name, nip(name + str(i)), f"Kepala Bidang, {unit}", f"{i}. ttd"])
    return rows


def daftar_hadir(
    region: Region = SUKAMAJU,
    *,
    kind: str = "reviu",
    day: dt.date = dt.date(2023, 10, 12),
    count: int = 14,
    seed: int = 1,
) -> list[str]:
    tema = MEETING_KINDS[kind][0]
    lines = [
        "DAFTAR HADIR",
        f"Hari         : {HARI[day.weekday()]}",
        f"Tanggal      : {tanggal(day)}",
        f"Acara        : Rapat {tema}",
        "Tempat       : Ruang Rapat Sekretariat Daerah",
        "",
    ]
    lines += [" | ".join(row) for row in daftar_hadir_rows(region, count=count, seed=seed)]
    return paginate(lines)


# ---------------------------------------------------------------------------------------------- reports
INDICATOR_NAMES = (
    "Kebijakan Internal Arsitektur SPBE",
    "Kebijakan Internal Peta Rencana SPBE",
    "Kebijakan Internal Manajemen Data",
    "Kebijakan Internal Pembangunan Aplikasi SPBE",
    "Kebijakan Internal Layanan Pusat Data",
    "Kebijakan Internal Layanan Jaringan Intra",
    "Kebijakan Internal Penggunaan Sistem Penghubung Layanan",
    "Kebijakan Internal Manajemen Keamanan Informasi",
    "Kebijakan Internal Audit TIK",
    "Kebijakan Internal Tim Koordinasi SPBE",
    "Arsitektur SPBE",
    "Peta Rencana SPBE",
    "Keterpaduan Rencana dan Anggaran SPBE",
    "Inovasi Proses Bisnis SPBE",
    "Pembangunan Aplikasi SPBE",
    "Layanan Pusat Data",
    "Layanan Jaringan Intra",
    "Penggunaan Sistem Penghubung Layanan",
    "Pelaksanaan Tim Koordinasi SPBE",
    "Kolaborasi Penerapan SPBE",
    "Penerapan Manajemen Risiko SPBE",
    "Penerapan Manajemen Keamanan Informasi",
    "Penerapan Manajemen Data",
    "Penerapan Manajemen Aset TIK",
    "Penerapan Kompetensi Sumber Daya Manusia",
    "Penerapan Manajemen Pengetahuan",
    "Penerapan Manajemen Perubahan",
    "Penerapan Manajemen Layanan SPBE",
    "Pelaksanaan Audit Infrastruktur SPBE",
    "Pelaksanaan Audit Aplikasi SPBE",
    "Pelaksanaan Audit Keamanan SPBE",
    "Layanan Perencanaan",
    "Layanan Penganggaran",
    "Layanan Keuangan",
    "Layanan Pengadaan Barang dan Jasa",
    "Layanan Kepegawaian",
    "Layanan Kearsipan Dinamis",
    "Layanan Pengelolaan Barang Milik Daerah",
    "Layanan Pengawasan Internal Pemerintah",
    "Layanan Akuntabilitas Kinerja Organisasi",
    "Layanan Kinerja Pegawai",
    "Layanan Pengaduan Pelayanan Publik",
    "Layanan Data Terbuka",
    "Jaringan Dokumentasi dan Informasi Hukum (JDIH)",
    "Layanan Publik Sektor 1",
    "Layanan Publik Sektor 2",
    "Layanan Publik Sektor 3",
)
APPS = (
    "SIPD",
    "SIMDA Keuangan",
    "SIRUP",
    "LPSE/SPSE",
    "SIMPEG",
    "SRIKANDI",
    "SIMBADA",
    "e-SAKIP",
    "e-Kinerja",
    "SP4N-LAPOR!",
    "Portal Satu Data",
    "JDIH",
    "SIMRS",
    "Dapodik",
    "SiCantik",
)
FINDINGS = (
    (
        "{unit} telah menggunakan aplikasi {app} dalam pelaksanaan tugas, namun integrasi data dengan aplikasi lain "
        "belum dilakukan melalui Sistem Penghubung Layanan."
    ),
    "Pemantauan terhadap {app} menunjukkan ketersediaan layanan rata-rata {pct} persen selama tahun {year}.",
    "Dokumentasi pengembangan aplikasi {app} pada {unit} belum mengikuti siklus pengembangan yang ditetapkan.",
    "Sebanyak {n} Perangkat Daerah telah terhubung ke Jaringan Intra Pemerintah Daerah melalui VPN.",
    "Rapat koordinasi Tim Koordinasi SPBE dilaksanakan {n} kali pada tahun {year} dan dituangkan dalam notulen.",
    "Penerapan manajemen risiko SPBE pada {unit} belum berpedoman pada pedoman manajemen risiko SPBE.",
    "Inventarisasi aset TIK mencatat {n} perangkat keras dan {pct} aplikasi yang dikelola {unit}.",
    "Pelatihan kompetensi SDM TIK diikuti oleh {n} aparatur dari {unit} pada tahun {year}.",
    "Hasil reviu menunjukkan capaian indikator {ind} berada pada tingkat {lvl} dan perlu ditingkatkan.",
    "Layanan {app} telah memungkinkan pengguna melakukan transaksi secara elektronik dengan persetujuan berjenjang.",
)


def _height(line: str) -> int:
    return max(1, len(textwrap.wrap(line, CHARS_PER_LINE)))


def _finding(rng: random.Random, year: int, ind: int | None = None) -> str:
    return rng.choice(FINDINGS).format(
        unit=rng.choice(PARTICIPANTS),
        app=rng.choice(APPS),
        year=year,
        n=rng.randint(3, 38),
        pct=rng.randint(60, 99),
        ind=ind if ind is not None else rng.randint(1, 47),
        lvl=rng.randint(1, 4),
    )


def report_body(
    rng: random.Random, region: Region, year: int, n_lines: int, *, subject: str = "monev"
) -> list[str]:
    """Filler chapters that read like a real monitoring report: numbered sections of varied findings."""
    lines: list[str] = []
    section = 1
    used = 0
    while used < n_lines:
        ind = rng.randrange(47)
        lines += ["", f"{section}. Indikator {ind + 1}: Tingkat Kematangan {INDICATOR_NAMES[ind]}"]
        for _ in range(rng.randint(2, 4)):
            lines.append(_finding(rng, year, ind + 1))
            used += _height(lines[-1])
        section += 1
        used += 2
    return lines


def laporan_monev(
    region: Region = SUKAMAJU, *, year: int = 2023, n_pages: int = 6, seed: int = 1
) -> list[str]:
    """Laporan Pemantauan dan Evaluasi SPBE: cover, chapters, per-indicator findings, recommendations."""
    rng = random.Random(seed)
    cover = [
        "LAPORAN",
        "PEMANTAUAN DAN EVALUASI",
        "SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK",
        region.full.upper(),
        f"TAHUN {year}",
        "",
        "DINAS KOMUNIKASI DAN INFORMATIKA",
    ]
    lines = [
        "KATA PENGANTAR",
        (
            f"Laporan ini menyajikan hasil pemantauan dan evaluasi penerapan SPBE di lingkungan "
            f"Pemerintah {region.full} tahun {year} sebagai bahan reviu Tim Koordinasi SPBE."
        ),
        "",
        "BAB I",
        "PENDAHULUAN",
        "A. Latar Belakang",
        (
            "Evaluasi SPBE dilaksanakan untuk mengukur kemajuan penerapan SPBE berdasarkan Peraturan Menteri PANRB "
            "Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi SPBE."
        ),
        "B. Dasar Hukum",
    ]
    lines += _numbered([m.split(" (")[0] for m in MENGINGAT_DAERAH])
    lines += [
        "C. Ruang Lingkup",
        "Pemantauan mencakup 4 domain, 8 aspek, dan 47 indikator SPBE.",
        "",
        "BAB II",
        "HASIL PEMANTAUAN DAN EVALUASI",
    ]
    body_lines = max(10, (n_pages - 2) * LINES_PER_PAGE - len(lines) - 20)
    lines += report_body(rng, region, year, body_lines)
    lines += [
        "",
        "BAB III",
        "KESIMPULAN DAN REKOMENDASI",
        f"Indeks SPBE {region.full} hasil penilaian mandiri tahun {year} sebesar "
        f"{rng.randint(240, 330) / 100:.2f}".replace(".", ",")
        + " dengan predikat Baik.",
        (
            "Rekomendasi: menyusun kebijakan manajemen data, melaksanakan audit TIK oleh auditor eksternal, dan "
            "melakukan reviu kebijakan SPBE secara berkala."
        ),
        "",
    ]
    lines += [f"{region.capital}, 15 Desember {year}"] + _sign(
        "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA", region.kadis, signed=True, with_nip=True
    )
    return ["\n".join(cover)] + paginate(lines)


def laporan_audit_tik(
    region: Region = SUKAMAJU,
    *,
    kind: str = "keamanan",
    year: int = 2023,
    external: bool = False,
    n_pages: int = 4,
    seed: int = 2,
) -> list[str]:
    """Laporan Hasil Audit TIK (infrastruktur/aplikasi/keamanan) by the Inspektorat or a certified external auditor."""
    rng = random.Random(seed)
    auditor = (
        "PT Audit Sistem Nusantara (auditor bersertifikat CISA dan ISO/IEC 27001 Lead Auditor)"
        if external
        else f"Inspektorat Daerah {region.full} (auditor internal)"
    )
    cover = [
        "LAPORAN HASIL AUDIT",
        f"AUDIT {kind.upper()} SPBE",
        f"PEMERINTAH {region.full.upper()}",
        f"TAHUN {year}",
        "",
        f"Pelaksana: {auditor}",
    ]
    lines = [
        "RINGKASAN EKSEKUTIF",
        (
            f"Audit {kind} SPBE dilaksanakan berdasarkan rencana audit TIK tahun {year} dan "
            "berpedoman pada pedoman audit TIK."
        ),
        "",
        "I. RUANG LINGKUP AUDIT",
        f"Ruang lingkup meliputi {', '.join(rng.sample(APPS, 4))} serta Pusat Data Daerah.",
        "II. METODOLOGI",
        "Wawancara, observasi, pengujian teknis, dan reviu dokumen.",
        "",
        "III. TEMUAN AUDIT",
    ]
    budget = (n_pages - 1) * LINES_PER_PAGE - 24
    i, used = 0, sum(_height(line) for line in lines)
    while i < 2 or used < budget:
        i += 1
        block = [
            f"Temuan {i}: " + _finding(rng, year, 29 + rng.randrange(3)),
            (
                f"Risiko: {rng.choice(('Tinggi', 'Sedang', 'Rendah'))}. Rekomendasi: melakukan perbaikan "
                "konfigurasi dan memperbarui prosedur terkait."
            ),
            ("Tanggapan auditee: sependapat dan akan ditindaklanjuti."),
            "",
        ]
        lines += block
        used += sum(_height(line) for line in block)
    lines += [
        "IV. KESIMPULAN",
        "Tingkat kepatuhan terhadap kriteria audit berada pada kategori cukup.",
        "",
        f"{region.capital}, 20 November {year}",
    ]
    lines += _sign("KETUA TIM AUDIT", "Ir. BAYU ANGGORO, CISA" if external else region.inspektur, signed=True)
    return ["\n".join(cover)] + paginate(lines)[: max(1, n_pages - 1)]


def dokumen_perencanaan(
    region: Region = SUKAMAJU,
    *,
    kind: str = "arsitektur",
    start: int = 2023,
    draft: bool = False,
    n_pages: int = 5,
    seed: int = 3,
) -> list[str]:
    """An Arsitektur SPBE or Peta Rencana SPBE document covering every required domain/muatan."""
    rng = random.Random(seed)
    title = "ARSITEKTUR SPBE" if kind == "arsitektur" else "PETA RENCANA SPBE"
    cover = (["KONSEP", ""] if draft else []) + [
        f"DOKUMEN {title}",
        region.full.upper(),
        f"TAHUN {start}-{start + 4}",
        "",
        "DINAS KOMUNIKASI DAN INFORMATIKA",
    ]
    parts = (
        (
            "Referensi Arsitektur",
            "Domain Arsitektur Proses Bisnis",
            "Domain Arsitektur Data dan Informasi",
            "Domain Arsitektur Infrastruktur SPBE",
            "Domain Arsitektur Aplikasi SPBE",
            "Domain Arsitektur Keamanan SPBE",
            "Domain Arsitektur Layanan SPBE",
        )
        if kind == "arsitektur"
        else PETA_RENCANA_MUATAN
    )
    plain = "Arsitektur SPBE" if kind == "arsitektur" else "Peta Rencana SPBE"
    lines = [
        "BAB I",
        "PENDAHULUAN",
        (
            f"Dokumen {plain} ini menjadi acuan penerapan SPBE pada seluruh "
            f"Perangkat Daerah {region.full} dan diselaraskan dengan Arsitektur SPBE Nasional."
        ),
        "",
    ]
    budget = max(4, ((n_pages - 1) * LINES_PER_PAGE - 8) // len(parts) - 3)
    for i, part in enumerate(parts, start=2):
        lines += [f"BAB {_roman(i)}", part.upper()]
        used, year = 0, start
        while used < budget:
            line = f"Program {year}: " + _finding(rng, year)
            lines.append(line)
            used += _height(line)
            year = start + (year - start + 1) % 5
        lines.append("")
    return ["\n".join(cover)] + paginate(lines)[: max(1, n_pages - 1)]


PEDOMAN_TOPICS = {
    "keamanan": (
        "MANAJEMEN KEAMANAN INFORMASI",
        (
            "Penetapan Ruang Lingkup",
            "Penetapan Penanggung Jawab",
            "Perencanaan",
            "Dukungan Pengoperasian",
            "Evaluasi Kinerja",
            "Perbaikan Berkelanjutan",
        ),
    ),
    "data": (
        "MANAJEMEN DATA",
        (
            "Arsitektur Data",
            "Data Induk",
            "Data Referensi",
            "Basis Data",
            "Kualitas Data",
            "Interoperabilitas Data",
        ),
    ),
    "risiko": (
        "MANAJEMEN RISIKO SPBE",
        (
            "Komunikasi dan Konsultasi",
            "Penetapan Konteks",
            "Penilaian Risiko",
            "Penanganan Risiko",
            "Pemantauan dan Reviu",
        ),
    ),
    "aset": (
        "MANAJEMEN ASET TIK",
        ("Perencanaan", "Pengadaan", "Pemanfaatan", "Pemeliharaan", "Penghapusan"),
    ),
}


def pedoman(region: Region = SUKAMAJU, *, topic: str = "keamanan", year: int = 2023) -> list[str]:
    title, chapters = PEDOMAN_TOPICS[topic]
    lines = [
        f"PEDOMAN {title}",
        "SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK",
        region.full.upper(),
        f"TAHUN {year}",
        "",
        "BAB I",
        "PENDAHULUAN",
        (
            f"Pedoman ini berlaku bagi seluruh Perangkat Daerah {region.full} sebagai acuan "
            f"penerapan {title.lower()}."
        ),
        "",
    ]
    for i, chapter in enumerate(chapters, start=2):
        lines += [
            f"BAB {_roman(i)}",
            chapter.upper(),
            (
                f"{chapter} dilaksanakan oleh setiap Perangkat Daerah dengan berkoordinasi dengan Dinas "
                "Komunikasi dan Informatika."
            ),
            (f"Hasil {chapter.lower()} didokumentasikan dan dilaporkan kepada Tim Koordinasi SPBE Daerah."),
            "",
        ]
    return paginate(lines)


# ---------------------------------------------------------------------------------------------- national
def permen_panrb_59_2020() -> list[str]:
    """National reference: PermenPANRB 59/2020 as a SALINAN (paraphrased body, real title and register)."""
    lines = [
        "SALINAN",
        "",
        "PERATURAN MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI",
        "REPUBLIK INDONESIA",
        "NOMOR 59 TAHUN 2020",
        "TENTANG",
        "PEMANTAUAN DAN EVALUASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK",
        "",
        "DENGAN RAHMAT TUHAN YANG MAHA ESA",
        "",
        "MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI REPUBLIK INDONESIA,",
        "",
        (
            "Menimbang : bahwa untuk melaksanakan ketentuan Pasal 71 ayat (3) Peraturan Presiden Nomor 95 Tahun "
            "2018 tentang Sistem Pemerintahan Berbasis Elektronik, perlu menetapkan Peraturan Menteri tentang "
            "Pemantauan dan Evaluasi Sistem Pemerintahan Berbasis Elektronik;"
        ),
        "Mengingat : " + MENGINGAT_DAERAH[3],
        "",
        "MEMUTUSKAN:",
        (
            "Menetapkan : PERATURAN MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI TENTANG "
            "PEMANTAUAN DAN EVALUASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK."
        ),
        "",
        "Pasal 1",
        (
            "Dalam Peraturan Menteri ini yang dimaksud dengan Evaluasi SPBE adalah proses penilaian terhadap "
            "pelaksanaan SPBE di Instansi Pusat dan Pemerintah Daerah untuk menghasilkan nilai Indeks SPBE."
        ),
        "Pasal 2",
        (
            "Pemantauan dan evaluasi SPBE dilakukan terhadap domain kebijakan internal, tata kelola, "
            "manajemen, dan layanan SPBE."
        ),
        "\f",
        "Pasal 12",
        "Peraturan Menteri ini mulai berlaku pada tanggal 1 Januari 2021.",
        "",
        "Ditetapkan di Jakarta",
        "pada tanggal 2 September 2020",
        "MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI REPUBLIK INDONESIA,",
        "",
        "ttd.",
        "",
        "TJAHJO KUMOLO",
        "",
        "Diundangkan di Jakarta",
        "pada tanggal 4 September 2020",
        (
            "DIREKTUR JENDERAL PERATURAN PERUNDANG-UNDANGAN KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA REPUBLIK "
            "INDONESIA,"
        ),
        "",
        "ttd.",
        "",
        "WIDODO EKATJAHJANA",
        "",
        "BERITA NEGARA REPUBLIK INDONESIA TAHUN 2020 NOMOR 994",
        "",
        "Salinan sesuai dengan aslinya",
        "Kepala Biro Hukum, Komunikasi, dan Informasi Publik,",
        "",
        "ttd.",
        "",
        "Mohammad Averrouce",
        f"NIP. {nip('Mohammad Averrouce', 1970)}",
    ]
    return paginate(lines)


def perpres_95_2018() -> list[str]:
    lines = [
        "PERATURAN PRESIDEN REPUBLIK INDONESIA",
        "NOMOR 95 TAHUN 2018",
        "TENTANG",
        "SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK",
        "",
        "DENGAN RAHMAT TUHAN YANG MAHA ESA",
        "",
        "PRESIDEN REPUBLIK INDONESIA,",
        "",
        (
            "Menimbang : bahwa untuk mewujudkan tata kelola pemerintahan yang bersih, efektif, transparan, dan "
            "akuntabel diperlukan tata kelola dan manajemen sistem pemerintahan berbasis elektronik secara nasional;"
        ),
        "Mengingat : Pasal 4 ayat (1) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;",
        "",
        "MEMUTUSKAN:",
        "Menetapkan : PERATURAN PRESIDEN TENTANG SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK.",
        "",
        "BAB I",
        "KETENTUAN UMUM",
        "Pasal 1",
        "Dalam Peraturan Presiden ini yang dimaksud dengan:",
    ]
    lines += _numbered([f"{term} adalah {meaning}." for term, meaning in DEFINITIONS[:6]])
    lines += [
        "",
        "Ditetapkan di Jakarta",
        "pada tanggal 2 Oktober 2018",
        "PRESIDEN REPUBLIK INDONESIA,",
        "",
        "ttd.",
        "",
        "JOKO WIDODO",
        "",
        "Diundangkan di Jakarta",
        "pada tanggal 5 Oktober 2018",
        "LEMBARAN NEGARA REPUBLIK INDONESIA TAHUN 2018 NOMOR 182",
    ]
    return paginate(lines)


# ---------------------------------------------------------------------------------------------- slides, screens
def paparan_slides(region: Region = SUKAMAJU, *, year: int = 2023) -> list[tuple[str, str, str]]:
    """A progress deck (title, body, speaker notes) as presented at a Tim Koordinasi meeting."""
    return [
        (
            f"Progres Penerapan SPBE {region.full} Tahun {year}",
            f"Dinas Komunikasi dan Informatika\n{region.full}",
            "Disampaikan pada rapat koordinasi Tim Koordinasi SPBE.",
        ),
        (
            "Hasil Evaluasi SPBE Tahun Sebelumnya",
            (
                "Indeks SPBE 2,65 (Baik)\nDomain Kebijakan 3,10\n"
                "Domain Tata Kelola 2,40\nDomain Manajemen 1,50\nDomain Layanan 3,05"
            ),
            "Domain Manajemen paling rendah.",
        ),
        (
            "Kebijakan Internal SPBE",
            (
                f"{region.reg_name} Nomor 12 Tahun {year} tentang SPBE\n"
                "SK Tim Koordinasi SPBE\nRancangan Peraturan tentang Manajemen Data"
            ),
            "",
        ),
        (
            "Rencana Tindak Lanjut",
            (
                "Penyusunan Arsitektur dan Peta Rencana SPBE\nAudit TIK oleh auditor eksternal\n"
                "Integrasi layanan melalui Sistem Penghubung Layanan"
            ),
            "Target predikat Sangat Baik.",
        ),
    ]


def paparan_pages(region: Region = SUKAMAJU, *, year: int = 2023) -> list[str]:
    """The same deck printed to PDF, one slide per page."""
    return [f"{title}\n\n{body}" for title, body, _ in paparan_slides(region, year=year)]


SCREEN_APPS = {
    "srikandi": (
        "e-Office SRIKANDI",
        "https://srikandi.arsip.go.id",
        37,
        (
            "Halaman login dengan akun demo",
            "Menu naskah masuk dan disposisi berjenjang",
            "Tanda tangan elektronik naskah dinas dengan sertifikat BSrE",
            "Laporan arsip dinamis",
        ),
    ),
    "lapor": (
        "SP4N-LAPOR!",
        "https://www.lapor.go.id",
        42,
        (
            "Dasbor pengaduan Perangkat Daerah",
            "Disposisi dan tindak lanjut aduan",
            "Integrasi dengan aplikasi kepegawaian untuk penugasan petugas",
        ),
    ),
    "sakip": (
        "e-SAKIP",
        "https://esakip.sukamajukab.go.id",
        40,
        (
            "Perjanjian kinerja elektronik",
            "Pengukuran capaian kinerja triwulan",
            "Integrasi data anggaran dari SIPD melalui API",
        ),
    ),
}


def screenshot_captions(app: str = "srikandi", region: Region = SUKAMAJU) -> list[str]:
    """Caption pages that accompany application screenshots (the screenshots themselves are not drawn)."""
    name, url, _, figures = SCREEN_APPS[app]
    lines = [
        f"Tangkapan layar aplikasi {name}: " + ", ".join(f.lower() for f in figures[1:3]),
        "",
        f"Alamat aplikasi (URL): {url}",
        "Akun demo: pengguna = asesor.spbe, kata sandi = Demo#2023",
        "",
    ]
    for i, figure in enumerate(figures, start=1):
        lines += [f"[gambar tangkapan layar {i}]", f"Gambar {i}. {figure}", ""]
    lines += [f"Sumber: Dinas Komunikasi dan Informatika {region.full}"]
    return paginate(lines)
