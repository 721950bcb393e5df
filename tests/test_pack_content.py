"""Structural checks on the built-in pack mtaudit/packs/ko-industry.yaml (its content, not the engine).

The engine's own example runner (tests/test_rule_examples.py) checks that every example behaves
as documented through the real matcher. These tests check what a terminologist can get wrong in
the data: duplicate ids, missing docs or examples, examples that do not contain the term or the
error they claim to show, a `bad` rendering that would also fire on correct English, and the
seed review's must-catch / must-not-flag items (seed-review.md, pairs/000, 001, 003).

English phrases are compared the way the pack schema promises (case, hyphens, possessives,
plurals), with one deliberate strictness: a phrase written in the singular also matches its
plural in the text, but a phrase written in the plural ("LG Energy Solutions") does not match the
singular, so official names that differ only by a plural s stay distinguishable.
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
PACK_PATH = ROOT / "mtaudit" / "packs" / "ko-industry.yaml"
PAIRS = ROOT / "pairs"
PACK = yaml.safe_load(PACK_PATH.read_text(encoding="utf-8"))
RULES = PACK["rules"]
TERMS = [r for r in RULES if r["kind"] == "term"]
FORBIDDEN = [r for r in RULES if r["kind"] == "forbidden"]
CONSISTENCY = [r for r in RULES if r["kind"] == "consistency"]

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_WORD = re.compile(r"[0-9A-Za-z\u00c0-\u024f]+(?:['’][0-9A-Za-z]+)*['’]?")
_KO_SKIP = re.compile(r"[\s·‧・･∙•\-‐‑–/]")


# ------------------------------------------------------------------ reference matching


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """(matching form, start, end) of each English word: lower case, no possessive."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group(0).lower().replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
        w = w.rstrip("'")
        if w:
            out.append((w, m.start(), m.end()))
    return out


def words(text: str) -> list[str]:
    return [w for w, _, _ in _tokens(text)]


def _word_matches(text_word: str, phrase_word: str) -> bool:
    if text_word == phrase_word:
        return True
    forms = {phrase_word + "s", phrase_word + "es"}
    if phrase_word.endswith("y"):
        forms.add(phrase_word[:-1] + "ies")
    return text_word in forms


def en_spans(text: str, phrase: str) -> list[tuple[int, int]]:
    """Character spans of `phrase` in `text`, matched word by word."""
    t, p = _tokens(text), words(phrase)
    if not p:
        return []
    return [
        (t[i][1], t[i + len(p) - 1][2])
        for i in range(len(t) - len(p) + 1)
        if all(_word_matches(t[i + j][0], p[j]) for j in range(len(p)))
    ]


def en_contains(text: str, phrase: str) -> bool:
    return bool(en_spans(text, phrase))


def any_en(text: str, phrases) -> list[str]:
    return [p for p in phrases or () if en_contains(text, p)]


def ko_norm(text: str) -> str:
    return _KO_SKIP.sub("", text)


def ko_has_source(rule: dict, ko: str) -> bool:
    norm = ko_norm(ko)
    if any(ko_norm(s) in norm for s in rule.get("source") or ()):
        return True
    return any(re.search(p, ko) for p in rule.get("source_regex") or ())


def good(rule: dict) -> list[str]:
    return list(rule.get("expected") or ()) + list(rule.get("accepted") or ())


def forbidden_hits(rule: dict, en: str, ko: str = "") -> list[str]:
    """The places a forbidden rule fires on `en`: one per span, spans inside a longer span dropped."""
    if ko and any(ko_norm(u) in ko_norm(ko) for u in rule.get("unless_ko") or ()):
        return []
    if ko and rule.get("when_ko") and not any(ko_norm(w) in ko_norm(ko) for w in rule["when_ko"]):
        return []
    spans = {s for p in rule.get("phrases") or () for s in en_spans(en, p)}
    # compiled as the engine does: phrases_regex are case-insensitive unless the pattern says (?-i:...)
    spans |= {m.span() for p in rule.get("phrases_regex") or () for m in re.finditer(p, en, re.IGNORECASE) if m.end() > m.start()}
    outer = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    return [en[a:b] for a, b in sorted(outer)]


