"""The five sample articles in pairs/: exactly how each is read (issue 2's expected outcomes)."""

from collections import Counter
from pathlib import Path

import pytest

from mtaudit import io
from mtaudit.io.article import NO_ENGLISH, NO_KOREAN
from mtaudit.types import Lang

PAIRS = Path(__file__).resolve().parent.parent / "pairs"


def seed(prefix: str):
    (path,) = PAIRS.glob(f"{prefix}_*.txt")
    units, errors = io.discover([str(path)])
    assert errors == [] and len(units) == 1
    return io.read(units[0])


def kinds(segs):
    return Counter(s.kind for s in segs)


def reasons(doc):
    return dict(Counter(d.reason for d in doc.dropped))


def line_of(doc, span):
    return doc.files[span.file].line_col(span.start)[0]


def test_000_partial_korean_lead_and_full_english():
    doc = seed("000")
    assert doc.input_format == "article"
    assert len(doc.ko) == 1 and kinds(doc.ko) == {"body": 1}
    assert doc.ko[0].text.startswith("산업통상자원부(이하 산업부)가") and doc.ko[0].text.endswith("공유했다.")
    assert len(doc.en) == 10 and kinds(doc.en) == {"headline": 1, "body": 9}
    assert doc.en[0].text == "Discussion of cooperation plans including R&D and domestic investment in next-generation battery sector"
    # "KRW 117.2 billion" and "the U.S. last April" do not end sentences; "etc. He introduced" does
    assert any("KRW 117.2 billion by 2028" in s.text for s in doc.en)
    assert any(s.text.startswith("Vice Minister Yang Byung-nae said, “Since the state visit to the U.S. last April") and s.text.endswith("batteries.”") for s in doc.en)
    assert [s.text for s in doc.en if s.text.startswith("In addition, we have")] == ["In addition, we have investment tax deductions, etc."]
    assert len(doc.notes) == 1 and doc.notes[0].startswith("the Korean source is partial: 1 Korean sentence(s) against 10 English")
    assert "covers only the start" in doc.notes[0]
    assert doc.dropped == ()


def test_001_full_korean_and_english_with_furniture():
    doc = seed("001")
    assert len(doc.ko) == 10 and kinds(doc.ko) == {"headline": 1, "body": 9}
    assert len(doc.en) == 10 and kinds(doc.en) == {"headline": 1, "body": 9}
    assert doc.ko[0].text == "대전시, 이차전지산업 발전협의회 발족"
    assert doc.en[0].text == "Daejeon City launches secondary battery industry development council"
    assert doc.notes == ()
    assert reasons(doc) == {
        "byline": 2,
        "repeated headline": 1,
        "photo caption": 1,
        "translator's note": 1,
        "advertisement": 3,
    }
    by_reason = {d.reason: d for d in doc.dropped}
    assert by_reason["photo caption"].text.startswith("▲ 이차전지산업 새로운 미래먹거리로 육성_사진")
    assert line_of(doc, by_reason["repeated headline"].span) == 5
    # the note and its own English version go together
    assert by_reason["translator's note"].text.endswith("errors in the English translation.>")
    # the stray ". ." stays with its sentence, so the rules can see it
    assert any(s.text.endswith("national defense). .") for s in doc.en)


def test_002_html_english_only_body_saved_twice():
    doc = seed("002")
    assert doc.input_format == "html"
    assert doc.ko == ()
    assert len(doc.en) == 12 and kinds(doc.en) == {"body": 12}
    assert doc.en[0].text.startswith("The South Korean government and its top battery companies")
    assert doc.en[-1].text == "($1 = 1,328.3900 won)"
    assert all("<" not in s.text and "Also Read" not in s.text for s in doc.en)
    assert all(line_of(doc, s.span) == 1 for s in doc.en)  # the first copy is kept
    assert doc.notes == (
        "the body appears twice: line 1 again at line 2; kept the first copy, dropped the second",
        NO_KOREAN,
    )
    r = reasons(doc)
    assert r["duplicate body (second copy)"] == 1
    assert r["related link"] == 1
    assert r["no words"] == 12  # the "." left between </p> and <p>
    assert set(r) == {"duplicate body (second copy)", "related link", "no words", "markup"}
    dup = next(d for d in doc.dropped if d.reason.startswith("duplicate"))
    assert line_of(doc, dup.span) == 2
    related = next(d for d in doc.dropped if d.reason == "related link")
    assert "K-pop star and BTS member J-Hope" in related.text
    assert all(d.text.startswith("<") and d.text.endswith(">") for d in doc.dropped if d.reason == "markup")


