"""MT-NEG-001 on news sentences written for it (a bilingual helper's set of negations translated correctly in many
ways, and of translations that lost the negation): it fires on a lost negation, not on English that negates with
a word of its own."""

import pytest

from mtaudit.rules import check, load_ruleset
from mtaudit.rules.base import Example
from mtaudit.rules.engine import example_document


@pytest.fixture(scope="module")
def code_only():
    return load_ruleset([], builtin=False)


def negation_findings(rs, ko, en):
    doc, pairs = example_document(Example(ko=ko, en=en))
    return [f for f in check(doc, pairs, rs) if f.rule_id == "MT-NEG-001"]


@pytest.mark.parametrize(
    "ko, en",
    [
        ("피해 회복도 제대로 이뤄지지 않았다.", "The damage has not been properly recovered."),
        ("전문가들은 조기에 대응하지 않으면 피해가 눈덩이처럼 불어날 수 있다고 경고했다.",
         "Experts warned that the damage could snowball unless an early response is made."),
        ("경찰은 시위대가 도로를 점거하지 못하도록 광화문 일대에 차벽을 설치했다.",
         "Police set up a barricade of buses around Gwanghwamun to keep protesters from occupying the road."),
        ("이 회사의 올해 1분기 영업이익은 시장 기대치에 미치지 못했다.", "The company's first-quarter operating profit fell short of market expectations."),
        ("잠실구장에서 열릴 예정이던 경기는 폭우로 끝내 열리지 못했다.", "The game scheduled at Jamsil Stadium was ultimately called off due to heavy rain."),
        ("정부는 전기요금을 당분간 인상하지 않겠다고 발표했다.", "The government announced it would hold off on raising electricity rates for the time being."),
        ("한국은행 총재는 연내 기준금리 인상 가능성은 없다고 말했다.", "The Bank of Korea governor ruled out a rate hike within the year."),
        ("올해 상반기 수출 실적은 지난해 같은 기간보다 못한 수준에 그쳤다.", "Exports in the first half were worse than in the same period last year."),
        ("근로자들이 받지 못한 임금 규모가 1조원을 넘어섰다.", "The amount of unpaid wages exceeded 1 trillion won."),
        ("정부는 추가 대책을 내놓을 수밖에 없었다.", "The government had to come up with additional measures."),
        ("그는 기술력뿐만 아니라 가격 경쟁력도 갖췄다.", "It has price competitiveness as well as technology."),
        ("안 장관은 업계와 긴밀히 소통하겠다고 말했다.", "Minister Ahn said he would communicate closely with the industry."),
        ("전문가들은 집값이 당분간 크게 떨어지지는 않을 것으로 내다봤다.",
         "Experts did not expect house prices to fall sharply for the time being."),
        ("이 선수의 기량은 국가대표 선수들에 못지않다.", "His skills are on a par with those of national team players."),
        ("국내 배터리 업체들의 기술력도 중국 업체에 못지는 않다.", "Korean battery makers' technology is as good as Chinese rivals'."),
        ("저수율은 평년의 6분의 1에도 미치지 못했다.", "The reservoir level was less than one-sixth of the normal level."),  # a comparison
        ("선가는 좀처럼 내려오지 않는 흐름이다.", "Ship prices rarely dip below that level."),  # 좀처럼 ... 않다 "rarely"
        ("그는 좀처럼 웃지 않는다.", "He seldom smiles."),
        ("외교부 \"북한 미사일 발사, 안보리 결의 명백한 위반\"", "Foreign Ministry: North Korea's launch a clear violation of UN Security Council resolutions"),  # 안보리 is no 안
    ],
)
def test_a_negation_english_says_its_own_way_is_not_flagged(code_only, ko, en):
    assert negation_findings(code_only, ko, en) == []


