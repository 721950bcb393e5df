"""The engine on documents: term, forbidden and consistency rules, spans into the file, code rules."""

import pytest

from mtaudit.rules import RuleSet, check, load_ruleset
from mtaudit.rules.engine import example_document
from mtaudit.rules.base import Example
from mtaudit.rules.pack import load_pack_bytes
from mtaudit.types import AlignedPair, Document, Lang, Segment, SourceFile, Span

from test_rules_pack import GOOD


@pytest.fixture(scope="module")
def pack_rules():
    return RuleSet.build([load_pack_bytes(GOOD.encode(), "test.yaml")])


def article(ko_sents, en_sents, links):
    """A two-file document: Korean sentences in file 0, English in file 1 (one per line, extra spaces)."""
    files, segs = [], {}
    for fi, (lang, sents) in enumerate(((Lang.KO, ko_sents), (Lang.EN, en_sents))):
        text = ""
        out = []
        for i, s in enumerate(sents):
            text += "  "
            start = len(text)
            raw = s.replace(" ", "  ")  # the file has double spaces; Segment.text is collapsed
            text += raw + "\n"
            out.append(Segment(i, lang, s, Span(fi, start, start + len(raw))))
        files.append(SourceFile(f"f{fi}.txt", text))
        segs[lang] = tuple(out)
    doc = Document("doc", tuple(files), ko=segs[Lang.KO], en=segs[Lang.EN])
    pairs = [AlignedPair(i, k, e) for i, (k, e) in enumerate(links)]
    return doc, pairs


def spans_text(doc, spans):
    return [doc.files[s.file].text[s.start : s.end] for s in spans]


def test_bad_rendering_is_an_error_with_span_suggestion_and_fingerprint_fields(pack_rules):
    doc, pairs = article(
        ["충북이 소부장 특화단지로 지정됐다.", "소부장 기업의 경쟁력을 강화한다."],
        ["Chungbuk was designated a complex for small managers.", "It will strengthen small-manager companies."],
        [((0,), (0,)), ((1,), (1,))],
    )
    fs = [f for f in check(doc, pairs, pack_rules) if f.rule_id == "T-TERM-001"]
    assert [f.pair for f in fs] == [0, 1]
    assert [spans_text(doc, f.en_spans) for f in fs] == [["small  managers"], ["small-manager"]]
    assert [spans_text(doc, f.ko_spans) for f in fs] == [["소부장"], ["소부장"]]
    assert all(f.severity.value == "error" and f.suggestion == "materials, parts and equipment" for f in fs)
    assert fs[0].source_term == "소부장" and fs[0].rendering == "small managers"
    assert fs[0].fingerprint("doc") != fs[1].fingerprint("doc")


def test_missing_expected_rendering_gives_check_finding(pack_rules):
    doc, pairs = article(["소부장 특화단지를 지정했다."], ["A special complex was designated."], [((0,), (0,))])
    (f,) = [f for f in check(doc, pairs, pack_rules) if f.rule_id == "T-TERM-001"]
    assert f.severity.value == "warning" and f.rendering is None
    assert spans_text(doc, f.ko_spans) == ["소부장"]
    doc, pairs = article(["소재·부품·장비 특화단지를 지정했다."], ["A special complex was designated."], [((0,), (0,))])
    (f,) = [f for f in check(doc, pairs, pack_rules) if f.rule_id == "T-TERM-001"]
    assert f.message.startswith("소재·부품·장비:")  # the form the Korean has, not the rule's first source


def test_expected_or_accepted_rendering_is_not_flagged(pack_rules):
    doc, pairs = article(
        ["차기 소재부품장비 경쟁력강화 위원회", "소부장 기업"],
        ["the next committee on materials, parts and equipment", "materials, components and equipment companies"],
        [((0,), (0,)), ((1,), (1,))],
    )
    assert [f for f in check(doc, pairs, pack_rules) if f.rule_id == "T-TERM-001"] == []


def test_bad_rendering_where_korean_says_something_else_is_not_flagged(pack_rules):
    doc, pairs = article(
        ["부장은 회의에 참석했다.", "회의가 끝났다.", "다음 안건"],
        ["The division manager attended the meeting.", "The meeting ended.", "Next item"],
        [((0,), (0,)), ((1,), (1,)), ((2,), (2,))],
    )
    assert [f for f in check(doc, pairs, pack_rules) if f.rule_id == "T-TERM-001"] == []


def test_bad_rendering_in_unaligned_english_or_next_to_the_term_is_flagged(pack_rules):
    doc, pairs = article(
        ["소부장 특화단지 지정식이 열렸다.", "장관이 참석했다."],
        ["The Minister attended.", "The ceremony for small managers was held.", "Extra line about small managers."],
        [((0,), ()), ((1,), (0,)), ((), (1,)), ((), (2,))],
    )
    fs = [f for f in check(doc, pairs, pack_rules) if f.rule_id == "T-TERM-001"]
    assert sorted(f.pair for f in fs) == [2, 3]
    assert all("no aligned Korean" in f.message for f in fs)


def test_forbidden_fires_without_korean_and_respects_unless_ko(pack_rules):
    doc, pairs = article(
        ["미래 식량 자원을 확보한다.", "미래먹거리로 육성한다."],
        ["It secures a future food source.", "It fosters it as a future food industry.", "Future foods matter."],
        [((0,), (0,)), ((1,), (1,)), ((), (2,))],
    )
    fs = [f for f in check(doc, pairs, pack_rules) if f.rule_id == "T-FORBID-001"]
    assert [f.pair for f in fs] == [1, 2]
    assert spans_text(doc, fs[1].en_spans) == ["Future  foods"]
    assert fs[0].suggestion == "future growth engine"


def test_consistency_flags_every_other_rendering(pack_rules):
    doc, pairs = article(
        ["에코프로비엠 대표", "에코프로비엠 대표", "에코프로비엠 등"],
        ["Kwon of Ecoro BM attended.", "The CEO of Ecoro BM spoke.", "LG and Ecopro BM are there."],
        [((0,), (0,)), ((1,), (1,)), ((2,), (2,))],
    )
    fs = [f for f in check(doc, pairs, pack_rules) if f.rule_id == "T-CONS-001"]
    assert [(f.pair, f.rendering) for f in fs] == [(0, "Ecoro BM"), (1, "Ecoro BM"), (2, "Ecopro BM")]
    assert all(f.suggestion == "EcoPro BM" for f in fs)


