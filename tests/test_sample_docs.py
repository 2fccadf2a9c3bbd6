"""The bundled samples: sample_docs/ (2026 Pemdi submission) and tests/data/sample_docs_spbe/ (59/2020).

Checks that the committed folders are what the builder writes, that the Pemdi labels and claims form are
consistent with each other and with the shared model (pemdi-2026.md §4-§5), and that each planted refusal
pattern is really in the documents' text (read with the project's own extractors, no OCR except one test).
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import yaml
from PIL import Image

from tests import docfactory as df
from tests import sample_pemdi as sp

ROOT = Path(__file__).resolve().parent.parent
PEMDI = ROOT / "sample_docs"
SPBE = ROOT / "tests" / "data" / "sample_docs_spbe"
DATA = ROOT / "tests" / "data"
ITEM_CODE = re.compile(r"^I(\d{1,2})-L([1-5])-(\d{2})$")
SUB_ACTIVITY = re.compile(r"\b\d\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{4}\b")
FOOTER = re.compile(r"jdih\.\S+(\s+\|\s+halaman \d+)?")
VERDICTS = {"accepted", "wrong_evidence", "missing", "auto_rejected"}


def _labels() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load((DATA / "pemdi_sample_labels.yaml").read_text("utf-8"))


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def _text(path: Path) -> str:
    """Text of a file with a text layer, through the project's extractor (whitespace collapsed)."""
    from evidence_check.context import Options
    from evidence_check.extract import extract_file

    doc = extract_file(path, Options(input=path.parent, max_ocr_pages=0))
    return " ".join(" ".join(page.text for page in doc.pages).split())


# ---------------------------------------------------------------------------------------------- folders
def test_pemdi_labels_list_exactly_the_committed_files_and_the_folder_stays_small() -> None:
    listed = [d["path"] for d in _labels()["documents"]]
    assert len(listed) == len(set(listed))
    assert set(listed) == _files(PEMDI)
    assert 30 <= len(listed) <= 40
    assert sum((PEMDI / p).stat().st_size for p in listed) < 3_000_000
    assert any("/" not in p for p in listed) and any(p.endswith(".zip") for p in listed)  # loose files, one ZIP
    for suffix in (".docx", ".xlsx", ".pptx", ".png", ".jpg", ".pdf"):
        assert any(p.endswith(suffix) for p in listed), suffix


def test_pemdi_ocr_work_is_what_the_labels_say_and_at_most_six_pages() -> None:
    """Images and image-only PDF pages are what the tool must OCR; CI time depends on keeping them few."""
    labels = {d["path"]: d["scanned_pages"] for d in _labels()["documents"]}
    for rel, pages in labels.items():
        path = PEMDI / rel
        if path.suffix in (".png", ".jpg"):
            assert pages == 1, rel
        elif path.suffix == ".pdf":
            pdf = pdfium.PdfDocument(path)
            empty = sum(1 for page in pdf if not page.get_textpage().get_text_range().strip())
            assert empty == pages, rel
        else:
            assert pages == 0, rel
    assert sum(labels.values()) <= 6


def test_spbe_labels_match_their_folder() -> None:
    labels = yaml.safe_load((DATA / "sample_docs_labels.yaml").read_text("utf-8"))
    assert {entry["path"] for entry in labels["documents"]} == _files(SPBE)
    assert sum(p.stat().st_size for p in SPBE.rglob("*") if p.is_file()) < 5_000_000


# ---------------------------------------------------------------------------------------------- items and model
def test_the_item_table_matches_the_module_counts() -> None:
    """232 items, 49/47/48/43/45 per level (pemdi-2026.md §7): guards the table the labels' values rest on."""
    per_level = [sum(counts[level] for counts in sp.ITEMS_PER_LEVEL.values()) for level in range(5)]
    assert per_level == [49, 47, 48, 43, 45]
    assert sum(sp.WEIGHTS.values()) == 100