@pytest.mark.parametrize(
    "ko, en, said",
    [
        ("경찰은 용의자의 신원을 확인하지 못했다.", "Police confirmed the suspect's identity.", "확인하지 못했다"),
        ("이번 사고로 인한 인명 피해는 없었다.", "There were casualties from the accident.", "피해는 없었다"),
        ("경찰은 사고 당시 버스 운전자가 음주 상태가 아니었다고 밝혔다.", "Police said the bus driver was drunk at the time of the accident.",
         "상태가 아니었다고"),
        ("방역당국은 위중증 환자의 대부분이 백신을 안 맞은 것으로 조사됐다고 밝혔다.",
         "Health authorities said most of the critically ill patients had been vaccinated.", "백신을 안 맞은"),
        # a particle between 지 and 않다: 지는 않다, 지도 않다, 진 않다 (common in quoted forecasts)
        ("전문가들은 집값이 당분간 크게 떨어지지는 않을 것으로 내다봤다.",
         "Experts expected house prices to fall sharply for the time being.", "떨어지지는 않을"),
        ("노조는 사측의 제안을 검토하지도 않았다.", "The union reviewed the management's proposal.", "검토하지도 않았다"),
        ("그는 \"결코 쉽진 않을 것\"이라고 말했다.", "He said, \"It will certainly be easy.\"", "쉽진 않을"),
        ("저수율은 평년의 6분의 1에도 미치지 못했다.", "The reservoir level reached one-sixth of the normal level.", "미치지 못했다"),
        # a negated condition as well: the English's one negative word ('unless') is the condition's
        ("전공의들은 \"증원을 백지화하지 않으면 복귀하지 않겠다\"는 입장을 고수했다.",
         "The residents maintained that \"we will return unless the increase is scrapped.\"", "복귀하지 않겠다"),
    ],
)
def test_a_lost_negation_is_flagged_on_the_korean_predicate(code_only, ko, en, said):
    fs = negation_findings(code_only, ko, en)
    assert len(fs) == 1 and fs[0].source_term == said


@pytest.mark.parametrize(
    "en",
    [
        "The residents maintained that \"we will not return unless the increase is scrapped.\"",
        "The residents maintained that they would not return if the increase was not scrapped.",
        "The residents maintained that they would return only if the increase was scrapped.",
    ],
)
def test_a_negated_condition_and_main_clause_both_said_is_not_flagged(code_only, en):
    assert negation_findings(code_only, "전공의들은 \"증원을 백지화하지 않으면 복귀하지 않겠다\"는 입장을 고수했다.", en) == []


def direction_findings(rs, ko, en):
    doc, pairs = example_document(Example(ko=ko, en=en))
    return [f for f in check(doc, pairs, rs) if f.rule_id == "MT-NEG-002"]


@pytest.mark.parametrize(
    "ko, en, said",
    [
        ("지난달 자동차 수출이 전년 동월 대비 감소했다.", "Car exports increased last month from a year earlier.", "감소했다"),
        ("정부는 다음 달부터 전기요금을 인하하기로 했다.", "The government decided to raise electricity rates starting next month.", "인하하기로"),
        ("올해 상반기 출생아 수는 작년보다 줄었다.", "The number of births in the first half rose from last year.", "줄었다"),
        ("서울 아파트 매매가격이 다시 오른 것으로 나타났다.", "Seoul apartment prices fell again.", "오른"),
        ("시는 내년부터 청년 월세 지원을 확대한다.", "The city will reduce rent support for young people from next year.", "확대한다"),
        ("이번 조치로 중소기업의 부담이 크게 늘어날 전망이다.", "The measure is expected to cut the burden on small businesses significantly.", "늘어날"),
        ("정부는 할당관세 적용 품목을 늘리기로 했다.", "The government decided to reduce the items subject to quota tariffs.", "늘리기로"),
        ("시는 공공요금 인상 폭을 줄이기로 했다.", "The city decided to increase the rise in public utility charges.", "줄이기로"),
        ("국회는 정부 예산안을 삭감했다.", "The National Assembly increased the government's budget proposal.", "삭감했다"),
        ("석유류 가격은 국제유가 하락 영향으로 내렸다.", "Petroleum prices rose as international oil prices declined.", "내렸다"),
        ("신차 효과로 판매가 늘어난 것으로 나타났다.", "The new model led to lower sales.", "늘어난"),
    ],
)
def test_a_change_said_the_other_way_is_flagged(code_only, ko, en, said):
    (f,) = direction_findings(code_only, ko, en)
    assert f.source_term == said


