"""Romanised names, number normalisation and anchors used by the aligner; the gold evaluation's projection."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtaudit.alignment_eval import Gold, GoldLink, evaluate, gold_files, load_gold
from mtaudit.anchors import DocumentAnchors, compare, english_numbers, korean_numbers
from mtaudit.errors import InputError
from mtaudit.romanize import loose_key, names_match, romanize, romanize_name
from mtaudit.types import AlignedPair, Document

from doc_support import sentence_doc


@pytest.mark.parametrize(
    "korean, english",
    [
        ("대전", "Daejeon"),
        ("청주", "Cheongju"),
        ("에코프로비엠", "Ecopro BM"),
        ("에코프로비엠", "EcoPro BM"),
        ("성윤모", "Sung Yun-mo"),
        ("이시종", "Lee Si-jong"),
        ("권우석", "Kwon Woo-seok"),
        ("김종현", "Jonghyun Kim"),  # given name first
        ("충청북도", "Chungcheongbuk-do"),
        ("아이티엠", "ITM"),
        ("양병내", "Yang Byeong-nae"),
        ("양병내", "Yang Byung-nae"),
    ],
)
def test_names_match(korean, english):
    assert names_match(korean, english)


@pytest.mark.parametrize(
    "korean, english",
    [("대전", "Seoul"), ("청주", "Chungnam"), ("성윤모", "Lee Si-jong"), ("한국", "Korea Electronics"), ("에코프로비엠", "Power Logics")],
)
def test_names_do_not_match(korean, english):
    assert not names_match(korean, english)


def test_revised_romanisation():
    assert romanize("대전") == "daejeon"
    assert romanize("청주") == "cheongju"
    assert romanize("한국어") == "hangugeo"  # liaison
    assert romanize("충북") == "chungbuk"
    assert romanize_name("성윤모")[0] == "Sung Yun-mo"
    assert loose_key("Seong") == loose_key("Sung")


def test_korean_and_english_numbers_meet():
    assert korean_numbers("1,172억 원") == english_numbers("KRW 117.2 billion") == {"n:117200000000"}
    assert korean_numbers("20조 원") == english_numbers("20 trillion won")
    assert korean_numbers("23일 15:00") == english_numbers("at 15:00 on the 23rd") == {"n:23", "t:15:00"}
    assert korean_numbers("4대 전략산업") == english_numbers("the four major strategic industries")
    assert english_numbers("at the Four Seasons Hotel") == set()  # a name, not a number
    assert korean_numbers("16명이 참석했다") == english_numbers("16 people attended")


def test_anchors_tell_the_right_sentence_from_its_neighbour():
    ko = [
        "간담회에는 대전시 관계자와 국내 배터리 대기업인 LG에너지솔루션과 SK온 등 16명이 참석했다.",
        "이날 행사에는 산업통상자원부 성윤모 장관과 이시종 충북도지사가 참석했다.",
    ]
    en = [
        "Attending the meeting were 16 people, including officials from Daejeon City and LG Energy Solution and SK On.",
        "The event was attended by Minister Sung Yun-mo and Chungbuk-do Governor Lee Si-jong.",
    ]
    a = DocumentAnchors.build(ko, en)
    right = [compare(a.ko[i], a.en[i]) for i in range(2)]
    wrong = [compare(a.ko[i], a.en[1 - i]) for i in range(2)]
    for r, w in zip(right, wrong):
        assert r.matched >= 2 and r.overlap > 0.8
        assert w.matched == 0 and w.overlap < 0.2
    assert a.missing_names(ko[1], a.en[0]) and not a.missing_names(ko[1], a.en[1])


def _doc(ko: list[str], en: list[str]) -> Document:
    return sentence_doc(ko, en)


GOLD = Gold(
    "t",
    "t.txt",
    (
        GoldLink(("대전시가 준비에 돌입했다.",), ("Daejeon City has begun preparations.",)),
        GoldLink(("협의회는 포럼을 열기로 했다. 간담회에는 16명이 참석했다.",), ("The council will hold forums.", "Sixteen people attended.")),
        GoldLink((), ("This sentence has no source.",)),
    ),
)


def test_eval_projects_gold_onto_another_segmentation():
    # the reader split the second Korean gold sentence in two: the gold still applies, and the split is reported
    doc = _doc(
        ["대전시가 준비에 돌입했다.", "협의회는 포럼을 열기로 했다.", "간담회에는 16명이 참석했다.", "광고"],
        ["Daejeon City has begun preparations.", "The council will hold forums.", "Sixteen people attended.", "This sentence has no source."],
    )
    right = [AlignedPair(0, (0,), (0,)), AlignedPair(1, (1,), (1,)), AlignedPair(2, (2,), (2,)), AlignedPair(3, (), (3,)), AlignedPair(4, (3,), ())]
    r = evaluate(doc, right, GOLD)
    assert (r.tp, r.n_test, r.n_gold) == (3, 3, 3)  # 광고 is covered by no gold sentence: left out
    assert any("split over 2 segments" in m for m in r.mismatches)
    wrong = [AlignedPair(0, (0,), (0, 1)), AlignedPair(1, (1, 2), (2,)), AlignedPair(2, (), (3,))]
    w = evaluate(doc, wrong, GOLD)
    assert (w.tp, w.n_test, w.n_gold) == (1, 3, 3)  # only the 0-1 link is right
    assert round(w.f1, 3) == 0.333 and len(w.false_links) == 2 and len(w.missed_links) == 2


def test_gold_files_are_checked(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError):
        load_gold(bad)
    with pytest.raises(InputError):
        gold_files([tmp_path / "missing"])
    real = gold_files([Path(__file__).parent / "gold"])
    assert len(real) >= 2 and all(load_gold(p).links for p in real)


def test_align_eval_command_bad_gold_is_one_line_exit_2(tmp_path):
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    exe = [sys.executable, "-c", "from mtaudit.cli import run; run()"]
    bad = subprocess.run(exe + ["align-eval", str(tmp_path / "nope.json")], cwd=root, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1 and "no such gold file" in bad.stderr
    (tmp_path / "g.json").write_text('{"links": 3}', encoding="utf-8")
    bad = subprocess.run(exe + ["align-eval", str(tmp_path / "g.json")], cwd=root, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "not a gold alignment file" in bad.stderr


def test_korean_number_chains_are_one_anchor():
    # 3만3천 달러 is $33,000, not 30,000 and 3,000: counted as two numbers missing, it kept the pair from linking
    assert korean_numbers("1인당 국민소득은 3만3천 달러를 넘어섰다.") == english_numbers("Per capita national income exceeded $33,000.") == {"n:33000"}
    assert korean_numbers("2억5천만 원과 1억 2,000만 원") == {"n:250000000", "n:120000000"}
    assert korean_numbers("20조 5천억 원, 16명, 23일 15:00") == {"n:20500000000000", "n:16", "n:23", "t:15:00"}
    # thousands written on, and a thousands group before 억: one number each
    assert korean_numbers("거래량은 7천245건, 전공의 1만 3천531명") == english_numbers("7,245 deals and 13,531 residents") == {"n:7245", "n:13531"}
    assert korean_numbers("매출 1천45억 원") == english_numbers("sales of 104.5 billion won") == {"n:104500000000"}


def test_numbers_inside_a_korean_number_idiom_are_not_missing_when_the_english_names_it():
    from mtaudit.anchors import DocumentAnchors, compare

    anchors = DocumentAnchors.build(["3·1절 기념식이 열렸다.", "3·1절 기념식에 2,000명이 왔다."],
                                    ["The Independence Movement Day ceremony was held.", "2,000 people came to the March 1st ceremony."])
    named, dated = compare(anchors.ko[0], anchors.en[0]), compare(anchors.ko[1], anchors.en[1])
    assert (named.numbers_missing, named.extra) == (0, 0)
    assert (dated.matched, dated.numbers_missing, dated.extra) == (3, 0, 0)  # March 1st still counts for the link
    # a number outside the idiom is still missing
    assert compare(anchors.ko[1], anchors.en[0]).numbers_missing == 1


def test_units_after_numbers_are_not_latin_anchors_and_hyphens_split():
    from mtaudit.anchors import english_words, korean_latin

    # the t of 5만t급 and the km of 100km are units ("50,000-ton", "100 kilometers"), not names to find again
    assert korean_latin("5만t급 선석 4개와 100km 구간, LG와 SK하이닉스") == {"lg", "sk"}
    assert korean_latin("LG유플러스 t 서비스") == {"lg", "t"}  # a letter not after a number stays
    # a hyphen joins "University-SK" into one token; its parts are words of the English too
    assert {"university-sk", "university", "sk"} <= english_words("Chungbuk National University-SK Hynix sign")


def test_spelled_numbers_rendering_korean_words_do_not_count_as_extra():
    from types import SimpleNamespace

    from mtaudit.anchors import english_word_numbers
    from mtaudit.score.anchors import pair_counts

    assert english_word_numbers("the two institutions for two days in the first half") == {"n:2", "n:1"}
    assert english_word_numbers("two of the 2 plants") == set()  # also in digits: an ordinary number
    views = [
        SimpleNamespace(ko="양 기관은 이틀간 공동 연구를 진행했다.", en="The two institutions conducted joint research for two days."),
        SimpleNamespace(ko="양 기관은 3일간 공동 연구를 진행했다.", en="The two institutions conducted joint research for 4 days."),
    ]
    clean, changed = pair_counts(views)
    assert clean["anchors_missing"] == 0 and "anchor_cov" not in clean  # nothing to count against the pair
    assert changed["numbers_missing"] == 1 and changed["anchors_missing"] == 2  # 3 lost, the digit 4 extra


def test_months_codes_hyphenated_names_and_demonyms():
    from mtaudit.anchors import english_name_candidates

    # 3월 is the number 3 on the Korean side; the English month name is the same anchor
    assert korean_numbers("2028년 3월부터") == english_numbers("starting in March 2028") == {"n:2028", "n:3"}
    assert english_numbers("The ministry may review it. May I add") == set()  # the verb, not the month
    assert english_numbers("from May 5") == {"n:5"}
    # the digit of a Latin code is part of the code (an anchor as Latin: "g2g"), not a number
    assert korean_numbers("정부 간(G2G) 계약과 신규 노선 ‘FE5’") == set()
    # hyphen-joined place names and demonyms name the place
    assert {"Asia", "Europe"} <= english_name_candidates("the Asia-Europe route")
    assert "Poland" in english_name_candidates("the Polish Air Force")
    assert "Yun" not in english_name_candidates("Sung Yun-mo")  # a given name's syllables are not names


def test_a_korean_count_of_one_said_with_a_word_is_not_missing():
    from types import SimpleNamespace

    from mtaudit.score.anchors import pair_counts

    clean, wrong = pair_counts([
        SimpleNamespace(ko="가격은 1년 전보다 38% 올랐다.", en="The price rose 38% from a year earlier."),
        SimpleNamespace(ko="가격은 1년 전보다 38% 올랐다.", en="The price rose 83% from a year earlier."),
    ])
    assert clean["anchors_missing"] == 0 and clean["anchor_cov"] == 1.0
    assert wrong["numbers_missing"] == 1 and wrong["anchor_cov"] == 0.0
    # "once" is a one: 주 1회 "once a week"
    assert korean_numbers("주 1회 휴진") == english_numbers("close clinics once a week") == {"n:1"}


def test_short_common_words_are_not_fuzzy_names_and_exonyms_are_names():
    ko = ["충청권 기업들은 중국 시장을 겨냥한다.", "중점 과제는 청주에서 논의됐다.", "정부는 이를 빠르게 지원한다."]
    en = ["Companies in Chungcheong target the Chinese market.", "Key tasks were discussed in Cheongju.",
          "Park said the government will support it quickly."]
    keys = DocumentAnchors.build(ko, en).word_keys
    # one letter apart, 중국 (China) was Chungcheong, 중점 (focus) Cheongju, 빠르게 (quickly) Park; 중국 is China
    # ("Chinese" names it)
    assert keys["중국"] == {"jina"} and "중점" not in keys and "빠르게" not in keys
    assert "청주에서" in keys and "충청권" in keys  # the places themselves still match
    # an exonym: no romanisation of 중국 gives China
    assert DocumentAnchors.build(["중국과 미국이 합의했다."], ["China and the United States agreed."]).word_keys.keys() == {"중국과", "미국이"}


def test_model_codes_hold_no_number_and_doubled_is_two():
    assert korean_numbers("제네시스 GV70과 에어버스 A350") == set()  # not 0 of GV70 nor 50 of A350
    assert korean_numbers("매출은 2배로 늘었다.") == english_numbers("Sales doubled.") == {"n:2"}


def test_a_romanised_common_word_is_no_name():
    # "Hanguk Tuja Partners" (MT-NAME-004's) made the common noun 투자 (investment) a name in every sentence
    ko = ["AI 스타트업, 300억 원 규모 시리즈B 투자 유치", "이번 투자는 한국투자파트너스가 주도했다."]
    en = ["AI startup attracts 30 billion won Series B investment", "This investment was led by Hanguk Tuja Partners."]
    assert "투자" not in DocumentAnchors.build(ko, en).word_keys


def test_korean_clock_times_and_admin_suffixes():
    assert korean_numbers("오전 1시 13분에 사고가 났다.") == english_numbers("The accident occurred at 1:13 a.m.") == {"t:1:13"}
    # "Gyeonggi-do" names 경기 as "Gyeonggi" does (a two-syllable word must match a name exactly)
    keys = DocumentAnchors.build(["경기 포천시의 한 돼지농장에서 발생했다."], ["It occurred at a pig farm in Pocheon-si, Gyeonggi-do."]).word_keys
    assert "경기" in keys


def test_dotted_acronyms_and_province_short_forms_are_names():
    keys = DocumentAnchors.build(["미국은 관세를 올렸다.", "전남 지역에 비가 내렸다."],
                                 ["The U.S. raised tariffs.", "It rained in South Jeolla Province."]).word_keys
    assert "미국은" in keys and "전남" in keys


def test_a_name_word_written_in_lower_case_is_not_missing():
    # 포럼 matched "Forum" of "Busan International Ocean Forum"; "the forum" in another sentence says it too
    from mtaudit.anchors import EMPTY

    ko = ["부산시는 '부산 국제 해양포럼'을 연다.", "시는 이번 포럼을 통해 약 150억 원의 경제 효과를 기대한다."]
    en = ["Busan City will hold the 'Busan International Ocean Forum'.", "The city expects the forum to generate about 15 billion won."]
    da = DocumentAnchors.build(ko, en)
    assert "포럼을" in da.word_keys
    assert da.missing_names(ko[1], da.en[1], en[1]) == []
    assert da.missing_names(ko[1], EMPTY, "The city expects about 15 billion won.") == ["포럼"]
