"""Who issued a document and which region/agency it belongs to; normalise and compare agency names."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from .metadata import title_case
from .schema import Body, RecognitionRules
from .text import collapse

_KIND_WORDS = (r"(?P<kind>KABUPATEN|KAB\.?|KOTA\s*MADYA|KOTAMADYA|KOTA\s+ADMINISTRASI|KOTA|PROVINSI|PROV\.?|"
               r"BUPATI|WALI\s*KOTA|WALIKOTA|WALI\s+KOTA|GUBERNUR|PEMKAB|PEMKOT|PEMPROV)")
_REGION = re.compile(
    r"(?i:\b" + _KIND_WORDS + r")\s+(?P<name>[A-Z][A-Za-z'\-]*(?:\s+[A-Z][A-Za-z'\-]*){0,3})")
_NAME_STOP = re.compile(r"\s+(?:PROVINSI|Provinsi|NOMOR|Nomor|TAHUN|Tahun|TENTANG|Tentang|DAN|Dan|REPUBLIK|NOMER|SELAKU|"
                        r"DENGAN|PADA|YANG|DI|Di|INI|Ini)\b.*$")
_BAD_NAMES = {"ini", "tersebut", "yang", "dan", "setempat", "daerah", "kabupaten", "kota", "provinsi", "madya"}
_HEAD_OF = {"kabupaten": "Bupati", "kota": "Wali Kota", "provinsi": "Gubernur"}
_UNIT = re.compile(r"^(?:DINAS|BADAN|KANTOR|SEKRETARIAT|INSPEKTORAT|BAGIAN|SATUAN(?!\s+KERJA)|RUMAH\s+SAKIT|RSUD|KECAMATAN|"
                   r"KOMISI|LEMBAGA|KEMENTERIAN|KEMENTRIAN|DIREKTORAT|DEPUTI|BIRO|UNIT|UPT|UPTD)\b")
_PEMERINTAH = re.compile(r"^PEMERINTAH\s+(?P<rest>.+)$")


@dataclass(frozen=True)
class RegionRef:
    kind: str  # kabupaten | kota | provinsi
    name: str  # canonical spelling

    @property
    def label(self) -> str:
        return f"{self.kind.capitalize()} {self.name}"

    @property
    def head(self) -> str:
        return f"{_HEAD_OF[self.kind]} {self.name}"


def _kind(word: str) -> str:
    w = re.sub(r"\s+", "", word.upper()).rstrip(".")
    if w in ("KABUPATEN", "KAB", "BUPATI", "PEMKAB"):
        return "kabupaten"
    if w in ("PROVINSI", "PROV", "GUBERNUR", "PEMPROV"):
        return "provinsi"
    return "kota"


@lru_cache(maxsize=8)
def _region_index(rules_id: int, entries: tuple[tuple[str, str], ...]) -> dict[str, list[tuple[str, str]]]:
    idx: dict[str, list[tuple[str, str]]] = {}
    for kind, name in entries:
        idx.setdefault(kind, []).append((collapse(name), name))
    return idx


def canonical_region(kind: str, raw: str, rules: RecognitionRules) -> str | None:
    """Snap a raw name to the vocabulary (fuzzy, for OCR and spelling variants); None when implausible."""
    raw = _NAME_STOP.sub("", raw.strip()).strip(" ,.;:")
    words = raw.split()
    if not words or len(words) > 4 or raw.lower() in _BAD_NAMES:
        return None
    entries = tuple((r.kind, r.name) for r in rules.regions.regions)
    idx = _region_index(id(rules), entries)
    cands = idx.get(kind, [])
    key = collapse(raw)
    exact = next((n for c, n in cands if c == key), None)
    if exact:
        return exact
    if cands and len(key) >= 4:
        got = process.extractOne(key, [c for c, _ in cands], scorer=fuzz.ratio,
                                 score_cutoff=rules.ocr.region_threshold)
        if got:
            return cands[got[2]][1]
    if not all(re.fullmatch(r"[A-Za-z'\-]+", w) for w in words):
        return None
    return title_case(raw)


def find_region(text: str, rules: RecognitionRules) -> tuple[RegionRef, str] | None:
    """The first region named in `text` (line order), with the words that named it."""
    for line in text.split("\n"):
        for m in _REGION.finditer(line):
            kind = _kind(m.group("kind"))
            name = canonical_region(kind, m.group("name"), rules)
            if name:
                return RegionRef(kind, name), m.group(0).strip()
    return None


def find_body(text: str, rules: RecognitionRules) -> tuple[Body, str] | None:
    """A central body named in `text` (alias match on letters only, so letter-spacing and line breaks don't matter)."""
    flat = collapse(text)
    best: tuple[int, Body, str] | None = None
    for body in rules.regions.bodies:
        for alias in body.aliases:
            pos = flat.find(collapse(alias))
            if pos >= 0 and (best is None or pos < best[0]):
                best = (pos, body, alias)
    return (best[1], best[2]) if best else None


def issuer_from_heading(heading: str, doc_type: str, rules: RecognitionRules) -> tuple[str | None, str | None]:
    """'PERATURAN BUPATI BATU BARA' → ('Bupati Batu Bara', 'Kabupaten Batu Bara')."""
    h = re.sub(r"^(?:SALINAN\s+)?(?:LAMPIRAN\s*[IVX0-9]*)?[\s:.\-]*(?:[A-Z](?=PERATURAN|KEPUTUSAN))?", "", heading.strip())
    h = re.sub(r"^(?:RANCANGAN\s+)?(?:PERATURAN|KEPUTUSAN|SURAT\s+EDARAN|SURAT\s+KEPUTUSAN|INSTRUKSI)\s+", "", h)
    h = re.sub(r"\bREPUBLIK\s+INDONESIA\b.*$", "", h).strip(" ,")
    if doc_type == "peraturan_nasional" or re.match(r"^(?:PRESIDEN|PEMERINTAH$|UNDANG)", h):
        return "Presiden Republik Indonesia", "Pemerintah Pusat"
    region = find_region(h, rules)
    if h.startswith("DAERAH") and region:
        return region[0].head, region[0].label
    if region and re.match(r"^(?:BUPATI|WALI\s*KOTA|WALIKOTA|GUBERNUR)\b", h):
        return region[0].head, region[0].label
    body = find_body(h, rules)
    if body:
        return body[0].office or body[0].name, body[0].name
    if region:
        return title_case(h), region[0].label
    return _central_office(h)


_OFFICE = re.compile(r"^(?P<office>MENTERI|KEPALA)\s+(?P<rest>[A-Z][A-Z ,.&/\-]{3,120})$")


def _central_office(h: str) -> tuple[str | None, str | None]:
    """A ministry or agency the vocabulary does not list: the office names the body
    ('MENTERI KOORDINATOR BIDANG PANGAN' → Kementerian Koordinator Bidang Pangan), so its own regulation is
    recognised as its own under --instansi instead of passing for a national reference."""
    m = _OFFICE.match(h.strip())
    if not m:
        return None, None  # "SURAT EDARAN" alone: the issuer is in the letterhead
    rest = title_case(m.group("rest").strip(" ,."))
    if m.group("office") == "MENTERI":
        return f"Menteri {rest}", f"Kementerian {rest}"
    return f"Kepala {rest}", rest


def issuer_from_letterhead(title_lines: list[str], rules: RecognitionRules) -> tuple[str | None, str | None]:
    """Letterhead: 'PEMERINTAH KOTA DENPASAR / DINAS KOMUNIKASI … / KOTA DENPASAR' → unit + region."""
    top = [ln.strip() for ln in title_lines[:8] if ln.strip().isupper()]  # letterheads are in capitals
    text = "\n".join(top)
    region = find_region(text, rules)
    office = next((ln for ln in top if re.match(r"^(?:BUPATI|WALI\s*KOTA|WALIKOTA|GUBERNUR)\b", ln)), None)
    if office and region:
        return region[0].head, region[0].label
    unit = next((ln for ln in top if _UNIT.match(ln) and ln.isupper()), None)
    body = find_body(text, rules)
    if unit:
        name = title_case(unit.rstrip(","))
        if region and region[0].name.lower() not in name.lower():
            name = f"{name} {region[0].label}"
        if region:
            return name, region[0].label
        if body:
            return name, body[0].name
        return name, None
    if region:
        return f"Pemerintah {region[0].label}", region[0].label
    if body:
        return body[0].name if not body[0].office else body[0].office, body[0].name
    return None, None


_KEMENKO = re.compile(r"^\s*Kemenko\.?\s+(?:Bidang\s+)?", re.IGNORECASE)


def normalise_agency(name: str, rules: RecognitionRules) -> str:
    """'Pemkab Batubara', 'Kab. Batu Bara' → 'Kabupaten Batu Bara'; 'Kemenpan RB' → 'Kementerian PANRB';
    'Kemenko Politik dan Keamanan' → 'Kemenko Polhukam' (the short form is spelled out before the alias look-up)."""
    s = _KEMENKO.sub("Kementerian Koordinator Bidang ", " ".join(name.split()))
    region = find_region(s if re.search(_KIND_WORDS, s, re.I) else s, rules)
    if region:
        return region[0].label
    body = find_body(s, rules)
    if body:
        return body[0].name
    return s


def _body_key(name: str) -> str:
    """Letters only, with 'Kementerian Koordinator (Bidang)' and 'Kemenko' read as the same words."""
    k = collapse(name)
    for long in ("kementeriankoordinatorbidang", "kementeriankoordinator", "kemenkobidang"):
        if k.startswith(long):
            return "kemenko" + k[len(long):]
    return k


def same_agency(a: str | None, b: str | None, rules: RecognitionRules) -> bool:
    if not a or not b:
        return False
    ka, kb = _body_key(a), _body_key(b)
    if ka == kb:
        return True
    # same kind of region required; names compared fuzzily (OCR, spelling: 'Batubara' vs 'Batu Bara')
    kinds = ("kabupaten", "kota", "provinsi")
    kind_a = next((k for k in kinds if ka.startswith(k)), None)
    kind_b = next((k for k in kinds if kb.startswith(k)), None)
    if kind_a != kind_b:
        return False
    return fuzz.ratio(ka, kb) >= rules.ocr.region_threshold


_APPROVER = re.compile(r"(?:Disahkan\s+oleh|Pengesahan|Mengesahkan)?\s*:?\s*(?P<who>Kepala\s+(?:Dinas|Badan|Kantor|Bagian|Biro|"
                       r"Pusat|Bidang|Satuan|Inspektorat|Sekretariat|Unit)\b[^\n]{5,120})", re.IGNORECASE)


def sop_approver(view, agency: str | None) -> str | None:  # type: ignore[no-untyped-def]
    """The SOP's approving official ('Disahkan oleh : Kepala Dinas …'), completed with the region."""
    for p in view.head[:2]:
        m = _APPROVER.search(p.text)
        if m:
            who = title_case(re.sub(r"\s+", " ", m.group("who")).strip(" ,.:"))
            if agency and agency.split(" ", 1)[-1].lower() not in who.lower():
                who = f"{who} {agency}"
            elif agency and who.lower().endswith((" kota", " kabupaten", " provinsi")):
                who = who.rsplit(" ", 1)[0] + " " + agency
            return who
    return None
