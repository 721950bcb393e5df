"""Korean and English term matching, and mapping match offsets back into the input file."""

import pytest

from mtaudit.rules.matching import EnglishMatcher, KoreanMatcher, normalise_en
from mtaudit.rules.textmap import SegmentLocator, offset_map
from mtaudit.types import Document, Lang, Segment, SourceFile, Span


def ko_matcher(*terms):
    m = KoreanMatcher()
    for t in terms:
        m.add(t, t)
    m.build()
    return m


def en_matcher(*phrases):
    m = EnglishMatcher()
    for p in phrases:
        m.add(p, p)
    m.build()
    return m


KO = ko_matcher("소부장", "소재·부품·장비", "이차전지", "전지", "선점", "먹거리", "미래먹거리", "산학연", "산학연관", "정주여건")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("소부장은 중요하다", [("소부장", "소부장")]),
        ("소부장을 육성한다", [("소부장", "소부장")]),
        ("소부장 특화단지", [("소부장", "소부장")]),
        ("이차전지산업을 육성", [("이차전지", "이차전지")]),  # a compound's head
        ("차세대 이차 전지 개발", [("이차 전지", "이차전지")]),  # spacing variant
        ("소재·부품·장비 기업", [("소재·부품·장비", "소재·부품·장비")]),
        ("차기 소재부품장비 경쟁력강화 위원회", [("소재부품장비", "소재·부품·장비")]),
        ("시장 선점을 위해", [("선점", "선점")]),
        ("미래먹거리로 육성", [("미래먹거리", "미래먹거리")]),  # not also 먹거리 inside it
        ("산학연관 소통의 장", [("산학연관", "산학연관")]),
        ("정주여건 제고", [("정주여건", "정주여건")]),
        ("소부장특화단지 지정", [("소부장", "소부장")]),  # an unknown compound kiwi keeps whole
        ("이차전지소부장 생산허브", [("이차전지", "이차전지"), ("소부장", "소부장")]),
    ],
)
def test_korean_through_particles_compounds_and_spacing(text, expected):
    assert [(text[h.start : h.end], h.payload) for h in KO.find(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "전지역에서 행사가 열렸다",  # 전지 inside 전지역 (all regions)
        "우선점검 대상",  # 선점 inside 우선점검
        "소부장관이 말했다",  # 소부장 is not in 소 + 부장관
    ],
)
def test_korean_no_hits_inside_unrelated_words(text):
    assert KO.find(text) == []


def test_a_spaced_hit_does_not_start_with_the_last_syllable_of_a_word():
    m = ko_matcher("도비", "국비")
    assert m.find("금리 인하기에도 비이자이익 확대로") == []  # 에도 + 비이자: no 도비
    assert [(h.start, h.end) for h in m.find("국비와 도 비 등")] == [(0, 2), (4, 7)]  # 도 비 on its own: 도비 spaced


def test_no_hit_inside_the_hangul_of_a_latin_prefixed_company_name():
    m = ko_matcher("조선해양", "은행", "반도체")
    assert m.find("HD한국조선해양은 LNG선 4척을 수주했다") == []  # a company name, not the industry
    assert m.find("KB국민은행은 금리를 내렸다") == []
    assert [(h.start, h.end) for h in m.find("AI반도체 시장이 커졌다")] == [(2, 5)]  # the word after AI is the term
    assert [(h.start, h.end) for h in m.find("조선해양 기자재")] == [(0, 4)]


EN = en_matcher("small manager", "materials, parts and equipment", "future food", "secondary battery", "Division Manager")


@pytest.mark.parametrize(
    "text, hit",
    [
        ("a complex for small managers", "small managers"),
        ("the small manager's specialized complex", "small manager's"),
        ("small-manager companies", "small-manager"),
        ("Small Manager", "Small Manager"),
        ("as a future food source", "future food"),
        ("new future foods", "future foods"),
        ("secondary batteries", "secondary batteries"),
        ("materials, parts and equipment", "materials, parts and equipment"),
        ("Secondary Battery Division Manager Specialized Complex", "Secondary Battery"),
    ],
)
def test_english_case_plural_hyphen_possessive(text, hit):
    assert hit in [text[h.start : h.end] for h in EN.find(text)]


@pytest.mark.parametrize("text", ["the smallest manager", "small managerial tasks", "futuristic food", "a manager of small firms"])
def test_english_whole_words_only(text):
    assert EN.find(text) == []


