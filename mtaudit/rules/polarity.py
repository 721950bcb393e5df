"""A negation the English lost: the Korean says something did not happen, the English that it did."""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from ..types import AlignedPair, Document, Finding, Severity
from .base import CheckContext, CodeRule, Example, RuleInfo, code_rule
from .common import TRANSLATED_KINDS
from .surface import left_in_korean
from .textmap import SegmentLocator

# A predicate the Korean negates: 이뤄지지 않았다, 확인하지 못했다, 못 했다, 피해는 없었다, 외출하지 마라. Not 없이
# ("without", an adverb: 차질 없이 "smoothly"), nor 아니다 ("A가 아니라 B" is "B rather than A" as often as "not A").
_KO_NEGATION = re.compile(
    r"지(?:는|도|만은|조차)?\s?(?:않|못)|(?<=[가-힣])진\s?(?:않|못)|(?<![가-힣])못\s?(?:했|한|하|해|할|된|됐|되|받|쓰|가|간|갔)|"
    r"(?<![가-힣])안\s?(?:했|한|하|해|할|된|됐|되|맞|먹|가|갔|와|왔|봤|보|써|쓴|찍)|"
    r"(?<![가-힣])(?:없(?:었|다|는|습|어|고|으며|지만|을|음)|없(?=\.))|지\s?(?:말|마)(?:라|세요|아야|야)|"
    r"(?:이|가)\s?아니(?:다|었|라고|며|고|어서|지만|ㄴ)|(?:이|가)\s?아닌"
)
# Korean whose negation English says without a negative word: two negations (않을 수 없다 "must", 않으면 안 된다
# "must"), 수밖에 없다 ("had to"), 못지않다 ("as good as"), 없지 않다 ("some"), 보다 못한 ("worse than"), 뿐만 아니라
# ("as well as"), rhetorical 지 않은가 / 아닌가, 불과하다
_KO_POSITIVE = re.compile(
    r"수밖에\s?없|않을\s?수\s?없|않으면\s?안|(?:지|지는|진)\s?않은가|없지(?:는|도|만은)?\s?않|못지(?:는|도|만은)?\s?않|아닐\s?수\s?없|에\s?불과|보다\s?못|"
    r"뿐(?:만)?\s?아니|아닌가|아닐까"
)
# English that carries a negation: a negative word, or a verb or adjective that says it ("failed to", "unable",
# "refrained from", "fell short of", "called off", "ruled out", "unpaid")
_EN_NEGATION = re.compile(
    r"n't\b|\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot|unless|fail(?:s|ed|ing|ure)?|unable|"
    r"lack(?:s|ed|ing)?|absent|absence|refus\w*|den(?:y|ied|ies)|yet to|avoid\w*|refrain\w*|prevent\w*|free of|zero|"
    r"impossible|insufficient|inadequate|incomplete|illegal\w*|invalid|"
    r"halt\w*|stop(?:s|ped|ping)?|ban(?:s|ned)?|prohibit\w*|miss(?:ed|ing)?|declin(?:e|ed|es|ing) to|instead|hardly|"
    r"barely|little|few|only|rather than|other than|let alone|short of|fell short|falls? short|"
    r"(?:call|called|calls|calling) off|cancel\w*|postpon\w*|scrap(?:s|ped|ping)?|suspend\w*|withdr[ae]w\w*|"
    r"(?:hold|holds|held|put|puts) off|delay\w*|rul(?:e|ed|es|ing) out|exclud\w*|out of the question|"
    r"keep\w*\s+\w+(?:\s+\w+)?\s+from|kept\s+\w+(?:\s+\w+)?\s+from|"
    r"un(?!der|til|i[otvq]|fold|veil|leash|load|animous|ion)[a-z]{3,}|non-\w+)\b",
    re.IGNORECASE,
)


