"""Optional transformers models (--qe, --pivot) on tiny random models the test builds itself: no download."""

from __future__ import annotations

import json
import random

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
spm = pytest.importorskip("sentencepiece")

from mtaudit.errors import ConfigError, ModelNotAvailable  # noqa: E402
from mtaudit.hf_models import PivotModel, QEModel, load_qe, model_id  # noqa: E402
from mtaudit.pipeline import AuditConfig  # noqa: E402
from mtaudit.score import score_document, signature  # noqa: E402
from mtaudit.score.calibration import calibration_pairs  # noqa: E402
from mtaudit.score.risk import pair_risk  # noqa: E402

from score_support import make_doc, seed_001_body  # noqa: E402


@pytest.fixture(scope="module")
def vocab(tmp_path_factory):
    """A sentencepiece vocabulary trained here on Korean and English sentences of the seeds."""
    d = tmp_path_factory.mktemp("spm")
    sents = [s for p in calibration_pairs() for s in (p.ko, p.en)]
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(sents), model_prefix=str(d / "sp"), vocab_size=400, character_coverage=1.0,
        hard_vocab_limit=False, minloglevel=2, pad_id=0, unk_id=1, bos_id=2, eos_id=3,
    )
    return d / "sp.model"


def _fast_tokenizer(sp_model):
    """An XLM-R-style fast tokenizer (Unigram + Metaspace, <s> A </s></s> B </s>) from the sentencepiece model."""
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers
    from tokenizers.processors import TemplateProcessing

    sp = spm.SentencePieceProcessor(model_file=str(sp_model))
    pieces = [(sp.id_to_piece(i), sp.get_score(i)) for i in range(sp.get_piece_size())]
    tok = Tokenizer(models.Unigram(pieces, unk_id=1))
    tok.normalizer = normalizers.NFKC()
    tok.pre_tokenizer = pre_tokenizers.Metaspace()
    tok.decoder = decoders.Metaspace()
    tok.post_processor = TemplateProcessing(
        single="<s> $A </s>", pair="<s> $A </s> </s> $B </s>", special_tokens=[("<s>", 2), ("</s>", 3)]
    )
    return transformers.PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>", unk_token="<unk>", pad_token="<pad>")


def _qe_model(path, sp_model, num_labels):
    tok = _fast_tokenizer(sp_model)
    cfg = transformers.XLMRobertaConfig(
        vocab_size=len(tok), hidden_size=16, num_hidden_layers=1, num_attention_heads=2, intermediate_size=32,
        max_position_embeddings=520, num_labels=num_labels, pad_token_id=0, bos_token_id=2, eos_token_id=3,
    )
    torch.manual_seed(num_labels)
    transformers.XLMRobertaForSequenceClassification(cfg).save_pretrained(path)
    tok.save_pretrained(path)
    return path


@pytest.fixture(scope="module")
def qe_regression(tmp_path_factory, vocab):
    return _qe_model(tmp_path_factory.mktemp("qe1"), vocab, 1)


@pytest.fixture(scope="module")
def qe_two_class(tmp_path_factory, vocab):
    return _qe_model(tmp_path_factory.mktemp("qe2"), vocab, 2)


@pytest.fixture(scope="module")
def pivot(tmp_path_factory, vocab):
    """A tiny Marian ko->en model with the trained vocabulary (source.spm/target.spm/vocab.json)."""
    import shutil

    d = tmp_path_factory.mktemp("pivot")
    shutil.copy(vocab, d / "source.spm")
    shutil.copy(vocab, d / "target.spm")
    sp = spm.SentencePieceProcessor(model_file=str(vocab))
    (d / "vocab.json").write_text(json.dumps({sp.id_to_piece(i): i for i in range(sp.get_piece_size())}, ensure_ascii=False))
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Recommended: pip install sacremoses" (not needed for Korean input)
        tok = transformers.MarianTokenizer(source_spm=str(d / "source.spm"), target_spm=str(d / "target.spm"), vocab=str(d / "vocab.json"))
    cfg = transformers.MarianConfig(
        vocab_size=sp.get_piece_size(), d_model=16, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2,
        decoder_attention_heads=2, encoder_ffn_dim=32, decoder_ffn_dim=32, max_position_embeddings=520,
        pad_token_id=0, eos_token_id=3, decoder_start_token_id=0, forced_eos_token_id=3,
    )
    torch.manual_seed(0)
    out = d / "model"
    transformers.MarianMTModel(cfg).save_pretrained(out)
    tok.save_pretrained(out)
    return out


