"""Speed-ups that replace a slower form of the same computation (batch issue 15): each gives what the form
it replaced gave, on generated input."""
from __future__ import annotations

import re
import string
import sys

import doctexts as tx
from hypothesis import given, settings
from hypothesis import strategies as st

from evidence_check.indicators.framework import phrase_pattern
from evidence_check.indicators.text import DocText, Hit, normalise, snippet
from evidence_check.messages import _Lenient, fmt
from evidence_check.models import Document, Page

# ------------------------------------------------------------------ messages.fmt: str.format_map


def _vformat(template: str, params: dict[str, object]) -> str:
    """messages.fmt as it was: string.Formatter, pure Python."""
    try:
        values = _Lenient({k: "" if v is None else v for k, v in params.items()})
        return string.Formatter().vformat(template, (), values)
    except (ValueError, IndexError, AttributeError, KeyError):
        return template


def _outcome(f, template: str, params: dict[str, object]) -> str:  # noqa: ANN001
    try:
        return f(template, params)
    except Exception as exc:  # noqa: BLE001 — an error escaping both is the same outcome if its type is
        return f"raised {type(exc).__name__}"


TEMPLATE_PARTS = st.sampled_from(["{doc}", "{level}", "{missing}", "{item!r}", "{level:>3}", "{doc[0]}",
                                  "{doc.x}", "{0}", "{}", "{", "}", "{{", "}}", "{a:{w}}", "{level!x}",
                                  "{ doc }", "teks ", "{none}", "{absent}", "{doc:{w:{w}}}", "Dokumen", "—"])
PARAMS = st.fixed_dictionaries({"doc": st.text(max_size=8), "level": st.integers(0, 5),
                                "item": st.sampled_from(["I4-L1-01", None]), "none": st.none(),
                                "w": st.integers(0, 12), "missing": st.text(max_size=5)})


@settings(max_examples=400, deadline=None)
@given(parts=st.lists(TEMPLATE_PARTS, max_size=6), params=PARAMS)
def test_fmt_fills_templates_as_string_formatter_did(parts: list[str], params: dict[str, object]) -> None:
    template = "".join(parts)
    assert _outcome(fmt, template, params) == _outcome(_vformat, template, params)


def test_fmt_examples() -> None:
    assert fmt("Berkas {doc} (hlm. {page})", {"doc": "SK.pdf", "page": None}) == "Berkas SK.pdf (hlm. )"
    assert fmt("Level {level} {absent}", {"level": 2}) == "Level 2 "
    assert fmt("rusak {", {}) == "rusak {"


# ------------------------------------------------------------------ indicators normalise: str.split


def test_normalise_collapses_every_whitespace_the_regex_did() -> None:
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    assert re.findall(r"\s", everything) == [ch for ch in everything if ch.isspace()]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab Zç-\n\t\r\x0b\x0c\x1c\x85\xa0\u2028\u3000\u00ad\u0130")),
               max_size=40))
def test_normalise_is_the_regex_form(text: str) -> None:
    import unicodedata

    old = unicodedata.normalize("NFKC", text)
    old = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", old).replace("\u00ad", "")
    assert normalise(text) == re.sub(r"\s+", " ", old).strip().lower()


# ------------------------------------------------------------------ DocText.hits: anchor word sets


def _plain_hits(dt: DocText, pattern: re.Pattern[str]) -> list[Hit]:
    return [Hit(m.group(0), n, m.start(), snippet(t, m.start(), m.end())) for n, t in dt.pages
            for m in pattern.finditer(t)]


def test_phrase_hits_with_anchors_are_the_plain_scan() -> None:
    pages = [*tx.perkada_spbe(), *tx.laporan_monev(), *tx.pedoman(), *tx.keputusan_tim_koordinasi()]
    doc = Document(path="x.pdf", pages=tuple(Page(i + 1, t, "text") for i, t in enumerate(pages)))
    lists = [["tim koordinasi spbe", "tim koordinasi"], ["arsitektur spbe"],
             ["keamanan informasi", "keamanan"], ["manajemen data"], ["tidak ada frasa ini"], ["spbe"],
             ["e-government", "pemerintah digital"], ["audit tik"], ["peta rencana spbe", "rencana induk"],
             ["kebijakan internal"]]
    found = 0
    for phrases in lists:
        pat = phrase_pattern(phrases)
        assert pat is not None
        dt = DocText.of(doc)
        got = dt.hits(pat)
        assert got == _plain_hits(dt, pat), phrases
        assert dt.hits(pat, {1, 2}) == [h for h in got if h.page in {1, 2}]
        found += bool(got)
    assert 3 <= found < len(lists)


