"""Saved news articles (text or HTML) -> Document.

A paragraph is one line of the view (see view.py). For each file:

1. a body saved twice (a repeated run of paragraphs) keeps its first copy;
   the second is dropped as one piece and reported in the notes;
2. furniture paragraphs (furniture.py), reader comments (a short paragraph next to a comment's row, "kim****",
   "06.03 12:21 신고 답글 4"), the masthead above the article ("대전일보", "뉴스온 NEWSON",
   "한국매일 | 오늘의 주요뉴스")
   and link-only HTML paragraphs are dropped with their reason; translator's notes too;
3. every other paragraph is Korean or English by its share of Hangul letters
   (or the language its file is declared to hold: NAME.ko.txt, NAME.en.txt);
4. a dateline opening a lead ("[서울=뉴시스]유희석 기자 = ") is dropped, the sentence kept;
5. per language, the paragraphs before the first sentence-like paragraph are the
   headline and subtitles; a later copy of them is a "repeated headline";
6. paragraphs are split into sentences (segment.py) with exact file spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import InputError
from ..segment import collapse_ws, sentence_spans
from ..types import Document, Dropped, Lang, Segment, SourceFile, Span
from .furniture import (
    LIST_HEADERS,
    TIP_BUTTON,
    classify,
    comment_row,
    contact_item,
    dateline_length,
    list_item,
    masthead,
    photo_credit,
    section_label,
    tagline,
)
from .view import View

_HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
_LATIN = re.compile(r"[A-Za-z]")
_SENTENCE_END = re.compile(r"([.!?。…]|다)[\"'”’)\]」』>]*$")
MIN_DUPLICATE_CHARS = 200  # a repeated run of 2+ paragraphs this long is a body saved twice
MIN_DUPLICATE_CHARS_ONE = 400  # ... or one paragraph this long
PARTIAL_KO = 6.0  # English with over 6x the characters of its Korean: the source is partial
PARTIAL_EN = 1.0  # English shorter than its Korean (normally 2-3x longer): the translation is partial

NO_KOREAN = "no Korean source found; English-only checks still run"
NO_ENGLISH = "no English translation found; Korean-only checks still run"


@dataclass
class _Para:
    a: int  # view range, stripped
    b: int
    text: str  # whitespace-collapsed


@dataclass
class _Content:
    file: int
    view: View
    a: int
    b: int
    lang: Lang
    text: str
    above_byline: bool = False  # the byline (or the date line) comes right after it
    para: int = -1  # its paragraph's index in its file


def language_of(text: str) -> Lang | None:
    """KO when Hangul carries the paragraph (a syllable weighs ~3 Latin letters), EN when Latin does."""
    h = len(_HANGUL.findall(text))
    lat = len(_LATIN.findall(text))
    if h == 0 and lat == 0:
        return None
    return Lang.KO if 3 * h >= lat else Lang.EN


WRAP_WIDTH = 60  # a line this long that stops mid-sentence, followed directly by more text, was wrapped


def paragraphs(view: View) -> list[_Para]:
    """Non-empty lines of the view; a hard-wrapped sentence ("...plans to\nbuild...") is joined back, and so is an interview
    caption to the quote under it ("[인터뷰] 박상철 / 외래 환자 보호자\n\"어머니 ...\"")."""
    lines = []
    for m in re.finditer(r"[^\r\n]+", view.text):
        a, b = m.start(), m.end()
        while a < b and view.text[a].isspace():
            a += 1
        while b > a and view.text[b - 1].isspace():
            b -= 1
        if a < b:
            lines.append(_Para(a, b, collapse_ws(view.text[a:b])))
    out: list[_Para] = []
    for line in lines:
        if out and (_continues(view, out[-1], line) or _cue_of(view, out[-1], line)):
            prev = out[-1]
            out[-1] = _Para(prev.a, line.b, f"{prev.text} {line.text}")
        else:
            out.append(line)
    return out


# A broadcast's interview caption, the label and the speaker's name and title, outside the brackets: "[인터뷰] 박상철 / 외래 환자
# 보호자", "[Interview] Park Sang-cheol / family member of a patient" (a label alone, "[인터뷰]", or the name inside it, "[인터뷰: 정수아 /
# ...]", is a script label: furniture.py drops it)
_SPEAKER_CUE = re.compile(
    r"^[\[【<(]\s*(인터뷰|녹취|(?i:interview|sound\s*bite))\s*[\]】>)]\s*[^\s/.!?\"“”]{2,20}(\s[^\s/.!?\"“”]{1,20}){0,3}\s*/\s*"
    r"[^/.!?\"“”]{2,80}$"
)
_QUOTE_OPEN = re.compile(r"^[\"“「『'‘]")


def _cue_of(view: View, prev: _Para, line: _Para) -> bool:
    """The interview caption and the quotation right under it (one blank line at most) are one paragraph: the caption says
    who speaks, which the English folds into the quote's sentence ("..., said Park Sang-cheol, a family member of an
    outpatient"), so the two are one sentence to pair, not a caption left untranslated."""
    gap = view.text[prev.b : line.a]
    return (
        len(prev.text) <= 120
        and gap.count("\n") + gap.replace("\r\n", "").count("\r") <= 2
        and bool(_SPEAKER_CUE.match(prev.text))
        and bool(_QUOTE_OPEN.match(line.text))
        and classify(prev.text) is None
    )


