"""Literal needles of a rule regex: a cheap test that skips most searches whose answer is "no match".

Recognition searches every page in a cue's scope with every regex cue of every document type, status and
fact rule, and most of those searches find nothing. Python's regex engine pays for a miss by trying the
pattern at every offset of the page (a case-insensitive pattern cannot even skip ahead to a likely first
letter); a substring test (`in`) scans the page at memchr speed. So each pattern is parsed once into what
any match of it must contain: runs of literal text, all of them, and for an alternation what one of its
branches needs (`Kode\\s+Rekening` → "kode" and "rekening"; `secara\\s+elektronik|\\bBSrE\\b` → "secara" and
"elektronik", or "bsre"). A page whose folded text lacks that cannot match and is not searched. Where
nothing is known the pattern is always searched, so the prefilter only ever removes searches that would
have failed: the results are those of the plain search.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

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


# What a match needs: ("lit", strings) one of the strings; ("all", parts) every part; ("any", parts) one part.
Need = tuple[str, tuple]  # type: ignore[type-arg]
MAX_NODES = 64  # a bigger tree costs about what the search does: such a pattern is always searched


def _literals(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Every string a literal-only sequence can match ("DP(?:P)?A" → {"dpa", "dppa"}), or None when it holds
    anything but ASCII literals, small classes of them, groups, alternations and optional parts of them."""
    from re import _constants as c  # type: ignore[attr-defined]

    out = {""}
    for op, av in items:
        if op is c.LITERAL and isinstance(av, int) and av < 128:
            alts: set[str] | None = {chr(av).lower()}
        elif op is c.IN:
            codes = [v for kind, v in av if kind is c.LITERAL]
            ok = len(codes) == len(av) and all(isinstance(v, int) and v < 128 for v in codes)
            alts = {chr(v).lower() for v in codes} if ok else None
        elif op is c.SUBPATTERN:
            alts = _literals(av[-1])
        elif op is c.BRANCH:
            parts = [_literals(alt) for alt in av[1]]
            known = [x for x in parts if x is not None]
            alts = set().union(*known) if len(known) == len(parts) else None
        elif op is c.MAX_REPEAT and av[0] == 0 and av[1] == 1:
            inner = _literals(av[2])
            alts = inner | {""} if inner is not None else None
        else:
            alts = None
        if alts is None or len(out) * len(alts) > MAX_NEEDLES:
            return None
        out = {a + b for a in out for b in alts}
    return out


def _needs(items: list[tuple[Any, Any]]) -> Need | None:
    """What every match of a parsed sequence contains, or None when nothing useful is known: its runs of
    literal-only parts (each run the set of strings it can match), and what each part that must match at
    least once needs (groups, repeats of one or more, alternations whose every branch needs something)."""
    # the parser's node kinds (private: any surprise below disables the filter for that pattern)
    from re import _constants as c  # type: ignore[attr-defined]

    parts: list[Need] = []
    run = {""}

    def flush() -> None:
        nonlocal run
        if "" not in run and min(map(len, run)) >= MIN_NEEDLE:
            parts.append(("lit", tuple(sorted(run, key=lambda x: (-len(x), x)))))
        run = {""}

    for op, av in items:
        alts = _literals([(op, av)])
        if alts is not None and len(run) * len(alts) <= MAX_NEEDLES:
            run = {a + b for a in run for b in alts}
            continue
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            once = _literals(av[2])
            if once is not None and len(run) * len(once) <= MAX_NEEDLES:
                run = {a + b for a in run for b in once}  # "xx" + "x+" holds "xxx"; what follows may repeat
        flush()  # anything else ends a run: classes, anchors, look-arounds, optional parts
        if alts is not None:  # literal-only but too many strings joined to the run: a run of its own
            run = alts
            continue
        sub: Need | None = None
        if op is c.SUBPATTERN:
            sub = _needs(av[-1])
        elif op is c.ATOMIC_GROUP:
            sub = _needs(av)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            sub = _needs(av[2])
        elif op is c.BRANCH:
            branches = [_needs(alt) for alt in av[1]]
            if branches and all(b is not None for b in branches):
                sub = ("any", tuple(branches))
        if sub is not None:
            parts.append(sub)
    flush()
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else ("all", tuple(parts))


def _size(need: Need) -> int:
    return 1 if need[0] == "lit" else 1 + sum(_size(n) for n in need[1])


@lru_cache(maxsize=4096)
def needles(pattern: str, flags: int = re.IGNORECASE) -> Need | None:
    """What every match of `pattern` contains (folded strings; see Need), or None when nothing useful is
    known (the pattern is then always searched)."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        need = _needs(list(_parser.parse(pattern, flags)))
    except Exception:  # noqa: BLE001 — a pattern the parser walk does not know is simply always searched
        return None
    return need if need is not None and _size(need) <= MAX_NODES else None


def _test(need: Need) -> Callable[[str], bool]:
    """The tree as nested closures with plain loops: asked for every page and pattern, so no tree walk
    or generator per call."""
    kind, body = need
    if kind == "lit":
        if len(body) == 1:
            (only,) = body
            return lambda folded: only in folded

        def one_of(folded: str) -> bool:
            for n in body:
                if n in folded:
                    return True
            return False

        return one_of
    tests = tuple(_test(n) for n in body)
    if kind == "all":

        def every(folded: str) -> bool:
            for t in tests:
                if not t(folded):
                    return False
            return True

        return every

    def some(folded: str) -> bool:
        for t in tests:
            if t(folded):
                return True
        return False

    return some


@lru_cache(maxsize=4096)
def _screen(pattern: str, flags: int) -> Callable[[str], bool] | None:
    need = needles(pattern, flags)
    return _test(need) if need is not None else None


def may_match(pattern: str, folded: str, flags: int = re.IGNORECASE) -> bool:
    """False only when `pattern` cannot match the text whose `fold` is `folded`."""
    test = _screen(pattern, flags)
    return test is None or test(folded)