PHRASE_WORDS = st.sampled_from([
    "tim", "spbe", "tim koordinasi", "e-government", "(spbe)", "data", "manajemen data", "keamanan",
    "keamanan informasi", "a", "ab", "b", "x.y", "rencana", "rencana induk", "koordinasi spbe", "induk",
    "government", "informasi"])
TEXT_PIECES = st.sampled_from([
    "tim", "spbe", "koordinasi", "e-government", "government", "(spbe)", "e", "-", "data", "manajemen",
    "keamanan", "informasi", "a", "ab", "b", "x.y", "xy", "ba", "rencana", "induk", "timspbe", " ", "  ",
    "\n", ".", ",", "_", "é", "2", "manajemen data", "tim koordinasi spbe", "rencana induk spbe",
    "keamanan informasi", "e-government spbe", "x.y.z"])
PAGE_TEXTS = st.lists(TEXT_PIECES, max_size=30).map(lambda ps: " ".join(normalise(p) for p in ps).strip())


@settings(max_examples=500, deadline=None)
@given(phrases=st.lists(PHRASE_WORDS, min_size=1, max_size=5),
       pages=st.lists(PAGE_TEXTS, min_size=1, max_size=4),
       joined=st.booleans())
def test_phrase_hits_at_leads_are_the_plain_scan_on_generated_text(phrases: list[str], pages: list[str],
                                                                   joined: bool) -> None:
    """The pattern tried only where a phrase's first word occurs (text.matches_at_leads) finds what finditer
    finds: overlapping phrases, a phrase inside a longer one, words glued to their neighbours."""
    pat = phrase_pattern(phrases)
    assert pat is not None
    texts = ["".join(t.split()) if joined and i == 0 else t for i, t in enumerate(pages)]
    dt = DocText(pages=tuple((i + 1, t) for i, t in enumerate(texts)), title_zone="")
    assert dt.hits(pat) == _plain_hits(dt, pat)
    assert dt.hits(pat, {2}) == [h for h in _plain_hits(dt, pat) if h.page == 2]


def test_blanked_variant_reads_its_own_words() -> None:
    """A variant's unchanged pages take their word sets from the text it was blanked from; a rewritten page is
    read again: blanking part of a word leaves a word the base never had."""
    pat = phrase_pattern(["sertifikat elektronik", "kriptografi"])
    assert pat is not None
    base = DocText(pages=((1, "kebijakan kriptografi daerah"), (2, "ditandatangani sertifikat elektronik")),
                   title_zone="")
    assert [h.page for h in base.hits(pat)] == [1, 2]
    blanked = base.variant(((1, base.pages[0][1]), (2, "ditandatangani " + " " * 21)), "")
    assert blanked.hits(pat) == _plain_hits(blanked, pat) == [h for h in base.hits(pat) if h.page == 1]
    glued = DocText(pages=((1, "bab xxkriptografi"),), title_zone="")
    assert glued.hits(pat) == []
    split = glued.variant(((1, "bab   kriptografi"),), "")
    assert [(h.phrase, h.start) for h in split.hits(pat)] == [("kriptografi", 6)]


# ------------------------------------------------------------------ report.json: the indented writer

JSON_LEAVES = st.one_of(st.none(), st.booleans(), st.integers(),
                        st.floats(allow_nan=True, allow_infinity=True),
                        st.text(alphabet=st.characters(codec="utf-8"), max_size=12))
JSON_VALUES = st.recursive(
    JSON_LEAVES,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.lists(inner, max_size=3).map(tuple),
                            st.dictionaries(st.text(max_size=6), inner, max_size=4)),
    max_leaves=25)


