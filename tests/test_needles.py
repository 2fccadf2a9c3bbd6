"""The regex prefilter of recognition (evidence_check/needles.py): it may only skip searches that
would have found nothing, so recognition reads every document exactly as the plain search does."""
from __future__ import annotations

import re
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evidence_check.needles import fold, may_match, needles

from .recognise_support import recognise, rules

FLAGS = re.IGNORECASE | re.MULTILINE  # how RecognitionRules.rx compiles a cue


EVERYTHING = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)


def test_fold_lowers_every_character_to_one_character() -> None:
    assert len(fold(EVERYTHING)) == len(EVERYTHING)  # positions kept: a needle found stays contiguous


def test_fold_maps_what_ignorecase_matches_to_an_ascii_letter_onto_that_letter() -> None:
    # 'ı' (dotless i), 'ſ' (long s), 'İ' and the Kelvin sign match i / s / k under re.IGNORECASE, but
    # str.lower() leaves the first two alone and turns 'İ' into two characters
    odd = re.findall(r"[\x00-\x7f]", EVERYTHING[128:], re.IGNORECASE)
    assert {"\u0131", "\u017f", "\u0130", "\u212a"} <= set(odd)
    for ch in odd:
        plain = fold(ch)
        assert plain.isascii() and re.fullmatch(re.escape(plain), ch, re.IGNORECASE), ch


def test_needles_of_typical_rule_patterns() -> None:
    assert needles(r"Kode\s+Rekening", FLAGS) == ("all", (("lit", ("kode",)), ("lit", ("rekening",))))
    assert needles(r"\bDP(?:P)?A\b", FLAGS) == ("lit", ("dppa", "dpa"))
    assert needles(r"(?:DPA|RKA)\s*-?\s*(?:SKPD|OPD|PPKD)", FLAGS) == (
        "all", (("lit", ("dpa", "rka")), ("lit", ("ppkd", "skpd", "opd"))))
    assert needles(r"(?:Tgl\.?|Tanggal)\s+Efektif", FLAGS) == (
        "all", (("lit", ("tanggal", "tgl.", "tgl")), ("lit", ("efektif",))))
    assert needles(r"x(?:xx)+", FLAGS) == ("lit", ("xxx",))  # one repeat joins the run
    # each branch of an alternation keeps what it needs as a whole
    assert needles(r"BSrE|secara\s+elektronik", FLAGS) == (
        "any", (("lit", ("bsre",)), ("all", (("lit", ("secara",)), ("lit", ("elektronik",))))))
    # nothing every match must hold: always searched
    assert needles(r"^\s*\d{1,2}[:.]\d{2}", FLAGS) is None
    assert needles(r"(?:sop)?\d+", FLAGS) is None
    assert needles(r"ab|cd", FLAGS) is None  # needles shorter than MIN_NEEDLE find nearly every page
    assert needles(r"sop|\d+", FLAGS) is None  # one branch needs nothing


def test_may_match_needs_what_one_branch_needs() -> None:
    pattern = r"Kode\s+Rekening"
    assert may_match(pattern, fold("KODE  REKENING 5.1.02"), FLAGS)
    assert not may_match(pattern, fold("Rekening bank"), FLAGS)
    assert not may_match(pattern, fold("kode pos"), FLAGS)
    either = r"BSrE|secara\s+elektronik"
    assert may_match(either, fold("Sertifikat BSrE"), FLAGS)
    assert may_match(either, fold("ELEKTRONIK secara"), FLAGS)  # necessary, not sufficient
    assert not may_match(either, fold("Sistem Pemerintahan Berbasis Elektronik"), FLAGS)
    assert may_match(r"^\s*\d{1,2}[:.]\d{2}", "", FLAGS)  # no needles: always searched


# A small grammar of rule-like regexes: words, optional parts, alternations, classes, repeats, scoped flags.
WORDS = ["sop", "nomor", "kode", "rekening", "ttd", "dpa", "PPKD", "tanggal", "Disahkan", "is", "ki", "x"]
ATOMS = st.one_of(
    st.sampled_from(WORDS).map(re.escape),
    st.sampled_from([r"\s+", r"\s*", r"\.?", r"[-/]", r"\b", r"\d{2}", r"[A-Z]", r"\w?", r":", " "]),
)


