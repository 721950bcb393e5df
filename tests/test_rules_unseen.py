"""An article nobody annotated (written for this test, not a seed): every class of error is caught
once, and the correct sentences stay quiet. Guards against rules tuned to the five seeds."""

from mtaudit.pipeline import AuditConfig, run_audit

ARTICLE = """경기도, 반도체 소부장 기업 10곳 선정

경기도(도지사 김동연)는 올해 300억 원을 투입해 반도체 소재·부품·장비 기업 10곳을 지원한다고 15일 밝혔다.

김동연 지사는 "우리 기업이 세계 시장을 선점할 수 있도록 최선을 다하겠다"고 말했다.

도는 오는 20일 오후 2시 수원컨벤션센터에서 사업설명회를 개최할 예정이다.

지원 대상은 매출액 1,000억 원 미만 중소기업으로, 기업당 최대 5억 원을 지원한다.

김동연 지사는 이어 협약식에 참석했다.

도는 하반기에 추가 공모를 진행할 계획이다.

Below is the English translation by Google Translate.

Gyeonggi-do selects 10 semiconductor materials, parts and equipment companies

Gyeonggi-do (Governor Kim Dong-yeon) announced on the 15th that it will invest 3 billion won this year to support 10 semiconductor materials, parts and equipment companies.

Governor Kim Dong-yeon said, "We will do our best so that our companies can preoccupy the global market."

The province will hold a business briefing session at the Suwon Convention Center at 2 p.m. on the 20th,, and 사업설명회 materials will be posted.

Support targets are small and medium-sized enterprises with sales of less than 100 billion won, and up to 500 million won per company company.

Governor Kim Dong-yun then attended the agreement ceremony.

The province will conduct an additional public offering in the second half. Expected.
"""


def test_unseen_article(tmp_path):
    path = tmp_path / "gyeonggi.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (doc,) = run_audit([str(path)], AuditConfig(encoder="none")).documents
    text = doc.document.files[0].text

    def flagged(rule_prefix, words):
        start = text.index(words)
        return [
            f
            for f in doc.findings
            if f.rule_id.startswith(rule_prefix)
            and any(s.start < start + len(words) and start < s.end for s in f.en_spans + f.ko_spans)
        ]

    assert flagged("MT-NUM-001", "300억 원") or flagged("MT-NUM-001", "3 billion won")  # 300억 = 30 billion
    assert flagged("KO-", "preoccupy")
    assert flagged("MT-PUNCT-001", ",,")
    assert flagged("MT-HANGUL-001", "사업설명회 materials")
    assert flagged("MT-REPEAT-001", "company company")
    assert flagged("MT-NAME-001", "Kim Dong-yun")
    assert flagged("MT-FRAG-001", "Expected.")
    # what was translated right stays quiet
    for words in ["on the 15th", "100 billion won", "500 million won", "2 p.m. on the 20th", "10 semiconductor", "Governor Kim Dong-yeon said"]:
        assert not flagged("MT-", words), (words, [f.message for f in flagged("MT-", words)])
    assert not flagged("KO-TERM-001", "materials, parts and equipment companies")
    # and nothing else from the term and code rules: one finding per injected error
    mine = sorted(f.rule_id for f in doc.findings if not f.rule_id.startswith("MT-OMIT"))
    assert mine == sorted(["MT-NUM-001", "KO-TERM-011", "MT-PUNCT-001", "MT-HANGUL-001", "MT-REPEAT-001", "MT-NAME-001", "MT-FRAG-001"]) or (
        len(mine) == 7 and "KO-FORBID-006" in mine  # the pack may flag 'preoccupy' as a forbidden phrase instead
    ), mine


