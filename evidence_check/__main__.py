"""`python -m evidence_check …` runs the same CLI as the `evidence-check` command."""
from __future__ import annotations

from .cli import main

if __name__ == "__main__":
    main(prog_name="evidence-check")
