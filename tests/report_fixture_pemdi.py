"""A realistic PermenPANRB 8/2026 (Pemdi) RunReport built from code, for the report tests (no pipeline needed).

A fictional Kabupaten Sukamaju, evaluation period 2026: 7 aspects, 20 indicators with their items per level
(item counts as in the 2026 module), item verdicts showing the 2026 refusal patterns (wrong object, budget
recap without the sub-activity line, old instrument, item left empty, higher level uploaded while a lower one
fails), a draft accepted at level 1, one external index supplied (I5) and three awaiting (I6, I7, I18), a
self-assessment with item and level claims, and hostile text every format must show as plain text.
Values and the index follow the estimate model the judge uses (v = 1 + Σ step·accepted/items, gated).
"""
from __future__ import annotations

import hashlib
from dataclasses import replace

from evidence_check.indicators.itemjudge import supported_level
from evidence_check.models import (
    Agency,
    AreaIndex,
    Document,
    Evidence,
    Extraction,
    Finding,
    IndexEstimate,
    IndicatorMatch,
    IndicatorVerdict,
    ItemDocument,
    ItemVerdict,
    Page,
    RunReport,
)
from tests.report_fixture import IMG_TEXT, JINJA_TEXT

FRAMEWORK = "permenpanrb-8-2026"
XSS_NAME = "I17_Portal/<script>window.__xss=1;alert(1)</script>.png"
EXTERNAL_DOC = "[indeks eksternal] indeks_eksternal.csv"

# aspect id: (name, name_en, weight)
ASPECTS = {
    1: ("Tata Kelola dan Manajemen", "Governance and Management", 10.0),
    2: ("Penyelenggara", "Organisers", 10.0),
    3: ("Data", "Data", 15.0),
    4: ("Keamanan Pemerintah Digital", "Digital Government Security", 15.0),
    5: ("Teknologi Pemerintah Digital", "Digital Government Technology", 10.0),
    6: ("Keterpaduan Layanan Digital Pemerintah", "Integrated Digital Government Services", 15.0),
    7: ("Kepuasan Pengguna Layanan Digital Pemerintah", "User Satisfaction with Digital Government Services", 25.0),
}
# indicator id: (aspect, weight, name, items per level 1-5, source, subject for generic item wording (id, en))
INDICATORS: dict[int, tuple[int, float, str, tuple[int, ...], str, tuple[str, str]]] = {
    1: (1, 5, "Tingkat Kematangan Tata Kelola Pemerintah Digital", (1, 4, 4, 2, 3), "upload",
        ("tata kelola Pemdi", "Pemdi governance")),
    2: (1, 5, "Tingkat Kematangan Manajemen Layanan Digital Pemerintah", (2, 1, 1, 1, 1), "upload",
        ("manajemen layanan digital", "digital service management")),
    3: (2, 5, "Tingkat Kematangan Sumber Daya Manusia Pemerintah Digital", (5, 5, 5, 4, 6), "upload",
        ("kompetensi digital ASN", "civil servants' digital competence")),
    4: (2, 5, "Tingkat Kematangan Kolaborasi Pemerintah Digital", (3, 2, 2, 2, 2), "upload",
        ("kolaborasi Pemdi", "Pemdi collaboration")),
    5: (3, 5, "Tingkat Kematangan Tata Kelola Data", (1, 1, 1, 1, 1), "external",
        ("hasil Indeks SDI", "SDI index result")),
    6: (3, 3, "Tingkat Kematangan Penyelenggaraan Informasi Geospasial", (1, 1, 1, 1, 1), "external",
        ("hasil penilaian SJIG", "SJIG assessment result")),
    7: (3, 3, "Tingkat Kematangan Pembangunan Statistik", (1, 1, 1, 1, 1), "external",
        ("hasil EPSS (IPS)", "EPSS (IPS) result")),
    8: (3, 4, "Tingkat Kematangan Pelindungan Data Pribadi", (7, 7, 7, 7, 7), "upload",
        ("pelindungan data pribadi", "personal data protection")),
    9: (4, 4, "Tingkat Kematangan Pelaksanaan Audit Keamanan Pemdi dan Teknologi Pemdi", (2, 1, 1, 1, 1), "upload",
        ("audit keamanan dan teknologi Pemdi", "Pemdi security and technology audit")),
    10: (4, 4, "Tingkat Kematangan Keamanan Pemerintah Digital", (1, 2, 1, 1, 1), "upload",
         ("keamanan Pemdi (IKASANDI)", "Pemdi security (IKASANDI)")),
    11: (4, 3, "Tingkat Kematangan Penerapan Kriptografi untuk Keamanan Data", (1, 1, 1, 1, 2), "upload",
         ("penerapan kriptografi", "use of cryptography")),
    12: (4, 4, "Tingkat Kematangan Kapabilitas Penanganan Insiden Siber", (2, 3, 1, 1, 1), "upload",
         ("penanganan insiden siber", "cyber incident handling")),
    13: (5, 5, "Tingkat Kematangan Aplikasi Pemerintah Digital", (3, 3, 4, 1, 1), "upload",
         ("aplikasi Pemdi", "Pemdi applications")),
    14: (5, 5, "Tingkat Kematangan Infrastruktur Pemerintah Digital", (4, 2, 2, 1, 2), "upload",
         ("infrastruktur Pemdi", "Pemdi infrastructure")),
    15: (6, 4, "Keterpaduan Proses Bisnis Pemdi Lintas Unit dan Instansi", (2, 3, 2, 3, 2), "upload",
         ("arsitektur proses bisnis", "business-process architecture")),
    16: (6, 4, "Integrasi Aplikasi", (3, 2, 1, 2, 2), "upload", ("integrasi aplikasi", "application integration")),
    17: (6, 4, "Portal Layanan Digital Pemerintah", (2, 2, 4, 3, 2), "upload",
         ("portal layanan digital", "digital service portal")),
    18: (6, 3, "Interoperabilitas Data", (2, 2, 2, 2, 2), "hybrid",
         ("interoperabilitas data", "data interoperability")),
    19: (7, 10, "Fasilitas Dukungan Pengguna Layanan Digital Pemerintah", (2, 1, 1, 3, 2), "upload",
         ("dukungan pengguna dan SLA", "user support and SLA")),
    20: (7, 15, "Tingkat Pengelolaan Kepuasan Pengguna Layanan Digital Pemerintah", (4, 3, 6, 5, 5), "upload",
         ("pengelolaan kepuasan pengguna", "user-satisfaction management")),
}
NAMES_EN = {
    1: "Digital Government Governance Maturity", 2: "Digital Government Service Management Maturity",
    3: "Digital Government Human Resources Maturity", 4: "Digital Government Collaboration Maturity",
    5: "Data Governance Maturity", 6: "Geospatial Information Maturity", 7: "Statistical Development Maturity",
    8: "Personal Data Protection Maturity", 9: "Digital Government Security and Technology Audit Maturity",
    10: "Digital Government Security Maturity", 11: "Cryptography for Data Security Maturity",
    12: "Cyber Incident Handling Capability Maturity", 13: "Digital Government Application Maturity",
    14: "Digital Government Infrastructure Maturity", 15: "Cross-Unit and Cross-Agency Business Process Integration",
    16: "Application Integration", 17: "Digital Government Service Portal", 18: "Data Interoperability",
    19: "User Support Facilities for Digital Government Services",
    20: "User Satisfaction Management of Digital Government Services",
}
EXTERNAL_INDEX = {5: "Indeks Satu Data Indonesia (SDI)", 6: "Simpul Jaringan Informasi Geospasial (SJIG)",
                  7: "Indeks Pembangunan Statistik (IPS)", 18: "Indeks SDI, aspek interoperabilitas"}
