"""Packaging: every import declared, every package in the wheel, rule data found where it is installed,
`python -m evidence_check`, spaCy only where it works, reports readable as the umask says.

The install users do (wheel into a fresh virtualenv) is exercised by .ci/wheel-smoke.sh, run by `make test`.
"""
from __future__ import annotations

import ast
import os
import stat
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from evidence_check.atomic import write_atomic, write_cache_entry
from evidence_check.context import PROJECT_RULES, builtin_rules_dir

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
# import name -> distribution name where they differ and the installed metadata cannot tell (not installed)
OPTIONAL_IMPORTS = {"weasyprint", "pyinstrument", "dask", "distributed"}  # extras: pdf, bench, cluster


def _requirement_names(reqs: list[str]) -> set[str]:
    import re

    return {re.split(r"[\s<>=!~;\[]", r, maxsplit=1)[0].lower().replace("_", "-") for r in reqs}


def _imports(folder: Path) -> set[str]:
    found: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                found.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found


def _third_party(names: set[str], local: set[str]) -> set[str]:
    return {n for n in names if n not in sys.stdlib_module_names and n not in local and n != "evidence_check"}


def _distributions(import_names: set[str]) -> dict[str, set[str]]:
    dists = metadata.packages_distributions()
    return {n: {d.lower().replace("_", "-") for d in dists.get(n, [])} for n in import_names}


def test_every_import_of_the_package_is_a_declared_dependency() -> None:
    declared = _requirement_names(PYPROJECT["project"]["dependencies"])
    extras = PYPROJECT["project"]["optional-dependencies"]
    optional = _requirement_names([r for reqs in extras.values() for r in reqs])
    for name, dists in _distributions(_third_party(_imports(ROOT / "evidence_check"), set())).items():
        if name in OPTIONAL_IMPORTS:
            assert name in optional, f"optional import {name} is in no extra"
            continue
        assert dists, f"{name} is imported but not installed"
        assert dists & declared, f"evidence_check imports {name} ({dists}) but pyproject does not declare it"


def test_every_import_of_tests_and_benchmarks_is_declared() -> None:
    reqs = PYPROJECT["project"]["dependencies"] + [
        r for extra in ("test", "bench", "pdf") for r in PYPROJECT["project"]["optional-dependencies"][extra]]
    declared = _requirement_names(reqs)
    local = {p.stem for d in ("tests", "benchmarks") for p in (ROOT / d).rglob("*.py")} | {"tests", "hostile"}
    names = _third_party(_imports(ROOT / "tests") | _imports(ROOT / "benchmarks"), local)
    for name, dists in _distributions(names).items():
        if name in OPTIONAL_IMPORTS:
            continue
        assert dists & declared, f"tests/benchmarks import {name} ({dists or 'not installed'}), undeclared"


def test_every_code_package_is_listed_for_the_wheel() -> None:
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    inits = (ROOT / "evidence_check").rglob("__init__.py")
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in inits}
    assert on_disk <= listed, f"add to [tool.setuptools] packages: {sorted(on_disk - listed)}"
    assert PYPROJECT["tool"]["setuptools"]["package-dir"]["evidence_check.ruledata"] == "rules"


def test_rule_data_is_the_checkout_rules_folder_when_not_installed() -> None:
    assert builtin_rules_dir() == PROJECT_RULES == ROOT / "rules"
    data = PYPROJECT["tool"]["setuptools"]["package-data"]["evidence_check.ruledata"]
    shipped = {p.relative_to(PROJECT_RULES).as_posix() for pat in data for p in PROJECT_RULES.glob(pat)}
    every = {p.relative_to(PROJECT_RULES).as_posix() for p in PROJECT_RULES.rglob("*") if p.is_file()}
    assert shipped == every, f"rule files the wheel would leave out: {sorted(every - shipped)}"


def _run(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                          timeout=300, cwd=ROOT, check=False)


def test_python_dash_m() -> None:
    res = subprocess.run([sys.executable, "-m", "evidence_check", "--version"], capture_output=True,
                         text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120, check=False)
    assert res.returncode == 0 and "evidence-check, version" in res.stdout


SPACY_PROBE = """
import sys
from evidence_check.cli import main
try:
    main(sys.argv[1:], prog_name="evidence-check")
except SystemExit as exc:
    code = exc.code
print("SPACY" if "spacy" in sys.modules else "NO-SPACY", code, file=sys.stderr)
"""


@pytest.mark.parametrize("args", [["--help"], ["rules"], ["check", "--help"]])
def test_spacy_is_not_imported_by_commands_that_do_not_recognise(args: list[str]) -> None:
    res = _run(SPACY_PROBE, *args)
    assert "NO-SPACY 0" in res.stderr, res.stderr[-2000:]


def test_spacy_is_not_imported_by_text_or_a_warm_run(tmp_path: Path) -> None:
    ev = tmp_path / "bukti"
    ev.mkdir()
    (ev / "sk.txt").write_text("KEPUTUSAN BUPATI SUKAMAJU NOMOR 3 TAHUN 2024 TENTANG TIM SPBE\n", "utf-8")
    res = _run(SPACY_PROBE, "text", str(ev / "sk.txt"))
    assert "NO-SPACY 0" in res.stderr and "KEPUTUSAN BUPATI" in res.stdout, res.stderr[-2000:]
    check = ["check", str(ev), "-o", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "cache"), "-q",
             "-j", "1"]
    cold = _run(SPACY_PROBE, *check)
    # recognition needs it on the first run
    assert "SPACY 0" in cold.stderr and "NO-SPACY" not in cold.stderr, cold.stderr[-2000:]
    warm = _run(SPACY_PROBE, *check)
    assert "NO-SPACY 0" in warm.stderr, warm.stderr[-2000:]  # everything came from the caches


@pytest.mark.parametrize("umask,expected", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_reports_honour_the_umask_and_cache_entries_stay_private(tmp_path: Path, umask: int,
                                                                 expected: int) -> None:
    old = os.umask(umask)
    try:
        write_atomic(tmp_path / "report.json", b"{}")
        write_cache_entry(tmp_path / "cache" / "entry.json", b"{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "report.json").stat().st_mode) == expected
    assert stat.S_IMODE((tmp_path / "cache" / "entry.json").stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "report.json"]  # no temp file left


def test_rewriting_a_report_replaces_it_atomically(tmp_path: Path) -> None:
    target = tmp_path / "laporan.md"
    write_atomic(target, b"lama")
    write_atomic(target, b"baru")
    assert target.read_bytes() == b"baru" and [p.name for p in tmp_path.iterdir()] == ["laporan.md"]
