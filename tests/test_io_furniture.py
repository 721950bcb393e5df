"""Furniture rules: every rule has paragraphs it must drop and article text it must keep."""

import pytest

from mtaudit.io.furniture import RULES, classify, dateline_length

DROP = {
    "image": ["![[서울=뉴시스] 서울 코트라 본사. (사진=코트라)](https://img1.newsis.com/2025/06/04/a.jpg)", "![chart](x.png)"],
    "translator's note": [
        "*아래는 위 기사를 '구글 번역'으로 번역한 영문 기사의 [전문]입니다. 영문 번역에 오류가 있을 수 있음을 전제로 합니다.",
        "아래는 위의 글을 구글번역이 번역한 영문의 <전문>이다. [Below is an English <Full text> translated by Google Translate.]",
        "<*The following is [the full text] of the English article translated by 'Google Translate'.>",
        "다음은 본문을 파파고로 번역한 내용입니다.",
    ],
    "site menu": ["Search", "PC버전", "전체메뉴", "로그인", "모바일 버전", "뉴스홈 | 부동산 | 경제", "Home > News > Economy", "홈 > 경제", "기사제보 구독하기", "로그인 회원가입"],
    "language label": ["English", "[영문]", "English version", "(English)", "번역문", "원문 보기", "Korean original", "영문 기사:"],
    "listen button": ["본문듣기", "기사 듣기", "Listen to this article"],
    "font-size buttons": ["가 -가 +", "가 가", "글자크기 설정"],
    "advertisement": ["광고", "Advertisement", "AD"],
    "share buttons": [
        "트위터 페이스북 카카오톡 카카오스토리 Share on Google+ band URL복사",
        "URL 복사",
        "• 위에의 URL을 누르면 복사하실수 있습니다.",
        "Facebook Twitter LinkedIn",
        "이 기사를 공유합니다",
        "Share this article",
        "Share on Facebook",
        "share on X · share on Kakao",
    ],
    "photo caption": [
        "▲ 이차전지산업 새로운 미래먹거리로 육성_사진\u00a0 © 대전시",
        "[서울=뉴시스] 서울 코트라 본사. (사진=코트라) 2025.06.04 [email protected] *재판매 및 DB 금지",
        "[서울=뉴시스] 배터리 플라자 행사 모습. (사진=코트라 제공) 2025.10.18. photo@newsis.com",
        "사진: 충청북도",
        "[Photo provided by Sejong City]",
    ],
    "copyright line": [
        "Copyright ⓒ 브레이크뉴스. All rights reserved.",
        "ⓒ 뉴스1코리아 무단전재 및 재배포 금지",
        "<저작권자 ⓒ 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
        "News1 Korea. Unauthorized reproduction and redistribution prohibited.",
        "Reproduction and redistribution are prohibited.",
    ],
    "end mark": ["(END)", "(끝)", "END"],
    "byline": [
        "김정환 기자 | 기사입력 2023/11/01 [13:40]",
        "김정환 기자 | 입력 : 2023/11/01 [13:40]",
        "임창용 기자 l 기사입력 2021-02-23",
        "-im changyong reporter",
        "By Kim Jae-won, staff writer",
        "입력 2024.03.05 14:20",
        "홍길동 기자 hong@example.co.kr",
        "Reporter Park Ji-hoon",
        "취재기자 박지훈",
        "글·사진 박지훈 기자",
        "기사승인 2026.10.02 14:31 | 최종수정 2026.10.02 15:02",
        "Input 2026.09.14 10:20 Modified 2026.09.14 11:05",
        "[이데일리 정수연 기자]",
        "[대전=뉴스1] 이서연 기자 =",
        "대전=김태영 기자",
        "도쿄=공동취재단, 오수진 기자",
        "[뉴스1] 이도현 기자",
        "Goheung, Yoon Jae-seok",
        "송고시간 2026-11-20 15:48",
        "연예 | 2026.11.21 08:05",
        "정치 | 2026-11-17 20:30",
        "2026년 11월 20일 오후 3시 48분",
        "Nov. 20, 2026 | 15:48 KST",
    ],
    "reporter email": ["◎공감언론 뉴시스 [email protected]", "문의: press@example.go.kr"],
    "source link": ["원본 기사 보기:충북 브레이크뉴스", "Source: Yonhap"],
    "related link": ["Also Read | K-pop star and BTS member J-Hope starts mandatory military service", "관련기사", "Related articles:", "[관련기사]"],
    "most-read list": ["많이 본 뉴스", "[인기기사]", "Most read", "이 시각 주요뉴스"],
    "page counters": ["댓글 0", "좋아요 0 싫어요 0", "조회수 1,234", "Comments 3"],
    "no words": [".", "2023.11.01", "***", "1.", "›"],
    "stray fragment": ["x", "Q"],
}

