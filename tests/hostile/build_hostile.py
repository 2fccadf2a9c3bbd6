"""Build the hostile-input folder from code: broken, malicious and odd files next to good ones.

`build_hostile(root, outside)` writes the folder and returns what a run must make of each entry:
`Expect(codes)` for a document (finding codes that must be present; empty = read fine, no error),
or `SKIPPED` for entries discovery must only note. `outside` is a sibling folder holding the targets
of symlinks and XXE references; its content must never show up in a report.

Run as a script to build a folder by hand:  python tests/hostile/build_hostile.py /tmp/hostile
"""
from __future__ import annotations

import io
import os
import socket
import stat
import sys
import zipfile
import zlib
import struct
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # docfactory is a plain helper module

import docfactory as f  # noqa: E402

SECRET = "RAHASIA-LUAR-FOLDER-7731"  # content of files outside the input; must never be read
GOOD_TEXT = ("PERATURAN BUPATI SUKAMAJU\nNOMOR 7 TAHUN 2023\nTENTANG\n"
             "SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\nDengan rahmat Tuhan Yang Maha Esa")
PAGE_TEXT = "Laporan evaluasi sistem pemerintahan berbasis elektronik pemerintah daerah"
XSS_NAME = "<img src=x onerror=alert(1)>.txt"
XSS_TEXT = ("PERATURAN BUPATI SUKAMAJU\nNOMOR 3 TAHUN 2023\nTENTANG\n<script>alert('xss')</script> "
            "<img src=x onerror=alert(2)> {{ 7*7 }} {{ 1234*5 }}\nDengan rahmat Tuhan Yang Maha Esa")


@dataclass(frozen=True)
class Expect:
    codes: tuple[str, ...] = ()  # finding codes that must appear on the document
    text: str = ""  # a phrase that must be in the extracted text ("" = no check)
    why: str = ""  # the hostile input, for the outcome table


SKIPPED = Expect(codes=("SKIPPED",))


@dataclass
class Hostile:
    root: Path
    outside: Path
    expect: dict[str, Expect] = field(default_factory=dict)  # display path -> expectation
    skipped: dict[str, str] = field(default_factory=dict)  # display path -> what it is
    special: list[str] = field(default_factory=list)  # entries that may not exist on this system


# ------------------------------------------------------------------------------------- raw PDF writer
def raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF from object bodies (object 1 = catalog), with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _text_content(lines: list[str], top: int = 780, size: int = 11) -> bytes:
    ops = [b"BT /F1 %d Tf 10 %d Td %d TL" % (size, top, size + 3)]
    for line in lines:
        safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(b"(" + safe.encode("latin-1") + b") '")
    ops.append(b"ET")
    return b"\n".join(ops)


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def active_content_pdf(path: Path, marker: Path) -> Path:
    """A one-page PDF with an OpenAction JavaScript, a document-level script and an embedded file.

    The script would write `marker` if anything ran it (it cannot in a PDF reader that obeys the spec,
    and we must not be such a runner anyway)."""
    js = f"app.alert('jalan'); this.exportDataObject({{cName:'lampiran.exe', nLaunch:2}}); // {marker}".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R /Names << /JavaScript 5 0 R /EmbeddedFiles 7 0 R >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 8 0 R >> >> >>",
        _stream(_text_content(GOOD_TEXT.splitlines())),
        b"<< /Names [(skrip) 6 0 R] >>",
        b"<< /S /JavaScript /JS (" + js.replace(b"(", b"\\(").replace(b")", b"\\)") + b") >>",
        b"<< /Names [(lampiran.exe) 9 0 R] >>",
        FONT,
        b"<< /Type /Filespec /F (lampiran.exe) /UF (lampiran.exe) /EF << /F 10 0 R >> >>",
        _stream(b"MZ\x90\x00 not really a program", b"/Type /EmbeddedFile "),
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw_pdf(objs))
    return path


def many_pages_pdf(path: Path, pages: int = 2000) -> Path:
    """`pages` tiny pages sharing one content stream: a huge page count in ~150 KB."""
    first_page = 5
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(pages))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        _stream(_text_content(["Laporan evaluasi sistem", "pemerintahan berbasis", "elektronik pemerintah daerah",
                               "Kabupaten Sukamaju"], top=170, size=9)),
        FONT,
    ]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>"
    objs.extend(page for _ in range(pages))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw_pdf(objs))
    return path