@settings(max_examples=300, deadline=None)
@given(JSON_VALUES)
def test_report_json_writer_writes_what_json_dumps_did(value: object) -> None:
    import json

    from evidence_check.report.json_report import dumps_indented

    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_report_json_writer_leaves_unusual_values_to_json_dumps() -> None:
    import enum
    import json

    from evidence_check.report.json_report import dumps_indented

    class Level(enum.IntEnum):
        TWO = 2

    edges = [float("nan"), float("inf"), -float("inf"), 1e16, -0.0, 1.5e-7, True, False, 0, -3, "\u2028\x00é"]
    for value in ({1: "a", "b": [Level.TWO]}, {"x": Level.TWO}, [{"k": {2.5: None}}], {"s": {True: 1}}, edges,
                  {"e": edges, "t": (), "d": {}}):
        assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)
    try:
        dumps_indented({"x": object()})
    except TypeError:
        pass  # what json.dumps raises
    else:
        raise AssertionError("an unserialisable value must fail as in json.dumps")


# ------------------------------------------------- recognition rules: parsed once per file state


def test_recognition_rules_are_parsed_once_per_file_state(tmp_path) -> None:  # noqa: ANN001
    import pytest

    from evidence_check.context import PROJECT_RULES
    from evidence_check.errors import RuleError
    from evidence_check.recognise import load_recognition_rules

    overlay = tmp_path / "aturan"
    (overlay / "doctypes").mkdir(parents=True)
    sop = overlay / "doctypes" / "sop.yaml"
    sop.write_text((PROJECT_RULES / "doctypes" / "sop.yaml").read_text("utf-8"), "utf-8")
    dirs = (PROJECT_RULES, overlay)
    first = load_recognition_rules(dirs)
    assert load_recognition_rules(dirs) is first  # nothing changed on disk: the parsed rules again
    text = sop.read_text("utf-8").replace("label: Standar Operasional Prosedur", "label: Prosedur Baku")
    sop.write_text(text + "\n", "utf-8")
    edited = load_recognition_rules(dirs)
    assert edited is not first and edited.doctype("sop").label == "Prosedur Baku"  # type: ignore[union-attr]
    sop.write_text("type: doctype\nid: sop\ncues: [", "utf-8")
    for _ in range(2):  # a broken file is reported on every load, never served from a cache
        with pytest.raises(RuleError):
            load_recognition_rules(dirs)


# ------------------------------------------------------------------ text-layer quality: cheaper regexes


def _quality_as_it_was(text: str) -> float | None:
    from evidence_check.extract import quality as q

    text = q.without_encoded_blocks(text)
    words = re.findall(r"[^\W\d_]{3,}", text.lower())
    if not words:
        return None
    vocab = q.known_words()
    if not vocab:
        known = sum(1 for w in words if w.isalpha() and not re.search(r"[^\x00-\u024f]", w))
    else:
        known = sum(map(vocab.__contains__, words))
    confused = len(re.findall(r"\b(?:\d+[lIOo]\d*|[lIOo]\d{2,})\b|[A-Z]{2,}[a-z][A-Z]{2,}", text))
    return max(0.0, known / len(words) - 2.0 * confused / max(1, len(text.split())))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["PEMERlNTAH", "2O19", "202l", "l23", "O1", "KABUPATEN", "Bupati", "tahun",
                                 "é", "ñandú", "x", "12", "IO", "Ol0", "ABcDE", "_ab", "\n", ".", "Il1"]),
                max_size=30))
def test_text_quality_is_what_it_was(tokens: list[str]) -> None:
    from evidence_check.extract.quality import text_quality

    text = " ".join(tokens)
    assert text_quality(text) == _quality_as_it_was(text)


def test_text_quality_is_what_it_was_on_generated_pages() -> None:
    from evidence_check.extract.quality import text_quality

    pages = [*tx.perkada_spbe(), *tx.laporan_monev(), *tx.sop_ap(), *tx.screenshot_captions()]
    pages += [p.replace("I", "l").replace("0", "O") for p in pages[:6]]  # a poor OCR layer's confusions
    assert all(text_quality(p) == _quality_as_it_was(p) for p in pages)


