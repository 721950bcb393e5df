"""Classes of error and of false alarm that blind round 18 showed (session 16), on sentences written for them."""

import pytest

from mtaudit.rules import check, load_ruleset
from mtaudit.rules.base import Example
from mtaudit.rules.engine import example_document


@pytest.fixture(scope="module")
def code_only():
    return load_ruleset([], builtin=False)


def findings(rs, ko, en, prefix):
    doc, pairs = example_document(Example(ko=ko, en=en))
    return [f for f in check(doc, pairs, rs) if f.rule_id.startswith(prefix)]


@pytest.mark.parametrize(
    "ko, en, rule, said",
    [
        # a percent said as percentage points
        ("이는 올해 최저임금보다 420원(4.2%) 오른 금액이다.", "This is 420 won, or 4.2 percentage points, higher than this year's minimum wage.",
         "MT-NUM-004", "4.2 percentage points"),
        # 'below' a number says a fall against the base
        ("2019년 상반기와 비교해도 3.4% 많다.", "It is still 3.4% below the first half of 2019.", "MT-NUM-003", None),
        # 'no longer' is a negation the Korean does not have
        ("관광수지 적자는 여전히 이어지고 있다.", "The tourism balance is no longer in deficit.", "MT-NEG-003", None),
        # a target price cut said as raised; a loss said as 'in the black'
        ("목표주가 하향", "Target price raised", "MT-NEG-004", "raised"),
        ("회사는 3분기에도 영업적자를 이어갔다.", "The company remained in the black in the third quarter.", "MT-NEG-004", "in the black"),
        # more ranks
        ("최병철 산림청장은 현장 브리핑에서 이같이 밝혔다.", "Choi Byung-chul, spokesperson for the Korea Forest Service, said this at a briefing.",
         "MT-ROLE-002", "spokesperson"),
        ("김민수 호찌민무역관장은 말했다.", "Kim Min-su, Korea's Consul General in Ho Chi Minh City, said.", "MT-ROLE-002", "Consul General"),
    ],
)
def test_the_error_is_flagged(code_only, ko, en, rule, said):
    got = [f for f in findings(code_only, ko, en, rule[:6]) if f.rule_id == rule]
    assert len(got) == 1
    if said is not None:
        assert got[0].rendering == said


@pytest.mark.parametrize(
    "ko, en, prefix",
    [
        ("실업률은 0.5%포인트 하락했다.", "The jobless rate fell 0.5 percentage points.", "MT-NUM-004"),
        ("물가는 2% 올랐다.", "Prices rose 2%.", "MT-NUM-004"),
        ("2021시즌 타율은 0.312였다.", "His batting average in the 2021 season was .312.", "MT-NUM"),
        ("적자에서 벗어났다.", "It is no longer in the red.", "MT-NEG-003"),
        ("목표주가를 8만원으로 하향 조정했다.", "It cut its target price to 80,000 won.", "MT-NEG-004"),
        ("목표주가를 8만원으로 상향했다.", "It raised its target price to 80,000 won.", "MT-NEG-004"),
        ("회사 관계자는 이같이 말했다.", "A company spokesperson said this.", "MT-ROLE-002"),
        ("오세훈 서울시장은 말했다.", "Seoul Mayor Oh Se-hoon said.", "MT-ROLE-002"),
        # negations English says without a negative word
        ("지방 분양 시장이 살아나지 않으면 쉽지 않을 것으로 판단된다.",
         "Unless the regional presale market picks up, we believe this will be difficult.", "MT-NEG-001"),
        ("협회는 \"폐배터리를 폐기물이 아닌 자원으로 분류하지 않으면 비용을 줄이기 어렵다\"고 말했다.",
         "The association said, \"Unless used batteries are classified as a resource rather than as waste, it will be hard to cut costs.\"",
         "MT-NEG-001"),
        ("노선이 없어지는 마을은 12곳이다.", "Twelve villages will lose their bus service.", "MT-NEG-001"),
    ],
)
def test_said_its_own_way_is_not_flagged(code_only, ko, en, prefix):
    assert findings(code_only, ko, en, prefix) == []


@pytest.mark.parametrize(
    "ko, en",
    [
        # a word that only starts with 비/미/무/불 is no negative prefix: the added negation is found
        ("신작 마케팅 비용이 반영되더라도 영업이익은 시장 컨센서스를 웃돌 전망이다.",
         "Even with marketing costs reflected, operating profit is not expected to exceed the market consensus."),
        ("미국 수출은 예정대로 내년 1분기에 시작한다.", "Exports to the United States will not begin as scheduled in the first quarter of next year."),
    ],
)
def test_a_negation_added_beside_a_word_that_only_looks_prefixed(code_only, ko, en):
    assert [f.rule_id for f in findings(code_only, ko, en, "MT-NEG-003")] == ["MT-NEG-003"]


@pytest.mark.parametrize(
    "ko, en, prefix",
    [
        ("비공개 회의는 열리지 않았다는 의혹이 불거졌다.", "Suspicions arose that the closed-door meeting never took place.", "MT-NEG-003"),
        ("협상은 무산됐다.", "The talks did not go ahead.", "MT-NEG-003"),
        ("불확실성이 크다.", "Uncertainty is not small.", "MT-NEG-003"),
        # a multiplier: 'to more than double' says 2배 이상 확대
        ("2030년까지 생산능력 2배 이상 확대", "Production capacity to more than double by 2030", "MT-NUM-005"),
    ],
)
def test_said_its_own_way_too(code_only, ko, en, prefix):
    assert findings(code_only, ko, en, prefix) == []
