"""Classes of error that blind round 21 (session 18) left missed, on sentences written for them (not the testers'): a
government body asked by another said the other way round (found by the bodies' official English names); the other
party as the subject of a clause that qualifies the object (경영계는 노동계가 제시한 안을 거부했다); 불구속 said as
'under detention'; a bound after a native count (두 배 이상 'up to twice'); two nouns joined by (이)나 said with 'and';
a source the English gives and the Korean does not ('economists say'); a rank or a record it adds ('the highest in its
history'); an English sentence with no main verb."""

import pytest

from rule_support import code_rules, findings


@pytest.fixture(scope="module")
def code_only():
    return code_rules()


# (Korean, wrong English, right English, rule, the English the finding names)
WRONG_AND_RIGHT = [
    # who asked whom, bodies named by their official English
    ("기상청은 폭설이 이어지자 한국도로공사에 제설 인력 추가 투입을 요청했다.",
     "As the heavy snow continued, the Korea Expressway Corporation asked the Korea Meteorological Administration to deploy more snow-removal crews.",
     "As the heavy snow continued, the Korea Meteorological Administration asked the Korea Expressway Corporation to deploy more snow-removal crews.",
     "MT-ROLE-001", "Korea Expressway Corporation"),
    ("국세청은 관세청에 수입업체 30곳의 통관 자료 제출을 요구했다.",
     "The Korea Customs Service asked the National Tax Service to submit customs records of 30 importers.",
     "The National Tax Service asked the Korea Customs Service to submit customs records of 30 importers.",
     "MT-ROLE-001", "Korea Customs Service"),
    # the other party inside a clause that qualifies the object
    ("사측은 노조가 제출한 임금 인상안을 수용할 수 없다고 밝혔다.",
     "The union said it could not accept the wage increase plan submitted by management.",
     "Management said it could not accept the wage increase plan submitted by the union.", "MT-ROLE-001", "union"),
    # 불구속 as its opposite
    ("법원은 영장을 기각했고 검찰은 박 대표를 불구속 기소했다.",
     "The court rejected the warrant, and prosecutors indicted CEO Park and kept him in custody.",
     "The court rejected the warrant, and prosecutors indicted CEO Park without detention.", "MT-NEG-004", "in custody"),
    # a bound after a native count
    ("복구에는 세 달 이상 걸릴 것으로 예상된다.", "Repairs are expected to take up to three months.",
     "Repairs are expected to take three months or more.", "MT-NEG-004", "up to"),
    ("수입 물량은 작년의 두 배 이하로 제한된다.", "Imports will be limited to more than twice last year's volume.",
     "Imports will be limited to no more than twice last year's volume.", "MT-NEG-004", "more than"),
    # two nouns joined by (이)나
    ("지원 대상은 한부모 가정이나 장애인 가구로 정해졌다.",
     "The support goes to single-parent families and households with disabled members.",
     "The support goes to single-parent families or households with disabled members.", "MT-NEG-004", "and"),
    ("경찰은 운전자가 졸음운전이나 휴대전화 사용으로 사고를 낸 것으로 보고 있다.",
     "Police believe the driver caused the accident by dozing off and using a mobile phone.",
     "Police believe the driver caused the accident by dozing off or using a mobile phone.", "MT-NEG-004", "and"),
    # a source the Korean does not give
    ("올해 수출은 전년보다 8.2% 늘어난 7천억 달러를 기록했다.",
     "Exports this year rose 8.2% to $700 billion, a figure analysts expect to grow further next year.",
     "Exports this year rose 8.2% from a year earlier to $700 billion.", "MT-OMIT-009", "analysts expect"),
    ("이 제도는 내년 1월부터 시행된다.", "The system will take effect in January next year, according to officials.",
     "The system will take effect in January next year.", "MT-OMIT-009", "according to"),
    # a rank or a record the Korean does not claim
    ("시는 올해 관광객 1천만 명을 유치하겠다는 목표를 세웠다.",
     "The city set a goal of attracting 10 million tourists this year, the largest target among local governments.",
     "The city set a goal of attracting 10 million tourists this year.", "MT-OMIT-010", "the largest"),
    # a sentence with no main verb
    ("현재 피해 규모는 120억 원으로, 시는 추가 조사를 벌일 계획이다.",
     "The current damage at 12 billion won, with the city planning a further investigation.",
     "The damage currently stands at 12 billion won, and the city plans a further investigation.", "MT-FRAG-004", "The current damage"),
    ("반면 PC 온라인 게임 부문 매출은 기존 작품 이용자 감소로 전년 동기 대비 9% 줄었다.",
     "On the other hand, PC online game division sales, amid a decline in users of existing titles.",
     "On the other hand, PC online game division sales fell 9% on year as users of existing titles declined.",
     "MT-FRAG-004", "division sales"),
    ("주민 300명을 태운 버스가 정오에 마을회관을 출발했다.",
     "A bus carrying 300 people, which left the village hall at noon.",
     "A bus carrying 300 people left the village hall at noon.", "MT-FRAG-004", "A bus carrying"),
]


@pytest.mark.parametrize("ko, wrong, right, rule, rendering", WRONG_AND_RIGHT)
def test_wrong_found_right_not(code_only, ko, wrong, right, rule, rendering):
    got = findings(code_only, ko, wrong, rule)
    assert got and rendering in (got[0].rendering or got[0].message), got
    assert not findings(code_only, ko, right, rule)