@code_rule
class NegationLost(CodeRule):
    info = RuleInfo(
        id="MT-NEG-001",
        name="negation-lost",
        kind="polarity",
        severity=Severity.WARNING,
        message="The Korean says '{ko}' (a negation); the English has no negative word: check that it does not say the opposite",
        docs=(
            "A negation dropped in translation turns the sentence into its opposite while every name and number "
            "stays right: 피해 회복도 제대로 이뤄지지 않았다 ('the damage has not been properly recovered') as 'the damage "
            "has been properly recovered', 경찰은 용의자의 신원을 확인하지 못했다 as 'police confirmed the suspect's "
            "identity', 인명 피해는 없었다 as 'there were casualties'. Checked: a Korean predicate negated with 지 않다 (지는 않다, 지도 않다, 진 않다), "
            "지 못하다, 못, 없다 or 지 말라, against an English with no negative word at all (not, no, never, without, "
            "failed to, unable, refrained, unclear, ...). A double negation (않을 수 없다, 않으면 안 된다), 수밖에 없다 "
            "('had to') and 못지않다 ('as good as') say something positive and are not checked; nor is 없이 "
            "('without', 'smoothly'). An English negative word that only renders a Korean noun with a negative "
            "prefix (불확실성 'uncertainties', 미확인 'unconfirmed') does not stand for the negated predicate. A warning: English can negate with a word this check does not know "
            "('the damage remains unrecovered')."
        ),
        fail=(
            Example(ko="피해 회복도 제대로 이뤄지지 않았다.", en="The damage has been properly recovered."),
            Example(ko="경찰은 용의자의 신원을 확인하지 못했다.", en="Police confirmed the suspect's identity."),
            Example(ko="이번 사고로 인한 인명 피해는 없었다.", en="There were casualties from the accident."),
            Example(ko="한은은 기준금리를 당분간 올리지는 않을 것으로 보인다.", en="The Bank of Korea is expected to raise its base rate for the time being."),
            Example(ko="장관은 \"관세 정책 등 불확실성이 여전하지만 수출 증가세가 꺾이지는 않을 것\"이라고 말했다.",
                    en="The minister said, \"Despite uncertainties such as tariff policy, the export growth trend will be broken.\""),
        ),
        passes=(
            Example(ko="피해 회복도 제대로 이뤄지지 않았다.", en="The damage has not been properly recovered."),
            Example(ko="경찰은 용의자의 신원을 확인하지 못했다.", en="Police were unable to confirm the suspect's identity."),
            Example(ko="이번 사고로 인한 인명 피해는 없었다.", en="No one was hurt in the accident."),
            Example(ko="정부는 추가 대책을 내놓을 수밖에 없었다.", en="The government had to come up with additional measures."),
            Example(ko="한은은 기준금리를 당분간 올리지는 않을 것으로 보인다.", en="The Bank of Korea is not expected to raise its base rate for the time being."),
            Example(ko="신제품의 성능은 경쟁사 제품에 못지않다.", en="The new product performs as well as its rivals'."),
            Example(ko="장관은 \"관세 정책 등 불확실성이 여전하지만 수출 증가세가 꺾이지는 않을 것\"이라고 말했다.",
                    en="The minister said, \"Despite uncertainties such as tariff policy, the export growth trend will not be broken.\""),
            Example(ko="행사는 차질 없이 진행됐다.", en="The event went smoothly."),
            Example(ko="안 장관은 업계와 긴밀히 소통하겠다고 말했다.", en="Minister Ahn said he would communicate closely with the industry."),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        loc = SegmentLocator(doc)
        for p in pairs:
            if p.kind not in TRANSLATED_KINDS or left_in_korean(doc, p):
                continue
            seg, m = next(((doc.ko[i], m) for i in p.ko if (m := _KO_NEGATION.search(doc.ko[i].text))), (None, None))
            if m is None or _KO_POSITIVE.search(p.ko_text(doc)) or _negated_in_english(p.ko_text(doc), p.en_text(doc)):
                continue
            start, end = _predicate(seg.text, m.start(), m.end())
            yield Finding(
                rule_id=self.info.id,
                severity=self.info.severity,
                message=self.info.message.format(ko=seg.text[start:end]),
                pair=p.index,
                ko_spans=(loc.span(seg, start, end),),
                en_spans=tuple(doc.en[j].span for j in p.en),
                source_term=seg.text[start:end],
            )


# Korean nouns and adjectives with a negative prefix (不, 無, 非, 未) that English says with one of its own
# (uncertainty, invalid, undisclosed, unconfirmed, unpaid): such an English word renders the noun, not a negated
# predicate elsewhere in the sentence
_KO_PREFIXED = re.compile(r"불확실|불투명|불안정|불공정|불완전|불분명|불충분|불필요|불가능|불법|불리|불명|무효|무관|무제한|무책임|"
                          r"비공개|비공식|비정규|미확인|미공개|미지급|미정|미흡|미납|미완성")
_EN_PREFIXED = re.compile(r"\b(?:un|in|il|im|ir|non-?)[a-z]{3,}\b", re.IGNORECASE)


def _negated_in_english(ko: str, en: str) -> bool:
    """Whether the English has a negative word for the Korean's negated predicate: any negative word, except those
    that only render the Korean's own prefixed nouns ('uncertainties' for 불확실성 leaves 꺾이지는 않을 without one)."""
    hits = [m for m in _EN_NEGATION.finditer(en)]
    spare = len(_KO_PREFIXED.findall(ko))
    if spare and hits:
        plain = [h for h in hits if not _EN_PREFIXED.fullmatch(h.group(0))]
        return len(plain) > 0 or len(hits) > spare
    return bool(hits)


def _predicate(text: str, start: int, end: int) -> tuple[int, int]:
    """The words around a negation marker: 이뤄지지 않았다, 확인하지 못했다 (to the ends of the two words)."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    if start > 0:  # the verb before a spaced marker: 이뤄지지 [않았다]
        prev = start - 1
        while prev > 0 and text[prev - 1].isspace():
            prev -= 1
        while prev > 0 and not text[prev - 1].isspace():
            prev -= 1
        if text[start:end].lstrip().startswith(("않", "못", "말", "마", "없", "안", "아니")):  # 피해는 [없었다]
            start = prev
    while end < len(text) and not text[end].isspace() and text[end] not in ".,\"'”’)":
        end += 1
    return start, end