def test_pemdi_item_labels_are_well_formed_and_respect_gating() -> None:
    labels = _labels()
    paths = {d["path"] for d in labels["documents"]}
    items = labels["items"]
    by_indicator: dict[int, dict[int, list[str]]] = {}
    for code, item in items.items():
        match = ITEM_CODE.match(code)
        assert match, code
        ind, level, nn = (int(g) for g in match.groups())
        assert 1 <= nn <= sp.ITEMS_PER_LEVEL[ind][level - 1], code
        assert item["verdict"] in VERDICTS and item["klaim"] in ("ya", "tidak") and item["why"], code
        assert set(item["files"]) <= paths, code
        assert bool(item["files"]) == (item["verdict"] != "missing"), code
        by_indicator.setdefault(ind, {}).setdefault(level, []).append(item["verdict"])
    for doc in labels["documents"]:
        for code in doc["filed_for"]:
            assert ITEM_CODE.match(code) and code in items, (doc["path"], code)
    # An item is refused automatically exactly when some lower level holds a refused or empty item.
    for ind, levels in by_indicator.items():
        for level, verdicts in levels.items():
            lower_fails = any(v != "accepted" for lv in range(1, level) for v in levels.get(lv, []))
            lower_short = any(
                len([v for v in levels.get(lv, []) if v == "accepted"]) < sp.ITEMS_PER_LEVEL[ind][lv - 1]
                for lv in range(1, level)
            )
            for verdict in verdicts:
                if verdict == "auto_rejected":
                    assert lower_fails or lower_short, (ind, level)
                if verdict in ("accepted", "wrong_evidence"):
                    assert not lower_short, (ind, level)


def test_each_2026_refusal_pattern_is_planted_as_an_item_verdict() -> None:
    items = _labels()["items"]
    assert items["I9-L1-01"]["verdict"] == "wrong_evidence"  # wrong object: SK Tim Asesor Internal
    assert items["I13-L1-02"]["verdict"] == "wrong_evidence"  # budget without the line
    assert items["I1-L2-04"]["verdict"] == "accepted"  # ... while the sub-activity page backs the budget item
    assert items["I10-L1-01"]["verdict"] == "wrong_evidence"  # old instrument: Indeks KAMI
    assert items["I15-L1-01"]["verdict"] == "wrong_evidence"  # decree article instead of SIAP Digital
    assert items["I8-L2-01"]["verdict"] == "wrong_evidence"  # another region's regulation
    assert items["I1-L1-01"]["verdict"] == "accepted" and items["I1-L3-01"]["verdict"] == "wrong_evidence"  # draft
    assert items["I4-L2-01"]["verdict"] == "missing" and items["I4-L2-01"]["klaim"] == "ya"  # item left empty
    assert {items[c]["verdict"] for c in ("I1-L4-01", "I2-L4-01", "I14-L2-01", "I17-L2-02")} == {"auto_rejected"}
    assert items["I19-L1-02"]["as_filed"] == "wrong_evidence"  # the SLA list, refused where it was filed


def test_the_shared_model_reproduces_the_published_values() -> None:
    """§5: 1/3 of level 1 → 1.17, 1/2 → 1.25, full L1 → 1.50, L1 + half of L2 → 2.00, L1 + L2 → 2.50."""
    def value(ind: int, accepted: dict[int, int]) -> float:
        items = [sp.Item(f"I{ind}-L{lv}-{n:02d}", "accepted", (), "", "ya")
                 for lv, count in accepted.items() for n in range(1, count + 1)]
        return round(sp.indicator_value(ind, items), 2)

    assert value(16, {1: 1}) == 1.17
    assert value(12, {1: 1}) == 1.25
    assert value(4, {1: 3}) == 1.50
    assert value(1, {1: 1, 2: 2}) == 2.00
    assert value(1, {1: 1, 2: 4}) == 2.50
    assert value(14, {1: 3, 2: 2}) == round(1 + 0.5 * 3 / 4, 2)  # level 2 does not count over an open level 1