PORTAL = {"accepted": ("diterima", "accepted"), "wrong_evidence": ("tidak tepat", "wrong evidence"),
          "missing": ("belum diunggah", "not uploaded"), "auto_rejected": ("otomatis ditolak", "automatically rejected")}
STEPS = {1: 0.5, 2: 1.0, 3: 1.0, 4: 0.5, 5: 1.0}

RENJA = "I1_Tata_Kelola/Rancangan Renja Diskominfo 2027.pdf"
RPJMD = "I1_Tata_Kelola/Perda 3 2025 RPJMD 2025-2029.pdf"
NOTULEN_EVAL = "I1_Tata_Kelola/Notulen Rapat Evaluasi SPBE 2025.pdf"
DPA_REKAP = "I1_Tata_Kelola/DPA Diskominfo 2026 (rekap).pdf"
PETA_KOMPETENSI = "I3_SDM/Peta Kompetensi Digital ASN 2026.xlsx"
UPSKILLING = "I3_SDM/Laporan Peningkatan Kompetensi ASN 2026.pdf"
MYASN_LOGIN = "I3_SDM/myasn_login.png"
SK_TIM_KOORD = "I4_Kolaborasi/SK Bupati Tim Koordinasi Pemdi 2026.pdf"
NOTULEN_OPD = "I4_Kolaborasi/Notulen Rapat Koordinasi Antar-OPD.docx"
PKS_BPS = "I4_Kolaborasi/PKS Diskominfo - BPS Sukamaju.pdf"
SK_ASESOR = "I9_Audit/SK Tim Asesor Internal Pemdi 2026 (scan).pdf"
INDEKS_KAMI = "I10_Keamanan/Laporan Indeks KAMI 2024.pdf"
INSIDEN = "I12_Insiden/Rekap Insiden Siber 2026.xlsx"
SK_TTIS = "I12_Insiden/SK TTIS Sukamaju-CSIRT.pdf"
SIAP_APLIKASI = "I13_Aplikasi/SIAP Digital - daftar aplikasi.png"
INTRANET = "I14_Infrastruktur/Tangkapan layar intranet.png"
PERBUP_PASAL = "I15_Proses_Bisnis/Perbup 7 2024 Pasal 12.pdf"
SIAP_DATA = "I18_Interoperabilitas/SIAP Digital - arsitektur data.png"
PORTAL_PD = "I17_Portal/Portal layanan PD.png"
RENCANA_PORTAL = "I17_Portal/Rencana Integrasi Layanan Portal 2026.pdf"
SLA = "I19_Dukungan_Pengguna/SK Standar Layanan dan SLA.pdf"
DAFTAR_SLA = "I19_Dukungan_Pengguna/Daftar Layanan ber-SLA.xlsx"
SKM = "I20_Kepuasan/Laporan SKM 2025.pdf"
MYSTERY = "I20_Kepuasan/Laporan Mystery Guest 2026.pdf"
BROKEN = "I2_Manajemen_Layanan/scan_rusak.pdf"