# ------------------------------------------------------------------ duplicate text key: bytes.translate


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ09 _-é\u0130\u212aK\u00df\n.ÅΣ")), max_size=400))
def test_text_key_is_what_it_was(text: str) -> None:
    import hashlib

    from evidence_check.recognise.duplicates import MIN_TEXT, text_key

    doc = Document(path="a.pdf", pages=(Page(1, text, "text"),))
    flat = re.sub(r"[^0-9a-z]+", "", doc.text.lower())
    assert text_key(doc) == (hashlib.sha256(flat.encode()).hexdigest() if len(flat) >= MIN_TEXT else None)


# ------------------------------------------------------------------ budget-page hints and page normalising


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["2.16.03.2.02", "2 . 16 . 03 . 2 . 02", "1.2", "12.34", "Sub Kegiatan : 5",
                                 "sub-kegiatan 2", "KEGIATAN", "Keg\u0131atan", "kegiatan:", "\u212aegiatan",
                                 " ", "\n", "x", "."]), max_size=20))
def test_budget_page_hints_are_what_they_were(parts: list[str]) -> None:
    from evidence_check.extract.tables import _BUDGET_HINT, _hints

    text = "".join(parts)
    assert _hints(text) == len(_BUDGET_HINT.findall(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["PERATURAN", " ", "\t", "\u00a0", "\u2003", "\n", "\r", "Nomor | 1", "K E P",
                                 "\u2028", "\x0c", "a", " \n ", "\u2019"]), max_size=25))
def test_recognition_normalise_is_what_it_was(parts: list[str]) -> None:
    import unicodedata

    from evidence_check.recognise import text as rt

    text = "".join(parts)
    old = unicodedata.normalize("NFKC", text).replace("\u2026", "...").replace("\r", "\n")
    old = rt._FIELD_CELL.sub(r"\1 : ", old)
    old = old.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    old = rt.join_letter_spacing(old)
    old = "\n".join(rt._SPACES.sub(" ", ln).strip() for ln in old.split("\n"))
    assert rt.normalise(text) == old


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["BSrE", "bsre", "Sertifikasi Elektronik", "secara  elektronik", "Elektronik",
                                 "tanda tangan digital", "tandatangan elektronik", "TTE", "ttE", "kode QR",
                                 "QRcode", "scan QR", "verifikasi", "Kode", "s\u017fecara", "\n"]),
                max_size=12))
def test_esign_hint_is_what_it_was(parts: list[str]) -> None:
    from evidence_check.extract.pdf import _ESIGN_HINT, _esign_hint

    text = " ".join(parts)
    assert _esign_hint(text) == bool(_ESIGN_HINT.search(text))


# ------------------------------------------------------------------ to_jsonable: field names once per class


def _jsonable_as_it_was(obj: object) -> object:
    from dataclasses import fields

    if hasattr(obj, "__dataclass_fields__"):
        return {f.name: _jsonable_as_it_was(getattr(obj, f.name)) for f in fields(obj)}  # type: ignore[arg-type]
    if isinstance(obj, (list, tuple)):
        return [_jsonable_as_it_was(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): _jsonable_as_it_was(v) for k, v in obj.items()}
    return obj


def test_to_jsonable_is_what_it_was() -> None:
    import json

    from evidence_check.models import Agency, RunReport, to_jsonable

    from .recognise_support import recognise

    texts = {"perkada.pdf": tx.perkada_spbe(), "sop.pdf": tx.sop_ap(), "monev.pdf": tx.laporan_monev()}
    docs = tuple(recognise("\f".join(pages), path=name) for name, pages in texts.items())
    report = RunReport(tool_version="x", input_root="/in", generated_at="t", options={"formats": ["json"]},
                       documents=docs, agency=Agency("Kabupaten Sukamaju", False), timings={"total": 1.5})
    got = to_jsonable(report)
    assert json.dumps(got, ensure_ascii=False) == json.dumps(_jsonable_as_it_was(report), ensure_ascii=False)
    assert got["documents"][0]["evidence"] and list(got) == list(_jsonable_as_it_was(report))  # type: ignore[index]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "-----BEGIN PGP PUBLIC KEY BLOCK-----", "-----END PGP PUBLIC KEY BLOCK-----", "--- catatan ---",
    "mQINBGRiZ2IBEAC7vKq0x0Q5b1yXn3Zr8mJq9wWcQfXk2hJd8sLq1Zx0pYtR4uVe", "=Ab12", "050/112/Diskominfo/2025",
    "d41d8cd98f00b204e9800998ecf8427e", "d41d8cd98f00b204e9800998ecf8427", "  ", "", "Kepala Dinas",
    "  mQINBGRiZ2IBEAC7vKq0x0Q5b1yXn3Zr8mJq9wWcQfXk2hJd8sLq1Zx0pYtR4uVe  "]), max_size=12))
