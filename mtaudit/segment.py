"""Sentence segmentation with exact offsets.

Two entry points:

- ``sentence_spans(text, lang) -> list[(start, end)]``: sentence boundaries as
  offsets into ``text`` (stripped of surrounding whitespace). Readers use it
  when the text they segment is a view of the file (HTML) and map the offsets
  back themselves.
- ``split(text, lang, *, offset=0, file=0, start_index=0, kind="body") -> list[Segment]``:
  the same, wrapped as `Segment`s whose span is ``offset + start .. offset + end``
  in ``Document.files[file]`` and whose text is whitespace-collapsed.

Korean goes through kiwipiepy (``Kiwi.split_into_sents``; Kiwi is built once,
lazily, on first use because construction takes seconds). English uses the
rule-based splitter below, which knows abbreviations ("Co., Ltd.", "U.S.",
"No. 1", "Mr.", "e.g."), decimals ("117.2"), sentence ends inside closing
quotes ("...promoted,” and emphasized, “The Ministry ... industries.”") and
never joins text across a line break: a headline without final punctuation
is its own segment because callers segment one paragraph at a time, and
``split`` treats every line as at least one segment.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .types import Lang, Segment, Span

__all__ = ["sentence_spans", "split", "collapse_ws", "english_spans", "korean_spans", "kiwi"]


def collapse_ws(text: str) -> str:
    """'a \\xa0 b\\n c' -> 'a b c' (str.split knows NBSP and ideographic spaces)."""
    return " ".join(text.split())


@lru_cache(maxsize=1)
def kiwi():
    """The process-wide Kiwi (built on first use: loading its model takes seconds). Share it; don't build another."""
    from kiwipiepy import Kiwi

    return Kiwi()


def korean_spans(text: str) -> list[tuple[int, int]]:
    return list(_korean_spans(text))


@lru_cache(maxsize=4096)  # the reader asks twice for a paragraph (summary-box test, then its segments); pure
def _korean_spans(text: str) -> tuple[tuple[int, int], ...]:
    if not text.strip():
        return ()
    spans = []
    for s in kiwi().split_into_sents(text):
        a, b = _strip(text, s.start, s.end)
        if a < b:
            if spans and _headline_ellipsis(text, spans[-1], a):
                spans[-1] = (spans[-1][0], b)  # "실손보험료 7.5% 오른다…4세대는 동결": one headline
            else:
                spans.append((a, b))
    return tuple(_fill_gaps(text, spans))


def _headline_ellipsis(text: str, prev: tuple[int, int], start: int) -> bool:
    """Whether a sentence that ends in an ellipsis and the one after it are one headline: on one line that ends
    without a full stop (a headline or subtitle "A…B")."""
    if not text[prev[0] : prev[1]].rstrip("\"'”’)]").endswith(("…", "...")) or "\n" in text[prev[1] : start]:
        return False
    line_end = text.find("\n", start)
    line = text[text.rfind("\n", 0, prev[0]) + 1 : len(text) if line_end < 0 else line_end].rstrip()
    return not line.endswith((".", "다", "!", "?")) and len(line) <= HEADLINE_LINE


# Words that end with a period without ending the sentence.
_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "co", "corp", "inc", "ltd", "llc", "plc",
    "no", "nos", "vs", "v", "gov", "rep", "sen", "gen", "lt", "col", "capt", "cmdr", "sgt", "adm", "pres",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "approx", "dept", "univ", "fig", "figs", "vol", "vols", "pp", "cf", "al", "est", "ave", "blvd", "rd",
    "op", "ed", "eds", "rev", "hon", "messrs", "mme", "mlle", "min", "max", "tel", "ext", "ref", "art",
}
# Abbreviations that often end a sentence too ("..., R&D, etc."): a boundary when a capital follows.
_SOFT_ABBREV = {"etc", "esp"}
# After a dotted acronym ("U.S.", "e.g.") only these words make a new sentence.
_STARTERS = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there",
    "in", "on", "at", "but", "and", "however", "meanwhile", "according", "as", "also", "last", "for", "its",
    "his", "her", "their", "our", "if", "when", "while", "after", "before", "since", "so", "yet", "still",
    "then", "thus", "moreover", "furthermore", "besides", "some", "many", "most", "both", "one", "two",
}
HEADLINE_LINE = 150  # a line this short that holds an ellipsis is a headline or subtitle: "A... B" is one sentence there
_CANDIDATE = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"(?<![A-Za-z0-9&'’-])([A-Za-z][A-Za-z.]*)\.$")  # "R&D." is no abbreviation
_NEXT = re.compile(r"\s+([\"'“‘«(\[]*)(\S)")