def _compose(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    seq = st.lists(children, min_size=1, max_size=4).map("".join)
    return st.one_of(
        seq,
        st.lists(seq, min_size=2, max_size=3).map(lambda alts: "(?:" + "|".join(alts) + ")"),
        seq.map(lambda s: f"(?:{s})?"),
        # bounded repeats only: nested unbounded ones backtrack for minutes on a text that fails to match
        seq.map(lambda s: f"(?:{s}){{1,2}}"),
        seq.map(lambda s: f"(?:{s}){{2}}"),
        seq.map(lambda s: f"(?-i:{s})"),
        seq.map(lambda s: f"({s})"),
    )


PATTERNS = st.recursive(ATOMS, _compose, max_leaves=8)
ODD = {"i": ["\u0131", "\u0130"], "s": ["\u017f"], "k": ["\u212a"],
       "I": ["\u0130"], "S": ["\u017f"], "K": ["\u212a"]}


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(pattern=PATTERNS, data=st.data())
def test_a_text_the_pattern_matches_always_passes_the_prefilter(pattern: str, data: st.DataObject) -> None:
    for flags in (FLAGS, re.MULTILINE):
        rx = re.compile(pattern, flags)
        text = data.draw(st.from_regex(rx))
        # the odd case twins of i, s and k match under IGNORECASE: put some in where they still match
        chars = list(text)
        for i in data.draw(st.lists(st.integers(0, max(0, len(chars) - 1)), max_size=4)):
            if chars and chars[i] in ODD:
                twin = data.draw(st.sampled_from(ODD[chars[i]]))
                trial = chars[:i] + [twin] + chars[i + 1:]
                if rx.search("".join(trial)):
                    chars = trial
        text = "".join(chars)
        assert rx.search(text)
        assert may_match(pattern, fold(text), flags), (pattern, text, needles(pattern, flags))


def _rule_patterns() -> list[tuple[str, bool]]:
    r = rules()
    out = [(c.pattern, c.kind == "heading") for d in r.doctypes for c in d.cues
           if c.kind in ("regex", "heading") and c.pattern]
    out += [(c.pattern, False) for c in r.status.cues]
    out += [(c.pattern, False) for s in r.subtypes for c in s.cues if c.pattern]
    return out


def test_every_shipped_rule_pattern_passes_the_prefilter_wherever_it_matches() -> None:
    import doctexts as tx

    texts = [*tx.perkada_spbe(), *tx.keputusan_tim_koordinasi(), *tx.sop_ap(), *tx.laporan_monev(),
             *tx.pedoman(), *tx.rancangan_perkada_spbe(), *tx.screenshot_captions(), *tx.undangan_rapat()]
    patterns = _rule_patterns()
    assert sum(1 for p, case in patterns if needles(p, re.MULTILINE if case else FLAGS)) > 0.8 * len(patterns)
    matched = skipped = 0
    for text in texts:
        for variant in (text, text.upper(), text.lower()):
            folded = fold(variant)
            for pattern, case in patterns:
                flags = re.MULTILINE if case else FLAGS
                found = re.search(pattern, variant, flags)
                passes = may_match(pattern, folded, flags)
                assert passes or not found, pattern
                matched += bool(found)
                skipped += not passes
    assert matched > 100 and skipped > matched  # the filter has work to do, and the texts hit many cues


def test_recognition_with_the_prefilter_is_recognition_without_it(monkeypatch) -> None:  # noqa: ANN001
    """Every recognised field and every piece of evidence, read with and without the prefilter."""
    import doctexts as tx

    from evidence_check.recognise import cues, facts

    samples = {"perkada.pdf": tx.perkada_spbe(), "sk.pdf": tx.keputusan_tim_koordinasi(),
               "rancangan.pdf": tx.rancangan_perkada_spbe(), "sop.pdf": tx.sop_ap(),
               "monev.pdf": tx.laporan_monev(),
               "undangan.pdf": tx.undangan_rapat(), "layar.png": tx.screenshot_captions()}
    fast = {name: recognise("\f".join(pages), path=name) for name, pages in samples.items()}
    monkeypatch.setattr(cues, "may_match", lambda *a: True)
    monkeypatch.setattr(facts, "may_match", lambda *a: True)
    plain = {name: recognise("\f".join(pages), path=name) for name, pages in samples.items()}
    assert fast == plain
    assert {d.doc_type for d in fast.values()} >= {"perkada", "keputusan", "sop", "laporan", "undangan"}