def _continues(view: View, prev: _Para, line: _Para) -> bool:
    gap = view.text[prev.b : line.a]
    if gap.count("\n") + gap.replace("\r\n", "").count("\r") != 1:
        return False  # a blank line (or none at all) between them
    last = prev.text[-WRAP_WIDTH - 40 :]
    if _SENTENCE_END.search(last) or classify(prev.text) or classify(line.text):
        return False
    lang = language_of(prev.text)
    if lang is None or lang is not language_of(line.text):
        return False
    if lang is Lang.EN:
        return line.text[:1].islower()  # "...plans to" / "build pilot plants..."
    start = view.text.rfind("\n", prev.a, prev.b)  # -1: the paragraph is one line so far
    last_line = view.text[start + 1 if start >= 0 else prev.a : prev.b]
    return len(collapse_ws(last_line)) >= WRAP_WIDTH


def find_duplicate_run(paras: list[_Para]) -> tuple[int, int, int] | None:
    """(first, second, length) of the longest repeated run of paragraphs, if it is long enough.

    A run starts at a paragraph that occurs two or three times in the file (a body saved
    twice repeats each paragraph once); paragraphs repeated all over the page ("광고",
    ".") can sit inside a run but never start one, which keeps this linear.
    """
    keys = [p.text.casefold() for p in paras]
    where: dict[str, list[int]] = {}
    for idx, key in enumerate(keys):
        where.setdefault(key, []).append(idx)
    best: tuple[int, int, int] | None = None
    best_chars = 0
    for j, key in enumerate(keys):
        seen = where[key]
        if len(seen) > 3:
            continue
        for i in seen:
            if i >= j:
                break
            if i > 0 and keys[i - 1] == keys[j - 1]:
                continue  # inside a longer run that starts earlier
            k = 0
            while j + k < len(keys) and i + k < j and keys[i + k] == keys[j + k]:
                k += 1
            chars = sum(len(keys[x]) for x in range(j, j + k))
            if chars > best_chars and ((k >= 2 and chars >= MIN_DUPLICATE_CHARS) or chars >= MIN_DUPLICATE_CHARS_ONE):
                best, best_chars = (i, j, k), chars
    return best


def _headline_like(text: str) -> bool:
    return len(text) <= 200 and not _SENTENCE_END.search(text)


_FULL_STOP = re.compile(r"[.!?。][\"'”’)\]」』>]*$")


def _headline_above_byline(c: _Content) -> bool:
    """The title right above the byline or date line is the headline though it ends as a sentence does, without the full
    stop ("누리호 5차 발사 D-7…초소형위성 8기 싣고 27일 오후 쏜다" over "입력 2026.05.20 (19:42)")."""
    return c.above_byline and len(c.text) <= 150 and not _FULL_STOP.search(c.text)


def _lines(src: SourceFile, a: int, b: int) -> str:
    la, lb = src.line_col(a)[0], src.line_col(max(a, b - 1))[0]
    return f"line {la}" if la == lb else f"lines {la}–{lb}"


