"""Accounting, in general: for any article built from real pieces, every character is accounted for."""

import html as htmlmod

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtaudit import io
from mtaudit.io import html as html_reader
from mtaudit.io.article import read_article
from mtaudit.io.view import View
from mtaudit.types import SourceFile

KOREAN = [
    "대전시가 ‘이차전지산업’을 미래먹거리로 육성하기 위한 준비에 돌입했다.",
    "간담회에는 대전시 관계자와 LG에너지솔루션과 SK온 등 16명이 참석했다. 이날 협의회가 발족했다.",
    "산업부 성윤모 장관은 “소부장 특화단지가 그 출발점”이라고 강조했다.",
    "【충북 브레이크뉴스】임창용 기자=충청북도는 지정서를 직접 받았다고 밝혔다.",
    "[서울=뉴시스]유희석 기자 = 한-일 정상회담에서 합의된 협력 기조가 이어졌다.",
    "日 제조업 중심지서 한일 배터리 협력 본격화",
]
ENGLISH = [
    "Daejeon City launches secondary battery industry development council",
    "Kwon Woo-seok, CEO of Ecoro BM Co., Ltd., said so. Plan.",
    "Cooperation between Korea and the U.S. has grown, “The Ministry will help.” “We agree.”",
    "It plans to support KRW 117.2 billion by 2028 (nano semiconductors, aerospace). .",
    "In addition, we have investment tax deductions, etc. He introduced the policy.",
]
FURNITURE = [
    "Search",
    "본문듣기",
    "가 -가 +",
    "광고",
    "트위터 페이스북 카카오톡 카카오스토리 Share on Google+ band URL복사",
    "Copyright ⓒ 브레이크뉴스. All rights reserved.",
    "김정환 기자 | 기사입력 2023/11/01 [13:40]",
    "▲ 이차전지산업 새로운 미래먹거리로 육성_사진\u00a0 © 대전시",
    "![[서울=뉴시스] 코트라 본사. (사진=코트라)](https://img.example/x.jpg)",
    "원본 기사 보기:충북 브레이크뉴스",
    "◎공감언론 뉴시스 [email protected]",
    "*아래는 위 기사를 '구글 번역'으로 번역한 영문 기사의 [전문]입니다.<*The following is the full text translated by 'Google Translate'.>",
    "x",
    ".",
    "-im changyong reporter",
]
BLANKS = ["", "\u00a0", "  ", "\t"]

line = st.one_of(st.sampled_from(KOREAN), st.sampled_from(ENGLISH), st.sampled_from(FURNITURE), st.sampled_from(BLANKS))


def check(doc):
    assert io.coverage(doc) == []
    for s in (*doc.ko, *doc.en):
        raw = doc.files[s.span.file].text[s.span.start : s.span.end]
        assert raw.strip() == raw and raw
    for d in doc.dropped:
        assert doc.files[d.span.file].text[d.span.start : d.span.end] == d.text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lines=st.lists(line, min_size=1, max_size=25),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
    repeat=st.booleans(),
)
def test_any_text_article_is_fully_accounted_for(lines, newline, repeat):
    if repeat:  # a body saved twice
        lines = lines + lines[len(lines) // 3 :]
    text = newline.join(lines)
    if not text.strip():
        return
    src = SourceFile("t.txt", text)
    try:
        doc = read_article("t", [src], [View(text)])
    except io.InputError:
        return  # only furniture: reported, never half-read
    check(doc)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    paras=st.lists(st.tuples(line, st.sampled_from(["p", "div", "li", "h2"]), st.booleans()), min_size=1, max_size=15),
    extras=st.booleans(),
)
def test_any_html_article_is_fully_accounted_for(paras, extras):
    parts = ["<html><head><title>t</title><script>var a = '<p>x</p>';</script></head><body>"]
    if extras:
        parts.append("<nav><a href='/'>Home</a> | <a href='/b'>Business</a></nav>")
    for text, tag, inline in paras:
        body = htmlmod.escape(text, quote=False)
        if inline and " " in body:
            first, rest = body.split(" ", 1)
            body = f"<b>{first}</b> <a href='#'>{rest}</a>"
        parts.append(f"<{tag}>{body}</{tag}>\n")
    if extras:
        parts.append("<footer>Copyright 2024 Example. All rights reserved.</footer>")
    parts.append("</body></html>")
    raw = "".join(parts)
    src = SourceFile("t.html", raw)
    try:
        doc = read_article("t", [src], [html_reader.extract(raw)], input_format="html", fill_reason="markup")
    except io.InputError:
        return
    check(doc)
    # segment text is extracted text: tags never leak into it
    assert all("<b>" not in s.text and "<a " not in s.text for s in (*doc.ko, *doc.en))