def test_qe_regression_score_is_the_models_output_whatever_the_order(qe_regression):
    ko, en = seed_001_body()
    model = QEModel(f"hf:{qe_regression}")
    got = model.score(ko, en)
    tok = transformers.AutoTokenizer.from_pretrained(str(qe_regression))
    net = transformers.AutoModelForSequenceClassification.from_pretrained(str(qe_regression)).eval()
    with torch.no_grad():
        direct = [float(net(**tok(k, e, return_tensors="pt")).logits[0, 0]) for k, e in zip(ko, en)]
    assert got == [round(x, 6) for x in direct]
    assert len(set(got)) > 1  # different inputs, different scores
    order = list(range(len(ko)))
    random.Random(3).shuffle(order)
    shuffled = model.score([ko[i] for i in order], [en[i] for i in order])
    assert [shuffled[order.index(i)] for i in range(len(ko))] == got


def test_qe_two_labels_give_the_probability_of_good(qe_two_class):
    ko, en = seed_001_body()
    model = QEModel(f"hf:{qe_two_class}")
    got = model.score(ko[:3], en[:3])
    tok = transformers.AutoTokenizer.from_pretrained(str(qe_two_class))
    net = transformers.AutoModelForSequenceClassification.from_pretrained(str(qe_two_class)).eval()
    with torch.no_grad():
        probs = [float(torch.softmax(net(**tok(k, e, return_tensors="pt")).logits[0], -1)[1]) for k, e in zip(ko[:3], en[:3])]
    assert got == [round(p, 6) for p in probs]
    assert all(0 < p < 1 for p in got)


def test_qe_scores_pairs_and_feeds_risk(qe_two_class):
    ko, en = seed_001_body()
    doc, pairs = make_doc(ko[:4], [""] + en[1:4])  # pair 0 untranslated: no QE for it
    cfg = AuditConfig(encoder="none", qe=f"hf:{qe_two_class}")
    with_qe, doc_scores = score_document(doc, pairs, [], None, cfg)
    without, _ = score_document(doc, pairs, [], None, AuditConfig(encoder="none"))
    assert "qe" not in with_qe[0].scores
    for a, b in zip(with_qe[1:], without[1:]):
        q = a.scores["qe"]
        assert 0 < q < 1
        assert a.scores["risk"] == pytest.approx(b.scores["risk"] + 20 * (1 - q), abs=1e-3)
        assert pair_risk(dict(a.scores), "1-1", ())["risk"] == a.scores["risk"]
    assert doc_scores["qe_mean"] == pytest.approx(sum(p.scores["qe"] for p in with_qe[1:]) / 3, abs=1e-6)
    assert f"qe:{model_id(cfg.qe)}" in signature(cfg) and "@" in model_id(cfg.qe)


def test_pivot_translates_the_korean_and_scores_chrf_against_it(pivot):
    from sacrebleu.metrics import CHRF

    # short sentences: a random model never stops before its length cap
    ko = ["대전시, 이차전지산업 발전협의회 발족", "16명이 참석했다.", "LG에너지솔루션과 SK온"]
    en = ["Daejeon City launches secondary battery industry development council", "16 people attended.", "LG Energy Solution and SK On"]
    model = PivotModel(f"hf:{pivot}")
    translations = model.translate(ko)
    assert len(translations) == 3 and all(isinstance(t, str) for t in translations)
    assert model.translate(ko[::-1])[::-1] == translations  # one sentence at a time: order-free
    doc, pairs = make_doc(ko, en)
    cfg = AuditConfig(encoder="none", pivot=f"hf:{pivot}")
    scored, doc_scores = score_document(doc, pairs, [], None, cfg)
    for p, t, e in zip(scored, translations, en):
        assert p.scores["pivot_chrf"] == round(CHRF().sentence_score(e, [t]).score, 4)
    assert "pivot_chrf_mean" in doc_scores
    from mtaudit.score import document_meta

    assert document_meta(doc, cfg)["pivot.chrf"].startswith("nrefs:1|") and "nc:6" in document_meta(doc, cfg)["pivot.chrf"]
    assert "pivot:" + model_id(cfg.pivot) in signature(cfg)


def test_missing_models_fail_with_one_clear_line(tmp_path):
    with pytest.raises(ModelNotAvailable, match="no model folder"):
        QEModel(f"hf:{tmp_path / 'nope'}")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ModelNotAvailable) as info:
        PivotModel(f"hf:{empty}")
    assert "never downloads" in str(info.value) and "\n" not in str(info.value)
    with pytest.raises(ModelNotAvailable) as info:  # a hub name not in the local cache: no network attempt
        load_qe("hf:nobody-has/this-qe-model")
    assert "\n" not in str(info.value)
    with pytest.raises(ConfigError, match="hf:PATH"):
        QEModel("just-a-name")


def test_audit_command_reports_a_missing_qe_model_in_one_line(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    exe = Path(sys.executable).with_name("mtaudit")
    seed = Path(__file__).resolve().parent.parent / "pairs" / "001_b58148236b9982db.txt"
    r = subprocess.run(
        [str(exe), "audit", str(seed), "--qe", f"hf:{tmp_path / 'missing'}", "--out", str(tmp_path / "out")],
        capture_output=True, text=True,
    )
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "--qe" in r.stderr and "no model folder" in r.stderr
