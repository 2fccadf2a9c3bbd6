"""Property-based tests (hypothesis): random and mutated input never raises, and invariants hold, for the
text-quality judge, the format sniffer, the zip member-name sanitiser, page budgets and rule loading."""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path, PurePosixPath

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evidence_check.context import PROJECT_RULES
from evidence_check.errors import RuleError
from evidence_check.extract.archives import safe_member_name
from evidence_check.extract.common import clean_text, select_pages
from evidence_check.extract.formats import EXTENSION_FORMATS, sniff
from evidence_check.extract.quality import needs_ocr, text_quality
from evidence_check.messages import MessageFile
from evidence_check.rules.loader import load_model

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
FORMATS = set(EXTENSION_FORMATS.values()) | {"empty", "unknown", "ole", "gzip", "html", "txt", "image", "zip"}
OCR_TEXT = st.lists(st.sampled_from(["PEMERlNTAH", "kabupaten", "202l", "2O19", " ", "\n", "\t", "\ufffd", "(cid:12)", ".,;", "Sukamaju"])).map("".join)


@FAST
@given(st.one_of(st.text(), OCR_TEXT))
def test_quality_judge_is_total_and_bounded(text):
    q = text_quality(text)
    assert q is None or 0.0 <= q <= 1.0
    bad, q2 = needs_ocr(text)
    assert isinstance(bad, bool) and (q2 is None or 0.0 <= q2 <= 1.0)
    if sum(1 for c in text if not c.isspace()) < 25:
        assert bad  # too little text is never trusted as a text layer


@FAST
@given(st.text())
def test_clean_text_leaves_no_control_characters_and_is_idempotent(text):
    out = clean_text(text)
    assert not re.search(r"[\x00-\x08\x0b\x0d-\x1f]", out)
    assert clean_text(out) == out


@FAST
@given(st.integers(0, 5000), st.integers(-3, 600))
def test_page_budget_is_bounded_and_keeps_both_ends(total, limit):
    pages = select_pages(total, limit)
    assert pages == sorted(set(pages)) and all(0 <= p < total for p in pages)
    assert len(pages) == (min(total, limit) if limit > 0 else 0)
    if 0 < limit < total:
        assert pages[0] == 0  # the title block is always read
        if limit > 1:
            assert pages[-1] == total - 1  # and so is the signature/enactment block


MAGIC = [b"%PDF-1.7\n", b"PK\x03\x04", b"PK\x05\x06", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\xff\xd8\xff",
         b"\x89PNG\r\n\x1a\n", b"GIF89a", b"BM", b"{\\rtf1", b"Rar!", b"7z\xbc\xaf\x27\x1c", b"\x1f\x8b", b"<html>",
         b"\xff\xfe", b"\xef\xbb\xbf", b"RIFF\x00\x00\x00\x00WEBP"]
NAMES = st.sampled_from(["a.pdf", "b.docx", "c.xls", "d.ppt", "e", "f.txt", "g.zip", ".x", "h.PDF", "i.tar.gz"])


@FAST
@given(st.sampled_from(MAGIC), st.binary(max_size=600), NAMES)
def test_sniffer_never_raises_and_names_a_known_format(magic, rest, name):
    head = magic + rest
    fmt = sniff(head, name, open_for_zip=io.BytesIO(head))
    assert fmt in FORMATS
    assert sniff(b"", name) == "empty"
    assert sniff(rest, name) in FORMATS


