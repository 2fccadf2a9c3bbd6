"""Helpers for the Pemdi item-judge tests."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Opts:
    """The run options the item judge reads (period, claims, external indices, language, rule overlays)."""

    tahun: int = 2026
    klaim: Path | None = None
    indeks_eksternal: Path | None = None
    lang: str = "id"
    rules_dirs: tuple[Path, ...] = field(default_factory=tuple)
