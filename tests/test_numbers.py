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


@pytest.mark.parametrize(
    "ko, value, unit, kind, text",
    [
        # a unit that starts a longer word is that word: not 2 minutes, age 5, 4 items, 3 o'clock
        ("2분기 D램 매출", 2, "quarter", "ordinal", "2분기"),
        ("5세대 HBM3E 제품", 5, "generation", "ordinal", "5세대"),
        ("4개월 만에 회복했다", 4, "month", "count", "4개월"),
        ("사고 발생 3시간 만에", 3, "hour", "count", "3시간"),
        # the last group after 만/억 may be a plain number
        ("2만3000명이 몰렸다", 23000, "person", "count", "2만3000명"),
        ("2만 3,000호를 공급", 23000, "number", "ordinal", "2만 3,000호"),
        ("29만 5000명이 신청", 295000, "person", "count", "29만 5000명"),
        ("1만 2000가구", 12000, "household", "count", "1만 2000가구"),
        ("4,500여 명이 대피했다", 4500, "person", "count", "4,500여 명"),  # 여 (more than) before the counter
        ("LNG 운반선 2척을 수주", 2, "ship", "count", "2척"),
        ("전월세 가격은 10주 연속 상승했다", 10, "week", "count", "10주"),
        # thousands and hundreds written on: one number
        ("거래량은 7천245건이었다", 7245, "case", "count", "7천245건"),
        ("전공의 1만 3천531명 중", 13531, "person", "count", "1만 3천531명"),
        ("연 5만 2천500톤 규모", 52500, "ton", "amount", "5만 2천500톤"),
        ("2천3백 명이 모였다", 2300, "person", "count", "2천3백 명"),
        ("매출 1천45억 원", 104_500_000_000, "won", "amount", "1천45억 원"),
        ("가계부채는 1천142조 3천억 원", 1_142_300_000_000_000, "won", "amount", "1천142조 3천억 원"),  # thousands of 조
        ("국가채무 1천200조원", 1_200_000_000_000_000, "won", "amount", "1천200조원"),
        ("외국인 관광객은 1천620만4천 명", 16_204_000, "person", "count", "1천620만4천 명"),  # thousands of 만
        # lengths of time in native Korean numbers
        ("석 달 만에 반등했다", 3, "month", "count", "석 달"),
        ("넉 달째 이어졌다", 4, "month", "count", "넉 달"),
        ("한 해 동안", 1, "year", "count", "한 해"),
        ("사흘 만에 진화됐다", 3, "day", "count", "사흘"),
        ("일주일 뒤 퇴원했다", 1, "week", "count", "일주일"),
        # a competition ratio, a fraction, units of measure
        ("평균 경쟁률 24.6대 1을 기록", 24.6, "ratio", "amount", "24.6대 1"),
        ("생산량의 3분의 1이 수출된다", 1 / 3, "fraction", "fraction", "3분의 1"),
        ("용량을 36GB로 늘렸다", 36, "GB", "amount", "36GB"),
        ("시간당 50㎜의 비", 50, "mm", "amount", "50㎜"),
        ("32.3㎞ 구간", 32.3, "km", "amount", "32.3㎞"),
        ("전용면적 84㎡", 84, "m2", "amount", "84㎡"),
    ],
)
def test_korean_units_chains_ratios_fractions_measures(ko, value, unit, kind, text):
    found = [(m.text, m.unit, m.kind) for m in extract_numbers(ko, "ko") if same_value(m.value, value)]
    assert (text, unit, kind) in found, extract_numbers(ko, "ko")


def test_native_words_that_are_not_lengths_of_time():
    # 두 달러 is two dollars, 열 해법 "open a solution", 하루빨리 "as soon as possible"
    assert [m.unit for m in extract_numbers("두 달러를 냈다. 문을 열 해법이다. 하루빨리 끝내야 한다.", "ko")] == []


@pytest.mark.parametrize(
    "en, value, unit, text",
    [
        ("for three months", 3, "month", "three months"),
        ("30 minutes later", 30, "minute", "30 minutes"),
        ("a 10-year bond", 10, "year", "10-year"),
        ("a week later", 1, "week", "a week"),
        ("the first time in a year", 1, "year", "a year"),
        ("30,000 people a day", 1, "day", "a day"),
    ],
)
def test_english_lengths_of_time_carry_their_unit(en, value, unit, text):
    assert (value, unit, "count", text) in [(m.value, m.unit, m.kind, m.text) for m in extract_numbers(en, "en")]
    assert [m.unit for m in extract_numbers("three people", "en")] == [""]


def test_korean_chains_do_not_swallow_separate_numbers():
    assert values("지난해 2만 올해 3만", "ko") == [(20000, "amount"), (30000, "amount")]
    assert values("3000 5000", "ko") == [(3000, "amount"), (5000, "amount")]
    assert values("1조 3조", "ko") == [(1e12, "amount"), (3e12, "amount")]  # two amounts of 조, not 1조 and 3
    assert values("1970∼80년대 발굴 조사", "ko") == [(1970, "year"), (1980, "year")]  # decades: the 1970s and 1980s
    assert values("90년대 초", "ko") == [(1990, "year")]
    assert values("오후 3시에 만난다", "ko") == [(15.0, "time")]
    assert [m.unit for m in extract_numbers("10평가 받았다", "ko")] == [""]  # 평가 is not the pyeong
    assert values("거제 286mm", "ko") == [(286, "amount")]  # the 제 of a place name is no ordinal