@FAST
@given(st.binary(max_size=300), st.sampled_from(["word/document.xml", "xl/workbook.xml", "mimetype", "x.txt"]))
def test_sniffer_on_real_and_damaged_zips(payload, member):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", b"<Types/>")
        zf.writestr(member, payload)
    data = bytearray(buf.getvalue())
    assert sniff(bytes(data[:8192]), "x.bin", open_for_zip=io.BytesIO(bytes(data))) in FORMATS
    del data[len(data) // 2:]  # truncated: still a zip to the sniffer, the reader reports the damage
    assert sniff(bytes(data), "x.bin", open_for_zip=io.BytesIO(bytes(data))) in FORMATS


PART = st.one_of(st.sampled_from(["..", ".", "", "C:", "a", "dok.pdf", "~", "..."]), st.text(min_size=1, max_size=8))


@FAST
@given(st.lists(PART, max_size=6), st.sampled_from(["/", "\\"]), st.booleans())
def test_zip_member_names_never_escape(parts, sep, absolute):
    name = ("/" if absolute else "") + sep.join(parts)
    out = safe_member_name(name)
    if out is None:
        return
    assert out and not out.startswith("/") and "\\" not in out
    pieces = PurePosixPath(out).parts
    assert ".." not in pieces and "" not in out.split("/") and "." not in out.split("/")
    assert not re.match(r"^[A-Za-z]:", out)
    if any(p == ".." for p in name.replace("\\", "/").split("/")):
        pytest.fail(f"traversal kept: {name!r} -> {out!r}")


# ------------------------------------------------------------------------------------------- rule loading
YAML_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20))
YAML_DATA = st.recursive(YAML_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)), max_leaves=20)


def _assert_names_file(exc: RuleError, path: Path) -> None:
    assert exc.problems and all(str(path) in p for p in exc.problems), exc.problems


@FAST
@given(st.text(max_size=300))
def test_random_yaml_text_gives_rule_error_or_a_model(tmp_path, text):
    path = tmp_path / "acak.yaml"
    path.write_text(text, "utf-8")
    try:
        load_model(path, MessageFile)
    except RuleError as exc:
        _assert_names_file(exc, path)


@FAST
@given(YAML_DATA)
def test_wrong_types_and_unknown_keys_name_file_and_key(tmp_path, data):
    path = tmp_path / "pesan.yaml"
    path.write_text(yaml.safe_dump({"messages": {"X": data}, **({"lain": data} if isinstance(data, dict) else {})}))
    try:
        load_model(path, MessageFile)
    except RuleError as exc:
        _assert_names_file(exc, path)
        assert all("key '" in p for p in exc.problems), exc.problems  # a validation problem names the key


def test_deeply_nested_yaml_is_a_rule_error(tmp_path):
    path = tmp_path / "dalam.yaml"
    path.write_text("[" * 5000 + "]" * 5000)
    with pytest.raises(RuleError) as err:
        load_model(path, MessageFile)
    _assert_names_file(err.value, path)


def _mutations(data: object, draw) -> object:  # noqa: ANN001
    """Replace one random node of `data` with a random value, or add an unknown key to a mapping."""
    if isinstance(data, dict) and data:
        key = draw(st.sampled_from(sorted(data, key=str)))
        choice = draw(st.integers(0, 3))
        out = dict(data)
        if choice == 0:
            out[key] = draw(YAML_DATA)
        elif choice == 1:
            out["kunci_asing_" + draw(st.text("abc", max_size=3))] = draw(YAML_SCALARS)
        elif choice == 2:
            del out[key]
        else:
            out[key] = _mutations(data[key], draw)
        return out
    if isinstance(data, list) and data:
        i = draw(st.integers(0, len(data) - 1))
        out_list = list(data)
        out_list[i] = _mutations(data[i], draw) if draw(st.booleans()) else draw(st.one_of(YAML_DATA, st.just("([")))
        return out_list
    return draw(st.one_of(YAML_DATA, st.just("(?P<x"), st.just("[")))  # also broken regular expressions


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data(), st.sampled_from(["status.yaml", "doctypes/perda.yaml", "doctypes/sop.yaml"]))
def test_mutated_recognition_rule_overlay_gives_rule_error_naming_the_file(tmp_path_factory, data, rel):
    from evidence_check.recognise import load_recognition_rules

    shipped = yaml.safe_load((PROJECT_RULES / rel).read_text("utf-8"))
    overlay = tmp_path_factory.mktemp("overlay")
    target = overlay / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(yaml.safe_dump(_mutations(shipped, data.draw), allow_unicode=True), "utf-8")
    try:
        load_recognition_rules((PROJECT_RULES, overlay))
    except RuleError as exc:
        assert any(str(target) in p for p in exc.problems), exc.problems