# Items with their own wording; (text id, text en, expected id, expected en). Others get a generic wording.
WORDING: dict[str, tuple[str, str, str, str]] = {
    "I1-L1-01": ("Rancangan RPJMD/Renstra/Renja yang memuat rencana aksi Pemdi",
                 "Draft RPJMD/Renstra/Renja holding the Pemdi action plan",
                 "Rancangan atau dokumen perencanaan yang memuat muatan rencana aksi Pemdi (rancangan diterima)",
                 "A draft or planning document holding Pemdi action-plan content (a draft is accepted)"),
    "I1-L2-01": ("Dokumen perencanaan yang ditetapkan memuat sebagian rencana aksi",
                 "Enacted planning document holding part of the action plan",
                 "RPJMD/Renstra/Renja yang telah ditetapkan dengan muatan rencana aksi Pemdi",
                 "An enacted RPJMD/Renstra/Renja with Pemdi action-plan content"),
    "I1-L2-02": ("Arsitektur di SIAP Digital untuk sebagian layanan", "SIAP Digital architecture for some services",
                 "Tangkapan layar/ekspor SIAP Digital yang menampilkan nama instansi dan tanggal",
                 "A SIAP Digital screenshot or export showing the agency name and date"),
    "I1-L2-03": ("Konsolidasi rencana aksi oleh Tim Koordinasi Pemdi",
                 "Action-plan consolidation by the Pemdi Coordination Team",
                 "Undangan, daftar hadir dan notulen rapat konsolidasi perencanaan rencana aksi",
                 "Invitation, attendance list and minutes of the action-plan consolidation meeting"),
    "I1-L2-04": ("RKA/DPA yang mendanai sebagian rencana aksi", "RKA/DPA funding part of the action plan",
                 "Halaman RKA/DPA dengan baris sub kegiatan 2.16.03.2.02 (Pengelolaan E-Government)",
                 "The RKA/DPA page with the sub-activity line 2.16.03.2.02 (e-government management)"),
    "I1-L3-01": ("Seluruh rencana aksi ditetapkan dalam dokumen perencanaan",
                 "The whole action plan adopted in the plans", "", ""),
    "I3-L1-01": ("Peta kompetensi digital ASN", "Map of civil servants' digital competence", "", ""),
    "I3-L1-02": ("Laporan peningkatan kompetensi ASN", "Upskilling report", "", ""),
    "I3-L1-04": ("Komunitas belajar digital", "Digital learning community", "", ""),
    "I3-L1-05": ("Dasbor instansi di myasn.bkn.go.id", "Agency dashboard on myasn.bkn.go.id",
                 "Tangkapan layar dasbor instansi di myasn.bkn.go.id (bukan halaman masuk)",
                 "A screenshot of the agency dashboard on myasn.bkn.go.id (not the login page)"),
    "I4-L1-01": ("Keputusan pembentukan Tim Koordinasi Pemdi", "Decree forming the Pemdi Coordination Team",
                 "SK Tim Koordinasi Pemdi yang ditetapkan", "The enacted Pemdi Coordination Team decree"),
    "I4-L1-02": ("Rencana kolaborasi antar-unit dalam rencana aksi", "Inter-unit collaboration plan in the action plan",
                 "Baris rencana aksi atau dokumen perencanaan tentang kolaborasi antar-unit (SK tim saja tidak cukup)",
                 ("An action-plan line or planning document on inter-unit collaboration (the team decree alone "
                 "is not it)")),
    "I4-L1-03": ("Catatan kegiatan kolaborasi antar-unit", "Records of inter-unit collaboration", "", ""),
    "I4-L2-02": ("MoU/PKS dan catatan kolaborasi dengan instansi lain", "MoU/PKS and records with other agencies",
                 "", ""),
    "I9-L1-01": ("Tim audit yang ditetapkan Koordinator Pemdi", "Audit team set by the Pemdi Coordinator",
                 "SK tim audit internal yang ditetapkan Koordinator Pemdi (bukan SK Tim Asesor Internal)",
                 "Decree of the internal audit team set by the Pemdi Coordinator (not the internal assessor team)"),
    "I9-L1-02": ("Rencana audit", "Audit plan", "", ""),
    "I10-L1-01": ("Hasil IKASANDI area Keamanan Siber pada rentang tingkat 1",
                  "IKASANDI cyber-security result in the level 1 band",
                  "Hasil IKASANDI (BSSN) paling lama satu tahun; laporan Indeks KAMI tidak menggantikannya",
                  "An IKASANDI (BSSN) result at most one year old; an Indeks KAMI report does not replace it"),
    "I12-L1-01": ("Catatan insiden siber", "Cyber-incident records", "", ""),
    "I12-L1-02": ("Hasil IKASANDI area Penanganan Insiden Siber tingkat 1", "IKASANDI incident-handling result, band 1",
                  "", ""),
    "I12-L2-01": ("Keputusan pembentukan TTIS/CSIRT", "TTIS/CSIRT decree", "", ""),
    "I13-L1-01": ("Bukti pembangunan aplikasi terdokumentasi", "Documented application development", "", ""),
    "I13-L1-02": ("Rencana aksi dengan kegiatan pembangunan aplikasi", "Action plan with an app-development line", "", ""),
    "I14-L1-02": ("Tangkapan layar penggunaan intranet", "Screenshot of intranet use", "", ""),
    "I15-L1-02": ("Tangkapan layar arsitektur proses bisnis di SIAP Digital",
                  "Screenshot of the process architecture in SIAP Digital",
                  "Tangkapan layar SIAP Digital; pasal peraturan bupati tidak menggantikannya",
                  "A SIAP Digital screenshot; an article of a regent's regulation does not replace it"),
    "I17-L1-01": ("Portal layanan instansi", "The agency's service portal", "", ""),
    "I17-L1-02": ("Portal layanan daerah", "The regional service portal", "", ""),
    "I17-L2-01": ("Rencana layanan yang akan diintegrasikan", "Plan of the services to merge", "", ""),
    "I17-L2-02": ("Portal dengan sebagian layanan peristiwa hidup", "Portal with some life-event services", "", ""),
    "I18-L1-01": ("Arsitektur data di SIAP Digital", "Data architecture in SIAP Digital", "", ""),
    "I19-L1-01": ("Dokumen SLA", "SLA document", "", ""),
    "I19-L1-02": ("Dasbor pemantauan SLA per proses", "SLA-monitoring dashboard per process",
                  "Tangkapan layar dasbor pemantauan SLA; daftar layanan ber-SLA tidak cukup",
                  "A screenshot of the SLA-monitoring dashboard; a list of services with SLAs is not enough"),
    "I20-L1-01": ("Hasil survei kepuasan di portal instansi", "Survey results on the agency portal", "", ""),
    "I20-L1-02": ("Jumlah transaksi satu tahun", "One year's transaction count", "", ""),
    "I20-L1-03": ("Keterlibatan kelompok rentan dalam survei", "A vulnerable group taking part in the survey", "", ""),
    "I20-L1-04": ("Bukti tindak lanjut hasil survei", "Proof of the survey follow-up",
                  "Laporan tindak lanjut hasil survei (perbaikan yang sudah dilakukan)",
                  "A follow-up report on the survey (improvements made)"),
    "I20-L3-06": ("Laporan mystery guest", "Mystery-guest report", "", ""),
}

