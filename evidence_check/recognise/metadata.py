"""Read the document's own number, year, title, date and issuer from its title block and closing.

Only the title block (or the LAMPIRAN header) holds the document's own number: numbers in Mengingat or the
body are other regulations' numbers, so they are never read here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import find_dates, find_spelled_dates
from .schema import RecognitionRules
from .text import PageText, View, is_capitals, is_prose

# "NOMOR 81 TAHUN 2021", "Nomor SOP 4z/…", "Nomor : 005/…"; mixed-case "Nomor" needs its colon ("Nomor HP.0812…" is not)
# "No. 706 / 6 / 1.1 / 114 / 2022" without a colon counts only before a slash number (a form's control number);
# OCR puts specks between the label and its colon ("Nomor — : 027/846/DKIS") and reads the colon as ';'
_NOMOR = re.compile(r"^\s*(?:NOMOR\b\s*:?|(?:NOMOR|Nomor|No\.?)\s*SOP\b\s*:?|(?:Nomor|No\.?|NO\.?)\s*[—–~_-]{0,2}\s*[:;]"
                    r"|(?:No|NO)\.\s*(?=\d{1,4}(?:\.\d{1,3})*\s*/))\s*(?P<rest>.*)$")
# "INSTRUKSI BUPATI PANGANDARAN / Nomor 4 Tahun 2021": mixed case without a colon, right under a capitalised
# heading (a wrapped citation "… PANRB / Nomor 14 Tahun 2017 / tentang …" sits under a mixed-case line)
_NOMOR_TAHUN_MIXED = re.compile(r"^\s*Nomor\s+(?P<rest>\d{1,4}\s+Tahun\s+(?:19|20)\d\d)\s*$")


_CITATION_TAIL = re.compile(r"\stentang\s+[A-Za-z]")  # lower case: an own title's TENTANG is in capitals or Title Case


# an SOP identity box flattened into lines: "SATUAN KERJA NOMOR SOP 3" (the label is distinctive anywhere)
_NOMOR_SOP_INLINE = re.compile(r"(?<=\s)(?:NOMOR|Nomor|No\.?)\s*SOP\b\s*:?\s*(?P<rest>.*)$")
_NUM_TAHUN = re.compile(r"^(?P<num>.*?)\s*\bTAHUN[\s.]*(?P<year>[12]\d{3})?\s*[.…,;:]*\s*$", re.IGNORECASE)
_NUM_TAHUN_UNREAD = re.compile(r"^(?P<num>[^\s/]{1,12})\s+TAHUN\s+\S.{0,12}$")  # the year OCR broke: "2 01 e'"
_TRAIL_YEAR = re.compile(r"(?:^|[/.\-\s])((?:19|20)\d\d)\s*$")
_STOP_TITLE = re.compile(
    r"^(?:DENGAN\s+RAHMAT|Menimbang|MENIMBANG|(?:BUPATI|WALI\s*KOTA|WALIKOTA|GUBERNUR|MENTERI|PRESIDEN|KEPALA)\b[^a-z]*,?\s*$"
    r"|Dengan\s+Rahmat|BAB\s+I\b|Pasal\s+1\b|DAFTAR\s+ISI|KATA\s+PENGANTAR)")
_KEYLINE = re.compile(r"^\s*(?:TENTANG|TAHUN|TANGGAL|Tanggal|Tgl|Sifat|Lampiran|Perihal|Hal)\b")
_TENTANG = re.compile(r"^\s*TENTANG\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
_HAL = re.compile(r"^\s*(?:Perihal|Hal|Nama\s+SOP|Judul\s+SOP|Judul)\b\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
_DATE_CONTEXT = [
    ("date.ditetapkan", re.compile(r"(?:Ditetapkan|Disahkan)\s+di\s+[^\n]*\n?\s*pada\s+tanggal\s*:?\s*", re.I), "last"),
    ("date.lampiran_tanggal", re.compile(r"^\s*TANGGAL\s*\n?\s*:?\s*\n?", re.M), "title"),
    ("date.sop_efektif", re.compile(r"(?:Tgl\.?|Tanggal)\s+Efektif\s*:?\s*", re.I), "first"),
    ("date.sop_pembuatan", re.compile(r"(?:Tgl\.?|Tanggal)\s+Pembuatan\s*:?\s*", re.I), "first"),
    ("date.place_date", re.compile(r"^[A-Z][A-Za-z .]{2,30},\s*", re.M), "title"),
    # "Hari / Tanggal : Jum'at / 26 April 2019": the weekday before a comma or the field's own slash
    ("date.tanggal_field", re.compile(r"^\s*(?:Hari\s*/\s*)?Tanggal\s*:\s*(?:[A-Za-z']+\s*[,/]\s*)?", re.M), "title"),
    ("date.place_date_end", re.compile(r"^[A-Z][A-Za-z .]{2,30},\s*", re.M), "last"),
    ("date.published", re.compile(r"(?:Tanggal\s+(?:Publikasi|Terbit)|diterbitkan\s+pada\s+tanggal)\s*:?\s*", re.IGNORECASE),
     "first"),
    ("date.foreword", re.compile(r"^[A-Z][A-Za-z .]{2,30},\s*(?=[^\n]{0,30}\n(?:[^\n]*\n){0,7}?\s*NIP)", re.MULTILINE),
     "scan"),
]


@dataclass(frozen=True)
class NumberRead:
    raw: str
    number: str | None  # None when blank or a placeholder
    year: int | None
    placeholder: bool
    page: int | None
    line: str
    unreadable: bool = False  # OCR read the (handwritten) number as letters: numbered, value unknown
    white_slot: float | None = None  # a scan's blank slot measured white (ink share): a typed blank, not handwriting


_DATE_AFTER = re.compile(r"\s+[0-3]?\d\s+(?-i:[A-Z][a-z]{2,9})\s+(?:19|20)\d\d\b")


def clean_number(raw: str, ocr: bool = False, confusions: dict[str, str] | None = None) -> str:
    s = raw.strip().strip(":").strip()
    s = re.sub(r"\s*([/\-])\s*", r"\1", s)
    toks = re.sub(r"\s+", " ", s).split(" ")
    # columns merged by the text layer: "005/232/2018 Kepada Yth" → drop trailing words without digits or '/'
    while len(toks) > 1 and not re.search(r"[\d/]", toks[-1]):
        toks.pop()
    # trailing dots and specks an OCR layer leaves after the digits ("NOMOR 12> TAHUN 2018")
    s = " ".join(toks).rstrip(".,;:>*'\"`~^").strip()
    s = re.split(r"\s+[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?,\s*[0-3]?\d\s", s)[0]  # "… Jakarta, 21 Agustus 2020"
    s = _DATE_AFTER.split(s)[0]  # the letter's date column merged onto the number line: "2889/…/2022 16 Juni 2022"
    s = _NEXT_FIELD.split(s)[0]  # a box flattened onto one line: "W17/1/SOP/2017 Tanggal Pembuatan : 24 …"
    if ocr and confusions:
        segs = s.split("/")
        s = "/".join(_fix_code(seg, confusions) if i == 0 and len(segs) >= 3 else _fix_segment(seg, confusions)
                     for i, seg in enumerate(segs))
    return s


_NEXT_FIELD = re.compile(r"\s+(?:Tanggal|TANGGAL|Tgl\.?|Nama\s+SOP|Disahkan|Revisi|Sifat|Lampiran|Perihal|Kepada"
                         r"|Hal\s*:|(?:Nomor|NOMOR)\s*:)(?=\W)")  # an agreement's second party's "Nomor :"
_CODE_SHAPE = re.compile(r"^[^./]{3}(?:\.[^./]{1,3})*$")  # 800, 180.45, 500.12.15: a classification code's shape


def _fix_code(seg: str, confusions: dict[str, str]) -> str:
    """OCR: the first segment of an official letter/decree number ("800/Disdukcapil/…/2018") is its archive
    classification code, always digits in groups of three (and dotted subgroups). A segment of that shape made
    only of digits and look-alike letters, with a digit or a lower-case letter among them ("Boo", "8OO"), is
    the code misread; a unit abbreviation is in capitals ("DIS") or has letters OCR does not confuse with
    digits ("SOP", "BUP", "HK") and stays as read."""
    if (_CODE_SHAPE.match(seg) and all(c.isdigit() or c == "." or c in confusions for c in seg)
            and any(c.isdigit() or c.islower() for c in seg)):
        return "".join(confusions.get(c, c) for c in seg)
    return _fix_segment(seg, confusions)


def _fix_segment(seg: str, confusions: dict[str, str]) -> str:
    """OCR: '4z' → '42' when a number segment is digits plus look-alike letters (never 'SM1', 'HK')."""
    digits = sum(c.isdigit() for c in seg)
    if digits and all(c.isdigit() or c in confusions for c in seg) and digits * 2 >= len(seg) and len(seg) <= 5:
        return "".join(confusions.get(c, c) for c in seg)
    return seg


def _year_of(s: str) -> int | None:
    m = _TRAIL_YEAR.search(s)
    return int(m.group(1)) if m else None


def _white_slot(view: View, page: int | None, rules: RecognitionRules) -> float | None:
    """The ink of the page's one empty NOMOR slot when it holds none (a blank left by a draft, not an unread
    handwritten number); None when the slot is inked, unmeasured or not the only one on the page."""
    limit = rules.status.blank_slot_max_ink
    inks = dict(view.number_slots).get(page or -1, ())
    return inks[0] if limit is not None and len(inks) == 1 and inks[0] <= limit else None


def read_number(view: View, start: int, rules: RecognitionRules) -> NumberRead | None:
    """The first NOMOR line at or after the heading line (index `start`) of the title block."""
    lines = view.title
    placeholder_rx = rules.rx(rules.status.placeholder_number)
    stop = min(len(lines), start + 14) if start > 0 else len(lines)
    for i in range(max(0, start), stop):
        page, line = lines[i]
        m = _NOMOR.match(line) or _NOMOR_SOP_INLINE.search(line)
        if not m and i > 0 and is_capitals(lines[i - 1][1], min_letters=6):
            m = _NOMOR_TAHUN_MIXED.match(line)
        if not m:
            continue
        rest = m.group("rest").strip()
        j = i + 1
        # the value may sit on the next lines (LAMPIRAN layouts: "NOMOR" / ":" / "188.45/…")
        while not rest.strip(" :") and j < len(lines) and j <= i + 3:
            nxt = lines[j][1].strip()
            if nxt in (":", ""):
                j += 1
                continue
            if re.match(r"^(?:TENTANG|TANGGAL|Tgl|Lampiran|Sifat|Perihal|Hal|Kepada|Yth|Nama)\b", nxt, re.I):
                break
            if sum(any(c.islower() for c in w) for w in nxt.split()[:6]) >= 3:
                break  # a sentence ("Pada hari ini Jumat tanggal …"): the number field was left blank
            rest = re.split(r"\s+TENTANG\b", nxt)[0]  # a run-together line: the subject is no part of it
            j += 1
        rest = rest.strip().lstrip(":").strip()
        if _CITATION_TAIL.search(rest):
            continue  # "Nomor: 32/PERMEN-KP/2014 tentang Pelayanan Publik …": a cited act wrapped onto its own line
        year: int | None = None
        num = rest
        mt = _NUM_TAHUN.match(rest)
        if mt and mt.group("num").rstrip().endswith("/") and mt.group("year"):
            # "500.14/784/BUP/VI/TAHUN 2024": 'TAHUN 2024' is the number's last segment, not "NOMOR x TAHUN y"
            num, year = rest, int(mt.group("year"))
        elif mt:
            num, year = mt.group("num"), int(mt.group("year")) if mt.group("year") else None
        elif re.match(r"^TAHUN\b", rest, re.I):
            num = ""
        elif m_junk := _NUM_TAHUN_UNREAD.match(rest):
            num = m_junk.group("num")  # "76 TAHUN 2 01 e'": an OCR-broken year is no part of the number
        printed = re.split(r"[\s,]*\bTAHUN\b", num, flags=re.IGNORECASE)[0].strip(" :")  # the slot as printed
        num = clean_number(num, view.ocr, rules.ocr.digit_confusions)
        if re.match(r"^\|(?!\s*\d)", num):
            # a stroke alone in the slot ("NOMOR | TAHUN 2014"): a handwritten or stamped number an OCR layer
            # read as a bar, not a blank a draft leaves; numbered, value unknown
            return NumberRead(rest, None, year or _year_of(rest), False, page, line.strip(), unreadable=True)
        num = num.split("|")[0].strip()  # a table row: the number is the first cell, never the next ones
        if year is None:
            year = _year_of(num) or _year_of(rest)
        placeholder = (bool(placeholder_rx.search(num)) or not num
                       or bool(rules.rx(rules.status.placeholder_gap).search(rest)))
        # on a scan only typed dots/X-es count: an empty slot or segment is often handwriting OCR could not read
        both_blank = bool(mt) and not num and year is None  # "NOMOR TAHUN": a year is typed, never handwritten
        # the empty slot, or the gap in a number ("445/ /PKM"), is white on the page image: a draft's blank
        white = _white_slot(view, page, rules) if placeholder and view.ocr else None
        if (placeholder and view.ocr and not both_blank and white is None
                and not re.search(r"[.…_]{3,}|X{2,}|x{2,}", rest)):
            return None  # a blank on a scan is often a handwritten number OCR could not read
        if not placeholder and not re.search(r"\d", num):
            if view.ocr and 0 < len(num) <= 3 and sum(bool(re.search(r"\w", t)) for t in printed.split()) == 1:
                # "NOMOR g TAHUN 2021": a handwritten number, not a blank (a dot leader OCR read as "eT ee" is
                # several tokens, not one)
                return NumberRead(rest, None, year, False, page, line.strip(), unreadable=True)
            if not re.search(r"SOP", line, re.I):
                continue  # "No" heading a table column ...
            placeholder, num = True, ""
        if placeholder and year is None and j < len(lines):
            year = _year_of(lines[j][1]) if re.match(r"^\s*TAHUN", lines[j][1], re.I) else None
        if placeholder and view.head:
            found = _scattered_number(view.head[0].text)
            if found and re.search(r"SOP", line, re.I):
                return NumberRead(found, found, _year_of(found), False, view.head[0].number, found)
        return NumberRead(rest, None if placeholder else num, year, placeholder, page, line.strip(), white_slot=white)
    return None


# Budget prints (SIPKD/SIMDA DPA-SKPD, RKA-SKPD): the form's number is a dotted budget code in a box labelled
# "NO DPA SKPD" / "NOMOR RKA SKPD"; report writers put the value on the label's line or the line above/below it
_BUDGET_LABEL = re.compile(r"^\s*(?:NO|NOMOR)\.?\s*(?:DPA|RKA|DPPA)\s*[-.]?\s*(?:SKPD|OPD|PD)\b"
                           r"\s*:?\s*(?P<rest>.*)$",
                           re.IGNORECASE)
_BUDGET_CODE = re.compile(r"^\s*:?\s*(\d{1,2}(?:\s*\.\s*\d{1,4}){4,})\s*\.?\s*$")


BUDGET_CODE_REACH = 3  # report writers scatter a box's cells: the value can sit a few lines from its label


def budget_form_number(view: View) -> NumberRead | None:
    """The dotted code in a budget form's 'NO DPA SKPD' box: on the label's line, else the nearest line within
    BUDGET_CODE_REACH that holds nothing but such a code (labelled lines, "Program : 2.10…", are not it)."""
    lines = view.title
    for i, (page, line) in enumerate(lines):
        m = _BUDGET_LABEL.match(line)
        if not m:
            continue
        near = sorted(range(max(0, i - BUDGET_CODE_REACH), min(len(lines), i + BUDGET_CODE_REACH + 1)),
                      key=lambda j: abs(j - i))
        for cand in [m.group("rest")] + [lines[j][1] for j in near if j != i]:
            c = _BUDGET_CODE.match(cand)
            if c:
                code = re.sub(r"\s+", "", c.group(1))
                return NumberRead(code, code, None, False, page, f"{line.strip()} {code}")
    return None


_SCATTERED = re.compile(r":\s*(\d[\w.]*/[\w./\-]*?(?:19|20)\d\d)\s*$", re.MULTILINE)


def _scattered_number(text: str) -> str | None:
    """Excel-exported SOP boxes come out of the text layer out of order: the value of 'Nomor SOP' stands
    alone elsewhere on the page as ': 205/004/DKIS/2018'."""
    m = _SCATTERED.search(text)
    return clean_number(m.group(1)) if m else None


# capitals anywhere in a title line, or Title Case starting a cover line ("Tahun 2021 - 2026"); prose such as
# "Pra Musrenbang RKPD Tahun 2027" names another year than the document's
# A line of a list of cited acts ("Tahun 2022; UU No. 11 Tahun 2023;") names their years, not the document's
_YEAR_IN_TITLE = re.compile(r"^(?!.*(?:\b(?:Nomor|NOMOR|tentang|No\.|NO\.|UU|PP|Perpres|Perda|Permen\w*)\b|;))"
                            r"(?:.*\bTAHUN|\s*Tahun|.*\bT\.\s?A\.?|.*\bTA\.)(?:\s+(?:ANGGARAN|Anggaran))?\s*:?\s*"
                            r"((?:19|20)\d\d)\b", re.MULTILINE)  # "TA.2017", "T.A. 2019": tahun anggaran


# "NOMOR      TAHUN 2020" on a scan: the number slot unread (handwriting, or a draft's blank), the typed year still
# the act's own (its number line is in capitals; a cited act's "Nomor 11 Tahun 1950" is not)
# (no digit in the slot: "NOMOR 8 TAHUN 2023" under TENTANG PERUBAHAN ATAS is the amended act's number)
_NUMBER_LINE_YEAR = re.compile(r"^\s*NOMOR\b[^\n\d/]{0,24}?\bTAHUN\s+((?:19|20)\d\d)\s*$", re.MULTILINE)


_MONTH_YEAR_LINE = re.compile(r"^\s*[A-Z][A-Za-z0-9 .]{2,30},\s*(?:Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|"
                              r"Agustus|September|Oktober|November|Nopember|Desember)\s+((?:19|20)\d\d)\s*$", re.MULTILINE)


# a deck's or report's cover dated by month alone on a line of its own, under its title ("Agustus 2020")
_COVER_MONTH_YEAR = re.compile(r"^\s*(?:Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|"
                               r"November|Nopember|Desember|JANUARI|FEBRUARI|MARET|APRIL|MEI|JUNI|JULI|AGUSTUS|"
                               r"SEPTEMBER|OKTOBER|NOVEMBER|NOPEMBER|DESEMBER)\s+((?:19|20)\d\d)\s*$")
COVER_DATE_LINES = 6


# "Tahun Penilaian | 2026", "Tahun Anggaran : 2019": a year field in a form or print
_YEAR_FIELD = re.compile(r"^\s*Tahun(?:\s+[A-Za-z]+)?\s*[:|]\s*((?:19|20)\d\d)\b", re.MULTILINE | re.IGNORECASE)
# "MONEV PENINGKATAN INDEKS SPBE 2019": a capitalised cover line that ends with its year
_CAPS_LINE_YEAR = re.compile(r"^(?!.*\b(?:NOMOR|Nomor|No\.)\b)[A-Z][A-Z0-9 .,&/\-]{8,}\s((?:19|20)\d\d)\s*$")
COVER_YEAR_LINES = 3


def number_line_year(view: View) -> tuple[int, str] | None:
    """(year, line) of a title block's NOMOR line whose number slot was not read."""
    m = _NUMBER_LINE_YEAR.search(view.title_text)
    return (int(m.group(1)), m.group(0).strip()) if m else None


