"""Walk the input folder: evidence files to read, and junk/special files to note (never to error on)."""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .context import RunContext

JUNK_NAMES = {"thumbs.db", "desktop.ini", ".ds_store", "ehthumbs.db", "icon\r"}
JUNK_DIRS = {"__macosx", ".git", ".svn", "$recycle.bin", ".trash", ".trashes"}


@dataclass(frozen=True)
class SourceFile:
    rel: str  # display path, POSIX, valid UTF-8 (undecodable bytes shown as \\xNN)
    path: Path  # real path on disk (may hold surrogate escapes)
    size: int
    mtime_ns: int


def display_name(rel: str) -> str:
    """File names that are not valid UTF-8 still need a printable, JSON-safe name.

    Undecodable bytes become `\\xNN`, not U+FFFD: two names that differ only in such bytes must stay
    two documents (with "replace" they collided and one file vanished from the report)."""
    return os.fsencode(rel).decode("utf-8", "backslashreplace")


def junk_reason(name: str) -> str | None:
    low = name.lower()
    if low in JUNK_NAMES:
        return "berkas sistem (thumbnail/metadata folder)"
    if name.startswith("~$") or (name.startswith(".~lock.") and name.endswith("#")):
        return "berkas kunci Office sementara"
    if name.startswith("._"):
        return "metadata macOS"
    if name.startswith("."):
        return "berkas tersembunyi"
    if low.endswith((".tmp", ".crdownload", ".part")):
        return "unduhan/berkas sementara yang belum selesai"
    return None


def _special_kind(mode: int) -> str | None:
    if stat.S_ISFIFO(mode):
        return "FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "berkas perangkat (device)"
    return None


def _excluded_dirs(ctx: RunContext) -> set[Path]:
    out = set()
    for p in (ctx.options.out, ctx.options.cache_dir):
        if p is not None:
            try:
                out.add(Path(p).resolve())
            except OSError:
                pass
    return out


def discover(root: Path, ctx: RunContext) -> tuple[list[SourceFile], list[dict[str, str]]]:
    root = Path(root)
    if root.is_file():  # a single file is a folder of one
        st = root.stat()
        return [SourceFile(display_name(root.name), root, st.st_size, st.st_mtime_ns)], []
    sources: list[SourceFile] = []
    skipped: list[dict[str, str]] = []
    excluded = _excluded_dirs(ctx)
    follow = ctx.options.follow_symlinks
    seen_dirs: set[tuple[int, int]] = set()  # (device, inode): a followed link back up the tree must not loop

    def note(rel: str, reason: str) -> None:
        skipped.append({"path": display_name(rel), "reason": reason})

    for dirpath, dirnames, filenames in os.walk(root, followlinks=follow, onerror=lambda e: note(
            os.path.relpath(getattr(e, "filename", "") or str(root), root), f"folder tidak dapat dibaca: {e.strerror}")):
        base = Path(dirpath)
        if follow:
            try:
                st = base.stat()
            except OSError:
                dirnames[:] = []
                continue
            if (st.st_dev, st.st_ino) in seen_dirs:
                note(base.relative_to(root).as_posix() + "/", "tautan simbolik melingkar (folder sudah dibaca)")
                dirnames[:] = []
                continue
            seen_dirs.add((st.st_dev, st.st_ino))
        keep = []
        for d in sorted(dirnames):
            rel = (base / d).relative_to(root).as_posix()
            full = base / d
            if d.lower() in JUNK_DIRS or d.startswith("."):
                note(rel + "/", "folder sistem/tersembunyi")
            elif full.is_symlink() and not follow:
                note(rel + "/", "tautan simbolik (symlink) ke folder tidak diikuti")
            elif full.resolve() in excluded:
                continue
            else:
                keep.append(d)
        dirnames[:] = keep
        for name in sorted(filenames):
            full = base / name
            rel = full.relative_to(root).as_posix()
            reason = junk_reason(name)
            if reason:
                note(rel, reason)
                continue
            try:
                lst = full.lstat()
            except OSError as exc:
                note(rel, f"tidak dapat dibaca: {exc.strerror}")
                continue
            if stat.S_ISLNK(lst.st_mode):
                if not follow:
                    note(rel, "tautan simbolik (symlink) tidak diikuti; gunakan --follow-symlinks bila perlu")
                    continue
                try:
                    lst = full.stat()
                except OSError:
                    note(rel, "tautan simbolik rusak")
                    continue
            special = _special_kind(lst.st_mode)
            if special:
                note(rel, f"{special}, bukan dokumen")
                continue
            sources.append(SourceFile(display_name(rel), full, lst.st_size, lst.st_mtime_ns))
    return sources, skipped