# item code: (verdict, documents as (path, pages, excerpt, rule), reason id, reason en)
VERDICTS: dict[str, tuple[str, tuple[tuple[str, tuple[int, ...], str], ...], str, str]] = {
    "I1-L1-01": ("accepted", ((RENJA, (4, 5), "Matriks muatan Rencana Aksi Pemdi terhadap program Renja"),),
                 "Didukung oleh Rancangan Renja Diskominfo 2027 (rancangan diterima pada tingkat 1).",
                 "Backed by the draft Renja Diskominfo 2027 (a draft is accepted at level 1)."),
    "I1-L2-01": ("accepted", ((RPJMD, (112,), "strategi 4.3 penerapan Rencana Aksi Pemerintah Digital"),),
                 "Didukung oleh Perda Nomor 3 Tahun 2025 tentang RPJMD 2025-2029.",
                 "Backed by Perda 3/2025 on the RPJMD 2025-2029."),
    "I1-L2-03": ("wrong_evidence", ((NOTULEN_EVAL, (1,), "rapat evaluasi pelaksanaan SPBE tahun 2025"),),
                 "Notulen Rapat Evaluasi SPBE 2025 adalah notulen evaluasi, bukan konsolidasi perencanaan rencana aksi.",
                 "The 2025 SPBE evaluation minutes record an evaluation, not the action-plan planning consolidation."),
    "I1-L2-04": ("wrong_evidence", ((DPA_REKAP, (1,), "REKAPITULASI DPA SKPD — Total 14.250.000.000"),),
                 ("DPA Diskominfo 2026 (rekap) tidak memuat baris sub kegiatan yang diminta (kode 2.16.03…); "
                 "halaman rekapitulasi tidak cukup."),
                 ("DPA Diskominfo 2026 (recap) has no line for the sub-activity asked for (code 2.16.03…); "
                 "a recap page is not enough.")),
    "I1-L3-01": ("auto_rejected", ((RPJMD, (112,), "strategi 4.3 penerapan Rencana Aksi Pemerintah Digital"),),
                 "Otomatis ditolak: level 2 masih memiliki butir yang belum diterima.",
                 "Automatically rejected: level 2 still has an item that is not accepted."),
    "I3-L1-01": ("accepted", ((PETA_KOMPETENSI, (1,), "Peta Kompetensi Digital ASN — 1.204 pegawai"),), "", ""),
    "I3-L1-02": ("accepted", ((UPSKILLING, (3,), "pelatihan literasi digital diikuti 412 ASN"),), "", ""),
    "I3-L1-05": ("wrong_evidence", ((MYASN_LOGIN, (1,), "Masuk — MyASN — Username — Kata sandi"),),
                 "myasn_login.png adalah tangkapan layar halaman masuk, bukan bukti layanan berjalan.",
                 "myasn_login.png is a screenshot of a login page, not evidence of a running service."),
    "I4-L1-01": ("accepted", ((SK_TIM_KOORD, (1, 2), f"MEMBENTUK TIM KOORDINASI PEMERINTAH DIGITAL {JINJA_TEXT}"),),
                 "", ""),
    "I4-L1-02": ("wrong_evidence", ((SK_TIM_KOORD, (2,), "Tim Koordinasi bertugas menyusun rencana kolaborasi"),),
                 "SK Tim Koordinasi Pemdi menetapkan tim, bukan rencana kolaborasi antar-unit dalam rencana aksi.",
                 "The Pemdi Coordination Team decree forms the team; it is not the inter-unit collaboration plan."),
    "I4-L1-03": ("accepted", ((NOTULEN_OPD, (1,), f"rapat koordinasi antar-OPD integrasi data {IMG_TEXT}"),), "", ""),
    "I4-L2-02": ("auto_rejected", ((PKS_BPS, (1,), "PERJANJIAN KERJA SAMA pertukaran data statistik sektoral"),),
                 "Otomatis ditolak: level 1 masih memiliki butir yang belum diterima.",
                 "Automatically rejected: level 1 still has an item that is not accepted."),
    "I5-L1-01": ("accepted", ((EXTERNAL_DOC, (), "Indeks Satu Data Indonesia (SDI) = 56.25 (2026-08-20)"),), "", ""),
    "I5-L2-01": ("accepted", ((EXTERNAL_DOC, (), "Indeks Satu Data Indonesia (SDI) = 56.25 (2026-08-20)"),), "", ""),
    "I5-L3-01": ("accepted", ((EXTERNAL_DOC, (), "Indeks Satu Data Indonesia (SDI) = 56.25 (2026-08-20)"),), "", ""),
    "I5-L4-01": ("wrong_evidence", ((EXTERNAL_DOC, (), "Indeks Satu Data Indonesia (SDI) = 56.25"),),
                 "Nilai SDI 56.25 belum mencapai rentang level 4.", "The SDI value 56.25 does not reach the level 4 band."),
    "I9-L1-01": ("wrong_evidence", ((SK_ASESOR, (1,), "KEPUTUSAN BUPATI ... TIM ASESOR INTERNAL EVALUASI PEMDI"),),
                 "SK Tim Asesor Internal adalah dokumen proses evaluasi, bukan tim audit yang ditetapkan Koordinator Pemdi.",
                 ("The internal assessor team decree is a process document, not the audit team set by the Pemdi "
                 "Coordinator.")),
    "I10-L1-01": ("wrong_evidence", ((INDEKS_KAMI, (1, 7), "Hasil Evaluasi Indeks KAMI versi 4.2 — skor 312"),),
                  "Laporan Indeks KAMI 2024 adalah hasil Indeks KAMI, sedangkan butir ini meminta hasil IKASANDI.",
                  "The 2024 Indeks KAMI report is an Indeks KAMI result, while this item asks for an IKASANDI result."),
    "I12-L1-01": ("accepted", ((INSIDEN, (1,), "Rekap insiden: 14 kejadian, 12 selesai ditangani"),), "", ""),
    "I12-L2-01": ("auto_rejected", ((SK_TTIS, (1,), "PEMBENTUKAN TIM TANGGAP INSIDEN SIBER SUKAMAJU-CSIRT"),),
                  "Otomatis ditolak: level 1 masih memiliki butir yang belum diterima.",
                  "Automatically rejected: level 1 still has an item that is not accepted."),
    "I13-L1-01": ("accepted", ((SIAP_APLIKASI, (1,), "SIAP Digital — Aplikasi — Kabupaten Sukamaju — 37 aplikasi"),),
                  "", ""),
    "I13-L1-02": ("accepted", ((RENJA, (9,), "2.16.03.2.02 Pengembangan aplikasi layanan publik terpadu"),), "", ""),
    "I14-L1-02": ("accepted", ((INTRANET, (1,), "intranet.sukamajukab.go.id — Jaringan Intra Pemerintah"),), "", ""),
    "I15-L1-02": ("wrong_evidence", ((PERBUP_PASAL, (3,), "Pasal 12 Arsitektur proses bisnis disusun oleh ..."),),
                  "Pasal peraturan bupati bukan tangkapan layar arsitektur proses bisnis di SIAP Digital.",
                  ("An article of the regent's regulation is not a screenshot of the process architecture in SIAP "
                  "Digital.")),
    "I17-L1-01": ("accepted", ((PORTAL_PD, (1,), "Portal Layanan Dinas Kependudukan — 18 layanan daring"),), "", ""),
    "I17-L1-02": ("accepted", ((XSS_NAME, (1,), f"layanan.sukamajukab.go.id {IMG_TEXT}"),), "", ""),
    "I17-L2-01": ("accepted", ((RENCANA_PORTAL, (2, 3), "daftar 42 layanan yang akan diintegrasikan ke portal"),),
                  "", ""),
    "I18-L1-01": ("accepted", ((SIAP_DATA, (1,), "SIAP Digital — Arsitektur Data — Kabupaten Sukamaju"),), "", ""),
    "I19-L1-01": ("accepted", ((SLA, (2,), "standar waktu penyelesaian layanan (SLA) 3 hari kerja"),), "", ""),
    "I19-L1-02": ("wrong_evidence", ((DAFTAR_SLA, (1,), "Daftar layanan dan SLA per layanan"),),
                  "Daftar layanan ber-SLA bukan dasbor pemantauan SLA.",
                  "A list of services with SLAs is not an SLA-monitoring dashboard."),
    "I20-L1-01": ("accepted", ((SKM, (1, 4), "Indeks Kepuasan Masyarakat 82,4 dipublikasikan di portal"),), "", ""),
    "I20-L1-03": ("accepted", ((SKM, (6,), "responden penyandang disabilitas 23 orang, lansia 41 orang"),), "", ""),
    "I20-L1-04": ("wrong_evidence", ((SKM, (8,), "rekomendasi perbaikan waktu layanan"),),
                  "Laporan SKM 2025 tidak menunjukkan tindak lanjut.", "The 2025 SKM report shows no follow-up."),
    "I20-L3-06": ("auto_rejected", ((MYSTERY, (1,), "Laporan Mystery Guest layanan perizinan"),),
                  "Otomatis ditolak: level 1 masih memiliki butir yang belum diterima.",
                  "Automatically rejected: level 1 still has an item that is not accepted."),
}
CLAIMED_ITEMS = {"I1-L1-01": True, "I1-L2-01": True, "I1-L2-03": True, "I1-L2-04": True,
                 "I4-L1-01": True, "I4-L1-02": True, "I4-L1-03": True,
                 "I20-L1-01": True, "I20-L1-02": True, "I20-L1-03": False, "I20-L1-04": True}
