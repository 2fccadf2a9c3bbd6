"""A small seeded mutation fuzzer over real PDF/DOCX/XLSX fixtures: flipped, truncated and inserted bytes.

`extract_path` must never raise: every mutant yields Documents that carry either text or a finding.
Bounded by case count and wall time (FUZZ_SECONDS, default 20 s) so it fits CI; the seeds are fixed,
so a failure is reproducible from the printed seed. OCR is off (max_ocr_pages=0): we fuzz the parsers.
"""
from __future__ import annotations

import os
import random
import time

import docfactory as f
import pytest

from evidence_check.context import Options
from evidence_check.extract import extract_path

FUZZ_SECONDS = float(os.environ.get("FUZZ_SECONDS", "20"))
MAX_CASES = 1500


def mutate(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.choice(("flip", "truncate", "insert", "zero_run", "dup"))
        pos = rng.randrange(max(1, len(buf)))
        if op == "flip" and buf:
            buf[pos] ^= 1 << rng.randrange(8)
        elif op == "truncate":
            del buf[max(1, pos):]
        elif op == "insert":
            buf[pos:pos] = rng.choice([b"\x00" * 16, b"\xff" * 8, b"obj", b"endstream", b"PK\x03\x04", b"<!DOCTYPE x>",
                                      bytes(rng.randrange(256) for _ in range(12))])
        elif op == "zero_run":
            buf[pos:pos + rng.randint(1, 64)] = b"\x00" * rng.randint(1, 64)
        elif op == "dup" and buf:
            buf[pos:pos] = buf[pos:pos + rng.randint(1, 256)]
    return bytes(buf)


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> list[tuple[str, bytes]]:
    d = tmp_path_factory.mktemp("seeds")
    text = ["PERATURAN BUPATI SUKAMAJU\nNOMOR 7 TAHUN 2023\nTENTANG\nSISTEM PEMERINTAHAN BERBASIS ELEKTRONIK"]
    files = [
        f.text_pdf(d / "a.pdf", text * 2),
        f.owner_only_pdf(d / "b.pdf"),
        f.docx_file(d / "c.docx", ["KEPUTUSAN BUPATI SUKAMAJU", "TENTANG TIM SPBE"], header="RANCANGAN",
                    tables=[[["No", "Nama"], ["1", "Dinas Kominfo"]]]),
        f.xlsx_file(d / "d.xlsx", {"Data": [["Indikator", "Nilai"], ["SPBE", 3]]}),
    ]
    return [(p.suffix, p.read_bytes()) for p in files]


def test_mutated_documents_never_raise(seeds, tmp_path):
    opts = Options(input=tmp_path, max_pages=20, max_ocr_pages=0)
    deadline = time.monotonic() + FUZZ_SECONDS
    tried = 0
    outcomes: dict[str, int] = {}
    for case in range(MAX_CASES):
        if time.monotonic() > deadline:
            break
        rng = random.Random(case)  # seed = case number: rerun one case with random.Random(case)
        suffix, data = seeds[case % len(seeds)]
        path = tmp_path / f"mutan-{case}{suffix}"
        path.write_bytes(mutate(data, rng))
        try:
            docs = extract_path(path, path.name, opts)
        except Exception as exc:  # noqa: BLE001 — the property under test
            pytest.fail(f"case {case} ({suffix}): extract_path raised {type(exc).__name__}: {exc}")
        assert docs, case
        for doc in docs:
            assert doc.readable or doc.findings, (case, doc)
            key = "text" if doc.readable else min(x.code for x in doc.findings)
            outcomes[key] = outcomes.get(key, 0) + 1
        path.unlink()
        tried += 1
    assert tried >= 20, f"only {tried} cases in {FUZZ_SECONDS}s"
    print(f"fuzzed {tried} mutants: {outcomes}")
