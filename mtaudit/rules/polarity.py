"""A negation the English lost: the Korean says something did not happen, the English that it did."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Sequence

from ..types import AlignedPair, Document, Finding, Severity
from .base import CheckContext, CodeRule, Example, RuleInfo, code_rule
from .surface import translated_pairs
from .textmap import SegmentLocator

# A predicate the Korean negates: 이뤄지지 않았다, 확인하지 못했다, 못 했다, 피해는 없었다, 외출하지 마라. Not 없이
# ("without", an adverb: 차질 없이 "smoothly"), nor 아니다 ("A가 아니라 B" is "B rather than A" as often as "not A").
_KO_NEGATION = re.compile(
    r"지(?:는|도|만은|조차)?\s?(?:않|못)|(?<=[가-힣])진\s?(?:않|못)|(?<![가-힣])못\s?(?:했|한|하|해|할|된|됐|되|받|쓰|가|간|갔)|"
    r"(?<![가-힣])안(?!보(?:리|실|상|를|은|의|에|와|과|정|협|위|분|동|전|법|회|관|이|가|도|공|적|[\s,.·」』\"'”]))\s?(?:했|한|하|해|할|된|됐|되|맞|먹|가|갔|와|왔|봤|보|써|쓴|찍)|"
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
    r"lack(?:s|ed|ing)?|absent|absence|refus\w*|reject\w*|den(?:y|ied|ies)|yet to|avoid\w*|refrain\w*|prevent\w*|free of|zero|"
    r"impossible|insufficient|inadequate|incomplete|illegal\w*|invalid|los(?:e|es|ing|t)|disappear\w*|vanish\w*|"
    r"halt\w*|stop(?:s|ped|ping)?|ban(?:s|ned)?|prohibit\w*|miss(?:ed|ing)?|declin(?:e|ed|es|ing) to|instead|hardly|"
    r"barely|rarely|seldom|scarcely|little|few|only|rather than|other than|let alone|short of|fell short|falls? short|"
    r"(?:call|called|calls|calling) off|cancel\w*|postpon\w*|scrap(?:s|ped|ping)?|suspend\w*|withdr[ae]w\w*|"
    r"(?:hold|holds|held|put|puts) off|delay\w*|rul(?:e|ed|es|ing) out|exclud\w*|out of the question|"
    r"(?:keep\w*|kept)\s+(?:[\w'-]+\s+){0,4}?from\s+\w+ing|out of (?:service|operation|commission|action)|"
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
            "('had to') and 못지않다 ('as good as') say something positive and are not checked. X 없이 ('without X') is "
            "checked only against an English that says 'with', 'after' or 'despite' and no negative word (성능 저하 없이 as "
            "'with performance degradation'); not the adverbs English says positively (차질 없이 'smoothly', 끊임없이). An English negative word that only renders a Korean noun with a negative "
            "prefix (불확실성 'uncertainties', 미확인 'unconfirmed') does not stand for the negated predicate. A warning: English can negate with a word this check does not know "
            "('the damage remains unrecovered'). When the Korean negates a condition as well as its main clause (A하지 "
            "않으면 B하지 않겠다, 'will not B unless A'), the English needs a negative word for each: 'will B unless A' "
            "has lost one ('will B only if A' says both). An English negative verb that renders another Korean verb of the "
            "sentence, itself not negated, stands for no negation ('could be delayed' for 늦춰질 beside 완공되지 않아)."
        ),
        fail=(
            Example(ko="피해 회복도 제대로 이뤄지지 않았다.", en="The damage has been properly recovered."),
            Example(ko="경찰은 용의자의 신원을 확인하지 못했다.", en="Police confirmed the suspect's identity."),
            Example(ko="이번 사고로 인한 인명 피해는 없었다.", en="There were casualties from the accident."),
            Example(ko="한은은 기준금리를 당분간 올리지는 않을 것으로 보인다.", en="The Bank of Korea is expected to raise its base rate for the time being."),
            Example(ko="장관은 \"관세 정책 등 불확실성이 여전하지만 수출 증가세가 꺾이지는 않을 것\"이라고 말했다.",
                    en="The minister said, \"Despite uncertainties such as tariff policy, the export growth trend will be broken.\""),
            Example(ko="노조는 \"임금 협상이 타결되지 않으면 복귀하지 않겠다\"고 밝혔다.",
                    en="The union said, \"We will return unless the wage negotiations are concluded.\""),
            Example(ko="청장은 \"잔불 정리가 끝날 때까지 헬기를 철수하지 않겠다\"고 말했다.",
                    en="The commissioner said, \"We will withdraw the helicopters until the remaining fires are cleaned up.\""),
            Example(ko="연구팀이 개발한 촉매는 1,000시간 동안 성능 저하 없이 작동했다.",
                    en="The catalyst developed by the team operated for 1,000 hours with performance degradation."),
            Example(ko="그러나 기반시설이 아직 완공되지 않아 공장 가동 시기가 늦춰질 수 있다는 우려도 있다.",
                    en="However, as the infrastructure has now been completed, there are concerns that plant operations could be delayed."),
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
            Example(ko="노조는 \"임금 협상이 타결되지 않으면 복귀하지 않겠다\"고 밝혔다.",
                    en="The union said, \"We will not return unless the wage negotiations are concluded.\""),
            Example(ko="노조는 \"임금 협상이 타결되지 않으면 복귀하지 않겠다\"고 밝혔다.",
                    en="The union said it would return only if the wage negotiations were concluded."),
            Example(ko="청장은 \"잔불 정리가 끝날 때까지 헬기를 철수하지 않겠다\"고 말했다.",
                    en="The commissioner said, \"We will not withdraw the helicopters until the remaining fires are cleaned up.\""),
            Example(ko="행사는 열리지 않고 취소됐다.", en="The event was cancelled."),
            Example(ko="회의는 열리지 못하고 다음 달로 연기됐다.", en="The meeting was postponed to next month."),
            Example(ko="연구팀이 개발한 촉매는 1,000시간 동안 성능 저하 없이 작동했다.",
                    en="The catalyst developed by the team operated for 1,000 hours without performance degradation."),
            Example(ko="축제는 차질 없이 진행됐다.", en="The festival went smoothly with record crowds."),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        loc = SegmentLocator(doc)
        for p in translated_pairs(doc, pairs):
            seg, m = next(((doc.ko[i], m) for i in p.ko if (m := _KO_NEGATION.search(doc.ko[i].text))), (None, None))
            if m is None:
                without = _without_said_with(doc, p)
                if without is not None:
                    seg, w = without
                    yield Finding(
                        rule_id=self.info.id,
                        severity=self.info.severity,
                        message=_WITHOUT_MESSAGE.format(ko=w.group(0)),
                        pair=p.index,
                        ko_spans=(loc.span(seg, w.start(), w.end()),),
                        en_spans=tuple(doc.en[j].span for j in p.en),
                        source_term=w.group(0),
                    )
                continue
            if _KO_POSITIVE.search(p.ko_text(doc)):
                continue
            if _said_positively(seg.text, m, p.en_text(doc)):
                continue
            message = self.info.message
            plainly = next(((doc.ko[i], v) for i in p.ko if (v := _negated_verb_said_plainly(doc.ko[i].text, p.en_text(doc), p.ko_text(doc)))), None)
            if plainly is not None:
                seg, m = plainly  # 배제할 수 없다 as "ruled out", beside another negation the English kept
                message = _VERB_ALONE_MESSAGE
            elif _only_the_verb_itself(seg.text, m, p.en_text(doc)):
                message = _VERB_ALONE_MESSAGE  # 철수하지 않겠다 as "will withdraw"
            elif _negated_in_english(p.ko_text(doc), p.en_text(doc)):
                # 백지화하지 않으면 복귀하지 않겠다 as "will return unless ... is scrapped": the English's one negative
                # word is the condition's; the main clause's negation is lost
                seg, m = next(((doc.ko[i], m) for i in p.ko if (m := _main_negation_unpaired(doc.ko[i].text, p.en_text(doc)))), (None, None))
                if m is None:
                    continue
                message = _MAIN_NEGATION_MESSAGE
            start, end = _predicate(seg.text, m.start(), m.end())
            yield Finding(
                rule_id=self.info.id,
                severity=self.info.severity,
                message=message.format(ko=seg.text[start:end]),
                pair=p.index,
                ko_spans=(loc.span(seg, start, end),),
                en_spans=tuple(doc.en[j].span for j in p.en),
                source_term=seg.text[start:end],
            )


# X 없이 ("without X") said as "with X" or "after X": 성능 저하 없이 as "with performance degradation", 충분한 협의 없이
# as "after sufficient consultation". Not the adverbs English says without a negative word (차질 없이 "smoothly", 끊임없이
# "constantly", 예외 없이 "all", 흔들림 없이 "steadfastly").
_KO_WITHOUT = re.compile(r"(?<![가-힣])(?!(?:차질|쉼|끊임|거침|빠짐|틀림|어김|예외|남김|가림|막힘|지체|주저|망설임|변함|흔들림|여지|"
                         r"어려움|문제|탈|사고|아낌|스스럼|꾸밈|구김|가차|느닷|하릴|속절|영락|어처구니|어이|난데)\s?없이)"
                         r"[가-힣]{1,8}\s?없이")
_EN_WITH = re.compile(r"\b(?:with|after|following|despite)\b", re.I)
_WITHOUT_MESSAGE = "The Korean says '{ko}' (without); the English has no negative word: check that it does not say the opposite"


def _without_said_with(doc: Document, p: AlignedPair):
    """(segment, match) of a Korean 'X 없이' whose English has no negative word but a 'with' or 'after'."""
    for i in p.ko:
        w = _KO_WITHOUT.search(doc.ko[i].text)
        if w is not None and not any(row[0].search(doc.ko[i].text, max(0, w.start() - 12), w.end() + 2) for row in opposites()
                                     if "없이" in row[0].pattern):  # a row of MT-NEG-004's table says it (협의 없이 "after")
            en = p.en_text(doc)
            if not _EN_NEGATION.search(en) and _EN_WITH.search(en):
                return doc.ko[i], w
    return None


# 미치지 못하다 / 못 미치다 ("fall short of") English says with a comparison: "less than one-sixth", "below the target"
_SHORT_OF = re.compile(r"미치지\s?못|못\s?미치")
_EN_BELOW = re.compile(r"\b(?:less|fewer|lower|smaller|shorter|worse) than\b|\bbelow\b|\bunder\b|\bshort of\b|\bshy of\b", re.I)


# 쉽지 않다 ("not easy"), which English says as "difficult", "hard", "tough"
_KO_NOT_EASY = re.compile(r"쉽지(?:는|도|만은)?\s?않")
_EN_HARD = re.compile(r"\b(?:difficult\w*|hard(?:er|est)?|tough(?:er)?|challeng\w*|uphill|struggl\w*)\b", re.I)


# A verb of leaving, stopping or easing, negated: 감소세에서 벗어나지 못했다, 상승세가 멈추지 않았다, 논란이 끊이지 않는다.
# English says that the state goes on, without a negative word ("extending a decline", "continued", "persists")
_KO_STAYS = re.compile(r"(벗어나|멈추|멈춰|그치|끊이|끝나|꺾이|식|수그러들|누그러지|가라앉|잦아들|하락하|떨어지|내려가|감소하|줄어들)지\s?(?:는|도)?\s?(?:않|못)")
# ... unless the English says the verb itself ('the growth trend will be broken' for 꺾이지는 않을, beside 'uncertainties
# remain'): then the negation is lost, not said as staying (keyed by the verb's first syllable)
_STAYS_VERB_EN = {k: re.compile(v, re.I) for k, v in {
    "벗": r"\b(?:escap\w*|emerg\w*|exit\w*|get(?:s|ting)? out|got out|out of|break(?:s|ing)? (?:out|free)|broke (?:out|free)|recover\w*|rebound\w*)\b",
    "멈": r"\b(?:stop\w*|halt\w*|paus\w*|ceas\w*)\b", "그": r"\b(?:stop\w*|end(?:s|ed|ing)?|ceas\w*|subsid\w*)\b",
    "끊": r"\b(?:stop\w*|end(?:s|ed|ing)?|ceas\w*|cut off|broken)\b", "끝": r"\b(?:end(?:s|ed|ing)?|over|finish\w*|conclud\w*)\b",
    "꺾": r"\b(?:break(?:s|ing)?|broke(?:n)?|snap\w*|bend\w*|bent|stall\w*|peak\w*|reverse\w*)\b", "식": r"\b(?:cool\w*|fad\w*|wan\w*)\b",
    "수": r"\b(?:eas\w*|subsid\w*|abat\w*|wan\w*)\b", "누": r"\b(?:eas\w*|subsid\w*|abat\w*|soften\w*)\b",
    "가": r"\b(?:subsid\w*|calm\w*|settl\w*|eas\w*)\b", "잦": r"\b(?:subsid\w*|abat\w*|eas\w*|die down|died down)\b",
    # a fall negated (하락하지 않고 있다 'prices are holding at'): the English fall word says the fall itself
    **dict.fromkeys("하떨내감줄", r"\b(?:fall\w*|fell|drop\w*|declin\w*|decreas\w*|slid\w*|slump\w*|low(?:er|ered|ering))\b"),
}.items()}
_EN_STAYS = re.compile(r"\b(?:remain\w*|stay(?:s|ed|ing)?|still|extend\w*|continu\w*|persist\w*|stuck|mired|trapped|linger\w*|prolong\w*|"
                       r"keeps?|kept|keeping|sustain\w*|steady|steadily|unabated|constant\w*|ongoing|on end|straight|consecutive|"
                       r"hold(?:s|ing)?|held|firm|flat)\b", re.I)


# Korean nouns and adjectives with a negative prefix (不, 無, 非, 未) that English says with one of its own
# (uncertainty, invalid, undisclosed, unconfirmed, unpaid): such an English word renders the noun, not a negated
# predicate elsewhere in the sentence
_KO_PREFIXED = re.compile(r"불확실|불투명|불안정|불공정|불완전|불분명|불충분|불필요|불가능|불법|불리|불명|무효|무관|무제한|무책임|"
                          r"비공개|비공식|비정규|미확인|미공개|미지급|미정|미흡|미납|미완성")
_EN_PREFIXED = re.compile(r"\b(?:un|in|il|im|ir|non-?)[a-z]{3,}\b", re.IGNORECASE)


def _negated_in_english(ko: str, en: str) -> bool:
    """Whether the English has a negative word for the Korean's negated predicate: any negative word, except those
    that only render the Korean's own prefixed nouns ('uncertainties' for 불확실성 leaves 꺾이지는 않을 without one)."""
    hits = [m for m in _EN_NEGATION.finditer(en) if not _said_by_korean_verb(m.group(0), ko)]
    spare = len(_KO_PREFIXED.findall(ko))
    if spare and hits:
        plain = [h for h in hits if not _EN_PREFIXED.fullmatch(h.group(0))]
        return len(plain) > 0 or len(hits) > spare
    return bool(hits)


