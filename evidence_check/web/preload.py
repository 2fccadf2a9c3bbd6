"""Imported once by the fork server that starts run workers: the pipeline's modules and the spaCy
pipeline are loaded here, so each run's worker starts warm instead of paying for them again.

The fork server also ends with the server that started it (it would otherwise outlive a killed
server, and so would the workers it forks)."""
from __future__ import annotations

from .. import api, pipeline  # noqa: F401
from ..recognise import warm_up
from ..report import get_reporter
from .jobs import die_with_parent

die_with_parent()
for _name in ("html", "json", "md", "xlsx"):
    get_reporter(_name)
warm_up()
