"""Words of the package: phrases (rules/messages/paket.yaml), plain text for web forms, descriptions."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping

from ...context import PROJECT_RULES
from ...messages import MessageFile, MessageRule, catalogue, fmt, render
from ...models import Document, Finding
from ...recognise.schema import MonthsVocab
from ...rules.loader import load_model

CATALOGUE = "paket"
ELLIPSIS = "..."  # ASCII: some portal forms mangle U+2026
# Typographic characters that copy badly into web forms (and some legacy encodings) become plain ASCII.
_FORM_SAFE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2026": "...",
        "\u2022": "-",
        "\u00b7": "-",
        "`": "'",
        "|": "/",
    }
)
# Markdown that a form would show literally: emphasis runs and heading hashes standing alone.
_EMPHASIS = re.compile(r"\*{2,}|_{2,}")
_HEADING = re.compile(r"(?:^|(?<=\s))#{1,6}(?=\s)")
_TITLE_SUBJECT = re.compile(r"\btentang\b\s*", re.IGNORECASE)
ITEM_CODE = re.compile(r"\bI\d{1,2}[-_ ]L[1-5](?:[-_ ]\d{2})?\b", re.IGNORECASE)
# Kept upper case when an ALL-CAPS title is set in title case (the common ones in Pemdi evidence).
_ACRONYMS = frozenset(
    [
        "SPBE",
        "TIK",
        "RPJMD",
        "RPJPD",
        "RKPD",
        "RENSTRA",
        "RENJA",
        "RKA",
        "DPA",
        "SIPD",
        "OPD",
        "SKPD",
        "PD",
        "TTIS",
        "CSIRT",
        "SOP",
        "API",
        "PDN",
        "PDNS",
        "JIP",
        "BSSN",
        "ASN",
        "IKASANDI",
        "SDI",
        "SJIG",
        "EPSS",
        "SLA",
        "UI",
        "UX",
        "RA",
        "RAN",
        "PPDP",
        "DPO",
        "MOU",
        "PKS",
        "BA",
        "KAK",
        "RAB",
        "BPS",
        "BIG",
        "DPRD",
        "SK",
        "SE",
        "SKM",
        "IIV",
        "LHA",
    ]
)
# Legal forms are named "<kind> Nomor … tentang <subject>"; other documents are named by their own title.
_LEGAL = frozenset(
    {"perda", "perkada", "peraturan_menteri", "peraturan_nasional", "keputusan", "surat_edaran"}
)
_SMALL_WORDS = frozenset(
    [
        "dan",
        "di",
        "ke",
        "dari",
        "yang",
        "atau",
        "untuk",
        "pada",
        "dalam",
        "tentang",
        "serta",
        "dengan",
        "oleh",
        "bagi",
        "atas",
    ]
)


def phrases() -> Mapping[str, MessageRule]:
    """The active `paket` catalogue; the shipped file when the catalogue registry does not list it."""
    try:
        return catalogue(CATALOGUE)
    except KeyError:
        return _shipped()


@functools.lru_cache(maxsize=1)
def _shipped() -> Mapping[str, MessageRule]:
    return load_model(PROJECT_RULES / "messages" / f"{CATALOGUE}.yaml", MessageFile).messages


def say(key: str, lang: str = "id", **params: object) -> str:
    """A phrase in `lang` (Indonesian by default, as the portal is); an unknown key reads as the key."""
    msg = phrases().get(key)
    if msg is None:
        return key
    return fmt(msg.en if lang == "en" and msg.en else msg.id, params)


def warning(code: str, **params: object) -> Finding:
    """An upload-hygiene warning as a Finding (code, severity, message, fix in both languages)."""
    return render(phrases()[code], code, rule=f"paket.{code}", **params)


def plain(text: str) -> str:
    """Text that survives a web form: no control characters, tabs or Markdown; single spaces; plain quotes."""
    text = " ".join(unicodedata.normalize("NFKC", text or "").translate(_FORM_SAFE).split())
    if not text.isprintable():  # rare: zero-width, bidi or other format characters left after the split
        text = "".join(" " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in text)
    text = _HEADING.sub(" ", _EMPHASIS.sub("", text))
    return " ".join(text.split())


def truncate(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary and marked with an ellipsis."""
    if len(text) <= limit:
        return text
    room = max(0, limit - len(ELLIPSIS))
    cut = text[:room]
    if " " in cut and text[room : room + 1] not in ("", " "):
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.-") + ELLIPSIS