def test_one_form_is_consistent(pack_rules):
    doc, pairs = article(["에코프로비엠"], ["EcoPro BM and EcoPro BM."], [((0,), (0,))])
    assert [f for f in check(doc, pairs, pack_rules) if f.rule_id == "T-CONS-001"] == []


def test_check_without_ctx_and_signature():
    rs = load_ruleset([])
    doc, pairs = example_document(Example(ko="간담회에는 16명이 참석했다.", en="Attending the meeting were 16 people."))
    assert [f for f in check(doc, pairs, rs) if f.rule_id.startswith("MT-NUM")] == []
    assert "code@" in rs.signature


@pytest.mark.parametrize(
    "ko, en, rule",
    [
        # a short name, and the same syllables as an ordinary word (a noun + particle, a genre, food)
        ("산은은 구조조정 방안을 발표했다.", "The Industrial Bank announced a restructuring plan.", "KO-TERM-112"),
        ("이 산은 해발 1950m로 남한에서 가장 높다.", "At 1,950 meters, this mountain is the highest in South Korea.", None),
        ("한은이 기준금리를 동결했다.", "Han Eun froze the base rate.", "KO-TERM-117"),
        ("그의 한은 쉽게 풀리지 않았다.", "His resentment did not easily go away.", None),
        ("무협은 올해 수출 전망을 발표했다.", "The Korea Trade Association released this year's export outlook.", "KO-TERM-109"),
        ("그는 어린 시절부터 무협 소설을 즐겨 읽었다.", "He has enjoyed reading martial arts novels since childhood.", None),
        ("그는 무협지를 쓰는 작가다.", "He is a writer of martial arts fiction.", None),
        ("회사는 바이오를 새 먹거리로 키운다.", "The company is growing bio as a new food.", "KO-TERM-002"),
        ("회사는 새로운 먹거리 발굴에 나섰다.", "The company set out to find new food.", "KO-TERM-002"),
        ("시장에는 새로운 먹거리가 가득했다.", "The market was full of new things to eat.", None),
        ("관광객들은 새로운 먹거리를 맛보려고 줄을 섰다.", "Tourists lined up to taste the new snacks.", None),
        # parties and state bodies: the calque, and the English news's own ways of saying them
        ("국민의힘은 이날 의원총회를 열었다.", "The power of the people held a general meeting of lawmakers.", "KO-TERM-165"),
        ("국민의힘 소속 의원들은 표결에 불참했다.", "PPP lawmakers boycotted the vote.", None),
        ("공수처는 이날 관련자들을 소환했다.", "The Airborne Division summoned those involved on the day.", "KO-TERM-170"),
        ("여야는 이날 국회 본회의에서 예산안을 처리했다.", "The rival parties passed the budget bill at a plenary session on the day.", None),
        ("국회의원 10명이 법안을 공동 발의했다.", "Ten lawmakers jointly proposed the bill.", None),
    ],
)
def test_builtin_terms_in_their_sense_only(ko, en, rule):
    doc, pairs = example_document(Example(ko=ko, en=en))
    got = {f.rule_id for f in check(doc, pairs, load_ruleset([])) if f.rule_id.startswith("KO-TERM")}
    assert got == ({rule} if rule else set())


# ------------------------------------------------------------------ code rules


@pytest.fixture(scope="module")
def code_only():
    return load_ruleset([], builtin=False)


def run(rs, ko, en, rule_prefix):
    doc, pairs = example_document(Example(ko=ko, en=en))
    return [f for f in check(doc, pairs, rs) if f.rule_id.startswith(rule_prefix)]


@pytest.mark.parametrize(
    "ko, en",
    [
        ("정부는 20조 원을 투입한다.", "The government will invest 20 trillion won."),
        ("2028년까지 1,172억 원을 지원한다.", "It will support KRW 117.2 billion by 2028."),
        ("이를 위해 대전시는 1일 대전시청에서 협의회를 발족했다.", "To this end, Daejeon City launched the council at Daejeon City Hall on the 1st."),
        ("간담회에는 관계자 등 16명이 참석했다.", "Attending the meeting were 16 people, including officials."),
        ("4대 전략산업과 동반성장이 가능하다.", "It can grow together with the four major strategic industries."),
        ("3개 추진 전략 및 5개 중점과제도 제시됐다.", "Three promotion strategies and five key tasks were presented."),
        ("한국, 중국, 일본 3국의 경쟁이 심화될 것이다.", "Competition between Korea, China, and Japan will increase."),
        ("오창과학산업단지(제2산단포함)이다.", "It is the Ochang Science Industrial Complex (including the 2nd industrial complex)."),
        ("23일 15:00 서울에서 지정식이 열렸다.", "The ceremony was held in Seoul at 15:00 on the 23rd."),
        ("수출이 5.3% 증가했다.", "Exports rose 5.3 percent."),
        ("글로벌 1등 클러스터로 성장한다.", "It will grow into a global No. 1 cluster."),
        ("이차전지 3사가 위치하고 있다.", "There are three secondary battery companies."),
        # a change in the same direction on both sides (MT-NUM-003), points kept as points (MT-NUM-004)
        ("수출은 7.3% 감소했지만 수입은 2.1% 증가했다.", "Exports fell 7.3%, but imports increased 2.1%."),
        ("실업률이 0.5%포인트 하락한 3.2%를 기록했다.", "The unemployment rate fell 0.5 percentage points to 3.2%."),
        ("수출은 3년 만에 감소로 돌아섰다.", "Exports turned to a decline for the first time in three years."),
        ("반도체 수출이 10% 이상 감소했다.", "Semiconductor exports fell more than 10%."),
        ("한국은행은 기준금리를 0.25%포인트 인하했다.", "The Bank of Korea cut the base rate by 0.25 percentage points."),
        ("시장은 2030년까지 10조원 규모로 성장할 전망이다.", "The market is expected to grow to 10 trillion won by 2030."),
        ("적자는 3조원 줄었다.", "The deficit narrowed by 3 trillion won."),
        ("충전 한 번에 최대 150㎞를 달린다.", "It can run up to 150 km on a single charge."),
        ("수출액은 98억 달러로 12.5% 증가했다.", "Exports rose 12.5% to $9.8 billion."),
        ("점유율은 2020년 34.7%에서 2023년 23.1%로 하락했다.", "The share fell from 34.7% in 2020 to 23.1% in 2023."),
        ("수출이 3년 줄곧 증가했다.", "Exports have increased for three years."),  # 줄곧 (all along) is no 줄었다
        ("경제는 지난해 0.8% 역성장했다.", "The economy contracted 0.8% last year."),  # 역성장: negative growth
        ("유류할증료는 이달 18단계에서 다음 달 16단계로 내려간다.", "The fuel surcharge will fall from level 18 this month to level 16 next month."),
    ],
)
def test_numbers_that_match(code_only, ko, en):
    assert run(code_only, ko, en, "MT-NUM") == []