CLAIMED_LEVELS = {2: 2, 4: 2, 17: 2, 19: 2}
INTERVIEW_ONLY = {"I3-L1-04", "I20-L4-03"}
UNCONFIRMED_INDICATORS = {6, 9, 11, 12, 20}  # level placement not yet confirmed against the Lampiran
SDI_VALUE = 56.25


def _code(ind: int, level: int, nn: int) -> str:
    return f"I{ind}-L{level}-{nn:02d}"


def _item(ind: int, level: int, nn: int) -> ItemVerdict:
    code = _code(ind, level, nn)
    subject_id, subject_en = INDICATORS[ind][5]
    text, text_en, expected, expected_en = WORDING.get(code, ("", "", "", ""))
    text = text or f"Bukti {subject_id} tingkat {level}, butir {nn:02d}"
    text_en = text_en or f"Evidence of {subject_en}, level {level}, item {nn:02d}"
    expected = expected or f"Dokumen {subject_id} yang memenuhi kriteria tingkat {level}"
    expected_en = expected_en or f"A {subject_en} document meeting the level {level} criterion"
    verdict, docs, reason, reason_en = VERDICTS.get(code, ("missing", (), "", ""))
    if verdict == "missing":
        reason, reason_en = "Tidak ada dokumen yang sesuai untuk butir ini.", "No document fits this item."
    elif not reason:
        reason = f"Didukung oleh {docs[0][0].rsplit('/', 1)[-1]}."
        reason_en = f"Backed by {docs[0][0].rsplit('/', 1)[-1]}."
    return ItemVerdict(
        code=code, level=level, verdict=verdict,  # type: ignore[arg-type]
        documents=tuple(ItemDocument(p, pages, excerpt, rule=code) for p, pages, excerpt in docs),
        reason=reason, reason_en=reason_en, expected=expected, expected_en=expected_en, text=text, text_en=text_en,
        claimed=CLAIMED_ITEMS.get(code), unconfirmed=ind in UNCONFIRMED_INDICATORS and level >= 2,
        interview_only=code in INTERVIEW_ONLY)