def sentence(text: str) -> str:
    """Trim and drop a final full stop, so a phrase template can add its own punctuation."""
    return plain(text).rstrip(" .")


@functools.lru_cache(maxsize=1)
def _month_names() -> tuple[str, ...]:
    vocab = load_model(PROJECT_RULES / "vocab" / "months.yaml", MonthsVocab)
    return tuple(vocab.months[m][0].capitalize() for m in range(1, 13))


def format_date(iso: str | None) -> str:
    """2026-03-12 → `12 Maret 2026`; anything unparseable is returned as given."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        return iso or ""
    return f"{int(m.group(3))} {_month_names()[int(m.group(2)) - 1]} {m.group(1)}"


def _title_case(text: str) -> str:
    """An ALL-CAPS title in title case, keeping acronyms and Indonesian function words as they are written."""
    if not text.isupper():
        return text
    out = []
    for w in text.split():
        bare = w.strip("()[],.;:").lower()
        if bare.upper() in _ACRONYMS or not any(c in "aeiou" for c in bare):
            out.append(w)
        elif bare in _SMALL_WORDS and out:
            out.append(w.lower())
        else:
            out.append(w.capitalize())
    return " ".join(out)


def title_subject(title: str | None) -> str:
    """`KEPUTUSAN BUPATI ... TENTANG TIM KOORDINASI PEMDI` → `Tim Koordinasi Pemdi` (after "tentang")."""
    text = plain(title or "")
    parts = _TITLE_SUBJECT.split(text, maxsplit=1)
    return _title_case(parts[1] if len(parts) == 2 and parts[1] else text)


def describe(doc: Document | None, path: str, lang: str = "id") -> str:
    """What the document is: kind, number, date (or year), subject, issuer; else the file name.

    A title with "tentang" gives `Keputusan Nomor 12 tanggal ... tentang Tim ...`; a title without it names
    the document itself (`Notulen Rapat Kolaborasi tanggal ...`), so the kind is not said twice."""
    if doc is None:
        return without_item_codes(file_name(path))
    title = plain(doc.title).lstrip(" .,:;-") if meaningful_title(doc.title) else ""
    kind = say(f"kind.{doc.doc_type}", lang) if doc.doc_type else ""
    # recognition may give the whole title ("NOTULEN RAPAT ...") or only its subject ("TIM KOORDINASI ...")
    names_itself = bool(kind) and title.lower().startswith(kind.split()[0].lower())
    about = bool(title) and (
        bool(_TITLE_SUBJECT.search(title)) or (doc.doc_type in _LEGAL and not names_itself)
    )
    head = [kind if about or not title else _title_case(title)]
    if doc.number:
        head.append(say("note.number", lang, number=plain(doc.number)))
    if doc.date:
        head.append(say("note.date", lang, date=format_date(doc.date)))
    elif doc.year and str(doc.year) not in title:
        head.append(say("note.year", lang, year=doc.year))
    if about:
        head.append(say("note.about", lang, title=title_subject(title)))
    text = " ".join(p for p in head if p)
    if doc.issuer:
        text = f"{text}, {say('note.issuer', lang, issuer=plain(doc.issuer))}" if text else plain(doc.issuer)
    if not title and not doc.number:
        shown = without_item_codes(file_name(path))
        text = f"{text} ({shown})" if text else shown
    return text


def meaningful_title(title: str | None) -> bool:
    """At least two real words: a recognised title like `aman 1` (from a page header) says nothing."""
    return len([w for w in re.findall(r"[^\W\d_]+", title or "") if len(w) >= 3]) >= 2


def file_name(path: str) -> str:
    """The last part of a document path (archive members included)."""
    return path.replace("!/", "/").rsplit("/", 1)[-1]


def without_item_codes(name: str) -> str:
    """`I1-L2-01 Renja 2026.pdf` → `Renja 2026.pdf`: in the package the file carries its own item's code, so
    another item's code in a note or a name would mislead (a name that is only a code stays)."""
    return " ".join(ITEM_CODE.sub(" ", name).split()).lstrip("-_ ") or name
