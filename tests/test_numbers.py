"""Number + unit extraction on Korean and English news text."""

import pytest

from mtaudit.numbers import extract_numbers, same_value


def values(text, lang):
    return [(m.value, m.kind) for m in extract_numbers(text, lang)]


@pytest.mark.parametrize(
    "ko, value, unit, kind",
    [
        ("정부는 20조 원을 투입한다", 2e13, "won", "amount"),
        ("2028년까지 1,172억 원을 지원", 1.172e11, "won", "amount"),
        ("1조 2,000억 원 규모", 1.2e12, "won", "amount"),
        ("3천억원을 투자", 3e11, "won", "amount"),
        ("5만 명이 방문", 5e4, "person", "count"),
        ("간담회에는 16명이 참석했다", 16, "person", "count"),
        ("수출이 5.3% 증가했다", 5.3, "%", "percent"),
        ("금리를 0.25%p 올렸다", 0.25, "%p", "percent"),
        ("4대 전략산업", 4, "major", "count"),
        ("3개 추진 전략", 3, "item", "count"),
        ("한국, 중국, 일본 3국", 3, "country", "count"),
        ("1일 대전시청에서", 1, "day", "day"),
        ("지난해 11월 예타를 통과", 11, "month", "month"),
        ("제2산단포함", 2, "ordinal", "ordinal"),
        ("100달러", 100, "dollar", "amount"),
    ],
)
def test_korean_values(ko, value, unit, kind):
    found = extract_numbers(ko, "ko")
    assert any(same_value(m.value, value) and m.unit == unit and m.kind == kind for m in found), found


def test_korean_date_and_time():
    assert values("23일 15:00 서울", "ko") == [(23, "day"), (15.0, "time")]
    assert values("오후 3시 30분에 열린다", "ko") == [(15.5, "time")]
    assert values("2023년 11월 1일", "ko") == [(2023, "year"), (11, "month"), (1, "day")]


def test_korean_offsets_point_at_the_number():
    text = "정부는 2028년까지 1,172억 원을 지원한다."
    spans = [text[m.start : m.end] for m in extract_numbers(text, "ko")]
    assert spans == ["2028년", "1,172억 원"]


def test_korean_native_numbers():
    assert (3, "count") in values("세 가지 전략을 제시했다", "ko")
    assert values("두 배로 늘었다", "ko") == [(2, "count")]


@pytest.mark.parametrize(
    "en, value, kind",
    [
        ("a plan worth 20 trillion won", 2e13, "amount"),
        ("supporting KRW 117.2 billion by 2028", 1.172e11, "amount"),
        ("117.2 billion won", 1.172e11, "amount"),
        ("$1.5 billion", 1.5e9, "amount"),
        ("16 people attended", 16, "count"),
        ("5.3 percent", 5.3, "percent"),
        ("held on the 23rd", 23, "day"),
        ("on the 1st", 1, "day"),
        ("the 2nd industrial complex", 2, "ordinal"),
        ("three countries", 3, "count"),
        ("the four major strategic industries", 4, "count"),
        ("twenty-one companies", 21, "count"),
        ("in November of last year", 11, "month"),
        ("a global No. 1 cluster", 1, "ordinal"),
        ("for the first time", 1, "ordinal"),
    ],
)
def test_english_values(en, value, kind):
    found = extract_numbers(en, "en")
    assert any(same_value(m.value, value) and m.kind == kind for m in found), found


def test_english_time_and_year():
    assert values("at 15:00 on the 23rd", "en") == [(15.0, "time"), (23, "day")]
    assert values("at 3 p.m.", "en") == [(15.0, "time")]
    assert values("by 2028", "en") == [(2028, "year")]


def test_english_currency_units():
    won = extract_numbers("KRW 117.2 billion", "en")[0]
    dollar = extract_numbers("$117.2 billion", "en")[0]
    assert (won.unit, dollar.unit) == ("won", "dollar")
    assert won.text == "KRW 117.2 billion"


def test_not_numbers():
    assert values("It may rain; the Korea-U.S. summit", "en") == []
    assert values("이차전지 산업을 육성한다", "ko") == []


def test_spelled_flag():
    m = extract_numbers("three promotion strategies and 5 tasks", "en")
    assert [x.spelled for x in m] == [True, False]


def test_numeric_dates_are_one_mention_on_both_sides():
    assert values("입력 : 2023.11.01 [13:40]", "ko") == [(20231101, "date"), (13 + 40 / 60, "time")]
    assert values("Posted 2023/11/01 13:40", "en") == [(20231101, "date"), (13 + 40 / 60, "time")]
    assert values("2021-02-23", "en") == [(20210223, "date")]


def test_per_capita_one_is_not_a_number():
    # 1인당 = per capita, 1인 가구 = single-person household: the English has no "1" to match
    assert [(m.text, m.value) for m in extract_numbers("1인당 국민소득은 3만3천 달러를 넘어섰다.", "ko")] == [("3만3천 달러", 33000.0)]
    assert extract_numbers("1인 가구가 늘었다.", "ko") == []
    assert [m.value for m in extract_numbers("참석자 1인이 발언했다. 위원 21인당 1표", "ko")][:2] == [1.0, 21.0]
