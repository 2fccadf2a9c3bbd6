"""Uploaded files into a run's folder: limits, sanitised names, ZIPs through the archive safety.

A client-sent file name never becomes a path as is: every component is cleaned (no separators, no
`..`, no control characters, bounded length), the result is joined under a folder with a generated
name, and containment is checked again after joining. Files are created with O_EXCL|O_NOFOLLOW, so
even a race cannot redirect a write outside the run folder.
"""
from __future__ import annotations

import os
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from ..extract.archives import ZipLimitExceeded, safe_member_name, walk_zip

_BAD_CHARS = re.compile(r'[\x00-\x1f\x7f-\x9f<>:"|?*\\/]')
MAX_COMPONENT_BYTES = 150
MAX_DEPTH = 12
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_total_bytes: int = 512 * 1024 * 1024
    max_files: int = 2000
    max_file_bytes: int = 100 * 1024 * 1024


class UploadError(Exception):
    """A refused upload; the message is shown to the user (Indonesian, English in brackets)."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


def mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB"


def clean_component(name: str) -> str:
    """One path component, safe to create: '' when nothing usable is left."""
    name = unicodedata.normalize("NFC", name)
    name = _BAD_CHARS.sub("_", name).strip().strip(".")  # leading dots: no hidden files, no '..'
    while len(name.encode("utf-8")) > MAX_COMPONENT_BYTES:
        stem, dot, ext = name.rpartition(".")
        name = (stem[:-1] + dot + ext) if dot and len(ext) <= 10 and stem else name[:-1]
    return name


def clean_relpath(filename: str) -> PurePosixPath | None:
    """'folder/sub/x.pdf' as sent by a directory upload → a safe relative path; None if nothing is left."""
    parts = [clean_component(p) for p in filename.replace("\\", "/").split("/")]
    parts = [p for p in parts if p]
    if not parts:
        return None
    return PurePosixPath(*parts[-MAX_DEPTH:])


def _unique(dest: Path, rel: PurePosixPath, taken: set[str]) -> PurePosixPath:
    """Two names that clean to the same path get '~2', '~3' … instead of overwriting each other."""
    candidate, n = rel, 1
    while candidate.as_posix().casefold() in taken:
        n += 1
        candidate = rel.with_name(f"{rel.stem}~{n}{rel.suffix}")
    taken.add(candidate.as_posix().casefold())
    return candidate


def _target(dest: Path, rel: PurePosixPath) -> Path:
    target = dest.joinpath(*rel.parts)
    root = dest.resolve()
    parent = target.parent
    parent.mkdir(parents=True, exist_ok=True)
    if not parent.resolve().is_relative_to(root):
        raise UploadError(f"nama berkas tidak aman (unsafe file name): {rel}")
    return target


def _copy(src: BinaryIO, target: Path, limit: int, shown: str) -> int:
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    written = 0
    with os.fdopen(fd, "wb") as out:
        while chunk := src.read(CHUNK):
            written += len(chunk)
            if written > limit:
                out.close()
                target.unlink(missing_ok=True)
                raise UploadError(f"berkas {shown} melebihi batas {mb(limit)} per berkas "
                                  f"(file larger than the {mb(limit)} per-file limit)", 413)
            out.write(chunk)
    return written


@dataclass(frozen=True)
class Incoming:
    filename: str
    stream: BinaryIO
    size: int | None = None


def strip_common_root(rels: list[PurePosixPath | None]) -> list[PurePosixPath | None]:
    """A picked folder arrives as 'bukti/…' on every file; drop that one shared top folder so document
    paths read as they do when the CLI checks the same folder (and diffs line up across both)."""
    present = [r for r in rels if r is not None]
    if not present or any(len(r.parts) < 2 for r in present) or len({r.parts[0] for r in present}) != 1:
        return rels
    return [PurePosixPath(*r.parts[1:]) if r is not None else None for r in rels]


def save_files(files: Iterable[Incoming], dest: Path, limits: Limits) -> list[str]:
    """Store a directory upload under dest; returns the stored relative paths. Refuses the whole upload
    on the first broken limit (the caller removes dest)."""
    files = list(files)
    if len(files) > limits.max_files:
        raise UploadError(f"{len(files)} berkas melebihi batas {limits.max_files} berkas "
                          f"(more files than the limit of {limits.max_files})", 413)
    taken: set[str] = set()
    stored, total = [], 0
    dest.mkdir(parents=True, exist_ok=True)
    rels = strip_common_root([clean_relpath(f.filename) for f in files])
    for f, rel in zip(files, rels):
        if rel is None:
            continue
        if f.size is not None and f.size > limits.max_file_bytes:
            raise UploadError(f"berkas {rel} ({mb(f.size)}) melebihi batas {mb(limits.max_file_bytes)} per berkas "
                              f"(file larger than the per-file limit)", 413)
        rel = _unique(dest, rel, taken)
        total += _copy(f.stream, _target(dest, rel), limits.max_file_bytes, str(rel))
        if total > limits.max_total_bytes:
            raise UploadError(f"unggahan melebihi batas total {mb(limits.max_total_bytes)} "
                              f"(upload larger than the total limit)", 413)
        stored.append(rel.as_posix())
    if not stored:
        raise UploadError("tidak ada berkas yang diunggah (no files in the upload)")
    return stored


def save_zip(path: Path, dest: Path, limits: Limits) -> tuple[list[str], list[str]]:
    """Unpack an uploaded ZIP through the archive safety (sizes counted while copying, bombs refused,
    `..`/absolute/symlink members skipped). Returns (stored paths, notes about skipped members)."""
    taken: set[str] = set()
    stored: list[str] = []
    dest.mkdir(parents=True, exist_ok=True)

    def handle(tmp: Path, name: str) -> None:
        if len(stored) >= limits.max_files:
            raise UploadError(f"ZIP berisi lebih dari {limits.max_files} berkas (more files than the limit)", 413)
        rel = clean_relpath(name)
        if rel is None:
            return
        rel = _unique(dest, rel, taken)
        with tmp.open("rb") as src:
            _copy(src, _target(dest, rel), limits.max_file_bytes, str(rel))
        stored.append(rel.as_posix())

    try:
        issues = walk_zip(path, limits.max_total_bytes, handle)
    except ZipLimitExceeded as exc:
        raise UploadError(f"ZIP ditolak: {exc} (ZIP refused: exceeds the archive safety limits)", 413) from exc
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise UploadError(f"ZIP tidak terbaca (unreadable ZIP): {exc}") from exc
    notes = [f"{i.name}: {i.reason}" for i in issues]
    if not stored:
        raise UploadError("ZIP tidak berisi berkas yang bisa diperiksa (no usable files in the ZIP)"
                          + (f": {'; '.join(notes[:5])}" if notes else ""))
    return stored, notes


__all__ = ["Incoming", "Limits", "UploadError", "clean_component", "clean_relpath", "safe_member_name", "save_files",
           "save_zip"]