def test_encoded_block_removal_is_what_it_was(lines: list[str]) -> None:
    from evidence_check.extract import quality as q

    text = "\n".join(lines)
    kept, split = [], text.splitlines()
    marks = [m.group(1) for ln in split if (m := q._ARMOUR.match(ln.strip()))]
    inside = bool(marks) and marks[0] == "END"
    for ln in split:
        m = q._ARMOUR.match(ln.strip())
        if m:
            inside = m.group(1) == "BEGIN"
            continue
        if not inside and not q._ENCODED_LINE.match(ln.strip()):
            kept.append(ln)
    assert q.without_encoded_blocks(text) == "\n".join(kept)


# ------------------------------------------------------------------ index value lines: pages without the word


VALUE_PIECES = ["Nilai", "nilai", "NILAI", "Skor", "indeks", "Hasil", "penilaian", "hasilnya",
                "Area Penanganan Insiden Siber", "|", "1,72", "3.10", "12", "2024", " ", "\n", "\r", "\x0c",
                "\x1c", "\x85", "\u2028", "_", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(VALUE_PIECES), max_size=25),
       st.sampled_from([None, ["penanganan insiden siber"], ["tata kelola"]]))
def test_index_value_lines_are_what_they_were(parts: list[str], area_words: list[str] | None) -> None:
    from evidence_check.indicators import itemcheck as ic

    def as_it_was(doc: Document) -> float | None:
        area = ic.pattern(area_words or [])
        best: tuple[int, float] | None = None
        for page in doc.pages:
            for line in page.text.splitlines():
                if not ic._VALUE_LINE.search(line):
                    continue
                numbers = ic._LINE_VALUE.findall(line)
                if not numbers:
                    continue
                rank = 2 if area is not None and area.search(line.lower()) else 1
                if best is None or rank > best[0]:
                    best = (rank, float(numbers[-1].replace(",", ".")))
        return best[1] if best else None

    text = " ".join(parts)
    doc = Document(path="a.pdf", pages=(Page(1, text, "text"), Page(2, text.upper(), "text"),
                                        *[Page(3, "Nilai Indeks 2,50", "text")][: len(parts) % 2]))
    assert ic._value_in_lines(doc, area_words) == as_it_was(doc)


# ------------------------------------------------------------------ report.json: written from the records


def test_report_json_from_records_is_the_plain_dict_written(tmp_path) -> None:  # noqa: ANN001
    """report_text walks the records; the plain form converts them to dicts (to_jsonable) and writes those."""
    import json
    from dataclasses import replace

    from evidence_check.report.json_report import dumps_indented, render_json, report_dict, report_text

    from .report_fixture import make_empty_report, make_report
    from .report_fixture_pemdi import make_empty_pemdi_report, make_pemdi_report

    reports = [make_report(), make_empty_report(), make_pemdi_report(), make_pemdi_report("en"),
               make_empty_pemdi_report()]
    levels = {1: "a", False: None, 2.5: [(), ("x",)], None: 0}  # keys as str() makes them
    odd = replace(reports[0], options={**reports[0].options, "levels": levels,
                                       "nested": {"k": {"": [float("nan"), -0.0, 1e300, "\u2028\x00é"]}}},
                  timings={"judge": 0.1, "total": float("inf")})
    for report in [*reports, odd]:
        plain = dumps_indented(report_dict(report))
        assert report_text(report) == plain
        assert render_json(report, "id") == (plain + "\n").encode("utf-8")
        json.loads(plain)
    assert '"schema_version"' in report_text(reports[0]).split("\n")[1]
    broken = replace(reports[0], options={"out": tmp_path})  # a value json cannot write: the same error
    for form in (lambda: report_text(broken), lambda: dumps_indented(report_dict(broken))):
        try:
            form()
        except TypeError:
            pass
        else:
            raise AssertionError("a Path in a report must fail as json.dumps fails")


