"""Reach each document's bytes without touching the input: files under the input root, zip members.

Zip members (`a.zip!/inner/x.pdf`, nested `a.zip!/b.zip!/c.pdf`) are taken out with the extractor's own
walk (evidence_check/extract/archives.py): the same limits on size, ratio and member count, no `..` or
absolute names, no symlinks, no encrypted members, and the member's own name never becomes a path on
disk. Each archive is walked once for all the members the package needs.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import zipfile
from dataclasses import dataclass, field, fields
from pathlib import Path, PurePosixPath

from ...context import Options
from ...extract.archives import ZipLimitExceeded, walk_zip

SEP = "!/"
# The extractor's own budget for one archive (Options.max_file_bytes), so both read the same members.
MAX_ARCHIVE_BYTES: int = next(f.default for f in fields(Options) if f.name == "max_file_bytes")  # type: ignore[assignment]
_ESCAPED_BYTE = re.compile(rb"\\x([0-9a-f]{2})")


@dataclass(frozen=True)
class Located:
    path: Path | None  # a readable local file (the original, or a private copy of a zip member)
    reason: str = ""  # why not, in Indonesian
    archive: str = ""  # the outermost archive it came from


def _undisplay(rel: str) -> str:
    """Reverse discover.display_name: `\\xNN` back to the undecodable byte of the real file name."""
    raw = _ESCAPED_BYTE.sub(lambda m: bytes([int(m.group(1), 16)]), rel.encode("utf-8", "surrogateescape"))
    return os.fsdecode(raw)


def _inside(child: Path, root: Path) -> bool:
    try:
        child.resolve().relative_to(root.resolve())
        return True
    except (ValueError, OSError):
        return False


def local_file(root: Path, rel: str, follow_symlinks: bool = False) -> Located:
    """The file a document path names under the input root, refusing anything that leads outside it."""
    if root.is_file():  # a single-file run: the document path is the file's own name
        return (
            Located(root)
            if rel in (root.name, _display(root.name))
            else Located(None, "tidak ada di masukan")
        )
    parts = PurePosixPath(rel).parts
    if not parts or rel.startswith("/") or any(p in ("..", "") for p in parts):
        return Located(None, "path tidak aman")
    for cand in (root / rel, root / _undisplay(rel)):
        if not cand.is_file():
            continue
        if not follow_symlinks and (cand.is_symlink() or not _inside(cand, root)):
            return Located(None, "tautan simbolik tidak diikuti")
        return Located(cand)
    return Located(None, "berkas tidak ditemukan")


def _display(name: str) -> str:
    return os.fsencode(name).decode("utf-8", "backslashreplace")


@dataclass
class SourceResolver:
    """Finds documents under `root`; zip members are staged once into `staging` (a private temp folder)."""

    root: Path
    staging: Path
    follow_symlinks: bool = False
    _staged: dict[str, Located] = field(default_factory=dict)

    def prepare(self, paths: list[str]) -> None:
        """Take out every zip member among `paths`, outer archives first, each archive walked once."""
        wanted: dict[str, set[str]] = {}
        for path in paths:
            chain = path.split(SEP)
            for depth in range(1, len(chain)):
                wanted.setdefault(SEP.join(chain[:depth]), set()).add(chain[depth])
        for archive in sorted(wanted, key=lambda a: a.count(SEP)):
            self._walk(archive, wanted[archive])

    def _walk(self, archive: str, members: set[str]) -> None:
        outer = archive.split(SEP)[0]
        container = self.locate(archive)
        if container.path is None:
            for m in members:
                self._staged[f"{archive}{SEP}{m}"] = Located(None, container.reason, outer)
            return
        found: dict[str, Path] = {}

        def keep(tmp: Path, name: str) -> None:
            if name in members and name not in found:
                target = self.staging / f"m{len(self._staged) + len(found)}{PurePosixPath(name).suffix[:10]}"
                shutil.copyfile(tmp, target)
                found[name] = target

        self.staging.mkdir(parents=True, exist_ok=True)
        try:
            walk_zip(container.path, MAX_ARCHIVE_BYTES, keep)
            problem = "tidak ada di dalam arsip (atau dilewati karena batas keamanan)"
        except (
            ZipLimitExceeded,
            zipfile.BadZipFile,
            OSError,
            EOFError,
            RuntimeError,
            ValueError,
            NotImplementedError,
        ) as exc:
            problem = f"arsip tidak dapat dibuka: {exc}"
        for m in members:
            key = f"{archive}{SEP}{m}"
            self._staged[key] = Located(found[m], "", outer) if m in found else Located(None, problem, outer)

    def locate(self, path: str) -> Located:
        if SEP not in path:
            return local_file(self.root, path, self.follow_symlinks)
        if path not in self._staged:
            self.prepare([path])
        return self._staged.get(path, Located(None, "anggota arsip tidak ditemukan"))


def copy_hashed(src: Path, dst: Path) -> str:
    """Copy `src` to `dst` (a new file; the source is only read) and return the sha256 of what was copied."""
    h = hashlib.sha256()
    dst.parent.mkdir(parents=True, exist_ok=True)
    with src.open("rb") as fin, dst.open("xb") as fout:
        while chunk := fin.read(1024 * 1024):
            h.update(chunk)
            fout.write(chunk)
    return h.hexdigest()
