"""MT-ROLE-002: an official given another rank in the English (주택정책관 as 'Vice Minister', 제1차관 as 'Minister',
장관 as 'Vice Minister'), on sentences written for it; titles said right in many ways are left alone."""

import pytest

from mtaudit.rules import check, load_ruleset
from mtaudit.rules.base import Example
from mtaudit.rules.engine import example_document


@pytest.fixture(scope="module")
def code_only():
    return load_ruleset([], builtin=False)


def rank_findings(rs, ko, en):
    doc, pairs = example_document(Example(ko=ko, en=en))
    return [f for f in check(doc, pairs, rs) if f.rule_id == "MT-ROLE-002"]


@pytest.mark.parametrize(
    "ko, en, said, korean",
    [
        ("수소경제정책관은 \"생산 기반을 조기에 갖추겠다\"고 밝혔다.",
         "The Vice Minister for Hydrogen Economy said, \"We will build the production base early.\"", "Vice Minister", "수소경제정책관"),
        ("이정우 과학기술정보통신부 제1차관은 연구진을 격려했다.",
         "Minister of Science and ICT Lee Jung-woo encouraged the researchers.", "Minister", "제1차관"),
        ("박 장관은 이날 국회에 출석했다.", "Vice Minister Park appeared before the National Assembly that day.", "Vice Minister", "장관"),
        ("김 국장은 브리핑에서 이같이 설명했다.", "Deputy Minister Kim explained this at the briefing.", "Deputy Minister", "국장"),
        ("최 부총리는 이날 회의를 주재했다.", "Prime Minister Choi chaired the meeting that day.", "Prime Minister", "부총리"),
    ],
)
def test_an_official_given_another_rank_is_flagged(code_only, ko, en, said, korean):
    (f,) = rank_findings(code_only, ko, en)
    assert f.rendering == said
    assert f.source_term == korean
    assert "(?" not in f.message and "|" not in f.message  # names a Korean word, not the table's pattern


@pytest.mark.parametrize(
    "ko, en",
    [
        ("김민호 국토교통부 주택정책관은 대책을 설명했다.",
         "Kim Min-ho, Director General for Housing Policy at the Ministry of Land, Infrastructure and Transport, explained the measures."),
        ("이정우 과기정통부 제1차관은 연구진을 격려했다.", "First Vice Minister of Science and ICT Lee Jung-woo encouraged the researchers."),
        ("왕이 중국 외교부장은 이날 기자회견을 열었다.", "Chinese Foreign Minister Wang Yi held a press conference that day."),
        ("이와야 다케시 일본 외무상은 방한 일정을 발표했다.", "Japanese Foreign Minister Takeshi Iwaya announced his visit to Korea."),
        ("최상목 경제부총리 겸 기획재정부 장관은 말했다.",
         "Deputy Prime Minister and Minister of Economy and Finance Choi Sang-mok said."),
        ("이시바 총리는 다음 달 방한한다.", "Prime Minister Ishiba will visit South Korea next month."),
        ("산업통상자원부는 이날 대책을 발표했다.", "The Ministry of Trade, Industry and Energy announced the measures that day."),
        ("장관과 차관이 함께 현장을 찾았다.", "The minister and the vice minister visited the site together."),
        ("G20 재무장관 회의가 열렸다.", "A meeting of G20 finance ministers was held."),
    ],
)
def test_a_title_said_right_is_not_flagged(code_only, ko, en):
    assert rank_findings(code_only, ko, en) == []