@pytest.mark.parametrize(
    "ko, en, rule",
    [
        ("2028년까지 1,172억 원을 지원한다.", "It will support KRW 11.72 billion by 2028.", "MT-NUM-001"),
        ("정부는 20조 원을 투입한다.", "The government will invest 20 billion won.", "MT-NUM-001"),
        ("23일 서울에서 지정식이 열렸다.", "The ceremony was held in Seoul on the 24th.", "MT-NUM-001"),
        ("간담회에는 16명이 참석했다.", "Officials attended the meeting.", "MT-NUM-001"),
        ("수출이 5.3% 증가했다.", "Exports rose 3.5 percent.", "MT-NUM-001"),
        ("100달러를 냈다.", "He paid 100 won.", "MT-NUM-001"),
        ("간담회가 열렸다.", "The meeting was attended by 30 officials.", "MT-NUM-002"),
        ("수출은 7.3% 감소했다.", "Exports increased by 7.3%.", "MT-NUM-003"),
        ("2심은 형량을 2년 늘렸다.", "The appeals court reduced the sentence by two years.", "MT-NUM-003"),  # 늘렸다, 줄였다
        ("회사는 인력을 30% 줄였다.", "The company increased its workforce by 30%.", "MT-NUM-003"),
        ("수입은 작년보다 3천억원 줄었다.", "Imports were up 300 billion won from last year.", "MT-NUM-003"),
        ("판매량이 15% 늘어난 2만 대를 기록했다.", "Sales fell 15% to 20,000 units.", "MT-NUM-003"),
        ("한국은행은 기준금리를 0.25%포인트 인하했다.", "The Bank of Korea raised the base rate by 0.25 percentage points.", "MT-NUM-003"),
        ("점유율은 2.5%포인트 상승했다.", "The share rose 2.5%.", "MT-NUM-004"),
        ("점유율은 2020년 34.7%에서 2023년 23.1%로 하락했다.", "The share rose from 34.7% in 2020 to 23.1% in 2023.", "MT-NUM-003"),
        ("유류할증료는 이달 18단계에서 다음 달 16단계로 내려간다.", "The fuel surcharge will rise from level 18 this month to level 16 next month.", "MT-NUM-003"),
    ],
)
def test_numbers_that_differ(code_only, ko, en, rule):
    assert rule in [f.rule_id for f in run(code_only, ko, en, "MT-NUM")]


def test_numbers_only_on_translated_pairs(code_only):
    doc, _ = example_document(Example(ko="간담회에는 16명이 참석했다.", en="Officials attended."))
    pairs = [AlignedPair(0, (0,), ()), AlignedPair(1, (), (0,))]
    assert [f for f in check(doc, pairs, code_only) if f.rule_id.startswith("MT-NUM")] == []


def test_number_finding_spans(code_only):
    (f,) = run(code_only, "정부는 2028년까지 1,172억 원을 지원한다.", "The government provides KRW 11.72 billion by 2028.", "MT-NUM-001")
    doc, _ = example_document(Example(ko="정부는 2028년까지 1,172억 원을 지원한다.", en="The government provides KRW 11.72 billion by 2028."))
    assert spans_text(doc, f.ko_spans) == ["1,172억 원"]
    assert spans_text(doc, f.en_spans) == ["KRW 11.72 billion"]


@pytest.mark.parametrize(
    "en, flagged",
    [
        ("Vice Minister Yang Byung-nae met them. Later Vice Minister Yang Byeong-nae spoke.", "Yang Byeong-nae"),
        ("Kwon Woo-seok of EcoPro BM spoke. Then Woosuk Kwon left.", "Woosuk Kwon"),
        ("Minister Sung Yun-mo came. Minister Sung Yoon-mo left.", "Sung Yoon-mo"),
        ("LG Energy Solution and SK On came. LG Energy Solutions left.", "LG Energy Solutions"),
        ("Hanwha Qcells came. Hanwha QCells left. Hanwha Qcells stayed.", "Hanwha QCells"),
        # a typo near the end of a word (three letters kept before it, the last after it)
        ("Hanmi Pharmaceutical will run the trial. Hanmei Pharmaceutical will invest. Hanmi Pharmaceutical said so.", "Hanmei Pharmaceutical"),
        ("Celltrion Healthcare shares rose. Celltrian Healthcare said so. Celltrion Healthcare expects more.", "Celltrian Healthcare"),
        # the last letter swapped for one that sounds the same
        ("The Ioniq 5 led exports. In particular, the Ionic 5 received favorable reviews.", "Ionic 5"),
    ],
)
def test_name_variants(code_only, en, flagged):
    fs = run(code_only, "", en, "MT-NAME-00")
    assert flagged in [f.rendering for f in fs]


@pytest.mark.parametrize(
    "en",
    [
        "Korea and Korean companies met. The Minister of Trade visited the Ministry of Trade.",
        "Chungbuk and Chungnam governors met in Daejeon Techno Park and Chungbuk Technopark.",
        "Lee Si-jong met Sung Yun-mo. Lee Si-jong thanked Sung Yun-mo.",
        "SK on Monday said SK On would invest.",
        "Daewoo and Daewon are different companies. Daewoo left; Daewon stayed.",
    ],
)
def test_name_variants_not_flagged(code_only, en):
    assert run(code_only, "", en, "MT-NAME-00") == []


def test_official_name_near_miss(code_only):
    en = "Vice Minister of Commerce, Industry and Energy Yang Byung-nae met Ecoro BM."
    fs = run(code_only, "양병내 산업통상자원부 차관은 에코프로비엠을 만났다.", en, "MT-NAME-002")
    assert {f.rendering for f in fs} == {"Minister of Commerce, Industry and Energy", "Ecoro BM"}
    assert {f.suggestion for f in fs} == {"Minister of Trade, Industry and Energy", "EcoPro BM"}
    # a word in place of another is only wrong where the Korean names that body (the former Ministry of Commerce,
    # Industry and Energy existed); a misspelling is wrong anywhere
    fs = run(code_only, "", en, "MT-NAME-002")
    assert {f.rendering for f in fs} == {"Ecoro BM"}
    fs = run(code_only, "현대로템 관계자가 참석했다.", "An official from Hyundai Lotem attended.", "MT-NAME-002")
    assert [(f.rendering, f.suggestion) for f in fs] == [("Hyundai Lotem", "Hyundai Rotem")]


