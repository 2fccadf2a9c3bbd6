"""Carry out a plan: copy (never move) the documents, cut page extracts, write notes, manifest, to-dos, zip.

The package is built in a private folder beside the output and swapped in at the end, so a reader sees
the old package or the new one, never half of one; the input folder is only ever read.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import zipfile
from pathlib import Path

from ...errors import EvidenceCheckError
from ...models import Document, Finding, RunReport
from .hygiene import file_warnings
from .names import pages_label
from .pdfpages import PageExtractError, extract_pages, merge_pdfs
from .plan import Entry, FilePlan, PaketSettings, Plan
from .sources import SEP, SourceResolver, copy_hashed
from .tables import Outcome, manifest_csv, manifest_xlsx, todo_text, todo_text_59
from .text import say, warning

FOLDER = "paket"
ZIP_NAME = "paket.zip"
MARKER = ".evidence-check-paket"  # only a folder carrying it is ever replaced
NOTES_DIR = "catatan"
MANIFEST = "manifest"
TODO = "daftar-kerja.txt"
README = "BACA-SAYA.txt"


class PackageError(EvidenceCheckError):
    """The package cannot be written where asked (it would replace something that is not a package)."""


Warned = list[tuple[str, Finding]]


def _copy_pages(
    f: FilePlan, src: Path, target: Path, doc: Document | None, settings: PaketSettings
) -> Warned:
    try:
        extract_pages(src, f.pages, target)
    except PageExtractError as exc:
        pages = pages_label(f.pages, ", ")
        return [(f.target, warning("PAGES_NOT_EXTRACTED", file=target.name, pages=pages, reason=str(exc)))]
    size = target.stat().st_size
    return [(f.target, w) for w in file_warnings(target.name, doc, size, settings.max_upload_mb, whole=False)]


def _copy_whole(
    f: FilePlan, src: Path, target: Path, doc: Document | None, archive: str, settings: PaketSettings
) -> tuple[bool, Warned]:
    try:
        digest = copy_hashed(src, target)
    except OSError as exc:  # unreadable now (permissions, a disk gone): a warning, not a lost package
        target.unlink(missing_ok=True)
        reason = exc.strerror or str(exc)
        return False, [(f.source, warning("SOURCE_MISSING", source=f.source, reason=reason))]
    warns: Warned = []
    if doc is not None and doc.sha256 and doc.sha256 != digest:
        warns.append((f.target, warning("SOURCE_CHANGED", file=target.name)))
    size = target.stat().st_size
    warns += [(f.target, w) for w in file_warnings(target.name, doc, size, settings.max_upload_mb)]
    if SEP in f.source:
        warns.append((f.target, warning("FROM_ARCHIVE", file=target.name, archive=archive)))
    return True, warns


def _merge(f: FilePlan, resolver: SourceResolver, target: Path, settings: PaketSettings) -> Warned:
    found = [resolver.locate(p).path for p in f.merge]
    sources = [p for p in found if p is not None]
    if len(sources) < 2:
        return []  # the missing sources are reported where they are copied
    try:
        merge_pdfs(sources, target)
    except PageExtractError as exc:
        target.unlink(missing_ok=True)
        return [(f.target, warning("NOT_MERGED", file=target.name, reason=str(exc)))]
    size = target.stat().st_size
    notes = [(f.target, warning("MERGED", file=target.name, count=len(sources)))]
    return notes + [(f.target, w) for w in file_warnings(target.name, None, size, settings.max_upload_mb)]


def _copy_entry(
    e: Entry, docs: dict[str, Document], resolver: SourceResolver, root: Path, settings: PaketSettings
) -> Outcome:
    written: list[str] = []
    warns: Warned = []
    wholes = [f for f in e.files if not f.pages and not f.merge]
    if len(wholes) > 1:
        warns.append((e.folder, warning("SEVERAL_FILES", items=e.key, count=len(wholes))))
    for f in e.files:
        if f.merge:
            more = _merge(f, resolver, root / f.target, settings)
            warns += more
            if (root / f.target).is_file():
                written.append(f.target)
            continue
        doc = docs.get(f.source)
        located = resolver.locate(f.source)
        if located.path is None:
            if not f.pages:  # reported once, for the whole file
                warns.append((f.source, warning("SOURCE_MISSING", source=f.source, reason=located.reason)))
            continue
        target = root / f.target
        if f.pages:
            more = _copy_pages(f, located.path, target, doc, settings)
            ok = target.is_file()
        else:
            ok, more = _copy_whole(f, located.path, target, doc, located.archive, settings)
        warns += more
        if ok:
            written.append(f.target)
    return Outcome(tuple(written), tuple(warns))


def _write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))


def _write_extras(report: RunReport, plan: Plan, outcomes: dict[str, Outcome], root: Path, lang: str) -> None:
    for e in plan.entries:
        _write_text(root / NOTES_DIR / f"{e.key}.txt", e.note + "\r\n")
    (root / f"{MANIFEST}.csv").write_bytes(manifest_csv(plan, outcomes, lang))
    (root / f"{MANIFEST}.xlsx").write_bytes(manifest_xlsx(plan, outcomes, lang, report.generated_at))
    if not any(e.item is not None for e in plan.entries):
        _write_text(root / TODO, todo_text_59(plan, lang))
    else:
        _write_text(root / TODO, todo_text(plan, lang))
        for code in dict.fromkeys(e.indicator.code for e in plan.entries if e.item is not None):
            folder = next(e.folder.split("/", 1)[0] for e in plan.entries if e.indicator.code == code)
            _write_text(root / folder / TODO, todo_text(plan, lang, code))
    readme = [
        say("readme.title", lang),
        "",
        say(
            "readme.body",
            lang,
            version=report.tool_version,
            input=Path(report.input_root).name,
            date=report.generated_at[:10],
        ),
    ]
    _write_text(root / README, "\r\n".join(readme) + "\r\n")
    (root / MARKER).write_text(report.generated_at + "\n", encoding="utf-8")


def _zip_time(generated_at: str) -> tuple[int, int, int, int, int, int]:
    """Every member carries the run's time: the listing says when the evidence was checked, not zipped."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})", generated_at or "")
    stamp = tuple(int(g) for g in m.groups()) if m else (1980, 1, 1, 0, 0, 0)
    return stamp if stamp[0] >= 1980 else (1980, 1, 1, 0, 0, 0)  # type: ignore[return-value]


