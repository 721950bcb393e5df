"""Ten news articles written for testing (tests/fixtures/planted: semiconductors, a court ruling, baseball, housing,
a bus strike, a state visit, a wildfire, a bank's results, admissions, a festival), each translated correctly
(clean/) and with five errors of the kinds machine translation makes planted in the English (planted/,
answer_key.tsv: the Korean sentence, its planted English and the class of error). The planted errors must be found
on their sentence by a rule of their kind; the correct translations must draw no finding."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from mtaudit.pipeline import AuditConfig, run_audit

HERE = Path(__file__).resolve().parent / "fixtures" / "planted"
# the rules that report each class of planted error
KIND = {
    "a": ("KO-TERM", "KO-FORBID"),  # a term calqued
    "b": ("MT-NUM",),  # a number, unit or date changed
    "c": ("MT-NAME",),  # a name mangled or spelled two ways
    "d": ("MT-OMIT",),  # a clause or a sentence dropped
    "e": ("MT-NEG",),  # a negation lost
    "f": ("MT-ROLE",),  # who did what swapped
    "g": ("MT-HANGUL",),  # Korean left in the English
    "h": ("MT-REPEAT",),  # a word repeated
    "i": ("MT-FRAG",),  # a sentence cut off
}


@pytest.fixture(scope="module")
def planted():
    result = run_audit([str(HERE / "planted")], AuditConfig(encoder="usem3"))
    rules_on: dict[tuple[str, int], list[str]] = {}
    for dr in result.documents:
        for f in dr.findings:
            p = next((p for p in dr.pairs if p.index == f.pair), None)
            for k in p.ko if p is not None else ():
                rules_on.setdefault((dr.document.id, k), []).append(f.rule_id)
    with open(HERE / "answer_key.tsv", encoding="utf-8") as fh:
        key = list(csv.DictReader(fh, delimiter="\t"))
    caught = [row for row in key if any(r.startswith(KIND[row["class"]]) for r in rules_on.get((row["file"], int(row["sentence_no"])), ()))]
    return key, caught


@pytest.mark.slow
def test_planted_errors_are_found_on_their_sentence_by_a_rule_of_their_kind(planted):
    key, caught = planted
    assert len(key) == 50
    by_class = Counter(row["class"] for row in caught)
    assert len(caught) >= 44, sorted(set((r["file"], r["class"]) for r in key) - set((r["file"], r["class"]) for r in caught))
    # every term calque, number change, lost negation, Hangul left, repetition and cut-off sentence of the set
    for cls in "abeghi":
        assert by_class[cls] == Counter(row["class"] for row in key)[cls], cls


@pytest.mark.slow
def test_the_correct_translations_draw_no_finding():
    result = run_audit([str(HERE / "clean")], AuditConfig(encoder="usem3"))
    assert len(result.documents) == 10
    assert {dr.document.id: [(f.rule_id, f.message) for f in dr.findings] for dr in result.documents if dr.findings} == {}


PLANTED12 = Path(__file__).resolve().parent / "fixtures" / "planted12"


def found_on_sentences(folder: Path) -> set[tuple[str, int, str]]:
    """Every finding of an audit of `folder`, as (document, Korean sentence, rule) for each Korean sentence of its pair."""
    result = run_audit([str(folder)], AuditConfig(encoder="usem3"))
    found = set()
    for dr in result.documents:
        for f in dr.findings:
            p = next(p for p in dr.pairs if p.index == f.pair)
            found |= {(dr.document.id, k, f.rule_id) for k in p.ko}
    return found


@pytest.mark.slow
def test_session_12_planted_errors_found_on_their_sentence():
    """Planted copies of eight of tests/fixtures/unseen's c* articles (whose correct English draws no finding): every
    finding, by (document, Korean sentence, rule). Not found, and so not listed: a cause dropped inside one clause (crime 3),
    법정 시한 내에 dropped (pol 6), a duration's
    30분 길어진 as 'shorter' (dip 6: the English's two '30 minutes' are matched the other way), 골대를 맞혔다
    dropped from a short sentence (sport 5), 말을 아꼈다 as 'answered reporters' questions' (court 7)."""
    assert found_on_sentences(PLANTED12) == {
        ("econ", 1, "MT-NUM-003"),  # 올라섰다 as 'fell back into the 2% range'
        ("econ", 5, "MT-NEG-002"),  # 석유류 가격은 ... 내렸다 as 'rose as international oil prices declined'
        ("econ", 6, "MT-OMIT-003"),  # 여전히 높은 수준을 유지했다 dropped
        ("econ", 7, "MT-NEG-002"),  # 늘리기로 as 'reduce'
        ("econ", 8, "KO-TERM-086"),  # 기획재정부 as 'Ministry of Strategy and Finance'
        ("econ", 9, "MT-NEG-001"),  # 줄지 않고 있다 as 'is easing'
        ("crime", 2, "KO-FORBID-031"),  # 김모(45)씨 as 'Kim Mo (45)'
        ("crime", 4, "KO-FORBID-031"),
        ("crime", 6, "MT-OMIT-003"),  # 구속영장 신청을 검토하고 있다 dropped
        ("pol", 2, "KO-TERM-166"),  # 더불어민주당 as 'Together Democratic Party'
        ("pol", 2, "KO-FORBID-032"),  # 국민의힘 as "the People's Power"
        ("pol", 3, "MT-NUM-003"),  # 4조 1천억 원을 감액 as 'increase ... by 4.1 trillion won and cut ...'
        ("pol", 4, "KO-TERM-167"),  # 조국혁신당 as 'Cho Kuk Innovation Party'
        ("dip", 3, "MT-NEG-003"),  # 우려를 표명했다 as 'expressed no concern'
        ("sport", 2, "MT-ROLE-001"),  # LAFC는 시애틀을 제압했다 as 'Seattle overpowered LAFC'
        ("court", 1, "MT-NEG-004"),  # 무죄를 선고했다 as 'convicted'
        ("court", 1, "KO-FORBID-031"),  # 박모(62)씨 as 'Park Mo (62)'
        ("court", 3, "MT-NUM-001"),  # 5천만 원 as '500 million won'
        ("court", 4, "MT-NEG-001"),  # 받아들이지 않았다 as 'the court accepted it'
        ("court", 5, "MT-NEG-004"),  # 혐의를 부인해 왔다 as 'has admitted the charges'
        ("mil", 1, "MT-NUM-001"),  # 2발 as 'three'
        ("mil", 3, "MT-NUM-001"),  # 한 달 만 as 'in a year'
        ("mil", 1, "KO-TERM-171"),  # 합동참모본부 as 'Joint Staff Headquarters'
        ("mil", 4, "MT-OMIT-001"),  # the JCS's quotation dropped
        ("mil", 5, "MT-NEG-003"),  # 규탄했다 as 'did not condemn'
        ("mil", 6, "MT-NEG-004"),  # EEZ 밖에 as 'inside its EEZ'
        ("tour", 2, "KO-TERM-164"),  # 한국관광공사 as 'Korea Tourism Corporation'
        ("tour", 2, "MT-NUM-003"),  # 17% 증가 as 'down 17%'
        ("tour", 3, "MT-OMIT-003"),  # 일본과 대만이 뒤를 이었다 dropped
        ("tour", 4, "MT-NEG-002"),  # 줄었다 as 'increased'
        ("tour", 6, "MT-NEG-001"),  # 쉽지 않을 as 'will be easy'
        ("tour", 7, "MT-REPEAT-001"),  # 'procedures procedures'
    }


PLANTED13 = Path(__file__).resolve().parent / "fixtures" / "planted13"


@pytest.mark.slow
def test_session_13_blind_round_planted_errors_found_on_their_sentence():
    """A blind tester's eight articles with 43 planted errors (planted13/answer_key.tsv; Korean sentence = English line
    - 1 here, 0-based). The first run found 28 and drew 15 false alarms (thousands written on, 7천245건, read as two
    numbers; a pair split on 주 1회 "once a week"; a possessive counted as another spelling); after the fixes of
    session 13, made on this round (so no longer blind), every finding is one of these; six of them are pack entries
    added for calques this round showed (전공의 'majors', 후판 'back plate', 완전체 'complete body', 뼈아픈
    'bone-painful', 총책 'General Book', 경계 'boundary'). Not found: a clause dropped with no number or name
    (housing 6, kpop 4, doctors 11: the Korean without it gains a cosine of only 0.027-0.040), a fragment (doctors 9)."""
    assert found_on_sentences(PLANTED13 / "pairs") == {
        ("battery", 1, "MT-NUM-001"),  # 2조 원 as '200 billion won'
        ("battery", 7, "KO-TERM-122"),  # 포스코퓨처엠 as 'POSCO Future Em'
        ("battery", 8, "MT-OMIT-003"),  # the concessive clause (캐즘에도 불구하고) dropped
        ("battery", 9, "KO-TERM-001"),  # 소부장 as 'small managers'
        ("battery", 11, "KO-TERM-029"),  # 양극재 left in Korean
        ("battery", 11, "MT-HANGUL-001"),
        ("doctors", 6, "MT-NEG-001"),  # 않으면 복귀하지 않겠다 as 'will return unless'
        ("doctors", 12, "MT-NAME-001"),  # 김성주 as 'Kim Seong-ju' and 'Kim Sung-joo'
        ("drugs", 2, "MT-NUM-001"),  # 이 중 14명을 구속했다 dropped
        ("drugs", 4, "MT-NUM-001"),  # 660억 원 as '6.6 billion won'
        ("drugs", 7, "MT-OMIT-001"),  # a sentence dropped
        ("drugs", 11, "MT-NUM-003"),  # 9.5% 늘었다 as 'down 9.5%'
        ("election", 2, "KO-TERM-168"),  # 중앙선거관리위원회 as 'Central Election Management Committee'
        ("election", 5, "MT-NEG-004"),  # 5일 오전 as 'the afternoon of the 5th'
        ("election", 6, "MT-REPEAT-001"),  # 'the the'
        ("election", 8, "MT-NEG-003"),  # 패배를 인정하며 as 'refused to admit defeat'
        ("election", 11, "MT-NUM-001"),  # 두 번째로 높았다 as 'the highest'
        ("heat", 2, "MT-NUM-001"),  # 오후 4시 as '4 a.m.'
        ("heat", 6, "MT-OMIT-003"),  # 사망자는 12명으로 집계됐다 dropped
        ("heat", 6, "MT-NUM-001"),
        ("heat", 7, "MT-NUM-001"),  # 42만 마리 as '42,000'
        ("heat", 8, "MT-NUM-001"),  # a sentence cut to a fragment before 93.8GW
        ("heat", 8, "MT-OMIT-003"),
        ("heat", 11, "MT-HANGUL-001"),  # 무더위쉼터 left in Korean
        ("housing", 3, "MT-NUM-004"),  # 0.03%포인트 as '0.03%'
        ("housing", 5, "KO-FORBID-018"),  # 전세 as 'full rent'
        ("housing", 7, "MT-NUM-001"),  # 2021년 as '2012'
        ("housing", 10, "MT-NUM-003"),  # 0.02% 하락 as 'rose 0.02%'
        ("housing", 12, "MT-NAME-001"),  # 윤 랩장 as 'Yun' after 'Yoon Ji-hae'
        ("kpop", 3, "MT-NUM-001"),  # 1천45억 원 as '1.045 trillion won'
        ("kpop", 8, "MT-NEG-002"),  # 낮추겠다 as 'increase'
        ("kpop", 11, "MT-HANGUL-001"),  # 전 거래일 left in Korean
        ("ships", 2, "MT-NUM-001"),  # 3일 as 'the 13th'
        ("ships", 3, "MT-NUM-001"),  # 3천억 원 as '30 billion won'
        ("ships", 8, "MT-OMIT-001"),  # a sentence dropped
        ("ships", 11, "MT-NAME-002"),  # 한화오션 as 'Hanhwa Ocean'
        # pack entries added after this round
        ("doctors", 3, "KO-FORBID-027"),  # 전공의 as 'majors'
        ("drugs", 8, "KO-FORBID-034"),  # 총책 as 'General Book'
        ("election", 9, "KO-FORBID-037"),  # 뼈아픈 as 'bone-painful'
        ("heat", 5, "KO-FORBID-036"),  # '경계' as 'boundary'
        ("kpop", 7, "KO-FORBID-035"),  # 완전체 as 'complete body'
        ("ships", 9, "KO-FORBID-033"),  # 후판 as 'back plate'
    }


PLANTED14 = Path(__file__).resolve().parent / "fixtures" / "planted14"


@pytest.mark.slow
def test_session_13_second_blind_round_planted_errors_found_on_their_sentence():
    """The second blind round's 40 planted errors (planted14/answer_key.tsv). On its first run (commit 4af064d) 25 were
    found, 2 vaguely, 13 missed, with one false alarm ('Captain Kim' read as a given name first). After the fixes made on
    it (no longer blind: one-word name variants, surnames alone spelled two ways, 흑자로 돌아섰다 / 사들였다 / 협의 없이
    said the other way, and pack entries for the calques it showed), every finding is one of these, and each planted
    error has one; two only by a side effect: the dropped condition of insurance 9 by its missing number (4세대), the
    sentence of nuclear 9 cut before its negation as a lost negation."""
    assert found_on_sentences(PLANTED14 / "pairs") == {
        ("admission", 1, "MT-NUM-001"),  # 3일 as 'the 13th'
        ("admission", 4, "KO-FORBID-040"),  # 학생부종합전형 as 'student department comprehensive type'
        ("admission", 6, "MT-OMIT-003"),  # the second half (농어촌 특별전형 정원은 늘리기로) dropped
        ("admission", 8, "MT-NEG-004"),  # 충분한 협의 없이 as 'after sufficient consultation'
        ("admission", 11, "MT-REPEAT-001"),  # 'the the'
        ("diplomacy", 1, "MT-NUM-001"),  # 4박 5일 as 'five weeks'
        ("diplomacy", 2, "KO-TERM-176"),  # 국무장관 as 'Minister of State'
        ("diplomacy", 5, "MT-NAME-001"),  # 박 장관 as 'Minister Bak' after 'Park'
        ("diplomacy", 7, "MT-NEG-004"),  # 반대한다 as 'support'
        ("diplomacy", 8, "MT-OMIT-001"),  # a sentence dropped
        ("flood", 2, "MT-NUM-001"),  # 오전 6시 as '6 p.m.'
        ("flood", 8, "KO-FORBID-039"),  # 총력을 다하라 as 'do total power'
        ("flood", 9, "MT-OMIT-001"),  # a sentence dropped
        ("flood", 10, "MT-NAME-001"),  # 이 장관 as 'Minister Yi' after 'Lee'
        ("flood", 11, "MT-NEG-001"),  # 집계되지 않았다 as 'has been tallied'
        ("game", 4, "MT-NUM-001"),  # 3위 as 'first'
        ("game", 5, "MT-NEG-004"),  # 흑자로 돌아섰다 as 'turned to a deficit'
        ("game", 6, "KO-FORBID-041"),  # 명운을 걸고 as 'hanging the company's life and luck'
        ("game", 8, "MT-FRAG-004"),  # fragment: 이용자 반발이 나올 수 있다는 지적도 있다 as 'However, due to the high proportion of loot box items.'
        ("game", 8, "MT-OMIT-003"),  # a sentence cut to a fragment
        ("game", 11, "MT-NAME-001"),  # 'Netmable' beside 'Netmarble'
        ("insurance", 5, "MT-NUM-001"),  # 1조9천700억원 as '197 billion won'
        ("insurance", 6, "KO-FORBID-038"),  # 손해율 as 'damage rate'
        ("insurance", 7, "MT-HANGUL-001"),  # 과잉진료 left in Korean
        ("insurance", 9, "MT-NUM-001"),  # the condition (4세대로 전환하면) dropped, found by its number only
        ("insurance", 11, "MT-NEG-004"),  # 반대 입장 as 'support'
        ("nuclear", 1, "KO-TERM-174"),  # 원자력안전위원회 as 'Atomic Energy Safety Committee'
        ("nuclear", 2, "MT-NUM-001"),  # the clause with 2023년 4월 and 40년 dropped
        ("nuclear", 2, "MT-OMIT-003"),
        ("nuclear", 5, "MT-NUM-001"),  # 48억 kWh as '480 million'
        ("nuclear", 9, "MT-NEG-001"),  # a sentence cut before its negation
        ("nuclear", 11, "MT-NAME-001"),  # 황 사장 as 'President Whang' after 'Hwang'
        ("scam", 5, "MT-OMIT-003"),  # the quoted reason dropped
        ("scam", 6, "MT-NAME-001"),  # 총책 최씨 as 'Choe' after 'Choi'
        ("scam", 8, "MT-NEG-001"),  # 요구하지 않는다 as 'requests'
        ("scam", 9, "MT-HANGUL-001"),  # 적색수배 left in Korean
        ("scam", 10, "MT-NUM-001"),  # 2억3천만원 as '23 million won'
        ("stocks", 3, "MT-NUM-001"),  # the second clause (기관은 2천100억원어치를 순매수) dropped
        ("stocks", 3, "MT-OMIT-003"),
        ("stocks", 4, "MT-NEG-004"),  # 사들이며 as 'sold'
        ("stocks", 6, "MT-NAME-002"),  # SK하이닉스 as 'SK Hynicks'
        ("stocks", 9, "KO-TERM-175"),  # 연방준비제도 as 'Federal Preparation System'
        ("stocks", 10, "MT-REPEAT-001"),  # 'for for'
    }


PLANTED15 = Path(__file__).resolve().parent / "fixtures" / "planted15"


@pytest.mark.slow
def test_session_13_third_blind_round_planted_errors_found_on_their_sentence():
    """The third blind round's 40 planted errors (planted15/answer_key.tsv). On its first run (commit 1bab1ed) 23 were
    found, 2 vaguely, 15 missed, with two false alarms ('Company A.' read as a sentence cut after the article 'a';
    'rejected' not read as a negation). After the fixes made on it (no longer blind: 6주의 as weeks, 무혐의 'indicted',
    the two false alarms, and pack entries for the names and calques it showed), every finding is one of these. Not
    found: a modifier dropped (수요가 부진한, airline 8), 사지 않는 일이 없도록 (energy 9), a condition dropped (A사가
    항소하면, lawsuit 10); the fragment of jobs 10 is found by its missing number only."""
    assert found_on_sentences(PLANTED15 / "pairs") == {
        ("airline", 1, "KO-TERM-178"),  # 티웨이항공 as 'Tiwei Hanggong'
        ("airline", 2, "MT-NUM-001"),  # 오전 10시 20분 as p.m.
        ("airline", 7, "KO-FORBID-047"),  # 증편 as 'increase the editions'
        ("airline", 11, "MT-NUM-003"),  # 18단계에서 16단계로 내려간다 as 'rise from level 18 ... to level 16'
        ("disaster", 2, "KO-TERM-177"),  # 산림청 as 'Mountain Forest Office'
        ("disaster", 3, "MT-NUM-001"),  # 오전 11시 25분께
        ("disaster", 8, "MT-OMIT-001"),  # a sentence dropped
        ("disaster", 10, "MT-NEG-001"),  # 철수하지 않겠다 as 'will withdraw ... until'
        ("disaster", 12, "MT-HANGUL-001"),  # 성묘객 left in Korean
        ("energy", 2, "MT-NEG-004"),  # 규제를 완화하기로 as tightening
        ("energy", 5, "MT-HANGUL-001"),  # 급속충전기 left in Korean
        ("energy", 7, "MT-OMIT-001"),  # a sentence dropped
        ("energy", 9, "MT-NUM-004"),  # 0.6%포인트 as percent
        ("hearing", 0, "KO-FORBID-045"),  # 도마 위 as 'on the chopping board'
        ("hearing", 4, "MT-NUM-001"),  # 3억 4천만 원
        ("hearing", 8, "MT-REPEAT-001"),  # a repeated word
        ("hearing", 10, "MT-NEG-004"),  # 채택에 반대했다 as 'supported'
        ("hearing", 12, "MT-NAME-001"),  # 박 의원 spelled two ways
        ("jobs", 4, "MT-NUM-003"),  # 0.2%포인트 내렸다 as a rise
        ("jobs", 5, "MT-NUM-001"),  # 45.1%
        ("jobs", 9, "KO-FORBID-046"),  # 구직단념자 as 'job abandoners'
        ("jobs", 10, "MT-FRAG-004"),  # fragment: 청년은 41만 명에 달했다 as 'The number of young people who "just rested" ...' (no verb)
        ("jobs", 10, "MT-NUM-001"),  # a sentence cut to a fragment before 41만 명
        ("jobs", 12, "MT-REPEAT-001"),  # a repeated word
        ("lawsuit", 1, "MT-NAME-001"),  # 윤서하 spelled two ways
        ("lawsuit", 2, "KO-FORBID-044"),  # 민사합의32부 as 'Civil Agreement Division 32'
        ("lawsuit", 3, "MT-NUM-001"),  # 7억 8천만 원
        ("lawsuit", 8, "MT-NEG-004"),  # 무혐의 as 'indicted'
        ("retail", 3, "MT-NUM-003"),  # 0.8% 감소 as a rise
        ("retail", 5, "MT-NUM-001"),  # 7조 1천250억 원
        ("retail", 7, "KO-FORBID-042"),  # 객단가 as 'guest unit price'
        ("retail", 8, "MT-OMIT-003"),  # the reason (명품 수요가 둔화하면서) dropped
        ("retail", 10, "MT-NAME-001"),  # 김 과장 spelled two ways
        ("school", 4, "MT-NUM-001"),  # 전치 6주 as 'six months'
        ("school", 5, "MT-OMIT-003"),  # the second half (SNS에 올리기도 했다) dropped
        ("school", 7, "MT-NEG-001"),  # 분리 조치를 하지 않았다 as done
        ("school", 10, "KO-FORBID-043"),  # 촉법소년 as 'touch-law boys'
        ("school", 12, "MT-NAME-001"),  # 정 교육감 spelled two ways
    }


PLANTED16 = Path(__file__).resolve().parent / "fixtures" / "planted16"


@pytest.mark.slow
def test_session_14_blind_round_planted_errors_found_on_their_sentence():
    """Session 14's blind round: 40 planted errors (planted16/answer_key.tsv; its lines are the Korean's, 1-based). On the
    first run (commit 80169de) 22 were found, 2 vaguely, 16 missed, no false alarm but 1천142조 3천억 원 read as two numbers.
    After the fixes made on it (no longer blind: thousands of 조, relative dates, 동결/종전과 같았다 said as a change,
    한 달 빠른 as 'later', 1패 as a draw, 'O Se-hun', a sentence that lost its verb of saying, and pack entries for the
    names and calques it showed), every finding is one of these. Not found: a modifier dropped (섣부른 인하, economy_rates
    11); 검사 결과를 기다리지 않고 dropped is found as a lost negation only (health_flu 9)."""
    assert found_on_sentences(PLANTED16 / "pairs") == {
        ("baseball", 3, "MT-NEG-004"),  # 4승 1패 as 'one draw'
        ("baseball", 4, "KO-FORBID-048"),  # 5피안타 as 'five blood hits'
        ("baseball", 7, "MT-NAME-001"),  # 문보경 spelled two ways
        ("baseball", 8, "MT-REPEAT-001"),  # a repeated word
        ("baseball", 9, "KO-FORBID-051"),  # 공을 돌렸다 as 'turned the ball over'
        ("court_embezzlement", 1, "KO-FORBID-044"),  # 형사합의25부 as 'Criminal Agreement Division 25'
        ("court_embezzlement", 2, "MT-NUM-001"),  # 2023년 as 2021
        ("court_embezzlement", 8, "MT-NEG-004"),  # 무죄 as 'guilty'
        ("court_embezzlement", 9, "MT-NEG-001"),  # the clause 공사대금을 받지 못한 dropped
        ("court_embezzlement", 9, "MT-NUM-001"),
        ("court_embezzlement", 9, "MT-OMIT-003"),
        ("court_embezzlement", 11, "MT-HANGUL-001"),  # 형량 left in Korean
        ("defence_missile", 1, "KO-TERM-171"),  # 합동참모본부 as 'Joint Staff Headquarters'
        ("defence_missile", 2, "MT-NUM-001"),  # 약 20분 간격으로 dropped
        ("defence_missile", 3, "MT-NUM-001"),  # 350㎞ as miles
        ("defence_missile", 9, "MT-NEG-004"),  # EEZ 밖에 as 'inside'
        ("defence_missile", 11, "MT-FRAG-003"),  # 'The Ministry of National Defense, the combined exercise as planned.'
        ("economy_rates", 1, "KO-TERM-179"),  # 금융통화위원회 as 'Financial Currency Committee'
        ("economy_rates", 6, "MT-NEG-004"),  # 2.3%로 종전과 같았다 as 'raised to 2.3%'
        ("economy_rates", 7, "MT-NUM-001"),  # 1천142조 3천억 원 as 114.23 trillion
        ("economy_rates", 9, "MT-NAME-001"),  # 이 총재 as 'Governor Yi'
        ("health_flu", 2, "KO-FORBID-049"),  # 인플루엔자 의사환자 as 'influenza doctor patients'
        ("health_flu", 3, "MT-NEG-004"),  # 한 달 빠른 as 'a month later'
        ("health_flu", 8, "MT-NUM-001"),  # 4월 30일 as April 13
        ("health_flu", 9, "MT-NEG-001"),  # 검사 결과를 기다리지 않고 dropped
        ("health_flu", 10, "MT-HANGUL-001"),  # 기침 예절 left in Korean
        ("seoul_budget", 1, "MT-NUM-001"),  # 48조 1천억 원 as billion
        ("seoul_budget", 5, "KO-TERM-181"),  # 기후동행카드 as 'Climate Accompanying Card'
        ("seoul_budget", 7, "MT-OMIT-001"),  # a sentence dropped
        ("seoul_budget", 9, "MT-NEG-004"),  # 다음 달 16일 as 'the 16th of this month'
        ("seoul_budget", 11, "MT-NAME-001"),  # 'Mayor O Se-hun' after 'Oh Se-hoon'
        ("shipbuilding", 1, "MT-NUM-001"),  # 17만4천㎥ as 17,400
        ("shipbuilding", 3, "KO-TERM-180"),  # HD현대삼호 as 'HD Hyundai Samsung'
        ("shipbuilding", 5, "KO-FORBID-050"),  # 대중국 견제 as 'large-China restraint'
        ("shipbuilding", 9, "MT-REPEAT-001"),  # a repeated word
        ("shipbuilding", 11, "MT-FRAG-003"),  # the quote lost: 'A company official, continuing ...'
        ("typhoon", 1, "MT-NUM-001"),  # 오전 10시 as p.m.
        ("typhoon", 3, "KO-FORBID-052"),  # '강' 등급 as a 'river' grade
        ("typhoon", 5, "MT-HANGUL-001"),  # 산지 left in Korean
        ("typhoon", 8, "MT-OMIT-001"),  # a sentence dropped
        ("typhoon", 11, "MT-NEG-003"),  # 이어질 것 as 'would not persist'
    }


PLANTED17 = Path(__file__).resolve().parent / "fixtures" / "planted17"


@pytest.mark.slow
def test_session_14_second_blind_round_planted_errors_found_on_their_sentence():
    """Session 14's second blind round (planted17/answer_key.tsv). On its first run (commit 65dadc6) 25 were found, 1
    vaguely (2인 1조 read as a trillion), 14 missed, no false alarm. After the fixes made on it (no longer blind: 2인 1조,
    무승, 전반/후반 and 상반기/하반기 said the other way, a time word judged in a negated sentence too, romanised Korean left
    in the English, and pack entries for the names and calques it showed; in session 15 the dropped condition check), every
    finding is one of these. Not found: a quotation dropped (earnings 6), 한화진 as 'Hanwha
    Jin' (a person read as a company, cupdeposit 8), a verbless sentence whose Korean verb is not one of saying (kpop 8)."""
    assert found_on_sentences(PLANTED17 / "pairs") == {
        ("cupdeposit", 1, "MT-NUM-001"),  # 내년 1월부터 as "starting in February next year"
        ("cupdeposit", 5, "MT-NUM-001"),  # a modifier with a number dropped
        ("cupdeposit", 5, "MT-OMIT-003"),
        ("cupdeposit", 6, "MT-REPEAT-001"),  # "stores stores"
        ("cupdeposit", 7, "MT-NEG-001"),  # 지키지 않는 업체 as "Businesses that comply"
        ("earnings", 2, "MT-NUM-001"),  # 16조 4천233억 원 as billion
        ("earnings", 3, "KO-FORBID-019"),  # 흑자 전환 as "black letters"
        ("earnings", 9, "MT-NAME-001"),  # 김우현 spelled two ways
        ("earnings", 11, "MT-NUM-003"),  # 1.8% 감소 as "up 1.8%"
        ("football", 2, "MT-NUM-001"),  # 2-1 as 2-0
        ("football", 5, "MT-NAME-001"),  # 주민규 spelled two ways
        ("football", 6, "MT-NEG-004"),  # 후반 11분 as "the first half" (in a sentence with a negation)
        ("football", 10, "MT-NUM-001"),  # the condition with 승점 dropped
        ("football", 10, "MT-OMIT-003"),
        ("football", 10, "MT-OMIT-007"),  # 남은 4경기에서 2승만 거두면 dropped (a plain …면 condition)
        ("football", 11, "MT-NEG-004"),  # 5경기 연속 무승 as "five consecutive wins"
        ("kpop", 1, "KO-FORBID-056"),  # 기록을 갈아치웠다 as "replacing its own highest record"
        ("kpop", 4, "MT-NUM-001"),  # 오후 6시 as 6 a.m.
        ("kpop", 5, "MT-HANGUL-001"),  # 작사 left in Korean
        ("kpop", 7, "MT-NEG-001"),  # 생중계되지 않는다 as "will also be broadcast live"
        ("realestate", 2, "MT-NUM-001"),  # 0.19% as 0.91%
        ("realestate", 3, "MT-NUM-001"),  # 9개월 as "nine weeks"
        ("realestate", 6, "KO-FORBID-053"),  # 신고가 as "new report price"
        ("realestate", 7, "MT-NEG-001"),  # 벗어나지 못했다 as "finally escaping"
        ("realestate", 11, "MT-OMIT-007"),  # 가계부채 증가세가 가팔라질 경우 dropped (found since session 15)
        ("recall", 2, "MT-NUM-001"),  # 14만2천310대
        ("recall", 3, "MT-NEG-001"),  # 작동하지 않을 as "may operate properly"
        ("recall", 5, "KO-TERM-182"),  # 한국지엠 as "Korea GEM"
        ("recall", 8, "MT-NUM-001"),  # the day the repairs start
        ("recall", 9, "KO-FORBID-055"),  # 자비로 as "with mercy"
        ("squid", 3, "MT-NUM-001"),  # a number changed, and the clause around it
        ("squid", 3, "MT-OMIT-003"),
        ("squid", 7, "KO-TERM-183"),  # 한국농수산식품유통공사 word by word
        ("squid", 8, "KO-FORBID-057"),  # 기름값도 안 나온다 as "the oil price doesn't even come out"
        ("squid", 9, "MT-HANGUL-002"),  # 채낚기 as "chaenakki"
        ("squid", 11, "MT-NUM-001"),  # a duration in another unit
        ("strike", 2, "MT-NEG-001"),  # 철회하지 않으면 as "If the management withdraws"
        ("strike", 3, "MT-NUM-001"),  # 1천372
        ("strike", 7, "KO-FORBID-058"),  # 2인 1조 as "two-person one-trillion work"
        ("strike", 9, "MT-NUM-001"),  # a time changed
        ("strike", 11, "KO-FORBID-054"),  # 전세버스 as "jeonse buses"
    }


PLANTED18 = Path(__file__).resolve().parent / "fixtures" / "planted18"


@pytest.mark.slow
def test_session_14_third_blind_round_planted_errors_found_on_their_sentence():
    """Session 14's third blind round (planted18/answer_key.tsv). On its first run (commit 8bc6b2b) 21 were found, none
    vaguely, 19 missed, no false alarm. After the fixes made on it (no longer blind: N년 늦춰질 as 'bring forward',
    다음 주 as 'next month', 가장 낮았다 as 'the highest', 1세트를 내줬지만 as 'won the first set', a family name translated
    as a word ('River Jun-seok'), romanised Korean across a space (군 복무 'gunbokmu'), and pack entries for the names and
    calques it showed; in session 15 a year the Korean names itself no longer renders 지난해), every finding is one of
    these. Not found: a modifier dropped (저소득, pension 11), a subject and a participle with no main verb (pharma 5), a quotation cut
    short (births 9), a team name written as one word once (volleyball 6)."""
    assert found_on_sentences(PLANTED18 / "pairs") == {
        ("admission", 2, "MT-NUM-001"),  # 1단계에서 수능 성적으로 모집 인원의 2배수를 선발 as 'three times the number'
        ("admission", 3, "KO-FORBID-040"),  # 교과 평가는 학교생활기록부의 과목별 성취도와 세부능 as 'school life record book'
        ("admission", 6, "MT-NEG-001"),  # 다만 의과대학 모집 인원은 아직 확정되지 않아 추후 as 'has been finalized'
        ("admission", 8, "KO-FORBID-061"),  # 입시업계는 재수생과 검정고시 출신 수험생에게 다소  as 'lucky students'
        ("admission", 10, "MT-NUM-001"),  # 교육부는 대학들이 입학전형 시행계획을 입학 연도 1 as 'one year and ten days'
        ("births", 1, "MT-NUM-001"),  # 통계청이 26일 발표한 '2024년 출생 통계'에  as '2.383 million'
        ("births", 6, "KO-FORBID-059"),  # 시도별로는 세종이 1.03명으로 가장 높았고, 서울 as 'King Sejong'
        ("births", 8, "MT-NEG-004"),  # 반면 셋째아 이상은 7.4%로 통계 작성 이후 가장 as 'the highest since statistics began'
        ("births", 10, "MT-NEG-003"),  # 저출산고령사회위원회는 올해 출생아 수가 25만 명을 as 'will not exceed 250,000'
        ("fraud", 3, "MT-NEG-004"),  # 지난해 12월 as 'December this year' beside 2022 (found since session 15)
        ("fraud", 4, "MT-HANGUL-001"),  # 조직은 캄보디아 프놈펜에 콜센터 형태의 사무실을 차 as 'recruited 한국인 members'
        ("fraud", 5, "MT-NUM-001"),  # 조직원들은 피해자와 2~3주간 친분을 쌓은 뒤 가상 as 'two to three months'
        ("fraud", 7, "KO-FORBID-062"),  # 경찰은 범죄수익 가운데 48억 원을 기소 전 추징보 as 'took pre-prosecution chase-preservation '
        ("fraud", 8, "MT-REPEAT-001"),  # 해외에 체류 중인 공범 9명에 대해서는 인터폴 적색 as 'staying staying abroad'
        ("hospital", 2, "MT-NUM-003"),  # 이는 지난달 말보다 1.2%포인트 오른 수치지만 정 as '1.2 percentage points lower'
        ("hospital", 5, "MT-NEG-001"),  # 대한의사협회는 "정부가 의대 증원 규모를 원점에서  as '"We will not respond to dialogue."'
        ("hospital", 5, "MT-OMIT-003"),
        ("hospital", 5, "MT-OMIT-007"),  # 재논의하지 않으면 dropped (a plain …면 condition)
        ("hospital", 6, "MT-NUM-001"),  # 정부는 2026학년도 의대 모집 인원을 증원 이전  as '3,580'
        ("hospital", 10, "KO-TERM-184"),  # 충북대병원은 지난주부터 소아청소년과 신규 환자를 받 as 'Department of Children and Youth'
        ("hospital", 11, "MT-NEG-004"),  # 복지부는 다음 주 수련병원장들과 간담회를 열어 추가 as 'next month'
        ("pension", 3, "MT-NUM-001"),  # 소득대체율은 올해 41.5%에서 내년 43%로 상향 as '34%'
        ("pension", 4, "MT-NEG-004"),  # 보건복지부는 이번 개혁으로 기금 고갈 시점이 205 as 'bring forward the fund's depletion date'
        ("pension", 5, "MT-NEG-003"),  # 국가가 연금 지급을 보장한다는 내용도 법률에 명시됐 as 'The law also does not specify'
        ("pension", 7, "MT-HANGUL-002"),  # 군 복무 크레디트 인정 기간도 현행 6개월에서 12 as 'gunbokmu credit'
        ("pharma", 3, "MT-NUM-001"),  # 앞서 진행된 임상 2상에서 투약군은 24주 만에 체 as '24 days'
        ("pharma", 6, "KO-TERM-156"),  # 셀트리온은 2028년 상반기까지 임상을 마치고 같은 as 'complete the trial by the first half of '
        ("pharma", 6, "MT-OMIT-003"),
        ("pharma", 8, "KO-TERM-185"),  # 현재 시장은 미국 일라이릴리와 덴마크 노보노디스크가 as 'Novo Nordic'
        ("pharma", 10, "KO-FORBID-060"),  # 다만 업계에서는 장기 복용 시 간 독성 등 안전성  as 'salt toxicity'
        ("port", 1, "MT-NUM-001"),  # 부산항만공사는 올해 상반기 부산항 컨테이너 물동량이 as 'up 8.5%'
        ("port", 3, "KO-FORBID-063"),  # 이 가운데 다른 나라 화물을 부산항에서 옮겨 싣는  as 'transfer goods-movement volume'
        ("port", 4, "MT-NUM-003"),  # 수출입 물동량은 540만 TEU로 3.0% 증가하는 as 'fell 3.0%'
        ("port", 7, "MT-NAME-005"),  # 강준석 부산항만공사 사장은 "하반기에도 미국 관세  as 'River Jun-seok'
        ("port", 10, "MT-NUM-001"),  # 부산항은 싱가포르, 닝보저우산 등에 이어 세계 7위 as 'about fourth in the world'
        ("volleyball", 2, "MT-NUM-001"),  # 이로써 흥국생명은 시리즈 전적 3승 2패로 6년 만 as 'reached the top for the sixth time'
        ("volleyball", 5, "MT-NEG-004"),  # 흥국생명은 1세트를 내줬지만 2, 3세트를 연달아  as 'won the first set'
        ("volleyball", 8, "MT-NUM-001"),  # 경기 시간은 2시간 28분으로 이번 시즌 챔피언결정 as '2 hours and 48 minutes'
        ("volleyball", 10, "MT-NEG-001"),  # 마르첼로 아본단자 흥국생명 감독은 "선수들이 끝까지 as 'The players gave up until the end'
    }


PLANTED19 = Path(__file__).resolve().parent / "fixtures" / "planted19"


@pytest.mark.slow
def test_session_14_fourth_blind_round_planted_errors_found_on_their_sentence():
    """Session 14's fourth blind round (planted19/answer_key.tsv, 30 planted). On its first run (commit 5303632) 16 were
    found, 2 vaguely, 12 missed, one false alarm (MT-ROLE-001 reading 160여 점밖에 as a party), and a Korean sentence
    with 공유하기로 was dropped as a share button. After the fixes made on it (no longer blind: that sentence, 1천620만4천,
    늘렸다/줄였다 as change words, 어려울 as 'easily', 제외된다 as 'subject to', a quoted romanised word, and pack entries),
    every finding is one of these. Not found: 어려울 것 in a sentence that also negates (museum 6), a condition dropped
    (museum 7), 5호 as 'five more' (satellite 10), a ministry's name calqued (finedust 8), 받아들여지지 않았다 as
    'accepted' beside the quote's own negations (deepfake 4), a sentence that lost its verb (deepfake 8)."""
    assert found_on_sentences(PLANTED19 / "pairs") == {
        ("deepfake", 1, "KO-FORBID-066"),  # 주심 오경미 대법관 as 'Chief Justice Oh Kyung-mi'
        ("deepfake", 3, "MT-NUM-003"),  # 형량을 2년 늘렸다 as 'reduced the sentence by two years'
        ("deepfake", 10, "MT-NUM-001"),  # 10대 as 'in their 20s'
        ("drunkdriving", 2, "MT-NUM-001"),  # 30분 단위로 as 'every 3 minutes'
        ("drunkdriving", 3, "MT-REPEAT-001"),  # 하루 평균 385건 as 'an average of of 385 cases'
        ("drunkdriving", 5, "MT-OMIT-001"),  # 음주운전 사고로 인한 사망자는 같은 기간 3 as '(sentence missing; English has 10 lines)'
        ("drunkdriving", 9, "MT-NAME-001"),  # 김수환 국장 as 'Director Kim Soo-hwan (line 9: Kim Su-hw'
        ("drunkdriving", 10, "MT-NEG-004"),  # 내년 2월 중 as 'in February this year'
        ("finedust", 1, "MT-NUM-001"),  # 4개월간 as 'for three months'
        ("finedust", 4, "MT-NEG-004"),  # 단속 대상에서 제외된다 as 'are also subject to enforcement'
        ("finedust", 6, "MT-NUM-003"),  # 26% 낮아졌다 as '26% higher'
        ("finedust", 10, "MT-HANGUL-002"),  # '나쁨' 일수 as ''nappeum' ultrafine dust days'
        ("museum", 1, "MT-NAME-001"),  # 15만3천420명 as '15,342'
        ("museum", 1, "MT-NUM-001"),
        ("museum", 5, "MT-NUM-001"),  # 4주 동안 as 'four days'
        ("museum", 10, "MT-NEG-004"),  # 다음 달 중순부터 as 'from the middle of last month'
        ("satellite", 1, "MT-NUM-001"),  # 오전 3시 18분 as '3:18 p.m.'
        ("satellite", 7, "KO-TERM-186"),  # 한국항공우주산업(KAI) as 'Korea Aviation Space Industries (KAI)'
        ("satellite", 8, "MT-NEG-004"),  # 내년 상반기부터 as 'from the second half of next year'
        ("satellite", 9, "KO-FORBID-065"),  # 이상이 발견되면 as 'if an ideal is found'
        ("tourism", 1, "MT-NUM-001"),  # 1천620만4천 명 as '1,620,400'
        ("tourism", 4, "MT-NUM-001"),  # 각각 3위와 4위 as 'ranked second and third'
        ("tourism", 6, "MT-NEG-002"),  # 소폭 감소했다 as 'a slight increase'
        ("tourism", 8, "MT-HANGUL-001"),  # 문체부 장관 as 'Minister of 문체부'
        ("tourism", 10, "KO-FORBID-064"),  # 과잉관광 as 'surplus tourism'
    }


PLANTED20 = Path(__file__).resolve().parent / "fixtures" / "planted20"


@pytest.mark.slow
def test_session_15_planted_errors_of_news_found_on_their_sentence():
    """Session 15's blind round, news (planted20/answer_key.tsv, 30 planted). On its first run (commit 118fb92) 19 were
    found, none vaguely, 11 missed, no false alarm. After the fixes made on it (no longer blind: a dropped condition,
    낮 12시 as '12 a.m.', 10분의 1로 as 'by one-tenth', 1무 as 'one win', 성능 저하 없이 as 'with', and pack entries for 원내대변인 and 공사 현장),
    every finding is one of these (sentences counted from the headline, 0). Not found: 우려 ... 키울 as 'expectations
    ... ease' (industry_battery 8), 빠졌다 as 'was retained' (politics_birthrate 4), a sentence that lost its verb (society_heatwave 9), 시즌 최다인
    dropped (sports_kleague 8). The claim added (society_heatwave 10) is found since session 16 (MT-OMIT-008)."""
    assert found_on_sentences(PLANTED20 / "pairs") == {
        ("econ_exports", 2, "MT-NUM-003"),  # imports 감소 as 'increased 2.1%'
        ("econ_exports", 6, "MT-NUM-001"),  # 118억 달러 as '$1.18 billion'
        ("econ_exports", 7, "MT-NEG-004"),  # 하반기 as 'the first half'
        ("econ_exports", 9, "MT-OMIT-003"),  # 미국의 관세 인상이 현실화될 경우 dropped
        ("econ_exports", 9, "MT-OMIT-007"),
        ("econ_exports", 10, "KO-TERM-001"),  # 소부장 as 'small manager'
        ("industry_battery", 2, "MT-NUM-001"),  # a year changed
        ("industry_battery", 3, "MT-NUM-001"),  # GWh as 'MWh'
        ("industry_battery", 5, "KO-TERM-002"),  # 미래먹거리 as 'future food'
        ("industry_battery", 9, "MT-NAME-001"),  # the company spelled two ways
        ("politics_birthrate", 1, "MT-NUM-001"),  # the lawmakers present
        ("politics_birthrate", 5, "KO-TERM-193"),  # 원내대변인 as 'floor leader'
        ("politics_birthrate", 6, "MT-OMIT-001"),  # a whole sentence dropped
        ("politics_birthrate", 8, "MT-NEG-001"),  # a negation lost in a quotation
        ("science_catalyst", 1, "MT-NUM-005"),  # 10분의 1로 as 'by one-tenth'
        ("science_catalyst", 2, "MT-NUM-001"),  # the month of the issue
        ("science_catalyst", 3, "MT-NEG-001"),  # 성능 저하 없이 as 'with performance degradation'
        ("science_catalyst", 7, "MT-NAME-001"),  # 정 박사 as 'Dr. Chung' beside 'Jeong'
        ("science_catalyst", 10, "MT-REPEAT-001"),  # 'the the'
        ("society_heatwave", 4, "MT-NUM-001"),  # 낮 12시 as '12 a.m.'
        ("society_heatwave", 5, "KO-TERM-194"),  # 공사 현장 as 'public corporation sites'
        ("society_heatwave", 6, "MT-HANGUL-001"),  # 쪽방촌 left in Hangul
        ("society_heatwave", 9, "MT-FRAG-004"),  # fragment: 각별한 주의가 요구된다 as 'In particular, ..., special attention to the health management ...'
        ("society_heatwave", 10, "MT-OMIT-008"),  # a claim added: 'noting that the current subsidy reaches only one in five'
        ("sports_kleague", 1, "MT-ROLE-001"),  # the winner and loser swapped
        ("sports_kleague", 4, "MT-HANGUL-002"),  # 만회골 as 'manhoegol'
        ("sports_kleague", 7, "MT-NEG-004"),  # 1무 as 'one win'
        ("sports_kleague", 9, "MT-NUM-001"),  # the day changed
    }


PLANTED21 = Path(__file__).resolve().parent / "fixtures" / "planted21"


@pytest.mark.slow
def test_session_15_planted_errors_of_industry_texts_found_on_their_sentence():
    """Session 15's blind round, industry and financial texts (planted21/answer_key.tsv, 30 planted). On its first run
    (commit 118fb92) 12 were found, none vaguely, 18 missed, one false alarm ('reduce the size of the capital increase'
    read as a rise). After the fixes made on it (no longer blind: two dropped conditions, 전 분기 대비 as 'the same
    quarter last year', 웃돌았다 as 'falling short', 4kg 이하 as 'or more', 금융감독원 as the 'Financial Services
    Commission', a name before a possessive, 'capital increase' no change word, and pack entries for the calques),
    every finding is one of these. Not found: a claim added (semicon 5: 'marking its third straight year in the red',
    which the encoder matches to the Korean's loss), a fragment without a verb (mna 4). The claim added in local 4 is
    found since session 16 (MT-OMIT-008); 한미반도체 as 'Korea-US Semiconductor' (semicon 8) since session 17 (MT-NAME-007)."""
    assert found_on_sentences(PLANTED21 / "pairs") == {
        ("battery", 1, "MT-NUM-003"),  # a fall said as 'rose 38%'
        ("battery", 3, "MT-NUM-001"),  # 3,600억 as '3.6 trillion'
        ("battery", 5, "KO-TERM-187"),  # 각형 as 'square batteries'
        ("battery", 7, "KO-TERM-002"),  # 차세대 먹거리 as 'next-generation food'
        ("battery", 9, "MT-OMIT-007"),  # 중국 업체들의 저가 공세가 지속될 경우 dropped
        ("earnings", 2, "KO-TERM-189"),  # 연결 기준 as 'on a connection basis'
        ("earnings", 3, "MT-NEG-004"),  # 웃돌았다 as 'falling short'
        ("earnings", 6, "MT-HANGUL-001"),  # 법인세 left in Hangul
        ("earnings", 9, "MT-NAME-001"),  # 'Hankyul Bio' beside 'Hangyeol Bio'
        ("earnings", 10, "MT-NEG-001"),  # a negation lost
        ("local", 3, "MT-HANGUL-001"),  # 친수 left in Hangul
        ("local", 4, "MT-OMIT-008"),  # a claim added: 'and two developers have already pulled out'
        ("local", 6, "MT-OMIT-001"),  # a whole sentence dropped
        ("local", 8, "KO-TERM-191"),  # 부산항만공사 as 'Busan Port Construction (BPA)'
        ("local", 10, "KO-TERM-192"),  # 준공 as 'break ground'
        ("mna", 2, "KO-TERM-190"),  # 실권주 as 'lost-power shares'
        ("mna", 3, "MT-NUM-001"),  # 500만 as '50 million'
        ("mna", 7, "MT-NAME-002"),  # 금융감독원 as the 'Financial Services Commission'
        ("mna", 10, "MT-OMIT-007"),  # K-방산 수출 호황이 이어지는 한 dropped
        ("policy", 1, "MT-NUM-001"),  # MW for GW
        ("policy", 2, "MT-REPEAT-001"),  # 'of of'
        ("policy", 3, "MT-NEG-004"),  # 4kg 이하 as 'or more'
        ("policy", 8, "MT-NEG-001"),  # a negation lost
        ("policy", 10, "MT-NEG-004"),  # 하반기 as 'the first half'
        ("semicon", 2, "MT-NEG-004"),  # 전 분기 대비 as 'the same quarter last year'
        ("semicon", 6, "KO-TERM-188"),  # 범용 D램 as 'universal DRAM'
        ("semicon", 7, "KO-TERM-038"),  # 후공정 as 'post-process field'
        ("semicon", 8, "MT-NAME-007"),  # 한미반도체 as 'Korea-US Semiconductor'
    }


PLANTED22 = Path(__file__).resolve().parent / "fixtures" / "planted22"


@pytest.mark.slow
def test_session_15_second_round_planted_errors_of_news_found_on_their_sentence():
    """Session 15's second blind round, news (planted22/answer_key.tsv, 30 planted). On its first run (commit 17b013b)
    17 were found, none vaguely, 13 missed, 3 false alarms. After the fixes made on it (no longer blind: the false alarms,
    유료 as 'for free', 결항 as 'delayed', a given name translated as a word, and pack entries for 집행유예, 솜방망이,
    세계 최초 공개작 and 교체 투입), every finding is one of these. Not found: 야당 as 'the ruling party' and a fragment
    (budget 9, 10), who instructed whom (court 3), who scored against whom and a claim added (football 2, 7: sentences
    counted in the Korean). The negation added (battery 8) is found since session 16 (a word that only starts with 비, 미,
    무 or 불 no longer stands for a negative prefix)."""
    assert found_on_sentences(PLANTED22 / "pairs") == {
        ("battery", 2, "MT-NEG-004"),  # 상회 as 'fell short of'
        ("battery", 3, "MT-NEG-004"),  # 전 분기 대비 as 'the same period last year'
        ("battery", 7, "MT-NEG-004"),  # 20% 이상 as 'by up to 20%'
        ("battery", 8, "MT-NEG-003"),  # 예정대로 진행한다 as 'will not begin as scheduled'
        ("battery", 10, "MT-NAME-001"),  # the company spelled two ways
        ("budget", 1, "MT-NUM-001"),  # 728조 3천억 as 72.83 trillion
        ("budget", 6, "MT-NUM-001"),  # 연 소득 7천만 원 이하 맞벌이 가구에 한해 dropped
        ("budget", 6, "MT-OMIT-003"),
        ("budget", 8, "MT-NEG-004"),  # 내년 말 as 'the end of this year'
        ("budget", 10, "MT-FRAG-004"),  # fragment: 국회에 제출되며 as 'The budget proposal to the National Assembly on the 3rd ...' (no verb)
        ("court", 4, "KO-TERM-200"),  # 집행유예 as 'probation'
        ("court", 5, "MT-NEG-001"),  # a negation lost
        ("court", 7, "MT-NEG-001"),  # the clause with the rejection dropped
        ("court", 10, "KO-TERM-201"),  # 솜방망이 as 'a cotton bat'
        ("docfest", 2, "KO-TERM-205"),  # 세계 최초 공개작 as 'international premieres'
        ("docfest", 3, "MT-NAME-005"),  # 윤하늘 as 'Yoon Sky'
        ("docfest", 5, "MT-NUM-001"),  # 두 배 as 'by 200%'
        ("docfest", 5, "MT-NUM-002"),
        ("docfest", 6, "MT-REPEAT-001"),  # 'of of'
        ("docfest", 8, "MT-NEG-004"),  # 유료로 as 'for free'
        ("football", 3, "KO-TERM-206"),  # 교체 투입 as 'substituted off'
        ("football", 5, "MT-OMIT-001"),  # a whole sentence dropped
        ("football", 8, "MT-NUM-001"),  # 오전 0시 30분 as '12:30 p.m.'
        ("typhoon", 1, "MT-NUM-001"),  # 오전 as 'p.m.'
        ("typhoon", 2, "MT-NUM-001"),  # a unit changed
        ("typhoon", 4, "MT-HANGUL-001"),  # 배수로 left in Hangul
        ("typhoon", 6, "MT-NEG-004"),  # 결항 as 'delayed'
        ("typhoon", 7, "MT-NUM-001"),  # 만 dropped from a household count
    }


PLANTED23 = Path(__file__).resolve().parent / "fixtures" / "planted23"


@pytest.mark.slow
def test_session_15_second_round_planted_errors_of_industry_texts_found_on_their_sentence():
    """Session 15's second blind round, industry, financial and policy texts (planted23/answer_key.tsv, 30 planted). On
    its first run (commit 17b013b) 15 were found, 1 vaguely (H200 as 'H100', reported as an extra 'H1'), 14 missed, 3
    false alarms (an analyst's 'we'). After the fixes made on it (no longer blind: 비수도권 as 'the metropolitan area',
    1.3 이하 as 'or higher', 직접 고용 as 'indirect jobs', a negation lost beside 'delayed' for 늦춰질, a bound reversed
    beside another bound, pack entries for 지체상금, 소각 and 기울어진 운동장), every finding is one of these. Not found:
    한화세미텍 as 'Hanwha Solutions' (analyst_note 5), a negation lost beside a negative word the Korean's prefixed noun
    explains (datacenter 9: 미이행 'not fulfilled'), the FSS as 'Financial Supervisory Commission' and a fragment
    (regulator 4, 8), an agency's name spelled two ways (regional 4). 또는 as 'and' (regulator 2) is found since session
    16."""
    assert found_on_sentences(PLANTED23 / "pairs") == {
        ("analyst_note", 2, "MT-NEG-004"),  # 웃돌았다 as 'falling short'
        ("analyst_note", 4, "MT-NUM-001"),  # 4분기 as 'the third quarter'
        ("analyst_note", 6, "MT-NUM-001"),  # EPS 4,850 as 4,580
        ("analyst_note", 8, "KO-TERM-202"),  # 소각 as 'incinerate'
        ("datacenter", 2, "MT-NUM-002"),  # H200 as 'H100' (vague: reported as an extra 'H1')
        ("datacenter", 4, "MT-HANGUL-001"),  # 하이퍼스케일 left in Hangul
        ("datacenter", 6, "MT-NEG-004"),  # 비수도권 as 'the metropolitan area'
        ("datacenter", 7, "MT-NEG-004"),  # 1.3 이하 as 'or higher'
        ("ministry_support", 2, "MT-NUM-006"),  # 1,000만 달러 이하 as 'or more' beside 'up to 30 million won'
        ("ministry_support", 3, "MT-NUM-001"),  # a restriction's condition dropped, with its number
        ("ministry_support", 4, "MT-OMIT-001"),  # a whole sentence dropped
        ("ministry_support", 5, "MT-REPEAT-001"),  # 'and and'
        ("ministry_support", 9, "KO-TERM-116"),  # 중소벤처기업진흥공단 as SEMAS
        ("regional", 2, "KO-TERM-029"),  # 양극재 as 'anode materials'
        ("regional", 3, "MT-NEG-004"),  # 직접 고용 as 'indirect jobs'
        ("regional", 5, "MT-NEG-001"),  # 아직 완공되지 않아 as 'has now been completed' beside 'could be delayed'
        ("regional", 7, "MT-NUM-001"),  # a year changed
        ("regulator", 2, "MT-NEG-004"),  # 또는 as 'and'
        ("regulator", 3, "MT-NEG-004"),  # 1년 이상 as 'up to one year'
        ("regulator", 5, "KO-TERM-204"),  # 기울어진 운동장 as 'the tilted playground'
        ("regulator", 8, "MT-FRAG-004"),  # fragment: 개정안에는 ... 내용이 포함된다 as 'Including a requirement to recalculate ...'
        ("shipbuilding", 3, "MT-NUM-001"),  # 2조 1천억 as 2.1 billion
        ("shipbuilding", 5, "MT-NUM-003"),  # 하락 as 'up 0.6 points'
        ("shipbuilding", 6, "MT-NEG-003"),  # a negation added
        ("shipbuilding", 7, "KO-TERM-203"),  # 지체상금 as 'delay prize money'
        ("shipbuilding", 8, "MT-NUM-002"),  # a claim added, with its year
        ("shipbuilding", 8, "MT-OMIT-008"),  # the same claim as a clause with no source
    }


PLANTED24 = Path(__file__).resolve().parent / "fixtures" / "planted24"


@pytest.mark.slow
def test_session_16_planted_errors_of_news_found_on_their_sentence():
    """Session 16's first blind round, news (planted24/answer_key.tsv, 30 planted). On its first run (commit c931ef2) 16
    were found, 1 vaguely, 13 missed, no false alarm. After the fixes made on it (no longer blind: titles given another
    rank, 또는/-거나 as 'and', a claim added, 'not the first time' for 처음이다, 이내 as 'a minimum of', pack entries for
    호가, 2부제 and 도장공), every finding is one of these (sentences counted from the headline, 0). Not found: a clause
    dropped that is no condition (strike 8: 물류 차질이 우려된다), a sentence without a main verb (kpop 9)."""
    assert found_on_sentences(PLANTED24 / "pairs") == {
        ("dust", 2, "MT-NEG-003"),  # 이번이 처음이다 as 'not the first time'
        ("dust", 5, "MT-NEG-004"),  # 제외된다 as 'subject to enforcement'
        ("dust", 6, "KO-TERM-210"),  # 차량 2부제 as 'a two-part vehicle system'
        ("dust", 9, "MT-OMIT-001"),  # a whole sentence dropped
        ("dust", 10, "MT-OMIT-007"),  # 불가피하게 외출할 경우 dropped
        ("housing", 3, "MT-NEG-004"),  # 웃돌았다 as 'falling well below'
        ("housing", 4, "MT-NUM-001"),  # 27억5천만 as 27.5 billion
        ("housing", 5, "KO-TERM-209"),  # 호가 as 'call prices'
        ("housing", 8, "MT-OMIT-007"),  # 집값 상승세가 계속될 경우 dropped
        ("housing", 9, "MT-ROLE-002"),  # 주택정책관 as 'Vice Minister'
        ("kpop", 3, "MT-REPEAT-001"),  # 'and Europe and Europe'
        ("kpop", 4, "MT-NEG-004"),  # 전 분기 대비 as 'from a year earlier'
        ("kpop", 8, "MT-NAME-001"),  # 스타웨이브 as 'Star Wave' beside 'Starwave'
        ("kpop", 5, "MT-NUM-004"),  # 1.3%포인트 as 1.3%
        ("ship", 2, "MT-NUM-001"),  # 3천830억 as 38.3 billion
        ("ship", 3, "MT-NEG-004"),  # 상반기 as 'the second half'
        ("ship", 7, "MT-ROLE-001"),  # China and Korea swapped
        ("ship", 8, "MT-NEG-004"),  # 지속되거나 as 'continues and'
        ("ship", 9, "KO-TERM-212"),  # 도장공 as 'seal engravers'
        ("space", 4, "MT-ROLE-002"),  # 제1차관 as 'Minister'
        ("space", 5, "MT-OMIT-008"),  # 'and the first in Asia ...' added
        ("space", 6, "MT-NUM-001"),  # 일주일 as 'a month'
        ("space", 7, "MT-NUM-001"),  # 2조 as 200 billion
        ("space", 9, "MT-OMIT-001"),  # a whole sentence dropped
        ("strike", 1, "MT-NEG-004"),  # 다음 달 as 'this month'
        ("strike", 4, "MT-NEG-004"),  # 2.5% 이내 as 'a minimum of 2.5%'
        ("strike", 9, "MT-NEG-001"),  # 나서지 않는다면 as 'if ... come to the table' (vague: names the main clause)
        ("strike", 10, "MT-HANGUL-001"),  # 수송대책본부 left in Hangul
    }


PLANTED25 = Path(__file__).resolve().parent / "fixtures" / "planted25"


@pytest.mark.slow
def test_session_16_planted_errors_of_industry_texts_found_on_their_sentence():
    """Session 16's first blind round, industry texts (planted25/answer_key.tsv, 30 planted). On its first run (commit
    c931ef2) 16 were found, 1 vaguely, 13 missed, 3 false alarms (한국전력 inside 한국전력거래소, 1위 as 'the largest', an
    analyst's 'we'). After the fixes made on it (no longer blind: titles given another rank, 또는/-거나 as 'and', claims
    added, pack entries for 초고압, 명목소비, 기초화장품 and 체외진단; session 17: a comparison with no number), every finding
    is one of these. Not found: a reason dropped (cosmetics 5: 서류 보완 요청이 잦아), a quotation cut to a
    fragment (cosmetics 7), a company named as another (meddevice 7: 한결바이오 as 'Northpoint Medical')."""
    assert found_on_sentences(PLANTED25 / "pairs") == {
        ("cosmetics", 3, "KO-TERM-215"),  # 기초화장품 as 'foundation cosmetics' (a check: 'skincare' expected)
        ("cosmetics", 8, "MT-NUM-001"),  # 6개월 as 'six weeks'
        ("cosmetics", 10, "MT-NEG-001"),  # 높지 않지만 as 'expects double-digit growth'
        ("display", 1, "MT-NUM-001"),  # 1,230억 as 12.3 billion
        ("display", 3, "MT-NUM-003"),  # 낮아졌지만 as 'rose'
        ("display", 4, "MT-NEG-004"),  # 전 분기 대비 as 'from a year earlier'
        ("display", 5, "MT-OMIT-003"),  # the condition dropped, with its clause
        ("display", 5, "MT-OMIT-007"),
        ("display", 6, "MT-NAME-001"),  # 'Hanvit Display' beside 'Hanbit Display'
        ("hydrogen", 1, "MT-NUM-001"),  # GWh as MWh
        ("hydrogen", 2, "MT-NEG-004"),  # 수소 또는 암모니아 as 'hydrogen and ammonia'
        ("hydrogen", 3, "MT-NEG-004"),  # 4kg 이하 as '4 kg or more'
        ("hydrogen", 7, "MT-OMIT-001"),  # a whole sentence dropped
        ("hydrogen", 8, "MT-ROLE-002"),  # 수소경제정책관 as 'Vice Minister'
        ("meddevice", 1, "KO-TERM-216"),  # 체외진단 as 'extracorporeal diagnostics'
        ("meddevice", 6, "MT-NAME-001"),  # 세온메디칼 as 'Seon Medikal'
        ("meddevice", 8, "MT-HANGUL-001"),  # 주주환원 left in Hangul
        ("meddevice", 9, "MT-OMIT-008"),  # 'and it plans to raise its full-year sales guidance' added
        ("powergrid", 2, "KO-TERM-213"),  # 초고압 변압기 as 'super-high-pressure transformers'
        ("powergrid", 4, "MT-NEG-004"),  # 기존 물량보다 높다 as 'lower than those on existing orders'
        ("powergrid", 6, "MT-OMIT-008"),  # 'and the company will be fully exempt from U.S. tariffs' added
        ("powergrid", 8, "MT-NUM-004"),  # 1.2%p as 1.2%
        ("powergrid", 9, "MT-OMIT-001"),  # a whole sentence dropped
        ("steel", 1, "KO-TERM-214"),  # 명목소비 as 'nominal consumption'
        ("steel", 3, "MT-NUM-001"),  # 올해 들어 9월까지 as 'in the third quarter' (9월 missing)
        ("steel", 6, "MT-NEG-004"),  # 3% 이상 as 'up to 3%'
        ("steel", 7, "MT-HANGUL-001"),  # 수소환원제철 left in Hangul
        ("steel", 9, "MT-NEG-004"),  # 인상되거나 as 'rise further and'
    }


PLANTED26 = Path(__file__).resolve().parent / "fixtures" / "planted26"


@pytest.mark.slow
def test_session_16_second_round_planted_errors_of_news_found_on_their_sentence():
    """Session 16's second blind round, news (planted26/answer_key.tsv, 30 planted). On its first run (commit e4c7c5c) 16
    were found, none vaguely, 14 missed, 3 false alarms (2021시즌 read as 21시, twice; a headline said freely). After the
    fixes made on it (no longer blind: a percent said as points, 'below' a number, 'no longer', a spokesperson's rank,
    pack entries for 산불영향구역, 1군 and 체험형; the two national unions' and employers' bodies in the official names, so
    민주노총 said as the other union is found; session 17: labour's figure given to management (MT-ROLE-003), a plain
    -면 condition dropped, a bound the opposites table has no row for), every finding is one of these. Not found: a
    claim after ', to which' (baseball 9), a fragment (tourism 9).
    Left false alarm: the freely said headline (tourism 0). The condition dropped in recall 7 is found since the
    check keeps a subject the condition shares with the main clause (차량 소유자가 ... 수리했다면 ... 신청할 수 있다)."""
    assert found_on_sentences(PLANTED26 / "pairs") == {
        ("baseball", 3, "MT-NUM-001"),  # 홈런 9개 as 19
        ("baseball", 5, "KO-TERM-218"),  # 1군 as 'the first army' (a check)
        ("baseball", 6, "MT-HANGUL-001"),  # 퓨처스리그 left in Hangul
        ("baseball", 7, "MT-NAME-001"),  # 'Kim Tae-yun' beside 'Kim Tae-yoon'
        ("minwage", 2, "MT-NUM-004"),  # 4.2% as '4.2 percentage points'
        ("minwage", 4, "MT-ROLE-003"),  # 노동계의 1만1천200원 given to 'Management'
        ("minwage", 6, "MT-NEG-001"),  # 참여하지 않고 as 'took part'
        ("minwage", 8, "MT-NAME-002"),  # 민주노총 as 'the Federation of Korean Trade Unions' (한국노총)
        ("minwage", 9, "MT-OMIT-007"),  # 노사 단체가 이의를 제기하면 dropped (a plain …면 condition)
        ("portstrike", 4, "MT-NUM-006"),  # 3.1%를 넘는 as 'less than 3.1%'
        ("portstrike", 6, "MT-ROLE-002"),  # 차관 as 'Minister'
        ("portstrike", 7, "MT-NUM-001"),  # 450억 as 450 billion
        ("portstrike", 8, "MT-REPEAT-001"),  # 'as as'
        ("portstrike", 10, "MT-NEG-004"),  # 높이거나 as 'and'
        ("recall", 1, "MT-NUM-001"),  # 17만3천 as 1.73 million
        ("recall", 6, "MT-NEG-004"),  # 이달 as 'next month'
        ("recall", 7, "MT-OMIT-007"),  # 차량 소유자가 ... 수리했다면 dropped (the subject both clauses share kept)
        ("recall", 8, "MT-NEG-001"),  # 미치지 못하는 as 'exceeds'
        ("recall", 9, "MT-NUM-003"),  # 감소 as 'up'
        ("tourism", 0, "MT-OMIT-003"),  # false alarm: a headline said freely
        ("tourism", 2, "MT-NUM-003"),  # 3.4% 많다 as '3.4% below'
        ("tourism", 5, "MT-OMIT-003"),  # a clause dropped
        ("tourism", 6, "KO-TERM-219"),  # 체험형 관광 as 'experience-type tourism'
        ("tourism", 7, "MT-NEG-003"),  # 적자가 이어지고 as 'no longer in deficit'
        ("tourism", 9, "MT-FRAG-004"),  # fragment: 높이기로 했다 as 'To this end, raising the immediate tax refund limit ...'
        ("wildfire", 2, "MT-NUM-001"),  # 23일 as 'the 22nd'
        ("wildfire", 3, "KO-TERM-217"),  # 산불영향구역 as 'the fire influence zone'
        ("wildfire", 4, "MT-NEG-004"),  # 15m 이상 as 'up to'
        ("wildfire", 8, "MT-ROLE-002"),  # 산림청장 as 'spokesperson'
        ("wildfire", 9, "MT-OMIT-001"),  # a whole sentence dropped
    }


PLANTED27 = Path(__file__).resolve().parent / "fixtures" / "planted27"


@pytest.mark.slow
def test_session_16_second_round_planted_errors_of_industry_texts_found_on_their_sentence():
    """Session 16's second blind round, industry texts (planted27/answer_key.tsv, 30 planted). On its first run (commit
    e4c7c5c) 16 were found, 1 vaguely, 13 missed, 2 false alarms ('four quarters' read as a fraction, 'key minerals'). After
    the fixes made on it (no longer blind: a percent said as points, 목표주가 하향 'raised', 적자 'in the black', a consul
    general's rank, a negation added beside 비용, pack entries for 역내, 선가 and 유통기한), every finding is one of these.
    Not found: a clause dropped (vietnam_food 8), a negation added beside 없이 (battery_recycling 5), a claim added
    (battery_recycling 7), a fragment (battery_recycling 10), 한울이엔지 as 'Hanul Energy' (semi_equipment 9); the customer
    confused with a competitor is found only vaguely (semi_equipment 3: 반도체 not rendered)."""
    assert found_on_sentences(PLANTED27 / "pairs") == {
        ("battery_recycling", 2, "MT-NUM-004"),  # 20% 이상으로 as 'by at least 20 percentage points'
        ("battery_recycling", 4, "MT-NEG-004"),  # 90% 이상 as 'up to 90%'
        ("battery_recycling", 10, "MT-FRAG-004"),  # fragment: 내년 1분기 중 시행될 예정이다 as 'After consultation with related ministries, in the first quarter ...'
        ("games", 3, "MT-NUM-001"),  # 15억 as 15 billion
        ("games", 4, "MT-NEG-004"),  # 전 분기 대비 as 'from a year earlier'
        ("games", 5, "MT-NEG-003"),  # 웃돌 전망 as 'not expected to exceed'
        ("games", 8, "MT-NEG-001"),  # the negated condition dropped
        ("games", 8, "MT-OMIT-007"),
        ("games", 9, "MT-HANGUL-001"),  # 판호 left in Hangul
        ("petrochem", 0, "MT-NEG-004"),  # 목표주가 하향 as 'raised'
        ("petrochem", 2, "MT-NEG-004"),  # 전년 동기 대비 as 'from the previous quarter'
        ("petrochem", 5, "KO-TERM-221"),  # 역내 as 'in-house'
        ("petrochem", 7, "MT-NUM-001"),  # 1조2천억 as 120 billion
        ("petrochem", 8, "MT-HANGUL-001"),  # 범용 제품 left in Hangul
        ("semi_equipment", 3, "KO-TERM-034"),  # vague: the customer confused (반도체 not rendered)
        ("semi_equipment", 4, "KO-TERM-040"),  # 국산화 as 'nationalizing'
        ("semi_equipment", 6, "MT-NEG-004"),  # 영업적자 as 'in the black'
        ("semi_equipment", 8, "MT-OMIT-001"),  # a whole sentence dropped
        ("shipbuilding", 1, "MT-NUM-001"),  # 1,050만CGT as 105 million
        ("shipbuilding", 6, "KO-TERM-222"),  # 선가 as 'ship fares' (a check)
        ("shipbuilding", 7, "MT-NEG-001"),  # 해소되지 않아 as 'has been resolved'
        ("shipbuilding", 8, "MT-OMIT-001"),  # a whole sentence dropped
        ("shipbuilding", 9, "MT-NAME-001"),  # 'Haeseong' beside 'Haesung'
        ("vietnam_food", 2, "MT-NEG-004"),  # 상반기 as 'the second half'
        ("vietnam_food", 4, "KO-TERM-223"),  # 유통기한 as 'distribution period'
        ("vietnam_food", 5, "MT-NEG-004"),  # 하거나 as 'and'
        ("vietnam_food", 9, "MT-ROLE-002"),  # 무역관장 as 'Consul General'
    }


PLANTED28 = Path(__file__).resolve().parent / "fixtures" / "planted28"


@pytest.mark.slow
def test_session_17_first_round_planted_errors_of_news_found_on_their_sentence():
    """Session 17's first blind round, news (planted28/answer_key.tsv, 30 planted). On its first run (commit 9d20c26) 11 were
    found, 0 vaguely, 19 missed (the tester's count). After the fixes made on it (no longer blind; see the session's
    commits) every finding is one of these (sentences counted from the headline, 0); a comment names the planted error
    on that sentence or the next (a dropped sentence shifts the English lines by one)."""
    assert found_on_sentences(PLANTED28 / "pairs") == {
        ("housing", 1, "MT-NUM-001"),  # date: 10월 넷째 주 as 'the third week of October'
        ("housing", 2, "MT-NUM-004"),  # number: 0.02%포인트 as 'narrowed by 0.02%'
        ("housing", 5, "MT-NEG-004"),  # direction: 대출 규제 강화로 as 'As loan regulations have been eased'
        ("housing", 10, "MT-NUM-001"),  # date: 26주째 as 'for the 26th consecutive month'
        ("indictment", 0, "MT-NUM-001"),  # number: 수백억 as 'hundreds of billions of won'
        ("indictment", 1, "MT-ROLE-002"),  # role: 부장검사 김도윤 as 'Prosecutor General Kim Do-yoon'
        ("indictment", 4, "KO-TERM-225"),  # calque: 페이퍼컴퍼니 as 'a paper company'
        ("indictment", 5, "MT-ROLE-001"),  # swap: 최 대표의 지시를 받고 회계 장부를 조작한 as 'directing Choi to falsify the accounting'
        ("indictment", 10, "MT-OMIT-010"),  # unsupported claim added: (none) as 'the largest such freeze in a corporate embezzlement case'
        ("labor", 3, "KO-TERM-224"),  # calque: 격려금 300만원 as 'encouragement money of 3 million won'
        ("labor", 5, "MT-NEG-001"),  # negation: 포함되지 않았다 as 'was included in this agreement'
        ("labor", 7, "MT-NUM-001"),  # number: 92.4%의 찬성률 as '94.2% of members voting in favor'
        ("labor", 8, "MT-ROLE-002"),  # role: 박정훈 노조위원장 as 'vice chairman of the union'
        ("ransomware", 4, "MT-NEG-001"),  # negation: 요구에 응하지 않겠다 as 'it would comply with the hackers' demand'
        ("ransomware", 7, "MT-OMIT-001"),  # swap: 과학기술정보통신부는 ... 물류·유통 업계에 보안 점검을 강화하라고 권고 as 'The logistics and distribution industry '
        ("ransomware", 8, "MT-ROLE-001"),  # name: 윤서진 as 'Yoon Seok-jin'
        ("ransomware", 9, "MT-NAME-006"),  # name: 윤서진 as 'Yoon Seok-jin'
        ("recall", 4, "KO-TERM-226"),  # calque: 부적합 판정을 내렸다 as 'made a judgment of unsuitability'
        ("recall", 5, "MT-NEG-001"),  # negation: 사례는 접수되지 않았다 as 'there have been reports of people showin'
        ("recall", 7, "MT-REPEAT-001"),  # repeated: 위생 관리를 강화하겠다 as 'hygiene management management'
        ("recall", 9, "MT-FRAG-004"),  # fragment: 화성시는 ... 행정처분을 내릴 예정이다 as 'Hwaseong City, ..., which plans to impose ...'
        ("typhoon", 3, "MT-NUM-001"),  # number: 4만2천여 가구 as 'some 420,000 households'
        ("typhoon", 4, "MT-NUM-001"),  # date: 낮 12시 기준 as 'as of midnight'
        ("typhoon", 7, "MT-HANGUL-001"),  # untranslated: '심각' 단계 as 'to '심각''
        ("typhoon", 8, "MT-OMIT-001"),  # sentence-dropped: 현재까지 인명 피해는 보고되지 않았으나, 경남 하동에서 60대 남성 1명 as '(missing; belongs between en lines 8 and'
        ("typhoon", 10, "MT-NEG-004"),  # bound: 많은 곳은 300㎜ 이상 as 'up to 300 mm'
    }


PLANTED29 = Path(__file__).resolve().parent / "fixtures" / "planted29"


@pytest.mark.slow
def test_session_17_first_round_planted_errors_of_industry_texts_found_on_their_sentence():
    """Session 17's first blind round, industry texts (planted29/answer_key.tsv, 30 planted). On its first run (commit 9d20c26) 15 were
    found, 1 vaguely, 14 missed (the tester's count). After the fixes made on it (no longer blind; see the session's
    commits) every finding is one of these (sentences counted from the headline, 0); a comment names the planted error
    on that sentence or the next (a dropped sentence shifts the English lines by one)."""
    assert found_on_sentences(PLANTED29 / "pairs") == {
        ("biosimilar_ir", 1, "MT-NAME-001"),  # company name two ways: 세린바이오로직스 as 'Selin BioLogix (elsewhere Serin Biologic'
        ("biosimilar_ir", 2, "MT-NUM-004"),  # unit wrong (%p->%): 11.2%p as 'improved by 11.2%'
        ("biosimilar_ir", 5, "MT-NEG-004"),  # period wrong: 내년 상반기 as 'in the second half of next year'
        ("biosimilar_ir", 7, "MT-ROLE-002"),  # role wrong: 대표 as 'chief financial officer'
        ("biosimilar_ir", 8, "MT-OMIT-010"),  # unsupported claim added: (none) as 'the highest in its history'
        ("cosmetics_indonesia", 1, "MT-NUM-001"),  # number/scale: 98억 달러 as '98 billion dollars'
        ("cosmetics_indonesia", 3, "MT-HANGUL-001"),  # Korean untranslated: 중저가 as '중저가 skincare products'
        ("cosmetics_indonesia", 8, "MT-NEG-002"),  # direction reversed: 점유율을 높이고 있어 as 'are losing market share'
        ("cosmetics_indonesia", 9, "MT-NEG-004"),  # or->and: 협업하거나 ... 확보하는 것 as 'collaborate with local influencers and s'
        ("defence_exports", 2, "MT-NEG-004"),  # period wrong: 지난해 as 'in the first half of this year'
        ("defence_exports", 3, "MT-NEG-004"),  # bound reversed: 1조 원 이상 as 'worth less than 1 trillion won'
        ("defence_exports", 5, "MT-NUM-001"),  # number/scale: 4,800억 원 as '4.8 trillion won'
        ("defence_exports", 6, "KO-TERM-229"),  # jargon calque: 절충교역 제도 as 'compromise trade system'
        ("defence_exports", 7, "MT-HANGUL-001"),  # Korean untranslated: 체계업체 as '체계업체'
        ("display_panel", 3, "MT-NUM-001"),  # number/scale: 6조8천억원 as '680 billion won'
        ("display_panel", 5, "MT-NEG-004"),  # negation lost: 적자를 면하기 어려울 것 as 'expected to avoid a loss'
        ("display_panel", 6, "MT-NEG-004"),  # period wrong: 연내 as 'by the end of next year'
        ("display_panel", 7, "MT-NEG-001"),  # condition dropped: 북미 고객사의 신제품 출시 일정이 지연되지 않는다면 as '(condition omitted) Annual operating pro'
        ("display_panel", 7, "MT-OMIT-003"),  # condition dropped: 북미 고객사의 신제품 출시 일정이 지연되지 않는다면 as '(condition omitted) Annual operating pro'
        ("display_panel", 7, "MT-OMIT-007"),  # condition dropped: 북미 고객사의 신제품 출시 일정이 지연되지 않는다면 as '(condition omitted) Annual operating pro'
        ("display_panel", 10, "KO-TERM-227"),  # jargon calque: 주가순자산비율(PBR) as 'stock price net asset ratio (PBR)'
        ("shipbuilding_outlook", 2, "KO-TERM-228"),  # jargon calque: 수주잔고 as 'order balance'
        ("shipbuilding_outlook", 5, "KO-TERM-144"),  # company confused: 한빛조선해양 as 'Daeyang Heavy Industries'
        ("shipbuilding_outlook", 5, "MT-NAME-007"),  # company confused: 한빛조선해양 as 'Daeyang Heavy Industries'
        ("shipbuilding_outlook", 6, "MT-NEG-001"),  # negation flipped: 가능성을 배제할 수 없다 as 'ruled out the possibility of production '
        ("shipbuilding_outlook", 8, "MT-NUM-006"),  # bound reversed: 톤당 90만 원 이하 as '900,000 won per ton or higher'
        ("shipbuilding_outlook", 9, "MT-OMIT-001"),  # bound reversed: 톤당 90만 원 이하 as '900,000 won per ton or higher'
        ("steel_analyst", 1, "MT-NAME-004"),  # company name two ways: 동진제철 as 'Dongjin Jecheol (title: Dongjin Steel)'
        ("steel_analyst", 3, "MT-NEG-001"),  # clause dropped: 이는 원료탄 가격 상승분이 제품 가격에 반영되지 못했기 때문이다 as '(reason clause omitted)'
        ("steel_analyst", 3, "MT-OMIT-003"),  # clause dropped: 이는 원료탄 가격 상승분이 제품 가격에 반영되지 못했기 때문이다 as '(reason clause omitted)'
        ("steel_analyst", 5, "KO-TERM-230"),  # jargon calque: 고로 as 'high furnace'
        ("steel_analyst", 6, "MT-FRAG-004"),  # fragment: 회사는 ... 설비를 구축할 계획이다 as 'Regarding the investment ..., with a total of ...'
        ("steel_analyst", 8, "MT-OMIT-001"),  # a whole sentence dropped
    }


PLANTED30 = Path(__file__).resolve().parent / "fixtures" / "planted30"


@pytest.mark.slow
def test_session_17_second_round_planted_errors_of_news_found_on_their_sentence():
    """Session 17's second blind round, news (planted30/answer_key.tsv, 30 planted). On its first run (commit 73a04f8) 18 were
    found, 1 vaguely, 11 missed (the tester's count). After the fixes made on it (no longer blind; see the session's
    commits) every finding is one of these (sentences counted from the headline, 0); a comment names the planted error
    on that sentence or the next (a dropped sentence shifts the English lines by one)."""
    assert found_on_sentences(PLANTED30 / "pairs") == {
        ("bird_flu", 2, "MT-NUM-001"),  # date/period: 지난 3일 의심 신고 as 'reported as a suspected case on the 4th'
        ("bird_flu", 4, "KO-TERM-232"),  # calque: 방역대 as 'epidemic prevention belt'
        ("bird_flu", 5, "KO-TERM-232"),  # calque: 방역대 as 'epidemic prevention belt'
        ("bird_flu", 7, "MT-OMIT-001"),  # negation flipped: 추가 발생 가능성이 크다 as 'additional outbreaks are unlikely'
        ("bird_flu", 8, "MT-NEG-004"),  # name mangled: 한정우 as 'Hwang Jeong-woo'
        ("cold_wave", 3, "MT-NUM-006"),  # bound/direction reversed: 이틀 이상 영하 15도 이하 as 'at or above minus 15 degrees'
        ("cold_wave", 6, "KO-TERM-231"),  # calque: 홀몸 어르신 as 'single-body seniors'
        ("cold_wave", 8, "MT-NUM-001"),  # number/unit: 92.3GW as '92.3MW'
        ("cold_wave", 9, "MT-NEG-001"),  # negation lost: 전력 수급에는 문제가 없다 as 'problems with the power supply and deman'
        ("cold_wave", 10, "MT-NUM-001"),  # date/period: 다음 주 화요일부터 as 'from next Thursday'
        ("jeonse_fraud", 2, "KO-FORBID-066"),  # role/title wrong: 김도현 부장판사 as 'Chief Justice Kim Do-hyun'
        ("jeonse_fraud", 5, "MT-NEG-004"),  # or->and: 사회초년생이나 신혼부부 as 'young people just starting their careers and newlyweds'
        ("jeonse_fraud", 6, "MT-ROLE-003"),  # who-did-what swapped: 이모 징역 4년, 최모 징역 3년 as 'Lee three years, Choi four years'
        ("jeonse_fraud", 7, "MT-OMIT-001"),  # who-did-what swapped: 이모 징역 4년, 최모 징역 3년 as 'Lee three years, Choi four years'
        ("pension_reform", 3, "MT-NUM-004"),  # number (%p): 0.5%포인트씩 as 'by 0.5 percent'
        ("pension_reform", 5, "MT-NEG-004"),  # bound/direction reversed: 8년가량 늦춰질 as 'bring forward ... by about eight years'
        ("pension_reform", 7, "MT-HANGUL-001"),  # Korean untranslated: 군 복무 크레딧 as 'the 군 복무 credit'
        ("pension_reform", 8, "MT-NEG-003"),  # negation added: 법률에 명시됐다 as 'does not specify'
        ("pension_reform", 10, "MT-ROLE-002"),  # role/title wrong: 보건복지부 장관 as 'Vice Minister of Health and Welfare'
        ("plane_landing", 6, "MT-NAME-001"),  # name rendered two ways: 한빛항공 as 'Hanvit Aviation (Hanbit Air in lines 3 a'
        ("plane_landing", 8, "MT-NUM-001"),  # date/period: 2009년 제작 as 'manufactured in 2019'
        ("plane_landing", 9, "MT-OMIT-003"),  # condition dropped: 조사 결과 정비 규정 위반이 드러나면 as '(condition missing) plans to take admini'
        ("subway_opening", 2, "MT-NUM-001"),  # number/scale: 2조4천억 원 as '240 billion won'
        ("subway_opening", 5, "MT-REPEAT-001"),  # word repeated: 평일 출퇴근 시간대에는 as 'during weekday rush hours, during weekda'
        ("subway_opening", 6, "MT-NUM-001"),  # condition dropped: 10㎞를 초과하면 as '100 won is added for every 5 km'
        ("subway_opening", 6, "MT-OMIT-003"),  # condition dropped: 10㎞를 초과하면 as '100 won is added for every 5 km'
        ("subway_opening", 8, "MT-FRAG-004"),  # fragment: 안전요원 120명을 배치하기로 했다 as 'In preparation for ..., with 120 safety personnel ...'
        ("subway_opening", 9, "MT-NEG-004"),  # bound/direction reversed: 60% 이상 as 'less than 60%'
    }


PLANTED31 = Path(__file__).resolve().parent / "fixtures" / "planted31"


@pytest.mark.slow
def test_session_17_second_round_planted_errors_of_industry_texts_found_on_their_sentence():
    """Session 17's second blind round, industry texts (planted31/answer_key.tsv, 30 planted). On its first run (commit 73a04f8) 20 were
    found, 0 vaguely, 10 missed (the tester's count). After the fixes made on it (no longer blind; see the session's
    commits) every finding is one of these (sentences counted from the headline, 0); a comment names the planted error
    on that sentence or the next (a dropped sentence shifts the English lines by one)."""
    assert found_on_sentences(PLANTED31 / "pairs") == {
        ("cathode", 1, "MT-NUM-001"),  # number/scale/unit: 영업이익은 214억원 as 'operating profit of W214 billion'
        ("cathode", 2, "MT-NEG-004"),  # period: 전 분기 대비 17% 떨어졌다 as 'dropped 17% year-on-year'
        ("cathode", 9, "MT-NEG-004"),  # bound/direction reversed: 역사적 밴드 하단 as 'at the top of its historical band'
        ("games_ir", 5, "MT-NUM-004"),  # number/scale/unit: 15%포인트 확대 as 'expanded by 15%'
        ("games_ir", 6, "MT-FRAG-004"),  # fragment: 반면 PC 온라인 게임 부문 매출은 ... 줄었다 as 'PC online game division sales, amid a decline ...'
        ("games_ir", 6, "MT-NUM-001"),  # fragment: 반면 PC 온라인 게임 부문 매출은 ... 전년 동기 대비 9% 줄었다 as 'PC online game division sales, amid a de'
        ("games_ir", 6, "MT-OMIT-003"),  # fragment: 반면 PC 온라인 게임 부문 매출은 ... 전년 동기 대비 9% 줄었다 as 'PC online game division sales, amid a de'
        ("games_ir", 8, "MT-HANGUL-001"),  # Korean untranslated: 비공개 테스트 as 'a 비공개 테스트 (CBT)'
        ("games_ir", 9, "KO-TERM-202"),  # condition/clause dropped: 매입한 주식은 전량 소각할 예정이다 as '(omitted)'
        ("insurance", 4, "KO-TERM-235"),  # jargon calque: 실손보험 as 'real-loss insurance'
        ("insurance", 5, "MT-NEG-004"),  # period: 전년 동기 대비 25% 늘었다 as 'rose 25% from the previous quarter'
        ("insurance", 7, "MT-NEG-004"),  # or->and: 자사주 매입 또는 소각 as 'share buybacks and cancellations'
        ("insurance", 9, "MT-OMIT-001"),  # a whole sentence dropped
        ("meddevice_vn", 2, "MT-NEG-004"),  # bound/direction reversed: 90% 이상 as 'up to 90% of local demand'
        ("meddevice_vn", 3, "MT-NUM-001"),  # number/scale/unit: 1억 8,600만달러 as '$18.6 million'
        ("meddevice_vn", 5, "MT-NEG-003"),  # negation lost/added: C·D등급 고위험 기기에 대해서는 여전히 현지 임상자료 제출을 요구 as 'are no longer required to submit local c'
        ("meddevice_vn", 6, "MT-OMIT-001"),  # jargon calque: 사후관리(A/S) 체계 as 'a post-management (A/S) system'
        ("meddevice_vn", 7, "KO-TERM-234"),  # jargon calque: 사후관리(A/S) 체계 as 'a post-management (A/S) system'
        ("memory", 4, "KO-TERM-233"),  # jargon calque: 고정거래가격 as 'fixed transaction prices'
        ("memory", 5, "MT-HANGUL-001"),  # Korean untranslated: 가동률 as 'The DRAM 가동률 of domestic makers'
        ("memory", 9, "MT-NEG-003"),  # negation lost/added: EUV 관련 소재는 여전히 대부분 수입에 의존 as 'most EUV-related materials are no longer'
        ("memory", 10, "MT-NEG-004"),  # or->and: 일몰 기한 연장 또는 공제율 상향 as 'extend the sunset deadline ... and raise'
        ("overseas_construction", 2, "MT-NEG-004"),  # period: 전년 동기 대비 11% 감소 as 'fell 11% from the previous quarter'
        ("overseas_construction", 5, "MT-NAME-002"),  # company confused: 한국수출입은행 as 'The Korea Development Bank'
        ("overseas_construction", 6, "MT-NEG-004"),  # bound/direction reversed: 신용등급 BB 이상 as 'BB or lower'
        ("overseas_construction", 9, "KO-TERM-087"),  # role wrong: 윤재석 국토부 제1차관 as 'Minister Yoon Jae-seok'
        ("overseas_construction", 9, "MT-NUM-001"),  # role wrong: 윤재석 국토부 제1차관 as 'Minister Yoon Jae-seok'
        ("overseas_construction", 9, "MT-ROLE-002"),  # role wrong: 윤재석 국토부 제1차관 as 'Minister Yoon Jae-seok'
        ("overseas_construction", 10, "MT-NUM-002"),  # unsupported claim added: (nothing) as 'which it expects to lift orders by $5 bi'
    }


PLANTED32 = Path(__file__).resolve().parent / "fixtures" / "planted32"


@pytest.mark.slow
def test_session_18_first_round_planted_errors_of_news_found_on_their_sentence():
    """Session 18's first blind round, news (planted32/answer_key.tsv, 30 planted). On its first run (6027ecd with the
    reader's round-20 classes) 19 were found, 1 vaguely, 10 missed (the tester's count). After the fixes made on it (no
    longer blind: 불구속 as 'under detention', 두 배 이상 'up to twice', 이나 said 'and', two bodies' roles swapped, a
    clause's subject swapped, 'economists say' added, a sentence without a main verb) every finding is one of these
    (sentences counted from the headline, 0); a comment names the planted error on that sentence or the next (a dropped
    sentence shifts the English lines by one); 집단 휴진 and 업무상 배임 are pack rules now (KO-TERM-236, 237). Still missed:
    깡통전세 as 'tin can jeonse' (the press writes 'empty-can jeonse', so the pack leaves the term out)."""
    assert found_on_sentences(PLANTED32 / "pairs") == {
        ("dam", 2, "MT-NUM-001"),  # date: 2020년 8월 이후 as 'since October 2020'
        ("dam", 3, "MT-NUM-001"),  # number-scale: 초당 최대 3천t as 'up to 300 tons of water per second'
        ("dam", 4, "MT-NUM-003"),  # bound-direction: 0.7m 낮은 as '0.7 meters higher than'
        ("dam", 7, "MT-OMIT-007"),  # clause-dropped: 한강 수위가 상승할 경우 as '(condition omitted; unconditional decision)'
        ("dam", 8, "MT-NEG-001"),  # negation: 안전에는 문제가 없을 것 as 'Safety problems are expected in downstream areas'
        ("indictment", 2, "MT-NUM-001"),  # number-scale: 약 420억 원 as 'about 4.2 billion won'
        ("indictment", 3, "KO-TERM-237"),  # calque: 업무상 배임 as 'business breach of trust'
        ("indictment", 4, "MT-NEG-004"),  # negation: 불구속 기소 as 'indicted ... under detention'
        ("indictment", 5, "MT-NAME-001"),  # name-two-ways: 정 부회장 as 'Vice Chairman Chung'
        ("indictment", 6, "MT-NUM-001"),  # date-period: 8개월간 as 'for eight weeks'
        ("jeonse", 5, "MT-NUM-001"),  # number-scale: 평균 1억4천만 원 as '14 million won'
        ("jeonse", 7, "MT-HANGUL-001"),  # untranslated: 추징보전 as 'through 추징보전'
        ("jeonse", 8, "MT-NEG-004"),  # or-to-and: 개인회생이나 파산 신청 as 'personal rehabilitation and bankruptcy'
        ("jeonse", 10, "MT-NEG-004"),  # bound-direction: 5억 원 이하에서 7억 원 이하로 as 'from deposits of 500 million won or more to 700 million won '
        ("minwage", 2, "MT-NUM-004"),  # number-unit(%/%p): 170원(1.7%) as '1.7 percentage points'
        ("minwage", 5, "MT-OMIT-009"),  # unsupported-addition: 인상률 1.7%는 역대 두 번째로 낮은 수준이다. as 'a level that economists say will ease the burden on small bu'
        ("minwage", 7, "MT-REPEAT-001"),  # word-repeated: 업종별 구분 적용 as 'the differentiated application by industry by industry'
        ("minwage", 8, "MT-ROLE-001"),  # who-did-what: 경영계는 노동계가 제시한 최초 요구안을 ... 거부했다 as 'the labor community rejected the initial proposal ... presen'
        ("minwage", 9, "MT-NUM-001"),  # date: 내년 1월 1일부터 as 'on March 1 next year'
        ("strike", 2, "KO-TERM-236"),  # calque: 무기한 집단 휴진 as 'an indefinite collective vacation'
        ("strike", 3, "MT-ROLE-002"),  # role-title: 대한전공의협의회 오세진 회장 as 'Oh Se-jin, spokesperson for the Korean Intern Resident Assoc'
        ("strike", 4, "MT-NEG-004"),  # bound-direction: 평소보다 두 배 이상 as 'up to twice as long as usual'
        ("strike", 5, "MT-NEG-001"),  # clause-dropped: 명령을 따르지 않는 전공의에 대해서는 as 'would suspend the licenses of residents'
        ("strike", 8, "MT-OMIT-001"),  # a whole sentence dropped
        ("wildfire", 3, "MT-FRAG-004"),  # fragment: 현재 진화율은 65%로 as 'The current containment rate at 65 percent, with ... (no mai'
        ("wildfire", 4, "MT-ROLE-001"),  # who-did-what: 산림청은 ... 소방청에 ... 요청했다 as 'the National Fire Agency asked the Korea Forest Service'
        ("wildfire", 6, "MT-OMIT-001"),  # a whole sentence dropped
        ("wildfire", 8, "MT-NUM-001"),  # date-period: 한 달 넘게 as 'for more than a week'
        ("wildfire", 9, "MT-ROLE-002"),  # role-title: 남궁현 산림청장 as 'Deputy Minister Namgung Hyun of the Korea Forest Service'
    }