@settings(max_examples=200, deadline=None)
@given(JSON_VALUES, st.sampled_from(["dict", "ordered", "tuple", "record"]))
def test_report_json_from_records_on_generated_values(value: object, wrap: str) -> None:
    from collections import OrderedDict
    from dataclasses import replace

    from evidence_check.models import Finding
    from evidence_check.report.json_report import dumps_indented, report_dict, report_text

    from .report_fixture import make_empty_report

    holder = {"dict": {"v": value}, "ordered": OrderedDict(v=value), "tuple": (value, value)}.get(wrap)
    if holder is None:
        holder = {"f": Finding(code="X", severity="info", message=str(value)[:9], message_en="", rule="r")}
    report = replace(make_empty_report(), options={"x": holder}, skipped=({"p": "a", "why": value},))
    assert report_text(report) == dumps_indented(report_dict(report))


# ------------------------------------------------------------------ page patterns run where they can match


SPACED_PIECES = ["NOMOR", "Nomor", "nomor", "TAHUN", "Tahun", "TAHUNAN", " ", "  ", "\n", "4", "1", "2 0 1 6",
                 "4 1", "1 9 9 9", "NOMOR 4 1 TAHUN 2 0 1 6", "x", "/", "NOMORTAHUN"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SPACED_PIECES), max_size=16))
def test_spaced_digit_joining_is_what_it_was(parts: list[str]) -> None:
    from evidence_check.recognise import text as rt

    def join(m: re.Match[str]) -> str:
        return m.group(0).replace(" ", "")

    text = "".join(parts)
    assert rt.join_spaced_digits(text) == rt._SPACED_YEAR.sub(join, rt._SPACED_NUMBER.sub(join, text))


YEAR_PIECES = ["2019", "2O19", "20l9", "201l", "1999", "2|21", "l999", "20I9x", "3O19", "2O1", "2OOO", "2Ol9",
               "1S99", "2019/", "/2O19", ".2O19", " ", "\n", "-", "a", "(", "1"]
CONFUSIONS = {"(": "1", "O": "0", "o": "0", "D": "0", "Q": "0", "I": "1", "l": "1", "L": "1", "|": "1",
              "i": "1", "S": "5", "s": "5", "B": "8", "Z": "2", "z": "2"}  # vocab/ocr.yaml


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(YEAR_PIECES), max_size=14))
def test_year_token_fixing_is_what_it_was(parts: list[str]) -> None:
    from evidence_check.recognise.text import fix_year_tokens

    def repl(m: re.Match[str]) -> str:  # fix_year_tokens as it was: every year-like token, digits alone too
        tok = m.group(0)
        if sum(ch.isdigit() for ch in tok) < 2:
            return tok
        fixed = "".join(CONFUSIONS.get(ch, ch) for ch in tok)
        return fixed if fixed.isdigit() and 1900 <= int(fixed) <= 2099 else tok

    text = "".join(parts)
    old = re.sub(r"(?<![\w/.])[12][0-9OoIlL|iSsBZz]{3}(?![\w])", repl, text)
    assert fix_year_tokens(text, CONFUSIONS) == old


LINE_PIECES = ["Kepala Dinas", "050/112/Diskominfo/2025", "\r\n", "\r", "\x0c", "\x1c", "\u2028", "\x85",
               "\n", " ", "-", "--", "d41d8cd98f00b204e9800998ecf8427e", "abcdefghijklmnopqrstuvwxyz012345",
               "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LINE_PIECES), max_size=12))
def test_encoded_block_removal_without_a_candidate_line_is_what_it_was(parts: list[str]) -> None:
    from evidence_check.extract import quality as q

    text = "".join(parts)
    stripped = [(ln, ln.strip()) for ln in text.splitlines()]
    kept = [ln for ln, s in stripped
            if not (len(s) >= 32 and q._ENCODED_LINE.match(s)) and not q._ARMOUR.match(s)]
    assert q.without_encoded_blocks(text) == "\n".join(kept)
