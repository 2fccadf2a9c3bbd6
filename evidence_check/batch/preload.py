"""Imported once by the local pool's fork server: every worker forked from it starts with the rules,
word lists, message catalogues and the spaCy pipeline already loaded (seconds each, paid once)."""
from __future__ import annotations

import gc


def _warm() -> None:
    try:
        from ..context import Options
        from ..extract.runner import _warm_up
        from ..recognise import warm_up
        from .tasks import worker_rules

        worker_rules((), Options(input=".").framework)  # the built-in rules with the default framework
        warm_up()
        _warm_up()  # word list, catalogue, pdfium, PIL; ends with gc.freeze() (see there why)
    except Exception:  # noqa: BLE001 — only a speed-up: a worker loads what it needs on first use
        gc.freeze()


_warm()