def read_article(
    doc_id: str,
    files: list[SourceFile],
    views: list[View],
    *,
    langs: list[Lang | None] | None = None,
    input_format: str = "article",
    notes: tuple[str, ...] = (),
    fill_reason: str | None = None,
) -> Document:
    """One Document from one or more files (views[i] is the view of files[i]).

    `langs[i]` forces the language of file i (pair files); `fill_reason` records
    every uncovered non-space stretch of the file (HTML tags) as dropped with that reason.
    """
    dropped: list[Dropped] = []
    contents: list[_Content] = []
    doc_notes = list(notes)

    def drop(fi: int, view: View, a: int, b: int, reason: str) -> None:
        s, e = view.to_file(a, b)
        dropped.append(Dropped(Span(fi, s, e), files[fi].text[s:e], reason))

    for fi, view in enumerate(views):
        forced = langs[fi] if langs else None
        src = files[fi]
        for s, e, reason in view.dropped:
            dropped.append(Dropped(Span(fi, s, e), src.text[s:e], reason))
        paras = paragraphs(view)
        for _ in range(3):  # a page may hold more than one repeated block
            dup = find_duplicate_run(paras)
            if dup is None:
                break
            i, j, k = dup
            first = view.to_file(paras[i].a, paras[i + k - 1].b)
            second = view.to_file(paras[j].a, paras[j + k - 1].b)
            drop(fi, view, paras[j].a, paras[j + k - 1].b, "duplicate body (second copy)")
            doc_notes.append(
                f"the body appears twice: {_lines(src, *first)} again at {_lines(src, *second)}; "
                "kept the first copy, dropped the second"
            )
            paras = paras[:j] + paras[j + k :]
        copies = _summary_copies(paras)
        recaps = _recap_tables(paras)
        boxes = _drawn_boxes(paras)
        menu: set[str] = set()  # the items of the site's menus dropped at the top: the breadcrumb starts with one
        names: set[str] = set()  # the site's names dropped at the top of the page: its footer prints them again
        owners = _owners(paras)  # the names the page's copyright lines give: its masthead prints them at the top
        listing = None  # the reason of a list heading just read ("관련기사"): its items follow
        listing_lang = None  # ... and its language: a headline in the other language is the next article part
        top = True  # no article text read from this file yet: a masthead ("대전일보") can stand here
        comments = False  # the comment section has begun: a comment's text between its rows is furniture
        prev_reason: str | None = None
        last_content = -1  # the index of the last paragraph read as article text
        last_reason: str | None = None  # ... of the paragraph before, as dropped: a tagline follows the site's name
        for i, p in enumerate(paras):
            reason = classify(p.text)
            if reason is None and i in copies:
                reason = "summary box (a copy of the article's sentences)"
            if reason is None and i in recaps:
                reason = "table (the body's figures again)"
            if reason is None and i in boxes:
                reason = boxes[i]
            if reason is None and top and _own_breadcrumb(p.text, menu):
                reason = "site menu"
            if reason == "site menu" and top:
                menu.update(_menu_items(p.text))
            if reason is None and top and _breaking_ticker(p.text, paras[i + 1 :]):
                reason = "news ticker"
            if reason is None and top and section_label(p.text):
                reason = "site menu"  # the section's name alone above the headline: "IT·과학"
            if reason is None and not top and _footer_name(p.text, names, paras[i + 1 : i + 2]):
                reason = "site name"
            if reason in ("reader comment", "comment box") or (reason == "page counters" and p.text.startswith("댓글")):
                comments = comments or not top
            if reason is None and comments and _comment_text(p.text, prev_reason, paras[i + 1 :]):
                reason = "reader comment"
            if reason is None and i + 1 < len(paras) and photo_credit(paras[i + 1].text) and _caption(p.text):
                reason = "photo caption"
            prev_reason = reason
            if reason is None and view.in_link is not None and view.link_share(p.a, p.b) >= 0.9:
                reason = "link"
            if reason is None and top and (
                masthead(p.text)
                or _owner_name(p.text, owners)
                or last_reason == "site name" and tagline(p.text)
                # a portal's news section, "누리 뉴스", "누리 NEWS", above the portal's own menu ("가짜 뉴스" alone is a headline)
                or bool(re.fullmatch(r"[가-힣A-Za-z]{2,6} (뉴스|NEWS|News)", p.text)) and i + 1 < len(paras)
                and classify(paras[i + 1].text) == "site menu"
            ):
                reason = "site name"
            if listing == "tip-off box":
                # a tip-off box's channels: "▷ 전화 : 02-780-0000", "▷ 이메일 : jebo@knt.co.kr" (its e-mail is no reporter's)
                if reason in (None, "reporter email") and contact_item(p.text):
                    reason = f"{listing} (an item of the list)"
            elif (
                reason is None
                and listing is not None
                and list_item(p.text)
                and language_of(p.text) in (listing_lang, None)
            ):
                reason = f"{listing} (an item of the list)"
            prev_reason = last_reason = reason
            if reason == "site name" and top:
                names.add(re.split(r"\s*[|｜·ㆍ:–—-]\s", p.text)[0].strip().casefold())
            if reason is not None:
                drop(fi, view, p.a, p.b, reason)
                if reason == "byline" and last_content >= 0 and last_content == i - 1:
                    contents[-1].above_byline = True
                    # ... and the titles right above it, the headline over its subtitle ("부산항 크루즈 입항 올해 250회 전망… 역대
                    # 최다" over "영도 국제크루즈터미널 선석 420m로 연장… 11월 완공"): no full stop, paragraph after paragraph
                    k = len(contents) - 1
                    while (
                        k > 0 and len(contents) - k < 3 and contents[k - 1].file == fi and contents[k - 1].para == contents[k].para - 1
                        and contents[k - 1].lang is contents[k].lang and not _FULL_STOP.search(contents[k - 1].text)
                    ):
                        contents[k - 1].above_byline = True
                        k -= 1
                # (a most-read heading may carry the portal's note: "한빛일보 주요뉴스 해당 언론사에서 선정하며 ...")
                if reason in LIST_HEADERS and (len(p.text) < 40 or reason == "most-read list"):
                    listing, listing_lang = reason, language_of(p.text)
                elif TIP_BUTTON.match(p.text):
                    listing = "tip-off box"  # "제보하기" over the box's channels (only channels are its items)
                elif not reason.startswith(f"{listing} ("):
                    listing = None
                continue
            listing = None
            top = False
            lang = forced or language_of(p.text)
            if lang is None:
                drop(fi, view, p.a, p.b, "not Korean or English")
                continue
            a = p.a
            n = dateline_length(view.text[p.a : p.b])
            if n:
                end = p.a + n
                while end > p.a and view.text[end - 1].isspace():
                    end -= 1
                drop(fi, view, p.a, end, "dateline")
                a = p.a + n
                while view.text[a].isspace():
                    a += 1
            contents.append(_Content(fi, view, a, p.b, lang, collapse_ws(view.text[a : p.b]), para=i))
            last_content = i

    if not langs:
        for fi in range(len(views)):
            _untranslated_inside_english([c for c in contents if c.file == fi])

    segs: dict[Lang, list[Segment]] = {Lang.KO: [], Lang.EN: [], Lang.REF: []}
    titles: dict[Lang, list[str]] = {Lang.KO: [], Lang.EN: [], Lang.REF: []}
    in_body: dict[Lang, bool] = {Lang.KO: False, Lang.EN: False, Lang.REF: False}
    for c in contents:
        key = c.text.casefold()
        if key in titles[c.lang]:
            drop(c.file, c.view, c.a, c.b, "repeated headline")
            continue
        if not in_body[c.lang] and len(titles[c.lang]) < 4 and (_headline_like(c.text) or _headline_above_byline(c)):
            kind = "subtitle" if titles[c.lang] else "headline"
            titles[c.lang].append(key)
        else:
            in_body[c.lang] = True
            kind = "body"
        out = segs[c.lang]
        text = c.view.text[c.a : c.b].replace("\r", " ").replace("\n", " ")  # same length: spans stay exact
        for x, y in sentence_spans(text, c.lang):
            s, e = c.view.to_file(c.a + x, c.a + y)
            out.append(Segment(len(out), c.lang, collapse_ws(text[x:y]), Span(c.file, s, e), kind))

    ko, en, ref = segs[Lang.KO], segs[Lang.EN], segs[Lang.REF]
    if not ko and not en and not ref:
        raise InputError(files[0].path, "no Korean or English text found (only page furniture or markup)")
    if not ko and en:
        doc_notes.append(NO_KOREAN)
    if ko and not en:
        doc_notes.append(NO_ENGLISH)
    if ko and en:
        ko_chars = sum(len(s.text.replace(" ", "")) for s in ko if s.kind == "body") or 1
        en_chars = sum(len(s.text.replace(" ", "")) for s in en if s.kind == "body")
        if en_chars > PARTIAL_KO * ko_chars and len(en) >= 3 * len(ko):
            where = "only the start of the article" if _korean_is_the_lead(ko, en) else "only part of the article"
            doc_notes.append(
                f"the Korean source is partial: {len(ko)} Korean sentence(s) against {len(en)} English; "
                f"it covers {where}, so the rest of the English has no source to check against"
            )
        elif en_chars < PARTIAL_EN * ko_chars and len(ko) >= 3:
            doc_notes.append(
                f"the English translation looks partial: {len(en)} English sentence(s) against {len(ko)} Korean"
            )

    if fill_reason is not None:
        for fi, src in enumerate(files):
            dropped.extend(uncovered(fi, src.text, [*ko, *en, *ref], dropped, fill_reason))
    dropped.sort(key=lambda d: (d.span.file, d.span.start))
    return Document(
        id=doc_id,
        files=tuple(files),
        ko=tuple(ko),
        en=tuple(en),
        ref=tuple(ref),
        dropped=tuple(dropped),
        notes=tuple(doc_notes),
        input_format=input_format,
    )