def _items(ind: int) -> tuple[ItemVerdict, ...]:
    counts = INDICATORS[ind][3]
    return tuple(_item(ind, lvl, nn) for lvl in range(1, 6) for nn in range(1, counts[lvl - 1] + 1))


def value_of(per_level: dict[int, tuple[int, int]]) -> float:
    """The judge's estimate model: each level adds its step × share accepted, while lower levels are complete."""
    value = 1.0
    for lvl in range(1, 6):
        got, total = per_level.get(lvl, (0, 0))
        if total == 0:
            continue
        value += STEPS[lvl] * got / total
        if got < total:
            break
    return min(5.0, value)


def _per_level(items: tuple[ItemVerdict, ...], accepted: object) -> dict[int, tuple[int, int]]:
    out: dict[int, tuple[int, int]] = {}
    for it in items:
        got, total = out.get(it.level, (0, 0))
        out[it.level] = (got + bool(accepted(it)), total + 1)  # type: ignore[operator]
    return out


def band_level(value: float) -> int:
    """Band owning a value; edges belong to the band below (the 2026 assessors' practice)."""
    for level, top in ((1, 1.5), (2, 2.5), (3, 3.5), (4, 4.0)):
        if value <= top + 1e-9:
            return level
    return 5


def predicate(value: float, lang: str = "id") -> str:
    names = {"id": ("Kurang", "Cukup", "Baik", "Sangat Baik", "Memuaskan"),
             "en": ("Poor", "Fair", "Good", "Very Good", "Satisfactory")}
    return names[lang][band_level(value) - 1]


def _status(items: tuple[ItemVerdict, ...]) -> str:
    if any(i.verdict == "accepted" for i in items):
        return "supported" if all(i.verdict == "accepted" for i in items if i.level == 1) else "weak"
    return "weak" if any(i.verdict in ("wrong_evidence", "auto_rejected") for i in items) else "missing"


def _finding(code: str, message: str, message_en: str, severity: str = "warning", fix: str = "",
             fix_en: str = "") -> Finding:
    return Finding(code, severity, message, message_en, fix, fix_en, rule=f"items.{code}")  # type: ignore[arg-type]


def _findings(ind: int, items: tuple[ItemVerdict, ...], level: int) -> list[Finding]:
    out: list[Finding] = []
    code = f"I{ind}"
    if ind in (6, 7, 18):
        out.append(_finding("EXTERNAL_PENDING", f"Menunggu indeks eksternal: {EXTERNAL_INDEX[ind]}; nilai 1,00 "
                            "dipakai sementara.", f"Awaiting external index: {EXTERNAL_INDEX[ind]}; 1.00 is used "
                            "meanwhile.", "info", "Isi nilainya dengan --indeks-eksternal bila sudah terbit.",
                            "Supply it with --indeks-eksternal once published."))
    for it in items:
        if it.claimed is True and it.verdict != "accepted":
            out.append(_finding("OVERCLAIM", f"Butir {it.code} diklaim ya, tetapi putusannya {PORTAL[it.verdict][0]}: "
                                f"{it.reason}", f"Item {it.code} is claimed yes, but its verdict is "
                                f"{PORTAL[it.verdict][1]}: {it.reason_en}"))
        elif it.claimed is False and it.verdict == "accepted":
            out.append(_finding("UNDERCLAIM", f"Butir {it.code} diklaim tidak, padahal buktinya diterima.",
                                f"Item {it.code} is claimed no, yet its evidence is accepted.", "info"))
    claimed = CLAIMED_LEVELS.get(ind)
    if claimed is not None and claimed > level:
        out.append(_finding("OVERCLAIM", f"{code}: klaim tingkat {claimed}, bukti mendukung tingkat {level}.",
                            f"{code}: level {claimed} claimed, the evidence supports level {level}."))
    if any(i.interview_only for i in items):
        codes = ", ".join(i.code for i in items if i.interview_only)
        out.append(_finding("NEEDS_INTERVIEW", f"Butir {codes} hanya dapat dinilai saat interviu.",
                            f"Items {codes} can only be judged at the interview.", "info"))
    return out


def _recommendation(ind: int, items: tuple[ItemVerdict, ...]) -> tuple[str, str]:
    open_items = [i for i in items if i.verdict != "accepted"]
    if not open_items:
        return "Semua butir diterima; pertahankan dan perbarui buktinya.", "Every item is accepted; keep it current."
    target = min(i.level for i in open_items)
    these = [i for i in open_items if i.level == target]
    parts_id = [f"{i.code}: {i.expected}" + (f" (perbaiki {i.documents[0].path})" if i.verdict == "wrong_evidence"
                                              else "") + "." for i in these]
    parts_en = [f"{i.code}: {i.expected_en}" + (f" (fix {i.documents[0].path})" if i.verdict == "wrong_evidence"
                                                 else "") + "." for i in these]
    return (f"Untuk melengkapi tingkat {target} I{ind}: " + " ".join(parts_id),
            f"To complete level {target} of I{ind}: " + " ".join(parts_en))