def english_spans(text: str) -> list[tuple[int, int]]:
    """Rule-based English sentence boundaries (offsets into `text`), one line at most per sentence."""
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\r\n]+", text):
        start = m.start()
        line_end = m.end()
        # a headline or subtitle: short, or ending with no full stop ("... raised to 1.2 billion won... Tax law
        # amendment passes the committee")
        headline = line_end - m.start() <= HEADLINE_LINE or not text[m.start() : line_end].rstrip().endswith((".", "!", "?", '."', ".”"))
        for c in _CANDIDATE.finditer(text, m.start(), line_end):
            end = c.end()
            if _is_boundary(text, start, c, line_end, headline):
                a, b = _strip(text, start, end)
                if a < b:
                    spans.append((a, b))
                start = end
        a, b = _strip(text, start, line_end)
        if a < b:
            spans.append((a, b))
    return spans


def _is_boundary(text: str, sent_start: int, c: re.Match, line_end: int, short_line: bool = False) -> bool:
    nxt = _NEXT.match(text, c.end(), line_end)
    if nxt is None:
        return False  # the line ends here anyway
    opener, first = nxt.group(1), nxt.group(2)
    if first.islower():
        return False  # "e.g. the", "Co., Ltd., who", "...,” the ministry said"
    if not (first.isalnum() or opener):
        return False  # "defense). ." keeps the stray period with its sentence
    punct = c.group(0)
    bare = punct.rstrip("\"'”’»)]")
    if bare.endswith(("…", "...")) and short_line:
        return False  # "... wins orders worth 1.3 trillion won... Cumulative orders exceed $5 billion": the Korean headline's … joins
    if "." not in punct or bare.endswith(("!", "?", "…", "..")):
        return True
    if punct[0] != "." or len(punct.rstrip("\"'”’»)]")) > 1:
        return True
    w = _WORD_BEFORE.search(text, sent_start, c.start() + 1)
    if w is None:
        return True
    word = w.group(1)
    low = word.lower()
    if low in _ABBREV:
        return False  # "Mr. Kim", "No. 1", "Co. Ltd"
    if low in _SOFT_ABBREV:
        return first.isupper() and not opener
    if "." in word:  # dotted acronym: "U.S.", "e.g.", "a.m."
        if opener:
            return True
        following = re.match(r"[A-Za-z]+", text[nxt.start(2) : nxt.start(2) + 30])
        return bool(following) and following.group(0).lower() in _STARTERS
    if len(word) == 1 and word.isupper():
        return False  # an initial: "J. Smith"
    return True


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _fill_gaps(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Kiwi may skip characters (stray symbols); attach any non-space gap to the neighbouring sentence."""
    out: list[tuple[int, int]] = []
    prev = 0
    for a, b in spans:
        ga, gb = _strip(text, prev, a)
        if ga < gb:
            if out:
                out[-1] = (out[-1][0], gb)
            else:
                a = ga
        out.append((a, b))
        prev = b
    ga, gb = _strip(text, prev, len(text))
    if ga < gb:
        if out:
            out[-1] = (out[-1][0], gb)
        else:
            out.append((ga, gb))
    # a sentence never crosses a line break: a headline line is its own segment
    result: list[tuple[int, int]] = []
    for a, b in out:
        for m in re.finditer(r"[^\r\n]+", text[a:b]):
            x, y = _strip(text, a + m.start(), a + m.end())
            if x < y:
                result.append((x, y))
    return result


def sentence_spans(text: str, lang: Lang | str) -> list[tuple[int, int]]:
    """Sentence boundaries in `text` for `lang` ("ko" or "en"/"ref")."""
    lang = Lang(lang)
    return korean_spans(text) if lang is Lang.KO else english_spans(text)


def split(
    text: str,
    lang: Lang | str,
    *,
    offset: int = 0,
    file: int = 0,
    start_index: int = 0,
    kind: str = "body",
) -> list[Segment]:
    """Sentences of `text` as Segments; spans are `offset`-shifted into Document.files[file].

    >>> [s.text for s in split("Mr. Kim met U.S. officials. They agreed.", "en")]
    ['Mr. Kim met U.S. officials.', 'They agreed.']
    """
    lang = Lang(lang)
    return [
        Segment(start_index + i, lang, collapse_ws(text[a:b]), Span(file, offset + a, offset + b), kind)
        for i, (a, b) in enumerate(sentence_spans(text, lang))
    ]