def test_name_order(code_only):
    fs = run(code_only, "", "Lee Si-jong met Sung Yun-mo. Jonghyun Kim and Kwon Woo-seok attended.", "MT-NAME-003")
    assert [f.rendering for f in fs] == ["Jonghyun Kim"]
    assert fs[0].suggestion == "Kim Jong-hyun"
    # a rank or title before the family name is no given name ("Captain Kim" was 'Kim Cap-tain')
    assert run(code_only, "", "Lee Si-jong met Kim Tae-hoon. Captain Kim and Pastor Lee said so.", "MT-NAME-003") == []


@pytest.mark.parametrize(
    "en, rule, hit",
    [
        ("The government's secondary battery battery was completed.", "MT-REPEAT-001", "battery battery"),
        ("We saw the the plan.", "MT-REPEAT-001", "the the"),
        ("The move-in date of the the units was set.", "MT-REPEAT-001", "the the"),
        ("Chungbuk will build a 소부장 complex.", "MT-HANGUL-001", "소부장"),
        ("It grows with the four industries (nano semiconductors, and defense). .", "MT-PUNCT-001", ". ."),
        ("It grows,, and grows.", "MT-PUNCT-001", ",,"),
        ("We will focus on securing excellent professionals. Plan.", "MT-FRAG-001", "Plan."),
    ],
)
def test_surface_checks_fire(code_only, en, rule, hit):
    fs = run(code_only, "", en, rule)
    doc, _ = example_document(Example(en=en))
    assert hit in [t for f in fs for t in spans_text(doc, f.en_spans)]


@pytest.mark.parametrize(
    "en, rule",
    [
        ("He had had enough; that that is so is clear.", "MT-REPEAT-001"),
        # the last part of a hyphenated word is no word of its own, nor the first part of the next one
        ("Units are scheduled for move-in in Daejeon, after a check-in in Seoul and talks in in-depth form.", "MT-REPEAT-001"),
        ("And then... it rose. EcoPro BM Co., Ltd. said so. The U.S. grew.", "MT-PUNCT-001"),
        ("It met the Ministry of Trade, Industry and Energy and the Ministry of Trade, Industry and Energy.", "MT-REPEAT-002"),
        ("We met the minister. Thank you.", "MT-FRAG-001"),
        ("Solid Power signed an MOU with private companies in Korea, including SK On.", "MT-FRAG-001"),
    ],
)
def test_surface_checks_quiet(code_only, en, rule):
    assert run(code_only, "", en, rule) == []


def test_repeated_clause_spans_both_copies(code_only):
    en = ("It supports the creation of a healthy ecosystem of solidarity and cooperation, strengthening competitiveness, "
          "and creating a healthy ecosystem of solidarity and cooperation.")
    (f,) = run(code_only, "", en, "MT-REPEAT-002")
    doc, _ = example_document(Example(en=en))
    assert spans_text(doc, f.en_spans) == ["a healthy ecosystem of solidarity and cooperation"] * 2


def test_invented_we(code_only):
    assert run(code_only, "그는 세액공제 등을 소개했다.", "In addition, we have investment tax deductions, etc.", "MT-PRON")
    assert not run(code_only, "그는 “우리는 최선을 다하겠다”고 말했다.", "He said, “We will do our best.”", "MT-PRON")
    assert not run(code_only, "미국과 협력한다.", "It cooperates with the US and the U.S. firms.", "MT-PRON")


def test_name_variants_confirmed_or_split_by_the_korean(code_only):
    doc, pairs = article(
        ["김병수 대표가 참석했다.", "김평수 교수가 말했다."],
        ["CEO Kim Byung-soo attended.", "Professor Kim Pyung-soo spoke."],
        [((0,), (0,)), ((1,), (1,))],
    )
    # one key for both spellings (b/p), but two different people in the Korean
    assert [f for f in check(doc, pairs, code_only) if f.rule_id == "MT-NAME-001"] == []
    doc, pairs = article(
        ["권우석 대표가 참석했다.", "권우석 대표는 말했다."],
        ["Woosuk Kwon attended.", "Kwon Woo-seok spoke."],
        [((0,), (0,)), ((1,), (1,))],
    )
    (f,) = [f for f in check(doc, pairs, code_only) if f.rule_id == "MT-NAME-001"]
    assert f.source_term == "권우석" and spans_text(doc, f.ko_spans) == ["권우석"]


def test_official_names_from_packs_feed_mt_name_002():
    pack = GOOD.replace("  - id: T-FORBID-001", """  - id: T-TERM-002
    kind: term
    name: lges
    tags: [official-name, company]
    severity: error
    source: [한화큐셀]
    expected: [Hanwha Qcells]
    docs: The company writes Hanwha Qcells.
    examples:
      fail: [{ko: "한화큐셀", en: "Hanwha Q Cells"}]
      pass: [{ko: "한화큐셀", en: "Hanwha Qcells"}]
  - id: T-FORBID-001""")
    rs = RuleSet.build([load_pack_bytes(pack.encode(), "p.yaml")], [c for c in load_ruleset([], builtin=False).code_rules if c.info.id == "MT-NAME-002"])
    doc, pairs = example_document(Example(en="Hanwha QCells will invest in Georgia."))
    (f,) = check(doc, pairs, rs)
    assert f.rule_id == "MT-NAME-002" and f.suggestion == "Hanwha Qcells" and f.rendering == "Hanwha QCells"


def test_half_is_fifty_percent(code_only):
    assert run(code_only, "시장의 50%를 차지한다.", "It holds half of the market.", "MT-NUM") == []
    assert run(code_only, "상반기 수출이 늘었다.", "Exports rose in the first half.", "MT-NUM") == []


from hypothesis import given, settings
from hypothesis import strategies as st