_BREAKING = re.compile(r"^[\[【(<]\s*(속보|긴급|알림|공지|(?i:breaking|urgent|alert))\s*[\]】)>]\s*")
# ... above the breadcrumb, a ticker under any label of its own in brackets: "[마켓 나우] 외국인 나흘째 순매수…반도체주 강세"
_TICKER_LABEL = re.compile(r"^[\[【<]\s*[^\]】>\d]{1,10}[\]】>]\s*\S")


def _headline_key(text: str) -> str:
    """A headline without its rank, bullet, bracketed labels, trailing note and spaces: "1 [속보] 정부, 예산안 제출" -> "정부,예산안제출"."""
    t = re.sub(r"^(\d{1,2}[.)]?\s+|[-–—•·ㆍ▶▷►◆◇■□○●*]\s*)", "", text)
    t = re.sub(r"[\[【(<][^\]】)>]{1,10}[\]】)>]\s*", "", t)
    t = re.sub(r"\s*\([^()]{1,30}\)\s*$", "", t)
    return re.sub(r"\s+", "", t).casefold()


def _breaking_ticker(text: str, rest: list[_Para]) -> bool:
    """At the top of a page, a breaking-news ticker above the headline ("[속보] 정부, 내년 예산안 국회 제출…총지출 712조 원",
    "[긴급] 동해시 상수도 공사로 21일 ... 단수 (오전 9시~오후 6시)"): the headline of another article, which the page's lists
    name again or the breadcrumb parts from this article's headline after it; above the breadcrumb, under any label of its
    own ("[마켓 나우] 외국인 나흘째 순매수…반도체주 강세"). (A [속보] article's own headline has no other headline after it.)"""
    if len(text) > 120 or not (_BREAKING.match(text) or _TICKER_LABEL.match(text)) or _SENTENCE_END.search(text):
        return False
    key = _headline_key(text)
    if len(key) < 10:
        return False
    label = re.match(r"^[\[【(<][^\]】)>]*[\]】)>]", text).group(0)
    # the headline is the first line of text after it; or, when the ticker runs to two lines or more under the same label ("[속보]
    # 중부지방 한파경보 확대…" over "[속보] 제주 산간 대설주의보…"), the first line after them
    first = next((p for p in rest if classify(p.text) is None), None)
    if first is None or _ticker_over(text, key, first, rest):
        return first is not None
    if not first.text.startswith(label):
        return False
    after = next((p for p in rest if classify(p.text) is None and not p.text.startswith(label)), None)
    return after is not None and _ticker_over(text, key, after, rest)