# English verbs _EN_NEGATION counts as negative, and the Korean verbs they translate: when the Korean negates that very
# verb (철수하지 않겠다, "will not withdraw"), the English verb alone is its translation without the negation ("will
# withdraw the helicopters until ..."), not a negation said another way
_NEGATIVE_VERB_OF = (
    (re.compile(r"withdr[ae]w\w*|pull\w* out", re.I), re.compile(r"철수|철회|탈퇴")),
    (re.compile(r"cancel\w*|call\w* off", re.I), re.compile(r"취소")),
    (re.compile(r"suspend\w*|halt\w*|stop(?:s|ped|ping)?", re.I), re.compile(r"중단|중지|정지|멈추|멈춰")),
    (re.compile(r"postpon\w*|delay\w*|put\w* off", re.I), re.compile(r"연기|미루|미뤄|늦추|늦춰|지연")),
    (re.compile(r"scrap(?:s|ped|ping)?", re.I), re.compile(r"폐기|백지화|폐지")),
    (re.compile(r"ban(?:s|ned)?|prohibit\w*", re.I), re.compile(r"금지")),
    (re.compile(r"exclud\w*|rul(?:e|es|ed|ing) out", re.I), re.compile(r"제외|배제")),
    (re.compile(r"prevent\w*", re.I), re.compile(r"막|방지|예방")),
    (re.compile(r"avoid\w*", re.I), re.compile(r"피하|피해|회피")),
)


