"""Indonesian dates ('31 Agustus 2021', '2 Jan. 2O19', '31-08-2021') → ISO 'yyyy-mm-dd'; never raises."""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from types import MappingProxyType

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


# --- dates written in words -------------------------------------------------------------------------------
# Agreements, minutes and handover reports open with "Pada hari ini Jumat tanggal tiga puluh satu bulan
# Agustus tahun dua ribu delapan belas": the act's own date, and on a scan the most reliable one (words are
# not misread digit by digit the way a stamped "2018" becomes "2013").
_UNITS = MappingProxyType({"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
                           "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11,
                           "seratus": 100, "seribu": 1000})
_SCALES = ("belas", "puluh", "ratus", "ribu")
_HARI_INI = re.compile(r"\bhari\s+ini\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+|\d+")


def words_to_int(words: list[str]) -> int | None:
    """'dua ribu delapan belas' → 2018, 'tiga puluh satu' → 31; None when a word is not a number word."""
    total, current = 0, 0
    for w in (x.lower() for x in words):
        if w in ("seratus", "seribu"):
            total, current = total + current + _UNITS[w], 0
        elif w in _UNITS:
            current += _UNITS[w]
        elif w == "belas":
            current += 10
        elif w == "puluh":
            current *= 10
        elif w == "ratus":
            total, current = total + current * 100, 0
        elif w == "ribu":
            total, current = (total + current) * 1000, 0
        else:
            return None
    return total + current if words else None


def _number_run(tokens: list[str], i: int) -> tuple[int | None, int]:
    """The number at tokens[i]: digits, or the longest run of number words; (value, next index)."""
    if i < len(tokens) and tokens[i].isdigit():
        return int(tokens[i]), i + 1
    j = i
    while j < len(tokens) and (tokens[j].lower() in _UNITS or tokens[j].lower() in _SCALES):
        j += 1
    return (words_to_int(tokens[i:j]), j) if j > i else (None, i)


def find_spelled_dates(text: str, months: MonthsVocab, threshold: float = 80.0) -> list[tuple[int, str]]:
    """(offset, iso) of each 'Pada hari ini <hari> tanggal <day> [bulan] <month> tahun <year>' in text; day and
    year in digits or in words."""
    table = month_table(months)
    out = []
    for m in _HARI_INI.finditer(text):
        tokens = _WORD.findall(text[m.end(): m.end() + 220])
        try:
            i = [t.lower() for t in tokens[:4]].index("tanggal") + 1
        except ValueError:
            continue
        day, i = _number_run(tokens, i)
        if i < len(tokens) and tokens[i].lower() == "bulan":
            i += 1
        month = _month_lookup(tokens[i], table, threshold) if i < len(tokens) else None
        i += 1
        if i < len(tokens) and tokens[i].lower() == "tahun":
            i += 1
        year, _ = _number_run(tokens, i)
        iso = _valid(year, month, day)
        if iso:
            out.append((m.start(), iso))
    return out