def test_labelled_indicator_values_and_index_follow_the_model() -> None:
    labels = _labels()
    values = {int(k[1:]): v for k, v in labels["values"].items()}
    expected = {1: 2.5, 2: 1.25, 4: 2.0, 8: 1.5 + 1 / 7, 11: 1.5, 12: 2.5, 14: 1.125, 16: 7 / 6, 17: 1.25, 19: 1.5,
                20: 1.375}
    for ind in range(1, 21):
        assert values[ind] == pytest.approx(expected.get(ind, 1.0), abs=1e-4), ind
    assert all(labels["indicators"][f"I{i}"]["source"] == "external" for i in (5, 6, 7, 18))
    index = sum(sp.WEIGHTS[i] * v for i, v in values.items()) / 100
    assert labels["index"]["total"]["value"] == pytest.approx(index, abs=1e-4)
    assert labels["index"]["total"] == {"value": pytest.approx(1.3674, abs=1e-4), "shown": "1,37", "predicate": "Kurang"}
    assert labels["index"]["aspects"]["Tata Kelola dan Manajemen"]["predicate"] == "Cukup"  # (5·2.5+5·1.25)/10
    # (4·1 + 4·1 + 3·1.5 + 4·2.5)/15 = 1.50 exactly: the band's upper edge is inclusive, as assessors labelled it
    assert labels["index"]["aspects"]["Keamanan Pemerintah Digital"] == {"value": 1.5, "predicate": "Kurang"}


# ---------------------------------------------------------------------------------------------- claims form
def test_pemdi_claims_form_is_written_as_a_spreadsheet_program_saves_it() -> None:
    raw = (DATA / "pemdi_klaim.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") == raw.count(b"\n") > 20
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["indikator", "level", "kode", "klaim", "keterangan"]
    items = _labels()["items"]
    claimed: dict[str, str] = {}
    indicator = None
    for row in rows[1:]:
        ind, level, code, klaim, _ = row
        if ind:
            assert re.fullmatch(r"I([1-9]|1\d|20)", ind) and level in "12345" and not code and not klaim, row
            indicator = ind
        else:
            assert not level and ITEM_CODE.match(code) and klaim in ("ya", "tidak"), row
            assert code.split("-")[0] == indicator, row  # item rows follow their indicator's row
            claimed[code] = klaim
    assert claimed == {code: item["klaim"] for code, item in items.items()}
    over = {c for c, k in claimed.items() if k == "ya" and items[c]["verdict"] != "accepted"}
    under = {c for c, k in claimed.items() if k == "tidak" and items[c]["verdict"] == "accepted"}
    assert {"I9-L1-01", "I10-L1-01", "I13-L1-02", "I15-L1-01", "I8-L2-01"} <= over
    assert under == {"I16-L1-01"}


# ---------------------------------------------------------------------------------------------- contents
def _pemdi(path: str) -> Path:
    return PEMDI / path


def test_budget_files_carry_or_lack_the_sub_activity_line() -> None:
    dpa, recap = _text(_pemdi(sp.F_DPA)), _text(_pemdi(sp.F_REKAP))
    assert "2.16.03.2.02.0037" in SUB_ACTIVITY.findall(dpa)
    assert "2.16.03" in recap and "2.16.03.2.02" in recap and "REKAPITULASI" in recap
    assert SUB_ACTIVITY.findall(recap) == []