def title_year(view: View) -> tuple[int, str, str] | None:
    """(year, rule, line): 'TAHUN 2022' / 'TAHUN ANGGARAN 2019' in a capitalised title line (not a cited
    regulation), else a year field, a cover's place and month ('Jakarta, Juni 2015') or a capitalised first
    line ending with a year."""
    kinds = (("year.title", _YEAR_IN_TITLE), ("year.field", _YEAR_FIELD), ("year.month_line", _MONTH_YEAR_LINE))
    for rule, rx in kinds:
        m = rx.search(view.title_text)
        if m:
            return int(m.group(1)), rule, m.group(0).strip()
    for _, line in view.title[:COVER_YEAR_LINES]:
        m = _CAPS_LINE_YEAR.match(line.strip())
        if m:
            return int(m.group(1)), "year.cover_line", line.strip()
    for _, line in view.title[:COVER_DATE_LINES]:
        m = _COVER_MONTH_YEAR.match(line)
        if m:
            return int(m.group(1)), "year.cover_date", line.strip()
    for _, line in view.title[:BARE_YEAR_LINES]:
        m = _BARE_YEAR.match(line)
        if m:
            return int(m.group(1)), "year.cover_year", line.strip()
    for _, line in view.title[:COVER_YEAR_LINES]:
        m = _PERIOD.search(line)
        if m and 0 < int(m.group(2)) - int(m.group(1)) <= 25 and not is_prose(line):
            return int(m.group(1)), "year.period", line.strip()
    return None


