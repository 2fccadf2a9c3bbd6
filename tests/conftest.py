from __future__ import annotations

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
