"""evidence-check: pre-screen SPBE evidence (bukti dukung) folders."""
from __future__ import annotations

__version__ = "0.1.0"
