"""The persistent rule findings cache: after a rule-pack edit the code rules are not rerun, and a plain re-run reruns no rule.

The code rules (numbers, names, surface checks, omissions: `RuleSet.code_rules`)
read only the Document, its aligned pairs and the options they declare
(`CodeRule.reads_options`, e.g. the official names the packs tag), so their
findings on an unchanged document are the same from run to run. Each rule's raw
findings (before the engine's `_dedupe`, which always runs on the merged list)
are stored per document, keyed by

- the prepared unit key of the input (mtaudit/prepared.py `unit_key`: the input's
  identity and bytes); a document without a key is not cached;
- the encoder id and the prepared `CODE_VERSION` (they decide the Document and its pairs);
- `CODE_VERSION` here: a hash of the source of the rule code and of every module
  it uses that can change a finding (rules/*.py, rules/data/*, numbers, anchors,
  romanisation, alignment, types) and of the Python version (Unicode tables);
- the rule's id and a hash of the ctx.options values the rule reads.

The pack rules' findings are stored the same way, one entry per pack (id `<pack:NAME>`,
engine.pack_store_id), keyed on that pack's name, format and content hash (`packs_key`), with the
spans of the pack's Korean term hits (engine._stored_pack_findings): an unchanged re-run then runs
no rule at all, and adding or editing one pack reruns only that pack's rules.

Stored in the same SQLite file as the other caches (table `rule_findings`, mtaudit/cache.py).
"""

from __future__ import annotations

import hashlib
import pickle
import sys
import zlib
from pathlib import Path

from . import prepared

# what decides a code rule's findings besides its inputs (the Document and pairs are covered by prepared.CODE_VERSION)
_MODULES = (
    "rules/*.py", "rules/data/*", "numbers.py", "anchors.py", "romanize.py", "align.py", "batching.py",
    "segment.py", "types.py", "rulecache.py", "score/anchors.py",
)


CODE_VERSION = prepared.code_digest(_MODULES, prepared.CODE_VERSION, repr(sys.version_info[:2]))


def options_key(rule, options: dict) -> bytes:
    """A hash of the ctx.options values `rule` reads (all of them when it does not say)."""
    names = getattr(rule, "reads_options", None)
    if names is None:
        names = tuple(options)
    read = sorted((k, options[k]) for k in set(names) if k in options)
    return hashlib.blake2b(repr(read).encode("utf-8", "surrogatepass"), digest_size=16).digest()


def packs_key(packs, morphemes: str) -> bytes:
    """The identity of the pack rules' findings: each pack's name, format (file suffix) and sha256 of its bytes,
    in load order, and the morpheme analyser's version (`matching.morpheme_version`: term hits inside words
    are checked against kiwipiepy's morphemes).

    The pack rules read nothing else (their matching code is in CODE_VERSION); the file's location is left out,
    so a pack written to a new temporary folder each run (the review's promoted rules) is still a hit."""
    parts = [(p.name, Path(p.path).suffix.lower(), p.digest) for p in packs] + [morphemes]
    return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"), digest_size=16).digest()


def dump(findings) -> bytes:
    return zlib.compress(pickle.dumps(tuple(findings), protocol=pickle.HIGHEST_PROTOCOL), 1)


# a pack entry (findings, Korean hit spans) with neither: the pack does not touch the document (pipeline.Auditor._result_key)
EMPTY_PACK = dump(((), ()))


def load(blob: bytes):
    """The stored tuple of Findings, or None if the entry cannot be read back (then the rule runs)."""
    try:
        got = pickle.loads(zlib.decompress(blob))
    except Exception:  # a damaged or foreign entry is a miss, never a failure
        return None
    return got if isinstance(got, tuple) else None