KEEP = [
    # article sentences that share words with furniture
    "대전시는 광고 시장을 키울 계획이다.",
    "Search engines like Naver expanded their battery coverage.",
    "Kim is a veteran reporter at the paper.",
    "Related industries grew 5% last year.",
    "Read more than 100 reports, the council said.",
    "지원 분야는 ▲소재 ▲부품 ▲장비 등 3개 분야다.",
    "▲소재 분야 120억 원 ▲부품 분야 80억 원",
    "다음은 정부가 발표한 영문 보도자료의 요지다.",
    "The following is a list of English-speaking companies in Ochang.",
    "He said copyright rules apply to battery patents too.",
    "Hangyeol Financial resolved a quarterly dividend of 600 won per share on the same day.",  # "share on" in a sentence
    "산업통상자원부는 23일 지정서를 전달했다고 밝혔다.",
    "Daejeon City launches secondary battery industry development council",
    "日 제조업 중심지서 한일 배터리 협력 본격화",
    "LGES",
    "English is the working language of the council.",
    "영문으로 번역했다.",
    "Translation errors",
    "취재진은 기자회견을 열었다.",
    "Reporters said so.",
    "정부, 공공주택 5만 호 공급 | 연합뉴스",
    "수출 > 수입",
    "가격은 1000원 > 900원 | 하락",
    "댓글 기능을 개편했다.",
    "많이 본 뉴스 순위가 바뀌었다.",
    "Most read newspapers cut staff.",
    "Photo provided by the city shows the site.",
    "Input prices rose 3% in 2026.",
    "그는 SNS에 기사를 공유했다.",
    "[이데일리 정수연 기자가 취재했다]",
    "저작권자의 동의 없는 무단 전재 및 재배포를 막기 위해 배급사는 불법 유출 감시를 강화했다.",
    "($1 = 1,328.3900 won)",
    "2026.11.20 코스피 2,500선 회복",
    "대전=김태영 기자가 현장을 취재했다.",
    "The war did not end.",
    "Seoul, Busan and Daegu joined the program.",
    "Unauthorized copies of the film spread online, but reproduction was not prohibited by the court.",
    "송고시간 변경 안내: 2026-11-20 기사는 오후 3시에 나갔다.",
]


@pytest.mark.parametrize("reason, text", [(r, t) for r, ts in DROP.items() for t in ts])
def test_furniture_is_dropped_with_its_reason(reason, text):
    assert classify(" ".join(text.split())) == reason


@pytest.mark.parametrize("text", KEEP)
def test_article_text_is_kept(text):
    assert classify(text) is None


def test_every_rule_has_examples():
    assert {reason for reason, _ in RULES} == set(DROP)


@pytest.mark.parametrize(
    "text, prefix",
    [
        ("【충북 브레이크뉴스】임창용 기자=충청북도는 지정서를 받았다.", "【충북 브레이크뉴스】임창용 기자="),
        ("[서울=뉴시스]유희석 기자 = 한-일 정상회담에서 합의된 기조가 이어졌다.", "[서울=뉴시스]유희석 기자 = "),
        ("(대전=연합뉴스) 김정환 기자 = 대전시가 준비에 돌입했다.", "(대전=연합뉴스) 김정환 기자 = "),
        ("SEOUL, Nov. 1 (Yonhap) -- South Korea's exports rose.", "SEOUL, Nov. 1 (Yonhap) -- "),
        ("대전시가 (주)에코프로비엠과 협약했다.", ""),
        ("[단독] 대전시가 협약했다.", ""),
        ("[이데일리 정수연 기자] HD현대중공업이 실적을 냈다.", "[이데일리 정수연 기자] "),
        ("대전=김태영 기자 = 대전시가 예산을 늘렸다.", "대전=김태영 기자 = "),
        ("[뉴스1] 이도현 기자 = 서울 아파트값이 올랐다.", "[뉴스1] 이도현 기자 = "),
        ("대전=김태영 기자가 현장을 취재했다.", ""),
    ],
)
def test_dateline_prefix(text, prefix):
    assert text[: dateline_length(text)] == prefix


def test_the_items_under_a_list_heading_are_dropped_with_it(tmp_path):
    from mtaudit import io

    page = (
        "포스코가 탄소중립 로드맵을 발표했다.\n\n회사는 2050년까지 탄소중립을 달성한다.\n\n"
        "관련기사\n- 한미약품, 3분기 R&D 투자 역대 최대\n\n[관련기사]\n\n▶ 포스코, 탄소중립 로드맵 발표\n\n"
        "많이 본 뉴스\n\n1 포스코 노조 파업 가결\n\n2 철강 가격 하락\n\n댓글 0\n\n좋아요 0\n\n"
        "POSCO announced a carbon-neutral roadmap.\n\nThe company will achieve carbon neutrality by 2050.\n\n"
        "Related articles\n\n- POSCO unveils carbon-neutral roadmap\n\n"
        "관련기사\n· [사설] 맹견 관리, 제도보다 실천이 먼저다\n· 고층 아파트 화재 대피 요령은?\n송도 국제학교 신입생 모집…경쟁률 3대 1 예상된다\n\n"
        "관련기사\n\n정부는 내년 예산을 늘리기로 했다.\n"
    )
    path = tmp_path / "posco.txt"
    path.write_text(page, encoding="utf-8")
    units, _ = io.discover([str(path)])
    doc = io.read(units[0])
    assert [s.text for s in doc.ko] == ["포스코가 탄소중립 로드맵을 발표했다.", "회사는 2050년까지 탄소중립을 달성한다.",
                                        "정부는 내년 예산을 늘리기로 했다."]  # a sentence after a heading is text
    assert [s.text for s in doc.en] == ["POSCO announced a carbon-neutral roadmap.", "The company will achieve carbon neutrality by 2050."]
    reasons = {d.text: d.reason for d in doc.dropped}
    assert reasons["- 한미약품, 3분기 R&D 투자 역대 최대"] == "related link (an item of the list)"
    assert reasons["2 철강 가격 하락"] == "most-read list (an item of the list)"
    assert reasons["- POSCO unveils carbon-neutral roadmap"] == "related link (an item of the list)"
    assert reasons["좋아요 0"] == "page counters"
    # a bulleted headline may end like a sentence; a bare one has no full stop
    for item in ("· [사설] 맹견 관리, 제도보다 실천이 먼저다", "· 고층 아파트 화재 대피 요령은?", "송도 국제학교 신입생 모집…경쟁률 3대 1 예상된다"):
        assert reasons[item] == "related link (an item of the list)", item