_FULL = load_ruleset([])
_ALPHABET = list("소부장이차전지산업은을 의 먹거리미래 abcSmall manager Ecoro BM LG Energy Solutions 0123456789,.·%조억원일 \n\t()\"“”'")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=80), st.text(alphabet=_ALPHABET, max_size=120))
def test_any_text_gives_findings_with_spans_inside_the_files(ko, en):
    rs = _FULL
    doc, pairs = example_document(Example(ko=ko, en=en))
    for f in check(doc, pairs, rs):
        for s in f.ko_spans + f.en_spans:
            assert 0 <= s.start <= s.end <= len(doc.files[s.file].text)



def test_check_finding_dropped_when_a_forbidden_phrase_already_suggests_the_term(pack_rules):
    doc, pairs = article(["소부장 특화단지를 지정했다."], ["A complex for future food was designated."], [((0,), (0,))])
    assert {f.rule_id for f in check(doc, pairs, pack_rules)} == {"T-TERM-001", "T-FORBID-001"}
    pack = GOOD.replace("suggestion: future growth engine", 'suggestion: "battery materials, parts and equipment"')
    rs = RuleSet.build([load_pack_bytes(pack.encode(), "p.yaml")])
    assert {f.rule_id for f in check(doc, pairs, rs)} == {"T-FORBID-001"}


def test_hangul_in_brackets_is_only_info(code_only):
    (f,) = run(code_only, "", "It supports materials, parts and equipment (소부장) firms.", "MT-HANGUL")
    assert f.severity.value == "info"
    (f,) = run(code_only, "", "It supports 소부장 firms.", "MT-HANGUL")
    assert f.severity.value == "warning"


@pytest.mark.parametrize(
    "ko, en, flagged",
    [
        ("1조 1,720억 원을 투입한다.", "It invests KRW 1.17 trillion.", False),
        ("1,172억 원을 지원한다.", "It provides 117 billion won.", False),
        ("1,172억 원을 지원한다.", "It provides 11.7 billion won.", True),
        ("20조 원을 투입한다.", "It invests 21 trillion won.", True),
    ],
)
def test_english_may_round_an_amount(code_only, ko, en, flagged):
    assert bool(run(code_only, ko, en, "MT-NUM-001")) is flagged


def test_a_bare_english_number_in_place_of_a_korean_count_is_one_error(code_only):
    # 500명 -> "50 semiconductor professionals": one wrong number, not a missing count plus an unexplained 50
    fs = run(code_only, "이번 협약으로 2026년까지 반도체 전문인력 500명을 양성한다.",
             "Under the agreement, 50 semiconductor professionals will be trained by 2026.", "MT-NUM")
    assert [(f.rule_id, f.severity.value, f.rendering) for f in fs] == [("MT-NUM-001", "error", "50")]


@pytest.fixture(scope="module")
def builtin():
    return load_ruleset([])


def test_an_official_body_named_in_full_may_then_be_the_ministry(builtin):
    # 국토부는 -> "The ministry" after the full name: an ordinary back-reference, not a missing name;
    # the same "The ministry" with no full name before it is still reported
    ko = ["국토교통부는 수도권에 공공주택 5만 호를 추가로 공급한다고 밝혔다.", "국토부는 다음 달 세부 일정을 공개할 예정이다."]
    en = ["The Ministry of Land, Infrastructure and Transport announced that it will supply 50,000 more public homes in the capital area.",
          "The ministry plans to disclose the detailed schedule next month."]
    doc, pairs = article(ko, en, [((0,), (0,)), ((1,), (1,))])
    assert not [f for f in check(doc, pairs, builtin) if f.rule_id == "KO-TERM-087"]
    doc, pairs = article(ko[1:], en[1:], [((0,), (0,))])
    assert [f.rule_id for f in check(doc, pairs, builtin) if f.rule_id == "KO-TERM-087"] == ["KO-TERM-087"]
    # a wrong full name is no back-reference because it starts with "the Ministry"
    wrong = [en[0], "An official from the Ministry of Housing and Tourism explained the schedule."]
    doc, pairs = article(["국토교통부는 수도권에 공공주택 5만 호를 추가로 공급한다고 밝혔다.", "국토교통부 관계자는 일정을 설명했다."], wrong,
                         [((0,), (0,)), ((1,), (1,))])
    assert [(f.rule_id, f.pair) for f in check(doc, pairs, builtin) if f.rule_id == "KO-TERM-087"] == [("KO-TERM-087", 1)]


_NAMED = ("국토교통부는 인천공항의 시간당 슬롯을 70회에서 74회로 늘린다고 9일 밝혔다.",
          "The Ministry of Land, Infrastructure and Transport said on the 9th that it will raise Incheon Airport's hourly slots from 70 to 74.")
_LATER_KO = "국토부는 신규 슬롯의 40% 이상을 저비용항공사(LCC)에 우선 배분하기로 했다."


@pytest.mark.parametrize(
    "en, flagged",
    [
        # an agentless passive or a pronoun after the full name: the body goes unnamed, as English writes it (r19b slots)
        ("At least 40% of the new slots will be allocated preferentially to low-cost carriers (LCCs).", False),
        ("It will give at least 40% of the new slots to low-cost carriers (LCCs) first.", False),
        # anything that may be a name of a body, right or wrong, keeps the check: a body word, a word of the
        # body's names, an acronym the Korean does not write, two capitalised words in a row
        ("The Land Transport Office will give at least 40% of the new slots to low-cost carriers first.", True),
        ("The government will give at least 40% of the new slots to low-cost carriers first.", True),
        ("MLIT will give at least 40% of the new slots to low-cost carriers first.", True),
        ("Korea Airports will give at least 40% of the new slots to low-cost carriers first.", True),
        ("The minister will give at least 40% of the new slots to low-cost carriers first.", True),
    ],
)
def test_an_official_body_named_in_full_may_then_go_unnamed(builtin, en, flagged):
    doc, pairs = article([_NAMED[0], _LATER_KO], [_NAMED[1], en], [((0,), (0,)), ((1,), (1,))])
    assert bool([f for f in check(doc, pairs, builtin) if f.rule_id == "KO-TERM-087" and f.pair == 1]) is flagged
    # never named before: the name is owed here
    doc, pairs = article([_LATER_KO], [en], [((0,), (0,))])
    assert [f.rule_id for f in check(doc, pairs, builtin) if f.rule_id == "KO-TERM-087"] == ["KO-TERM-087"]


