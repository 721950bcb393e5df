"""The persistent "prepared document" cache: a document read, segmented and aligned once is not redone.

Reading, segmentation and alignment do not depend on the rule packs, the
scorers or the report options, so a re-audit after a rule change only needs
the rules, scores and reports. An entry holds the read `Document` and its
aligned pairs (pickled together, zlib-compressed) and is keyed by

- the input: the unit's id, paths and discovery notes and the bytes of every
  input file (a changed file is a different key);
- the encoder id (alignment uses the vectors);
- `CODE_VERSION`: a hash of mtaudit's version and of the source bytes of every
  module that decides the Document or the alignment (readers, segmentation,
  alignment, anchors, romanisation, encoders, batching, types), taken at import
  time, so any edit to that code invalidates every entry.

Stored in the same SQLite file as the sentence vectors (table `prepared`,
mtaudit/cache.py), WAL mode, so pool and Dask workers share it safely.
"""

from __future__ import annotations

import hashlib
import pickle
import zlib
from pathlib import Path

from . import __version__

_PKG = Path(__file__).resolve().parent
# what decides a Document and its pairs; anything else (rules, scores, report) runs on every audit
_MODULES = ("io/*.py", "segment.py", "align.py", "anchors.py", "numbers.py", "romanize.py", "encoders.py", "hf.py", "batching.py", "types.py", "prepared.py")


def code_digest(patterns, *extra: str) -> str:
    """A hash of the `extra` strings and of the name and bytes of every file of the mtaudit package that the
    glob `patterns` (relative to the package) match, in pattern order, sorted within a pattern. The code
    versions of the caches are made with it (here, mtaudit/rulecache.py, report/stream.py, pipeline.py)."""
    h = hashlib.blake2b(digest_size=16)
    for part in extra:
        h.update(part.encode("utf-8", "surrogatepass") + b"\0")
    for pattern in patterns:
        for path in sorted(_PKG.glob(pattern)):
            if path.is_file() and "__pycache__" not in path.parts:
                h.update(path.relative_to(_PKG).as_posix().encode("utf-8", "surrogatepass") + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


CODE_VERSION = code_digest(_MODULES, __version__)


def unit_key(unit) -> bytes | None:
    """The input's identity and content; None when a file cannot be read (the reader then reports it)."""
    h = hashlib.blake2b(digest_size=20)
    h.update(repr((unit.id, tuple(unit.paths), tuple(unit.notes))).encode("utf-8", "surrogatepass"))
    from .io import MAX_BYTES

    for p in unit.paths:
        try:
            if Path(p).stat().st_size > MAX_BYTES:  # refused by the reader without being read
                return None
            data = Path(p).read_bytes()
        except OSError:
            return None
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.digest()


def dump(doc, pairs) -> bytes:
    return zlib.compress(pickle.dumps((doc, tuple(pairs)), protocol=pickle.HIGHEST_PROTOCOL), 1)


def load(blob: bytes):
    """(Document, tuple of AlignedPair), or None if the entry cannot be read back (then it is recomputed)."""
    try:
        doc, pairs = pickle.loads(zlib.decompress(blob))
    except Exception:  # a damaged or foreign entry is a miss, never a failure
        return None
    return doc, pairs