def test_offset_map_collapsed_whitespace():
    original = "Daejeon  City\n plans   to foster"
    seg_text = " ".join(original.split())
    m = offset_map(seg_text, original)
    i = seg_text.index("plans")
    assert original[m[i] : m[i + len("plans") - 1] + 1] == "plans"
    assert len(m) == len(seg_text) + 1


def test_offset_map_survives_normalised_characters():
    original = "Ｓolid   Power’s\u00a0plan"
    seg_text = "Solid Power’s plan"
    m = offset_map(seg_text, original)
    j = seg_text.index("plan", 10)
    assert original[m[j] : m[j + 3] + 1] == "plan"


def test_segment_locator_span_in_file():
    text = "제목\n\nThe  small\nmanagers   attended.\n"
    start = text.index("The")
    end = text.index("attended.") + len("attended.")
    seg = Segment(0, Lang.EN, " ".join(text[start:end].split()), Span(0, start, end))
    doc = Document("d", (SourceFile("d.txt", text),), en=(seg,))
    loc = SegmentLocator(doc)
    i = seg.text.index("small managers")
    span = loc.span(seg, i, i + len("small managers"))
    assert text[span.start : span.end] == "small\nmanagers"


from hypothesis import given, settings
from hypothesis import strategies as st

_piece = st.text(alphabet=st.sampled_from(list("abc소부장 \n\t\u00a0.,")), min_size=0, max_size=40)


@settings(max_examples=200, deadline=None)
@given(_piece)
def test_offset_map_property_every_character_maps_to_itself(original):
    seg_text = " ".join(original.split())
    m = offset_map(seg_text, original)
    assert len(m) == len(seg_text) + 1
    assert m == sorted(m)  # monotone: a span never turns inside out
    for i, ch in enumerate(seg_text):
        if not ch.isspace():
            assert original[m[i]] == ch


def test_korean_in_decomposed_jamo_gives_offsets_in_the_original():
    import unicodedata

    text = unicodedata.normalize("NFD", "시장 선점을 위해")
    hits = KO.find(text)
    assert [(unicodedata.normalize("NFC", text[h.start : h.end]), h.payload) for h in hits] == [("선점", "선점")]


def test_korean_with_other_combining_marks_does_not_loop():
    text = "Cafe\u0301 시장 선점을 위해"
    assert [h.payload for h in KO.find(text)] == ["선점"]


SHORT = ko_matcher("산은", "한은", "국비")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("산은은 구조조정 방안을 발표했다.", ["산은"]),  # KDB's short name, then its topic particle
        ("산은 관계자는 이렇게 말했다.", ["산은"]),
        ("한은이 기준금리를 동결했다.", ["한은"]),
        ("국비 100억 원을 확보했다.", ["국비"]),
        ("이 산은 해발 1950m로 남한에서 가장 높다.", []),  # 산 "mountain" + 은
        ("그의 한은 쉽게 풀리지 않았다.", []),  # 한 "resentment" + 은
    ],
)
def test_korean_two_syllable_term_is_one_morpheme(text, expected):
    assert [text[h.start : h.end] for h in SHORT.find(text)] == expected


def test_korean_matcher_tells_when_it_needs_morphemes():
    m = KoreanMatcher()
    m.add("이차전지", 0)
    m.build()
    assert m.needs_morphemes("대전시는 이차전지산업을 육성한다.")  # inside a compound: kiwipiepy decides
    assert not m.needs_morphemes("이차전지는 미래 산업이다.")  # a particle after it: decided without it
    assert not m.needs_morphemes("반도체 산업을 육성한다.")  # no hit at all
    assert SHORT.needs_morphemes("이 산은 높다.")  # two syllables: a noun and a particle can spell them
    assert not KoreanMatcher().needs_morphemes("이차전지산업")  # an empty matcher


@pytest.mark.parametrize(
    "text",
    ["The COMPANIES' plans", "Korea’s batteries", "the company’s plan", "companies", "O’Neill Industries said", "LITHIUM-ION cells"],
)
def test_english_quick_test_never_hides_a_hit(text):
    """The first-word test before normalising a sentence: a text the full matcher hits is never skipped."""
    phrases = ["company plan", "korea battery", "o'neill industry", "lithium ion cell", "company"]
    m = EnglishMatcher()
    for i, p in enumerate(phrases):
        m.add(p, i)
    m.build()
    norm, _ = normalise_en(text)
    expected = sorted(i for i, p in enumerate(phrases) if f" {normalise_en(p)[0]} " in f" {norm} ")
    assert expected and sorted(h.payload for h in m.find(text)) == expected