def test_a_company_named_in_full_is_still_asked_for_when_a_later_sentence_names_no_one(builtin):
    # a brand has no head noun: a wrong company said alone ("Samsung" for LG화학) looks like any other word
    ko = ["LG화학은 3분기 영업이익이 1조원을 넘었다고 밝혔다.", "LG화학은 내년 양극재 생산을 두 배로 늘린다."]
    en = ["LG Chem said its third-quarter operating profit topped 1 trillion won.", "Cathode output will double next year."]
    doc, pairs = article(ko, en, [((0,), (0,)), ((1,), (1,))])
    assert [(f.rule_id, f.pair) for f in check(doc, pairs, builtin) if f.rule_id == "KO-TERM-127"] == [("KO-TERM-127", 1)]



@pytest.mark.parametrize(
    "ko, en",
    [
        ("울산은 후반 38분 주민규의 결승골로 1-0으로 이겼다.", "Ulsan won 1-0 with Joo Min-kyu's winner in the 83rd minute."),
        ("울산은 후반 38분 주민규의 결승골로 1-0으로 이겼다.", "Ulsan won 1-0 with Joo Min-kyu's winner in the 38th minute of the second half."),
        ("전반 12분 선제골이 나왔다.", "The opening goal came in the 12th minute."),
    ],
)
def test_a_matchs_minutes_count_from_kick_off(code_only, ko, en):
    assert not run(code_only, ko, en, "MT-NUM")


@pytest.mark.parametrize(
    "ko, en",
    [
        # a number inside an idiom the English says its own way (rules/data/number_idioms.tsv)
        ("6·25 전쟁 당시 실종된 국군 전사자 유해 5구가 발굴됐다.", "The remains of five South Korean soldiers who went missing during the Korean War were excavated."),
        ("대표팀은 8강에서 호주를 3-0으로 이기고 4강에 올랐다.", "The national team beat Australia 3-0 in the quarterfinals and advanced to the semifinals."),
        ("그는 3점슛 7개를 포함해 32점을 넣었다.", "He scored 32 points, including seven three-pointers."),
        ("한국시리즈는 7전 4선승제로 치러진다.", "The Korean Series is played as a best-of-seven series."),
        ("고3 수험생 44만 명이 수능을 치른다.", "440,000 high school seniors will take the CSAT."),
        ("10대 청소년 3명이 검거됐다.", "Three teenagers were arrested."),
        ("사망자는 10년 만에 최저치인 2,551명으로 집계됐다.", "The number of deaths was 2,551, the lowest in a decade."),
        ("1~3월 수출은 1,650억 달러였다.", "Exports in the first quarter were 165 billion dollars."),
        ("올해 1~9월 방한 외국인은 1,410만 명이었다.", "14.1 million foreigners visited in the first nine months of this year."),
        ("1~6월 수출은 3,300억 달러였다.", "Exports in the first half were 330 billion dollars."),
        ("한국은 반도체 생산 세계 1위 국가다.", "Korea is the world's largest semiconductor producer."),
        ("코로나 사태 이후 처음으로 방문객이 1,000만 명을 넘었다.", "For the first time since the COVID-19 pandemic, the number of visitors exceeded 10 million."),
        # numbers English writes another way
        ("사고는 15일 새벽 0시 40분께 발생했다.", "The accident occurred at around 12:40 a.m. on the 15th."),
        ("금리는 1%포인트 올랐다.", "The interest rate rose one percentage point."),
        ("대출 금리는 0.5%포인트 내려간다.", "Loan interest rates will drop by half a percentage point."),
        ("그는 징역 1년 6개월을 선고받았다.", "He was sentenced to 18 months in prison."),
        ("그는 3할 타율을 기록했다.", "He recorded a .300 batting average."),
        ("그는 100m를 9초 58에 달렸다.", "He ran 100m in 9.58 seconds."),
        ("국가부채가 1,000조 원을 넘었다.", "National debt exceeded 1 quadrillion won."),
        # a duration in another unit, a count English says with a word
        ("두 정상은 약 1시간 40분간 진행된 회담에서 공동성명에 합의했다.", "During the roughly 100-minute talks, the two leaders agreed on a joint statement."),
        ("회의는 1시간 반 동안 이어졌다.", "The meeting lasted 90 minutes."),
        ("토론은 90분 동안 진행됐다.", "The debate lasted 1.5 hours."),
        ("회의는 2시간 30분 동안 이어졌다.", "The meeting lasted two and a half hours."),
        ("회의는 2시간 30분 동안 이어졌다.", "The meeting lasted 2.5 hours."),
        ("그는 이후 60여 년간 영화 150여 편에 출연했다.", "Over the following six decades or so, he appeared in more than 150 films."),
        ("정상들은 한미일 3국 공조를 더욱 긴밀히 하겠다고 밝혔다.", "The leaders said they would further tighten trilateral cooperation."),
        ("2심 재판부는 원심을 깨고 무죄를 선고했다.", "The appellate court overturned the lower court ruling and acquitted him."),
        ("공공기관 임직원은 차량 2부제를 적용받는다.", "Public employees will be subject to the odd-even vehicle rotation system."),
        # thousands written on (Yonhap style): one number, not 7천 and 245건
        ("6월 서울 아파트 거래량은 7천245건으로 집계됐다.", "Seoul apartment transactions totaled 7,245 in June."),
        ("전공의 1만 3천531명 중 1천137명만 근무 중이다.", "Of the 13,531 residents, only 1,137 are at work."),
        ("생산능력은 연 5만 2천500톤이다.", "Its production capacity is 52,500 tons a year."),
        ("가계부채는 1천142조 3천억 원으로 집계됐다.", "Household debt stood at 1,142.3 trillion won."),
        ("영화는 박스오피스 1위를 지켰다.", "The film held on to the top spot at the box office."),  # first place without a number
        ("이 영화는 개봉 첫 주 박스오피스 1위에 올랐다.", "The film topped the box office in its first week."),
        ("1∼9월 외국인 관광객 1천500만 명 돌파", "Foreign tourists top 15 million in Jan-Sept"),  # months abbreviated in a range
        ("노조는 2인 1조 근무를 요구했다.", "The union demanded that staff work in two-person teams."),  # 조 is a team
        ("현대차·기아 등 5개사 23만여 대 리콜", "Hyundai, Kia and three others recall over 230,000 vehicles"),  # 2 names + 3
        ("2025.3.20 국회 본회의에서 개정안이 통과됐다.", "The amendment passed at a plenary session on March 20, 2025."),  # a dotted date
        ("저수율은 평년의 6분의 1에도 미치지 못했다.", "The reservoir level was less than one-sixth of the normal level."),
        # a length of time in native Korean numbers, or in another unit of the same length
        ("그는 석 달 만에 복귀했다.", "He returned after three months."),
        ("공사는 이틀 동안 중단됐다.", "Construction was halted for two days."),
        ("그는 일주일 뒤 퇴원했다.", "He was discharged a week later."),
        ("협상은 1년 넘게 이어졌다.", "The negotiations went on for more than 12 months."),
        ("전셋값은 52주 연속 올라 1년째 상승세다.", "Jeonse prices rose for the 52nd consecutive week, rising for a year."),
        ("수출은 두 달 연속 증가했다.", "Exports rose for the second straight month."),
        ("서울 전셋값은 31주 연속 상승했다.", "Seoul jeonse prices marked a 31st consecutive weekly gain."),
        ("투표율은 역대 두 번째로 높았다.", "The turnout was the second highest ever."),
        ("올해 들어 세 번째 발사다.", "It is the third launch this year."),
        ("LG는 8회 말 1점을 더 추가했다.", "LG added another run in the bottom of the eighth inning."),  # a one said with a word
    ],
)
def test_numbers_english_says_its_own_way_are_not_missing(code_only, ko, en):
    assert not run(code_only, ko, en, "MT-NUM")