def ids(rules):
    return [r["id"] for r in rules]


# ------------------------------------------------------------------ the pack as a whole


def test_engine_loader_accepts_the_pack():
    from mtaudit.rules.pack import load_pack_file

    pack = load_pack_file(PACK_PATH)
    assert pack.name == "ko-industry"
    assert len(pack.rules) == len(RULES)


def test_at_least_80_term_rules_and_every_kind_present():
    assert len(TERMS) >= 80
    assert len(FORBIDDEN) >= 10
    assert len(CONSISTENCY) >= 3


def test_ids_unique_and_named_after_their_kind():
    counts = Counter(ids(RULES))
    assert [i for i, c in counts.items() if c > 1] == []
    prefix = {"term": "KO-TERM", "forbidden": "KO-FORBID", "consistency": "KO-CONS"}
    for r in RULES:
        assert re.fullmatch(prefix[r["kind"]] + r"-\d{3}", r["id"]), r["id"]


def test_names_unique_kebab_case():
    names = [(r["kind"], r["name"]) for r in RULES]
    assert [n for n, c in Counter(names).items() if c > 1] == []
    for r in RULES:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", r["name"]), r["id"]


@pytest.mark.parametrize("rule", RULES, ids=ids(RULES))
def test_every_rule_documents_why_and_has_both_kinds_of_example(rule):
    assert rule["severity"] in ("info", "warning", "error")
    assert rule.get("check_severity", "info") in ("info", "warning", "error")
    assert len(" ".join(rule["docs"].split())) >= 80, "docs must say why and what to write instead"
    assert rule["examples"]["fail"] and rule["examples"]["pass"]
    for ex in rule["examples"]["fail"] + rule["examples"]["pass"]:
        assert ex.get("en"), "every example has English"
        assert not _HANGUL.search(ex["en"]) or rule["kind"] == "term", "Hangul in English is for term check examples only"


@pytest.mark.parametrize("rule", TERMS + CONSISTENCY, ids=ids(TERMS + CONSISTENCY))
def test_korean_sources_are_hangul_and_regexes_compile(rule):
    for s in rule.get("source") or ():
        assert _HANGUL.search(s), f"{s!r} is not Korean"
    # spacing and middle-dot variants are matched anyway (소재·부품·장비 = 소재부품장비): list each form once
    forms = [ko_norm(s) for s in rule.get("source") or ()]
    assert [f for f, c in Counter(forms).items() if c > 1] == []
    for p in rule.get("source_regex") or ():
        re.compile(p)
        assert _HANGUL.search(p)


@pytest.mark.parametrize("rule", TERMS + CONSISTENCY, ids=ids(TERMS + CONSISTENCY))
def test_every_example_contains_the_korean_term(rule):
    for ex in rule["examples"]["fail"] + rule["examples"]["pass"]:
        assert ko_has_source(rule, ex.get("ko", "")), f"{ex.get('ko')!r} has none of {rule.get('source')}"


# ------------------------------------------------------------------ term rules


@pytest.mark.parametrize("rule", TERMS, ids=ids(TERMS))
def test_fail_examples_show_a_bad_rendering_or_a_lost_term(rule):
    with_bad = 0
    for ex in rule["examples"]["fail"]:
        bad = any_en(ex["en"], rule.get("bad"))
        if bad:
            with_bad += 1
        else:
            assert not any_en(ex["en"], good(rule)), f"fail example has an accepted rendering and no bad one: {ex['en']!r}"
    if rule.get("bad"):
        assert with_bad, "a rule with known-bad renderings shows at least one of them in a fail example"


@pytest.mark.parametrize("rule", TERMS, ids=ids(TERMS))
def test_pass_examples_have_an_accepted_rendering_and_no_bad_one(rule):
    for ex in rule["examples"]["pass"]:
        assert any_en(ex["en"], good(rule)), f"no expected/accepted rendering in {ex['en']!r}"
        assert not any_en(ex["en"], rule.get("bad")), ex["en"]


