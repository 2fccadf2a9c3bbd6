"""The CLI as users call it (click's CliRunner, in process): --fail-on exit codes, `rules`, `text`."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from evidence_check.cli import main

SK = ("KEPUTUSAN BUPATI SUKAMAJU\nNOMOR 12 TAHUN 2023\nTENTANG\nTIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS "
      "ELEKTRONIK\n\nMenimbang : bahwa tata kelola SPBE memerlukan tim koordinasi.\n"
      "Ditetapkan di Sukamaju\npada tanggal 2 Januari 2023\nBUPATI SUKAMAJU,\nttd.\nADI WIBOWO\n")


def _folder(root: Path, *, empty: bool) -> Path:
    root.mkdir()
    (root / "sk-tim-spbe.txt").write_text(SK, "utf-8")
    if empty:
        (root / "kosong.pdf").write_bytes(b"")
    return root


def _check(tmp_path: Path, folder: Path, *args: str) -> int:
    res = CliRunner().invoke(main, [str(folder), "-o", str(tmp_path / "out"), "--cache-dir",
                                    str(tmp_path / "c"), "-q", "-j", "1", "--format", "json", *args])
    assert res.exception is None or isinstance(res.exception, SystemExit), res.output
    return res.exit_code


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("cli")
    return {"clean": _folder(base / "clean", empty=False), "with_error": _folder(base / "err", empty=True)}


@pytest.mark.parametrize("fail_on,folder,expected", [
    (None, "with_error", 0),  # findings alone never fail a run
    ("error", "with_error", 1),  # the empty file is an error finding
    ("error", "clean", 0),
    ("missing", "clean", 1),  # one decree leaves most of the 47 indicators without evidence
    ("weak", "clean", 1),
])
def test_fail_on(tmp_path: Path, folders: dict[str, Path], fail_on: str | None, folder: str,
                 expected: int) -> None:
    args = ("--fail-on", fail_on) if fail_on else ()
    assert _check(tmp_path, folders[folder], *args) == expected
    assert (tmp_path / "out" / "report.json").exists()  # the report is written whatever the exit code


def test_fail_on_rejects_unknown_level(tmp_path: Path, folders: dict[str, Path]) -> None:
    assert _check(tmp_path, folders["clean"], "--fail-on", "sometimes") == 2


def test_nothing_readable_exits_2(tmp_path: Path) -> None:
    folder = tmp_path / "bukti"
    folder.mkdir()
    (folder / "kosong.pdf").write_bytes(b"")
    assert _check(tmp_path, folder) == 2


def test_rules_ok_lists_the_rule_dirs(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["rules", "--rules", str(tmp_path)])
    assert res.exit_code == 0 and res.stdout.startswith("rules OK: ") and str(tmp_path) in res.stdout


def test_rules_lists_every_problem_of_every_kind_at_once(tmp_path: Path) -> None:
    (tmp_path / "doctypes").mkdir()
    (tmp_path / "doctypes" / "sop.yaml").write_text("id: sop\nlabel: SOP\ncues: [{kind: telepati}]\n",
                                                    "utf-8")
    (tmp_path / "messages").mkdir()
    (tmp_path / "messages" / "report.yaml").write_text("messages:\n  title: {severity: info, id: [x\n",
                                                       "utf-8")
    (tmp_path / "frameworks").mkdir()
    (tmp_path / "frameworks" / "permenpanrb-59-2020.yaml").write_text("id: permenpanrb-59-2020\n", "utf-8")
    res = CliRunner().invoke(main, ["rules", "--rules", str(tmp_path)])
    assert res.exit_code == 2
    err = res.stderr
    assert "doctypes/sop.yaml: key 'cues.0" in err  # recognition rules
    assert "messages/report.yaml: line 3 column 1 invalid YAML" in err  # catalogues, with the YAML position
    assert "frameworks/permenpanrb-59-2020.yaml" in err  # the framework
    assert "rules OK" not in res.stdout


def test_rules_unknown_framework_exits_2(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["rules", "--framework", "tidak-ada"])
    assert res.exit_code == 2 and "tidak-ada" in res.stderr


def test_text_prints_pages_with_method(tmp_path: Path) -> None:
    path = tmp_path / "sk.txt"
    path.write_text(SK, "utf-8")
    res = CliRunner().invoke(main, ["text", str(path)])
    assert res.exit_code == 0
    assert res.stdout.startswith("===== sk.txt — halaman 1 — text")
    assert "TIM KOORDINASI SISTEM PEMERINTAHAN" in res.stdout


def test_text_shows_why_a_file_gave_nothing(tmp_path: Path) -> None:
    path = tmp_path / "rusak.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n<<")
    res = CliRunner().invoke(main, ["text", str(path)])
    assert res.exit_code == 0 and "!!!!! rusak.pdf — UNREADABLE:" in res.stdout


def test_text_of_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["text", str(tmp_path / "tidak-ada.pdf")])
    assert res.exit_code == 2 and "does not exist" in res.stderr
