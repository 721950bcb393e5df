"""Bytes on disk -> text: size limit, binary detection, encoding detection.

Order: refuse files over MAX_BYTES (checked with stat, before reading); BOMs
(UTF-8, UTF-16, UTF-32); UTF-16 without a BOM (by where its NUL bytes sit); strict UTF-8; UTF-8 with a few corrupt bytes
(replaced, and said so in the encoding name); CP949 (a superset of EUC-KR,
what Korean sites that are not UTF-8 use); Windows-1252; charset-normalizer
as a last resort.
NUL bytes in a file without a UTF-16/32 BOM mean binary data.
Newlines are kept as they are (\\r\\n, \\r, \\n), so offsets stay true to the file.
"""

from __future__ import annotations

import codecs
import os
import stat

from ..errors import InputError

MAX_BYTES = 10 * 1024 * 1024  # 10 MiB: a news article is ~10 KB; bigger inputs are split by the user

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)


def read_bytes(path: str, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes, or an InputError naming the problem in one line."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(path, "no such file or folder") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc.__class__.__name__}") from None
    if not stat.S_ISREG(st.st_mode):
        raise InputError(path, "not a regular file")
    if st.st_size > max_bytes:
        raise InputError(
            path, f"file is too large ({st.st_size / 1048576:.1f} MB; the limit is {max_bytes / 1048576:.0f} MB per file)"
        )
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        raise InputError(path, "cannot read: permission denied") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc.__class__.__name__}") from None
    if len(data) > max_bytes:  # grew since stat
        raise InputError(path, f"file is too large (over {max_bytes / 1048576:.0f} MB)")
    return data


def decode(data: bytes, path: str) -> tuple[str, str]:
    """(text, encoding name). The BOM is removed; everything else is kept."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), name
            except UnicodeDecodeError as exc:
                raise InputError(path, f"cannot decode as {name} (byte {exc.start + len(bom)})") from None
    if b"\x00" in data:
        guess = _utf16_without_bom(data)
        if guess is not None:
            return guess
        raise InputError(path, "binary data (NUL bytes), not a text file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few corrupt bytes: CP949 would turn the whole file into mojibake instead
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    non_ascii = sum(1 for ch in lenient if ord(ch) > 127)
    if non_ascii - bad >= 10 and bad / non_ascii < 0.2:  # CP949 read as UTF-8 is nearly all U+FFFD
        return lenient, f"utf-8 ({bad} undecodable byte sequence(s) replaced)"
    try:
        text = data.decode("cp949")
        if _plausible(text):
            return text, "cp949"
    except UnicodeDecodeError:
        pass
    try:  # Western 8-bit English pages (the English side of a pair) are mostly Windows-1252
        text = data.decode("cp1252")
        if _plausible(text):
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # charset-normalizer is a best-effort fallback
        best = None
    if best is not None and best.encoding:
        text = str(best)
        if _plausible(text):
            return text, best.encoding
    raise InputError(path, "cannot decode: not UTF-8, UTF-16 or CP949/EUC-KR text (binary data?)")


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a BOM: the NUL bytes (high bytes of ASCII) sit on one parity only."""
    if len(data) % 2:
        return None
    odd = data[1::2].count(0)
    even = data[0::2].count(0)
    if odd + even < len(data) // 20 or min(odd, even) > (odd + even) // 10:
        return None
    codec = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return (text, codec) if _plausible(text) else None


def _plausible(text: str) -> bool:
    """Text, not binary that happened to decode: few control characters."""
    if not text:
        return True
    bad = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f\v")
    return bad / len(text) < 0.01


def load_text(path: str, max_bytes: int = MAX_BYTES) -> tuple[str, str]:
    """Read and decode one input file; empty or whitespace-only files are errors."""
    data = read_bytes(path, max_bytes)
    if not data:
        raise InputError(path, "file is empty")
    text, encoding = decode(data, path)
    if not text.strip():
        raise InputError(path, "file holds only whitespace")
    return text, encoding