def broken_xref_pdf(path: Path) -> Path:
    """A good PDF whose xref offsets and startxref are garbage (readers must rebuild the table)."""
    good = f.text_pdf(path, [GOOD_TEXT])
    data = good.read_bytes()
    xref = data.rindex(b"\nxref\n") + 1
    head, tail = data[:xref], data[xref:]
    tail = bytes(b if not (48 <= b <= 57) else 55 for b in tail[: tail.index(b"trailer")]) + tail[tail.index(b"trailer"):]
    start = tail.rindex(b"startxref\n") + len(b"startxref\n")
    end = tail.index(b"\n", start)
    tail = tail[:start] + b"999999" + tail[end:]
    path.write_bytes(head + tail)
    return path


# ------------------------------------------------------------------------------------- images
def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def bomb_png(path: Path, width: int, height: int) -> Path:
    """A real, valid greyscale PNG of width x height black pixels: tiny on disk, huge in memory."""
    comp = zlib.compressobj(9)
    row = b"\x00" * (width + 1)  # filter byte + pixels
    parts = [comp.compress(row) for _ in range(height)]
    parts.append(comp.flush())
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", b"".join(parts)) + _png_chunk(b"IEND", b"")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# ------------------------------------------------------------------------------------- office files
def _rewrite_zip(path: Path, replace_members: dict[str, bytes], add: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(path) as src:
        items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in items:
            dst.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), replace_members.get(name, data),
                         compress_type=zipfile.ZIP_DEFLATED)
        for name, data in (add or {}).items():
            dst.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), data, compress_type=zipfile.ZIP_DEFLATED)
    return path


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_xml(doctype: str, body_text: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{doctype}\n'
            f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>KEPUTUSAN BUPATI SUKAMAJU</w:t></w:r></w:p>'
            f'<w:p><w:r><w:t>{body_text}</w:t></w:r></w:p></w:body></w:document>').encode()


LAUGHS = ('<!DOCTYPE w:document [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
          + "]>")


def docx_xxe(path: Path, secret_file: Path, port: int | None) -> Path:
    """DOCX whose body pulls a local file (and, if `port`, a URL on localhost) through external entities."""
    f.docx_file(path, ["KEPUTUSAN BUPATI SUKAMAJU"])
    net = f'<!ENTITY net SYSTEM "http://127.0.0.1:{port}/bocor">' if port else ""
    doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret_file}">{net}]>'
    return _rewrite_zip(path, {"word/document.xml": _docx_xml(doctype, "isi: &xxe;" + (" &net;" if port else ""))})


def docx_laughs(path: Path) -> Path:
    f.docx_file(path, ["KEPUTUSAN BUPATI SUKAMAJU"])
    return _rewrite_zip(path, {"word/document.xml": _docx_xml(LAUGHS, "&lol9;")})


def _with_doctype(xml: str, doctype: str) -> str:
    """Put a DOCTYPE right after the XML declaration, or first when there is none (openpyxl omits it)."""
    if xml.startswith("<?xml"):
        end = xml.index("?>") + 2
        return xml[:end] + doctype + xml[end:]
    return doctype + xml


def xlsx_xxe(path: Path, secret_file: Path) -> Path:
    f.xlsx_file(path, {"Data": [["Indikator", "Nilai"], ["SPBE", 3]]})
    with zipfile.ZipFile(path) as zf:
        sheet = next(n for n in zf.namelist() if n.startswith("xl/worksheets/sheet"))
        xml = zf.read(sheet).decode()
    doctype = f'<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file://{secret_file}">]>'
    xml = _with_doctype(xml, doctype)
    xml = xml.replace("<c r=\"B2\"", "<c r=\"C2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c><c r=\"B2\"", 1)
    return _rewrite_zip(path, {sheet: xml.encode()})


def xlsx_laughs(path: Path) -> Path:
    f.xlsx_file(path, {"Data": [["Indikator", "Nilai"]]})
    with zipfile.ZipFile(path) as zf:
        sheet = next(n for n in zf.namelist() if n.startswith("xl/worksheets/sheet"))
        xml = zf.read(sheet).decode()
    xml = _with_doctype(xml, LAUGHS.replace("w:document", "worksheet"))
    xml = xml.replace("<c r=\"B1\"", "<c r=\"C1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c><c r=\"B1\"", 1)
    return _rewrite_zip(path, {sheet: xml.encode()})