# "RENSTRA 2016-2021", "RPJMD 2021 – 2026": a plan's cover names its period; the document's year is its first
_PERIOD = re.compile(r"\b((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\b")


def second_page_year(view: View) -> tuple[int, str, str] | None:
    """A cover that names no year, the year on the next page's heading ('TAHUN ANGGARAN 2019' over a budget
    table, 'TAHUN 2021' under a report's title page)."""
    for p in view.head[1:2]:
        head = "\n".join(p.lines[:COVER_TITLE_LINES * 3])
        for rule, rx in (("year.page2_title", _YEAR_IN_TITLE), ("year.page2_field", _YEAR_FIELD)):
            m = rx.search(head)
            if m:
                return int(m.group(1)), rule, m.group(0).strip()
    return None


# a cover's year on a line of its own under the title ("INFORMASI PUBLIK TAHUN" / "2020")
_BARE_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\s*$")
BARE_YEAR_LINES = 12


_REGISTER_YEAR = re.compile(r"(?<!\()(?<!\(\s)(?:LEMBARAN|BERITA)\s+(?:DAERAH|NEGARA)\b[^\n]{0,80}?"
                            r"\bTAHUN\s+((?:19|20)\d\d)")


def conflicting_year(year: int | None, view: View) -> int | None:
    """On an OCR'd act, the year its promulgation register prints ("BERITA DAERAH … TAHUN 2013 NOMOR 3") when
    that differs from the year read in its title: one of the two readings is an OCR error and the text cannot
    tell which (a stamped or photographed digit), so the year is left unknown rather than guessed."""
    if year is None or not view.ocr:
        return None
    found = {int(m.group(1)) for p in view.scope("last") for m in _REGISTER_YEAR.finditer(p.text)}
    return next(iter(found)) if len(found) == 1 and year not in found else None