def test_wrong_object_old_instrument_and_foreign_issuer_are_in_the_text() -> None:
    asesor, audit = _text(_pemdi(sp.F_ASESOR)), _text(_pemdi(sp.F_AUDIT_2023))
    assert "TIM ASESOR INTERNAL" in asesor and "TIM AUDIT" not in asesor
    assert "TIM AUDIT INTERNAL" in audit and "31 Desember 2023" in audit and "KOORDINATOR SPBE" in audit
    kami, ikasandi = _text(_pemdi(sp.F_KAMI)), _text(_pemdi(sp.F_IKASANDI))
    assert "INDEKS KAMI" in kami and "2023" in kami and "IKASANDI" not in kami
    assert "IKASANDI TAHUN 2026" in ikasandi and "Penanganan Insiden Siber" in ikasandi and "1,72" in ikasandi
    perwal = _text(_pemdi(sp.F_PERWAL))
    assert "WALI KOTA MEKARSARI" in perwal and "Berita Daerah Kota Mekarsari" in perwal
    pasal = _text(_pemdi(sp.F_PASAL))
    assert "Arsitektur SPBE" in pasal and "SIAP Digital" not in pasal


def test_the_draft_is_a_draft_and_the_plans_carry_the_ra_pemdi() -> None:
    draft = _text(_pemdi(sp.F_RANCANGAN))
    assert "RANCANGAN" in draft and re.search(r"NOMOR\s+TAHUN 2026", draft) and " ttd " not in f" {draft} "
    renja = _text(_pemdi(sp.F_RENJA))
    assert "Rencana Aksi Pemerintah Digital" in renja and "Renja Perubahan" in renja
    assert "2.16.03.2.02.0037" in renja and "Kolaborasi antar-Perangkat Daerah" in renja
    assert "NOMOR 4 TAHUN 2025" in _text(_pemdi(sp.F_RPJMD))


def test_documents_dated_before_june_2026_do_not_cite_permenpanrb_8_2026() -> None:
    """PermenPANRB 8/2026 was set on 1 June 2026: a decree of 2023, 2025 or April 2026 cannot cite it."""
    for rel in (sp.F_AUDIT_2023, sp.F_CSIRT, sp.F_PERWAL, sp.F_PPDP, sp.F_RENJA, sp.F_RPJMD):
        assert "Nomor 8 Tahun 2026" not in _text(_pemdi(rel)), rel
    assert "Nomor 8 Tahun 2026" in _text(_pemdi(sp.F_SK_TIM))


def test_survey_zip_photo_and_screens_have_what_assessors_look_for() -> None:
    skm = _text(_pemdi(sp.F_SKM))
    for cue in ("disabilitas", "Lanjut usia", "Perempuan", "12 bulan", "https://sukamajukab.go.id/skm"):
        assert cue in skm, cue
    with zipfile.ZipFile(_pemdi(sp.F_ZIP)) as archive:
        assert archive.namelist() == ["Undangan Rapat Penilaian Mandiri.pdf", "Notulen Rapat Penilaian Mandiri.docx"]
    with Image.open(_pemdi(sp.F_FOTO_UNDANGAN)) as photo:
        assert photo.getexif().get(0x0112) == 6
    with Image.open(_pemdi(sp.F_PORTAL)) as screen:
        assert screen.size == (1280, 800)


@pytest.mark.ocr
def test_screenshots_read_back_with_url_agency_and_date(tmp_path: Path) -> None:
    if shutil.which("tesseract") is None:
        pytest.skip("tesseract not installed")
    from evidence_check.context import Options
    from evidence_check.extract import extract_file

    doc = extract_file(_pemdi(sp.F_SLA_DASBOR), Options(input=PEMDI, cache_dir=tmp_path))
    text = " ".join(page.text for page in doc.pages)
    for cue in ("helpdesk.sukamajukab.go.id", "Kabupaten Sukamaju", "SLA", "Juli 2026"):
        assert cue in text, cue


# ---------------------------------------------------------------------------------------------- reproducible
def _committed_font(folder: Path) -> str | None:
    """The serif font the committed PDFs were built with (the bytes depend on it)."""
    for pdf in sorted(folder.rglob("*.pdf")):
        found = re.search(rb"/FontName /[A-Z]{6}\+([A-Za-z]+)", pdf.read_bytes())
        if found:
            return found.group(1).decode()
    return None