def office_zip_bomb(path: Path, kind: str) -> Path:
    """A DOCX/XLSX carrying a 40 MB member that deflates ~1000:1."""
    if kind == "docx":
        f.docx_file(path, ["KEPUTUSAN BUPATI SUKAMAJU"])
        name = "word/media/image1.bmp"
    else:
        f.xlsx_file(path, {"Data": [["Indikator", "Nilai"]]})
        name = "xl/media/image1.bmp"
    return _rewrite_zip(path, {}, {name: b"\x00" * (40 * 1024 * 1024)})


# ------------------------------------------------------------------------------------- archives
def _zip_bytes(members: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in members:
            zf.writestr(info, data)
    return buf.getvalue()


def evil_zip(path: Path, good_pdf: bytes) -> Path:
    """Traversal names, an absolute path, a drive path, a symlink member, and one good member."""
    link = zipfile.ZipInfo("tautan-passwd")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    members: list[tuple[zipfile.ZipInfo | str, bytes]] = [
        ("../../keluar-zip.txt", b"ditulis di luar folder"),
        ("/tmp/absolut-zip.txt", b"path absolut"),
        ("C:\\Windows\\evil.txt", b"drive path"),
        ("sub/../../naik.txt", b"naik"),
        (link, b"/etc/passwd"),
        ("dokumen/Perbup-SPBE.pdf", good_pdf),
    ]
    path.write_bytes(_zip_bytes(members))
    return path


def nested_zip(path: Path, depth: int, inner: bytes) -> Path:
    data = _zip_bytes([("paling-dalam.txt", inner)])
    for level in range(depth - 1, 0, -1):
        data = _zip_bytes([(f"tingkat{level}.zip", data)])
    path.write_bytes(data)
    return path


# ------------------------------------------------------------------------------------- the folder
def build_hostile(root: Path, outside: Path, *, xxe_port: int | None = None) -> Hostile:
    """Write the hostile folder under `root`; `outside` (not inside root) gets symlink/XXE targets."""
    root.mkdir(parents=True, exist_ok=True)
    outside.mkdir(parents=True, exist_ok=True)
    h = Hostile(root, outside)
    E = h.expect
    secret = f.text_file(outside / "rahasia.txt", f"{SECRET}\n")
    f.text_pdf(outside / "rahasia.pdf", [f"{SECRET} PERATURAN RAHASIA"])
    (outside / "folder-rahasia").mkdir(exist_ok=True)
    f.text_file(outside / "folder-rahasia" / "isi.txt", SECRET)

    # good files: every one must be fully read
    good_pdf = f.text_pdf(root / "baik" / "Perbup-SPBE.pdf", [GOOD_TEXT])
    E["baik/Perbup-SPBE.pdf"] = Expect(text="NOMOR 7 TAHUN 2023", why="PDF biasa (kontrol)")
    f.docx_file(root / "baik" / "SK-Tim.docx", ["KEPUTUSAN BUPATI SUKAMAJU", "TENTANG TIM KOORDINASI SPBE"])
    E["baik/SK-Tim.docx"] = Expect(text="TIM KOORDINASI", why="DOCX biasa (kontrol)")
    f.xlsx_file(root / "baik" / "Inventaris.xlsx", {"Aplikasi": [["Nama", "OPD"], ["SIMPEG", "BKD"]]})
    E["baik/Inventaris.xlsx"] = Expect(text="SIMPEG", why="XLSX biasa (kontrol)")
    f.text_file(root / "baik" / "catatan.txt", "Notulen rapat koordinasi SPBE Kabupaten Sukamaju")
    E["baik/catatan.txt"] = Expect(text="Notulen rapat", why="TXT biasa (kontrol)")

    # broken and protected PDFs
    (root / "kosong.pdf").write_bytes(b"")
    E["kosong.pdf"] = Expect(("EMPTY_FILE",), why="berkas 0 byte")
    f.broken_pdf(root / "terpotong.pdf")
    E["terpotong.pdf"] = Expect(("UNREADABLE",), why="PDF terpotong (unggahan terputus)")
    broken_xref_pdf(root / "xref-rusak.pdf")
    E["xref-rusak.pdf"] = Expect(text="NOMOR 7 TAHUN 2023", why="PDF dengan tabel xref rusak (dibangun ulang)")
    f.encrypted_pdf(root / "sandi-pengguna.pdf")
    E["sandi-pengguna.pdf"] = Expect(("ENCRYPTED",), why="PDF dengan sandi pengguna")
    f.owner_only_pdf(root / "sandi-pemilik.pdf")
    E["sandi-pemilik.pdf"] = Expect(text="SISTEM PEMERINTAHAN", why="PDF hanya sandi pemilik")
    active_content_pdf(root / "skrip-lampiran.pdf", outside / "js-dijalankan.txt")
    E["skrip-lampiran.pdf"] = Expect(("ACTIVE_CONTENT",), text="NOMOR 7 TAHUN 2023", why="PDF dengan JavaScript dan lampiran")
    many_pages_pdf(root / "2000-halaman.pdf")
    E["2000-halaman.pdf"] = Expect(("PARTIALLY_READ",), text="Laporan evaluasi", why="PDF 2.000 halaman (> --max-pages)")

    # images that decompress into gigabytes
    bomb_png(root / "bom-gambar.png", 12_000, 12_000)
    E["bom-gambar.png"] = Expect(("TOO_LARGE",), why="PNG 144 megapiksel (decompression bomb)")
    bomb_png(root / "bom-gambar-sedang.png", 9_000, 9_000)
    E["bom-gambar-sedang.png"] = Expect(("TOO_LARGE",), why="PNG 81 megapiksel (di atas batas 60 MP)")

    # office files: zip bombs, entity expansion, external entities
    office_zip_bomb(root / "bom-zip.docx", "docx")
    E["bom-zip.docx"] = Expect(("TOO_LARGE",), why="DOCX berisi zip bomb (40 MB → ~40 KB)")
    office_zip_bomb(root / "bom-zip.xlsx", "xlsx")
    E["bom-zip.xlsx"] = Expect(("TOO_LARGE",), why="XLSX berisi zip bomb")
    docx_laughs(root / "billion-laughs.docx")
    E["billion-laughs.docx"] = Expect(("UNREADABLE",), why="DOCX dengan billion laughs (lxml menolak, tidak diekspansi)")
    docx_xxe(root / "xxe.docx", secret, xxe_port)
    E["xxe.docx"] = Expect(text="KEPUTUSAN BUPATI", why="DOCX dengan XXE ke berkas lokal (dan URL)")
    xlsx_laughs(root / "billion-laughs.xlsx")
    E["billion-laughs.xlsx"] = Expect(("UNREADABLE",), why="XLSX dengan billion laughs (DTD ditolak)")
    xlsx_xxe(root / "xxe.xlsx", secret)
    E["xxe.xlsx"] = Expect(("UNREADABLE",), why="XLSX dengan XXE (DTD ditolak)")

    # archives
    evil_zip(root / "arsip-jahat.zip", good_pdf.read_bytes())
    E["arsip-jahat.zip"] = Expect(("ARCHIVE_MEMBER_SKIPPED",), why="ZIP dengan ../, path absolut, symlink")
    E["arsip-jahat.zip!/dokumen/Perbup-SPBE.pdf"] = Expect(text="NOMOR 7 TAHUN 2023", why="isi ZIP yang baik")
    nested_zip(root / "bersarang.zip", 5, b"Notulen rapat di dalam arsip bersarang")
    E["bersarang.zip"] = Expect(why="arsip pembungkus")
    E["bersarang.zip!/tingkat1.zip"] = Expect(why="arsip tingkat 1")
    E["bersarang.zip!/tingkat1.zip!/tingkat2.zip"] = Expect(why="arsip tingkat 2")
    E["bersarang.zip!/tingkat1.zip!/tingkat2.zip!/tingkat3.zip"] = Expect(
        ("ARCHIVE_MEMBER_SKIPPED",), why="ZIP bersarang 5 tingkat (batas 3)")

    # extension lies
    (root / "sebenarnya-pdf.docx").write_bytes(good_pdf.read_bytes())
    E["sebenarnya-pdf.docx"] = Expect(("EXTENSION_MISMATCH",), text="NOMOR 7 TAHUN 2023", why="PDF bernama .docx")
    f.docx_file(root / "sebenarnya-docx.pdf", ["KEPUTUSAN BUPATI SUKAMAJU TENTANG TIM SPBE"])
    E["sebenarnya-docx.pdf"] = Expect(("EXTENSION_MISMATCH",), text="TIM SPBE", why="DOCX bernama .pdf")
    f.html_file(root / "halaman.jpg", "Portal SPBE", ["Layanan publik berbasis elektronik"])
    E["halaman.jpg"] = Expect(("EXTENSION_MISMATCH",), text="Layanan publik", why="HTML bernama .jpg")
    (root / "acak.pdf").write_bytes(bytes(range(256)) * 8)
    E["acak.pdf"] = Expect(("UNSUPPORTED_FORMAT",), why="byte acak bernama .pdf")

    # names
    bad1, bad2 = os.fsencode(root) + b"/laporan-\xff.txt", os.fsencode(root) + b"/laporan-\xfe.txt"
    for raw, word in ((bad1, "pertama"), (bad2, "kedua")):
        with open(raw, "wb") as fh:
            fh.write(f"Laporan {word} dengan nama berkas bukan UTF-8".encode())
    E["laporan-\\xff.txt"] = Expect(text="Laporan pertama", why="nama berkas bukan UTF-8 (\\xff)")
    E["laporan-\\xfe.txt"] = Expect(text="Laporan kedua", why="nama bukan UTF-8 yang hanya beda byte (\\xfe)")
    long_name = "sangat-panjang-" + "ä" * 110 + ".txt"  # 239 bytes, near the 255-byte limit
    f.text_file(root / long_name, "Laporan dengan nama berkas sangat panjang")
    E[long_name] = Expect(text="nama berkas sangat panjang", why="nama berkas 239 byte")
    deep = root.joinpath(*["folder-bertingkat-" + str(i) for i in range(40)])
    f.text_file(deep / "dalam.txt", "Laporan di folder sangat dalam")
    E[deep.relative_to(root).as_posix() + "/dalam.txt"] = Expect(text="folder sangat dalam", why="path > 800 karakter")
    f.text_file(root / XSS_NAME, XSS_TEXT)
    E[XSS_NAME] = Expect(text="{{ 7*7 }}", why="HTML di nama berkas dan isi, sintaks Jinja di isi")

    # permissions (root reads anyway: then it is simply a good file)
    f.text_file(root / "tanpa-izin.txt", "Laporan yang izin bacanya dicabut")
    os.chmod(root / "tanpa-izin.txt", 0)
    E["tanpa-izin.txt"] = (Expect(text="izin bacanya", why="chmod 000 (dibaca karena berjalan sebagai root)")
                           if os.geteuid() == 0 else Expect(("UNREADABLE",), why="chmod 000"))

    # links and special files: noted in `skipped`, never read
    os.symlink(outside / "rahasia.pdf", root / "tautan-keluar.pdf")
    h.skipped["tautan-keluar.pdf"] = "symlink ke berkas di luar folder"
    os.symlink(outside / "folder-rahasia", root / "tautan-folder")
    h.skipped["tautan-folder/"] = "symlink ke folder di luar"
    os.symlink(root, root / "baik" / "tautan-lingkar")
    h.skipped["baik/tautan-lingkar/"] = "symlink melingkar ke folder induk"
    os.symlink(root / "tidak-ada.pdf", root / "tautan-rusak.pdf")
    h.skipped["tautan-rusak.pdf"] = "symlink rusak"
    os.mkfifo(root / "pipa.pdf")
    h.skipped["pipa.pdf"] = "FIFO bernama .pdf"
    try:
        os.mknod(root / "perangkat.docx", stat.S_IFCHR | 0o600, os.makedev(1, 3))  # like /dev/null
        h.skipped["perangkat.docx"] = "berkas perangkat (char device)"
    except (PermissionError, OSError):
        h.special.append("perangkat.docx")
    sock_path = root / "soket"
    try:
        s = socket.socket(socket.AF_UNIX)
        s.bind(str(sock_path))
        s.close()
        h.skipped["soket"] = "soket Unix"
    except OSError:
        h.special.append("soket")

    # junk real folders carry
    for name in ("Thumbs.db", ".DS_Store", "~$SK-Tim.docx", ".~lock.SK-Tim.docx#", ".rahasia-tersembunyi.pdf",
                 "desktop.ini", "._Perbup-SPBE.pdf"):
        (root / name).write_bytes(b"\x00junk\x00" * 4)
        h.skipped[name] = "berkas sampah/sistem"
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text("[core]\n")
    h.skipped[".git/"] = "folder tersembunyi"
    return h


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-input")
    built = build_hostile(target / "bukti", target / "luar")
    for rel, exp in sorted(built.expect.items()):
        print(f"{rel[:70]:72} {' '.join(exp.codes) or 'dibaca'}")
    for rel, what in sorted(built.skipped.items()):
        print(f"{rel[:70]:72} dilewati ({what})")