@pytest.mark.parametrize(
    "ko, en",
    [
        ("지난달 자동차 수출이 전년 동월 대비 감소했다.", "Car exports fell last month from a year earlier."),
        ("정부는 다음 달부터 전기요금을 인하하기로 했다.", "The government decided to cut electricity rates from next month."),
        ("출생아 수는 줄었지만 혼인 건수는 늘었다.", "Births fell, but marriages rose."),  # both ways on both sides
        ("신차 효과로 판매가 늘어난 것으로 나타났다.", "The new model led to higher sales."),
        ("개정안은 하원을 통과했다.", "The bill passed the lower house."),  # 'lower' as no change
        ("수출은 줄지 않고 오히려 늘었다.", "Exports did not fall; they rose."),  # a negation: not judged
        ("올해 적자 규모가 크게 줄었다.", "Profits improved sharply this year."),  # the gain side of a loss
        ("회사 측은 임금 인상 요구에 대해 답하지 않았다.", "The company declined to comment on the demand for a wage increase."),
        ("관광객은 올가을 크게 늘었다.", "Tourist numbers increased sharply this fall."),  # the season
        ("디스플레이 수출은 7.3% 감소했다.", "Display exports rose 7.3%."),  # a number's change: MT-NUM-003's
        ("이 회사는 무대에 올랐다.", "The company took the stage."),  # no English change word
        ("전날 밤 비가 내렸다.", "Rain fell the night before, and temperatures rose."),  # 내렸다 of rain is no fall
        ("석유류 가격은 국제유가 하락 영향으로 내렸다.", "Petroleum prices fell as international oil prices declined."),
        ("수입은 수출이 줄면서 늘었다.", "Imports rose as exports fell."),  # the reason clause's change is not judged
    ],
)
def test_a_change_said_the_same_way_or_not_judged_is_not_flagged(code_only, ko, en):
    assert direction_findings(code_only, ko, en) == []


def added_findings(rs, ko, en):
    doc, pairs = example_document(Example(ko=ko, en=en))
    return [f for f in check(doc, pairs, rs) if f.rule_id == "MT-NEG-003"]


@pytest.mark.parametrize(
    "ko, en, said",
    [
        ("조 장관은 북한의 추가 도발 가능성에 우려를 표명했다.", "Minister Cho expressed no concern about further provocations by North Korea.", "expressed no concern about"),
        ("두 장관은 올해 안에 정상회담을 추진하기로 뜻을 모았다.", "The two ministers did not agree to push for a summit within the year.", "did not agree to"),
        ("경찰은 용의자의 신원을 확인했다.", "Police never confirmed the suspect's identity.", "Police never confirmed the"),
        ("이 제품은 유럽 시장에서도 판매된다.", "The product isn't sold in European markets.", "product isn't sold in"),
        ("이 후보는 패배를 인정하며 지지자들에게 감사를 전했다.", "Candidate Lee refused to admit defeat and thanked his supporters.", "Lee refused to admit"),
        ("양측은 최종 합의안에 서명했다.", "Both sides rejected the final agreement.", "sides rejected the final"),
    ],
)
def test_a_negation_the_english_added_is_flagged(code_only, ko, en, said):
    (f,) = added_findings(code_only, ko, en)
    assert f.rendering == said