EPOCH_DEFAULT = "1970-01-01"  # what an application prints for an empty date field ("01 Jan 1970")


_REGISTER_CITATION = re.compile(r"\((?:[^()]{0,200}?)\b(?:Lembaran|Berita|Tambahan)\s+(?:Negara|Daerah)[^()]{0,200}\)",
                                re.IGNORECASE)


def dated_year(view: View, rules: RecognitionRules) -> int | None:
    """Last resort for a document with no number, enactment date or title year (an application printout, an
    agenda, a study): the year its first pages' full dates agree on: the only year found, or one that at least
    two dates carry and no other year carries as often. Epoch defaults of empty fields are not dates."""
    from collections import Counter

    years: Counter[int] = Counter()
    for p in view.head:
        text = _REGISTER_CITATION.sub(" ", p.text)  # "(Berita Negara … tanggal 4 Juli 1950)": a cited act's date
        years.update(int(iso[:4]) for _, iso in find_dates(text, rules.months, rules.ocr.month_threshold)
                     if iso != EPOCH_DEFAULT)
    if not years:
        return None
    (best, n), *rest = years.most_common(2)
    if len(years) == 1 or n >= 2 and (not rest or rest[0][1] < n):
        return best
    return None


def read_title(view: View, start: int) -> tuple[str, int | None] | None:
    lines = view.title
    for i in range(max(0, start), len(lines)):
        page, line = lines[i]
        m = _TENTANG.match(line)
        if not m:
            continue
        parts = [m.group("rest").strip(" :")] if m.group("rest").strip(" :") else []
        for _, nxt in lines[i + 1: i + 8]:
            s = nxt.strip()
            if s in (":",):
                continue
            if _STOP_TITLE.match(s) or _KEYLINE.match(s) or s.strip(" :") in parts:
                break
            letters = [c for c in s if c.isalpha()]
            if parts and letters and sum(c.islower() for c in letters) / len(letters) > 0.6:
                break
            parts.append(s.strip(" :"))
        title = " ".join(p for p in parts if p).strip(" .,;")
        if title:
            return re.sub(r"\s+", " ", title), page
    for page, line in lines[:25]:
        m = _HAL.match(line)
        if m and len(m.group("rest").strip()) > 3:
            return m.group("rest").strip(" :"), page
    return None


