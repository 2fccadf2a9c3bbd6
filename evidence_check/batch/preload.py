"""Imported once by the local pool's fork server: every worker forked from it starts with the rules,
word lists, message catalogues and the spaCy pipeline already loaded (seconds each, paid once)."""
from __future__ import annotations

import gc


def _warm() -> None:
    try:
        from ..extract.runner import _warm_up
        from .tasks import warm_worker

        warm_worker()  # the built-in rules, the framework of the current period, spaCy
        _warm_up()  # word list, catalogue, pdfium, PIL; ends with gc.freeze() (see there why)
    except Exception:  # noqa: BLE001 — only a speed-up: a worker loads what it needs on first use
        gc.freeze()


_warm()