def verdicts(lang: str = "id") -> tuple[list[IndicatorVerdict], dict[int, float], dict[int, float]]:
    """The 20 verdicts, plus the supported and claimed values per indicator (full precision)."""
    out, values, claimed_values = [], {}, {}
    for ind, (aspect, weight, name, _, source, _) in INDICATORS.items():
        items = _items(ind)
        level = supported_level(items)
        external = None
        if ind in EXTERNAL_INDEX and ind == 5:
            value = 1 + SDI_VALUE / 25
            external = {"index": EXTERNAL_INDEX[ind], "value": SDI_VALUE, "date": "2026-08-20",
                        "source": "indeks_eksternal.csv", "converted": round(value, 2), "pending": False}
            level = band_level(value)
        elif ind in EXTERNAL_INDEX:
            value = 1.0
            external = {"index": EXTERNAL_INDEX[ind], "value": None, "date": None, "source": None,
                        "converted": 1.0, "pending": True}
            level = band_level(value)
        else:
            value = value_of(_per_level(items, lambda i: i.verdict == "accepted"))
        values[ind] = value
        if any(i.claimed is not None for i in items):
            claimed_values[ind] = value_of(_per_level(items, lambda i: i.claimed))
        elif ind in CLAIMED_LEVELS:
            claimed_values[ind] = {1: 1.5, 2: 2.5, 3: 3.5, 4: 4.0, 5: 5.0}[CLAIMED_LEVELS[ind]]
        else:
            claimed_values[ind] = value
        rec, rec_en = _recommendation(ind, items)
        docs = tuple(dict.fromkeys(d.path for i in items if i.verdict == "accepted" for d in i.documents))
        out.append(IndicatorVerdict(
            id=ind, name=NAMES_EN[ind] if lang == "en" else name, domain=None, aspect=aspect, weight=weight, level=level,
            claimed_level=CLAIMED_LEVELS.get(ind), status=_status(items), documents=docs,  # type: ignore[arg-type]
            findings=tuple(_findings(ind, items, level)), recommendation=rec, recommendation_en=rec_en,
            needs_interview=any(i.interview_only for i in items), code=f"I{ind}", value=round(value + 1e-9, 2),
            source=source, items=items, external=external))
    return out, values, claimed_values


def _r(x: float) -> float:
    return round(x + 1e-9, 2)


def index_for(values: dict[int, float], claimed: dict[int, float], lang: str = "id") -> IndexEstimate:
    def aspect_value(vals: dict[int, float], a: int) -> float:
        return sum(w * vals[i] for i, (asp, w, *_rest) in INDICATORS.items() if asp == a) / ASPECTS[a][2]

    aspects = tuple(AreaIndex(a, name_en if lang == "en" else name, w, _r(aspect_value(values, a)),
                              _r(aspect_value(claimed, a)), predicate(aspect_value(values, a), lang))
                    for a, (name, name_en, w) in ASPECTS.items())
    sup = sum(ASPECTS[a][2] * aspect_value(values, a) for a in ASPECTS) / 100
    cla = sum(ASPECTS[a][2] * aspect_value(claimed, a) for a in ASPECTS) / 100
    return IndexEstimate(_r(sup), _r(cla), predicate(sup, lang), predicate(cla, lang), aspects, ())


def _backing(path: str, vs: list[IndicatorVerdict]) -> tuple[IndicatorMatch, ...]:
    by_ind: dict[int, list[Evidence]] = {}
    for v in vs:
        for it in v.items:
            if it.verdict != "accepted":
                continue
            for d in it.documents:
                if d.path == path:
                    by_ind.setdefault(v.id, []).append(
                        Evidence(it.code, d.excerpt, d.pages[0] if d.pages else None, "indicator"))
    return tuple(IndicatorMatch(i, 1.0, tuple(evs)) for i, evs in sorted(by_ind.items()))


def _doc(path: str, fmt: str, doc_type: str, title: str, text: str, **kw: object) -> Document:
    return Document(path, sha256=hashlib.sha256(path.encode()).hexdigest(), size=len(text) * 97, format=fmt,
                    page_count=int(kw.pop("page_count", 1)),  # type: ignore[arg-type]
                    pages=(Page(1, text, "ocr" if fmt == "image" else "text"),),
                    extraction=Extraction("ocr" if fmt == "image" else "text", 1 if fmt == "image" else 0,
                                          88.0 if fmt == "image" else None, 0.3, False, "fixture"),
                    doc_type=doc_type, title=title, agency="Kabupaten Sukamaju", **kw)  # type: ignore[arg-type]


