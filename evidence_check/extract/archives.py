"""ZIP bundles: members become documents named `bundle.zip!/inner/path.pdf`, under strict limits.

Members are copied one at a time into a private temp dir under names we choose (never the member's
own path), so `../` or absolute member names cannot write anywhere; sizes are counted while copying
because the sizes in a zip header can lie.
"""
from __future__ import annotations

import shutil
import stat
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

MAX_MEMBERS = 2000
MAX_RATIO = 150  # uncompressed/compressed; real documents stay far below, bombs far above
MAX_DEPTH = 3  # archive inside archive inside archive
RATIO_MIN_BYTES = 5 * 1024 * 1024  # tiny members may compress extremely well legitimately
JUNK_PREFIXES = ("__MACOSX/",)


class ZipLimitExceeded(Exception):
    pass


@dataclass(frozen=True)
class MemberIssue:
    name: str
    reason: str  # Indonesian detail
    code: str = "ARCHIVE_MEMBER_SKIPPED"


def check_zip_limits(path: Path, max_total: int) -> None:
    """Refuse zip containers (also DOCX/XLSX/PPTX/ODS) whose declared sizes mark a zip bomb."""
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        if len(infos) > 20_000:
            raise ZipLimitExceeded(f"{len(infos)} entri dalam arsip")
        total = sum(i.file_size for i in infos)
        if total > max_total:
            raise ZipLimitExceeded(f"isi arsip {total // (1024 * 1024)} MB melebihi batas {max_total // (1024 * 1024)} MB")
        for i in infos:
            if i.file_size > RATIO_MIN_BYTES and i.file_size > MAX_RATIO * max(1, i.compress_size):
                raise ZipLimitExceeded(f"rasio kompresi {i.file_size // max(1, i.compress_size)}:1 pada {i.filename} (zip bomb)")


def safe_member_name(name: str) -> str | None:
    """The member's path for display, or None if it tries to escape (.., absolute, drive letters)."""
    n = name.replace("\\", "/")
    if n.startswith("/") or (len(n) > 1 and n[1] == ":"):
        return None
    parts = PurePosixPath(n).parts
    if any(p == ".." for p in parts):
        return None
    clean = "/".join(p for p in parts if p not in ("", "."))
    if len(clean) > 1 and clean[1] == ":":  # "./C:/x" is a drive path once the "./" is dropped
        return None
    return clean or None  # "./" or "." names nothing; an empty name would address the archive itself


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def _copy_bounded(src, dst_path: Path, limit: int) -> None:
    copied = 0
    with dst_path.open("wb") as dst:
        while True:
            chunk = src.read(1024 * 1024)
            if not chunk:
                break
            copied += len(chunk)
            if copied > limit:
                raise ZipLimitExceeded("ukuran isi melebihi yang tercantum di arsip")
            dst.write(chunk)


MemberHandler = Callable[[Path, str], None]  # (temp file, display path inside the archive)


def walk_zip(path: Path, max_total: int, handle: MemberHandler) -> list[MemberIssue]:
    """Copy each acceptable member to a temp file and hand it over; return what was skipped and why."""
    issues: list[MemberIssue] = []
    check_zip_limits(path, max_total)
    with zipfile.ZipFile(path) as zf, tempfile.TemporaryDirectory(prefix="ec-zip-") as tmp:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > MAX_MEMBERS:
            issues.append(MemberIssue("*", f"hanya {MAX_MEMBERS} dari {len(infos)} isi arsip yang dibaca"))
            infos = infos[:MAX_MEMBERS]
        budget = max_total
        for n, info in enumerate(infos):
            name = safe_member_name(info.filename)
            if name is None:
                issues.append(MemberIssue(info.filename, "nama berisi '..' atau path absolut; tidak diekstrak"))
                continue
            if name.startswith(JUNK_PREFIXES) or PurePosixPath(name).name.startswith("._"):
                continue
            if _is_symlink(info):
                issues.append(MemberIssue(name, "tautan simbolik (symlink) tidak diikuti"))
                continue
            if info.flag_bits & 0x1:
                issues.append(MemberIssue(name, "dilindungi kata sandi", code="ENCRYPTED"))
                continue
            target = Path(tmp) / f"m{n}{PurePosixPath(name).suffix[:10]}"
            try:
                with zf.open(info) as src:
                    _copy_bounded(src, target, min(info.file_size, budget))
            except ZipLimitExceeded as exc:
                issues.append(MemberIssue(name, str(exc)))
                continue
            except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError, ValueError) as exc:
                issues.append(MemberIssue(name, f"rusak: {exc}"))
                continue
            budget -= target.stat().st_size
            try:
                handle(target, name)
            finally:
                target.unlink(missing_ok=True)
    return issues


__all__ = ["MAX_DEPTH", "MemberIssue", "ZipLimitExceeded", "check_zip_limits", "safe_member_name", "walk_zip", "shutil"]