# A cover's title: the heading line and the capitalised lines under it, up to what is no longer the title
_COVER_STOP = re.compile(r"^(?:DAFTAR\s+ISI|KATA\s+PENGANTAR|BAB\s+[IVX1]|DISUSUN\s+OLEH|Disusun\s+oleh|NOMOR\b|Nomor\b|"
                         r"No\.|Jl\.|Jalan\b|JALAN\b|Telp|Website|E-?mail|Kepada\b|Yth)", re.IGNORECASE)
COVER_TITLE_LINES = 5
COVER_TITLE_WORDS = 14


def cover_title(view: View, heading_line: int) -> tuple[str, int | None] | None:
    """The title of a report, plan, guide or deck: its heading line (the line the document type was read
    from) and the capitalised cover lines that follow it ('LAPORAN AKHIR' / 'KAJIAN PHYSICAL SECURITY' /
    'KOTA DENPASAR'), stopping at a table of contents, a foreword, a chapter, an address or a number line."""
    lines = view.title
    if not 0 <= heading_line < len(lines):
        return None
    page = lines[heading_line][0]
    parts: list[str] = []
    for _, line in lines[heading_line: heading_line + COVER_TITLE_LINES]:
        s = line.strip(" :.")
        letters = [c for c in s if c.isalpha()]
        if not letters or _COVER_STOP.match(s) or len(s.split()) > COVER_TITLE_WORDS:
            break
        if parts and sum(c.isupper() for c in letters) < 0.6 * len(letters):
            break  # running text under the cover title
        parts.append(s)
    title = re.sub(r"\s+", " ", " ".join(parts)).strip(" .,;:")
    return (title, page) if len(title) > 3 else None