def _ticker_over(text: str, key: str, nxt: _Para, rest: list[_Para]) -> bool:
    # (the headline has no full stop; it may end in 다: "부산항 크루즈 입항 올해 250회 전망… 역대 최다")
    if len(nxt.text) > 200 or _FULL_STOP.search(nxt.text) or language_of(nxt.text) is not language_of(text):
        return False
    # ... or above the breadcrumb ("홈 > 경제 > 부동산"), which stands over the article's own headline, never between a headline
    # and its subtitle
    if any(classify(p.text) == "site menu" and re.search(r"\s[>›»]\s", p.text) for p in rest[: rest.index(nxt)]):
        return True
    if not _BREAKING.match(text):
        return False  # ... elsewhere only a breaking-news label marks it
    later = (_headline_key(p.text) for p in rest[rest.index(nxt) + 1 :] if len(p.text) <= 120)
    return any(len(k) >= 10 and (key.startswith(k) or k.startswith(key)) for k in later)


def _footer_name(text: str, names: set[str], after: list[_Para]) -> bool:
    """The site's name alone at the bottom of the page: the name its masthead gave at the top ("새아침일보"), or a name shaped
    like one right above the publisher's footer."""
    if len(text) > 30:
        return False
    if text.casefold() in names:
        return True
    return masthead(text) and bool(after) and classify(after[0].text) in ("publisher footer", "copyright line")