@pytest.mark.parametrize(
    "en, value, unit, kind",
    [
        ("a competition rate of 24.6 to 1", 24.6, "ratio", "amount"),
        ("soared to 613 to 1.", 613, "ratio", "amount"),
        ("a 5-to-1 ratio", 5, "ratio", "amount"),
        ("One-third of domestic production", 1 / 3, "fraction", "fraction"),
        ("more than two-thirds of members", 2 / 3, "fraction", "fraction"),
        ("a quarter of the budget", 1 / 4, "fraction", "fraction"),
        ("capacity of 36TB", 36, "TB", "amount"),
        ("50cm of rain", 50, "cm", "amount"),
        ("a 32.3-kilometer section", 32.3, "km", "amount"),
        ("84 square meters", 84, "m2", "amount"),
        ("35 meters per second", 35, "m", "amount"),
    ],
)
def test_english_ratios_fractions_measures(en, value, unit, kind):
    found = extract_numbers(en, "en")
    assert any(same_value(m.value, value) and m.unit == unit and m.kind == kind for m in found), found


def test_english_ratio_and_fraction_lookalikes():
    assert [m.unit for m in extract_numbers("fell from 2 to 1 percent", "en")] == ["", "%"]
    assert [m.kind for m in extract_numbers("for a third term", "en")] == ["ordinal"]
    assert [(m.value, m.kind) for m in extract_numbers("in the second quarter", "en")] == [(2, "ordinal")]
    assert [m.unit for m in extract_numbers("the $30m deal", "en")] == ["dollar"]  # m after a currency is million, not metres


def test_english_quarter_and_half_abbreviations():
    assert [(m.value, m.unit) for m in extract_numbers("an operating loss in Q3 and 3Q24 results", "en")] == [(3, "quarter"), (3, "quarter")]
    assert [(m.value, m.unit) for m in extract_numbers("H1 sales rose", "en")][0] == (1, "half")
    assert extract_numbers("a Q&A session", "en") == []


@pytest.mark.parametrize(
    "text, lang, got",
    [
        ("낮 최고기온은 영하 3도에서 영상 6도로 예보됐다.", "ko", [-3.0, 6.0]),
        ("기온이 -15도까지 떨어졌다.", "ko", [-15.0]),
        ("체감온도는 -5℃ 안팎이다.", "ko", [-5.0]),
        ("영하 5∼영상 3도의 분포를 보이겠다.", "ko", [-5.0, 3.0]),
        ("Daytime highs will range from minus 3 degrees to 6 degrees.", "en", [-3.0, 6.0]),
        ("Temperatures fell to -15 degrees.", "en", [-15.0]),
        ("It fell to 8 degrees Celsius below zero.", "en", [-8.0]),
        ("Seoul to plunge to minus 7 C tomorrow morning", "en", [-7.0]),  # a bare C after the number (Yonhap)
        ("Morning lows will range from minus 12 to 2.", "en", [-12.0, 2.0]),
        # a minus outside a sentence about temperatures is the wording's: 마이너스 성장 -0.2% is "contracted 0.2%"
        ("경제성장률은 -0.2%를 기록했다.", "ko", [0.2]),
        ("The range narrowed to 3-5 units.", "en", [3.0, 5.0]),
    ],
)
def test_temperatures_below_zero_keep_their_sign(text, lang, got):
    assert [m.value for m in extract_numbers(text, lang)] == got


@pytest.mark.parametrize(
    "text, lang, got",
    [
        # noon and midnight: 낮 12시 is noon, 밤 12시 / 자정 / 0시 midnight, "12 a.m." midnight, 낮 2시 2 p.m.
        ("낮 12시부터 오후 5시까지 작업을 중지한다.", "ko", [12.0, 17.0]),
        ("밤 12시에 문을 닫는다.", "ko", [0.0]),
        ("자정부터 시행된다.", "ko", [0.0]),
        ("정오에 열린다.", "ko", [12.0]),
        ("낮 2시에 열린다.", "ko", [14.0]),
        ("낮 2~5시 사이 외출을 자제해야 한다.", "ko", [14.0, 17.0]),
        ("Work stops from 12 a.m. to 5 p.m.", "en", [0.0, 17.0]),
        ("Work stops from noon to 5 p.m.", "en", [12.0, 17.0]),
        ("It closes at midnight.", "en", [0.0]),
        ("Avoid going out between 2 and 5 p.m.", "en", [14.0, 17.0]),
    ],
)
def test_noon_midnight_and_daytime_hours(text, lang, got):
    assert [m.value for m in extract_numbers(text, lang) if m.kind == "time"] == got


@pytest.mark.parametrize(
    "text, lang, got",
    [
        ("For the first two weeks, it will run a five-day rotation.", "en", [(1.0, "ordinal"), (2.0, "count"), (5.0, "count")]),
        ("It is the twenty-first title; twenty two people came.", "en", [(21.0, "ordinal"), (22.0, "count")]),
        ("그는 스물여덟 살에 일본으로 건너갔다.", "ko", [(28.0, "count")]),
        ("열두 명이 다쳤고 서른 살 남성이 숨졌다.", "ko", [(12.0, "count"), (30.0, "count")]),
    ],
)
def test_word_numbers_are_read_whole_and_one_by_one(text, lang, got):
    assert values(text, lang) == got


@pytest.mark.parametrize(
    "text, got",
    [
        ("The plan cuts emissions to a third of current levels.", [(1 / 3, "fraction")]),
        ("Use fell by about a third, to around 67%.", [(1 / 3, "fraction"), (67.0, "percent")]),
        ("Output was cut to a quarter.", [(0.25, "fraction")]),
        ("He won a third term.", [(3.0, "ordinal")]),  # an ordinal before its noun
        ("A third party will audit it.", [(3.0, "ordinal")]),
    ],
)
def test_a_fraction_said_with_a_is_read_before_a_preposition_or_a_stop(text, got):
    assert values(text, "en") == got