def read_date(view: View, rules: RecognitionRules) -> tuple[str, int | None, str] | None:
    """The document's date: enactment date, lampiran TANGGAL, SOP effective/creation date, letter date line."""
    thr = rules.ocr.month_threshold
    for rule_id, rx, scope in _DATE_CONTEXT:
        pages: tuple[PageText, ...] = view.scope(scope)
        if scope == "title":
            pages = (PageText(view.title_page or 1, view.title_text, view.ocr),)
        for p in pages:
            for m in rx.finditer(p.text):
                window = p.text[m.end(): m.end() + 40]
                found = find_dates(window, rules.months, thr)
                if found and found[0][0] <= 3:
                    return found[0][1], p.number, rule_id
    for p in view.head:  # "Pada hari ini Jumat tanggal 31 bulan Agustus tahun dua ribu delapan belas"
        spelled = find_spelled_dates(p.text, rules.months, thr)
        if spelled:
            return spelled[0][1], p.number, SPELLED_DATE_RULE
    return None


SPELLED_DATE_RULE = "date.hari_ini"


def title_case(s: str) -> str:
    small = {"dan", "atau", "di", "ke", "dari", "untuk", "serta", "pada", "yang", "dalam"}
    keep = {"DKI", "DIY", "RI", "PANRB", "BSSN", "BPS", "TIK", "SPBE", "OPD", "SKPD", "PPID", "KASN", "BKPSDM", "LKPP"}
    out = []
    for i, w in enumerate(s.split()):
        if w.upper() in keep:
            out.append(w.upper())
        elif i and w.lower() in small:
            out.append(w.lower())
        else:
            out.append("-".join(x[:1].upper() + x[1:].lower() for x in w.split("-")))
    return " ".join(out)
