"""Facts that need the file (issue 11): pdfplumber tables, PDF digital signatures checked with pdfsig,
QR codes in embedded images and on OCR'd pages. Every fixture is built here from code: a ruled RKA table
(reportlab), a PDF signed with pyHanko under a self-signed certificate (cryptography), QR codes written
by zxing-cpp. Two pages go through real Tesseract.
"""
from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path

import pytest
from PIL import Image

from evidence_check.context import Options
from evidence_check.extract import extract_file
from evidence_check.models import Document
from evidence_check.recognise import recognise_document

from .docfactory import image_file, images_pdf, render_page
from .recognise_support import codes, rules

zxingcpp = pytest.importorskip("zxingcpp")
needs_pdfsig = pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler's pdfsig not installed")
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")

QR_URL = "https://situ.sukamajukab.go.id/surat/verifikasi/AB12CD34"


def _read(path: Path) -> Document:
    doc = extract_file(path, Options(input=path.parent, use_cache=False))
    return recognise_document(doc, rules())


def _qr(text: str = QR_URL, scale: int = 4) -> Image.Image:
    import numpy as np

    return Image.fromarray(np.array(zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode).to_image(scale=scale)))


# ------------------------------------------------------------------------------------------ pdfplumber tables
def _rka_pdf(path: Path, sub_row: list[str] | None) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    rows = [["Kode", "Uraian", "Jumlah (Rp)"],
            ["2.16.03", "PROGRAM PENGELOLAAN APLIKASI INFORMATIKA", "150.000.000"],
            ["2.16.03.2.02", "Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota", "150.000.000"]]
    if sub_row:
        rows.append(sub_row)
    # the name is a Paragraph so that it wraps inside its cell, as in real RKA prints
    data = [[r[0], Paragraph(r[1], style), r[2]] for r in rows]
    table = Table(data, colWidths=[90, 300, 90])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    title = Paragraph("RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH (RKA-SKPD) TAHUN ANGGARAN 2026",
                      style)
    heading = Paragraph("PEMERINTAH KABUPATEN SUKAMAJU", style)
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([heading, title, table])
    return path


LONG_NAME = ("Koordinasi, Sinkronisasi dan Evaluasi Penerapan Sistem Pemerintahan Berbasis Elektronik "
             "di Lingkup Pemerintah Daerah Kabupaten Sukamaju")


def test_budget_codes_from_a_ruled_table_keep_wrapped_names(tmp_path: Path) -> None:
    doc = _read(_rka_pdf(tmp_path / "rka.pdf", ["2.16.03.2.02.0037", LONG_NAME, "150.000.000"]))
    assert doc.meta["tables"] and doc.meta["tables"][0]["page"] == 1
    sub = [c for c in doc.facts["budget_codes"] if c["level"] == "sub_kegiatan"]
    assert sub == [{"code": "2.16.03.2.02.0037", "level": "sub_kegiatan", "name": LONG_NAME, "page": 1}]
    assert doc.facts["budget_recap"] is False
    assert doc.facts["plan_years"] == [2026, 2026]


def test_budget_table_without_sub_activity_is_recap(tmp_path: Path) -> None:
    doc = _read(_rka_pdf(tmp_path / "rka_rekap.pdf", None))
    assert {c["level"] for c in doc.facts["budget_codes"]} == {"program", "kegiatan"}
    assert doc.facts["budget_recap"] is True


def test_no_table_pass_on_pages_without_codes(tmp_path: Path) -> None:
    from .docfactory import text_pdf

    doc = _read(text_pdf(tmp_path / "laporan.pdf", ["LAPORAN KEGIATAN\nRapat koordinasi SPBE berjalan lancar."]))
    assert "tables" not in doc.meta and "budget_codes" not in doc.facts


def test_budget_codes_from_a_spreadsheet(tmp_path: Path) -> None:
    from .docfactory import xlsx_file

    path = xlsx_file(tmp_path / "rkpd.xlsx", {"RKPD 2026": [
        ["RENCANA KERJA PEMERINTAH DAERAH (RKPD) TAHUN 2026"],
        ["Kode", "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan", "Pagu"],
        ["2.16.03", "PROGRAM PENGELOLAAN APLIKASI INFORMATIKA", 150000000],
        ["2.16.03.2.02", "Pengelolaan e-Government", 150000000],
        ["2.16.03.2.02.0037", "Koordinasi dan Sinkronisasi Penerapan SPBE", 150000000]]})
    doc = _read(path)
    assert [(c["code"], c["level"], c["name"]) for c in doc.facts["budget_codes"]] == [
        ("2.16.03", "program", "PROGRAM PENGELOLAAN APLIKASI INFORMATIKA"),
        ("2.16.03.2.02", "kegiatan", "Pengelolaan e-Government"),
        ("2.16.03.2.02.0037", "sub_kegiatan", "Koordinasi dan Sinkronisasi Penerapan SPBE")]
    assert doc.facts["budget_recap"] is False and doc.facts["plan_years"] == [2026, 2026]


# ------------------------------------------------------------------------------------------ digital signatures
def _sign(src: Path, dst: Path) -> Path:
    pytest.importorskip("pyhanko")
    from asn1crypto import keys as akeys
    from asn1crypto import x509 as ax509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Budi Santoso"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Pemerintah Kabupaten Sukamaju")])
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(start).not_valid_after(start + dt.timedelta(days=3650))
            .sign(key, hashes.SHA256()))
    der_key = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    signer = signers.SimpleSigner(signing_cert=ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
                                  signing_key=akeys.PrivateKeyInfo.load(der_key),
                                  cert_registry=SimpleCertificateStore())
    with src.open("rb") as fh:
        out = signers.sign_pdf(IncrementalPdfFileWriter(fh), signers.PdfSignatureMetadata(field_name="TTE"),
                               signer=signer)
    dst.write_bytes(out.getvalue())
    return dst


