"""Encoder specs and the per-run cache, without loading any model."""

from __future__ import annotations

import numpy as np
import pytest

from mtaudit.encoders import CachedEncoder, get_encoder
from mtaudit.errors import ConfigError


class Hashing:
    """A deterministic stand-in encoder: a vector from the text's bytes; records what it was asked."""

    id, dim = "hashing", 8

    def __init__(self):
        self.calls: list[list[str]] = []

    def encode(self, texts):
        self.calls.append(list(texts))
        rows = [np.frombuffer((t.encode("utf-8") * 8)[:32].ljust(32, b"\0"), dtype=np.uint8)[:8].astype(np.float32) + 1 for t in texts]
        v = np.stack(rows) if rows else np.zeros((0, 8), np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_specs():
    assert get_encoder("none") is None and get_encoder("off") is None
    with pytest.raises(ConfigError):
        get_encoder("word2vec")


def test_cache_returns_rows_in_order_and_encodes_each_text_once():
    inner = Hashing()
    cache = CachedEncoder(inner)
    texts = ["대전시가 준비에 돌입했다.", "Daejeon City has begun preparations.", "대전시가 준비에 돌입했다."]
    first = cache.encode(texts)
    assert np.array_equal(first[0], first[2])
    second = cache.encode(list(reversed(texts)) + ["새 문장."])
    assert np.array_equal(second[0], first[2]) and np.array_equal(second[1], first[1])
    flat = [t for call in inner.calls for t in call]
    assert sorted(flat) == sorted(set(texts) | {"새 문장."})
    assert cache.encode([]).shape == (0, 8)