@pytest.mark.parametrize(
    "ko, en",
    [
        ("피해자는 생명에는 지장이 없는 것으로 알려졌다.", "The victim's injuries are not life-threatening."),  # the Korean negates too
        ("생명에는 지장이 있는 것은 아니다.", "His life is not in danger."),
        ("이번 회담은 지난 2월 이후 9개월 만이다.", "The two have not met since February."),  # a first time in months
        ("노조는 사측의 제안을 거부했다.", "The union did not accept the company's offer."),  # a refusal
        ("이번 사고로 인한 사망자는 0명이다.", "No one died in the accident."),  # zero
        ("그는 무자본 갭투자로 주택을 사들였다.", "He bought the houses through no-capital gap investment."),  # a prefix
        ("회의는 결렬됐다.", "The meeting ended without an agreement."),
        ("한국은행은 기준금리를 연 2.5%로 동결했다.", "The Bank of Korea did not change its base rate of 2.5%."),  # a freeze
        ("태풍으로 제주공항 항공편이 무더기 결항됐다.", "Dozens of flights at Jeju airport did not operate because of the typhoon."),
        ("그는 구체적인 언급은 아꼈다.", "He did not elaborate."),  # reticence
        ("연내 금리 인하 가능성은 낮다.", "A rate cut within the year is not likely."),  # unlikely
        ("이 조항은 최종안에서 빠졌다.", "The clause was not included in the final draft."),  # left out
        ("정부는 추가 대책과 예산 검토를 함께 진행한다.", "The government will not only prepare measures but also review the budget."),
        ("정부는 늦어도 다음 달까지 대책을 발표한다.", "The government will announce measures no later than next month."),
        ("법원은 구속영장 청구를 기각했다.", "The court rejected the request for an arrest warrant."),  # a rejection
        ("개정안은 본회의에서 부결됐다.", "The amendment was rejected at the plenary session."),
        ("그는 의혹을 일축했다.", "He denied the allegations."),
        ("수출 증가율은 2.5%로 둔화했다.", "Export growth declined to 2.5%."),  # a fall, not a refusal
        ("주민들은 \"설거지할 물도 모자라\"라고 말했다.", "Residents said, \"I don't even have enough water to do the dishes.\""),  # 모자라다
    ],
)
def test_a_negation_the_korean_has_or_implies_is_not_flagged(code_only, ko, en):
    assert added_findings(code_only, ko, en) == []


def opposite_findings(rs, ko, en):
    doc, pairs = example_document(Example(ko=ko, en=en))
    return [f for f in check(doc, pairs, rs) if f.rule_id == "MT-NEG-004"]