def _modify(signed: Path, dst: Path) -> Path:
    """An incremental update after signing, as a later edit or a merge tool would append."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed.read_bytes()))
    writer.root["/Lang"] = generic.TextStringObject("id-ID")
    writer.update_root()
    buf = io.BytesIO()
    writer.write(buf)
    dst.write_bytes(buf.getvalue())
    return dst


DECREE = [("KEPUTUSAN BUPATI SUKAMAJU\nNOMOR 100/45/2026\nTENTANG\nTIM KOORDINASI SPBE\n"
           "Ditetapkan di Sukamaju\npada tanggal 2 Januari 2026\nBUPATI SUKAMAJU,\n"
           "Ditandatangani secara elektronik\nBUDI SANTOSO")]


@needs_pdfsig
def test_signed_pdf_intact_then_modified_after_signing(tmp_path: Path) -> None:
    from .docfactory import text_pdf

    signed = _sign(text_pdf(tmp_path / "sk.pdf", DECREE), tmp_path / "sk_tte.pdf")
    doc = _read(signed)
    sig = doc.facts["signature"]
    assert sig["digital"] is True and sig["signer"] == "Budi Santoso" and sig["intact"] is True
    assert sig["signed_at"] and "SIGNATURE_LOST" not in codes(doc)
    assert any(e.rule == "facts.signature.digital" for e in doc.evidence)

    modified = _read(_modify(signed, tmp_path / "sk_tte_diubah.pdf"))
    assert modified.facts["signature"]["digital"] is True and modified.facts["signature"]["intact"] is False
    assert modified.meta["signatures"][0]["total_document"] is False


@needs_pdfsig
def test_e_signed_text_without_signature_dictionary_is_signature_lost(tmp_path: Path) -> None:
    from .docfactory import text_pdf

    doc = _read(text_pdf(tmp_path / "sk_gabungan.pdf", DECREE))
    assert doc.facts["signature"]["digital"] is False and "SIGNATURE_LOST" in codes(doc)


# ------------------------------------------------------------------------------------------ QR codes
def test_qr_code_embedded_in_a_text_pdf(tmp_path: Path) -> None:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "surat_qr.pdf"
    c = Canvas(str(path), invariant=1)
    c.drawString(72, 760, "PEMERINTAH KABUPATEN SUKAMAJU")
    c.drawString(72, 740, "Nomor : 500.12/45/Diskominfo/2026")
    c.drawString(72, 720, "Perihal : Usulan server")
    c.drawImage(ImageReader(_qr()), 72, 60, width=50, height=50)
    c.drawString(130, 80, "Verifikasi keaslian dokumen melalui kode QR.")
    c.save()
    doc = _read(path)
    assert doc.meta["qr_codes"] == [{"page": 1, "text": QR_URL}]
    sig = doc.facts["signature"]
    assert sig["qr"] is True and sig["digital"] is False and sig["bsre"] is False
    assert "SIGNATURE_LOST" not in codes(doc)  # a QR code alone claims no electronic signature


@needs_tesseract
def test_scanned_e_signed_letter_keeps_qr_and_bsre_statement(tmp_path: Path) -> None:
    text = ("PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n"
            "Nomor : 500.12/45/Diskominfo/2026\nPerihal : Usulan server\n\n"
            "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat\n"
            "elektronik yang diterbitkan oleh Balai Sertifikasi Elektronik (BSrE)")
    page = render_page(text, dpi=200)
    page.paste(_qr(scale=6), (170, 1500))
    doc = _read(images_pdf(tmp_path / "surat_pindai.pdf", [page], dpi=200))
    assert doc.pages[0].method == "ocr"
    assert doc.meta["qr_codes"] == [{"page": 1, "text": QR_URL}]
    sig = doc.facts["signature"]
    assert sig["qr"] is True and sig["bsre"] is True and sig["digital"] is False
    assert "SIGNATURE_LOST" in codes(doc)  # rasterised: the signature dictionary is gone


@needs_tesseract
def test_login_screenshot_image_through_ocr(tmp_path: Path) -> None:
    path = image_file(tmp_path / "Screenshot_aplikasi.png",
                      "https://sipkd.sukamajukab.go.id/login\n\nSelamat Datang di SIPKD\n\nUsername\n\nPassword\n\n"
                      "Lupa password?\n\nMasuk", width_in=6, height_in=4)
    doc = _read(path)
    assert doc.facts["screenshot"]["kind"] == "login"
    assert doc.facts["screenshot"]["url"] and "sukamajukab.go.id" in doc.facts["screenshot"]["url"]
    assert "SCREENSHOT_NOT_EVIDENCE" in codes(doc)


def test_facts_survive_the_stage_caches(tmp_path: Path) -> None:
    """A warm re-run replays recognition from the stage cache: the facts, their evidence and findings too."""
    from evidence_check.api import check_folder

    from .docfactory import text_pdf

    folder = tmp_path / "bukti"
    text_pdf(folder / "sk_tte.pdf", DECREE)
    opts = Options(input=folder, cache_dir=tmp_path / "cache", jobs=1, framework="permenpanrb-59-2020")
    first = check_folder(folder, opts).documents[0]
    second = check_folder(folder, opts).documents[0]
    assert second.extraction.cached is True
    assert first.facts["signature"]["bsre"] is False and first.facts["signature"]["digital"] is False
    assert second.facts == first.facts and "SIGNATURE_LOST" in codes(second)
    assert first.subtype == "sk_tim_koordinasi" and second.subtype == first.subtype  # replayed too
    assert [e for e in second.evidence if e.field == "fact.signature"] == \
        [e for e in first.evidence if e.field == "fact.signature"]
