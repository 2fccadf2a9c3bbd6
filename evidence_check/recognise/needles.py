"""Literal needles of a rule regex: a cheap test that skips most searches whose answer is "no match".

Recognition searches every page in a cue's scope with every regex cue of every document type, status and
fact rule, and most of those searches find nothing. Python's regex engine pays for a miss by trying the
pattern at every offset of the page; a substring test (`in`) scans the page at memchr speed. So each
pattern is parsed once into groups of literal strings, every match holding one string of each group
(`(?:Nomor|No\\.?)\\s*SOP|Nama\\s+SOP` → {"sop"}; `Kode\\s+Rekening` → {"rekening"}, {"kode"}); a page whose
folded text lacks every string of some group cannot match and is not searched. A pattern with no usable
group is always searched, so the prefilter only ever removes searches that would have failed: the
results are those of the plain search.
"""
from __future__ import annotations

import re
from functools import lru_cache

MIN_NEEDLE = 3  # a shorter needle is in nearly every page: testing it costs more than it saves
MAX_NEEDLES = 20  # more alternatives than this cost about what the search does

# Characters that re.IGNORECASE matches to an ASCII letter but whose str.lower() is not that letter
# ("İ".lower() is even two characters). tests/test_needles.py checks every code point against this.
_ODD_CASES = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"), ("\u212a", "k"))


def fold(text: str) -> str:
    """Lower case as the needles are: every ASCII character a case-insensitive regex literal matches in
    `text` is that literal, lower-cased, at the same place in the folded text."""
    if not text.isascii():
        for odd, plain in _ODD_CASES:
            if odd in text:
                text = text.replace(odd, plain)
    return text.lower()


Factor = frozenset[str]  # every match holds at least one of these strings


def _best(factors: list[Factor]) -> Factor | None:
    """The most selective factor: longest shortest needle, then fewest needles."""
    return max(factors, key=_selectivity, default=None)


def _selectivity(f: Factor) -> tuple[int, int]:
    return min(map(len, f)), -len(f)


def _literals(items: list[tuple[object, object]]) -> set[str] | None:
    """Every string a literal-only sequence can match ("DP(?:P)?A" → {"dpa", "dppa"}), or None when it holds
    anything but ASCII literals, small classes of them, groups, alternations and optional parts of them."""
    from re import _constants as c

    out = {""}
    for op, av in items:
        if op is c.LITERAL and isinstance(av, int) and av < 128:
            alts: set[str] | None = {chr(av).lower()}
        elif op is c.IN:
            codes = [v for kind, v in av if kind is c.LITERAL]  # type: ignore[union-attr]
            ok = len(codes) == len(av) and all(isinstance(v, int) and v < 128 for v in codes)  # type: ignore[arg-type]
            alts = {chr(v).lower() for v in codes} if ok else None  # type: ignore[arg-type]
        elif op is c.SUBPATTERN:
            alts = _literals(av[-1])  # type: ignore[index]
        elif op is c.BRANCH:
            parts = [_literals(alt) for alt in av[1]]  # type: ignore[index]
            alts = set().union(*parts) if all(x is not None for x in parts) else None  # type: ignore[arg-type]
        elif op is c.MAX_REPEAT and av[0] == 0 and av[1] == 1:  # type: ignore[index]
            inner = _literals(av[2])  # type: ignore[index]
            alts = inner | {""} if inner is not None else None
        else:
            alts = None
        if alts is None or len(out) * len(alts) > MAX_NEEDLES:
            return None
        out = {a + b for a in out for b in alts}
    return out


def _factors(items: list[tuple[object, object]]) -> list[Factor]:
    """Every factor of a parsed sequence: runs of literal-only parts (each run a set of the strings it can
    match), and the factors of every part that must match at least once (groups, repeats of one or more);
    an alternation whose every branch has a factor gives one, the union of each branch's best."""
    # the parser's node kinds (private: any surprise below disables the filter for that pattern)
    from re import _constants as c

    out: list[Factor] = []
    run = {""}

    def flush() -> None:
        nonlocal run
        if run != {""} and "" not in run:
            out.append(frozenset(run))
        run = {""}

    for op, av in items:
        alts = _literals([(op, av)])
        if alts is not None and len(run) * len(alts) <= MAX_NEEDLES:
            run = {a + b for a in run for b in alts}
            continue
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:  # type: ignore[index]
            once = _literals(av[2])  # type: ignore[index]
            if once is not None and len(run) * len(once) <= MAX_NEEDLES:
                run = {a + b for a in run for b in once}  # "xx" + "x+" holds "xxx"; what follows may repeat
        flush()  # anything else ends a run: classes, anchors, look-arounds, optional parts
        if alts is not None:  # literal-only but too many strings joined to the run: a run of its own
            run = alts
            continue
        if op is c.SUBPATTERN:
            out += _factors(av[-1])  # type: ignore[index]
        elif op is c.ATOMIC_GROUP:
            out += _factors(av)  # type: ignore[arg-type]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:  # type: ignore[index]
            out += _factors(av[2])  # type: ignore[index]
        elif op is c.BRANCH:
            best = [_best(_factors(alt)) for alt in av[1]]  # type: ignore[index]
            if best and all(b is not None for b in best):
                out.append(frozenset().union(*best))  # type: ignore[arg-type]
    flush()
    return out


MAX_FACTORS = 4  # the most selective few decide nearly every page


@lru_cache(maxsize=4096)
def needles(pattern: str, flags: int = re.IGNORECASE) -> tuple[tuple[str, ...], ...]:
    """Groups of folded strings: every match of `pattern` contains a string of each group. Empty when no
    useful group is known (the pattern is then always searched)."""
    try:
        from re import _parser

        factors = _factors(list(_parser.parse(pattern, flags)))
    except Exception:  # noqa: BLE001 — a pattern the parser walk does not know is simply always searched
        return ()
    useful = {f for f in factors if min(map(len, f)) >= MIN_NEEDLE and len(f) <= MAX_NEEDLES}
    ranked = sorted(useful, key=lambda f: (_selectivity(f), sorted(f)), reverse=True)[:MAX_FACTORS]
    return tuple(tuple(sorted(f, key=lambda s: (-len(s), s))) for f in ranked)


def may_match(pattern: str, folded: str, flags: int = re.IGNORECASE) -> bool:
    """False only when `pattern` cannot match the text whose `fold` is `folded`."""
    return all(any(n in folded for n in group) for group in needles(pattern, flags))