def _local_font() -> str | None:
    path = df.find_font(serif=True)
    return path.stem.removesuffix("-Regular") if path else None


def _fingerprint(path: Path) -> object:
    """What must not change whatever font renders it: page count and words for text, size for images."""
    suffix = path.suffix.lower()
    if suffix in (".png", ".jpg"):
        with Image.open(path) as image:
            return image.size, image.getexif().get(0x0112)
    if suffix == ".pdf":
        try:
            pdf = pdfium.PdfDocument(path)
        except pdfium.PdfiumError:
            return "unreadable"  # the half-downloaded upload of the 59/2020 sample
        words = " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in pdf)
        # A wider font can push a line onto one more page: compare the words without page footers.
        return FOOTER.sub("", words).split() if words.strip() else [page.get_size() for page in pdf]
    if suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            return archive.namelist()
    if suffix in (".docx", ".xlsx", ".pptx", ".ods"):
        return _text(path)
    return path.read_bytes()


def _assert_same(built: list[Path], out: Path, committed: Path) -> None:
    assert {p.relative_to(out).as_posix() for p in built} == _files(committed)
    exact = _committed_font(committed) == _local_font()
    for path in built:
        rel = path.relative_to(out)
        if exact:
            assert path.read_bytes() == (committed / rel).read_bytes(), f"rerun tests/build_sample_docs.py: {rel}"
        else:  # another machine's fonts: same files and words, different glyph bytes
            assert _fingerprint(path) == _fingerprint(committed / rel), f"rerun tests/build_sample_docs.py: {rel}"


@pytest.mark.slow
def test_sample_docs_is_what_the_builder_writes(tmp_path: Path) -> None:
    out = tmp_path / "pemdi"
    _assert_same(sp.generate(out), out, PEMDI)
    assert (DATA / "pemdi_sample_labels.yaml").read_text("utf-8") == sp.labels_yaml()
    assert (DATA / "pemdi_klaim.csv").read_bytes() == sp.klaim_csv()
    again = tmp_path / "again"
    for first, second in zip(sp.generate(out), sp.generate(again)):  # deterministic on any one machine
        assert first.read_bytes() == second.read_bytes(), first
    shutil.rmtree(again)


@pytest.mark.slow
def test_spbe_sample_is_what_the_builder_writes(tmp_path: Path) -> None:
    from tests import build_sample_docs

    out = tmp_path / "spbe"
    out.mkdir()
    _assert_same(build_sample_docs.generate(out), out, SPBE)


# ---------------------------------------------------------------------------------------------- against the framework
def test_labelled_items_exist_in_the_shipped_framework_and_the_form_reads_back() -> None:
    """The labels and the claims form use the codes and counts of rules/frameworks/permenpanrb-8-2026.yaml,
    and the project's own reader of the Pemdi form gets the same claims the labels record."""
    from evidence_check.context import PROJECT_RULES
    from evidence_check.indicators import load_framework
    from evidence_check.indicators.itemclaims import read_item_claims

    fw = load_framework((PROJECT_RULES,), "permenpanrb-8-2026")
    shipped = {item.code for _, _, item in fw.items()}  # type: ignore[attr-defined]
    items = _labels()["items"]
    assert set(items) <= shipped
    counts = {d.id: tuple(len(d.levels[lv].items) for lv in sorted(d.levels)) for d in fw.indicators}  # type: ignore[attr-defined]
    assert counts == sp.ITEMS_PER_LEVEL  # the value model in the labels counts the same items
    claims = read_item_claims(DATA / "pemdi_klaim.csv", fw)  # type: ignore[arg-type]
    assert claims.items == {code: item["klaim"] == "ya" for code, item in items.items()}
    assert claims.levels == sp.CLAIMED_LEVELS