@pytest.mark.parametrize("rule", TERMS, ids=ids(TERMS))
def test_no_rendering_is_both_accepted_and_bad(rule):
    goods = {" ".join(words(g)) for g in good(rule)}
    bads = {" ".join(words(b)) for b in rule.get("bad") or ()}
    assert goods & bads == set()


@pytest.mark.parametrize("rule", TERMS, ids=ids(TERMS))
def test_no_bad_rendering_fires_inside_correct_english(rule):
    # a bad phrase found inside an expected/accepted rendering would flag correct translations
    for b in rule.get("bad") or ():
        inside = [g for g in good(rule) if en_contains(g, b)]
        assert inside == [], f"bad {b!r} matches inside accepted {inside}"


def test_no_bad_rendering_fires_inside_another_rules_correct_english_for_the_same_korean():
    # two rules whose Korean overlaps (산학연 / 산학연관) must not call each other's good English bad
    for a in TERMS:
        for b in TERMS:
            if a is b:
                continue
            for ex in a["examples"]["pass"]:
                if ko_has_source(b, ex.get("ko", "")):
                    assert not any_en(ex["en"], b.get("bad")), (a["id"], b["id"], ex["en"])


# ------------------------------------------------------------------ forbidden and consistency rules


@pytest.mark.parametrize("rule", FORBIDDEN, ids=ids(FORBIDDEN))
def test_forbidden_examples(rule):
    for p in rule.get("phrases_regex") or ():
        re.compile(p, re.IGNORECASE)
    for ex in rule["examples"]["fail"]:
        assert forbidden_hits(rule, ex["en"], ex.get("ko", "")), ex["en"]
    for ex in rule["examples"]["pass"]:
        assert forbidden_hits(rule, ex["en"], ex.get("ko", "")) == [], ex["en"]
    literal_passes = [ex for ex in rule["examples"]["pass"] if not ex.get("ko")]
    assert literal_passes, "one pass example shows the corrected English without Korean"


def test_forbidden_phrases_never_hit_an_accepted_term_rendering():
    for f in FORBIDDEN:
        for t in TERMS:
            for g in good(t):
                assert forbidden_hits(f, g) == [], (f["id"], t["id"], g)


def test_pass_examples_trip_no_forbidden_phrase():
    for r in RULES:
        for ex in r["examples"]["pass"]:
            for f in FORBIDDEN:
                if f is r:
                    continue
                assert forbidden_hits(f, ex["en"], ex.get("ko", "")) == [], (r["id"], f["id"], ex["en"])


@pytest.mark.parametrize("rule", CONSISTENCY, ids=ids(CONSISTENCY))
def test_consistency_examples(rule):
    def forms(en: str) -> set[str]:
        found = set()
        for r in rule["renderings"]:
            for m in re.finditer(r"(?i)(?<![\w])" + re.escape(r).replace(r"\ ", r"[\s-]+") + r"(?![\w])", en):
                found.add(m.group(0).lower())
        return found

    assert rule["expected"][0] in rule["renderings"]
    for ex in rule["examples"]["fail"]:
        assert len(forms(ex["en"])) >= 2, ex["en"]
    for ex in rule["examples"]["pass"]:
        assert forms(ex["en"]) == {rule["expected"][0].lower()}, ex["en"]


# ------------------------------------------------------------------ the generated index