def _zip(root: Path, dest: Path, generated_at: str) -> None:
    """paket.zip holding paket/… (the marker stays out), members in sorted order, streamed from disk."""
    when = _zip_time(generated_at)
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(p for p in root.rglob("*") if p.is_file() and p.name != MARKER):
            info = zipfile.ZipInfo(f"{FOLDER}/{path.relative_to(root).as_posix()}", date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            with path.open("rb") as src, zf.open(info, "w") as dst:
                shutil.copyfileobj(src, dst, 1024 * 1024)


def _check_target(out_dir: Path, input_root: Path) -> None:
    target = out_dir / FOLDER
    if input_root.exists():
        try:
            input_root.resolve().relative_to(target.resolve())
            raise PackageError(f"the input {input_root} is inside {target}; choose another --out")
        except ValueError:
            pass
    if target.exists() and not (target / MARKER).is_file():
        raise PackageError(
            f"{target} exists and was not written by evidence-check; move it or choose another --out"
        )


def write_package(
    report: RunReport, plan: Plan, out_dir: Path, lang: str, settings: PaketSettings
) -> list[Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    input_root = Path(report.input_root)
    _check_target(out_dir, input_root)
    docs = {d.path: d for d in report.documents}
    follow = bool(report.options.get("follow_symlinks"))
    with tempfile.TemporaryDirectory(prefix=".paket-", dir=out_dir) as tmp:
        build = Path(tmp) / FOLDER
        build.mkdir()
        resolver = SourceResolver(input_root, Path(tmp) / "arsip", follow)
        resolver.prepare([f.source for e in plan.entries for f in e.files if SEP in f.source])
        outcomes = {e.key: _copy_entry(e, docs, resolver, build, settings) for e in plan.entries}
        _write_extras(report, plan, outcomes, build, lang)
        written = [out_dir / FOLDER]
        if settings.make_zip:
            _zip(build, Path(tmp) / ZIP_NAME, report.generated_at)
        target = out_dir / FOLDER
        if target.exists():
            os.replace(target, Path(tmp) / "lama")  # the old package goes away with the temp folder
        os.replace(build, target)
        if settings.make_zip:
            os.replace(Path(tmp) / ZIP_NAME, out_dir / ZIP_NAME)
            written.append(out_dir / ZIP_NAME)
        elif _is_our_zip(out_dir / ZIP_NAME):
            os.replace(out_dir / ZIP_NAME, Path(tmp) / "lama.zip")  # a zip of an older package would mislead
    return written


def _is_our_zip(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            return f"{FOLDER}/{MANIFEST}.csv" in zf.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


__all__ = ["FOLDER", "MARKER", "README", "TODO", "ZIP_NAME", "PackageError", "write_package"]