# The owner a copyright line names: "Copyright ⓒ 스타픽24. All rights reserved.", "<저작권자 © 호서일보 무단전재 및 재배포 금지>",
# "ⓒ 대한경제신보, 무단전재 및 재배포 금지", "Copyright © 2024 한국해양물류신문. All rights reserved."
_OWNER = re.compile(
    r"(?:copyright|저작권자)?\s*(?:ⓒ|©|\(c\))?\s*(?:\d{4}\s+)?(?P<name>[^\s.,|<>()\d][^.,|<>()]{0,28}?)\s*(?:[.,|>)]|all\s+rights|무단|$)",
    re.I,
)


def _owners(paras: list[_Para]) -> set[str]:
    out = set()
    for p in paras:
        m = re.match(r"^\W*(copyright|저작권자|ⓒ|©)", p.text, re.I)
        if m is None or classify(p.text) != "copyright line":
            continue
        n = _OWNER.match(p.text, m.start(1))
        if n and len(n.group("name")) >= 2:
            out.add(n.group("name").casefold())
    return out


def _owner_name(text: str, owners: set[str]) -> bool:
    """At the top of the page, the site's name as its copyright line gives it, alone, with 뉴스/News, or with its name in
    English after it: "스타픽24", "HBS 한빛방송 뉴스", "한국해양물류신문 The Korea Maritime & Logistics Times" (a headline that
    opens with the site's name says more: "스타픽24, 창간 5주년 시상식 개최")."""
    if len(text) > 60:
        return False
    key = text.casefold()
    for name in owners:
        if key.startswith(name) and (len(key) == len(name) or not key[len(name)].isalnum()):
            rest = text[len(name) :].strip()
            if not rest or re.fullmatch(r"(뉴스|방송|(?i:news|tv))(\s*(뉴스|(?i:news|tv)))?", rest) or re.fullmatch(
                r"(The\s)?[A-Z][A-Za-z0-9.'-]*(\s(&|and|of|[A-Z][A-Za-z0-9.'-]*)){0,6}", rest
            ):
                return True
    return False


def _opening(text: str) -> str:
    """The first 12 characters of a paragraph from its first letter or digit."""
    m = re.search(r"[0-9A-Za-z\uac00-\ud7a3]", text)
    return "" if m is None else text[m.start() : m.start() + 12]


def _summary_copies(paras: list[_Para]) -> set[int]:
    """A summary box (a portal's "요약봇") above the article: a block of paragraphs whose every sentence is, word for word, a
    sentence of a later paragraph. The article is translated once, where its body says it; the copies are not article
    text. A block of two sentences at least (one repeated sentence can be a quotation said twice)."""
    # cheap test first (splitting every paragraph into sentences costs a kiwipiepy analysis each): a copy's first
    # sentence, so its opening words, stands again in a later paragraph
    flat = [collapse_ws(p.text).casefold() for p in paras]
    probes = [_opening(t) for t in flat]
    if not any(len(pr) >= 12 and any(pr in later for later in flat[i + 1 :]) for i, pr in enumerate(probes)):
        return set()
    where: dict[str, int] = {}  # each sentence's last paragraph
    sents: list[list[str]] = []
    for i, p in enumerate(paras):
        lang = language_of(p.text)
        ss = [collapse_ws(p.text[a:b]).casefold() for a, b in sentence_spans(p.text, lang)] if lang in (Lang.KO, Lang.EN) else []
        sents.append(ss)
        for x in ss:
            where[x] = i
    copy = [
        bool(ss) and all(len(x) >= 15 and _SENTENCE_END.search(x) and where[x] > i for x in ss) for i, ss in enumerate(sents)
    ]
    out: set[int] = set()
    i = 0
    while i < len(paras):
        if not copy[i]:
            i += 1
            continue
        j = i
        while j < len(paras) and copy[j]:
            j += 1
        block = range(i, j)
        # the copies are of paragraphs after the block, never of one another
        if sum(len(sents[k]) for k in block) >= 2 and all(where[x] >= j for k in block for x in sents[k]):
            out.update(block)
        i = j
    return out


# A box drawn with line characters around its lines: "│ 한빛경제 프리미엄 구독하기 — 첫 달 무료 │" (its top and bottom rules,
# "┌────┐", have no words)
_BOX_SIDE = re.compile(r"^[│┃║](?P<inner>.*?)[│┃║]?$")
_BOX_AD = ("subscribe link", "promotion", "newsletter box", "advertisement", "donation box")