@pytest.mark.parametrize(
    "ko, en, rule",
    [
        ("대표팀은 4강에 올랐다.", "The national team advanced to the quarterfinals.", "MT-NUM-001"),  # the idiom of another number
        ("그는 징역 1년 6개월을 선고받았다.", "He was sentenced to 16 months in prison.", "MT-NUM-001"),
        ("그는 3할 2푼 5리의 타율을 기록했다.", "He recorded a .352 batting average.", "MT-NUM-001"),
        ("사고는 15일 새벽 0시 40분께 발생했다.", "The accident occurred at around 12:40 p.m. on the 15th.", "MT-NUM-001"),
        ("방문객이 1,000만 명을 넘었다.", "Visitors exceeded 10 million after COVID-19.", "MT-NUM-002"),  # no 코로나 in the Korean
        ("두 정상은 약 1시간 40분간 진행된 회담에서 공동성명에 합의했다.", "During the roughly 90-minute talks, the two leaders agreed on a joint statement.", "MT-NUM-001"),
        ("그는 이후 60여 년간 영화 150여 편에 출연했다.", "Over the following five decades, he appeared in more than 150 films.", "MT-NUM-001"),
        ("회의는 2시간 30분 동안 이어졌다.", "The meeting lasted two hours.", "MT-NUM-001"),
        ("회의는 2시간 30분 동안 이어졌다.", "The meeting lasted three and a half hours.", "MT-NUM-001"),
        ("올해 1~9월 수출은 5,000억 달러로 집계됐다.", "Exports in the first eight months of this year totaled $500 billion.", "MT-NUM-001"),
        # two clauses joined by a comma are not a list that a count restates
        ("1심은 징역 13년을 선고했으나, 2심은 형량을 2년 늘렸다.", "The first-instance court sentenced him to 13 years, but the appellate court added three years.", "MT-NUM-001"),
        ("6월 서울 아파트 거래량은 7천245건으로 집계됐다.", "Seoul apartment transactions totaled 7,425 in June.", "MT-NUM-001"),
        ("가계부채는 1천142조 3천억 원으로 집계됐다.", "Household debt stood at 114.23 trillion won.", "MT-NUM-001"),
        ("그는 이번 대회에서 2위를 차지했다.", "He took the top spot at the tournament.", "MT-NUM-001"),
        ("현대차·기아 등 6개사 23만여 대 리콜", "Hyundai, Kia and three others recall over 230,000 vehicles", "MT-NUM-001"),
        ("2025.3.20 국회 본회의에서 개정안이 통과됐다.", "The amendment passed at a plenary session on March 21, 2025.", "MT-NUM-001"),
        ("투표율은 역대 두 번째로 높았다.", "The turnout was the highest ever.", "MT-NUM-001"),  # a rank in native Korean
        ("LG는 8회 말 1점을 더 추가했다.", "LG added 3 more runs in the bottom of the eighth inning.", "MT-NUM-001"),  # another number in its place
    ],
)
def test_an_idiom_or_a_rewritten_number_that_says_another_value_is_still_reported(code_only, ko, en, rule):
    assert rule in {f.rule_id for f in run(code_only, ko, en, "MT-NUM")}


def test_with_a_shipowner_is_not_a_list_the_count_restates(code_only):
    # 선주와 = "with the shipowner": 2척 does not restate a two-item list, so 20 in its place is an error
    fs = run(code_only, "같은 날 HD현대중공업도 아시아 선주와 LNG 운반선 2척에 대한 건조 계약을 맺었다.",
             "On the same day, HD Hyundai Heavy Industries also signed a construction contract for 20 LNG carriers with an Asian shipowner.",
             "MT-NUM")
    assert [(f.rule_id, f.severity.value, f.rendering) for f in fs] == [("MT-NUM-001", "error", "20")]
    # a real list is still not required in the English
    assert not run(code_only, "한국과 중국 2국의 경쟁이 심화됐다.", "Competition between Korea and China intensified.", "MT-NUM")