# One sentence pair per case (a one-sentence file, as a new user would try first). The number rules must
# read the Korean units that begin longer words, number chains, ratios, fractions and units of measure.
_NUMBER_CASES = {
    # correct translations: no finding at all
    "q1": ("삼성전자의 올해 1분기 영업이익은 6조 6천억 원으로 집계됐다.", "Samsung Electronics' operating profit for the first quarter of this year was 6.6 trillion won.", set()),
    "hours": ("복구 작업은 사고 발생 3시간 만에 마무리됐다.", "Restoration work was completed three hours after the accident.", set()),
    "third": ("국내 생산량의 3분의 1이 해외로 수출된다.", "One-third of domestic production is exported overseas.", set()),
    "gen": ("회사는 내년에 6세대 제품을 선보일 예정이다.", "The company plans to unveil sixth-generation products next year.", set()),
    "chain": ("지난달 사전청약에는 1만 2000가구 모집에 29만 5000명이 몰려 평균 24.6대 1의 경쟁률을 기록했다.",
              "Last month's pre-subscription drew 295,000 applicants for 12,000 households, an average competition rate of 24.6 to 1.", set()),
    "gb": ("이 제품은 용량을 36GB로 늘렸다.", "The product increased capacity to 36GB.", set()),
    "q3": ("롯데케미칼은 3분기 영업손실 1,420억 원으로 7분기 연속 적자를 기록했다.",
           "Lotte Chemical posted an operating loss of 142 billion won in Q3, its seventh consecutive quarterly loss.", set()),
    "weekday": ("의료계는 오는 27일(금) 서울에서 집회를 연다.", "The medical community will hold a rally in Seoul on Friday the 27th.", set()),
    "weekday_bad": ("의료계는 오는 27일(금) 서울에서 집회를 연다.", "The medical community will hold a rally in Seoul on Thursday the 27th.", {"MT-NUM-001"}),
    # the same sentences mistranslated: one number error each, and no omission
    "hours_bad": ("복구 작업은 사고 발생 3시간 만에 마무리됐다.", "Restoration work was completed 30 hours after the accident.", {"MT-NUM-001"}),
    "third_bad": ("국내 생산량의 3분의 1이 해외로 수출된다.", "A quarter of domestic production is exported overseas.", {"MT-NUM-001"}),
    "gen_bad": ("회사는 내년에 6세대 제품을 선보일 예정이다.", "The company plans to unveil fifth-generation products next year.", {"MT-NUM-001"}),
    "chain_bad": ("지난달 사전청약에는 1만 2000가구 모집에 29만 5000명이 몰려 평균 24.6대 1의 경쟁률을 기록했다.",
                  "Last month's pre-subscription drew 29,500 applicants for 12,000 households, an average competition rate of 24.6 to 1.", {"MT-NUM-001"}),
    "gb_bad": ("이 제품은 용량을 36GB로 늘렸다.", "The product increased capacity to 36TB.", {"MT-NUM-001"}),
    "mm_bad": ("이날 제주에는 시간당 50㎜의 비가 내렸다.", "Jeju received 50cm of rain per hour on the day.", {"MT-NUM-001"}),
    # the batting position 4번 타자 is "cleanup hitter"; it must not take the 4 of "4 RBIs" from 4타점
    "batting": ("타선에서는 4번 타자 문보경이 4타수 3안타 4타점으로 맹활약했다.",
                "At the plate, cleanup hitter Moon Bo-kyung had 3 hits in 4 at-bats and 4 RBIs.", set()),
    "batting_bad": ("타선에서는 4번 타자 문보경이 4타수 3안타 4타점으로 맹활약했다.",
                    "At the plate, cleanup hitter Moon Bo-kyung had 3 hits in 4 at-bats and 3 RBIs.", {"MT-NUM-001"}),
    "year_ago": ("취업자 수는 2,912만 4천 명으로 1년 전보다 20만 8천 명 늘었다.",
                 "The number of employed people was 29,124,000, an increase of 208,000 from a year ago.", set()),
    "year_ago_bad": ("취업자 수는 2,912만 4천 명으로 1년 전보다 20만 8천 명 늘었다.",
                     "The number of employed people was 29,124,000, an increase of 208,000 from two years ago.", {"MT-NUM-001"}),
    "bp": ("한국은행은 기준금리를 연 3.50%에서 3.25%로 0.25%포인트 인하했다.",
           "The Bank of Korea lowered the base rate by 25 basis points from 3.50% to 3.25% per year.", set()),
    "bp_bad": ("한국은행은 기준금리를 연 3.50%에서 3.25%로 0.25%포인트 인하했다.",
               "The Bank of Korea lowered the base rate by 50 basis points from 3.50% to 3.25% per year.", {"MT-NUM-001"}),
    "avg": ("그는 이번 시리즈에서 타율 0.429를 기록했다.", "He recorded a batting average of .429 in this series.", set()),
    "avg_bad": ("그는 이번 시리즈에서 타율 0.429를 기록했다.", "He recorded a batting average of .249 in this series.", {"MT-NUM-001"}),
    "ug_bad": ("이날 초미세먼지 농도는 112㎍/㎥까지 치솟았다.", "The concentration of ultrafine dust soared to 112mg/㎥ on the day.", {"MT-NUM-001"}),
    "ug": ("이날 초미세먼지 농도는 112㎍/㎥까지 치솟았다.", "The concentration of ultrafine dust soared to 112 micrograms per cubic meter on the day.", set()),
    # one quantity in another unit of it: 100만㎾ is 1,000MW (and 1,000 GW is a thousand times off)
    "kw": ("한빛 3호기는 100만㎾급 가압경수로다.", "Hanbit Unit 3 is a 1,000MW-class pressurized water reactor.", set()),
    "kw_bad": ("한빛 3호기는 100만㎾급 가압경수로다.", "Hanbit Unit 3 is a 1,000GW-class pressurized water reactor.", {"MT-NUM-001"}),
    "km": ("터널 길이는 1.2㎞다.", "The tunnel is 1,200 m long.", set()),
    # imperial conversions: 485㎞ is "301 miles" (and "485 miles" is wrong); an added conversion is no extra number
    "miles": ("아이오닉 5의 주행거리는 최대 485㎞다.", "The Ioniq 5 has a range of up to 301 miles.", set()),
    "miles_bad": ("아이오닉 5의 주행거리는 최대 485㎞다.", "The Ioniq 5 has a range of up to 485 miles.", {"MT-NUM-001"}),
    "acres": ("산불로 산림 4,500㏊가 탔다.", "The fire burned 4,500 hectares (about 11,100 acres) of forest.", set()),
    "half_hour": ("회의는 30분 만에 끝났다.", "The meeting ended in half an hour.", set()),
    "doubled": ("매출은 1년 새 2배로 늘었다.", "Sales doubled in a year.", set()),
    # the change word after a bracket that restates the number: 290원(2.9%) 오른 is a rise
    "fare": ("지하철 기본요금은 1,400원에서 290원(2.9%) 오른 1,690원이 된다.", "The basic subway fare will rise 290 won (2.9%) from 1,400 won to 1,690 won.", set()),
    "fare_bad": ("지하철 기본요금은 1,400원에서 290원(2.9%) 오른 1,690원이 된다.", "The basic subway fare will go down 290 won (2.9%) from 1,400 won to 1,690 won.", {"MT-NUM-003"}),
    # 오후 governs both ends of a time range
    "pm_range": ("설명회는 오후 2시부터 5시까지 열린다.", "The briefing session will be held from 2 p.m. to 5 p.m.", set()),
    "pm_range2": ("설명회는 오후 2~5시 열린다.", "The briefing session will be held from 2 to 5 p.m.", set()),
    "pm_range_bad": ("설명회는 오후 2시부터 5시까지 열린다.", "The briefing session will be held from 2 p.m. to 4 p.m.", {"MT-NUM-001"}),
    # a range with its tilde dropped is one error ("34 days" for 3~4일), not three findings
    "range": ("행사는 오는 3~4일 열린다.", "The event will be held on the 3rd and 4th.", set()),
    "range_bad": ("행사는 오는 3~4일 열린다.", "The event will be held for 34 days.", {"MT-NUM-001"}),
    "doubling": ("외국인 관광객은 185만 명으로 전년 대비 2배 가까이 증가했다.", "Foreign tourists numbered 1.85 million, nearly doubling from the previous year.", set()),
    "raise_bad": ("정부는 세액공제율을 15%에서 20%로 상향하는 방안을 검토 중이다.",
                  "The government is considering lowering the tax credit rate from 20% to 15%.", {"MT-NUM-003"}),
}