def _drawn_boxes(paras: list[_Para]) -> dict[int, str]:
    """The lines of a box drawn with line characters ("│ ... │") around an ad, a subscription call or a promotion: when one of
    its lines is such furniture within its sides and none is an article's sentence, every line of the box goes with that
    reason ("│ 한빛경제 프리미엄 구독하기 — 첫 달 무료 │" over "│ 매일 아침 7시, 시장을 움직이는 뉴스를 받아보세요 │"). A drawn box of
    facts ("│ 리콜 대상: 4만3천대 │") stays."""
    out: dict[int, str] = {}
    i = 0
    while i < len(paras):
        if not _BOX_SIDE.match(paras[i].text):
            i += 1
            continue
        j = i
        while j < len(paras) and _BOX_SIDE.match(paras[j].text):
            j += 1
        inner = [collapse_ws(_BOX_SIDE.match(paras[k].text).group("inner")) for k in range(i, j)]
        reasons = [classify(x) for x in inner if x]
        ad = next((r for r in reasons if r in _BOX_AD), None)
        if ad is not None and len(inner) <= 6 and not any(re.search(r"(?<!니)다[.!]?[\"'”’)]*$", x) for x in inner):
            out.update({k: ad for k in range(i, j)})
        i = j
    return out


def _menu_items(text: str) -> set[str]:
    """The items of a menu row: between bars, or between spaces when it has no bar ("정치 경제 사회")."""
    items = re.split(r"\s*[|｜]\s*", text) if re.search(r"[|｜]", text) else text.split()
    return {x.strip().casefold() for x in items if 0 < len(x.strip()) <= 12}


def _own_breadcrumb(text: str, menu: set[str]) -> bool:
    """The breadcrumb that starts with an item of the site's own menu, dropped above it ("어업 | 양식 | 유통·가공 | 수협" over
    "양식 > 재해·방역"): two to four short items between arrows, no sentence or number."""
    if len(text) > 60 or not menu:
        return False
    crumbs = re.split(r"\s*[>›»]\s*", text)
    return (
        2 <= len(crumbs) <= 4
        and crumbs[0].casefold() in menu
        and all(0 < len(x) <= 12 and len(x.split()) <= 2 and not re.search(r"[.,!?:;\d\"'“”‘’()]", x) for x in crumbs)
    )


_TABLE_TITLE = re.compile(r"^[\[【<(]\s*(표|도표|(?i:table))\s*[\]】>)]")
_FIGURE = re.compile(r"(?<![\d.])(\d[\d,]*(?:\.\d+)?)\s*([가-힣%㎡㏊㎞㎏]?)")


def _table_row(text: str) -> list[str] | None:
    """The cells of a table's row ("부지 | 12만㎡", "구분 | 2024년 3Q | 2025년 2Q"): short cells between bars, no sentence."""
    cells = [x.strip() for x in re.split(r"\s*[|｜]\s*", text)]
    if len(cells) < 2 or len(text) > 150 or any(not x or len(x) > 30 for x in cells) or _SENTENCE_END.search(text):
        return None
    return cells


def _figures(text: str) -> set[str]:
    """The figures of a text, each a number and the counter or unit right after it: "약 2,500명" -> {"2500명"}."""
    return {m.group(1).replace(",", "") + m.group(2) for m in _FIGURE.finditer(text)}


def _recap_tables(paras: list[_Para]) -> set[int]:
    """A data table that only restates the body: its rows ("부지 | 12만㎡", "투자액 | 약 9조원(2030년까지)", "고용 | 약 2500명") and
    its title above them ("[표] 한울반도체 용인 HBM 공장 개요"), when every figure of its rows (three at least) is one the body's
    sentences give. The English translates each fact where the body says it; a table with a figure the body does not give
    (a quarter's results, "매출 | 47,800 | 53,100") is the article's content and stays."""
    out: set[int] = set()
    i = 0
    while i < len(paras):
        cells = _table_row(paras[i].text)
        if cells is None:
            i += 1
            continue
        j = i
        while j < len(paras) and (row := _table_row(paras[j].text)) is not None and len(row) == len(cells):
            j += 1
        if j - i >= 2:
            block = set(range(i, j))
            if i > 0 and _TABLE_TITLE.match(paras[i - 1].text) and len(paras[i - 1].text) <= 80:
                block.add(i - 1)
            lang = language_of(" ".join(paras[k].text for k in block))
            figures = set().union(*(_figures(paras[k].text) for k in range(i, j)))
            body = set().union(*(
                _figures(p.text) for k, p in enumerate(paras)
                if k not in block and language_of(p.text) is lang and _SENTENCE_END.search(p.text) and classify(p.text) is None
            ))
            if len(figures) >= 3 and figures <= body:
                out |= block
        i = max(j, i + 1)
    return out


