from __future__ import annotations

import hashlib
import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # docfactory / doctexts are plain helper modules
REAL = ROOT.parent / "shared" / "real_samples"

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")


@pytest.fixture
def opts(tmp_path: Path):
    from evidence_check.context import Options

    return Options(input=tmp_path, out=tmp_path / "_out", cache_dir=tmp_path / "_cache", jobs=2)


def tree_hash(root: Path) -> str:
    """Names, modes, sizes, mtimes and bytes of everything under root (links and FIFOs not opened)."""
    h = hashlib.sha256()
    for dirpath, dirnames, filenames in sorted(os.walk(root)):
        dirnames.sort()
        for name in sorted(filenames):
            p = Path(dirpath) / name
            st = p.lstat()
            h.update(os.fsencode(p.relative_to(root)))
            h.update(f"{st.st_mode}:{st.st_size}:{st.st_mtime_ns}".encode())
            if p.is_file() and not p.is_symlink():
                h.update(p.read_bytes())
    return h.hexdigest()


@pytest.fixture(autouse=True)
def _isolated_history(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """`check` records runs in a history database by default: never the user's own during tests."""
    monkeypatch.setenv("EVIDENCE_CHECK_HISTORY_DB", str(tmp_path_factory.mktemp("history") / "history.sqlite3"))