def test_one_sentence_number_cases(tmp_path):
    for name, (ko, en, _) in _NUMBER_CASES.items():
        (tmp_path / f"{name}.txt").write_text(f"{ko}\n\n{en}\n", encoding="utf-8")
    result = run_audit([str(tmp_path)], AuditConfig())
    got = {d.document.id: d for d in result.documents}
    for name, (_, _, expected) in _NUMBER_CASES.items():
        d = got[name]
        assert [(p.ko, p.en) for p in d.pairs] == [((0,), (0,))], name  # a one-sentence pair is linked
        assert {f.rule_id for f in d.findings} == expected, (name, [(f.rule_id, f.message) for f in d.findings])


def test_an_english_paragraph_left_in_korean_is_one_error(tmp_path):
    ko = ["경북도는 내년 예산을 12조 원 규모로 편성했다.", "복지 분야 예산은 전년보다 8% 늘었다.",
          "도는 세수 감소에 대비해 지방채 발행 규모를 1,500억 원으로 제한하기로 했다.", "도의회는 다음 달 예산안을 심의한다."]
    en = ["Gyeongbuk Province has drawn up next year's budget at 12 trillion won.", "The welfare budget rose 8% from the previous year.", ko[2],
          "The provincial council will review the budget next month."]
    path = tmp_path / "budget.txt"
    path.write_text("\n\n".join(ko + en) + "\n", encoding="utf-8")
    (d,) = run_audit([str(path)], AuditConfig()).documents
    assert len(d.document.ko) == 4 and len(d.document.en) == 4  # the Korean paragraph among the English is the English's
    got = [(f.rule_id, f.severity.value) for f in d.findings]
    assert got == [("MT-HANGUL-001", "error")], [(f.rule_id, f.message) for f in d.findings]


