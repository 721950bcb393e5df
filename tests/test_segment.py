"""Sentence segmentation: abbreviations, quotes, headlines, exact spans."""

import pytest

from mtaudit.segment import english_spans, korean_spans, split
from mtaudit.types import Lang


def en(text):
    return [text[a:b] for a, b in english_spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # company suffixes, titles, numbering and decimals are not sentence ends
        (
            "Kwon Woo-seok, CEO of Ecoro BM Co., Ltd., who participated, said so. Plan.",
            ["Kwon Woo-seok, CEO of Ecoro BM Co., Ltd., who participated, said so.", "Plan."],
        ),
        (
            "It will grow into a global No. 1 cluster. Mr. Kim agreed with Dr. Lee.",
            ["It will grow into a global No. 1 cluster.", "Mr. Kim agreed with Dr. Lee."],
        ),
        ("Samsung SDI Inc. and LG Energy Solution Ltd. signed.", ["Samsung SDI Inc. and LG Energy Solution Ltd. signed."]),
        (
            "The ministry supports KRW 117.2 billion by 2028. It passed in Nov. 2022.",
            ["The ministry supports KRW 117.2 billion by 2028.", "It passed in Nov. 2022."],
        ),
        (
            "Cooperation between Korea and the U.S. has grown. The U.S. Treasury agreed.",
            ["Cooperation between Korea and the U.S. has grown.", "The U.S. Treasury agreed."],
        ),
        ("Trade with the U.S. He said it grew.", ["Trade with the U.S.", "He said it grew."]),
        ("Materials, e.g. cathodes, are key. Batteries, i.e. cells, too.", ["Materials, e.g. cathodes, are key.", "Batteries, i.e. cells, too."]),
        # an initial is not a sentence end; R&D at a sentence end is
        ("J. Smith visited. They discussed R&D. Then they left.", ["J. Smith visited.", "They discussed R&D.", "Then they left."]),
        # "etc." ends a sentence only when a capital follows
        (
            "We have tax deductions, etc. He introduced the policy, etc. and more.",
            ["We have tax deductions, etc.", "He introduced the policy, etc. and more."],
        ),
    ],
)
def test_english_abbreviations(text, expected):
    assert en(text) == expected


def test_english_quotes():
    text = (
        "Vice Minister Yang said, “Since the state visit to the U.S. last April, cooperation has been promoted,” "
        "and emphasized, “The Ministry will spare no effort.” “To complete the chain, we must act.” He left."
    )
    assert en(text) == [
        "Vice Minister Yang said, “Since the state visit to the U.S. last April, cooperation has been promoted,” "
        "and emphasized, “The Ministry will spare no effort.”",
        "“To complete the chain, we must act.”",
        "He left.",
    ]
    # a sentence end inside straight quotes, then the attribution in lowercase: one sentence
    assert en('"It works." the ministry said. Next.') == ['"It works." the ministry said.', "Next."]


def test_english_headline_lines_and_stray_period():
    text = "Daejeon City launches battery council\nThe council met. It agreed (defense). .\n"
    assert en(text) == ["Daejeon City launches battery council", "The council met.", "It agreed (defense). ."]


def test_question_and_exclamation():
    assert en("Why now? Because prices fell! Really…") == ["Why now?", "Because prices fell!", "Really…"]


def test_korean_sentences_and_quotes():
    text = (
        "대전시가 ‘이차전지산업’을 미래먹거리로 육성하기 위한 준비에 돌입했다. "
        "송재빈 원장은“충청권에는 이차전지 3사가 위치하고 있다.”며“정책을 집중할 필요가 있다.”말했다\n"
        "대전시, 이차전지산업 발전협의회 발족"
    )
    got = [text[a:b] for a, b in korean_spans(text)]
    assert got == [
        "대전시가 ‘이차전지산업’을 미래먹거리로 육성하기 위한 준비에 돌입했다.",
        "송재빈 원장은“충청권에는 이차전지 3사가 위치하고 있다.”며“정책을 집중할 필요가 있다.”말했다",
        "대전시, 이차전지산업 발전협의회 발족",
    ]


def test_split_spans_are_exact_and_text_collapsed():
    src = "xx  The  council\u00a0met.   It agreed.\r\nNext line"
    segs = split(src[2:], "en", offset=2, file=1, start_index=5)
    assert [s.text for s in segs] == ["The council met.", "It agreed.", "Next line"]
    assert [s.index for s in segs] == [5, 6, 7]
    for s in segs:
        assert s.span.file == 1
        assert " ".join(src[s.span.start : s.span.end].split()) == s.text
        assert s.lang is Lang.EN


def test_every_non_space_character_is_in_a_sentence():
    text = "산업부는 23일 발표했다. (자료) ※ 참고 * 이상.\nA. B. C.  d. e? ! ..."
    for lang, fn in (("ko", korean_spans), ("en", english_spans)):
        spans = fn(text)
        covered = set()
        for a, b in spans:
            assert not covered & set(range(a, b))
            covered |= set(range(a, b))
        assert all(i in covered for i, ch in enumerate(text) if not ch.isspace()), lang


def test_an_ellipsis_in_an_english_headline_joins_like_the_korean_one():
    # Korean headlines join two clauses with … (one kiwipiepy sentence); MT writes "..." and the English
    # must stay one sentence too, or the headline becomes a 1-2 link split where the Korean is not
    line = "Hanwha Ocean wins orders for 4 LNG carriers worth 1.3 trillion won... Cumulative orders this year exceed $5 billion"
    assert [line[a:b] for a, b in english_spans(line)] == [line]
    body = ("The ministry said the plan would be announced soon... " * 3).strip()  # a long line: a paragraph of prose
    assert len(english_spans(body)) == 3