def documents(vs: list[IndicatorVerdict]) -> list[Document]:
    draft = Finding("DRAFT_DOCUMENT", "warning", "Dokumen masih rancangan (tertulis RANCANGAN).",
                    "The document is still a draft (it says RANCANGAN).", page=1)
    stale = Finding("STALE", "warning", "Hasil Indeks KAMI tahun 2024 lebih tua dari satu tahun sebelum periode 2026.",
                    "The 2024 Indeks KAMI result is older than one year before the 2026 period.",
                    "Unggah hasil IKASANDI terbaru dari BSSN.", "Upload the latest IKASANDI result from BSSN.")
    docs = [
        _doc(RENJA, "pdf", "dokumen_perencanaan", "Rancangan Renja Diskominfo 2027",
             "RANCANGAN RENCANA KERJA DINAS KOMUNIKASI DAN INFORMATIKA 2027", page_count=24, status="draft",
             year=2026, subtype="renja", findings=(draft,)),
        _doc(RPJMD, "pdf", "perda", "RPJMD Kabupaten Sukamaju 2025-2029",
             "PERATURAN DAERAH KABUPATEN SUKAMAJU NOMOR 3 TAHUN 2025 TENTANG RPJMD", page_count=240,
             status="enacted", number="3", year=2025, issuer="Kabupaten Sukamaju", subtype="rpjmd"),
        _doc(NOTULEN_EVAL, "pdf", "notulen", "Notulen Rapat Evaluasi SPBE 2025", "NOTULEN RAPAT EVALUASI SPBE",
             page_count=3, date="2025-11-20", year=2025),
        _doc(DPA_REKAP, "pdf", "dokumen_perencanaan", "DPA Diskominfo 2026", "REKAPITULASI DPA SKPD", page_count=1,
             year=2026, subtype="dpa"),
        _doc(PETA_KOMPETENSI, "xlsx", "laporan", "Peta Kompetensi Digital ASN", "Peta Kompetensi Digital ASN",
             year=2026),
        _doc(UPSKILLING, "pdf", "laporan", "Laporan Peningkatan Kompetensi ASN 2026", "LAPORAN", page_count=9,
             year=2026),
        _doc(MYASN_LOGIN, "image", "tangkapan_layar", "", "Masuk MyASN Username Kata sandi"),
        _doc(SK_TIM_KOORD, "pdf", "keputusan", "Tim Koordinasi Pemerintah Digital",
             f"KEPUTUSAN BUPATI SUKAMAJU NOMOR 100.3.3.2/45/2026 {JINJA_TEXT}", page_count=5, status="enacted",
             number="100.3.3.2/45/2026", year=2026, issuer="Bupati Sukamaju", subtype="sk_tim_koordinasi"),
        _doc(NOTULEN_OPD, "docx", "notulen", "Notulen Rapat Koordinasi Antar-OPD", "NOTULEN", year=2026),
        _doc(PKS_BPS, "pdf", "lainnya", "Perjanjian Kerja Sama Pertukaran Data", "PERJANJIAN KERJA SAMA",
             page_count=6, year=2026),
        replace(_doc(SK_ASESOR, "pdf", "keputusan", "Tim Asesor Internal Evaluasi Pemdi", "KEPUTUSAN BUPATI",
                     page_count=3, status="enacted", year=2026, subtype="sk_tim_asesor"),
                extraction=Extraction("ocr", 3, 64.0, 8.0, False, "fixture"),
                findings=(Finding("LOW_OCR_CONFIDENCE", "warning", "Halaman 1 terbaca dengan keyakinan OCR rendah (61).",
                                  "Page 1 was read with low OCR confidence (61).", page=1),)),
        _doc(INDEKS_KAMI, "pdf", "laporan", "Laporan Hasil Evaluasi Indeks KAMI 2024", "INDEKS KAMI", page_count=12,
             year=2024, subtype="hasil_indeks", findings=(stale,)),
        _doc(INSIDEN, "xlsx", "laporan", "Rekap Insiden Siber 2026", "Rekap insiden", year=2026),
        _doc(SK_TTIS, "pdf", "keputusan", "Tim Tanggap Insiden Siber", "KEPUTUSAN", page_count=4, status="enacted",
             year=2026),
        _doc(SIAP_APLIKASI, "image", "tangkapan_layar", "SIAP Digital Aplikasi", "SIAP Digital Aplikasi"),
        _doc(INTRANET, "image", "tangkapan_layar", "", "intranet"),
        _doc(PERBUP_PASAL, "pdf", "perkada", "Arsitektur Pemerintah Digital", "PERATURAN BUPATI", page_count=4,
             status="enacted", number="7", year=2024, issuer="Bupati Sukamaju"),
        _doc(SIAP_DATA, "image", "tangkapan_layar", "SIAP Digital Arsitektur Data", "SIAP Digital"),
        _doc(PORTAL_PD, "image", "tangkapan_layar", "", "Portal Layanan"),
        _doc(XSS_NAME, "image", "tangkapan_layar", "Portal <b>Sukamaju</b> | `x`", f"layanan {IMG_TEXT}",
             issuer="Diskominfo <script>"),
        _doc(RENCANA_PORTAL, "pdf", "dokumen_perencanaan", "Rencana Integrasi Layanan Portal 2026", "RENCANA",
             page_count=5, year=2026),
        _doc(SLA, "pdf", "keputusan", "Standar Layanan dan SLA", "KEPUTUSAN", page_count=6, status="enacted",
             year=2026),
        _doc(DAFTAR_SLA, "xlsx", "lainnya", "Daftar Layanan ber-SLA", "Daftar layanan", year=2026),
        _doc(SKM, "pdf", "laporan", "Laporan Survei Kepuasan Masyarakat 2025", "LAPORAN SKM", page_count=10, year=2025),
        _doc(MYSTERY, "pdf", "laporan", "Laporan Mystery Guest 2026", "LAPORAN", page_count=7, year=2026),
        Document(BROKEN, sha256="e" * 64, size=1_024, format="pdf", page_count=0,
                 extraction=Extraction("none", 0, None, 0.01, False, "fixture"),
                 findings=(Finding("UNREADABLE", "error", "Berkas tidak dapat dibaca (xref rusak).",
                                   "The file could not be read (broken xref).",
                                   "Ekspor ulang dari dokumen sumber lalu unggah sebagai PDF.",
                                   "Export it again from the source and upload a PDF.", rule="extract.UNREADABLE"),)),
    ]
    return [replace(d, indicators=_backing(d.path, vs)) for d in docs]


def make_pemdi_report(lang: str = "id") -> RunReport:
    vs, values, claimed = verdicts(lang)
    return RunReport(
        tool_version="0.2.0", input_root="/tmp/bukti/Sukamaju", generated_at="2026-09-10T08:00:00+00:00",
        options={"formats": ["html", "json"], "jobs": 2, "use_cache": True, "lang": lang, "tahun": 2026},
        documents=tuple(sorted(documents(vs), key=lambda d: d.path)),
        skipped=({"path": "I1_Tata_Kelola/~$Renja.docx", "reason": "office lock file"},),
        agency=Agency("Kabupaten Sukamaju", True, 22, 26), framework=FRAMEWORK,
        framework_reason=("evaluation period 2026 (2026–2099 use this framework)" if lang == "en"
                          else "periode evaluasi 2026 (2026–2099 memakai kerangka ini)"), period=2026,
        indicators=tuple(vs), index=index_for(values, claimed, lang),
        timings={"total": 12.5}, rules_checksum="fedcba9876543210",
    )


def make_empty_pemdi_report() -> RunReport:
    """An 8/2026 run that read nothing judgeable: no verdicts, no index."""
    full = make_pemdi_report()
    return replace(full, indicators=(), index=None, agency=Agency(None, True),
                   documents=tuple(d for d in full.documents if d.path == BROKEN))