@pytest.mark.parametrize(
    "ko, en, said",
    [
        ("법원은 전직 구청장에게 무죄를 선고했다.", "The court convicted the former district head.", "convicted"),
        ("그는 혐의를 전면 부인했다.", "He admitted all the charges.", "admitted"),
        ("미사일은 배타적경제수역(EEZ) 밖에 떨어졌다.", "The missile fell inside the exclusive economic zone (EEZ).", "inside"),
        ("의원들은 법안에 반대했다.", "Lawmakers supported the bill.", "supported"),
        ("회사는 3분기 흑자를 기록했다.", "The company posted a deficit in the third quarter.", "deficit"),
        ("코스피가 사상 최고치를 기록했다.", "The KOSPI hit its lowest level ever.", "lowest"),
        ("참가자는 1만 명 이상으로 예상된다.", "Participants are expected to number fewer than 10,000.", "fewer than"),
        ("40대 남성이 현장에서 체포됐다.", "A woman in her 40s was arrested at the scene.", "woman"),
        ("당선 소감은 5일 오전 선거사무소에서 발표됐다.", "The acceptance speech was delivered at the campaign office on the afternoon of the 5th.", "afternoon"),
        ("제주 산지에는 최대 500㎜의 비가 내리겠다.", "At least 500mm of rain will fall on Jeju's mountains.", "At least"),
        ("개정안은 본회의에서 가결됐다.", "The amendment was voted down at the plenary session.", "voted down"),
        ("정부는 야간 영업을 허용하기로 했다.", "The government decided to ban night-time business.", "ban"),
        ("그는 지난달 미국으로 출국했다.", "He entered the United States last month.", "entered"),
        ("지난달 반도체 수출은 15% 늘었다.", "Semiconductor imports rose 15% last month.", "imports"),
        ("외국인은 삼성전자를 3천억 원어치 순매수했다.", "Foreigners sold a net 300 billion won of Samsung Electronics shares.", "sold"),
        ("이번 조치로 국내 기업의 경쟁력이 더욱 강화될 전망이다.", "The measure is expected to further weaken the competitiveness of domestic companies.", "weaken"),
        ("정부는 수도권 대출 규제를 완화하기로 했다.", "The government decided to tighten lending regulations in the capital area.", "tighten"),
        ("A사는 지난해 영업손실을 냈지만 올해 1분기 흑자로 전환했다.", "Company A posted an operating loss last year but swung to a deficit in the first quarter.", "to a deficit"),
        ("외국인은 반도체주를 3천억 원어치 사들였다.", "Foreigners sold 300 billion won worth of chip stocks.", "sold"),
        ("정부는 주민 의견 수렴 없이 사업을 강행했다.", "The government pushed ahead with the project after collecting residents' opinions.", "after"),
        # relative dates, a change said of what stayed, earlier/later, a game's result
        ("시의회는 다음 달 16일 예산안을 처리한다.", "The city council will vote on the budget on the 16th of this month.", "this month"),
        ("내년 예산은 677조 원 규모다.", "This year's budget is worth 677 trillion won.", "This year"),
        ("수출은 지난해보다 15% 늘었다.", "Exports rose 15% this year.", "this year"),
        ("회의는 다음 주 열린다.", "The meeting will be held this week.", "this week"),
        ("소비자물가 상승률 전망치는 2.3%로 종전과 같았다.", "The consumer price inflation forecast was raised to 2.3%.", "raised"),
        ("한국은행은 기준금리를 연 2.50%로 동결했다.", "The Bank of Korea cut its benchmark rate to 2.50 percent.", "cut"),
        ("유행 시기는 예년보다 한 달 빠르다.", "The epidemic came a month later than usual.", "later"),
        ("정부는 착공 일정을 앞당기기로 했다.", "The government decided to delay the construction schedule.", "delay"),
        ("LG는 시리즈 전적 4승 1패를 기록했다.", "LG finished the series with four wins and one draw.", "draw"),
        ("팀은 최근 5경기 연속 무승(2무 3패)에 그쳤다.", "The team has recorded five consecutive wins (two draws, three losses).", "consecutive wins"),
        ("손흥민은 후반 11분 선제골을 넣었다.", "Son Heung-min scored the opener in the 11th minute of the first half.", "first half"),
        ("회사는 상반기 영업이익이 20% 늘었다고 밝혔다.", "The company said its second-half operating profit rose 20%.", "second-half"),
        ("그는 \"이런 기회는 다시 오기 어려울 것\"이라고 말했다.", "He said, \"Such an opportunity will easily come again.\"", "easily"),
        ("장애인 차량은 단속 대상에서 제외된다.", "Vehicles for the disabled are also subject to enforcement.", "subject to"),
        # a bound with a Latin unit and an ending (이하여야); a draw said as a win; a relative year beside a year the
        # Korean names itself
        ("수소 1kg당 온실가스 배출량이 4kg 이하여야 한다.", "Emissions must be 4 kg or more per kilogram of hydrogen.", "or more"),
        ("울산은 최근 3경기에서 1무 2패로 부진했다.", "Ulsan has struggled with one win and two losses in its last three games.", "win"),
        ("이들은 2022년 8월부터 지난해 12월까지 돈을 가로챘다.", "They took the money from August 2022 to December this year.", "this year"),
        # the base of a comparison: the previous quarter said as a year earlier, and back; beating said as missing
        ("3분기 영업이익은 전 분기 대비 15% 늘었다.", "Third-quarter operating profit rose 15% from the same quarter last year.", "same quarter last year"),
        ("3분기 영업이익은 전년 동기 대비 15% 늘었다.", "Operating profit rose 15% quarter-on-quarter.", "quarter-on-quarter"),
        ("영업이익은 시장 전망치를 20% 웃돌았다.", "Operating profit fell short of market consensus by 20%.", "fell short"),
        ("매출은 시장 예상치를 밑돌았다.", "Sales beat market expectations.", "beat"),
        # either one said as both: 또는, 혹은, -거나 with no 'or' in the English ('or more' is a bound, not an or)
        ("시가총액 100억 원 이상 또는 발행주식의 0.01% 이상을 보유한 주주가 대상이다.",
         "Shareholders holding 10 billion won or more and 0.01% or more of issued shares are subject to it.", "and"),
        ("위반하면 1년 이하의 징역 또는 1천만 원 이하의 벌금에 처한다.",
         "Violators face up to a year in prison and a fine of up to 10 million won.", "and"),
        ("결함이 있는 차량은 무상 수리를 받거나 교환할 수 있다.", "Owners of defective cars can get free repairs and replacements.", "and"),
    ],
)
def test_a_word_said_as_its_opposite_is_flagged(code_only, ko, en, said):
    (f,) = opposite_findings(code_only, ko, en)
    assert f.rendering == said


