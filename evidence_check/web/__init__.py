"""`evidence-check serve`: a local web app over the library API, with run history and diffs."""
from __future__ import annotations