def test_003_full_korean_and_english_with_site_furniture():
    doc = seed("003")
    assert len(doc.ko) == 15 and kinds(doc.ko) == {"headline": 1, "body": 14}
    assert len(doc.en) == 26 and kinds(doc.en) == {"headline": 1, "subtitle": 1, "body": 24}
    assert doc.ko[0].text == "산업부, 이차전지 소부장 특화단지 지정서 전달"
    # the dateline is dropped, the sentence it opened is kept
    assert doc.ko[1].text.startswith("충청북도는 이시종 도지사가 23일 15:00")
    assert doc.en[1].kind == "subtitle"
    assert doc.en[1].text == "Chungbuk-do to create a special complex for 4 core materials for secondary batteries"
    assert doc.en[2].text.startswith("directly from the Minister")
    assert [s.text for s in doc.en if s.text == "Plan."] == ["Plan."]
    assert any("Ecoro BM Co., Ltd., who participated" in s.text for s in doc.en)
    assert any("global No. 1 cluster" in s.text for s in doc.en)
    assert doc.notes == ()
    assert reasons(doc) == {
        "site menu": 2,
        "byline": 2,
        "listen button": 1,
        "font-size buttons": 1,
        "dateline": 1,
        "translator's note": 1,
        "source link": 1,
        "share buttons": 3,
        "stray fragment": 1,
        "copyright line": 1,
    }
    dateline = next(d for d in doc.dropped if d.reason == "dateline")
    assert dateline.text == "【충북 브레이크뉴스】임창용 기자="
    assert {d.text for d in doc.dropped if d.reason == "site menu"} == {"Search", "PC버전"}


def test_004_korean_only_duplicated_body_collapsed():
    doc = seed("004")
    assert doc.en == ()
    assert len(doc.ko) == 16 and kinds(doc.ko) == {"headline": 1, "subtitle": 2, "body": 13}
    assert doc.ko[0].text == "日 제조업 중심지서 한일 배터리 협력 본격화"
    assert doc.ko[3].text.startswith("한-일 정상회담에서 합의된")  # "[서울=뉴시스]유희석 기자 = " dropped
    assert all(line_of(doc, s.span) <= 19 for s in doc.ko)
    assert doc.notes == (
        "the body appears twice: lines 7–19 again at lines 20–32; kept the first copy, dropped the second",
        NO_ENGLISH,
    )
    assert reasons(doc) == {
        "image": 1,
        "photo caption": 1,
        "dateline": 1,
        "reporter email": 1,
        "duplicate body (second copy)": 1,
    }
    dup = next(d for d in doc.dropped if d.reason.startswith("duplicate"))
    assert dup.text.startswith("코트라는 18일 나고야의") and dup.text.endswith("[email protected]")


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_character_of_every_seed_is_accounted_for(prefix):
    doc = seed(prefix)
    assert io.coverage(doc) == []
    src = doc.files[0]
    for s in (*doc.ko, *doc.en):
        raw = src.text[s.span.start : s.span.end]
        if doc.input_format == "article":  # plain text: the span holds exactly the sentence
            assert " ".join(raw.split()) == s.text
        assert not raw[:1].isspace() and not raw[-1:].isspace()
        assert s.lang in (Lang.KO, Lang.EN)
    for i, s in enumerate(doc.ko):
        assert s.index == i
    for d in doc.dropped:
        assert src.text[d.span.start : d.span.end] == d.text


def test_coverage_reports_gaps_and_overlaps():
    from dataclasses import replace

    doc = seed("001")
    gap = replace(doc, dropped=doc.dropped[1:])
    problems = io.coverage(gap)
    assert problems and "not accounted for" in problems[0] and ":3:1:" in problems[0]
    overlap = replace(doc, dropped=doc.dropped + (doc.dropped[0],))
    assert any("covered 2 times" in p for p in io.coverage(overlap))