@pytest.mark.parametrize(
    "ko, en",
    [
        ("법원은 전직 구청장에게 무죄를 선고했다.", "The court found the former district head not guilty."),
        ("1심은 유죄를 선고했지만 2심은 무죄를 선고했다.", "The lower court convicted him, but the appeals court acquitted him."),
        ("법안은 찬성 180표, 반대 90표로 가결됐다.", "The bill passed with 180 votes for and 90 against."),
        ("회사는 적자에서 흑자로 전환했다.", "The company swung to a profit from a loss."),
        ("그는 혐의를 인정하지 않았다.", "He denied the charges."),  # a negation: not judged here
        ("남성과 여성 각각 10명이 참여했다.", "Ten men and ten women took part."),
        ("40대 남성이 현장에서 체포됐다.", "A man in his 40s was arrested at the scene; his wife was questioned."),
        ("그는 이번 결정을 받아들일 수밖에 없었다.", "He had to accept the decision, which he called an inside job."),
        ("당선 소감은 5일 오전 선거사무소에서 발표됐다.", "The acceptance speech was delivered at the campaign office on the morning of the 5th."),
        ("투표는 오전 6시부터 오후 6시까지 진행된다.", "Voting runs from 6 a.m. to 6 p.m."),
        ("회의는 오후에 열렸고 저녁까지 이어졌다.", "The meeting opened in the afternoon and ran into the evening; 'I am tired,' one said."),
        ("제주 산지에는 최대 500㎜의 비가 내리겠다.", "Up to 500mm of rain will fall on Jeju's mountains."),
        ("개정안은 찬성 150표로 가결됐고, 수정안은 부결됐다.", "The amendment passed with 150 votes, and the revised bill was rejected."),
        ("정부는 야간 영업 금지 조치를 해제했다.", "The government lifted the ban and allowed night-time business."),
        ("지난달 반도체 수출은 15% 늘었고 수입은 3% 줄었다.", "Semiconductor exports rose 15% last month, and imports fell 3%."),
        ("외국인은 삼성전자를 순매수하고 SK하이닉스를 순매도했다.", "Foreigners bought Samsung Electronics and sold SK Hynix."),
        ("그는 지난달 미국으로 출국했다.", "He left for the United States last month."),
        ("정부는 수도권 대출 규제를 완화하기로 했다.", "The government decided to ease lending rules in the capital area."),
        ("양국은 안보 협력을 강화하기로 했다.", "The two countries agreed to step up security cooperation."),
        ("규제 완화로 기업 경쟁력이 강화됐다.", "Deregulation strengthened corporate competitiveness."),
        ("경찰은 연말 음주운전 단속을 강화한다.", "Police will crack down harder on drunk driving at the end of the year."),
        ("A사는 지난해 영업손실을 냈지만 올해 1분기 흑자로 전환했다.", "Company A posted an operating loss last year but swung to a profit in the first quarter."),
        ("외국인은 반도체주를 사들였고 기관은 팔았다.", "Foreigners bought chip stocks while institutions sold them."),
        ("정부는 주민 의견 수렴 없이 사업을 강행했다.", "The government pushed ahead with the project without gathering residents' views."),
        ("행사는 차질 없이 진행됐다.", "The event went smoothly after the opening ceremony."),
        ("시의회는 다음 달 16일 예산안을 처리한다.", "The city council will vote on the budget on December 16."),  # the month by name
        ("올해 수출은 지난해보다 15% 늘었다.", "Exports rose 15% this year from a year earlier."),
        ("이달 말 발표되는 지표는 지난달보다 나아질 전망이다.", "Figures due at the end of this month are expected to improve on last month's."),
        ("한국은행은 기준금리를 동결했다.", "The Bank of Korea kept its benchmark rate unchanged; markets had expected a cut."),
        ("기준금리는 동결했지만 내년 인하 가능성을 열어뒀다.", "It held rates but left the door open to a cut next year."),
        ("소비자물가 상승률 전망치는 2.3%로 종전과 같았다.", "The inflation forecast was unchanged at 2.3%."),
        ("유행 시기는 예년보다 한 달 빠르다.", "The epidemic came a month earlier than usual."),
        ("LG는 4승 1무 1패를 기록했다.", "LG recorded four wins, one draw and one loss."),
        ("LG는 4승 1패로 우승했다.", "LG won the series 4-1."),
        ("팀은 최근 5경기 연속 무승(2무 3패)에 그쳤다.", "The team has gone five games without a win (two draws, three losses)."),
        ("손흥민은 전반 11분 선제골을 넣고 후반 30분 추가골을 넣었다.", "Son scored in the 11th minute of the first half and again in the 30th minute of the second half."),
        ("회사는 하반기에도 수요가 이어질 것으로 내다봤다.", "The company expects demand to continue in the second half."),
        ("그는 \"이런 기회는 다시 오기 어려울 것\"이라고 말했다.", "He said, \"Such an opportunity is unlikely to come again.\""),
        ("장애인 차량은 단속 대상에서 제외된다.", "Vehicles for the disabled are exempt from the crackdown."),
        ("수소 1kg당 온실가스 배출량이 4kg 이하여야 한다.", "Emissions must be 4 kg or less per kilogram of hydrogen."),
        ("전동킥보드 사고 2천389건…20대 이하가 절반 넘어", "Scooter accidents hit 2,389; more than half involved riders in their 20s or younger"),
        ("울산은 2승 1무로 선두다.", "Ulsan leads with two wins and a draw."),
        ("3분기 영업이익은 전 분기 대비 15% 늘었다.", "Third-quarter operating profit rose 15% from the previous quarter."),
        ("3분기 영업이익은 전년 동기 대비 15% 늘었다.", "Third-quarter operating profit rose 15% year on year."),
        ("영업이익은 시장 전망치를 20% 웃돌았다.", "Operating profit beat market consensus by 20%."),
        ("매출은 시장 예상치를 밑돌았다.", "Sales fell short of market expectations."),
        ("이들은 2022년 8월부터 지난해 12월까지 돈을 가로챘다.", "They took the money from August 2022 to December last year."),
        ("시가총액 100억 원 이상 또는 발행주식의 0.01% 이상을 보유한 주주가 대상이다.",
         "Shareholders holding 10 billion won or more, or 0.01% or more of issued shares, are subject to it."),
        ("위반하면 1년 이하의 징역 또는 1천만 원 이하의 벌금에 처한다.",
         "Violators face up to a year in prison or a fine of up to 10 million won, and a ban."),
        ("신청은 온라인 또는 주민센터 방문으로 할 수 있으며 서류는 우편으로 낸다.",
         "Applications can be made online or in person, and documents are sent by post."),
        ("결함이 있는 차량은 무상 수리를 받거나 교환할 수 있다.", "Owners can have defective cars repaired and/or replaced."),
        ("도로 47곳과 하천 제방 12곳이 유실되거나 파손됐다.", "Forty-seven roads and 12 river embankments were washed away or damaged."),
        ("세 후보 중 한 명 또는 두 명이 사퇴할 것으로 보인다.", "Either one or two of the three candidates and their aides are expected to quit."),
    ],
)
def test_a_word_said_its_own_way_is_not_flagged(code_only, ko, en):
    assert opposite_findings(code_only, ko, en) == []
