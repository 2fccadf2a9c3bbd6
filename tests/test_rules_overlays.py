"""Message catalogues go through the rule loader like every rule file: validated up front, overlaid by
--rules, and scoped to one run (two runs in one process each get their own rules)."""
from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from evidence_check.api import check_folder, write_reports
from evidence_check.cli import main
from evidence_check.context import PROJECT_RULES, Options
from evidence_check.errors import RuleError
from evidence_check.messages import catalogue, catalogue_names, load_catalogues

TEXT = ("KEPUTUSAN BUPATI SUKAMAJU NOMOR 12 TAHUN 2023 TENTANG TIM KOORDINASI SISTEM PEMERINTAHAN "
        "BERBASIS ELEKTRONIK. Menimbang bahwa untuk melaksanakan tata kelola SPBE perlu dibentuk tim "
        "koordinasi. Ditetapkan di Sukamaju pada tanggal 2 Januari 2023. BUPATI SUKAMAJU, ttd.\n")


def _catalogue_overlay(root: Path, name: str, **changes: dict[str, str]) -> Path:
    """An overlay folder holding a full copy of one built-in catalogue with some entries changed."""
    data = yaml.safe_load((PROJECT_RULES / "messages" / f"{name}.yaml").read_text("utf-8"))
    for code, fields in changes.items():
        data["messages"][code].update(fields)
    (root / "messages").mkdir(parents=True, exist_ok=True)
    (root / "messages" / f"{name}.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    return root


def _evidence(root: Path) -> Path:
    root.mkdir()
    (root / "kosong.pdf").write_bytes(b"")
    (root / "sk.txt").write_text(TEXT * 3, "utf-8")
    (root / "sk-salinan.txt").write_text(TEXT * 3, "utf-8")
    return root


def test_every_shipped_catalogue_loads() -> None:
    cats = load_catalogues((PROJECT_RULES,))
    assert set(cats.by_name) == set(catalogue_names())
    assert {"extraction", "recognition", "indicators", "report"} <= set(cats.by_name)
    assert "EMPTY_FILE" in cats["extraction"] and "DUPLICATE" in cats["recognition"]


@pytest.mark.parametrize("name", catalogue_names())
def test_fatal_severity_in_any_catalogue_fails_rules_command(tmp_path: Path, name: str) -> None:
    code = next(iter(load_catalogues((PROJECT_RULES,))[name]))
    overlay = _catalogue_overlay(tmp_path / "ov", name, **{code: {"severity": "fatal"}})
    res = CliRunner().invoke(main, ["rules", "--rules", str(overlay)])
    assert res.exit_code == 2, res.output
    assert f"messages/{name}.yaml" in res.stderr and f"messages.{code}.severity" in res.stderr


def test_overlay_catalogue_missing_codes_and_unknown_catalogue_are_errors(tmp_path: Path) -> None:
    ov = tmp_path / "ov"
    (ov / "messages").mkdir(parents=True)
    (ov / "messages" / "extraction.yaml").write_text(
        "messages:\n  EMPTY_FILE: {severity: error, id: kosong, en: empty}\n", "utf-8")
    (ov / "messages" / "extractoin.yaml").write_text("messages: {}\n", "utf-8")
    with pytest.raises(RuleError) as err:
        load_catalogues((PROJECT_RULES, ov))
    problems = err.value.problems
    assert any("extraction.yaml: key 'messages.UNREADABLE': missing" in p for p in problems)
    assert any("extractoin.yaml: unknown message catalogue" in p for p in problems)
    assert not any("messages.EMPTY_FILE" in p for p in problems)  # what it does define is fine
    res = CliRunner().invoke(main, ["rules", "--rules", str(ov)])
    assert res.exit_code == 2 and "messages.UNREADABLE" in res.stderr


def test_a_broken_catalogue_overlay_stops_the_run_before_reading(tmp_path: Path) -> None:
    ev = _evidence(tmp_path / "bukti")
    ov = _catalogue_overlay(tmp_path / "ov", "indicators", STALE_OLD_RECORD={"severity": "fatal"})
    res = CliRunner().invoke(main, [str(ev), "--rules", str(ov), "-o", str(tmp_path / "out"), "--no-cache",
                                    "-q"])
    assert res.exit_code == 2
    assert "messages/indicators.yaml" in res.stderr and not (tmp_path / "out").exists()


def test_two_runs_in_one_process_each_use_their_own_overlay(tmp_path: Path) -> None:
    """What a web server does: the same library, called again with other --rules, must not keep the first
    run's rules (message catalogues, recognition rules, report labels) nor leave the GC frozen."""
    ev = _evidence(tmp_path / "bukti")
    ov_a = _catalogue_overlay(tmp_path / "a", "extraction", EMPTY_FILE={"id": "KOSONG-A", "en": "EMPTY-A"})
    _catalogue_overlay(ov_a, "recognition", DUPLICATE={"id": "GANDA-A {original}"})
    # the report title in both framework wordings (59/2020 and Pemdi, chosen by the period)
    _catalogue_overlay(ov_a, "report", **{"title": {"id": "JUDUL-A"}, "pemdi.title": {"id": "JUDUL-A"}})
    ov_b = _catalogue_overlay(tmp_path / "b", "extraction", EMPTY_FILE={"id": "KOSONG-B", "en": "EMPTY-B"})

    def run(overlays: tuple[Path, ...], name: str) -> tuple[dict[str, set[str]], str]:
        opts = Options(input=ev, out=tmp_path / name, cache_dir=tmp_path / "cache", jobs=2,
                       rules_dirs=overlays)
        report = check_folder(ev, opts)
        (md,) = write_reports(report, opts.out, ("md",))
        msgs = {d.path: {f.message for f in d.findings} for d in report.documents}
        return msgs, md.read_text("utf-8")

    first, md_a = run((ov_a,), "a")
    second, md_b = run((ov_b,), "b")
    third, md_plain = run((), "plain")
    builtin = catalogue("extraction")["EMPTY_FILE"].id
    assert first["kosong.pdf"] == {"KOSONG-A"} and second["kosong.pdf"] == {"KOSONG-B"}
    assert third["kosong.pdf"] == {builtin}
    assert "GANDA-A sk-salinan.txt" in first["sk.txt"]  # sk-salinan.txt sorts first: it is the original
    assert not any(m.startswith("GANDA-A") for ms in second.values() for m in ms)
    assert "Isi dokumen sama dengan 'sk-salinan.txt' (berkas identik)." in third["sk.txt"]
    assert "JUDUL-A" in md_a and "JUDUL-A" not in md_b and "JUDUL-A" not in md_plain
    assert gc.get_freeze_count() == 0  # reading files froze the heap for the forks; the run undid it
    # the cache is shared by all three runs, yet each run's findings carry its own wording
    assert catalogue("extraction")["EMPTY_FILE"].id == builtin  # nothing of the runs is left active


def test_report_json_records_the_overlay_checksum(tmp_path: Path) -> None:
    ev = _evidence(tmp_path / "bukti")
    ov = _catalogue_overlay(tmp_path / "ov", "extraction", EMPTY_FILE={"id": "KOSONG"})
    reports = [check_folder(ev, Options(input=ev, use_cache=False, jobs=1, rules_dirs=dirs))
               for dirs in ((), (ov,))]
    assert reports[0].rules_checksum != reports[1].rules_checksum
    (path,) = write_reports(reports[1], tmp_path / "out", ("json",))
    assert json.loads(path.read_text("utf-8"))["rules_checksum"] == reports[1].rules_checksum