# Right English near each class, which must draw nothing
RIGHT = [
    # 이나 that is no 'or': a count ('as many as'), 그러나, a verb's -(으)나, two kinds of a category
    ("올해 신청자는 3천 명이나 늘었고 예산은 그대로다.", "Applicants rose by as many as 3,000 this year and the budget is unchanged.", "MT-NEG-004"),
    ("정부는 대책을 내놨으나 효과는 미미했고 반발은 컸다.", "The government announced measures, but they had little effect and drew a backlash.", "MT-NEG-004"),
    ("드론 배송은 섬이나 산간 지역에 한정됐다.", "Drone delivery was confined to islands and mountain areas.", "MT-NEG-004"),
    ("누구나 참여할 수 있고 참가비는 무료다.", "Anyone can take part, and there is no fee.", "MT-NEG-004"),
    # 구속 and 불구속 in one sentence
    ("검찰은 최 회장을 구속 기소하고 임원 2명은 불구속 기소했다.",
     "Prosecutors indicted Chairman Choi under arrest and two executives without detention.", "MT-NEG-004"),
    # a passive with the acting party after 'by'; the participle's agent said right
    ("사측은 노조가 제출한 임금 인상안을 수용할 수 없다고 밝혔다.",
     "The wage increase plan submitted by the union was rejected by management as unacceptable.", "MT-ROLE-001"),
    # a source the Korean gives
    ("전문가들은 내년 수출이 더 늘어날 것으로 보고 있다.", "Experts expect exports to grow further next year.", "MT-OMIT-009"),
    ("관광객은 42만 명으로 집계됐다.", "The number of tourists came to 420,000, according to a tally.", "MT-OMIT-009"),
    ("그는 \"경제학자들은 다르게 본다\"고 말했다.", "He said, \"Economists see it differently.\"", "MT-OMIT-009"),
    # a rank the Korean gives, or compares
    ("올해 수출은 역대 최대인 7천억 달러를 기록했다.", "Exports this year hit a record high of $700 billion.", "MT-OMIT-010"),
    ("서울의 집값 상승률은 지방보다 높았다.", "Seoul's home prices rose the fastest in the country, faster than the provinces.", "MT-OMIT-010"),
    ("그는 \"최선을 다하겠다\"고 말했다.", "He said, \"We will do our best.\"", "MT-OMIT-010"),
    # sentences whose main verb is a present plural, an irregular past or after a comma
    ("그는 28세에 일본 교토로 건너가 전통 가마 기법을 배웠고, 이후 프랑스 리모주에서 15년간 일했다.",
     "At 28 she moved to Kyoto, Japan, to learn traditional kiln techniques, and later worked in Limoges, France, for 15 years.",
     "MT-FRAG-004"),
    ("파업 이후 예정된 수술 540여 건 가운데 160여 건이 연기됐다.",
     "After consultation with the unions, about 160 of the 540 scheduled surgeries were postponed.", "MT-FRAG-004"),
    ("노사 협상은 여전히 평행선을 달리고 있다.", "Negotiations between labor and management remain deadlocked for now.", "MT-FRAG-004"),
    ("한국은행이 기준금리를 연 2.25%로 동결했다.", "The Bank of Korea froze the base rate at 2.25% per annum.", "MT-FRAG-004"),
    ("특히 오후 10시부터 오전 6시 사이 야간 이송 비율은 11.2%에 달했다.",
     "In particular, the nighttime transfer rate between 10 p.m. and 6 a.m. reached 11.2%.", "MT-FRAG-004"),
    ("기상청에 따르면 태풍은 오후 3시 현재 북북서진하고 있다.",
     "According to the weather agency, as of 3 p.m. the typhoon was moving north-northwest.", "MT-FRAG-004"),
    ("후반 36분 교체 투입된 오현우가 헤더로 동점골을 터뜨렸다.",
     "In the 36th minute of the second half, Oh Hyun-woo, who had come on as a substitute, scored the equalizer with a header.", "MT-FRAG-004"),
]


@pytest.mark.parametrize("ko, en, rule", RIGHT)
def test_right_english_draws_nothing(code_only, ko, en, rule):
    assert not findings(code_only, ko, en, rule)


def test_a_wrong_month_before_a_right_day_is_named_as_the_month(code_only):
    # 1월 1일 said "March 1": the number after the month's name is its day, so the month is what differs (round 21 read
    # the month as the day: "1일 missing", "March not in the Korean")
    got = findings(code_only, "고시된 최저임금은 내년 1월 1일부터 적용된다.", "The new minimum wage takes effect on March 1 next year.", "MT-NUM")
    assert [(f.rule_id, f.message) for f in got] == [
        ("MT-NUM-001", "The Korean has 1월, which is missing or different in the English (the English has March)")
    ]
    assert not findings(code_only, "고시된 최저임금은 내년 1월 1일부터 적용된다.", "The new minimum wage takes effect on January 1 next year.", "MT-NUM")
    got = findings(code_only, "접종은 내년 4월 30일까지 받을 수 있다.", "Vaccinations are available until April 13 next year.", "MT-NUM")
    assert [(f.rule_id, f.message) for f in got] == [
        ("MT-NUM-001", "The Korean has 30일, which is missing or different in the English (the English has 13)")
    ]