def test_index_is_generated_from_the_pack_and_up_to_date():
    spec = importlib.util.spec_from_file_location("pack_index", ROOT / "scripts" / "pack_index.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    text = mod.render(PACK_PATH)
    on_disk = (ROOT / "docs" / "pack-ko-industry.md").read_text(encoding="utf-8")
    assert on_disk == text, "run .venv/bin/python scripts/pack_index.py"
    for r in RULES:
        assert f"| {r['id']} |" in on_disk


# ------------------------------------------------------------------ the seeds (seed-review.md)


def _seed(prefix: str) -> str:
    return next(PAIRS.glob(prefix + "_*.txt")).read_text(encoding="utf-8")


def _en_part(text: str) -> str:
    # the English runs after the Korean in 001/003 and fills all of 000 but its first line
    return "\n".join(line for line in text.splitlines() if line.strip() and not _HANGUL.search(line))


def _catchers(phrase: str, korean: str) -> list[str]:
    out = [f["id"] for f in FORBIDDEN if forbidden_hits(f, phrase)]
    out += [t["id"] for t in TERMS if any_en(phrase, t.get("bad")) and (not korean or ko_has_source(t, korean))]
    return out


MUST_CATCH = [
    # (seed, English phrase as it appears in the seed, Korean it translates or "" when the source is missing)
    ("000", "next-generation private batteries", ""),
    ("000", "Vice Minister of Commerce, Industry and Energy", ""),
    ("001", "a future food source", "미래먹거리"),
    ("001", "a new future food industry", "새로운 미래먹거리 산업"),
    ("001", "communication between industry and academia", "산학연관 소통의 장"),
    ("001", "government-funded researchers such as", "정부출연연구원"),
    ("001", "super-gap technological competitiveness", "초격차 기술경쟁력"),
    ("003", "Secondary Battery Division Manager Specialized Complex", "이차전지 소부장 특화단지"),
    ("003", "specialized complex for small managers", "소부장 특화단지"),
    ("003", "securing the value chain for the small manager", "소부장 가치사슬 확보"),
    ("003", "the small manager's specialized complex", "소부장 특화단지"),
    ("003", "small-manager companies", "소부장 기업"),
    ("003", "a production hub for secondary battery owners", "이차전지 소부장 생산허브"),
    ("003", "a specialized complex for the subsidiary of secondary batteries", "이차전지 소부장 특화단지"),
    ("003", "preoccupy the secondary battery market", "미래 이차전지 시장 선점"),
    ("003", "improving settlement conditions", "정주여건 제고"),
    ("003", "CEO of LG Energy Solutions", "㈜LG에너지솔루션 김종현 대표이사"),
    ("003", "CEO of Ecoro BM", "㈜에코프로비엠 권우석 대표이사"),
]


@pytest.mark.parametrize("seed,phrase,korean", MUST_CATCH, ids=[m[1] for m in MUST_CATCH])
def test_pack_catches_every_error_of_the_seed_review(seed, phrase, korean):
    assert phrase in _en_part(_seed(seed)), "the phrase is quoted from the seed"
    if korean:
        assert ko_norm(korean) in ko_norm(_seed(seed))
    assert _catchers(phrase, korean), f"no rule of the pack catches {phrase!r}"


MUST_NOT_FLAG = [
    ("001", "LG Energy Solution and SK On", "LG에너지솔루션과 SK온"),
    ("001", "anchor companies", "앵커기업"),
    ("001", "Daejeon Techno Park", "대전테크노파크"),
    ("001", "win-win cooperation", "상생협력"),
    ("003", "Minister of Trade, Industry and Energy Sung Yun-mo", "산업통상자원부 성윤모 장관"),
    ("003", "Ochang Science Industrial Complex (including the 2nd industrial complex)", "오창과학산업단지(제2산단포함)"),
    ("003", "committee to strengthen competitiveness of materials, parts and equipment", "소재부품장비 경쟁력강화 위원회"),
    ("003", "Chungbuk Technopark", "충북테크노파크"),
    ("003", "such as LG Energy Solution.", "엘지에너지솔루션 등"),
    ("000", "The Ministry of Trade, Industry and Energy (MOTIE)", "산업통상자원부"),
    ("000", "the all-solid-state battery sector", "전고체 배터리 분야"),
]


@pytest.mark.parametrize("seed,phrase,korean", MUST_NOT_FLAG, ids=[m[1] for m in MUST_NOT_FLAG])
def test_pack_accepts_the_correct_renderings_in_the_seeds(seed, phrase, korean):
    assert phrase in _en_part(_seed(seed))
    assert ko_norm(korean) in ko_norm(_seed(seed))
    assert _catchers(phrase, korean) == []
    relevant = [t for t in TERMS if ko_has_source(t, korean)]
    assert relevant, f"the pack has a rule for {korean!r}"
    for t in relevant:
        assert any_en(phrase, good(t)), f"{t['id']} would ask to check {phrase!r}"


def test_forbidden_phrases_on_the_seed_english_are_exactly_the_reviewed_errors():
    # every forbidden hit on the whole English of the seeds, so a new false positive shows up here
    found = Counter()
    for seed in ("000", "001", "003"):
        en = _en_part(_seed(seed))
        for f in FORBIDDEN:
            found[(seed, f["id"])] += len(forbidden_hits(f, en))
    found = {k: v for k, v in found.items() if v}
    assert found == {
        ("000", "KO-FORBID-003"): 1,  # next-generation private batteries
        ("000", "KO-FORBID-009"): 1,  # Vice Minister of Commerce, Industry and Energy
        ("000", "KO-FORBID-012"): 1,  # Korea Institute of Technology Evaluation and Planning (KEIT)
        ("001", "KO-FORBID-001"): 2,  # future food source, new future food industry
        ("001", "KO-FORBID-004"): 1,  # super-gap
        ("001", "KO-FORBID-007"): 1,  # government-funded researchers
        ("003", "KO-FORBID-002"): 6,  # Division Manager Specialized, small managers, small manager x2, small manager's, small-manager
        ("003", "KO-FORBID-005"): 1,  # settlement conditions
        ("003", "KO-FORBID-006"): 1,  # preoccupy
        ("003", "KO-FORBID-011"): 2,  # subsidiary of secondary batteries, secondary battery owners
    }


def _term(rule_id: str) -> dict:
    return next(r for r in TERMS if r["id"] == rule_id)


# (rule, Korean of another sense or another body that must not count as the term)
OTHER_SENSES = [
    ("KO-TERM-114", "입찰 공고는 한국전력거래소 누리집에 게시된다."),  # Korea Power Exchange
    ("KO-TERM-114", "원전 설계는 한국전력기술이 맡았다."),  # KEPCO E&C
    ("KO-TERM-114", "한국전력기술인협회는 성명을 냈다."),
    ("KO-TERM-114", "한전KDN과 한전KPS가 입찰에 참여했다."),
    ("KO-TERM-114", "한전원자력연료는 핵연료를 만든다."),
    ("KO-TERM-114", "한전산업개발은 발전소 운전을 맡는다."),
    ("KO-TERM-114", "한전공대 설립이 추진됐다."),
    ("KO-TERM-114", "대한전선은 케이블을 수출했다."),
    ("KO-TERM-114", "대한전공의협의회는 복귀하지 않겠다고 밝혔다."),
    ("KO-TERM-209", "삼성전자 매도 호가에 물량이 쌓였다."),  # a share's ask
    ("KO-TERM-209", "매수 호가와 매도 호가의 차이가 벌어졌다."),
    ("KO-TERM-209", "잠실 아파트는 30억 원을 호가한다."),  # 호가하다, "is priced at"
    ("KO-TERM-209", "한국형 발사체 누리호가 발사됐다."),
    ("KO-TERM-209", "차세대중형위성 4호가 발사됐다."),
    ("KO-TERM-210", "학교는 오전·오후 2부제 수업을 했다."),
    ("KO-TERM-211", "공적 마스크 5부제가 시행됐다."),
    ("KO-TERM-211", "중기부는 사업자등록번호 끝자리에 따라 요일별 5부제를 운영한다."),
    ("KO-TERM-213", "초고압 세척 장비를 도입했다."),
    ("KO-TERM-213", "초고압 살균 주스가 인기다."),
    ("KO-TERM-214", "명목 소비 지출은 늘었지만 실질 소비는 줄었다."),
    ("KO-TERM-217", "공항 소음 영향구역 주민에게 보상금을 지급한다."),
    ("KO-TERM-217", "태풍의 영향구역에 든 지역은 대비해야 한다."),
    ("KO-TERM-218", "육군 제1군사령부는 원주에 있었다."),  # the army's First Army
    ("KO-TERM-218", "제1군과 제3군이 지상작전사령부로 통합됐다."),
    ("KO-TERM-218", "1군단 장병들이 훈련에 참가했다."),
    ("KO-TERM-218", "1군수지원사령부가 창설됐다."),
    ("KO-TERM-218", "가공육은 1군 발암물질로 분류된다."),
    ("KO-TERM-218", "1군 건설사들이 수주 경쟁에 뛰어들었다."),
    ("KO-TERM-219", "공공기관 체험형 인턴을 모집한다."),
    ("KO-TERM-220", "농촌 체류형 쉼터 설치가 허용된다."),
    ("KO-TERM-221", "서울역 역내 화장실이 새로 단장됐다."),  # 驛內, inside the station
    ("KO-TERM-221", "지하철 역내 상가 임대료가 올랐다."),
    ("KO-TERM-221", "EUV 장비는 역내 반입이 금지됐다."),
    ("KO-TERM-222", "우선가입 대상자를 모집한다."),
    ("KO-TERM-222", "정부는 선가입 후심사 방식을 도입했다."),
    ("KO-TERM-222", "선가공 후 수출한다."),
    ("KO-TERM-222", "조선시대 선가의 수행법을 소개했다."),  # 禪家, Zen
    ("KO-TERM-230", "나는 생각한다, 고로 존재한다."),  # 故로, "therefore"
    ("KO-TERM-230", "이노우에 고로 감독의 신작이 개봉했다."),  # the Japanese name Goro
    ("KO-TERM-230", "지리산 고로쇠 축제에 철강 업계 관계자도 참석했다."),  # maple sap, beside a word of steel
    ("KO-TERM-230", "고로케 가게가 문을 열었다."),
    ("KO-TERM-232", "정부는 방역대책을 강화했다."),  # 방역 대책, quarantine measures
    ("KO-TERM-232", "방역대응 단계를 높였다."),
    ("KO-TERM-233", "재생에너지 고정가격 계약 물량을 늘린다."),  # a fixed-price contract of renewables
    ("KO-TERM-234", "시술 후 사후관리가 중요하다."),  # follow-up care after a treatment
]


@pytest.mark.parametrize("rule_id,ko", OTHER_SENSES, ids=[f"{r}:{k}" for r, k in OTHER_SENSES])
def test_korean_of_another_sense_or_body_is_not_the_term(rule_id, ko):
    assert not ko_has_source(_term(rule_id), ko)


@pytest.mark.parametrize("rule_id,ko", [
    ("KO-TERM-114", "한국전력공사는 요금을 올렸다."),
    ("KO-TERM-114", "한국전력은 요금을 올렸다."),
    ("KO-TERM-114", "한전이 요금을 올렸다."),
    ("KO-TERM-114", "한국전력 노조는 파업했다."),
    ("KO-TERM-209", "집주인들이 매도 호가를 올렸다."),
    ("KO-TERM-209", "아파트 매물 호가가 떨어졌다."),
    ("KO-TERM-210", "차량 2부제가 시행된다."),
    ("KO-TERM-211", "승용차 10부제를 시행했다."),
    ("KO-TERM-213", "초고압 케이블 수주가 늘었다."),
    ("KO-TERM-214", "철강 명목소비는 줄었다."),
    ("KO-TERM-217", "산불 영향구역은 1만㏊를 넘어섰다."),
    ("KO-TERM-217", "영향구역이 넓어 진화에 어려움을 겪고 있다."),
    ("KO-TERM-218", "구단은 그를 1군 엔트리에서 말소했다."),
    ("KO-TERM-218", "2군에서 재정비한 그는 1군에 복귀했다."),
    ("KO-TERM-219", "체험형 매장을 열었다."),
    ("KO-TERM-221", "EU 역내에서 생산된 배터리만 보조금을 받는다."),
    ("KO-TERM-221", "역내 생산 비율을 높여야 한다."),
    ("KO-TERM-222", "중국 조선소와의 저가 수주 경쟁이 심화되면 선가 상승세가 둔화될 수 있다."),
    ("KO-TERM-222", "LNG 운반선 선가는 2억5천만 달러다."),
    ("KO-TERM-226", "수입 농산물 12건이 잔류농약 검사에서 부적합으로 판정됐다."),
    ("KO-TERM-228", "조선 3사의 수주 잔고는 3년 치를 넘는다."),
    ("KO-TERM-230", "포항 제2고로의 개보수가 완료됐다."),
    ("KO-TERM-230", "광양 4고로는 내년 화입한다."),
    ("KO-TERM-230", "철강사들은 고로 대신 전기로를 늘리고 있다."),
    ("KO-TERM-230", "고로 가동률이 떨어지면서 조강 생산이 줄었다."),
    ("KO-TERM-231", "홀몸노인 가구가 늘었다."),
    ("KO-TERM-231", "홀몸 노인을 방문했다."),
    ("KO-TERM-232", "반경 10㎞ 이내를 방역대로 설정했다."),
    ("KO-TERM-232", "방역대 내 농장 23곳"),
    ("KO-TERM-233", "D램 고정거래가는 3% 올랐다."),
    ("KO-TERM-234", "사후 관리(A/S) 체계를 갖췄다."),
    ("KO-TERM-235", "실손의료보험 손해율이 올랐다."),
])
def test_korean_of_the_term_is_still_found(rule_id, ko):
    assert ko_has_source(_term(rule_id), ko)


def test_food_safety_korean_does_not_count_as_business_slang():
    rule = next(r for r in TERMS if r["name"] == "meokgeori-growth-engine")
    assert ko_has_source(rule, "정부는 새로운 먹거리 산업으로 바이오를 꼽았다.")
    assert ko_has_source(rule, "신성장 먹거리를 발굴한다.")
    assert not ko_has_source(rule, "새로운 먹거리 문화가 확산되고 있다.")
    assert not ko_has_source(rule, "어린이 먹거리 안전 관리를 강화한다.")
    food = next(r for r in FORBIDDEN if r["name"] == "future-food")
    assert forbidden_hits(food, "Edible insects are a future food.", "식용곤충은 미래 식량이다.") == []
    assert forbidden_hits(food, "Batteries are a future food source.", "이차전지는 미래먹거리다.")


# ------------------------------------------------------------------ English-only text through the real engine

# Ordinary English from English-language economy news. Term rules' bad renderings also fire on
# English with no Korean (docs/rule-packs.md), so none of these may contain one.
ENGLISH_ONLY_CORRECT = [
    "Chile announced the nationalization of its lithium industry.",
    "North Korea rejected any talks on denuclearization.",
    "The drone flew at an altitude of 120 meters over the plant.",
    "The government expanded childcare subsidies for working parents.",
    "Memory prices fell further than in the previous cycle.",
    "Kim Min-su, a division manager at Samsung Electronics, presented the plan.",
    "The museum traces shipbuilding back to the Joseon Dynasty.",
    "Researchers at the Korea Institute of Science and Technology developed the sensor.",
    "The Korea Institute of Energy Technology (KENTECH) opened in Naju.",
    "LED light bulbs accounted for most of the lighting exports.",
    "Food prices rose 5 percent, and rice remains the main food source.",
    "The post-processing of satellite images is done by AI.",
    "The railway's signal interlocking system was upgraded.",
    "Military expenditure rose for the ninth year.",
    "The company reported output control problems at the plant.",
    "Autumn scenery draws tourists to the mountains.",
    "The union signed a working agreement with management.",
    "A technology park opened near the airport.",
    "Its preoccupation with costs slowed the project.",
    "Worries about interest rates preoccupy investors.",
    "Investors are preoccupied with the stock market.",
    "The modern car carries more than 1,000 chips.",
    "Stocks turned red in the afternoon.",
    "3D-printed parts need a post-process finishing step.",
    "Regenerative energy from braking is stored in the battery.",
    "The system linkage between the two banks failed.",
    "Cooperation between universities and companies is growing.",
    "Universal memory that could replace DRAM and flash is still a research goal.",
    "The Busan port construction project resumed after the typhoon.",
    "The columns come in square and cylindrical shapes.",
    "Each square cell of the grid holds one value.",
    "Pensions are paid on an index-linked basis.",
    "The physical division of the peninsula has lasted since 1945.",
    "Workers at a Samsung C&T Corporation construction site stopped work in the heat.",
    "The floor leader of the Democratic Party met reporters after the groundbreaking ceremony.",
    "Sanctions target countertrading through front companies.",
    "The image needs pre-processing before the model sees it.",
    "The waste was incinerated at the city's new plant.",
    "He was put on probation for two years after his release.",
    "The film had its international premiere in Toronto after opening at home.",
    "The striker was substituted off with a hamstring injury.",
    "The pitcher was selected in the first round of the draft.",
    "The playground was tilted toward the river, so the rain drained off.",
    "The bond's call price is 102 percent of par, and the issuer may redeem it after five years.",
    "The seal engraver carved the king's name into a block of jade.",
    "Ultra-high-pressure water jets strip old paint from the hull.",
    "Nominal consumption rose 3 percent, but real consumption fell as prices climbed.",
    "Liquid foundation cosmetics with sunscreen sold out within a week.",
    "Extracorporeal membrane oxygenation kept the patient alive for ten days.",
    "The two-part series airs on consecutive nights.",
    "The First Army's headquarters moved to Wonju in 1954.",
    "War games for the First Army were held near the border.",
    "The company makes its chips in-house, and in-house production began in 2022.",
    "EU in-house lawyers do not enjoy legal privilege.",
    "Islanders pay half of ship fares to the mainland, and cruise ship fares rose 10 percent.",
    "The fund's distribution period ends in March, with three months remaining.",
    "The Rorschach test records each subject's experience type.",
    "Choose your stay type before booking a room.",
    "International Paper is the world's largest paper company, and an overseas paper company bought the mill.",
    "A high furnace temperature is needed to melt the ore, and high furnace and electric bills squeeze margins.",
    "Your order balance is due on delivery, and the order balance stood at zero after the refund.",
    "The two sides reached a compromise trade deal, and a compromise trade policy was adopted.",
    "The REIT trades at a discount to its net asset value, a price to net asset value ratio of 0.8.",
    "Our blog post management system and post management service save editors time.",
    "Under the standard the contract has a fixed transaction price, so fixed transaction prices need no estimate.",
    "A single-body design makes the phone sturdier, and a single body of water feeds the valley.",
    "Farmers planted a forest belt, and epidemic prevention measures were tightened along the border belt.",
    "Selling at a real loss, insurance aside, hurt the fund; a loss ratio above 100% means real losses.",
    "Workers took a collective vacation in August while the plant shut, a group holiday agreed with the union.",
    "The board accused the CEO of a breach of business trust, and the business breach-of-contract claims were dropped.",
]


@pytest.fixture(scope="module")
def builtin_rules():
    from mtaudit.rules import load_ruleset

    return load_ruleset(code=False)


@pytest.mark.parametrize("en", ENGLISH_ONLY_CORRECT)
def test_correct_english_without_korean_is_not_flagged(builtin_rules, en):
    from mtaudit.rules import check, example_document
    from mtaudit.rules.base import Example

    doc, pairs = example_document(Example(ko="", en=en))
    assert [(f.rule_id, f.rendering) for f in check(doc, pairs, builtin_rules)] == []


@pytest.mark.parametrize("en", ["The Vice Minister of Commerce, Industry and Energy met the delegation.", "Next-generation private batteries are the focus.", "It was built to preoccupy the global market."])
def test_english_only_errors_are_still_flagged(builtin_rules, en):
    from mtaudit.rules import check, example_document
    from mtaudit.rules.base import Example

    doc, pairs = example_document(Example(ko="", en=en))
    assert [f.rule_id for f in check(doc, pairs, builtin_rules) if f.rule_id.startswith("KO-")]
