"""Build a minimal Word 97 (.doc) file byte by byte, so the legacy .doc reader has a fixture made from code.

The file is an OLE2 compound file (512-byte sectors, no mini stream) holding two streams:
- WordDocument: the FIB (File Information Block) followed by the text, 8-bit (cp1252), paragraphs ending
  in CR;
- 1Table: the CLX, a piece table with one piece covering the whole text, and an empty stylesheet.
That is all a reader such as antiword needs: without the stylesheet antiword reads past a 1-byte buffer
and crashes one run in three (found with valgrind; clean with it, 300 runs without a failure).
Layout references: [MS-CFB] (compound file) and [MS-DOC] (FIB offsets: wIdent 0x00, nFib 0x02, flags
0x0A, fcMin 0x18, ccpText 0x4C, fcStshf 0xA2, fcClx 0x1A2).
"""
from __future__ import annotations

import struct

SECTOR = 512
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
STREAM_SECTORS = 8  # 4096 bytes: at the mini-stream cutoff, so both streams live in ordinary sectors
TEXT_AT = 0x800  # where the text starts inside WordDocument (after the FIB)


def _stylesheet() -> bytes:
    """An STSH with no styles: cbStshi, then an STSHI saying cstd 0 and a 10-byte STD base. Readers parse
    it unconditionally (antiword reads past an empty one)."""
    stshi = struct.pack("<HHHHHH", 0, 10, 1, 0, 0, 0) + b"\0" * 6  # cstd, cbSTDBase, flags, ..., ftcs
    return struct.pack("<H", len(stshi)) + stshi


def _fib(n_chars: int, clx_len: int, stsh_len: int) -> bytes:
    fib = bytearray(TEXT_AT)
    struct.pack_into("<HH", fib, 0x00, 0xA5EC, 0x00C1)  # wIdent (Word 8), nFib 193 (Word 97)
    struct.pack_into("<H", fib, 0x0A, 0x0200)  # fWhichTblStm: the table stream is "1Table"
    struct.pack_into("<II", fib, 0x18, TEXT_AT, TEXT_AT + n_chars)  # fcMin, fcMac
    struct.pack_into("<I", fib, 0x4C, n_chars)  # ccpText
    struct.pack_into("<II", fib, 0x1A2, 0, clx_len)  # fcClx, lcbClx (the CLX starts the table stream)
    struct.pack_into("<II", fib, 0xA2, clx_len, stsh_len)  # fcStshf, lcbStshf (the stylesheet follows)
    return bytes(fib)


def _clx(n_chars: int) -> bytes:
    """One Pcdt: CPs [0, n] and one PCD whose fc has bit 30 set (8-bit text at fc / 2)."""
    plc = struct.pack("<II", 0, n_chars) + struct.pack("<HIH", 0, (TEXT_AT * 2) | 0x40000000, 0)
    return b"\x02" + struct.pack("<I", len(plc)) + plc


def _dir_entry(name: str, kind: int, start: int, size: int, left: int = NOSTREAM, right: int = NOSTREAM,
               child: int = NOSTREAM) -> bytes:
    raw = (name + "\0").encode("utf-16-le") if name else b""
    entry = bytearray(128)
    entry[: len(raw)] = raw
    struct.pack_into("<HBB", entry, 0x40, len(raw), kind, 1)  # name length, type, colour black
    struct.pack_into("<III", entry, 0x44, left, right, child)
    struct.pack_into("<II", entry, 0x74, start, size)
    return bytes(entry)


def _pad(data: bytes, sectors: int) -> bytes:
    assert len(data) <= sectors * SECTOR, "text too long for this minimal writer"
    return data + b"\0" * (sectors * SECTOR - len(data))


def word97_document(paragraphs: list[str]) -> bytes:
    text = "".join(p + "\r" for p in paragraphs).encode("cp1252")
    clx, stsh = _clx(len(text)), _stylesheet()
    word = _pad(_fib(len(text), len(clx), len(stsh)) + text, STREAM_SECTORS)
    table = _pad(clx + stsh, STREAM_SECTORS)
    # sector 0: FAT, 1: directory, 2..9: WordDocument, 10..17: 1Table
    word_start, table_start = 2, 2 + STREAM_SECTORS
    fat = [FATSECT, END]
    for start in (word_start, table_start):
        fat += [start + i + 1 for i in range(STREAM_SECTORS - 1)] + [END]
    fat_sector = struct.pack(f"<{SECTOR // 4}I", *(fat + [FREE] * (SECTOR // 4 - len(fat))))
    directory = (_dir_entry("Root Entry", 5, END, 0, child=1)
                 + _dir_entry("WordDocument", 2, word_start, len(word), left=2)  # siblings: shorter name left
                 + _dir_entry("1Table", 2, table_start, len(table))
                 + _dir_entry("", 0, 0, 0))
    header = bytearray(SECTOR)
    header[:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 0x18, 0x003E, 0x0003, 0xFFFE, 9, 6)  # versions, byte order, shifts
    struct.pack_into("<IIII", header, 0x2C, 1, 1, 0, 4096)  # FAT sectors, first dir sector, txn, cutoff
    struct.pack_into("<IIII", header, 0x3C, END, 0, END, 0)  # no mini FAT, no extra DIFAT
    struct.pack_into("<109I", header, 0x4C, 0, *([FREE] * 108))  # DIFAT: the FAT is sector 0
    return bytes(header) + fat_sector + directory + word + table
