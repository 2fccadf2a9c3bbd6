"""Recognition rule files: the shipped ones load; broken overlays are reported with file and key."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from evidence_check.context import PROJECT_RULES
from evidence_check.errors import RuleError
from evidence_check.models import DOC_TYPES
from evidence_check.recognise import load_recognition_rules


def test_shipped_rules_cover_every_doc_type() -> None:
    rules = load_recognition_rules((PROJECT_RULES,))
    assert {d.id for d in rules.doctypes} == set(DOC_TYPES)
    assert {"DRAFT", "UNSIGNED", "FOREIGN_ISSUER", "NATIONAL_REGULATION", "DUPLICATE",
            "BLANK_PROMULGATION_DATE", "SOP_NOT_ENACTED"} <= set(rules.messages)
    assert sorted(rules.months.months) == list(range(1, 13))


def _overlay(tmp_path: Path, rel: str, text: str) -> tuple[Path, ...]:
    target = tmp_path / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return (PROJECT_RULES, tmp_path)


def test_bad_regex_names_file_and_key(tmp_path: Path) -> None:
    dirs = _overlay(tmp_path, "doctypes/sop.yaml", "type: doctype\nid: sop\nlabel: SOP\ncues:\n"
                    "  - {id: sop.bad, kind: regex, pattern: '(unclosed'}\n")
    with pytest.raises(RuleError) as err:
        load_recognition_rules(dirs)
    msg = str(err.value)
    assert "sop.yaml" in msg and "cues.0.pattern" in msg and "does not compile" in msg


def test_unknown_type_and_extra_key_reported_together(tmp_path: Path) -> None:
    (tmp_path / "doctypes").mkdir()
    (tmp_path / "doctypes" / "memo.yaml").write_text(
        "type: doctype\nid: memo\nlabel: Memo\ncues: []\n", encoding="utf-8")
    (tmp_path / "doctypes" / "sop.yaml").write_text(
        "type: doctype\nid: sop\nlabel: SOP\nweight: 3\ncues: []\n", encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_recognition_rules((PROJECT_RULES, tmp_path))
    problems = err.value.problems
    assert any("memo.yaml" in p and "key 'id'" in p and "unknown doc type" in p for p in problems)
    assert any("sop.yaml" in p and "key 'weight'" in p for p in problems)


def test_cue_without_payload_is_rejected(tmp_path: Path) -> None:
    dirs = _overlay(tmp_path, "doctypes/notulen.yaml", "type: doctype\nid: notulen\nlabel: N\ncues:\n"
                    "  - {id: notulen.x, kind: phrase}\n")
    with pytest.raises(RuleError, match=r"notulen\.yaml: key 'cues\.0'.*needs 'phrases'"):
        load_recognition_rules(dirs)


def test_status_and_message_files_validated(tmp_path: Path) -> None:
    shutil.copy(PROJECT_RULES / "status.yaml", tmp_path / "status.yaml")
    text = (tmp_path / "status.yaml").read_text(encoding="utf-8").replace("side: draft", "side: maybe", 1)
    (tmp_path / "status.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "messages").mkdir()
    (tmp_path / "messages" / "recognition.yaml").write_text(
        "messages:\n  DRAFT: {severity: fatal, id: x, en: y}\n", encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_recognition_rules((PROJECT_RULES, tmp_path))
    problems = err.value.problems
    assert any("status.yaml" in p and "cues.0.side" in p for p in problems)
    assert any("recognition.yaml" in p and "messages.DRAFT.severity" in p for p in problems)


def test_overlay_can_add_a_cue(tmp_path: Path) -> None:
    text = (PROJECT_RULES / "doctypes" / "notulen.yaml").read_text(encoding="utf-8")
    text += "  - {id: notulen.catatan, kind: heading, pattern: 'CATATAN\\s+RAPAT', scope: title, weight: 8}\n"
    dirs = _overlay(tmp_path, "doctypes/notulen.yaml", text)
    rules = load_recognition_rules(dirs)
    from labelled_support import doc_from_text

    from evidence_check.recognise import recognise_document

    doc = recognise_document(doc_from_text("c.pdf", "CATATAN RAPAT\nTim SPBE\nAgenda: evaluasi"), rules)
    assert doc.doc_type == "notulen"
    assert any(e.rule == "notulen.catatan" for e in doc.evidence)