@pytest.mark.parametrize(
    "ko, en, rendering, suggestion",
    [
        ("정 장관은 내년 예산에 3000억 원을 반영하겠다고 밝혔다.", "Minister Jeong said he would reflect 30 billion won in next year's budget.",
         "30 billion won", "300 billion won"),
        ("라면 수출액은 6,870만 달러를 기록했다.", "Ramen exports reached $6.87 million.", "$6.87 million", "$68.7 million"),
        ("거제에는 412mm의 비가 내렸다.", "Geoje received 412cm of rain.", "412cm", "412mm"),
        ("집회는 27일 금요일 열린다.", "The rally will be held on Thursday the 27th.", "Thursday", "Friday"),
        ("행사는 28일 열린다.", "The event will be held on the 27th.", "27th", "28th"),
        ("신혼부부 특별공급 경쟁률은 61.3대 1까지 치솟았다.", "The competition rate for newlyweds soared to 613 to 1.", "613 to 1", "61.3 to 1"),
        # another unit of the same quantity: the Korean value in the English's unit (not "1 million GW")
        ("한빛 3호기는 100만㎾급 원전이다.", "Hanbit Unit 3 is a 1,000 GW-class nuclear power plant.", "1,000 GW", "1 GW"),
        # a range run together: one finding, the range restored
        ("행사는 오는 3~4일 열린다.", "The event will be held for 34 days.", "34 days", "3-4 days"),
        # an ordinal English spells: the word for the Korean's
        ("울산은 통산 6번째 리그 우승을 차지했다.", "Ulsan won its fifth league title overall.", "fifth", "sixth"),
        # a temperature below zero written without its sign
        ("낮 최고기온은 영하 3도로 예보됐다.", "The daytime high is forecast to be 3 degrees.", "3", "-3"),
        # a length of time in another unit (the number itself right): the Korean's unit
        ("그는 3개월 만에 복귀했다.", "He returned after 3 years.", "3 years", "3 months"),
        ("그는 한 달 만에 다시 출전했다.", "He played again for the first time in a year.", "a year", "a month"),
        ("공사는 석 달 동안 중단됐다.", "Construction was suspended for three weeks.", "three weeks", "three months"),
        ("그는 30분 동안 연설했다.", "He spoke for 30 hours.", "30 hours", "30 minutes"),
        ("정부는 10년 만기 국채를 발행했다.", "The government issued 10-month government bonds.", "10-month", "10-year"),
        ("그는 일주일 뒤 퇴원했다.", "He was discharged a month later.", "a month", "a week"),
    ],
)
def test_a_wrong_number_comes_with_the_english_it_should_be(code_only, ko, en, rendering, suggestion):
    # the reviewer gets the corrected English, in the English's own form, ready for `mtaudit review` / `fix`
    fs = run(code_only, ko, en, "MT-NUM-001")
    assert [(f.rendering, f.suggestion) for f in fs] == [(rendering, suggestion)]


def test_a_number_two_joined_sentences_both_say_is_said_once(code_only):
    ko = ["승부는 9회말에 갈렸다.", "3-3으로 맞선 9회말 2사 1, 2루에서 대타 정민수가 끝내기 안타를 때려냈다."]
    en = ["The game was decided in the bottom of the ninth inning, when pinch hitter Jung Min-su hit a walk-off single "
          "with the score tied 3-3, two outs and runners on first and second."]
    doc, pairs = article(ko, en, [((0, 1), (0,))])
    assert [f for f in check(doc, pairs, code_only) if f.rule_id.startswith("MT-NUM")] == []
    # within one sentence a second mention is still counted: "three died and three were hurt" must say both
    doc, pairs = article(["화재로 3명이 숨지고 3명이 다쳤다."], ["Three people died in the fire."], [((0,), (0,))])
    assert [f.rule_id for f in check(doc, pairs, code_only) if f.rule_id.startswith("MT-NUM")] == ["MT-NUM-001"]


def test_a_day_the_korean_names_by_the_articles_date_is_not_an_added_number(code_only):
    # 이날부터 "starting on the 6th": the article dates the announcement 6일 in another sentence; another day is still added
    ko = ["국토교통부는 6일 현대차와 기아 등 5개사의 차량 10만 대를 리콜한다고 밝혔다.", "리콜 대상 차량은 이날부터 무상 수리를 받을 수 있다."]
    for day, flagged in (("6th", []), ("9th", ["MT-NUM-002"])):
        en = ["The transport ministry said on the 6th that 100,000 vehicles from five makers will be recalled.",
              f"Owners can get free repairs starting on the {day}."]
        doc, pairs = article(ko, en, [((0,), (0,)), ((1,), (1,))])
        assert [f.rule_id for f in check(doc, pairs, code_only) if f.rule_id.startswith("MT-NUM")] == flagged


def test_a_romanised_korean_word_is_reported_unless_english_writes_it_so(code_only):
    def romanised(ko, en):
        doc, pairs = article([ko], [en], [((0,), (0,))])
        return [f.rendering for f in check(doc, pairs, code_only) if f.rule_id == "MT-HANGUL-002"]

    assert romanised("오징어 채낚기 어선 120척이 출항을 포기했다.", "120 squid chaenakki fishing boats gave up going out to sea.") == ["chaenakki"]
    assert romanised("충북도는 오송에 소부장 단지를 만든다.", "Chungbuk will build a sobujang complex in Osong.") == ["sobujang"]
    assert romanised("서울 아파트 전셋값이 올랐다.", "Seoul apartment jeonse prices rose.") == []  # English writes it
    assert romanised("호텔과 바나나 농장이 문을 열었다.", "A hotel and a banana farm opened.") == []  # English words
    assert romanised("오징어 채낚기 어선이 출항했다.", "Squid chaenakki (jigging) boats set out.") == []  # glossed


def test_a_british_spelling_of_an_official_name_is_judged_only_where_the_korean_names_that_body(builtin):
    # 국방부 is the "Ministry of National Defense"; North Korea's 국방성 calls itself the "Ministry of National Defence"
    def name_findings(ko, en):
        doc, pairs = article([ko], [en], [((0,), (0,))])
        return [f.rule_id for f in check(doc, pairs, builtin) if f.rule_id == "MT-NAME-002"]

    assert name_findings("북한 국방성은 담화를 내고 연합연습을 비난했다.",
                         "North Korea's Ministry of National Defence issued a statement condemning the combined exercise.") == []
    assert name_findings("국방부는 연합연습을 계획대로 진행한다고 밝혔다.",
                         "The Ministry of National Defence said the exercise will go ahead as planned.") == ["MT-NAME-002"]


def test_a_family_name_translated_as_a_word_is_an_error_on_the_name(code_only):
    doc, pairs = article(["강준석 부산항만공사 사장은 말했다."], ["River Jun-seok, president of Busan Port Authority, said so."], [((0,), (0,))])
    (f,) = [f for f in check(doc, pairs, code_only) if f.rule_id == "MT-NAME-005"]
    assert spans_text(doc, f.ko_spans) == ["강준석"] and f.suggestion == "Kang Jun-seok"
    # Moon is a family name English writes so (문재인), and 강 spelled Kang is the name
    for en in ("Former President Moon Jae-in said so.", "Kang Jun-seok, president of Busan Port Authority, said so."):
        doc, pairs = article(["강준석 사장과 문재인 전 대통령은 말했다."], [en], [((0,), (0,))])
        assert [f for f in check(doc, pairs, code_only) if f.rule_id == "MT-NAME-005"] == []