def _said_by_korean_verb(word: str, ko: str) -> bool:
    """Whether an English negative word renders a Korean verb the Korean does not negate: "could be delayed" for 늦춰질
    수 있다 is no negation of 완공되지 않아 in the same sentence ("has now been completed" lost it)."""
    for e, k in _NEGATIVE_VERB_OF:
        if e.fullmatch(word):
            if _KO_NOT_BUT.search(ko):
                return False  # 열리지 않고 연기됐다 "was postponed": one event, said one way
            return any(not _KO_NEGATED_AFTER.match(ko, v.end()) for v in k.finditer(ko))
    return False


_KO_NOT_BUT = re.compile(r"지\s?(?:않|못하)고(?![가-힣])|지\s?(?:않은|못한)\s?채")
_KO_NEGATED_AFTER = re.compile(r"[가-힣]{0,3}지(?:는|도)?\s?(?:않|못)|[가-힣]{0,2}\s?못|[가-힣]{0,2}\s?수\s?(?:는|가|도)?\s?없")


def _negated_verb(ko: str, m: re.Match) -> str:
    """The verb a negation marker negates: 철수하지 (않겠다), 배제할 (수 없다)."""
    start, _ = _predicate(ko, m.start(), m.end())
    return ko[start : m.start()]


# a negation right before an English verb: "could not rule out", "did not withdraw", "never cancelled"
_EN_NEGATED_BEFORE = re.compile(r"(?:\bnot|n't|\bnever|\bno|\bcannot)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _negated_verb_said_plainly(ko: str, en: str, whole: str) -> re.Match | None:
    """A Korean negation of a verb whose English is itself a negative word (배제할 수 없다 'cannot rule out',
    철수하지 않겠다 'will not withdraw') when the English has that verb with no negation before it ('ruled out the
    possibility'), even if another negation of the sentence is kept. `whole`: the pair's Korean, where the verb may
    also be said un-negated (연기됐다 beside 미뤄지지 않았다: 'postponed' may render that one)."""
    conditions = [c.span() for c in _KO_NEGATED_IF.finditer(ko)]
    for m in _KO_NEGATION.finditer(ko):
        if any(a <= m.start() < b for a, b in conditions):
            continue  # 백지화하지 않으면 'unless ... is scrapped', 'only if ... was scrapped': a condition English turns round
        verb = _negated_verb(ko, m)
        for e, k in _NEGATIVE_VERB_OF:
            if not k.search(verb) or any(not _KO_NEGATED_AFTER.match(whole, v.end()) for v in k.finditer(whole)):
                continue  # (also when the verb is said elsewhere un-negated: 연기됐다 beside 미뤄지지 않았다)
            said = [h for h in _EN_NEGATION.finditer(en) if e.fullmatch(h.group(0))]
            if said and not any(_EN_NEGATED_BEFORE.search(en, 0, h.start()) for h in said):
                return m
    return None


def _only_the_verb_itself(ko: str, m: re.Match, en: str) -> bool:
    """Whether every negative word of the English is the English of the Korean verb the Korean negates: 철수하지
    않겠다 as "will withdraw" (the negation lost), not 열리지 않고 취소됐다 as "was cancelled"."""
    verb = _negated_verb(ko, m)
    hits = list(_EN_NEGATION.finditer(en))
    if not hits:
        return False
    for h in hits:
        if not any(e.fullmatch(h.group(0)) and k.search(verb) for e, k in _NEGATIVE_VERB_OF):
            return False
    return True


_VERB_ALONE_MESSAGE = ("The Korean says '{ko}' (a negation); the English has the verb without it: check that it does not say "
                       "the opposite")
_MAIN_NEGATION_MESSAGE = ("The Korean says '{ko}' (a negation) besides a negated condition; the English negates only the "
                          "condition: check that it does not say the opposite")
# a negated condition: 하지 않으면 / 않는 한 / 않을 경우 ("unless", "if not")
_KO_NEGATED_IF = re.compile(r"지(?:는|도)?\s?(?:않|못)(?:으면|는다면|는\s?한|을\s?경우|으면서)")
# the English words that negate a clause (not "scrapped" for 백지화, which renders a word, not a negation)
_EN_CLAUSE_NEGATION = re.compile(r"n't\b|\b(?:not|no|never|neither|nor|without|unless|cannot|unable|refus\w+|fail(?:s|ed)? to|rather than|instead of)\b", re.IGNORECASE)
_EN_ONLY_IF = re.compile(r"\bonly\s+(?:if|when|after|once|on condition)\b", re.IGNORECASE)


def _said_positively(ko: str, m: re.Match, en: str) -> bool:
    """Whether the English says the Korean negation at `m` without a negative word: 6분의 1에도 미치지 못했다 "less than
    one-sixth" (a comparison), 쉽지 않을 것 "will be difficult", 감소세에서 벗어나지 못했다 "extending a decline" and 멈추지
    않았다 "continued" (the state goes on; not when the English says the verb itself)."""
    before = ko[max(0, m.start() - 6) : m.end()]
    if _SHORT_OF.search(before) and _EN_BELOW.search(en) or _KO_NOT_EASY.search(before) and _EN_HARD.search(en):
        return True
    stays = _KO_STAYS.search(before)
    return bool(stays and _EN_STAYS.search(en) and not _STAYS_VERB_EN[stays.group(1)[0]].search(en))


def _main_negation_unpaired(ko: str, en: str) -> re.Match | None:
    """The negation of the Korean's main clause when the Korean also negates a condition (A하지 않으면 B하지 않겠다) and
    the English has no negative word beyond one for each condition ("will return unless A": the condition's
    'unless' and nothing for 'will not'); "will return only if A" says both."""
    conditions = [c.span() for c in _KO_NEGATED_IF.finditer(ko)]
    if not conditions or _EN_ONLY_IF.search(en):
        return None
    main = [m for m in _KO_NEGATION.finditer(ko) if not any(a <= m.start() < b for a, b in conditions) and not _said_positively(ko, m, en)]
    if not main:
        return None
    return main[-1] if len(_EN_CLAUSE_NEGATION.findall(en)) <= len(conditions) else None


def _predicate(text: str, start: int, end: int) -> tuple[int, int]:
    """The words around a negation marker: 이뤄지지 않았다, 확인하지 못했다 (to the ends of the two words; three for 배제할
    수 없다)."""
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
    if re.fullmatch(r"수\s*(?:는|가|도)?\s*", text[start:end].split("없")[0]) and start > 0:  # 배제할 [수 없다]
        word = re.search(r"(\S+)\s+$", text[:start])
        start = word.start(1) if word else start
    while end < len(text) and not text[end].isspace() and text[end] not in ".,\"'”’)":
        end += 1
    return start, end


# A change the Korean states as a verb (감소했다, 늘었다, 인하하기로 했다, 줄어든), not a number's change (MT-NUM-003
# judges 7.3% 감소), nor a noun (확대 회의, 인상적): the cue must carry a verb or trend ending
_KO_VERB_END = r"(?=했|하[였고며기는여면지자]|한|해|할|됐|된|되[었고며어는]|돼|세[가를로는였이에])"
_KO_CHANGE = re.compile(
    r"(?P<up>(?:증가|증액|상승|인상|확대|급증|급등|상향)" + _KO_VERB_END + r"|늘(?:었|어났|어난|어나|어|린|렸|려|리(?=[기고며는면겠자]))|올(?:랐|린|렸|리(?=[기고며는면겠자]))|오른(?!쪽)|"
    r"올라(?:간|갈|가[고며는겠]|갔)|높이(?=[고며기는면겠자])|높였|높인(?!\s?(?:것|수준))|높여(?!야))|"
    r"(?P<down>(?:감소|감액|삭감|하락|인하|축소|급감|급락|감축|하향)" + _KO_VERB_END + r"|줄(?:었|어들|어든|어|인|였|여|이(?=[기고며는면겠자]))|떨어(?:졌|진|지고|지며)|낮추(?=[기고며는면겠자])|"
    r"내려(?:간|갈|가[고며는겠]|갔))"
)
# "higher" and "lower" are change words only before an amount ("lower sales"; not "the lower house")
_OF_AMOUNTS = (r"(?=\s+(?:sales|prices|demand|exports|imports|output|production|costs?|rates?|revenues?|profits?|earnings|"
               r"wages|spending|turnout|numbers?)\b)")
# English change words that say nothing else: not "up"/"down"/"more"/"less"/"lower" (up to, set up, lower house),
# "contract" (an agreement), "fall" the season, "declined to comment", "cut ties", "raised concerns"
_EN_CHANGE = re.compile(
    r"\b(?:(?P<up>increas(?:e|es|ed|ing)|ris(?:e|es|en|ing)|rose|grew|grow(?:s|n|ing)?|jump(?:s|ed)?|surg(?:e|es|ed|ing)|"
    r"soar(?:s|ed|ing)?|climb(?:s|ed|ing)?|expand(?:s|ed|ing)?|expansion|hik(?:e|es|ed|ing)|"
    r"rais(?:e|es|ed|ing)(?!\s+(?:concerns?|questions?|awareness|doubts?|funds?|money|children|the issue|an objection))|"
    r"(?:went|go|goes|gone|going) up|higher" + _OF_AMOUNTS + r")|"
    r"(?P<down>decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)(?!\s+to\b)|fell|(?<!this )(?<!last )(?<!next )(?<!the )(?<!in )"
    r"(?<!early )(?<!late )fall(?:s|en|ing)?|drop(?:s|ped|ping)?(?!\s+(?:out|off|by|in)\b)|shr(?:ank|unk|ink|inks|inking)|"
    r"reduc(?:e|es|ed|ing|tion)|cut(?:s|ting)?(?!\s+(?:off|ties|the ribbon|ribbons?)\b)|slump(?:s|ed|ing)?|plung(?:e|es|ed|ing)|"
    r"lower(?:ed|ing|s)|lower" + _OF_AMOUNTS + r"|"
    r"slid|slides?|tumbl(?:e|es|ed|ing)|(?:went|go|goes|gone|going) down|los(?:e|es|ing|t)\s+(?:\w+\s+)?(?:share|ground)))\b",
    re.IGNORECASE,
)
_EN_NO_CHOICE = re.compile(r"\b(?:ha(?:ve|s|d|ving)\s+)?no\s+(?:other\s+)?(?:choice|option|alternative)\s+but\b|\bcan(?:not|'t)\s+help\s+but\b", re.IGNORECASE)
_EN_PLAIN_NEGATION = re.compile(r"n't\b|\b(?:not|no|never|neither|nor|without|fail(?:s|ed)? to|rather than|instead)\b", re.IGNORECASE)
# 내렸다 is a fall only of a price or a rate (비가 내렸다 "it rained", 결론을 내렸다 "concluded")
_KO_PRICE = re.compile(r"가격|값|금리|요금|물가|지수|환율|주가|유가|시세|세율|수수료")
_KO_PRICE_FELL = re.compile(r"내(?:렸|린|려\s?(?:[0-9]|마감|거래|장을))")
# the reason an English change gives after its main clause ("prices rose as oil prices declined") says nothing of
# the main change's direction
_EN_BECAUSE = re.compile(r"\b(?:as|because|since|amid|after|following|due to|on the back of|thanks to)\b", re.IGNORECASE)


def _main_clause_changes(en: str) -> list:
    """The English change words, without those of a reason clause after the first one ('rose as ... declined')."""
    hits = list(_EN_CHANGE.finditer(en))
    if len(hits) < 2:
        return hits
    cut = _EN_BECAUSE.search(en, hits[0].end())
    return [h for h in hits if cut is None or h.start() < cut.start()]


# a gain in one word, a loss in the other: 적자가 줄었다 may be "profits improved", 손실이 늘었다 "earnings fell"
_KO_LOSS, _EN_GAIN = re.compile(r"적자|손실|손해|결손|부채|실업"), re.compile(r"\b(?:profits?|surplus\w*|earnings?|income|employment)\b", re.IGNORECASE)
_KO_GAIN, _EN_LOSS = re.compile(r"흑자|이익|수익|이윤|고용"), re.compile(r"\b(?:loss(?:es)?|deficits?|unemployment|debts?)\b", re.IGNORECASE)


@code_rule
class DirectionReversed(CodeRule):
    info = RuleInfo(
        id="MT-NEG-002",
        name="direction-reversed",
        kind="polarity",
        severity=Severity.WARNING,
        message="The Korean says '{ko}' ({ko_dir}); the English says '{en}' ({en_dir}): check that the change is not reversed",
        docs=(
            "A change translated as its opposite with no number beside it (MT-NUM-003 judges a number's change): 수출이 "
            "감소했다 as 'exports increased', 전기요금을 인하하기로 했다 as 'decided to raise electricity rates', 출생아 수는 "
            "줄었다 as 'births increased'. Checked: every change verb of the Korean (증가·상승·인상·확대 or 감소·하락·인하·축소 "
            "with a verb ending, 늘었다, 줄었다, 올랐다, 떨어졌다; 내렸다 of a price or a rate) goes one way, and every "
            "unambiguous change word of the English main clause (increase, rise, grow, raise, expand / decrease, fall, "
            "drop, reduce, cut, lower; not a reason after 'as', 'because', 'amid': 'rose as oil prices declined') the other. Not "
            "checked: a sentence with a negation on either side, a number's change word (MT-NUM-003's), and a gain "
            "said as a loss (적자가 줄었다 as 'profits improved'). A warning: English may restate a change from the "
            "other side."
        ),
        fail=(
            Example(ko="지난달 수출이 전년 동월 대비 감소했다.", en="Exports increased last month compared to the same month of the previous year."),
            Example(ko="정부는 다음 달부터 전기요금을 인하하기로 했다.", en="The government decided to raise electricity rates starting next month."),
            Example(ko="올해 상반기 출생아 수는 작년보다 줄었다.", en="The number of births in the first half of this year increased from last year."),
        ),
        passes=(
            Example(ko="지난달 수출이 전년 동월 대비 감소했다.", en="Exports fell last month from the same month a year earlier."),
            Example(ko="정부는 다음 달부터 전기요금을 인하하기로 했다.", en="The government decided to cut electricity rates from next month."),
            Example(ko="올해 상반기 적자가 크게 줄었다.", en="Profits improved sharply in the first half, and losses decreased."),
            Example(ko="수출은 줄지 않고 늘었다.", en="Exports did not fall but rose."),
            Example(ko="올가을 관광객이 늘었다.", en="Tourists increased this fall."),
            Example(ko="회사 측은 임금 인상 요구에 대해 답하지 않았다.", en="The company declined to comment on the demand for a wage increase."),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        loc = SegmentLocator(doc)
        for p in translated_pairs(doc, pairs):
            found = _reversed_change(doc, p)
            if found is None:
                continue
            seg, (start, end), ko_dir, (en_seg, en_start, en_end), en_dir = found
            en_word = en_seg.text[en_start:en_end]
            yield Finding(
                rule_id=self.info.id,
                severity=self.info.severity,
                message=self.info.message.format(ko=seg.text[start:end], ko_dir=ko_dir, en=en_word, en_dir=en_dir),
                pair=p.index,
                ko_spans=(loc.span(seg, start, end),),
                en_spans=(loc.span(en_seg, en_start, en_end),),  # the English change word itself
                source_term=seg.text[start:end],
                rendering=en_word,
            )


def _reversed_change(doc: Document, p: AlignedPair):
    """(Korean segment, predicate span, Korean direction, (English segment, start, end) of the English change word,
    English direction) when every Korean change verb goes one way, none follows a number, and every English change
    word goes the other; else None."""
    ko_text, en_text = p.ko_text(doc), p.en_text(doc)
    if _KO_NEGATION.search(ko_text) or _EN_PLAIN_NEGATION.search(en_text):
        return None
    hits = [(doc.ko[i], m, bool(m.group("up"))) for i in p.ko for m in _KO_CHANGE.finditer(doc.ko[i].text)]
    hits += [(doc.ko[i], m, False) for i in p.ko if _KO_PRICE.search(doc.ko[i].text) for m in _KO_PRICE_FELL.finditer(doc.ko[i].text)]
    en_hits = _main_clause_changes(en_text)
    if not hits or not en_hits:
        return None
    ko_dirs = {"a rise" if up else "a fall" for _, _, up in hits}
    en_dirs = {"a rise" if m.group("up") else "a fall" for m in en_hits}
    if len(ko_dirs) != 1 or len(en_dirs) != 1 or ko_dirs == en_dirs:
        return None
    if any(re.search(r"\d", seg.text[max(0, m.start() - 12) : m.start()]) for seg, m, _ in hits):
        return None  # a number's change: MT-NUM-003
    if (_KO_LOSS.search(ko_text) and _EN_GAIN.search(en_text)) or (_KO_GAIN.search(ko_text) and _EN_LOSS.search(en_text)):
        return None
    seg, m, _ = hits[-1]
    en_seg, offset = _en_segment_at(doc, p, en_hits[-1].start())
    word = (en_seg, en_hits[-1].start() - offset, en_hits[-1].end() - offset)
    return seg, _predicate(seg.text, m.start(), m.end()), ko_dirs.pop(), word, en_dirs.pop()


def _en_segment_at(doc: Document, p: AlignedPair, pos: int):
    """The English segment of `p` holding character `pos` of `p.en_text(doc)` (its segments joined by a space), and
    where that segment starts in it."""
    start = 0
    for j in p.en:
        seg = doc.en[j]
        if pos < start + len(seg.text) or j == p.en[-1]:
            return seg, start
        start += len(seg.text) + 1
    raise ValueError("a pair without English")


# English that negates outright ("no longer" too: 적자가 이어지고 있다 as 'no longer in deficit'); "No. 11", "not only",
# "no later/more/less/fewer than", "nothing but",
# "not until", "no doubt", "no matter" say something positive or are names
_EN_NEGATIVE = re.compile(
    r"n't\b|\b(?:not(?!\s+(?:only|until|least|to mention)\b)|no(?!\.?\s?\d)(?!\s+(?:later|more|less|fewer|sooner|doubt|matter)\b)|"
    r"never(?!\s+before\b)|nobody|nothing(?!\s+but\b)|none(?!\s+other\b)|neither|nor|without(?!\s+exception\b)|"
    # a verb that says no: 인정했다 as "refused to admit", 합의했다 as "rejected"
    r"refus(?:e|es|ed|ing)|reject(?:s|ed|ing)?|den(?:y|ies|ied|ying)|fail(?:s|ed|ing)?\s+to|declin(?:e|es|ed|ing)\s+to(?=\s+(?!(?:a|an|the|its|their|his|her|about|around|some|just|only|below|under|record|this|that)\b)[a-z]+\b))\b",
    re.IGNORECASE,
)
# Korean that English may say with a negative word although no predicate is negated: a refusal, a failure, a stop,
# a lack, an exception, a first time (만에 "for the first time in", "not since"), a negative prefix (무/불/미/비),
# zero (0명 "no one"), 지장 (생명에는 지장이 없다 "not life-threatening")
# (a negative prefix 불/무/미/비 only before a syllable that makes a prefixed word: 불확실, 무산, 미확인, 비공개; not the
# first syllable of an ordinary word, 비용, 미국, 무역, 불과, which would hide every added negation beside it)
_KO_NEGATIVE_SENSE = re.compile(
    r"없|않|못|아니|(?<![가-힣])안\s|지\s?말|말라|마라|말고|금지|중단|거부|거절|반대|실패|부족|제외|어렵|어려|전혀|아직|뿐|그쳤|그친|"
    r"그칠|외에|대신|방지|차단|취소|연기|보류|철회|유보|자제|삼가|피하|모르|모른|몰[라랐]|잃|놓치|배제|부인|부정|면제|해제|폐지|사라|끊|멈|그만|드물|"
    r"최초|처음|유일|별도|무산|결렬|불발|무관|지장|만[에이의]|동결|유지|보합|침묵|함구|휴[업장교무진]|정전|단수|단전|결항|결석|결근|"
    r"공석|공백|부재|결여|전무|제로|외면|반려|기각|각하|이견|커녕|막[아았으는혔히]|아끼|아꼈|입을\s?(?:닫|다물)|시기상조|"
    r"가능성[은이]?\s?(?:낮|희박|적)|빠[졌지져진]|누락|생략|한계|어긋|다르|다른|달리|틀리|틀린|거짓|허위|오해|잊|(?<![가-힣])(?:불(?!과|러|렀|린|길|씨|꽃|빛|교|타|붙|어|은|을|이|가|고|려)|무(?!역|기|대|게|엇|척|려|렵|너|더|늬|릎|산|선|슨|척)|미(?!국|래|디어|세|술|소|얀|리|팅|사일|드|주|용|인|녀|모|션|나|니|달|디)|비(?!용|율|중|교|해|롯|상|행|슷|전|트|서|자|밀|판|례|축|대|싸|쌌|쌀|즈|디오|료|가|추|춰|친|록|보|만|둘|로소|번|결|경|기|다|리|타|하|약|명|빈|대면))[가-힣]|(?<![\d.,])0(?![\d.,])|"
    r"부결|일축|반박|밑돌|하회|퇴짜|벗어[나났난]|탈피|졸업|끝[나났난내냈]|종료|해소|청산|패소|무시|묵살|사양|고사|손사래|낙선|탈락|낙방|불합격|좌절|무릎|역부족|미치지|모자라|모자란|모자랐|모자르|달린|달렸|동나|동난|바닥[나났난]"
)


# 처음, 최초, 첫: "for the first time in nine months" may be "not since"; "not the first" says the opposite
_KO_FIRST = re.compile(r"처음|최초|(?<![가-힣])첫")
_EN_NOT_FIRST = re.compile(r"\b(?:not|n't|never)\s+(?:\w+\s+)?(?:the|its|their|his|her|for the)\s+first\b", re.I)
# "not before 2027", "not until next year": a start in time the Korean says with 이후, 부터, 에야, 나서야, 비로소
_KO_FROM_TIME = re.compile(r"이후|부터|에야|나서야|비로소|돼야|되어야|지나야|넘어야")
_EN_NOT_BEFORE = re.compile(r"\S*[^.;:!?]{0,80}?\b(?:before|until|till)\b", re.I)


@code_rule
class NegationAdded(CodeRule):
    info = RuleInfo(
        id="MT-NEG-003",
        name="negation-added",
        kind="polarity",
        severity=Severity.WARNING,
        message="The English says '{en}' (a negation); the Korean negates nothing: check that it does not say the opposite",
        docs=(
            "A negation the English added turns the sentence into its opposite as surely as one it lost: 우려를 "
            "표명했다 ('expressed concern') as 'expressed no concern', 합의했다 as 'did not agree'. Checked: an English "
            "negative word (not, no, never, n't, nothing, without, ...) in a pair whose Korean has no negation and "
            "nothing English may say with one: no 없다/않다/못하다/아니다, no refusal, failure, stop, lack, exception or "
            "first time (거부, 실패, 중단, 부족, 제외, 만에 'the first in nine months', 'not since'), no negative prefix "
            "(무·불·미·비), no freeze or hold (동결, 유지, 보합 'unchanged'), no closure, absence or rejection (휴업, 결항, "
            "공석, 기각, 부결, 일축, 침묵) and no zero (0명 'no one'). Verbs that say no count as negative words: 'refused "
            "to', 'rejected', 'denied', 'failed to', 'declined to' (not 'declined to 2.5%'). Idioms that are not negations ('not only', 'no later "
            "than', 'No. 11') are skipped. A warning: an English that says a positive thing negatively ('not far from') "
            "is rare but possible."
        ),
        fail=(
            Example(ko="조 장관은 북한의 추가 도발 가능성에 우려를 표명했다.", en="Minister Cho expressed no concern about further provocations by North Korea."),
            Example(ko="양측은 경제 협력을 강화하기로 합의했다.", en="The two sides did not agree to strengthen economic cooperation."),
            Example(ko="이 후보는 패배를 인정하며 승자에게 축하를 전했다.", en="Candidate Lee refused to admit defeat and congratulated the winner."),
        ),
        passes=(
            Example(ko="조 장관은 북한의 추가 도발 가능성에 우려를 표명했다.", en="Minister Cho expressed concern about further provocations by North Korea."),
            Example(ko="이번 회담은 지난 2월 이후 9개월 만이다.", en="The two have not met since February, nine months ago."),
            Example(ko="이번 사고로 인한 사망자는 0명이다.", en="No one died in the accident."),
            Example(ko="정부는 추가 대책을 마련하기로 했다.", en="The government will not only prepare additional measures but also review the budget."),
            Example(ko="정부는 늦어도 다음 달까지 대책을 발표한다.", en="The government will announce measures no later than next month."),
            Example(ko="법원은 검찰의 구속영장 청구를 기각했다.", en="The court rejected the prosecution's request for an arrest warrant."),
            Example(ko="수출 증가율은 2.5%로 둔화했다.", en="Export growth declined to 2.5%."),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        loc = None
        for p in translated_pairs(doc, pairs):
            ko = p.ko_text(doc)
            if _KO_NEGATION.search(ko):
                continue
            if _KO_FIRST.search(ko):
                # 이번이 처음이다 as 'not the first time': the one negation the first-time words cannot explain
                seg, m = next(((doc.en[j], m) for j in p.en if (m := _EN_NOT_FIRST.search(doc.en[j].text))), (None, None))
            elif _KO_NEGATIVE_SENSE.search(ko):
                continue
            else:
                seg, m = next(((doc.en[j], m) for j in p.en if (m := _EN_NEGATIVE.search(doc.en[j].text))), (None, None))
            if m is None:
                continue
            if _KO_FROM_TIME.search(ko) and _EN_NOT_BEFORE.match(seg.text, m.start()):
                continue  # 2027년 이후로 본다 'we do not see profits before 2027': 'not before' says 'from'
            start, end = _english_phrase(seg.text, m.start(), m.end())
            loc = loc or SegmentLocator(doc)
            yield Finding(
                rule_id=self.info.id,
                severity=self.info.severity,
                message=self.info.message.format(en=seg.text[start:end]),
                pair=p.index,
                ko_spans=tuple(doc.ko[i].span for i in p.ko),
                en_spans=(loc.span(seg, start, end),),
                rendering=seg.text[start:end],
            )


def _english_phrase(text: str, start: int, end: int) -> tuple[int, int]:
    """The negative word with the word before and the two after it ('expressed no concern about')."""
    words = list(re.finditer(r"\S+", text))
    at = next((i for i, w in enumerate(words) if w.start() <= start < w.end()), None)
    if at is None:
        return start, end
    lo, hi = max(0, at - 1), min(len(words) - 1, at + 2)
    return words[lo].start(), words[hi].end() - (1 if words[hi].group(0)[-1] in ".,;:" else 0)


@lru_cache(maxsize=1)
def opposites() -> tuple[tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern | None, str, bool], ...]:
    """The rows of rules/data/opposites.tsv: (Korean, English renderings, English opposites, Korean exception, note,
    whether it is a time word that a negation leaves as it is)."""
    from importlib import resources

    text = (resources.files("mtaudit") / "rules" / "data" / "opposites.tsv").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            ko, en, opp, unless, note, kind = (line.split("\t") + [""] * 6)[:6]
            out.append((re.compile(ko), re.compile(en, re.I), re.compile(opp, re.I), re.compile(unless) if unless.strip() else None,
                        note, kind.strip() == "time"))
    return tuple(out)


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _without_korean_years(en: str, ko: str) -> str:
    """`en` with the years the Korean states itself blanked: a year renders 지난해 or 내년 only when the Korean
    does not name that year ("from August 2022 to December this year" for 2022년 8월부터 지난해 12월까지)."""
    years = set(_YEAR.findall(ko))
    if not years:
        return en
    return _YEAR.sub(lambda m: "####" if m.group(0) in years else m.group(0), en)


# A comparison without a number (with one, MT-NUM-003 judges it): 지방보다 높은 'higher than in the provinces', 남성에
# 비해 낮은 'lower than men's'. The Korean names what it compares with (보다, 에 비해, 대비) and the adjective follows
# within two words; the English says '-er ... than' (not a bound: 'more than 40%', 'no more than').
_KO_COMPARED = re.compile(
    r"[가-힣A-Za-z0-9]*(?:보다|에\s?비해|와\s?비교해|과\s?비교해|대비)\s?(?:(?!높|낮|많|적|작|크)(?![가-힣]*(?:고|며|지만|는데|으나|어서|아서)\s)[가-힣]{1,8}\s){0,2}"
    r"(?:더\s?|훨씬\s?|크게\s?|다소\s?|소폭\s?|조금\s?|약간\s?|상대적으로\s?|월등히\s?|한층\s?)?"
    r"(?:(?P<up>높|많|크(?!게)|컸|비싸|길|넓)|(?P<down>낮|적|작|싸|짧|좁))"
    r"(?=았|었|은|다|고|아|어|게|을|지|습|기|던|으며|으나|음|아져|아졌|아지|ㄴ|는)[가-힣]*"
)
_EN_COMPARED = re.compile(
    r"(?<!\bno )(?<!\bnot )\b(?:(?P<up>higher|more|greater|larger|bigger|pricier|costlier|longer|wider)|"
    r"(?P<down>lower|fewer|less|smaller|cheaper|shorter|narrower))\b(?:\s+[\w'-]+){0,4}?\s+than\b"
    r"(?!\s+(?:\d|a\s+(?:third|quarter|half|fifth|tenth)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|half|double|twice)\b))",
    re.IGNORECASE,
)


def _reversed_comparison(ko: str, en: str) -> tuple[re.Match, re.Match] | None:
    """(Korean comparison, English comparative) when every comparison of the Korean goes one way and every English
    '-er than' the other."""
    ko_hits = [m for m in _KO_COMPARED.finditer(ko)]
    en_hits = list(_EN_COMPARED.finditer(en))
    if not ko_hits or not en_hits:
        return None
    ko_dirs = {bool(m.group("up")) for m in ko_hits}
    en_dirs = {bool(m.group("up")) for m in en_hits}
    if len(ko_dirs) != 1 or len(en_dirs) != 1 or ko_dirs == en_dirs:
        return None
    return ko_hits[0], en_hits[0]


# A noun joined to another by (이)나, "A or B" (개인회생이나 파산 'rehabilitation or bankruptcy'; 섬이나 산간): 이나 after a
# final consonant, 나 after a vowel; not 그러나, 하나, 누구나, a verb's -(으)나 (했으나), nor 이나 after a count ("10명이나",
# "두 번이나": as many as); nor two kinds of a category, which English may join with 'and' (섬이나 산간 지역에 한정됐다
# 'confined to islands and mountain areas'; A나 B 등)
_KO_NOUN_OR = re.compile(r"(?<![가-힣])([가-힣]{1,8}?)(이나|나)\s(?!등)[가-힣]{2,}(?![가-힣])(?!\s?(?:지역|등|같은|처럼|따위|분야|업종|계층|유형))")
# (... nor a verb's stem in 나: 떠나, 벗어나, 늘어나, 나타나, 지나)
_NOT_A_NOUN = re.compile(r"(?:그러|하|언제|누구|어디|아무|얼마|무엇|뭐|어느|여|든|거|지|으|었|았|했|였|겠|되|라|이|에|서|로|와|과|만|도|까|"
                         r"어|아|져|쳐|워|떠|드러|나타)$")
_KO_COUNTED = re.compile(r"(?:\d[\d,.]*\s?[십백천만억조]?|(?<![가-힣])(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|몇|수십|수백|수천|수만))\s?$")
_EN_OR = re.compile(r"\bor\b|\beither\b|\bnor\b|\bwhether\b|\bany\b|\balternatively\b|[a-z]/[a-z]", re.I)
_EN_AND = re.compile(r"\band\b|\bboth\b", re.I)


def _noun_or_said_and(ko: str, en: str) -> tuple[re.Match, re.Match] | None:
    """(Korean 'A(이)나', English 'and') when the Korean joins two nouns with 'or' and the English has 'and' and no 'or'
    anywhere."""
    if _EN_OR.search(en):
        return None
    for m in _KO_NOUN_OR.finditer(ko):
        noun = m.group(1)
        final_consonant = (ord(noun[-1]) - 0xAC00) % 28 != 0
        if final_consonant != (m.group(2) == "이나") or _NOT_A_NOUN.search(noun) or _KO_COUNTED.search(ko[: m.start()]):
            continue
        om = _EN_AND.search(en)
        return (m, om) if om is not None else None
    return None


@code_rule
class OppositeWord(CodeRule):
    info = RuleInfo(
        id="MT-NEG-004",
        name="opposite-word",
        kind="polarity",
        severity=Severity.WARNING,
        message="The Korean says '{ko}'; the English says '{en}', its opposite: check that the meaning is not reversed",
        docs=(
            "A word translated as its opposite, no negation involved: 무죄 ('acquitted') as 'convicted', 혐의를 부인했다 "
            "('denied') as 'admitted', EEZ 밖에 ('outside') as 'inside', 반대했다 as 'supported', 흑자 as 'deficit', "
            "사상 최고 as 'lowest', 100명 이상 as 'fewer than 100', 40대 남성 as 'a woman', 다음 달 as 'this month', 지난해 "
            "as 'this year', 금리를 동결했다 as 'cut', 한 달 빠른 as 'later', 1패 as 'a draw'; and a comparison without "
            "a number said the other way (지방보다 높은 as 'lower than in the provinces', 남성에 비해 낮은 as 'higher than "
            "men's'; with a number MT-NUM-003 judges it). A table "
            "(mtaudit/rules/data/opposites.tsv: the Korean, its English renderings, their opposites, and Korean that "
            "makes an opposite right, such as 찬성 and 반대 in one sentence) says what counts; a pair is reported when "
            "the English has an opposite and none of the renderings, and neither side negates (불구속 기소 'indicted under "
            "detention'; 두 배 이상 'up to twice'). Two nouns joined by (이)나 ('or') are checked too, in a negated sentence "
            "as well: 개인회생이나 파산 as 'rehabilitation and bankruptcy' with no 'or' in the English (not 10명이나 'as many "
            "as', 그러나, 했으나, nor two kinds of a category: 섬이나 산간 지역 'islands and mountain areas'). A warning: "
            "English can say a thing from the other side ('the prosecution's case failed')."
        ),
        fail=(
            Example(ko="법원은 전직 구청장 박모(62)씨에게 무죄를 선고했다.", en="The court convicted a 62-year-old former district head surnamed Park."),
            Example(ko="박씨는 재판 내내 혐의를 부인해 왔다.", en="Park has admitted the charges throughout the trial."),
            Example(ko="일본 정부는 미사일이 배타적경제수역(EEZ) 밖에 떨어졌다고 발표했다.", en="The Japanese government said the missiles fell inside its exclusive economic zone (EEZ)."),
            Example(ko="이들은 2022년 8월부터 지난해 12월까지 투자자 210명에게서 48억 원을 가로챈 혐의를 받는다.",
                    en="They are accused of taking 4.8 billion won from 210 investors from August 2022 to December this year."),
            Example(ko="피해자 중 일부는 보증금을 돌려받지 못해 개인회생이나 파산 신청을 고려하고 있다.",
                    en="Some of the victims are considering filing for personal rehabilitation and bankruptcy after failing to get their deposits back."),
            Example(ko="검찰은 회계법인 관계자 1명도 같은 혐의로 불구속 기소했다.",
                    en="The prosecution also indicted an official from an accounting firm under detention on the same charges."),
            Example(ko="신규 수주 물량의 마진은 기존 물량보다 높다.", en="Margins on new orders are lower than those on existing orders."),
        ),
        passes=(
            Example(ko="법원은 전직 구청장 박모(62)씨에게 무죄를 선고했다.", en="The court acquitted a 62-year-old former district head surnamed Park."),
            Example(ko="박씨는 재판 내내 혐의를 부인해 왔다.", en="Park has denied the charges throughout the trial."),
            Example(ko="일본 정부는 미사일이 배타적경제수역(EEZ) 밖에 떨어졌다고 발표했다.", en="The Japanese government said the missiles fell outside its exclusive economic zone (EEZ)."),
            Example(ko="1심은 유죄를 선고했지만 2심은 무죄를 선고했다.", en="The lower court convicted him, but the appeals court acquitted him."),
            Example(ko="법안은 찬성 180표, 반대 90표로 가결됐다.", en="The bill passed with 180 votes for and 90 against."),
            Example(ko="신규 수주 물량의 마진은 기존 물량보다 높다.", en="Margins on new orders are higher than those on existing orders."),
            Example(ko="이 회사의 영업이익률은 경쟁사보다 높지만 매출은 적다.", en="Its operating margin is higher than its rivals', but its sales are smaller."),
            Example(ko="올해 지원자는 작년보다 20% 이상 많았다.", en="Applicants this year were more than 20% more than last year."),
            Example(ko="피해자 중 일부는 보증금을 돌려받지 못해 개인회생이나 파산 신청을 고려하고 있다.",
                    en="Some of the victims are considering filing for personal rehabilitation or bankruptcy after failing to get their deposits back."),
            Example(ko="배송 서비스는 섬이나 산간 지역에 한정됐다.", en="Delivery services were confined to islands and mountain areas."),
            Example(ko="신청자가 10명이나 늘었고 예산은 부족하다.", en="Applicants rose by as many as 10 and the budget is short."),
            Example(ko="이들은 2022년 8월부터 지난해 12월까지 투자자 210명에게서 48억 원을 가로챈 혐의를 받는다.",
                    en="They are accused of taking 4.8 billion won from 210 investors from August 2022 to December last year."),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        loc = None
        for p in translated_pairs(doc, pairs):
            ko, en = p.ko_text(doc), p.en_text(doc)
            # 제한할 수밖에 없다 'has no choice but to cap': two negations that make a positive are none
            negated = bool(_KO_NEGATION.search(_KO_POSITIVE.sub(" ", ko)) or _EN_PLAIN_NEGATION.search(_EN_NO_CHOICE.sub(" ", en)))
            en_own = _without_korean_years(en, ko)
            hit = None
            for ko_re, en_re, opp_re, unless, _, any_polarity in opposites():
                if negated and not any_polarity:
                    continue  # "did not support" may say 반대했다: only a time word is judged in a negated sentence
                km = ko_re.search(ko)
                if km is None or (unless is not None and unless.search(ko)) or en_re.search(en_own):
                    continue
                om = opp_re.search(en)
                if om is not None:
                    hit = km, om
                    break
            if hit is None and not negated:
                hit = _reversed_comparison(ko, en)
            if hit is None:
                hit = _noun_or_said_and(ko, en)  # a negation leaves 'or' as it is ("neither A nor B")
            if hit is None:
                continue
            km, om = hit
            loc = loc or SegmentLocator(doc)
            ko_spans, en_spans = tuple(doc.ko[i].span for i in p.ko), tuple(doc.en[j].span for j in p.en)
            if len(p.ko) == 1:
                ko_spans = (loc.span(doc.ko[p.ko[0]], km.start(), km.end()),)
            if len(p.en) == 1:
                en_spans = (loc.span(doc.en[p.en[0]], om.start(), om.end()),)
            yield Finding(
                rule_id=self.info.id,
                severity=self.info.severity,
                message=self.info.message.format(ko=km.group(0), en=om.group(0)),
                pair=p.index,
                ko_spans=ko_spans,
                en_spans=en_spans,
                source_term=km.group(0),
                rendering=om.group(0),
            )