def test_a_quoted_we_is_quoted_in_every_input_format(tmp_path):
    # the quotation marks of the text, not of the file: JSONL escapes them, XLIFF writes &quot;
    import json

    ko = "박 대표는 “이용자 의견을 빠르게 반영하겠다”고 덧붙였다."
    quoted = 'CEO Park added, "We will quickly reflect user feedback."'
    narrated = "CEO Park added that we will quickly reflect user feedback."
    (tmp_path / "q.jsonl").write_text(json.dumps({"ko": ko, "en": quoted}, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "n.jsonl").write_text(json.dumps({"ko": ko, "en": narrated}, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "q.xlf").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        '<file source-language="ko" target-language="en" datatype="plaintext" original="q"><body>\n'
        f'<trans-unit id="1"><source>{ko}</source><target>CEO Park added, &quot;We will quickly reflect user feedback.&quot;</target></trans-unit>\n'
        "</body></file></xliff>\n", encoding="utf-8")
    # a quotation opened in the sentence before, in the same paragraph of a page
    (tmp_path / "p.txt").write_text(
        f"{ko} 그는 “속도를 높이겠다”고 말했다.\n\n"
        'CEO Park added, "We will listen to users. We will also move faster," he said.\n', encoding="utf-8")
    result = run_audit([str(tmp_path)], AuditConfig())
    got = {d.document.id: [f.rule_id for f in d.findings if f.rule_id == "MT-PRON-001"] for d in result.documents}
    assert sorted(got.values()) == [[], [], [], ["MT-PRON-001"]] and got["n"] == ["MT-PRON-001"], got


_RATE_KO = [
    "한국은행 금융통화위원회는 26일 통화정책방향 회의를 열고 기준금리를 연 3.50%에서 3.25%로 0.25%포인트 인하했다.",
    "지난 10월에 이어 두 달 연속 인하로, 금통위가 두 차례 연속 금리를 내린 것은 2009년 이후 17년 만이다.",
    "금통위는 내수 부진이 길어지고 수출 증가세도 둔화하면서 경기 하방 위험이 커졌다고 판단했다.",
    "한은은 이날 발표한 수정 경제전망에서 내년 국내총생산(GDP) 성장률 전망치를 2.1%에서 1.8%로 낮췄다.",
    "소비자물가 상승률은 지난달 1.9%로 석 달 연속 한은의 물가안정 목표인 2%를 밑돌았다.",
    "이번 결정에는 금통위원 7명 중 신성환 위원 1명이 동결 소수의견을 냈다.",
]
_RATE_EN = [
    "The Monetary Policy Committee of the Bank of Korea held a monetary policy direction meeting on the 26th and lowered the base rate by 0.25 percentage points from 3.50% to 3.25% per annum.",
    "Following October, this is the second consecutive monthly cut, and it is the first time in 17 years since 2009 that the Monetary Policy Committee has lowered interest rates twice in a row.",
    "The Monetary Policy Committee judged that the downside risk to the economy has increased as domestic demand remained sluggish and export growth slowed.",
    "In the revised economic outlook released on this day, the Bank of Korea lowered its forecast for next year's gross domestic product (GDP) growth rate from 2.1% to 1.8%.",
    "The consumer price inflation rate was 1.9% last month, falling below the Bank of Korea's price stability target of 2% for three consecutive months.",
    "In this decision, one of the seven committee members, member Shin Sung-hwan, gave a minority opinion to freeze.",
]


def test_a_sentence_that_lost_a_clause_is_one_partial_omission(tmp_path):
    # with its reason clause dropped, the English of sentence 3 scores about as well apart as linked; reported apart it
    # read "not translated" plus "English with no source", both wrong: it is one link that lost a clause
    cut = list(_RATE_EN)
    cut[2] = "The Monetary Policy Committee judged that the downside risk to the economy has increased."
    for name, en in (("full", _RATE_EN), ("cut", cut)):
        (tmp_path / f"{name}.txt").write_text("\n\n".join(_RATE_KO + en) + "\n", encoding="utf-8")
    got = {d.document.id: d for d in run_audit([str(tmp_path)], AuditConfig()).documents}
    for name in ("full", "cut"):
        assert [(p.ko, p.en) for p in got[name].pairs] == [((i,), (i,)) for i in range(6)], name
    assert [f.rule_id for f in got["full"].findings] == []
    assert [(f.rule_id, f.pair) for f in got["cut"].findings] == [("MT-OMIT-003", 2)]
    assert got["cut"].pairs[2].scores.get("rejoined") == 1.0 and "rejoined" not in got["full"].pairs[2].scores


def pair_files(folder, name, ko, en):
    """NAME.ko.txt and NAME.en.txt in `folder`, one sentence a line."""
    (folder / f"{name}.ko.txt").write_text("\n".join(ko) + "\n", encoding="utf-8")
    (folder / f"{name}.en.txt").write_text("\n".join(en) + "\n", encoding="utf-8")


_MATCH_KO = [
    "전북 현대가 홈에서 울산 HD에 0-1로 졌다.",
    "전북은 경기 내내 점유율에서 앞섰지만 결정적인 기회를 살리지 못했다.",
    "전북은 후반 추가시간 골키퍼까지 공격에 가담했지만 끝내 동점을 만들지 못했다.",
    "경기 뒤 감독은 선수들의 투지를 높이 평가했다.",
]
_MATCH_EN = [
    "Jeonbuk Hyundai lost 0-1 to Ulsan HD at home.",
    "Jeonbuk dominated possession throughout the game but failed to take their decisive chances.",
    "Jeonbuk even sent their goalkeeper forward in stoppage time but could not equalize.",
    "After the game, the coach praised the players' fighting spirit.",
]


def test_a_lost_clause_with_no_number_or_name_is_named(tmp_path):
    # sentence 3 loses its second clause (끝내 동점을 만들지 못했다): no number, no name, the English merely short;
    # the Korean without that clause matches the English better than the whole does, and the finding names it
    cut = list(_MATCH_EN)
    cut[2] = "Jeonbuk even sent their goalkeeper forward in stoppage time."
    for name, en in (("full", _MATCH_EN), ("cut", cut)):
        pair_files(tmp_path, name, _MATCH_KO, en)
    got = {d.document.id: d for d in run_audit([str(tmp_path)], AuditConfig()).documents}
    assert [f.rule_id for f in got["full"].findings] == []
    assert {f.pair for f in got["cut"].findings} == {2}  # (MT-NEG-001 too: the lost clause held the negation)
    (finding,) = [f for f in got["cut"].findings if f.rule_id == "MT-OMIT-003"]
    assert "“끝내 동점을 만들지 못했다.” is not in it" in finding.message
    # without an encoder there is no such evidence, and length alone is not enough here
    bare = {d.document.id: d for d in run_audit([str(tmp_path)], AuditConfig(encoder="none")).documents}
    assert [f.rule_id for f in bare["cut"].findings if f.rule_id == "MT-OMIT-003"] == []


def test_korean_clauses_cut_at_connective_endings_only():
    from mtaudit.rules.omission import korean_clauses

    def parts(text):
        return [text[a:b].strip(" ,") for a, b in korean_clauses(text)]

    assert parts("반도체 수출은 14개월 연속 증가세를 이어갔으며 월간 기준 역대 최대치를 경신했다.") == [
        "반도체 수출은 14개월 연속 증가세를 이어갔으며",
        "월간 기준 역대 최대치를 경신했다.",
    ]
    # one predicate with an auxiliary (하고 있다, 꺾이지 않을) and an adverb (성실하게) are not clauses
    assert len(korean_clauses("경찰은 정확한 사고 원인을 조사하고 있다.")) == 1
    assert len(korean_clauses("수출 증가세가 쉽게 꺾이지 않을 것으로 보인다.")) == 1
    assert len(korean_clauses("노조는 사측이 성실하게 교섭에 임해야 한다고 말했다.")) == 1


def test_an_acronym_is_not_a_lost_part(tmp_path):
    # "PPP lawmakers" says 국민의힘 소속 의원들 in three letters: the English is short, nothing is lost
    ko = ["여야는 이날 국회 본회의에서 내년도 예산안을 처리했다.", "국민의힘 소속 의원들은 표결에 불참했다.", "예산안은 찬성 180표로 가결됐다."]
    en = ["The rival parties handled next year's budget bill at a plenary session of the National Assembly on the day.",
          "PPP lawmakers boycotted the vote.", "The budget bill passed with 180 votes in favor."]
    pair_files(tmp_path, "vote", ko, en)
    (doc,) = run_audit([str(tmp_path)], AuditConfig()).documents
    assert [(p.ko, p.en) for p in doc.pairs] == [((i,), (i,)) for i in range(3)]
    assert [f.rule_id for f in doc.findings if f.rule_id.startswith("MT-OMIT")] == []


def test_a_person_named_by_the_surname_alone_is_not_lost(tmp_path):
    # after the first mention English news says "Son", not "Son Heung-min": 손흥민의 is rendered, not lost
    ko = ["손흥민이 결승골을 터뜨린 LAFC가 시애틀 사운더스를 2-1로 꺾고 4강에 진출했다.",
          "손흥민은 1-1로 맞선 후반 35분 오른발 슈팅으로 골망을 흔들었다.", "이번 시즌 손흥민의 12번째 골이다."]
    en = ["LAFC, with Son Heung-min scoring the winning goal, beat the Seattle Sounders 2-1 to advance to the semifinals.",
          "Son found the net with a right-footed shot in the 35th minute of the second half with the score tied 1-1.",
          "It was Son's 12th goal of the season."]
    for name, last in (("named", en[2]), ("lost", "It was the 12th goal of the season.")):
        pair_files(tmp_path, name, ko, en[:2] + [last])
    got = {d.document.id: d for d in run_audit([str(tmp_path)], AuditConfig()).documents}
    assert [f.rule_id for f in got["named"].findings] == []
    assert [(f.rule_id, f.pair, f.source_term) for f in got["lost"].findings] == [("MT-OMIT-003", 2, "손흥민")]