COMMENT_MAX = 300  # a reader's comment is short


def _comment_text(text: str, prev_reason: str | None, rest: list[_Para]) -> bool:
    """In the comment section, a short paragraph right after a comment's row (the commenter's "kim****") or right before
    one ("06.03 12:21 신고 답글 4 공감 88", "강릉사람 2025-08-27 07:12 추천 15 반대 0") is a comment's text."""
    if len(text) > COMMENT_MAX:
        return False
    return prev_reason == "reader comment" or (bool(rest) and comment_row(rest[0].text))


_CAPTION_START = re.compile(r"^([▲△■▶]|[\[(<]\s*(사진|포토|그래픽|이미지|photo)\s*[\])>])")
_NOUN_PHRASE_STOP = re.compile(r"[^다\s\d]\.$")


def _caption(text: str) -> bool:
    """The line above a photo's credit ("[사진=국가유산청]" on the next line) is its caption when a caption's mark starts
    it ("▲ 시민들이 책을 읽고 있다.", "[사진] ...") or it is a noun phrase with a full stop ("출토된 금동불상 3점."): a
    headline has no full stop, an article's sentence ends in 다."""
    return len(text) < 200 and bool(_CAPTION_START.match(text) or _NOUN_PHRASE_STOP.search(text))


UNTRANSLATED_MAX = 2  # Korean paragraphs inside a file's English block read as English left untranslated


def _untranslated_inside_english(contents: list[_Content]) -> None:
    """A Korean paragraph standing alone inside the English block of a file that has the Korean article
    as a block of its own (Korean, then English, or the reverse) is a paragraph the translation left in
    Korean: it belongs to the English (where the untranslated-text rule reports it), not to the source (where it
    would be one more Korean sentence, reported untranslated together with the one it copies). Files that
    interleave Korean and English paragraphs keep every paragraph as it is."""
    en_at = [i for i, c in enumerate(contents) if c.lang == Lang.EN]
    if len(en_at) < 3:
        return
    first, last = en_at[0], en_at[-1]
    inside = [i for i in range(first, last + 1) if contents[i].lang == Lang.KO]
    outside = sum(1 for i, c in enumerate(contents) if c.lang == Lang.KO and not first <= i <= last)
    if not inside or len(inside) > UNTRANSLATED_MAX or outside < 3:
        return
    if any(i + 1 in inside for i in inside):
        return  # a run of Korean paragraphs: part of the layout, not a slip
    for i in inside:
        contents[i].lang = Lang.EN


_ANCHOR = re.compile(r"[A-Za-z][A-Za-z&.-]+|\d+(?:[.,]\d+)*")


def _korean_is_the_lead(ko: list[Segment], en: list[Segment]) -> bool:
    """Names and numbers of the Korean ("Solid Power", "117.2") first show up in the first third of the English."""
    anchors = {m.group(0).casefold() for s in ko for m in _ANCHOR.finditer(s.text)}
    body = [s for s in en if s.kind == "body"] or en
    for i, s in enumerate(body):
        if anchors & {m.group(0).casefold() for m in _ANCHOR.finditer(s.text)}:
            return i < max(1, len(body) // 3)
    return False


def uncovered(fi: int, text: str, segments, dropped, reason: str) -> list[Dropped]:
    """Each stretch of file `fi` between covered spans that holds non-space text, as Dropped(reason)."""
    spans = sorted(
        [(s.span.start, s.span.end) for s in segments if s.span.file == fi]
        + [(d.span.start, d.span.end) for d in dropped if d.span.file == fi]
    )
    out = []
    pos = 0
    for a, b in [*spans, (len(text), len(text))]:
        if a > pos:
            x, y = pos, a
            while x < y and text[x].isspace():
                x += 1
            while y > x and text[y - 1].isspace():
                y -= 1
            if x < y:
                out.append(Dropped(Span(fi, x, y), text[x:y], reason))
        pos = max(pos, b)
    return out
