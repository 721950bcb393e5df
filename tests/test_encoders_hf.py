"""HFEncoder on a tiny random BERT with a sentencepiece vocabulary built here (no download), and the run cache."""

from __future__ import annotations

import numpy as np
import pytest

from mtaudit.encoders import CachedEncoder, get_encoder
from mtaudit.errors import ConfigError, ModelNotAvailable

pytest.importorskip("transformers")
pytest.importorskip("sentencepiece")

from tinymodels import build_tiny_bert  # noqa: E402

SENTENCES = [
    "대전시가 ‘이차전지산업’을 미래먹거리로 육성하기 위한 준비에 돌입했다.",
    "Daejeon City has begun preparations to foster the ‘secondary battery industry’ as a future food source.",
    "이날 행사에는 산업통상자원부 성윤모 장관과 이시종 충북도지사를 비롯해 특화단지로 지정된 경기, 충남, 전북, 경남 도지사가 참석했다.",
    "The designation ceremony took place in the following order.",
    "간담회에는 16명이 참석했다.",
    "Plan.",
    "It is a general industrial complex in Ochang Technopolis in Cheongju.",
]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    return build_tiny_bert(tmp_path_factory.mktemp("tiny"))


@pytest.fixture(scope="module")
def tiny(tiny_model):
    return get_encoder(f"hf:{tiny_model}")


def test_loads_locally_with_mean_pooling_and_unit_rows(tiny, tiny_model):
    assert tiny.pooling == "mean"
    assert tiny.dim == 32
    assert tiny.id.startswith("hf:model@") and tiny.id.endswith("#mean")
    v = tiny.encode(SENTENCES)
    assert v.shape == (len(SENTENCES), 32) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert tiny.encode([]).shape == (0, 32)


def test_batching_and_order_never_change_an_embedding_or_a_score(tiny_model):
    from mtaudit.hf import HFEncoder

    whole = HFEncoder(str(tiny_model), batch_size=64).encode(SENTENCES)
    one_by_one = HFEncoder(str(tiny_model), batch_size=1).encode(SENTENCES)
    threes = HFEncoder(str(tiny_model), batch_size=3)
    reversed_rows = threes.encode(SENTENCES[::-1])[::-1]
    for other in (one_by_one, reversed_rows):
        assert np.allclose(whole, other, atol=1e-5)
        assert np.allclose(whole @ whole.T, other @ other.T, atol=1e-5)


def test_pooling_from_suffix_and_from_sentence_transformers_config(tmp_path, tiny_model):
    from mtaudit.hf import HFEncoder

    cls = get_encoder(f"hf:{tiny_model}#cls")
    assert cls.pooling == "cls"
    mean = get_encoder(f"hf:{tiny_model}#mean")
    assert not np.allclose(cls.encode(SENTENCES[:2]), mean.encode(SENTENCES[:2]), atol=1e-3)
    st = build_tiny_bert(tmp_path / "st", pooling_config="cls")
    assert HFEncoder(str(st)).pooling == "cls"
    with pytest.raises(ConfigError):
        get_encoder(f"hf:{tiny_model}#max")


def test_missing_model_is_one_clear_line(tmp_path):
    with pytest.raises(ModelNotAvailable) as exc:
        get_encoder(f"hf:{tmp_path / 'no-such-model'}")
    msg = str(exc.value)
    assert "\n" not in msg and "not available locally" in msg and "hf:/path/to/folder" in msg
    with pytest.raises(ModelNotAvailable):
        get_encoder("hf:some-org/not-in-the-local-cache")


class Counting:
    """Records every text the wrapped encoder is asked to encode."""

    def __init__(self, inner):
        self.inner, self.id, self.dim = inner, inner.id, inner.dim
        self.seen: list[str] = []

    def encode(self, texts):
        self.seen.extend(texts)
        return self.inner.encode(texts)


def test_cache_never_encodes_the_same_sentence_twice(tiny):
    counting = Counting(tiny)
    cached = CachedEncoder(counting)
    first = cached.encode(SENTENCES[:4] + SENTENCES[:2])
    second = cached.encode(SENTENCES[2:] + SENTENCES[::-1])
    assert sorted(counting.seen) == sorted(set(SENTENCES))
    assert np.array_equal(first[0], second[-1])  # the cached row, not a re-encoding


def test_aligner_runs_on_the_hf_encoder_and_reuses_the_cache(tiny):
    from mtaudit.align import align_sentences

    ko = [SENTENCES[0], SENTENCES[2], SENTENCES[4]]
    en = [SENTENCES[1], SENTENCES[3], "Attending the meeting were 16 people."]
    counting = Counting(tiny)
    cached = CachedEncoder(counting)
    pairs = align_sentences(ko, en, cached)
    assert sorted(i for p in pairs for i in p.ko) == [0, 1, 2]
    assert all(0.0 <= p.confidence <= 1.0 for p in pairs)
    assert all("similarity" in p.scores for p in pairs if p.ko and p.en)
    n = len(counting.seen)
    assert n == len(set(counting.seen))
    align_sentences(ko, en, cached)
    assert len(counting.seen) == n  # second run: everything came from the cache
