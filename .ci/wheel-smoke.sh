#!/usr/bin/env bash
# Install evidence-check the way users do — from its wheel, into a fresh virtualenv outside the checkout —
# and run it: --version, `rules`, `python -m`, every module importable, one small folder end to end with a
# valid report.json. A wheel missing rule data, templates or a package fails here (and so fails CI).
#
# usage: .ci/wheel-smoke.sh PYTHON   (the project virtualenv's python; its pip cache and resolved
#                                     versions are reused so the throw-away install is quick)
set -euo pipefail
PY=${1:?usage: wheel-smoke.sh PYTHON}
# Nothing of a source tree on the path: with the checkout on PYTHONPATH, pip would find the package (and the
# egg-info the build leaves) "already installed" and skip the wheel, and the checks would test the checkout.
unset PYTHONPATH PYTHONHOME
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/evidence-check-wheel.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
start=$SECONDS

# 1. Build from a clean copy of the files git knows (tracked, or new and not ignored), as a fresh clone would:
#    a stale build/ or *.egg-info/SOURCES.txt in the checkout would put deleted or unlisted files in the wheel.
mkdir "$TMP/src"
git -C "$ROOT" ls-files -z --cached --others --exclude-standard \
    | tar -C "$ROOT" --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -C "$TMP/src" -xf -
"$PY" -m pip wheel -q --no-deps -w "$TMP/dist" "$TMP/src" </dev/null 2>"$TMP/build.log" \
    || { cat "$TMP/build.log"; exit 1; }
WHEEL=$(ls "$TMP"/dist/evidence_check-*.whl)
echo "wheel-smoke: built $(basename "$WHEEL") ($(du -k "$WHEEL" | cut -f1) kB) in $((SECONDS - start)) s"

# 2. Install into a fresh venv, resolving the wheel's own declared dependencies, pinned to the versions the
#    project venv already has. Those wheels are kept in a wheelhouse keyed by the resolved set, so a re-run
#    installs with no index look-up at all. --no-compile: byte-compiling spaCy & co. would double the time.
"$PY" -m pip freeze --exclude-editable >"$TMP/resolved.txt" 2>/dev/null
HOUSE="${XDG_CACHE_HOME:-$HOME/.cache}/evidence-check/ci-wheelhouse/$(sha256sum "$TMP/resolved.txt" | cut -c1-16)"
fill_house() {
  "$PY" -m pip wheel -q -c "$TMP/resolved.txt" -w "$HOUSE" "$WHEEL" </dev/null 2>"$TMP/house.log" \
      || { cat "$TMP/house.log"; exit 1; }
  rm -f "$HOUSE"/evidence_check-*.whl  # the project's own wheel is built fresh every time
  touch "$HOUSE/.complete"
}
install() {
  "$TMP/venv/bin/pip" install -q --no-compile --no-index --find-links "$HOUSE" "$WHEEL" </dev/null 2>"$TMP/install.log"
}
[ -f "$HOUSE/.complete" ] || fill_house
"$PY" -m venv "$TMP/venv"
# a dependency new to the wheel is not in an older wheelhouse yet: fetch it, then install again
install || { fill_house; install; } || { cat "$TMP/install.log"; exit 1; }
echo "wheel-smoke: installed with its dependencies in $((SECONDS - start)) s ($(du -sm "$TMP/venv" | cut -f1) MB venv)"

# 3. Run it from outside the checkout, with nothing of the source tree on the path.
cd "$TMP"
EC="$TMP/venv/bin/evidence-check"
VPY="$TMP/venv/bin/python"
"$EC" --version
"$EC" rules
"$VPY" -m evidence_check --help >/dev/null
"$VPY" - <<'EOF'
import importlib, pkgutil, sys
import evidence_check
from evidence_check.context import PROJECT_RULES
assert "site-packages" in str(PROJECT_RULES), f"rules found outside the installed package: {PROJECT_RULES}"
for sub in ("status.yaml", "doctypes", "frameworks", "messages", "vocab", "README.md"):
    assert (PROJECT_RULES / sub).exists(), f"wheel lacks rules/{sub}"
OPTIONAL = {"weasyprint", "dask", "distributed"}  # extras pdf and cluster: modules needing them may not import
for mod in pkgutil.walk_packages(evidence_check.__path__, "evidence_check."):
    try:
        importlib.import_module(mod.name)
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in OPTIONAL:
            raise
print(f"wheel-smoke: every module imports; rules at {PROJECT_RULES}")
EOF
mkdir -p bukti/kebijakan
cp "$ROOT/tests/data/sample_docs_spbe/Indikator 01-10 Kebijakan/1a-Perbup-SPBE-2023.pdf" bukti/kebijakan/
printf 'NOTULEN RAPAT TIM KOORDINASI SPBE KABUPATEN SUKAMAJU\nTanggal 3 Maret 2024\n' >bukti/notulen.txt
: >bukti/kosong.pdf
umask 022
"$EC" bukti -o laporan --format html,json,md --cache-dir cache -q
"$VPY" - <<'EOF'
import json, stat
from pathlib import Path
data = json.loads(Path("laporan/report.json").read_text("utf-8"))
assert list(data)[0] == "schema_version" and data["schema_version"], "report.json lacks schema_version"
paths = sorted(d["path"] for d in data["documents"])
assert paths == ["kebijakan/1a-Perbup-SPBE-2023.pdf", "kosong.pdf", "notulen.txt"], paths
assert any(f["code"] == "EMPTY_FILE" for d in data["documents"] for f in d["findings"])
assert data["indicators"], "no indicator verdicts"
mode = stat.S_IMODE(Path("laporan/report.json").stat().st_mode)
assert mode == 0o644, oct(mode)
print(f"wheel-smoke: report.json schema {data['schema_version']}, {len(paths)} documents, mode {oct(mode)}")
EOF
echo "wheel-smoke: OK in $((SECONDS - start)) s"
