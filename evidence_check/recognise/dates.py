"""Indonesian dates ('31 Agustus 2021', '2 Jan. 2O19', '31-08-2021') → ISO 'yyyy-mm-dd'; never raises."""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from .schema import MonthsVocab

_CONF = {"O": "0", "o": "0", "D": "0", "Q": "0", "I": "1", "l": "1", "L": "1", "|": "1", "i": "1", "!": "1",
         "S": "5", "s": "5", "B": "8", "Z": "2", "z": "2", "g": "9", "q": "9"}
_DIGITISH = "0-9OoDQIlL|i!SsBZzgq"
# day, month word, year: '31 Agustus 2021', '2 Jan. 2O19', '1Oktober 2019'
DATE_WORDS = re.compile(
    rf"(?<![0-9A-Za-z])([0-3]?[{_DIGITISH}])\s*[-.]?\s*([A-Za-z0][A-Za-z0-9]{{2,9}})\.?\s*[-.,]?\s*([12][{_DIGITISH}]{{3}})(?![0-9])")
DATE_NUMERIC = re.compile(r"(?<![0-9/.-])([0-3]?\d)\s*[-/.]\s*([01]?\d)\s*[-/.]\s*((?:19|20)\d\d)(?![0-9])")


_MONTH_DIGITS = str.maketrans({"0": "o", "1": "i", "5": "s", "8": "b"})


def _digits(tok: str) -> int | None:
    fixed = "".join(_CONF.get(ch, ch) for ch in tok)
    return int(fixed) if fixed.isdigit() else None


@lru_cache(maxsize=4096)
def _month_lookup(word: str, table: tuple[tuple[str, int], ...], threshold: float) -> int | None:
    w = word.lower().rstrip(".").translate(_MONTH_DIGITS)
    exact = dict(table)
    if w in exact:
        return exact[w]
    if len(w) < 4:
        return None
    got = process.extractOne(w, [k for k, _ in table if len(k) >= 4], scorer=fuzz.ratio, score_cutoff=threshold)
    return exact[got[0]] if got else None


def month_table(months: MonthsVocab) -> tuple[tuple[str, int], ...]:
    return tuple((name.lower(), num) for num, names in sorted(months.months.items()) for name in names)


def _valid(y: int | None, m: int | None, d: int | None) -> str | None:
    if y is None or m is None or d is None or not 1900 <= y <= 2099:
        return None
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_date(text: str, months: MonthsVocab, threshold: float = 80.0) -> str | None:
    """The first valid date in `text`, as ISO; None when there is none. Never raises."""
    if not isinstance(text, str) or not text:
        return None
    found = find_dates(text, months, threshold)
    return found[0][1] if found else None


def find_dates(text: str, months: MonthsVocab, threshold: float = 80.0) -> list[tuple[int, str]]:
    """All (offset, iso) dates in text, in order."""
    table = month_table(months)
    out: list[tuple[int, str]] = []
    for m in DATE_WORDS.finditer(text):
        month = _month_lookup(m.group(2), table, threshold)
        iso = _valid(_digits(m.group(3)), month, _digits(m.group(1)))
        if iso:
            out.append((m.start(), iso))
    for m in DATE_NUMERIC.finditer(text):
        iso = _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if iso:
            out.append((m.start(), iso))
    out.sort()
    return out
