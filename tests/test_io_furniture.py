"""Furniture rules: every rule has paragraphs it must drop and article text it must keep."""

from pathlib import Path

import pytest

from mtaudit.io.furniture import RULES, classify, dateline_length

DROP = {
    "image": ["![[서울=뉴시스] 서울 코트라 본사. (사진=코트라)](https://img1.newsis.com/2025/06/04/a.jpg)", "![chart](x.png)"],
    "translator's note": [
        "*아래는 위 기사를 '구글 번역'으로 번역한 영문 기사의 [전문]입니다. 영문 번역에 오류가 있을 수 있음을 전제로 합니다.",
        "아래는 위의 글을 구글번역이 번역한 영문의 <전문>이다. [Below is an English <Full text> translated by Google Translate.]",
        "<*The following is [the full text] of the English article translated by 'Google Translate'.>",
        "다음은 본문을 파파고로 번역한 내용입니다.",
        # disclaimers of a machine translation, on either side
        "Translated by AI.",
        "The translation may differ from the original Korean article.",
        "Translated by AI. The translation may differ from the original Korean article.",
        "본 영문 기사는 AI 번역 엔진으로 번역되었으며 오역이 있을 수 있습니다.",
        "이 번역문은 기계번역으로 생성되었습니다.",
        "This article was translated by AI and may contain errors.",
    ],
    "site menu": [
        "[로그인] [회원가입] [모바일웹]", "로그인 | 회원가입 | 모바일웹","Search", "PC버전", "전체메뉴", "로그인", "모바일 버전", "뉴스홈 | 부동산 | 경제", "Home > News > Economy", "홈 > 경제", "기사제보 구독하기", "로그인 회원가입",
                  # a section menu, space-separated (Yonhap, Chosun, Hankyoreh, Yonhap's English site)
                  "정치 북한 경제 산업 사회 전국 세계 문화 연예 스포츠 오피니언", "정치 사회 국제 경제 스포츠 연예 문화·라이프 오피니언 사설 칼럼",
                  "정치 사회 전국 경제 국제 문화 스포츠 과학 사람 오피니언", "National North Korea Economy Market Industry Culture Sports World",
                  # a breadcrumb of two items without 홈, after a section's name (r12a pages)
                  "경제 > 부동산", "IT·과학 > 우주항공", "산업 > 자동차", "연예 > 가요", "경제 / 부동산", "스포츠 › 야구", "World > Asia", "연예 > 가요 > 방송",
                  # a menu line with separators
                  "뉴스레터 구독 | 로그인", "로그인 · 회원가입",
                  # r13a: menu toggles, skip links, a section after "·", a trade paper's section menu
                  "전체메뉴 열기", "메뉴 닫기", "주요서비스 바로가기 본문 바로가기", "사회 · 사건사고",
                  "뉴스 제약·바이오 의료기기 병원·의료 정책 인사·동정 영문뉴스",
                  # r15a: a masthead's edition links in brackets
                  "[구독하기] [로그인] [English Edition] [PDF 지면]", "로그인 | 지면보기 | e-paper"],
    "site name": ["연합뉴스", "Yonhap News Agency", "뉴시스", "The Korea Herald", "KBS 뉴스",
                  "MBS 뉴스", "CBS 뉴스", "YTN NEWS"],  # r15a: a broadcaster's letters with 뉴스, any broadcaster
    # r15a: the classes of a regional daily's, a trade paper's and a broadcaster's pages nobody had seen
    "date and weather bar": ["2025년 06월 14일 (토) 대전 24℃ 맑음", "2026.03.05(목) 서울 -3℃ 흐림", "2025년 7월 1일 화요일 부산 28°C 구름많음",
                             "Saturday, June 14, 2025 Seoul 24°C Clear", "2025-06-14 (토) 12℃"],
    "market ticker": [
        "KOSPI 2,601.45 ▲12.30 (+0.47%) KOSDAQ 742.18 ▼3.05 (-0.41%) 원/달러 1,372.50 필라델피아반도체지수 4,912.33 ▲1.8%",
        "코스피 2,601.45 ▲12.30 코스닥 742.18 ▼3.05 환율 1,372.50", "코스피 2,601.45 ▲0.47%", "나스닥 18,200.11 ▼1.2% 다우 41,000.50 ▲0.3%",
        "KOSPI 2,601.45 +12.30 KOSDAQ 742.18 -3.05",
    ],
    "newsletter box": [
        "한밭신문 뉴스레터 구독하기 이메일 주소 입력 [구독]",
        "반도체신보 뉴스레터 | 매일 아침 7시, 반도체 업계 핵심 뉴스를 메일로 받아보세요. [무료 구독 신청]",
        "Sign up for the Hanbat newsletter: enter your email [Subscribe]",
    ],
    "promotion": [
        "[세미나 안내] 2025 차세대 메모리 기술 세미나 | 11월 13일(목) 오후 2시 | 코엑스 컨퍼런스룸 401 | 사전등록 ▶",
        "[웨비나] AI 반도체 전망 | 12월 3일 오후 3시 | 신청하기 ▶", "[행사 안내] 2025 배터리 포럼 | 11월 20일 | 코엑스",
        "MBS 날씨 앱 설치하고 실시간 태풍 정보 받기 ▶", "한밭신문 앱 다운로드 ▶",
    ],
    "broadcast script": [
        "[앵커]", "[리포트]", "[기자]", "[인터뷰]", "<앵커 멘트>", "[앵커멘트]", "[녹취]", "[인터뷰: 김민수 / 제주 시민]", "[Anchor]",
        "MBS 뉴스 김민수입니다.", "KBS 뉴스 홍길동입니다.", "YTN 이지원입니다", "연합뉴스TV 이지원 기자입니다.", "G1 뉴스 김민수입니다.",
        "This is Kim Min-su for MBS News.", "MBS News, Kim Min-su reporting.",
        "영상취재: 이준호 / 영상편집: 최다은 / 그래픽: 한소라", "촬영기자:이준호/영상편집:최다은", "영상편집: 최다은",
        "영상취재 이준호 / 영상편집 최다은", "Video: Lee Jun-ho / Editing: Choi Da-eun / Graphics: Han So-ra",
    ],
    "video player": ["▶ 동영상 재생 (02:14) 자막 ON/OFF 화질 선택 720p", "재생 00:00 / 02:14 음소거 전체화면", "Play (01:52) CC HD Full screen"],
    "language label": [
        "[영문 기사 / English Version - Machine Translated]","English", "[영문]", "English version", "(English)", "번역문", "원문 보기", "Korean original", "영문 기사:",
                       # the machine translation's label
                       "AI 번역 | English", "English 번역 (AI)", "[English] AI 번역 보기", "▶ 영문 기사 보기 (AI 자동번역)", "AI 번역",
                       "영문 AI 번역본 보기", "English (AI 번역)", "Read in English (Machine translation)",
                       "▶ AI 번역 | English (machine translation, beta)", "AI 번역 (베타)", "English (AI translation, beta)"],
    "listen button": ["본문듣기", "기사 듣기", "Listen to this article"],
    "font-size buttons": ["가 -가 +", "가 가", "글자크기 설정"],
    "advertisement": ["광고", "Advertisement", "AD",
                      # r15a: the label before the ad's text
                      "광고 | 반도체 클린룸 장비 전문기업 (주)에이치클린 – 24시간 기술지원 ☎ 031-555-0101",
                      "[광고] 여름 특가! 대전 롯데시티호텔 1박 89,000원부터 ▶ 예약하기", "AD | Best hotel deals in Seoul", "(광고) 신규 가입 시 1만 원 적립"],
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
        "경주 황룡사 터 동쪽 회랑 일대에서 출토된 금동불상 3점. 국가유산청 제공", "▲ 서울 중구 서울도서관 열람실에서 시민들이 책을 읽고 있다. /서울데일리뉴스DB", "[사진] 서울 마포구의 한 대학가 인근 인도에 전동킥보드가 세워져 있다. 2025.3.18 [한빛일보 자료사진]", "시민들이 걷고 있다./뉴스1", "[사진=국가유산청]", "/사진 제공=서울시", "/서울데일리뉴스DB", "/AP 연합뉴스", "[한빛일보 자료사진]", "국가유산청 제공",
        "A plenary meeting of the National Assembly's Special Committee on Pension Reform on March 20, 2025. [Hanbit News file photo]",
        "[Yonhap file photo]",
        "▲ 이차전지산업 새로운 미래먹거리로 육성_사진\u00a0 © 대전시",
        "[서울=뉴시스] 서울 코트라 본사. (사진=코트라) 2025.06.04 [email protected] *재판매 및 DB 금지",
        "[서울=뉴시스] 배터리 플라자 행사 모습. (사진=코트라 제공) 2025.10.18. photo@newsis.com",
        "사진: 충청북도",
        "[Photo provided by Sejong City]",
        # r15a: a caption's mark opening it, its credit closing it; a broadcast's screen caption in brackets
        "[사진] 14일 오전 대전 서구 둔산동의 한 정류장에서 시민들이 시내버스에 오르고 있다. ⓒ한밭신문 DB",
        "(사진) 시민들이 걷고 있다. /뉴스1", "[포토] 벚꽃 만개한 여의도. 서울시 제공", "[Photo] Citizens board a bus in Daejeon. ⓒ Hanbat DB",
        "(화면: 27일 오후 제주시 탑동 해안도로에 높은 파도가 밀려드는 모습 / 시청자 제공)", "(화면제공: 소방청)",
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
        "최은정 기자 승인 2025-06-07 10:21:14 조회수 4,317", "최은정 기자 | 조회수 1,234", "정민호 기자 · 조회수 1,234", "최은정 기자 입력 2025.06.07 10:21",
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
        "정민호 기자 (고흥=한국매일)",  # the reporter, then the dateline
        "김민수·이지원 기자 [세종=경제투데이]",
        # r15a: the programme's tag first, the date right after the name
        "[뉴스데스크] 김민수 기자 2025-08-27 20:14 최종수정 2025-08-27 21:02", "[8뉴스] 이지원 기자 2025.08.27 20:14",
    ],
    "reporter email": ["◎공감언론 뉴시스 [email protected]", "문의: press@example.go.kr"],
    "source link": ["원본 기사 보기:충북 브레이크뉴스", "Source: Yonhap"],
    "related link": [
        "Also Read | K-pop star and BTS member J-Hope starts mandatory military service", "관련기사", "Related articles:", "[관련기사]",
        "관련 뉴스", "[관련 뉴스]", "연관기사", "관련 뉴스 더보기", "함께 볼만한 뉴스", "함께 보면 좋은 기사", "같이 읽으면 좋은 뉴스",
        "이 기자의 다른 기사", "You may also like", "More stories from Yonhap", "Recommended articles",
        "이 기사와 함께 많이 본 기사", "관련 영상", "관련 동영상", "Related videos", "이 기사와 함께 읽은 뉴스",  # r15a
    ],
    "most-read list": ["많이 본 뉴스", "[인기기사]", "Most read", "이 시각 주요뉴스", "추천 기사",
                       "연예 많이 본 기사", "이 시각 추천 뉴스", "가장 많이 읽은 기사", "주간 인기 기사",
                       "많이 본 뉴스 TOP 5", "인기 기사 TOP 10"],
    "page counters": [
        "이 기사를 추천합니다 👍 27 👎 1", "👍 27 👎 1", "👍 12",
        "댓글 0", "좋아요 0 싫어요 0", "조회수 1,234", "Comments 3",
        "좋아요 8 | 슬퍼요 1 | 화나요 0 | 후속요청 0",  # Yonhap's reaction buttons
        "좋아요 슬퍼요 화나요 후속요청",  # ... before any count
        "좋아요 12 훈훈해요 3 슬퍼요 0 화나요 1 후속기사 원해요 2",  # Naver's
        "추천해요 4 · 감동이에요 0 · 놀랐어요 1",
        "Like 3 | Sad 0 | Angry 1",
        # the count before its button, a button alone, the prompt before the buttons or alone
        "이 기사 어떠셨나요? 추천해요 87 | 흥미로워요 45 | 응원해요 120 | 아쉬워요 2",
        "추천해요", "87 | 흥미로워요", "45 | 응원해요", "120 | 아쉬워요",
        "이 기사에 공감하셨나요?", "이 기사 어떠셨나요?", "Was this article helpful?",
        "댓글 128개",
        "이 기사에 대한 반응", "이 기사에 대한 감정은?", "이 기사가 도움이 되셨나요? 추천 0 반대 0",
    ],
    "subscribe link": ["▶ 서울데일리뉴스 구독하기 ▶ 제보하기", "한빛일보 뉴스레터 구독하기", "Subscribe to Hanbit News"],
    "article buttons": ["이 기사를 추천합니다 |", "기사 제보하기", "이 기사를 추천합니다 | 기사 제보하기", "오류 신고", "기자 구독 | 기사 저장", "다른기사 보기", "기사 요약 보기"],
    "comment box": [
        "댓글 정렬: 최신순 | 공감순", "공감순 | 최신순", "로그인 후 댓글을 작성할 수 있습니다.", "첫 댓글을 남겨보세요!",
        "댓글 쓰기", "Please log in to comment.", "Be the first to comment",
        "clean bot 악성댓글 필터 ON", "댓글삭제", "댓글쓰기 로그인", "계정을 선택하시면 로그인·계정인증을 통해 댓글을 남기실 수 있습니다.",
        "주의 : 댓글 작성 시 명예훼손 등 법적 책임을 질 수 있습니다.",
        # r15a: the prompt with its character counter, the heading with its count, the "more" button with its count
        "로그인 후 댓글을 작성할 수 있습니다. 0 / 400", "독자의견 (3)", "[독자 댓글 12]", "더보기 (10)", "댓글 더보기 (25)",
    ],
    # a comment's rows: the masked ID (with its text after it), time and counts with 답글/신고/반대
    "reader comment": [
        "책벌레 | 2025-06-07 11:02 | 드디어! 야근 끝나고도 갈 수 있겠네요 | 공감 14", "신라인 2025-09-24 13:05 꼭 설명회 가보고 싶네요 삭제 신고 0 0", "킥보드사랑 2025.03.18 15:10 헬멧 대여도 같이 해줘야 현실적이죠 답글 | 추천 21 | 비추천 2","kim****", "hwang**** 2025.03.20 18:30", "└ park**** 노인분들은 정말 속기 쉬워요. 가족들이 신경 써야 합니다",
                       "06.03 12:21 신고 답글 4 공감 88 비공감 6", "강릉사람 2025-08-27 07:12 추천 15 반대 0",
                       # r15a: a Latin handle with its time; a comment after its nickname and a colon, a heart's count closing it
                       "tram_lover 2025-06-14 16:40", "hbm_watcher 2025.10.24 18:35", "jsk1234 2025-06-14 16:40",
                       "제주도민: 모두 안전하세요. 창문에 테이프 붙이는 건 효과 없다고 들었어요. ♡ 88"],
    "AI summary": ["AI 요약", "[AI 요약]", "AI 기사 요약", "세줄 요약", "AI가 요약한 내용입니다. 정확한 내용은 기사 본문을 확인해주세요."],
    "tool bar": ["가 가 공유 프린트 스크랩", "공유 북마크 댓글 27 글씨크기 조절하기 번역 English",
                 "바로가기 복사하기 본문 글씨 키우기 본문 글씨 줄이기", "북마크  인쇄  글씨크기 조절하기"],
    "tip line": ["제보는 카카오톡 okjebo", "기사제보: 이메일 tip@example.com"],
    "hashtags": ["키워드", "#리콜 #현대차 #기아 #국토교통부", "#누리호 #우주항공청", "태그: 리콜, 현대차",
                 "태그 #한빛반도체 #HBM #3분기실적 #D램 #낸드플래시 #시설투자", "Tags #Samsung #HBM"],  # r15a: no colon
    "publisher footer": [
        "한빛일보 | 서울특별시 중구 세종대로 000 | 대표전화 02-000-0000 | 등록번호 서울 아00000",
        "경제투데이 | 서울특별시 영등포구 여의대로 000 | 발행인·편집인 홍길동",
        "등록번호 서울 아00000 | 발행인 김철수 | 편집인 이영희",
        "Publisher: Kim Chul-su | Registration No. Seoul A00000 | Tel 02-000-0000",
        "중앙타임즈 | 회사소개 | 이용약관 | 개인정보처리방침 | 고충처리 | 고객센터 1588-0000",
        "서울특별시 종로구 율곡로 2길 25 | 인터넷신문 등록번호 서울 아 09876",
        "서울특별시 영등포구 국제금융로 10 | 청소년보호책임자 정다인",
        # r15a: the registration block without separators (three keys and a registration number)
        "등록번호 대전 아 00123 등록일 2010.03.02 발행인·편집인 정민호 청소년보호책임자 이가은",
        "등록번호: 서울 아 01234 발행인: 김철수 편집인: 이영희",
    ],
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
    # the words of site names, section menus, reaction buttons and list headings in article text
    "연합뉴스는 23일 이같이 보도했다.",
    "Yonhap News Agency reported the deal on Monday.",
    "정치 경제 사회 문화",  # four can be a noun phrase
    "정치 경제 사회 문화 새 판 짠다",
    "정치·경제·사회·문화 전반에 걸친 개혁이 필요하다",
    "North Korea fires ballistic missile into East Sea",
    "좋아요 버튼을 누른 사람은 8명이었다.",
    "슬퍼요 화나요",
    "Love Sad Angry",
    "관련 뉴스가 쏟아졌다.",
    "관련 기사에 따르면 정부는 예산을 늘렸다.",
    "함께 볼만한 영화 5편",
    "Recommended dose is 5 mg.",
    "More stories emerged of abuse.",
    "대전일보",  # a name shaped like a site's: only at the top of a page (article.masthead)
    # r12a's classes in article text: a breadcrumb's arrows, the comment box's and reaction buttons' words, login,
    # translation services, hashtags in a quoted post, an address, publishers
    "정부, 공공주택 5만 호 공급 | 연합뉴스",
    "찬성/반대/기권",
    "경제 > 정부가 돈을 푼다",
    "수출 / 수입 모두 줄었다",
    "추천", "공감", "슬퍼요 화나요",
    "나는 이 기사를 추천합니다",
    "로그인 후 댓글을 작성할 수 있도록 시스템을 바꿨다.",
    "네이버는 로그인 후 댓글을 작성할 수 있다고 밝혔다.",
    "댓글이 많이 달렸다.",
    "회사는 댓글 정렬 방식을 최신순에서 공감순으로 바꿨다.",
    "Users must log in to comment, the company said.",
    "삼성전자는 갤럭시 S24에 AI 번역 기능을 탑재했다.",
    "네이버 파파고는 번역 품질을 높였다.",
    "파파고 번역은 오류가 있을 수 있다고 회사는 밝혔다.",
    "이 영문판은 원문과 차이가 있다.",
    "AI 번역 시대 열린다",
    "AI 번역기 써보니",
    "Google Translate errors are common, experts said.",
    "AI translation tools may contain errors, the study found.",
    "The translation may differ, critics say, from the original.",
    "The novel was translated by AI.",
    "Translated by AI, the novel sold well.",
    '그는 인스타그램에 "오늘도 달린다 #러닝 #운동"이라고 적었다.',
    "#MeToo 운동이 확산됐다.",
    "서울특별시 중구 세종대로 110 서울시청 앞에서 집회가 열렸다.",
    "발행인 겸 편집인인 김모씨는 등록번호를 공개했다.",
    "The publisher and editor-in-chief, Kim, resigned.",
    "Publisher and editor-in-chief of Hankyoreh resign",
    "연예 많이 본 기사 순위가 바뀌었다.",
    "정민호 기자 (고흥=한국매일)가 현장을 취재했다.",
    "이 기사 어떠셨나요? 독자들은 댓글로 답했다.",
    # r13a: the words of the new classes in article sentences
    "정부는 전체 메뉴를 열기로 했다.",
    "AI 요약 서비스가 인기를 끌고 있다.",
    "AI가 요약한 기사는 오류가 많다고 연구진은 밝혔다.",
    "네이버는 악성 댓글 필터를 강화했다.",
    "경찰은 댓글 작성자를 명예훼손 혐의로 입건했다.",
    "회사는 공유 오피스와 북마크 기능을 선보였다.",
    "찬성 8, 반대 3으로 가결됐다.",
    "신고 건수는 1천234건, 반대 의견은 12건이었다.",
    "제보는 카카오톡으로 받는다고 경찰은 밝혔다.",
    "무단 복제와 배포는 저작권법 위반이라고 법원은 판단했다.",
    "The company's employees, kim and lee, were charged.",
    # a share button's word inside a sentence (the sentence was lost, and with it its translation's pair)
    "환경부는 중국 생태환경부와 고농도 미세먼지 예보 정보를 실시간으로 공유하기로 했다.",
    "그는 트위터와 페이스북에 사과문을 올렸다.",
    "He posted an apology on Twitter and Facebook after the match ended.",
    # r14a: the words of captions, credits, views, subscriptions and comments in article text
    "국가유산청은 출토 유물 사진을 제공했다.",
    "서울시, 청년에 월세 20만원 제공",
    "청년 월세 20만원 제공",
    "입장료는 성인 5천원 / 어린이 3천원",
    "요금은 1/2 수준이다.",
    "이 영상의 조회수는 1,234만 회를 넘었다.",
    "최은정 기자는 조회수 조작 의혹을 보도했다.",
    "넷플릭스 구독",
    "유튜브 구독",
    "구독료 인상",
    "Subscribe to streaming services rises",
    "시민들은 구독 서비스를 해지하기로 했다.",
    "시는 2025.03.18 15:10 회의에서 예산을 삭감하고 추천했다.",
    "공단은 2025.03.18 15:10 기준 집계 결과를 공개하며 반대",
    "추천 글이 1천 건을 넘었고 댓글은 2025-06-07 11:02 기준 300건이다.",
    "[로그인] 정부가 본인확인 절차를 바꾼다",
    "[영문 기사] 정부가 번역 예산을 늘린다",
    "The ministry released the photo. It was taken in 2025.",
    "Hanbit News file photo shows damage",
    # r15a: the words of the new classes in article text
    "서울 낮 기온 35℃…올해 첫 폭염경보",
    "2025년 6월 14일 대전의 낮 기온은 24℃로 맑았다.",
    "2025년 6월 14일 서울 35℃ 폭염 속 온열질환자 급증",
    "코스피 2,600 회복…코스닥 740 돌파",
    "코스피 2,600·코스닥 740",
    "코스피는 2,601.45로 12.30포인트(0.47%) 올랐다.",
    "KOSPI closed at 2,601.45, up 12.30 points (0.47%).",
    "원/달러 환율 1,372.50원 마감",
    "[사진] 시민들이 버스에 오르고 있다.",
    "[포토] 벚꽃 만개한 여의도",
    "[사진] 이 정류장은 2010년 문을 열었다.",
    "화면: 파도가 높았다고 주민들은 말했다.",
    "[앵커] 태풍이 북상하고 있습니다.",
    "[인터뷰] 장비업체 대표 \"국산화율 40% 넘겼다\"",
    "[기자수첩] 요금 인상, 서비스가 먼저다",
    "이것이 제 입장입니다.",
    "AI 시대입니다.",
    "가짜뉴스 전성시대입니다.",
    "MBS 뉴스는 27일 이같이 보도했다.",
    "그는 KBS 뉴스 기자입니다.",
    "영상 편집자 최다은 씨는 상을 받았다.",
    "영상취재 기자들이 현장을 지켰다.",
    "동영상 재생 수가 1억 회를 넘었다.",
    "넷플릭스, 자막 화질 개선",
    "관련 영상이 온라인에 퍼졌다.",
    "관련 영상 공개…경찰 수사 착수",
    "로그인 후 댓글을 작성할 수 있도록 시스템을 바꿨다.",
    "독자의견을 듣겠다고 밝혔다.",
    "한밭신문은 뉴스레터 구독 서비스를 시작했다.",
    "뉴스레터 구독자 10만 명 돌파",
    "뉴스레터 구독하기 버튼을 누르면 된다고 회사는 설명했다.",
    "광고 시장이 커지고 있다.",
    "[광고] 공정위, 허위 광고 업체 제재했다.",
    "[세미나] 차세대 메모리 기술의 미래",
    "[포럼] 반도체 인재 양성 해법은",
    "[안내] 추석 연휴 쓰레기 배출 일정",
    "태풍 정보는 앱에서 받을 수 있다.",
    "발행인·편집인·등록번호 공개 의무화",
    "그는 \"모두 안전하세요\"라고 말했다.",
    "AI 번역 베타 서비스 출시",
    "김민수 기자 2025년 올해의 기자상 수상",
    "MBS 뉴스 시청률 1위",
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
        # r13a: any site's name in the brackets, the month written out
        ("SEOUL, March 20 (Hanbit News) -- A pension bill passed.", "SEOUL, March 20 (Hanbit News) -- "),
        ("SEOUL, Nov. 23 (Yonhap) -- Exports rose.", "SEOUL, Nov. 23 (Yonhap) -- "),
        ("GANGNEUNG, July 3 (Yonhap) -- The drought worsened.", "GANGNEUNG, July 3 (Yonhap) -- "),
        ("SEOUL, June 3 (Joongang Times) -- Police arrested 54.", "SEOUL, June 3 (Joongang Times) -- "),
        ("(Donghae Ilbo reporter Choi Min-jun) The drought is severe.", "(Donghae Ilbo reporter Choi Min-jun) "),
        ("Seoul, March 20 (local time) the talks ended.", ""),
        ("In Seoul, March 20 (Friday) -- a day of protests -- ended quietly.", ""),
        ("대전시가 (주)에코프로비엠과 협약했다.", ""),
        ("[단독] 대전시가 협약했다.", ""),
        ("[이데일리 정수연 기자] HD현대중공업이 실적을 냈다.", "[이데일리 정수연 기자] "),
        ("대전=김태영 기자 = 대전시가 예산을 늘렸다.", "대전=김태영 기자 = "),
        ("[뉴스1] 이도현 기자 = 서울 아파트값이 올랐다.", "[뉴스1] 이도현 기자 = "),
        ("대전=김태영 기자가 현장을 취재했다.", ""),
        ("(서울=연합뉴스) 김민수 이지원 기자 = 코스피가 올랐다.", "(서울=연합뉴스) 김민수 이지원 기자 = "),
        # the byline's machine translation goes with the dateline, as the Korean does
        ("(Seoul=Yonhap) Reporter Han Ji-su = The Korea Meteorological Administration said so.", "(Seoul=Yonhap) Reporter Han Ji-su = "),
        ("(Washington=Yonhap) Correspondent Kim Dong-hyun = The U.S. said so.", "(Washington=Yonhap) Correspondent Kim Dong-hyun = "),
        ("(Seoul=Yonhap) Reporters Kim Min-su and Lee Ji-won = The KOSPI rose.", "(Seoul=Yonhap) Reporters Kim Min-su and Lee Ji-won = "),
        ("(Seoul=Yonhap) Reporters Kim Min-su, Lee Ji-won = The KOSPI rose.", "(Seoul=Yonhap) Reporters Kim Min-su, Lee Ji-won = "),
        ("(Seoul = Yonhap News) Han Ji-su reporter = The KMA said so.", "(Seoul = Yonhap News) Han Ji-su reporter = "),
        ("[Seoul=Newsis] Reporter Yoo Hee-seok = The talks went on.", "[Seoul=Newsis] Reporter Yoo Hee-seok = "),
        ("Reporter Han Ji-su = The KMA said so.", "Reporter Han Ji-su = "),
        ("(Seoul=Yonhap) The KMA said Reporter Kim = wrong.", "(Seoul=Yonhap) "),
        ("Reporter Kim Min-su said the = sign was wrong.", ""),
        ("Reporter Kim Min-su won the award.", ""),
    ],
)
def test_dateline_prefix(text, prefix):
    assert text[: dateline_length(text)] == prefix


def test_masthead():
    from mtaudit.io.furniture import masthead

    assert all(masthead(t) for t in ("대전일보", "충북브레이크뉴스", "경남신문", "코리아타임스", "KoreaTimes"))
    # r13a: the site's edition after its name, a trade paper named by its field
    assert all(masthead(t) for t in ("중앙타임즈 모바일", "대전일보 mobile", "바이오헬스경제", "에너지경제"))
    assert not any(masthead(t) for t in ("중앙타임즈 모바일 개편", "경제", "Sometimes mobile"))
    assert not any(masthead(t) for t in ("가짜 뉴스", "정부, 예산 늘린다", "대전일보는 23일 보도했다.", "Daily", "Sometimes"))
    # the name in two scripts, or with a tagline (r12a's kpop and nuri pages); a headline beside it is not a tagline
    assert all(masthead(t) for t in ("뉴스온 NEWSON", "NEWSON 뉴스온", "한국매일 | 오늘의 주요뉴스", "경제투데이 - 대한민국 경제의 창",
                                     "연합뉴스 | 대한민국 대표 통신사"))
    assert not any(masthead(t) for t in ("삼성전자 HBM", "대전일보 | 대전시, 예산 1조 늘린다", "한국매일 | \"예산 늘린다\"",
                                         "한국매일은 27일 보도했다."))
    # r15a: a trade paper's 신보 with its English name, the English name alone in capitals; its tagline under it
    assert all(masthead(t) for t in ("반도체신보 THE SEMICON TIMES", "HANBAT DAILY NEWS", "THE SEMICON TIMES"))
    assert not any(masthead(t) for t in ("Hanbat Daily News", "NEWS", "SAMSUNG POSTS RECORD PROFIT"))
    from mtaudit.io.furniture import tagline

    assert all(tagline(t) for t in ("반도체·디스플레이·배터리 산업 전문지", "충청권 대표 종합일간지", "대한민국 경제 전문 미디어"))
    assert not any(tagline(t) for t in ("위기의 지역 언론", "시내버스 요금 인상", "지역 신문 지원 확대"))


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


def _read_page(path):
    from mtaudit import io

    units, _ = io.discover([str(path)])
    doc = io.read(units[0])
    assert io.coverage(doc) == []  # every character is Korean, English or dropped with its reason
    return doc


def test_a_saved_yonhap_page_reads_as_its_article_only():
    """A Yonhap page saved as text with Google's translation below it (tests/fixtures/io/yonhap_cold_wave_page.txt):
    the masthead, section menu, reaction buttons, related news and the translated byline are furniture."""
    from pathlib import Path

    doc = _read_page(Path(__file__).resolve().parent / "fixtures" / "io" / "yonhap_cold_wave_page.txt")
    assert [(s.text, s.kind) for s in doc.ko[:2]] == [
        ("내일 아침 서울 영하 7도 '뚝'…중부 내륙 올가을 첫 한파특보", "headline"),
        ("기상청은 24일 오후 9시를 기해 경기 북부와 강원 내륙·산지에 한파주의보를 발령한다고 밝혔다.", "body"),
    ]
    assert len(doc.ko) == 13 and doc.ko[-1].text == "한편 행정안전부는 이날 오후 6시부로 한파 대비 비상대응 체제에 들어갔다."
    assert [s.kind for s in doc.en[:2]] == ["headline", "body"]
    assert doc.en[1].text.startswith("The Korea Meteorological Administration (KMA) said it will issue")
    assert len(doc.en) == 12
    reasons = {d.text: d.reason for d in doc.dropped}
    assert reasons["연합뉴스"] == "site name"
    assert reasons["정치 북한 경제 산업 사회 전국 세계 문화 연예 스포츠 오피니언"] == "site menu"
    assert reasons["좋아요 8 | 슬퍼요 1 | 화나요 0 | 후속요청 0"] == "page counters"
    assert reasons["관련 뉴스"] == "related link"
    assert reasons["[날씨] 출근길 영하권 추위…서해안 곳곳 눈"] == "related link (an item of the list)"
    assert reasons["겨울철 수도관 동파 예방 요령은?"] == "related link (an item of the list)"
    assert reasons["1 전세사기 일당 23명 기소…피해액 312억 원"] == "most-read list (an item of the list)"
    assert reasons["(서울=연합뉴스) 한지수 기자 ="] == "dateline"
    assert reasons["(Seoul=Yonhap) Reporter Han Ji-su ="] == "dateline"


def test_a_regional_page_with_the_same_furniture(tmp_path):
    """Another site's page: a one-word masthead on top, its own menu, reactions, a related list right above the
    English headline (which stays: an item of a Korean list is Korean), two reporters in the translated byline."""
    page = (
        "대전일보\n정치 경제 사회 지역 국제 문화 스포츠 오피니언 포토\n\n"
        "대전시, 이차전지 특화단지 조성에 1천억 투입\n\n"
        "(대전=대전일보) 김민수 이지원 기자 = 대전시가 이차전지 특화단지 조성에 1천억 원을 투입한다.\n\n"
        "시는 2028년까지 기업 30곳을 유치할 계획이다.\n\n"
        "추천해요 4 · 감동이에요 0 · 놀랐어요 1\n\n"
        "함께 볼만한 뉴스\n대전시, 반도체 인력 1천 명 양성\n세종시 인구 40만 돌파\n"
        "Daejeon to invest 100 billion won in battery cluster\n\n"
        "(Daejeon=Daejeon Ilbo) Reporters Kim Min-su and Lee Ji-won = Daejeon City will invest 100 billion won in a "
        "secondary battery cluster.\n\nThe city plans to attract 30 companies by 2028.\n"
    )
    path = tmp_path / "daejeon.txt"
    path.write_text(page, encoding="utf-8")
    doc = _read_page(path)
    assert [(s.text, s.kind) for s in doc.ko] == [
        ("대전시, 이차전지 특화단지 조성에 1천억 투입", "headline"),
        ("대전시가 이차전지 특화단지 조성에 1천억 원을 투입한다.", "body"),
        ("시는 2028년까지 기업 30곳을 유치할 계획이다.", "body"),
    ]
    assert [(s.text, s.kind) for s in doc.en] == [
        ("Daejeon to invest 100 billion won in battery cluster", "headline"),
        ("Daejeon City will invest 100 billion won in a secondary battery cluster.", "body"),
        ("The city plans to attract 30 companies by 2028.", "body"),
    ]
    reasons = {d.text: d.reason for d in doc.dropped}
    assert reasons["대전일보"] == "site name"
    assert reasons["정치 경제 사회 지역 국제 문화 스포츠 오피니언 포토"] == "site menu"
    assert reasons["추천해요 4 · 감동이에요 0 · 놀랐어요 1"] == "page counters"
    assert reasons["세종시 인구 40만 돌파"] == "related link (an item of the list)"
    assert reasons["(Daejeon=Daejeon Ilbo) Reporters Kim Min-su and Lee Ji-won ="] == "dateline"


def test_a_one_word_name_below_the_article_text_is_kept(tmp_path):
    """Only the top of a page holds a masthead: the same word after article text is read as text."""
    path = tmp_path / "fake.txt"
    path.write_text("정부, 허위정보 대응 강화\n\n정부가 대응을 강화한다.\n\n가짜뉴스\n\nThe government will act.\n", encoding="utf-8")
    doc = _read_page(path)
    assert "가짜뉴스" in [s.text for s in doc.ko]


def test_a_saved_kpop_page_with_its_widgets_reads_as_its_article_only():
    """A made-up entertainment site's page (tests/fixtures/io/newson_kpop_page.txt, blind round r12a): the name in two
    scripts, a breadcrumb without 홈, a reaction prompt, the comment box, two lists and the machine translation's label
    and disclaimer are furniture; the English headline is the headline."""
    from pathlib import Path

    doc = _read_page(Path(__file__).resolve().parent / "fixtures" / "io" / "newson_kpop_page.txt")
    assert [(s.text, s.kind) for s in doc.ko[:2]] == [
        ('그룹 루미너스, 1년 8개월 만에 컴백…"팬들에게 보답하는 앨범"', "headline"),
        ("그룹 루미너스(LUMINOUS)가 1년 8개월 만에 새 앨범을 들고 돌아온다.", "body"),
    ]
    assert len(doc.ko) == 14 and doc.ko[-1].text == "가요계에서는 이번 앨범이 연말 음원 차트 경쟁의 판도를 바꿀 수 있을지 주목하고 있다."
    assert [(s.text, s.kind) for s in doc.en[:1]] == [
        ('LUMINOUS returns after 1 year and 8 months: "An album to repay our fans"', "headline")
    ]
    assert len(doc.en) == 15 and doc.en[-1].text.startswith("The music industry is watching")
    reasons = {d.text: d.reason for d in doc.dropped}
    assert reasons["뉴스온 NEWSON"] == "site name"
    assert reasons["연예 > 가요"] == "site menu"
    assert reasons["이 기사에 공감하셨나요?"] == "page counters"
    assert reasons["AI 번역 | English"] == "language label"
    assert reasons["Translated by AI. The translation may differ from the original Korean article."] == "translator's note"
    assert reasons["댓글 128개"] == "page counters"
    assert reasons["댓글 정렬: 최신순 | 공감순"] == "comment box"
    assert reasons["로그인 후 댓글을 작성할 수 있습니다."] == "comment box"
    assert reasons["연예 많이 본 기사"] == "most-read list"
    assert reasons["4. 인기 예능 '한끼 여행' 시즌3 확정"] == "most-read list (an item of the list)"
    assert reasons["이 시각 추천 뉴스"] == "most-read list"
    assert reasons["· 아이돌 월드투어 티켓값 논란"] == "most-read list (an item of the list)"
    assert not doc.notes


def test_a_saved_recall_page_drops_its_hashtags_footer_and_translation_label():
    """tests/fixtures/io/econtoday_recall_page.txt (blind round r12a): "English 번역 (AI)" was the English headline
    (its 번역 reported as Korean left untranslated); the hashtag line and the publisher's footer were Korean sentences."""
    from pathlib import Path

    doc = _read_page(Path(__file__).resolve().parent / "fixtures" / "io" / "econtoday_recall_page.txt")
    assert (doc.ko[0].text, doc.ko[0].kind) == ('현대차·기아 등 5개사 23만여 대 리콜…"연료펌프 결함"', "headline")
    assert doc.ko[-1].text == "자세한 리콜 대상 여부는 자동차리콜센터 누리집(www.car.go.kr)에서 차량번호를 입력하면 확인할 수 있다."
    assert len(doc.ko) == 13
    assert (doc.en[0].text, doc.en[0].kind) == (
        "Hyundai, Kia and three others recall over 230,000 vehicles over fuel pump defects", "headline")
    assert len(doc.en) == 13 and not any("번역" in s.text for s in doc.en)
    reasons = {d.text: d.reason for d in doc.dropped}
    assert reasons["산업 > 자동차"] == "site menu"
    assert reasons["#리콜 #현대차 #기아 #국토교통부"] == "hashtags"
    assert reasons["English 번역 (AI)"] == "language label"
    assert reasons["이 번역문은 기계번역으로 생성되었습니다."] == "translator's note"
    assert reasons["경제투데이 | 서울특별시 영등포구 여의대로 000 | 발행인·편집인 홍길동"] == "publisher footer"


def test_article_sentences_with_the_words_of_page_widgets_are_kept(tmp_path):
    """A page whose article talks about comments, logins, AI translation, hashtags and an address keeps every sentence."""
    page = (
        "네이버, 뉴스 댓글에 AI 번역 도입\n\n"
        "네이버는 로그인 후 댓글을 작성할 수 있도록 하고 댓글 정렬 방식을 최신순에서 공감순으로 바꿨다.\n\n"
        "파파고 번역은 오류가 있을 수 있다고 회사는 밝혔다.\n\n"
        '한 이용자는 "오늘도 댓글 정주행 #네이버 #댓글"이라고 적었다.\n\n'
        "회사는 경기도 성남시 분당구 정자일로 95 본사에서 발표회를 열었다.\n\n"
        "Naver brings AI translation to news comments\n\n"
        "Naver will let users comment after logging in and sort comments by likes instead of by time.\n\n"
        "Papago's translations may contain errors, the company said.\n\n"
        'One user wrote, "Binge-reading comments again #Naver #comments."\n\n'
        "The company held the event at its headquarters at 95 Jeongja-ilro, Bundang-gu, Seongnam.\n"
    )
    path = tmp_path / "naver.txt"
    path.write_text(page, encoding="utf-8")
    doc = _read_page(path)
    assert len(doc.ko) == 5 and len(doc.en) == 5 and not doc.dropped
    assert doc.ko[0].kind == "headline" and doc.en[0].kind == "headline"


def test_a_saved_page_with_an_ai_summary_and_reader_comments_reads_as_its_article_only():
    """tests/fixtures/io/investment_fraud_ring_page.txt (blind round r13a): the site's name with its edition, the AI
    summary box with its bullets, the tool bar, the English section's button and its Yonhap-style dateline, and the
    reader comments (masked IDs, their texts and rows) read as article text before."""
    from pathlib import Path

    doc = _read_page(Path(__file__).resolve().parent / "fixtures" / "io" / "investment_fraud_ring_page.txt")
    assert (doc.ko[0].text, doc.ko[0].kind) == ("캄보디아 거점 '투자 리딩방' 사기 조직 검거…피해액 320억 원", "headline")
    assert doc.ko[1].text.startswith("캄보디아에 거점을 두고") and doc.ko[1].kind == "body"
    assert doc.ko[-1].text.startswith("금융감독원은 올해 들어") and len(doc.ko) == 13
    assert (doc.en[0].text, doc.en[0].kind) == (
        "Cambodia-based 'stock-tip chat room' fraud ring busted... losses total 32 billion won", "headline")
    assert doc.en[1].text.startswith("Police have arrested members")  # the dateline dropped, not the sentence
    assert doc.en[-1].text.startswith("The Financial Supervisory Service") and len(doc.en) == 13
    reasons = {" ".join(d.text.split()): d.reason for d in doc.dropped}
    assert reasons["중앙타임즈 모바일"] == "site name"
    assert reasons["AI 요약"] == "AI summary"
    assert reasons["· 범죄수익 58억 원 추징보전"] == "AI summary (an item of the list)"
    assert reasons["Read in English (Machine translation)"] == "language label"
    assert reasons["SEOUL, June 3 (Joongang Times) --"] == "dateline"
    assert reasons["kim****"] == "reader comment"
    assert reasons["300% 수익 보장에 넘어가는 사람이 아직도 있다니"] == "reader comment"
    assert reasons["끝까지 추적해서 피해금 돌려주길"] == "reader comment"
    assert not doc.notes


def test_a_short_paragraph_is_a_comment_only_beside_a_comments_row(tmp_path):
    """A comment's text is dropped between its rows; short article paragraphs after a "댓글 3" counter at the top stay."""
    page = (
        "정부, 연금 개혁안 발표\n\n댓글 3\n\n정부가 개혁안을 냈다.\n\n보험료율은 13%다.\n\n"
        "Government unveils pension reform\n\nThe government unveiled a plan.\n\nThe rate is 13%.\n\n"
        "댓글 3\n\n좋은 소식이네요\n\n연금러버 2025.03.20 18:11 공감 4 비공감 1 답글 0\n"
    )
    path = tmp_path / "p.txt"
    path.write_text(page, encoding="utf-8")
    doc = _read_page(path)
    assert [s.text for s in doc.ko] == ["정부, 연금 개혁안 발표", "정부가 개혁안을 냈다.", "보험료율은 13%다."]
    assert {d.text.strip(): d.reason for d in doc.dropped}["좋은 소식이네요"] == "reader comment"


def test_a_saved_page_with_a_bracketed_login_menu_and_an_english_section_label_reads_as_its_article_only():
    """tests/fixtures/io/gbculture_hwangnyongsa_page.txt (blind round r14a): "[로그인] [회원가입] [모바일웹]" was the Korean
    headline, "[영문 기사 / English Version - Machine Translated]" the English one (its 영문 기사 then untranslated Korean),
    the caption with its credit ("...금동불상 3점. 국가유산청 제공") and a one-line reader comment were article text."""
    from pathlib import Path

    doc = _read_page(Path(__file__).resolve().parent / "fixtures" / "io" / "gbculture_hwangnyongsa_page.txt")
    assert (doc.ko[0].text, doc.ko[0].kind) == ('경주 황룡사 터서 통일신라 금동불 3점 출토…"보존 상태 양호"', "headline")
    assert doc.ko[1].text.startswith("경주 황룡사 터에서 통일신라시대에") and doc.ko[1].kind == "body"
    assert doc.ko[-1].text.startswith("출토 유물은 보존 처리를") and len(doc.ko) == 12
    assert doc.en[0].text.startswith("Three Unified Silla-era") and doc.en[0].kind == "headline"
    assert doc.en[-1].text.startswith("The artifacts will be shown") and len(doc.en) == 12
    reasons = {" ".join(d.text.split()): d.reason for d in doc.dropped}
    assert reasons["[로그인] [회원가입] [모바일웹]"] == "site menu"
    assert reasons["[영문 기사 / English Version - Machine Translated]"] == "language label"
    assert reasons["경주 황룡사 터 동쪽 회랑 일대에서 출토된 금동불상 3점. 국가유산청 제공"] == "photo caption"
    assert reasons["신라인 2025-09-24 13:05 꼭 설명회 가보고 싶네요 삭제 신고 0 0"] == "reader comment"
    assert not doc.notes


def test_a_caption_above_its_credit_line_is_dropped_and_a_sentence_above_one_is_kept(tmp_path):
    """A caption and its credit on two lines (r14a's class): the caption goes when a mark starts it or it is a noun phrase
    with a full stop; a headline (no full stop) or an article sentence (다.) above a credit stays."""
    page = (
        "시립도서관 밤 11시까지 연장\n\n▲ 시민들이 책을 읽고 있다.\n[사진=서울시]\n\n열람실 모습.\n/서울데일리뉴스DB\n\n"
        "서울시가 도서관 운영 시간을 늘린다.\n국가유산청 제공\n\n시는 7일 이같이 밝혔다.\n\n"
        "Seoul extends library hours to 11 p.m.\n\nSeoul will extend library hours.\n\nThe city said so on the 7th.\n"
    )
    path = tmp_path / "p.txt"
    path.write_text(page, encoding="utf-8")
    doc = _read_page(path)
    assert [s.text for s in doc.ko] == ["시립도서관 밤 11시까지 연장", "서울시가 도서관 운영 시간을 늘린다.", "시는 7일 이같이 밝혔다."]
    reasons = {d.text.strip(): d.reason for d in doc.dropped}
    for caption in ("▲ 시민들이 책을 읽고 있다.", "[사진=서울시]", "열람실 모습.", "/서울데일리뉴스DB", "국가유산청 제공"):
        assert reasons[caption] == "photo caption", caption


UNSEEN = Path(__file__).resolve().parent / "fixtures" / "unseen"


def _assert_reads_as_article(doc, ko_head, n_ko, en_head, n_en, n_sub, reasons):
    """A saved page read as its article: the headlines in the headline slot, `n_sub` subtitles, `n_ko` and `n_en`
    sentences, every body sentence a whole one, and each furniture line (`reasons`: line -> class) dropped as such."""
    assert (doc.ko[0].text, doc.ko[0].kind) == (ko_head, "headline")
    assert doc.en[0].text.startswith(en_head) and doc.en[0].kind == "headline"
    assert [s.kind for s in doc.ko[1:]] == ["subtitle"] * n_sub + ["body"] * (n_ko - 1 - n_sub)
    assert [s.kind for s in doc.en[1:]] == ["subtitle"] * n_sub + ["body"] * (n_en - 1 - n_sub)
    assert (len(doc.ko), len(doc.en)) == (n_ko, n_en)
    assert all(s.text.endswith(("다.", ".", '"', "요.")) for s in doc.ko[1 + n_sub :] + doc.en[1 + n_sub :])
    got = _reasons(doc)
    for line, reason in reasons.items():
        assert got[line] == reason, line


def _reasons(doc):
    return {" ".join(d.text.split()): d.reason for d in doc.dropped}


def test_a_regional_dailys_page_of_blind_round_r15a_reads_as_its_article_only():
    """tests/fixtures/unseen/k_page_busfare.txt: the date and weather bar was the Korean headline, the English name of the
    site ("HANBAT DAILY NEWS") the English one; a caption with its credit, a commenter's Latin handle, the comment box,
    the newsletter box and the registration footer were article text; the ad was dropped as an item of a list."""
    doc = _read_page(UNSEEN / "k_page_busfare.txt")
    assert (doc.ko[0].text, doc.ko[0].kind) == ("대전 시내버스 요금 8년 만에 인상…다음 달 1일부터 1,550원", "headline")
    assert doc.ko[1].kind == "subtitle" and doc.ko[2].text.startswith("대전시는 다음 달 1일부터") and doc.ko[2].kind == "body"
    assert doc.ko[-1].text == "시는 저소득층을 위해 월 최대 2만 원의 교통비를 지원하는 방안도 검토하고 있다." and len(doc.ko) == 13
    assert doc.en[0].text.startswith("Daejeon city bus fares rise") and doc.en[0].kind == "headline"
    assert doc.en[-1].text.startswith("The city is also considering") and len(doc.en) == 13
    reasons = _reasons(doc)
    assert reasons["HANBAT DAILY NEWS"] == "site name"
    assert reasons["2025년 06월 14일 (토) 대전 24℃ 맑음"] == "date and weather bar"
    assert reasons["[사진] 14일 오전 대전 서구 둔산동의 한 정류장에서 시민들이 시내버스에 오르고 있다. ⓒ한밭신문 DB"] == "photo caption"
    assert reasons["tram_lover 2025-06-14 16:40"] == "reader comment"
    assert reasons["로그인 후 댓글을 작성할 수 있습니다. 0 / 400"] == "comment box"
    assert reasons["더보기 (10)"] == "comment box"
    assert reasons["한밭신문 뉴스레터 구독하기 이메일 주소 입력 [구독]"] == "newsletter box"
    assert reasons["등록번호 대전 아 00123 등록일 2010.03.02 발행인·편집인 정민호 청소년보호책임자 이가은"] == "publisher footer"
    assert reasons["[광고] 여름 특가! 대전 롯데시티호텔 1박 89,000원부터 ▶ 예약하기"] == "advertisement"
    assert not doc.notes


def test_a_trade_papers_page_of_blind_round_r15a_reads_as_its_article_and_table_only():
    """tests/fixtures/unseen/k_page_chip.txt: the site's name with its English name was the Korean headline (the real one
    read as body), its tagline, edition links and the market ticker article text, "▶ AI 번역 | English (machine
    translation, beta)" the English headline; the tags, two lists under new headings, a seminar box, the newsletter box,
    an ad and the comment count were article text. The data table stays: it is the article's content."""
    doc = _read_page(UNSEEN / "k_page_chip.txt")
    assert (doc.ko[0].text, doc.ko[0].kind) == ("[실적] 한빛반도체, 3분기 영업이익 1조2천억 원…전년 대비 47% 증가", "headline")
    assert doc.ko[-1].text.startswith("실적 발표 후 한빛반도체 주가는") and len(doc.ko) == 17
    table = ["[표] 한빛반도체 분기별 실적 추이 (단위: 억 원)", "구분 | 2024년 3Q | 2025년 2Q | 2025년 3Q", "매출 | 47,800 | 53,100 | 58,000",
             "영업이익 | 8,150 | 9,620 | 12,000", "자료: 한빛반도체 공시"]
    assert [s.text for s in doc.ko[7:12]] == table
    assert doc.en[0].text.startswith("[Earnings] Hanbit Semiconductor") and doc.en[0].kind == "headline"
    assert doc.en[-1].text.startswith("After the earnings announcement") and len(doc.en) == 12
    reasons = _reasons(doc)
    assert reasons["반도체신보 THE SEMICON TIMES"] == "site name"
    assert reasons["반도체·디스플레이·배터리 산업 전문지"] == "site name"
    assert reasons["[구독하기] [로그인] [English Edition] [PDF 지면]"] == "site menu"
    assert reasons["KOSPI 2,601.45 ▲12.30 (+0.47%) KOSDAQ 742.18 ▼3.05 (-0.41%) 원/달러 1,372.50 필라델피아반도체지수 4,912.33 ▲1.8%"] == (
        "market ticker")
    assert reasons["▶ AI 번역 | English (machine translation, beta)"] == "language label"
    assert reasons["태그 #한빛반도체 #HBM #3분기실적 #D램 #낸드플래시 #시설투자"] == "hashtags"
    assert reasons["이 기사와 함께 많이 본 기사"] == "related link"
    assert reasons['- [분석] 범용 D램 가격 두 달째 하락…"바닥 아직"'] == "related link (an item of the list)"
    assert reasons["[세미나 안내] 2025 차세대 메모리 기술 세미나 | 11월 13일(목) 오후 2시 | 코엑스 컨퍼런스룸 401 | 사전등록 ▶"] == "promotion"
    assert reasons["많이 본 뉴스 TOP 5"] == "most-read list"
    assert reasons['5. [인터뷰] 장비업체 대표 "국산화율 40% 넘겼다"'] == "most-read list (an item of the list)"
    assert reasons["반도체신보 뉴스레터 | 매일 아침 7시, 반도체 업계 핵심 뉴스를 메일로 받아보세요. [무료 구독 신청]"] == "newsletter box"
    assert reasons["광고 | 반도체 클린룸 장비 전문기업 (주)에이치클린 – 24시간 기술지원 ☎ 031-555-0101"] == "advertisement"
    assert reasons["독자의견 (3)"] == "comment box"


def test_a_broadcasters_page_of_blind_round_r15a_reads_as_its_script_only():
    """tests/fixtures/unseen/k_page_typhoon.txt: the broadcaster's name was the Korean headline; the byline with its
    programme, the video player, the script's labels, a screen caption, the sign-off with its production credits, an
    app's promotion and a related-video list were article text; the reader comments were items of a list."""
    doc = _read_page(UNSEEN / "k_page_typhoon.txt")
    assert (doc.ko[0].text, doc.ko[0].kind) == ("태풍 '하룽' 북상…제주 내일 새벽 최대 고비", "headline")
    assert doc.ko[1].text.startswith("제11호 태풍 '하룽'이 북상하면서") and doc.ko[1].kind == "body"
    assert doc.ko[-1].text == "태풍은 모레 오전 동해상으로 빠져나갈 것으로 보입니다." and len(doc.ko) == 13
    assert doc.en[0].kind == "headline" and len(doc.en) == 13
    reasons = _reasons(doc)
    assert reasons["MBS 뉴스"] == "site name"
    assert reasons["[뉴스데스크] 김민수 기자 2025-08-27 20:14 최종수정 2025-08-27 21:02"] == "byline"
    assert reasons["▶ 동영상 재생 (02:14) 자막 ON/OFF 화질 선택 720p"] == "video player"
    assert reasons["[앵커]"] == reasons["[리포트]"] == "broadcast script"
    assert reasons["(화면: 27일 오후 제주시 탑동 해안도로에 높은 파도가 밀려드는 모습 / 시청자 제공)"] == "photo caption"
    assert reasons["MBS 뉴스 김민수입니다."] == "broadcast script"
    assert reasons["영상취재: 이준호 / 영상편집: 최다은 / 그래픽: 한소라"] == "broadcast script"
    assert reasons["MBS 날씨 앱 설치하고 실시간 태풍 정보 받기 ▶"] == "promotion"
    assert reasons["관련 영상"] == "related link"
    assert reasons["[재난방송] 태풍 대비 행동요령 (00:59)"] == "related link (an item of the list)"
    assert reasons["바다사랑: 방파제 가는 사람들 제발 가지 마세요. ♡ 63"] == "reader comment"


def test_a_broadcast_script_keeps_its_sentences_beside_labels_and_credits(tmp_path):
    """The new classes beside article text: a sentence in 입니다 after a label, a caption mark on a sentence without a
    credit, a list heading's words in a sentence, a sentence about a newsletter stay."""
    page = (
        "MBS 뉴스\n\n서울 낮 35℃ 폭염\n\n[앵커]\n오늘 서울 낮 기온이 35도까지 올랐습니다.\n\n"
        "[사진] 이 정류장은 2010년 문을 열었다.\n\n관련 영상이 온라인에 퍼졌다.\n\n"
        "한밭신문은 뉴스레터 구독 서비스를 시작했다.\n\nMBS 뉴스 김민수입니다.\n\n"
        "Seoul hits 35C\n\nThe daytime temperature in Seoul rose to 35 degrees today.\n"
    )
    path = tmp_path / "p.txt"
    path.write_text(page, encoding="utf-8")
    doc = _read_page(path)
    assert [(s.text, s.kind) for s in doc.ko] == [
        ("서울 낮 35℃ 폭염", "headline"),
        ("오늘 서울 낮 기온이 35도까지 올랐습니다.", "body"),
        ("[사진] 이 정류장은 2010년 문을 열었다.", "body"),
        ("관련 영상이 온라인에 퍼졌다.", "body"),
        ("한밭신문은 뉴스레터 구독 서비스를 시작했다.", "body"),
    ]
    assert len(doc.en) == 2


# r16a: the classes of five pages of sites nobody had seen (a national daily, a news agency, a business daily, a local
# internet paper and a portal's news section)
DROP.update({
    "search box": ["검색어를 입력하세요 [검색]", "검색어 입력", "통합검색", "검색어를 입력해 주세요", "Search...", "Enter a keyword [Go]"],
    "stock box": ["종목정보", "관련 종목", "[종목 시세]", "한성모터스 212,500 ▼1,500 (-0.70%) | 11.27 14:00 기준 | 시가총액 45조 3,210억",
                  "대한전선 18,450원 ▲350 (+1.93%) 거래량 1,203,114", "[관심종목 추가]", "종목토론실 바로가기"],
    "donation box": [
        "후원하기 | 지역 언론의 힘은 독자의 후원입니다. 월 5,000원부터 함께해 주세요. 농협 351-0000-0000-00 (예금주: 동해안인터넷뉴스)",
        "독립 언론을 지켜주세요. 후원 계좌 국민 000-00-0000-000",
        "좋은 기사 후원하기 월 1,000원부터",
    ],
    "portal notice": ["이 기사는 언론사에서 경제 섹션으로 분류했습니다.", "기사 섹션 분류 안내",
                      "누리 뉴스는 각 언론사가 제공하는 기사를 편집 없이 서비스합니다. 기사의 책임은 해당 언론사에 있습니다.",
                      "기사의 모든 책임은 언론사에 있습니다."],
})
R16_DROP = {
    "font-size buttons": ["가 가 가 가 가", "가 가 가", "가- 가 가+"],
    "listen button": ["AI 요약 듣기 ▷ 00:48", "기사 듣기 ▶", "요약 듣기", "본문 듣기 (01:12)"],
    "photo caption": [
        # a photo's scene opened by its day, closed by the photographer or agency
        "14일 서울 중구 하나은행 본점 딜링룸 전광판에 원·달러 환율 종가가 표시돼 있다. 김지훈 기자",
        "지난 3일 부산 해운대해수욕장에서 피서객들이 물놀이를 즐기고 있다. 연합뉴스",
        "20일 오후 서울 광화문광장에 시민들이 모여 있다. 이하늘 기자 sky@example.com",
        # a graphic closed by its source or unit; a noun phrase closed by 사진=
        "[그래픽] 최근 3개월 원·달러 환율 추이 (단위: 원) 자료: 서울외국환중개",
        "[그래픽] 연도별 출생아 수 출처: 통계청",
        "[그래픽] 지역별 미분양 주택 (단위: 가구)",
        "한성모터스 중형 SUV '테라온'. 사진=한성모터스",
        "신형 전기버스 외관. 사진 제공=현대차",
    ],
    "article buttons": ["이 기사를 추천합니다 추천 128 | 스크랩 | 오류 제보", "기자 페이지 구독", "기자 홈 구독하기"],
    "tool bar": ["공유 댓글 글자크기조정 인쇄"],
    "related link": ["정수아 기자의 다른 기사", "김민수기자의 다른 뉴스"],
    "advertisement": ["AD 법인 차량 리스, 월 39만원부터! 무료 견적 받기", "AD 주식 초보도 쉽게 - 산경 증권아카데미 수강생 모집",
                      "[분양] 서울 도심 역세권 오피스텔 선착순 계약 중 ☎ 1588-0000", "치과 임플란트 상담 Tel. 02-555-0000"],
    "newsletter box": ["매일 오전 7시, 꼭 알아야 할 경제 뉴스 5개를 메일로 받아보세요. [이메일 주소 입력] [구독]",
                       "주간 브리핑을 받아보세요 [이메일 입력] [무료 구독]"],
    "language label": ["■ English Version (AI 번역)", "번역 beta Translated by Nuri Translate", "AI 번역 · English"],
    "translator's note": [
        "※ 이 번역문은 인공지능(AI) 기반 자동번역으로 제공되며, 원문과 차이가 있을 수 있습니다. 정확한 내용은 한국어 원문을 확인해 주세요.",
        "[English · 자동번역] Google 번역으로 제공되는 영문 기사입니다. Powered by Google Translate",
        "Powered by Papago", "Translated by Google Translate.",
        "This article was translated by AI and may contain errors. Please refer to the original Korean article.",
    ],
    "site menu": ["증권 금융 부동산 산업 IT·과학 유통 정책 국제 오피니언 마켓데이터 산경TV",
                  "뉴스 홈 정치 경제 사회 생활/문화 IT/과학 세계 랭킹 신문보기 오피니언 TV 팩트체크"],
    "subscribe link": ["구독 + 구독자 12,304", "+ 구독 구독자 3.2만명", "한국관광경제 구독하고 메인에서 바로 보세요!"],
    "comment box": ["AI 학습 및 활용 금지 조치에 따라 댓글은 로그인한 회원만 작성할 수 있습니다.", "댓글 쓰기 (0/400) [등록]",
                    "댓글 운영규정", "댓글 58 내 댓글", "댓글 2 내 댓글 모음", "댓글 정렬 옵션 선택 순공감순 최신순 공감비율순",
                    "클린봇이 악성댓글을 감지합니다. 설정"],
    "reader comment": ["추천 12 반대 0 답글쓰기", "공감 3 비공감 0 답글달기"],
    "most-read list": ["랭킹뉴스 오후 2시~3시까지 집계한 결과입니다.", "한국관광경제 랭킹", "한국관광경제 주요뉴스 해당 언론사로 이동합니다.",
                       "언론사 랭킹"],
    "AI summary": ["본문 요약봇", "요약봇", "기사 자동요약",
                   "자동요약 기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다. 전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다."],
    "promotion": ["[산업경제 프리미엄] 월 9,900원으로 증권사 리포트·단독 기사 무제한 ▶ 구독하기", "연말 특별 할인 이벤트 ▶ 자세히 보기"],
}
R16_KEEP = [
    # near misses of the r16a classes: article sentences (다.) and headlines with their words
    "검색어 순위 조작 의혹이 제기됐다.",
    "정부는 대책을 검토하고 있다. 김민수 기자",  # a body sentence with its signature, not opened by a day
    "14일 서울 외환시장에서 환율이 올랐다고 김민수 기자가 전했다.",
    "회사는 신차 사진을 공개했다. 사진=현대차",  # a sentence before the credit: kept
    "[그래픽] 환율 1,400원 시대의 그늘",
    "삼성전자 주가는 7만2천원으로 전일 대비 1.2% 올랐다.",
    "한성모터스 주가 212,500원 ▼1,500 (-0.70%)…리콜 여파",
    "종목 정보를 확인하는 투자자가 늘었다.",
    "시민단체는 후원 계좌 351-0000-0000-00으로 성금을 모았다.",
    "지역 언론의 힘은 독자의 후원이다.",
    "포털은 이 기사를 경제 섹션으로 분류했다.",
    "기사의 책임은 해당 언론사에 있다고 법원은 판단했다.",
    "구독자 12만 명을 넘어섰다.",
    "자동요약 기능을 도입했다.",
    "랭킹 1위에 올랐다.",
    "댓글은 로그인한 회원만 작성할 수 있도록 바뀐다.",
    "정수아 기자의 다른 기사가 상을 받았다.",
    "Powered by Samsung chips, the phone sold well in Europe last year.",
    "Translated by Kim Min-su, the novel won the prize.",
    "클린봇 도입 후 악성 댓글이 줄었다.",
    "AD 2025년에 발표된 계획이다.",
    "전화 ☎ 1588-0000으로 문의하면 된다.",
    "정치 경제 사회 문화 전반에 걸친 변화",
    "매일 오전 7시에 뉴스를 메일로 받아볼 수 있다.",
    "그는 원문을 확인해 주세요라고 말했다.",
]


@pytest.mark.parametrize("reason, text", [(r, t) for r, ts in R16_DROP.items() for t in ts])
def test_furniture_of_blind_round_r16a_is_dropped_with_its_reason(reason, text):
    assert classify(" ".join(text.split())) == reason


@pytest.mark.parametrize("text", R16_KEEP)
def test_article_text_beside_the_r16a_classes_is_kept(text):
    assert classify(text) is None


@pytest.mark.parametrize(
    "text, prefix",
    [
        ("(Jeonju=Korea News Agency) Reporter Kim Min-seo = The council passed it.", "(Jeonju=Korea News Agency) Reporter Kim Min-seo = "),
        ("[Donghae Coast Internet News = Reporter Park Seong-ho] As the hospital said.", "[Donghae Coast Internet News = Reporter Park Seong-ho] "),
        ("(Busan=Southeast Daily News) The port reopened.", "(Busan=Southeast Daily News) "),
        ("The Jeonju=Korea News Agency link was cut.", ""),
    ],
)
def test_english_datelines_with_a_long_site_name(text, prefix):
    assert text[: dateline_length(text)] == prefix


def test_r16a_mastheads():
    from mtaudit.io.furniture import masthead

    assert all(masthead(t) for t in ("KNA 한국뉴스통신 | Korea News Agency", "한국뉴스통신", "동해안인터넷뉴스 - 영동의 목소리, 주민과 함께합니다"))
    assert not any(masthead(t) for t in ("가짜 뉴스", "동해안인터넷뉴스 - 시의회, 예산 늘린다", "KNA 대표 교체"))


def _page(tmp_path, text):
    path = tmp_path / "p.txt"
    path.write_text(text, encoding="utf-8")
    return _read_page(path)


def test_a_summary_box_of_copied_sentences_is_dropped_and_the_body_keeps_them(tmp_path):
    """A block of two or more sentences above the body that the body says again word for word (a portal's 요약봇) goes;
    the body's own copies stay; one sentence said twice (a quotation) stays."""
    doc = _page(tmp_path, (
        "인천공항 여객 회복\n\n요약\n올해 3분기 국제선 여객이 1천870만 명으로 집계됐다.\n중국 노선 여객은 27.5% 급증했다.\n\n"
        "올해 3분기 국제선 여객이 1천870만 명으로 집계됐다.\n\n노선별로는 일본이 가장 많았다. 중국 노선 여객은 27.5% 급증했다.\n\n"
        "사장은 \"인력을 늘리겠다\"고 거듭 강조했다.\n\n공사는 대책을 내놨다.\n\n사장은 \"인력을 늘리겠다\"고 거듭 강조했다.\n\n"
        "Airport traffic recovers\n\nInternational passengers totaled 18.7 million.\n"
    ))
    ko = [s.text for s in doc.ko]
    assert ko.count("올해 3분기 국제선 여객이 1천870만 명으로 집계됐다.") == 1
    assert ko.count("중국 노선 여객은 27.5% 급증했다.") == 1
    assert ko.count("사장은 \"인력을 늘리겠다\"고 거듭 강조했다.") == 2
    assert ko.index("올해 3분기 국제선 여객이 1천870만 명으로 집계됐다.") > ko.index("요약")


def test_a_breaking_ticker_above_the_headline_goes_and_a_breaking_headline_stays(tmp_path):
    """"[속보] ..." above the article's headline, named again in the page's list, is a ticker; a [속보] article's own
    headline (no other headline after it) stays."""
    doc = _page(tmp_path, (
        "[속보] 정부, 내년 예산안 국회 제출…총지출 712조 원\n\n전주시의회, 조례 가결\n\n전주시의회가 조례안을 가결했다.\n\n"
        "Council passes ordinance\n\nThe council passed the ordinance.\n\n많이 본 기사\n1 [속보] 정부, 내년 예산안 국회 제출…총지출 712조 원\n"
    ))
    assert [(s.text, s.kind) for s in doc.ko] == [("전주시의회, 조례 가결", "headline"), ("전주시의회가 조례안을 가결했다.", "body")]
    assert _reasons(doc)["[속보] 정부, 내년 예산안 국회 제출…총지출 712조 원"] == "news ticker"
    doc = _page(tmp_path, (
        "[속보] 정부, 내년 예산안 국회 제출…총지출 712조 원\n\n정부가 예산안을 제출했다.\n\n"
        "[Breaking] Government submits budget\n\nThe government submitted the budget.\n\n많이 본 기사\n1 [속보] 정부, 내년 예산안 국회 제출…총지출 712조 원\n"
    ))
    assert doc.ko[0].text == "[속보] 정부, 내년 예산안 국회 제출…총지출 712조 원" and doc.ko[0].kind == "headline"


def test_the_sites_name_in_the_footer_goes_and_a_one_word_name_in_the_text_stays(tmp_path):
    doc = _page(tmp_path, (
        "새아침일보 - 진실을 향한 새 아침\n\n환율 마감\n\n환율이 올랐다.\n\nWon closes\n\nThe won fell.\n\n"
        "새아침일보\n회사소개 | 광고안내 | 개인정보처리방침\n"
    ))
    assert [s.text for s in doc.ko] == ["환율 마감", "환율이 올랐다."]
    assert _reasons(doc)["새아침일보"] == "site name"


R16_PAGES = {
    # page: (Korean headline, Korean sentences, English headline, English sentences, {line: reason})
    "exchange": ('원·달러 환율 1,392원 마감…한은 "변동성 확대 시 안정화 조치"', 11, "Won closes at 1,392 per dollar", 11, {
        "검색어를 입력하세요 [검색]": "search box", "가 가 가 가 가": "font-size buttons",
        "[그래픽] 최근 3개월 원·달러 환율 추이 (단위: 원) 자료: 서울외국환중개": "photo caption",
        "정수아 기자의 다른 기사": "related link", "· 인터넷은행 중금리 대출 비중 30% 돌파 (03.10)": "related link (an item of the list)",
        "■ English Version (AI 번역)": "language label", "새아침일보": "site name"}),
    "council": ("전주시의회, 시내버스 준공영제 조례 찬성 21표로 가결", 12, "Jeonju City Council passes", 12, {
        "KNA 한국뉴스통신 | Korea News Agency": "site name", "[속보] 정부, 내년 예산안 국회 제출…총지출 712조 원": "news ticker",
        "기자 페이지 구독": "article buttons", "공유 댓글 글자크기조정 인쇄": "tool bar",
        "(Jeonju=Korea News Agency) Reporter Kim Min-seo =": "dateline"}),
    "recall": ("[산업경제] 한성모터스, SUV '테라온' 4만3천대 리콜…\"연료펌프 결함\"", 18, "Hansung Motors recalls", 12, {
        "AI 요약 듣기 ▷ 00:48": "listen button", "한성모터스 중형 SUV '테라온'. 사진=한성모터스": "photo caption",
        "종목정보": "stock box", "[관심종목 추가]": "stock box", "AD 주식 초보도 쉽게 - 산경 증권아카데미 수강생 모집": "advertisement"}),
    "hospital": ("동해 한빛의료원 소아응급실 야간진료 중단 놓고 道-병원 '책임 공방'", 12, "Province and hospital trade blame", 13, {
        "동해안인터넷뉴스 - 영동의 목소리, 주민과 함께합니다": "site name",
        "[긴급] 동해시 상수도 공사로 21일 천곡동 일대 단수 (오전 9시~오후 6시)": "news ticker",
        "서명했습니다. 꼭 철회됐으면 좋겠어요": "reader comment", "댓글 쓰기 (0/400) [등록]": "comment box",
        "[Donghae Coast Internet News = Reporter Park Seong-ho]": "dateline"}),
    "airport": ("3분기 인천공항 국제선 여객 1,870만명…코로나 이전 98% 회복", 12, "Incheon Airport international passengers", 12, {
        "누리 뉴스": "site name", "본문 요약봇": "AI summary", "번역 beta Translated by Nuri Translate": "language label",
        "중국 노선 여객은 301만 명으로 1년 전보다 27.5% 급증했다.": "summary box (a copy of the article's sentences)",
        "클린봇이 악성댓글을 감지합니다. 설정": "comment box", "1 추석 연휴 해외여행객 역대 최다…일본 1위": "most-read list (an item of the list)",
        "누리 뉴스는 각 언론사가 제공하는 기사를 편집 없이 서비스합니다. 기사의 책임은 해당 언론사에 있습니다.": "portal notice"}),
}


@pytest.mark.parametrize("page", R16_PAGES)
def test_the_pages_of_blind_round_r16a_read_as_their_articles_only(page):
    """tests/fixtures/unseen/l_page_*.txt: every furniture line the tester found read as article text is dropped with its
    class, the headlines take the headline slot, the English datelines leave the first sentence, every article sentence
    stays. The recall page's fact box ("■ 이번 리콜 주요 내용" and 5 items) is kept: it holds details the body does not
    (the defect's part, the hotline), so it may be content."""
    ko_head, n_ko, en_head, n_en, reasons = R16_PAGES[page]
    doc = _read_page(UNSEEN / f"l_page_{page}.txt")
    assert (doc.ko[0].text, doc.ko[0].kind) == (ko_head, "headline")
    assert doc.en[0].text.startswith(en_head) and doc.en[0].kind == "headline"
    assert all(s.kind == "body" for s in doc.ko[1:]) and all(s.kind == "body" for s in doc.en[1:])
    assert (len(doc.ko), len(doc.en)) == (n_ko, n_en)
    assert all(s.text.endswith(("다.", ".", '"')) or s.text.startswith(("■", "·")) for s in doc.ko[1:] + doc.en[1:])
    got = _reasons(doc)
    for line, reason in reasons.items():
        assert got[line] == reason, line
    assert not doc.notes


# r17a: the classes of five pages of sites nobody had seen (a regional daily, a broadcaster, an economic daily, a portal's
# news section and a pharma trade paper)
DROP.update({
    # a tip-off box's heading (its channels are read by article.py as its items)
    "tip-off box": ["■ 제보하기", "[뉴스 제보]", "[제보하기]", "제보 안내", "▶ 시청자 제보하기", "Send us a news tip", "■ News tips"],
})
R17_DROP = {
    # a broadcaster's programme menu: a programme's name may carry its hour ("뉴스9"), a live or schedule item marks it
    "site menu": ["LIVE ON AIR | 뉴스9 | 뉴스룸 | 시사기획 | 날씨 | 제보", "온에어 | 편성표 | 다시보기 | 8뉴스", "LIVE | 뉴스룸 | 스포츠 | 날씨"],
    # the English section's notes: how it was made (AI, then people), where from, and a caveat beside them
    "translator's note": [
        "※ 이 영문 기사는 AI 번역 후 편집국 검수를 거쳤습니다.", "본 영문 기사는 인공지능(AI) 번역 후 기자가 감수했습니다.",
        "번역 결과는 참고용이며 원문과 다를 수 있습니다.",
        "Machine-translated from the Korean broadcast script. For reference only.",
        "Translated from the Korean original by AI.",
        "This article was translated by an AI-based system and reviewed by our editors.",
    ],
    # a translation label with the engine's name, a label in both languages
    "language label": ["English (Papago 번역 · 베타)", "Google 번역 | English", "[영문 기사 / English Article]", "[English / 영문]"],
    # player controls in brackets, the zoom button
    "video player": ["▶ 재생 00:00 / 02:14 [자막] [화면 확대]", "[재생] [자막] [전체 화면]", "▶ 00:00 / 01:52 [Subtitles] [Full screen]"],
    # an interview's cue with a long title, as the English gives it
    "broadcast script": [
        "[Interview: Jeong Su-a / Head of Launch Vehicle Development, Korea Aerospace Research Institute]",
        "[인터뷰: 정수아 / 한국항공우주연구원 발사체개발부장]",
        "[Sound bite: Kim Min-su / Resident of Jeju, whose house was flooded last week]",
    ],
    # a portal's tool bar: summary bot, text-to-speech, font, SNS, print
    "tool bar": ["요약봇 | 본문 듣기 | 텍스트 음성 변환 서비스 사용하기 | 글자 크기 변경하기 | SNS 보내기 | 인쇄하기",
                 "요약봇 본문 듣기 글자 크기 변경하기 인쇄하기"],
    # a portal's credit of the press that sent the article
    "source link": ["기사 제공 한빛일보", "기사제공: 연합뉴스", "뉴스 제공 KoreaTimes"],
    # a list heading with the portal's note on the press's choice, or the hour it was counted at
    "most-read list": ["한빛일보 주요뉴스 해당 언론사에서 선정하며 언론사 페이지(아웃링크)로 이동해 볼 수 있습니다.", "사회 많이 본 뉴스 | 오후 3시 기준",
                       "많이 본 뉴스 14:00 기준", "경제 많이 본 기사 오전 9시 기준"],
    # the comment box's header of parts between bars (its count, my comments, the sort order, the login prompt); clean_bot
    "comment box": ["댓글 218 | 내 댓글 | 현재 댓글 순 ▾", "댓글 12 | 최신순 | 공감순", "의견 3 | 내 의견",
                    "기사 댓글 0 | 로그인 후 댓글을 남길 수 있습니다.", "clean_bot 악성댓글 필터 ON"],
}
R17_KEEP = [
    # near misses of the r17a classes: article sentences (다.), table rows, headlines with their words
    "제보를 받은 경찰이 현장에 출동했다.", "시청자 제보 영상이 공개됐다.", "제보 안내문을 역 곳곳에 붙였다.", "제보 창구를 늘렸다.",
    "제보하기 버튼을 눌렀다.",
    "▷ 전화 : 02-780-0000",  # a channel alone: only under a tip-off box's heading (article.py)
    "구분 | 1분기 | 2분기 | 3분기", "LIVE 공연 | 2회 | 매진", "생방송 중 사고가 났다.",
    "이 영문 기사는 AI 번역 후 편집국 검수를 거쳤다.", "번역 결과는 원문과 다를 수 있다고 그는 말했다.",
    "For reference only.",  # a caveat alone is no disclaimer
    "For reference only, the index stood at 2,600 last year.", "This article was reviewed by our editors.",
    "The company's AI translation system was reviewed by editors last year.", "Machine translation from Korean has improved a lot.",
    "Papago 번역 서비스가 베타를 마쳤다.", "English Article Award",
    "[자막] 시민들이 화면을 확대해 보고 있다.", "화면 확대 기능을 추가했다.",
    "[Interview: The minister said the plan will proceed next year.]", '(인터뷰: 그는 "문제없다"고 말했다.)',
    "요약봇이 기사를 세 줄로 요약한다.", "SNS 보내기 운동이 확산됐다.",
    "기사 제공 중단", "기사 제공 한빛일보 측은 사과했다.",
    "사회 많이 본 뉴스 오후 3시 기준으로 1위에 올랐다.", "주요뉴스 선정 기준을 바꿨다.",
    "댓글 수 218 | 지난해 대비 2배", "기사 댓글 0건, 로그인 후 댓글을 남길 수 있다.", "clean_bot 도입 후 악성 댓글이 줄었다.",
    "IT·과학",  # a section's name alone: only at the top of a page (article.py)
]


@pytest.mark.parametrize("reason, text", [(r, t) for r, ts in R17_DROP.items() for t in ts])
def test_furniture_of_blind_round_r17a_is_dropped_with_its_reason(reason, text):
    assert classify(" ".join(text.split())) == reason


@pytest.mark.parametrize("text", R17_KEEP)
def test_article_text_beside_the_r17a_classes_is_kept(text):
    assert classify(text) is None


def test_a_tip_off_boxs_channels_go_with_it_and_a_sentence_after_them_stays(tmp_path):
    """Under a tip-off box's heading ("■ 제보하기", or the plain button "제보하기") its channels go, the e-mail one too; a
    sentence after them stays; a channel line elsewhere is not furniture by itself."""
    doc = _page(tmp_path, (
        "폭우 피해 속출\n\n도로 곳곳이 물에 잠겼다.\n\n▷ 전화 : 02-780-0000\n\n■ 제보하기\n▷ 전화 : 02-780-0000\n▷ 이메일 : jebo@knt.co.kr\n"
        "▷ 카카오톡 : 'KNT 제보' 검색\n시는 복구를 서두르고 있다.\n\n제보하기\n▷ 전화 : 02-780-1111\n\n"
        "Heavy rain damage\n\nRoads were flooded.\n"
    ))
    assert [s.text for s in doc.ko] == ["폭우 피해 속출", "도로 곳곳이 물에 잠겼다.", "▷ 전화 : 02-780-0000", "시는 복구를 서두르고 있다."]
    got = _reasons(doc)
    assert got["■ 제보하기"] == "tip-off box"
    for line in ("▷ 이메일 : jebo@knt.co.kr", "▷ 카카오톡 : 'KNT 제보' 검색", "▷ 전화 : 02-780-1111"):
        assert got[line] == "tip-off box (an item of the list)", line


def test_a_ticker_above_the_breadcrumb_and_a_section_label_go_and_the_title_above_the_byline_is_the_headline(tmp_path):
    """At the top of a page: a [속보] line above the breadcrumb ("홈 > 경제 > 부동산") is another article's headline; a section's
    name alone ("IT·과학") is a label; the title right above the byline is the headline though it ends in 다 without a full
    stop. A [속보] headline under the breadcrumb stays, and so does a section's name inside the article; a sentence with its
    full stop above a byline stays body."""
    doc = _page(tmp_path, (
        "[속보] 세종시, 내년 본예산 2조1천억원 편성…역대 최대\n홈 > 경제 > 부동산\n\n대전 전셋값 17주 연속 상승\n\n"
        "박정민 기자\n\n전셋값이 올랐다.\n\nJeonse prices rise\n\nJeonse prices rose.\n"
    ))
    assert [(s.text, s.kind) for s in doc.ko] == [("대전 전셋값 17주 연속 상승", "headline"), ("전셋값이 올랐다.", "body")]
    assert _reasons(doc)["[속보] 세종시, 내년 본예산 2조1천억원 편성…역대 최대"] == "news ticker"
    doc = _page(tmp_path, (
        "홈 > 경제 > 부동산\n[속보] 세종시, 내년 본예산 2조1천억원 편성…역대 최대\n\n박정민 기자\n\n세종시가 예산을 편성했다.\n\n"
        "[Breaking] Sejong sets record budget\n\nSejong drew up its budget.\n"
    ))
    assert (doc.ko[0].text, doc.ko[0].kind) == ("[속보] 세종시, 내년 본예산 2조1천억원 편성…역대 최대", "headline")
    doc = _page(tmp_path, (
        "KNT 뉴스\n\nIT·과학\n누리호 5차 발사 D-7…27일 오후 쏜다\n\n입력 2026.05.20 (19:42)\n최민호 기자\n\n"
        "누리호 발사가 다가왔습니다.\n\n과학\n\n발사는 27일입니다.\n\nNuri launch 7 days away\n\nThe launch is near.\n\nIt is on the 27th.\n"
    ))
    assert [(s.text, s.kind) for s in doc.ko] == [
        ("누리호 5차 발사 D-7…27일 오후 쏜다", "headline"), ("누리호 발사가 다가왔습니다.", "body"), ("과학", "body"),
        ("발사는 27일입니다.", "body"),
    ]
    assert _reasons(doc)["IT·과학"] == "site menu"
    doc = _page(tmp_path, "시는 7일 이같이 밝혔다.\n\n박정민 기자\n\n시가 예산을 늘렸다.\n\nThe city said so.\n\nIt raised the budget.\n")
    assert doc.ko[0].kind == "body"


R17_PAGES = {
    # page: (Korean headline, Korean sentences, English headline, English sentences, {line: reason})
    "housing": ('대전 아파트 전셋값 17주 연속 상승…"신규 공급 부족 탓"', 13, "Daejeon apartment jeonse prices rise", 13, {
        "[속보] 세종시, 내년 본예산 2조1천억원 편성…역대 최대": "news ticker",
        "※ 이 영문 기사는 AI 번역 후 편집국 검수를 거쳤습니다.": "translator's note"}),
    # (the anchor's hand-off, "최민호 기자가 보도합니다." / "Choi Min-ho reports.", goes on both sides since r19a: 11 and 11)
    "space": ("누리호 5차 발사 D-7…초소형위성 8기 싣고 27일 오후 쏜다", 11, "Nuri's fifth launch 7 days away", 11, {
        "LIVE ON AIR | 뉴스9 | 뉴스룸 | 시사기획 | 날씨 | 제보": "site menu", "IT·과학": "site menu",
        "▶ 재생 00:00 / 02:14 [자막] [화면 확대]": "video player", "■ 제보하기": "tip-off box",
        "▷ 전화 : 02-780-0000": "tip-off box (an item of the list)", "▷ 이메일 : jebo@knt.co.kr": "tip-off box (an item of the list)",
        "▷ 카카오톡 : 'KNT 제보' 검색": "tip-off box (an item of the list)",
        "Machine-translated from the Korean broadcast script. For reference only.": "translator's note",
        "[Interview: Jeong Su-a / Head of Launch Vehicle Development, Korea Aerospace Research Institute]": "broadcast script",
        "최민호 기자가 보도합니다.": "broadcast script", "Choi Min-ho reports.": "broadcast script"}),
    "shipbuilding": ("대성중공업, LNG운반선 6척 1조9천억 수주…올해 목표 63% 달성", 12, "Daesung Heavy Industries wins", 12, {
        "This article was translated by an AI-based system and reviewed by our editors.": "translator's note"}),
    "transit": ("서울 지하철 기본요금 8월부터 1,550원…150원 오른다", 12, "Seoul subway base fare to rise", 12, {
        "요약봇 | 본문 듣기 | 텍스트 음성 변환 서비스 사용하기 | 글자 크기 변경하기 | SNS 보내기 | 인쇄하기": "tool bar",
        "기사 제공 한빛일보": "source link", "English (Papago 번역 · 베타)": "language label",
        "번역 결과는 참고용이며 원문과 다를 수 있습니다.": "translator's note",
        "한빛일보 주요뉴스 해당 언론사에서 선정하며 언론사 페이지(아웃링크)로 이동해 볼 수 있습니다.": "most-read list",
        "· 초등 늘봄학교 2학기부터 전 학년 확대": "most-read list (an item of the list)",
        "댓글 218 | 내 댓글 | 현재 댓글 순 ▾": "comment box", "clean_bot 악성댓글 필터 ON": "comment box",
        "사회 많이 본 뉴스 | 오후 3시 기준": "most-read list",
        "3 서울 지하철 기본요금 8월부터 1,550원…150원 오른다": "most-read list (an item of the list)"}),
    "pharma": ("한울제약 비소세포폐암 신약 '한울티닙' 국산 신약 40호 허가", 13, "Hanul Pharmaceutical's non-small cell", 13, {
        "[영문 기사 / English Article]": "language label", "기사 댓글 0 | 로그인 후 댓글을 남길 수 있습니다.": "comment box"}),
}


@pytest.mark.parametrize("page", R17_PAGES)
def test_the_pages_of_blind_round_r17a_read_as_their_articles_only(page):
    """tests/fixtures/unseen/m_page_*.txt: every furniture line the tester found read as article text is dropped with its
    class, the headlines take the headline slot (not the ticker, the programme menu or the English section's label), the
    subtitles the subtitle slot, every article sentence stays."""
    ko_head, n_ko, en_head, n_en, reasons = R17_PAGES[page]
    doc = _read_page(UNSEEN / f"m_page_{page}.txt")
    assert (doc.ko[0].text, doc.ko[0].kind) == (ko_head, "headline")
    assert doc.en[0].text.startswith(en_head) and doc.en[0].kind == "headline"
    n_sub = 1 if page in ("housing", "pharma") else 0  # the pages with a subheadline
    assert [s.kind for s in doc.ko[1:]] == ["subtitle"] * n_sub + ["body"] * (n_ko - 1 - n_sub)
    assert [s.kind for s in doc.en[1:]] == ["subtitle"] * n_sub + ["body"] * (n_en - 1 - n_sub)
    assert (len(doc.ko), len(doc.en)) == (n_ko, n_en)
    assert all(s.text.endswith(("다.", ".", '"', "요.")) for s in doc.ko[1 + n_sub :] + doc.en[1 + n_sub :])
    got = _reasons(doc)
    for line, reason in reasons.items():
        assert got[line] == reason, line
    assert not doc.notes


# r18a: the classes of five pages of sites nobody had seen (a regional daily, an economic daily, a broadcaster, a trade paper
# and a portal's news section)
R18_DROP = {
    "site menu": [
        # the footer's row of links, space-separated (each item a footer link; "KNB 소개" a site's own)
        "회사소개 기사제보 광고문의 개인정보처리방침 이메일무단수집거부", "시청자센터 채용정보 KNB 소개 개인정보처리방침 고충처리인",
        "이용약관 개인정보처리방침 청소년보호정책 뉴스 고객센터", "About Us Privacy Policy Terms of Use Contact Us",
        # a trade paper's section menu of its fields, sections joined by "·" ("부품·소재")
        "반도체 디스플레이 배터리 모바일 부품·소재 장비 자동차전장 전시·컨퍼런스 DE TV",
        # a breadcrumb from a section of two joined by "·"
        "경제·금융 > 노동", "부품·소재 > 반도체",
    ],
    # an event's banner: "[e-세미나]", "[온라인 포럼]", its registration's deadline closing it
    "promotion": ["[e-세미나] 2025 첨단 패키징 기술 컨퍼런스 – 5월 14일 코엑스, 사전등록 마감 임박",
                  "[온라인 포럼] 배터리 안전 포럼 | 6월 3일 | 참가 신청 중", "[웨비나] AI 반도체 전망 – 12월 3일 오후 3시, 신청 마감 D-3"],
    # a caption in the progressive, one sentence, closed by a news agency's name alone
    "photo caption": ["정민호 최저임금위원회 위원장이 10일 정부세종청사에서 열린 제12차 전원회의에서 의사봉을 두드리고 있다. 연합뉴스",
                      "시민들이 광화문광장에서 촛불을 들고 행진하고 있다. AP 연합뉴스", "소방대원들이 불에 탄 창고를 살펴보고 있다. 뉴시스"],
    # a portal's bar of the press (its name, the subscribe button, the count); a call to subscribe with its price
    "subscribe link": ["연합통신 언론사 구독 구독자 124만", "한빛일보 구독 구독자 3.2만",
                       "한결경제 프리미엄 구독하고 마켓 인사이트를 가장 먼저 받아보세요 > 월 9,900원, 첫 달 무료"],
    # the English section's label with a box's mark or the site's name before it
    "language label": ["■ English Article", "▶ English", "KNB NEWS ENGLISH", "Yonhap English", "한빛일보 영문판"],
    # the English sign-off: the reporter, then the broadcaster
    "broadcast script": ["Jeong Ha-eun, KNB News.", "Kim Min-su, MBS News"],
    # a tool bar with a reaction's count among the tools, the recommend button
    "tool bar": ["좋아요 43 댓글 5 공유 글자크기 인쇄", "추천 요약봇 공유 글자 크기 변경 번역 인쇄"],
    # "이 기사" before a counted reaction
    "page counters": ["이 기사 좋아요 43", "이 기사 추천 12"],
    # the comment box: its heading after "이 기사에 대한", its rules in 니다 after the login prompt, the sort control after
    # "현재", the filter bot with its state
    "comment box": ["이 기사에 대한 독자 의견 (0)", "의견쓰기는 로그인 후 이용 가능합니다. 욕설, 비방, 광고성 글은 예고 없이 삭제될 수 있습니다.",
                    "댓글 작성은 로그인 후 가능합니다.", "댓글 128 | 현재 댓글 정렬: 순공감순 | 세이프봇 작동 중", "세이프봇 작동 중", "클린봇 ON"],
    # a portal's list of the press's articles and the press's own picks
    "most-read list": ["연합통신 언론사가 직접 선정한 이슈", "이 언론사 많이 본 뉴스", "편집자가 고른 기사"],
    # the portal's notice: each press's article, its responsibility
    "portal notice": ["누리 뉴스는 각 언론사의 기사를 제공하며, 기사 내용에 대한 책임은 해당 언론사에 있습니다."],
    # a disclaimer with the button to the original beside it
    "translator's note": ["번역 결과는 참고용이며, 정확하지 않을 수 있습니다. 원문 보기"],
}
R18_KEEP = [
    # near misses of the r18a classes: article sentences (다.), headlines with their own words, table rows
    "회사소개 자료를 배포했다.", "개인정보처리방침 변경 안내", "이용약관 개정 고객센터 안내", "신제품 소개 회사 소개 개인정보처리방침 개정",
    "반도체 디스플레이 배터리 수출이 일제히 늘었다.", "반도체 | 120 | 135", "반도체·디스플레이 수출 급증",
    "[세미나] 반도체 패키징 기술 세미나 14일 개최", "[포럼] 참가 신청 마감되자 대기자 몰려",
    "경찰은 사고 원인을 조사하고 있다. 김지훈 기자",  # a reporter's name after a sentence: the byline can be pasted on it
    "경찰은 현장을 통제했다. 현재 사고 원인을 조사하고 있다. 연합뉴스", "정부는 대책을 마련하고 있다고 연합뉴스가 전했다.",
    "넷플릭스 구독", "연합통신 구독자 124만 돌파", "한결경제 프리미엄 구독료가 월 9,900원으로 올랐다.",
    "KNB News English edition launches", "English Article Award",
    "Park Ji-won, CEO of KNB.", "Jeong Ha-eun said KNB News would air the interview.",
    "좋아요 43만 건을 넘었다.", "좋아요 수 43만 돌파…댓글 공유 급증", "이 기사 좋아요",
    "이 기사에 대한 의견을 보내 달라고 했다.", "댓글 작성은 로그인 후 가능하다고 밝혔다.",
    "욕설, 비방, 광고성 글은 예고 없이 삭제될 수 있습니다.",  # a rule alone can be a broadcast story's sentence
    "세이프봇 도입 후 악성 댓글이 줄었다.", "언론사가 직접 선정한 이슈를 보여준다.", "누리 뉴스는 각 언론사의 기사를 제공한다.",
    "번역 결과는 참고용이며 원문 보기 기능을 추가했다.",
]


@pytest.mark.parametrize("reason, text", [(r, t) for r, ts in R18_DROP.items() for t in ts])
def test_furniture_of_blind_round_r18a_is_dropped_with_its_reason(reason, text):
    assert classify(" ".join(text.split())) == reason


@pytest.mark.parametrize("text", R18_KEEP)
def test_article_text_beside_the_r18a_classes_is_kept(text):
    assert classify(text) is None


def test_a_labelled_ticker_above_the_breadcrumb_and_a_trade_papers_section_label_go(tmp_path):
    """Above the breadcrumb, a ticker under any label of its own ("[마켓 나우] ...") is another article's headline; under the
    breadcrumb a labelled headline is the article's own. A trade paper's field alone at the top ("반도체") is its section's
    label; inside the article it stays."""
    doc = _page(tmp_path, (
        "[마켓 나우] 외국인 나흘째 순매수…반도체주 강세\n\n경제·금융 > 노동\n\n내년 최저임금 1만320원\n\n박서연 기자\n\n"
        "최저임금이 결정됐다.\n\nMinimum wage set\n\nThe minimum wage was set.\n"
    ))
    assert [(s.text, s.kind) for s in doc.ko] == [("내년 최저임금 1만320원", "headline"), ("최저임금이 결정됐다.", "body")]
    assert _reasons(doc)["[마켓 나우] 외국인 나흘째 순매수…반도체주 강세"] == "news ticker"
    doc = _page(tmp_path, (
        "경제·금융 > 노동\n\n[마켓 나우] 외국인 나흘째 순매수…반도체주 강세\n\n박서연 기자\n\n외국인이 나흘째 주식을 사들였다.\n\n"
        "Foreigners net buyers\n\nForeigners bought shares.\n"
    ))
    assert (doc.ko[0].text, doc.ko[0].kind) == ("[마켓 나우] 외국인 나흘째 순매수…반도체주 강세", "headline")
    doc = _page(tmp_path, (
        "[단독] 한울반도체, 용인 공장 착공\n\n이준혁 기자\n\n한울반도체가 공장을 착공했다.\n\nHanul breaks ground\n\nHanul broke ground.\n"
    ))
    assert (doc.ko[0].text, doc.ko[0].kind) == ("[단독] 한울반도체, 용인 공장 착공", "headline")  # no breadcrumb: no ticker
    doc = _page(tmp_path, (
        "디지털전자신문\n\n반도체\n\n한울반도체, 공장 착공\n\n이준혁 기자\n\n한울반도체가 공장을 착공했다.\n\n반도체\n\n"
        "업계는 시장이 커질 것으로 본다.\n\nHanul breaks ground\n\nHanul broke ground.\n\nSemiconductors\n\nThe market will grow.\n"
    ))
    assert [s.text for s in doc.ko] == ["한울반도체, 공장 착공", "한울반도체가 공장을 착공했다.", "반도체", "업계는 시장이 커질 것으로 본다."]
    assert _reasons(doc)["반도체"] == "site menu"


def test_a_table_that_restates_the_bodys_figures_goes_and_one_with_its_own_figures_stays(tmp_path):
    """A data table whose every figure (three at least) the body's sentences give is a recap of the body, as a summary box
    is: its title and rows go. A table with a figure the body does not give is the article's content and stays, and so
    does a table of fewer figures."""
    body = (
        "한울반도체, 용인 공장 착공\n\n신공장은 부지 12만㎡에 연면적 25만㎡ 규모로 지어진다.\n\n"
        "총투자액은 2030년까지 약 9조 원이며, 직접 고용 인원은 약 2,500명으로 예상된다.\n\n"
    )
    english = "Hanul breaks ground\n\nThe plant will be built on a 120,000-square-meter site.\n\nIt will cost 9 trillion won.\n"
    doc = _page(tmp_path, body + (
        "[표] 한울반도체 용인 HBM 공장 개요\n구분 | 내용\n부지 | 12만㎡\n연면적 | 25만㎡\n투자액 | 약 9조원(2030년까지)\n고용 | 약 2500명\n\n"
    ) + english)
    assert len(doc.ko) == 3 and not any("|" in s.text or "[표]" in s.text for s in doc.ko)
    got = _reasons(doc)
    for line in ("[표] 한울반도체 용인 HBM 공장 개요", "구분 | 내용", "부지 | 12만㎡", "고용 | 약 2500명"):
        assert got[line] == "table (the body's figures again)", line
    # one figure of its own (the first line's year): the table stays whole
    doc = _page(tmp_path, body + "[표] 공장 개요\n구분 | 내용\n부지 | 12만㎡\n연면적 | 25만㎡\n투자액 | 약 9조원(2030년까지)\n양산 | 2027년 하반기\n\n" + english)
    assert [s.text for s in doc.ko[3:]] == ["[표] 공장 개요", "구분 | 내용", "부지 | 12만㎡", "연면적 | 25만㎡", "투자액 | 약 9조원(2030년까지)",
                                            "양산 | 2027년 하반기"]
    # two figures only: too little to call it a copy
    doc = _page(tmp_path, body + "부지 | 12만㎡\n연면적 | 25만㎡\n\n" + english)
    assert [s.text for s in doc.ko[3:]] == ["부지 | 12만㎡", "연면적 | 25만㎡"]


R18_PAGES = {
    # page: (Korean headline, Korean sentences, English headline, English sentences, subtitles, {line: reason})
    "wildfire": ("영덕 산불 18시간 만에 주불 진화…산림 120㏊ 피해", 13, "Main blaze of Yeongdeok wildfire", 13, 1, {
        "회사소개 기사제보 광고문의 개인정보처리방침 이메일무단수집거부": "site menu"}),
    "minwage": ("내년 최저임금 시간당 1만320원…올해보다 2.9% 인상", 13, "Next year's minimum wage set at", 13, 1, {
        "[마켓 나우] 외국인 나흘째 순매수…반도체주 강세": "news ticker", "경제·금융 > 노동": "site menu",
        "정민호 최저임금위원회 위원장이 10일 정부세종청사에서 열린 제12차 전원회의에서 의사봉을 두드리고 있다. 연합뉴스": "photo caption",
        "한결경제 프리미엄 구독하고 마켓 인사이트를 가장 먼저 받아보세요 > 월 9,900원, 첫 달 무료": "subscribe link"}),
    # (the anchor's hand-off goes on both sides since r19a: 12 and 12)
    "museum": ("국립경주박물관, 신라 금관 6점 한자리에…특별전 개막", 12, "Gyeongju National Museum brings together", 12, 0, {
        "KNB NEWS ENGLISH": "language label", "좋아요 43 댓글 5 공유 글자크기 인쇄": "tool bar", "이 기사 좋아요 43": "page counters",
        "KNB 뉴스 정하은입니다.": "broadcast script", "Jeong Ha-eun, KNB News.": "broadcast script",
        "정하은 기자가 다녀왔습니다.": "broadcast script", "Jeong Ha-eun reports.": "broadcast script",
        "시청자센터 채용정보 KNB 소개 개인정보처리방침 고충처리인": "site menu"}),
    "chipplant": ("한울반도체, 용인에 HBM 전용 공장 착공…2027년 양산 목표", 13, "Hanul Semiconductor breaks ground", 13, 1, {
        "반도체 디스플레이 배터리 모바일 부품·소재 장비 자동차전장 전시·컨퍼런스 DE TV": "site menu",
        "[e-세미나] 2025 첨단 패키징 기술 컨퍼런스 – 5월 14일 코엑스, 사전등록 마감 임박": "promotion", "반도체": "site menu",
        "■ English Article": "language label", "[표] 한울반도체 용인 HBM 공장 개요": "table (the body's figures again)",
        "고용 | 약 2500명": "table (the body's figures again)", "이 기사에 대한 독자 의견 (0)": "comment box",
        "의견쓰기는 로그인 후 이용 가능합니다. 욕설, 비방, 광고성 글은 예고 없이 삭제될 수 있습니다.": "comment box"}),
    "festival": ("여수 밤바다 불꽃축제 사흘간 42만명 몰려…역대 최다", 12, "Over 420,000 flock", 12, 0, {
        "연합통신 언론사 구독 구독자 124만": "subscribe link", "추천 요약봇 공유 글자 크기 변경 번역 인쇄": "tool bar",
        "번역 결과는 참고용이며, 정확하지 않을 수 있습니다. 원문 보기": "translator's note",
        "연합통신 언론사가 직접 선정한 이슈": "most-read list", "· 지역축제 바가지요금 신고 1년 새 2배": "most-read list (an item of the list)",
        "이 언론사 많이 본 뉴스": "most-read list", "댓글 128 | 현재 댓글 정렬: 순공감순 | 세이프봇 작동 중": "comment box",
        "누리 뉴스는 각 언론사의 기사를 제공하며, 기사 내용에 대한 책임은 해당 언론사에 있습니다.": "portal notice",
        "이용약관 개인정보처리방침 청소년보호정책 뉴스 고객센터": "site menu"}),
}


@pytest.mark.parametrize("page", R18_PAGES)
def test_the_pages_of_blind_round_r18a_read_as_their_articles_only(page):
    """tests/fixtures/unseen/n_page_*.txt: every furniture line the tester found read as article text is dropped with its
    class, the headlines take the headline slot (not the ticker, the section menu or the portal's bar of the press, not
    the English section's label), the subtitles the subtitle slot, every article sentence stays. The broadcaster's
    sign-off goes on both sides ("KNB 뉴스 정하은입니다." and "Jeong Ha-eun, KNB News."), and since r19a so does the anchor's
    hand-off ("정하은 기자가 다녀왔습니다." and "Jeong Ha-eun reports."; it stayed on both sides before)."""
    doc = _read_page(UNSEEN / f"n_page_{page}.txt")
    _assert_reads_as_article(doc, *R18_PAGES[page])
    if page == "museum":
        assert "정하은 기자가 다녀왔습니다." not in [s.text for s in doc.ko] and "Jeong Ha-eun reports." not in [s.text for s in doc.en]
    assert not doc.notes


# r19a: the classes of five pages of sites nobody had seen (a regional daily, an economic daily, an entertainment outlet, a
# broadcaster and a maritime trade paper)
R19_DROP = {
    # the site's notice under the English section's label that it gives its articles in English; the English intro line
    "translator's note": ["※ 호서일보는 독자 여러분을 위해 주요 기사를 영문으로 제공합니다.", "본지는 주요 기사를 영어로 번역해 제공합니다.",
                          "The following is the English version of this article provided by Daehan Economic Daily.",
                          "Below is an English version of this story."],
    # the English section's label as the site's global edition, and its link "Read in English"
    "language label": ["[HBS Global] English Version", "[Global Edition | English]", "[글로벌판] 영문", "[International Edition]",
                       "🌏 For Global Fans — Read in English", "Read this article in English", "영문으로 보기"],
    # a tool bar with the scrap button, reactions in 요 with their counts, Latin font buttons
    "tool bar": ["기사 스크랩 | 공유 | 댓글 3 | 글씨크기 | 프린트", "좋아요 128 | 응원해요 54 | 놀라워요 9 | 공유 | 스크랩 | 폰트 크기 A A",
                 "A+ A- 공유 인쇄"],
    # a premium call with its offer and button; a subscription notice with its prices or desk
    "subscribe link": ["대한경제신보 프리미엄 구독하고 부동산 시장 심층 분석을 가장 먼저 받아보세요. 첫 달 무료, 이후 월 9,900원 [구독하기]",
                       "■ 한국해양물류신문 구독 안내: 지면+온라인 연간 12만원 / 온라인 전용 연간 6만원 (문의 02-780-4500)",
                       "정기구독 안내 | 1년 15만원 | 문의 02-000-0000"],
    # an entertainment outlet's breadcrumb
    "site menu": ["가요 > K-POP", "영화 > 해외영화", "방송 > 예능"],
    # the video player with the page's tools beside its controls
    "video player": ["▶ 동영상 재생 (02:13) | 자막 ON/OFF | 공유 | 글자 크기 | 인쇄", "▶ 재생 01:52 | 자막 | 공유하기 | 인쇄"],
    # the programme with the day of the broadcast; the anchor's hand-off on either side
    "broadcast script": ["HBS 뉴스9 | 2024년 09월 04일", "KBS 뉴스광장 2025.03.18", "뉴스데스크 | 2025-08-27 (수)",
                         "최지훈 기자가 보도합니다.", "정하은 기자가 다녀왔습니다.", "김민수 기자의 보도입니다.", "Choi Min-ho reports.",
                         "Reporter Kim Min-su has the story."],
    # the bar of trending keywords
    "trending keywords": ["실시간 HOT 키워드: 루미엘 월드투어 · 청룡영화상 · 신곡 음원차트 · 열애설 · 컴백 라인업", "인기 검색어: 태풍 · 추석 연휴 · 환율",
                          "Trending: BTS · Blackpink · Squid Game"],
    # the bracketed dateline with the date after it, on its own line
    "byline": ["[스타픽24 이하늘 기자] 2024.06.21 10:03", "[한빛일보 김민수 기자] 2025-03-18 14:20"],
    # a whole comment on one line with its day and time but no year, its votes closing it
    "reader comment": ["루미엘사랑해 06.21 10:15 서울 공연 피켓팅 성공한 사람 손! 공감 32 비공감 1",
                       "lumi_forever 06.21 10:40 Madrid!!! finally Europe 😭 공감 18 비공감 0", "k-music_fan 06.21 12:30 LA 날짜 언제 나와요? 공감 4 비공감 0"],
    # a most-read heading after a site's name with digits
    "most-read list": ["스타픽24 인기기사 TOP 5", "뉴스24 많이 본 뉴스"],
    # the footer's line of the address and the phone under their labels
    "publisher footer": ["주소: 서울특별시 마포구 월드컵북로 400 | 전화: 02-3150-0024"],
}
DROP["trending keywords"] = R19_DROP["trending keywords"]  # a class of its own since r19a
R19_KEEP = [
    # near misses of the r19a classes: article sentences (다.), a broadcast's sentence in 니다 of another thing, headlines
    "관광공사는 안내 책자를 영문으로 제공합니다.", "이 신문은 주요 기사를 영문으로 제공한다.", "The following is the English version of the joint statement.",
    "[Global] Chipmakers rally", "[글로벌] 삼성, 미국 공장 착공", "Many students read in English.", "Books for kids — read in English",
    "기사 스크랩 기능을 도입했다.", "좋아요 128 응원해요 54 공유가 늘었다", "응원해요 54만 건",
    "구독 안내: 신문 구독료가 다음 달부터 월 2만원으로 오른다.", "넷플릭스 구독료 인상… 월 1만7천원", "영화 관객 > 1천만",
    "동영상 재생 시간이 늘었다.", "KBS 뉴스9 2024년 시청률 1위", "뉴스9 앵커가 2024년 09월 04일 교체됐다.",
    "최지훈 기자가 보도했다.", "경찰은 최지훈 기자가 보도한 내용을 확인했습니다.", "The company reports record profit.",
    "Choi Min-ho reports that the talks failed.",
    "실시간 검색어 1위에 올랐다.", "인기 키워드: 올해는 '절약'이 대세였다.", "[스타픽24 이하늘 기자] 그룹 루미엘이 월드투어에 나선다.",
    "6월 21일 10시 15분 서울 공연 티켓이 모두 팔렸다.", "스타픽24 인기 기사로 꼽혔다.", "주소를 옮긴 뒤 전화: 02-3150-0024로 문의하면 된다.",
    "[인터뷰] 박상철 / 외래 환자 보호자",  # an interview caption is not dropped: article.py joins it to its quote
]


@pytest.mark.parametrize("reason, text", [(r, t) for r, ts in R19_DROP.items() for t in ts])
def test_furniture_of_blind_round_r19a_is_dropped_with_its_reason(reason, text):
    assert classify(" ".join(text.split())) == reason


@pytest.mark.parametrize("text", R19_KEEP)
def test_article_text_beside_the_r19a_classes_is_kept(text):
    assert classify(text) is None


def test_a_mastheads_long_english_name_makes_it_a_masthead():
    from mtaudit.io.furniture import masthead

    assert masthead("한국해양물류신문 The Korea Maritime & Logistics Times") and masthead("The Korea Maritime & Logistics Times 한국해양물류신문")
    assert not any(masthead(t) for t in ("삼성전자 Galaxy Unpacked Event", "한국해양물류신문 Busan Port Expects Record Calls"))


def test_the_sites_name_the_copyright_line_gives_goes_at_the_top_and_a_headline_that_opens_with_it_stays(tmp_path):
    """At the top of the page, the site's name as its copyright line gives it ("Copyright ⓒ 스타픽24."), alone, with 뉴스 or with
    its English name after it, is the masthead; a headline that opens with the name says more and stays."""
    tail = "\n\n그룹이 월드투어에 나선다.\n\nCopyright ⓒ 스타픽24. All rights reserved.\n\nTour announced\n\nThe group is going on tour.\n"
    doc = _page(tmp_path, "스타픽24\n\n루미엘, 첫 월드투어 개최" + tail)
    assert [(s.text, s.kind) for s in doc.ko] == [("루미엘, 첫 월드투어 개최", "headline"), ("그룹이 월드투어에 나선다.", "body")]
    assert _reasons(doc)["스타픽24"] == "site name"
    doc = _page(tmp_path, "HBS 한빛방송 뉴스\n\n한빛대병원 노조 파업" + tail.replace("스타픽24", "HBS 한빛방송"))
    assert _reasons(doc)["HBS 한빛방송 뉴스"] == "site name" and doc.ko[0].text == "한빛대병원 노조 파업"
    doc = _page(tmp_path, "스타픽24, 창간 5주년 시상식 개최" + tail)
    assert (doc.ko[0].text, doc.ko[0].kind) == ("스타픽24, 창간 5주년 시상식 개최", "headline")
    doc = _page(tmp_path, "스타픽24\n\n루미엘, 첫 월드투어 개최" + tail.replace("스타픽24", "연예일보"))
    assert doc.ko[0].text == "스타픽24"  # a name no copyright line gives stays where no other rule knows it


def test_an_interview_caption_is_one_sentence_with_the_quote_under_it(tmp_path):
    """A broadcast's interview caption outside the brackets ("[인터뷰] 박상철 / 외래 환자 보호자") and the quote on the next line (one
    blank line at most) are one sentence: the English folds the speaker into the quote's sentence. A caption with nothing
    quoted under it stays as it is; the caption with the name inside the brackets is still a script label."""
    english = "\n\nStrike\n\n\"I was told,\" said Park Sang-cheol, a family member.\n"
    doc = _page(tmp_path, "파업\n\n[인터뷰] 박상철 / 외래 환자 보호자\n\"연락을 받았습니다.\"" + english)
    assert [s.text for s in doc.ko] == ["파업", "[인터뷰] 박상철 / 외래 환자 보호자 \"연락을 받았습니다.\""]
    doc = _page(tmp_path, "파업\n\n[인터뷰] 박상철 / 외래 환자 보호자\n\n\"연락을 받았습니다.\"" + english)
    assert [s.text for s in doc.ko] == ["파업", "[인터뷰] 박상철 / 외래 환자 보호자 \"연락을 받았습니다.\""]
    doc = _page(tmp_path, "파업\n\n[인터뷰] 박상철 / 외래 환자 보호자\n\n병원은 수술을 미뤘다." + english)
    assert [s.text for s in doc.ko] == ["파업", "[인터뷰] 박상철 / 외래 환자 보호자", "병원은 수술을 미뤘다."]
    doc = _page(tmp_path, "파업\n\n[인터뷰: 박상철 / 외래 환자 보호자]\n\"연락을 받았습니다.\"" + english)
    assert [s.text for s in doc.ko] == ["파업", "\"연락을 받았습니다.\""]
    assert _reasons(doc)["[인터뷰: 박상철 / 외래 환자 보호자]"] == "broadcast script"


def test_a_headline_ending_in_da_over_its_subtitle_and_the_byline_is_the_headline_and_a_ticker_above_it_goes(tmp_path):
    """The titles right above the byline, the headline over its subtitle, are the headline and the subtitle though the
    headline ends in 다 without a full stop ("... 역대 최다"); a labelled ticker above the breadcrumb over such a headline is a
    ticker. A lead sentence with its full stop above the byline stays body text."""
    doc = _page(tmp_path, (
        "[오늘의 운임] SCFI 2,142.6 (전주 대비 -3.1%) | 부산항 3월 처리량 201만TEU\n\nHOME > 항만 > 크루즈·여객\n\n"
        "부산항 크루즈 입항 올해 250회 전망… 역대 최다\n영도 터미널 선석 420m로 연장… 11월 완공\n\n윤재석 기자 | 승인 2024.04.03 09:10\n\n"
        "부산항만공사는 입항 횟수가 250회에 달할 것으로 예상된다고 밝혔다.\n\nBusan Port expects record cruise calls\n\nThe authority expects 250 calls.\n"
    ))
    assert [(s.text, s.kind) for s in doc.ko] == [
        ("부산항 크루즈 입항 올해 250회 전망… 역대 최다", "headline"), ("영도 터미널 선석 420m로 연장… 11월 완공", "subtitle"),
        ("부산항만공사는 입항 횟수가 250회에 달할 것으로 예상된다고 밝혔다.", "body"),
    ]
    assert _reasons(doc)["[오늘의 운임] SCFI 2,142.6 (전주 대비 -3.1%) | 부산항 3월 처리량 201만TEU"] == "news ticker"
    doc = _page(tmp_path, (
        "부산항 크루즈 입항 250회 전망\n\n공사는 입항이 늘 것이라고 밝혔다.\n\n윤재석 기자\n\nBusan Port expects record calls\n\nThe authority said so.\n"
    ))
    assert [s.kind for s in doc.ko] == ["headline", "body"]


R19_PAGES = {
    # page: (Korean headline, Korean sentences, English headline, English sentences, subtitles, {line: reason})
    "flood": ("금강 공주지점 홍수경보 발령… 저지대 주민 1,200여명 대피", 13, "Flood warning issued for Geum River", 13, 1, {
        "※ 호서일보는 독자 여러분을 위해 주요 기사를 영문으로 제공합니다.": "translator's note"}),
    "housing": ('"로또 청약" 서울 \'마포 리버스카이 힐스\' 1순위 경쟁률 163대 1… 올해 최고', 13, "'Lottery subscription'", 13, 1, {
        "기사 스크랩 | 공유 | 댓글 3 | 글씨크기 | 프린트": "tool bar",
        "대한경제신보 프리미엄 구독하고 부동산 시장 심층 분석을 가장 먼저 받아보세요. 첫 달 무료, 이후 월 9,900원 [구독하기]": "subscribe link",
        "[Global Edition | English]": "language label",
        "The following is the English version of this article provided by Daehan Economic Daily.": "translator's note"}),
    "kpop": ("루미엘, 데뷔 첫 월드투어 개최… 16개 도시 28회 공연", 13, "LUMIEL to hold first world tour", 13, 0, {
        "스타픽24": "site name", "실시간 HOT 키워드: 루미엘 월드투어 · 청룡영화상 · 신곡 음원차트 · 열애설 · 컴백 라인업": "trending keywords",
        "가요 > K-POP": "site menu", "[스타픽24 이하늘 기자] 2024.06.21 10:03": "byline",
        "좋아요 128 | 응원해요 54 | 놀라워요 9 | 공유 | 스크랩 | 폰트 크기 A A": "tool bar", "🌏 For Global Fans — Read in English": "language label",
        "루미엘사랑해 06.21 10:15 서울 공연 피켓팅 성공한 사람 손! 공감 32 비공감 1": "reader comment",
        "lumi_forever 06.21 10:40 Madrid!!! finally Europe 😭 공감 18 비공감 0": "reader comment",
        "도윤이최고 06.21 11:02 정규 2집 타이틀 라이브 너무 기대돼요 공감 11 비공감 0": "reader comment",
        "k-music_fan 06.21 12:30 LA 날짜 언제 나와요? 공감 4 비공감 0": "reader comment",
        "스타픽24 인기기사 TOP 5": "most-read list", "1. '청룡의 밤' 레드카펫 베스트 드레서는?": "most-read list (an item of the list)",
        "5. [포토] 공항 패션 총정리": "most-read list (an item of the list)",
        "주소: 서울특별시 마포구 월드컵북로 400 | 전화: 02-3150-0024": "publisher footer"}),
    "hospital": ("한빛대병원 노조 사흘째 파업… 수술 30% 연기", 12, "Hanbit University Hospital union strike", 12, 0, {
        "HBS 한빛방송 뉴스": "site name", "[뉴스특보] 광주·전남 호우주의보 해제 | HBS 뉴스9 다시보기 | 오늘의 날씨: 광주 맑음 31도": "news ticker",
        "▶ 동영상 재생 (02:13) | 자막 ON/OFF | 공유 | 글자 크기 | 인쇄": "video player", "HBS 뉴스9 | 2024년 09월 04일": "broadcast script",
        "최지훈 기자가 보도합니다.": "broadcast script", "HBS 뉴스 최지훈입니다.": "broadcast script",
        "[HBS Global] English Version": "language label"}),
    "cruise": ("부산항 크루즈 입항 올해 250회 전망… 역대 최다", 13, "Busan Port expects record 250 cruise calls", 13, 1, {
        "한국해양물류신문 The Korea Maritime & Logistics Times": "site name",
        "[오늘의 운임] SCFI 2,142.6 (전주 대비 -3.1%) | BDI 1,815 (+42) | 부산항 3월 컨테이너 처리량 201만TEU": "news ticker",
        "■ 한국해양물류신문 구독 안내: 지면+온라인 연간 12만원 / 온라인 전용 연간 6만원 (문의 02-780-4500)": "subscribe link"}),
}


@pytest.mark.parametrize("page", R19_PAGES)
def test_the_pages_of_blind_round_r19a_read_as_their_articles_only(page):
    """tests/fixtures/unseen/o_page_*.txt: every furniture line the tester found read as article text is dropped with its
    class, the headlines take the headline slot (not the ticker, the site's name or the English section's label), the
    subtitles the subtitle slot, every article sentence stays. The interview captions are one sentence with their quotes."""
    doc = _read_page(UNSEEN / f"o_page_{page}.txt")
    _assert_reads_as_article(doc, *R19_PAGES[page])
    if page == "hospital":
        quoted = [s.text for s in doc.ko if s.text.startswith("[인터뷰]")]
        assert [t.split(' "')[0] for t in quoted] == ["[인터뷰] 정미경 / 보건의료노조 한빛대병원지부장", "[인터뷰] 박상철 / 외래 환자 보호자"]
        assert all(t.endswith('."') for t in quoted)
    assert not doc.notes


# r20a: the classes of five pages of sites nobody had seen (a broadcaster, an economic daily, a regional daily, a weekly
# fisheries trade paper and a portal's news section)
R20_DROP = {
    # a login row with the broadcaster's live button or the list of all articles; a portal's services beside its login
    "site menu": ["ON AIR 로그인 회원가입", "온에어 로그인", "로그인 회원가입 전체기사보기 기사제보", "Log in Sign up",
                  "메일 카페 블로그 쇼핑 증권 지도 | 로그인"],
    # a photo's credit naming its source
    "photo caption": ["[사진 출처 : 연합뉴스]", "(이미지 출처=게티이미지뱅크)", "[Photo source: Yonhap]"],
    # the tip-off box's heading as the site's call to its readers, in 니다
    "tip-off box": ["HNB는 여러분의 소중한 제보를 기다립니다.", "시청자 여러분의 제보를 기다립니다"],
    # the reaction bar after its prompt as a condition, with the subscribe button
    "page counters": ["이 기사가 좋으셨다면 ♥ 좋아요 128 구독하기", "기사가 도움이 되셨다면 좋아요 12 | 구독"],
    # one related article's link inside the body, its label in brackets; the reporter's list with its button
    "related link": ['[관련기사] 시중은행 예대금리차 6개월째 확대…"대출 금리 인하 더뎌"', "▶ [관련 뉴스] 한은, 기준금리 연 2.75%로 인하",
                     "[Related] BOK cuts benchmark rate to 2.75%", "이태민 기자의 다른 기사 보기", "정수아 기자의 다른 기사 더보기"],
    # the subscribe button with its offer; the press's name with its subscribe button and the plus
    "subscribe link": ["한빛경제 프리미엄 구독하기 — 첫 달 무료", "구독 신청 | 월 9,900원", "충북온라인뉴스 구독 +", "한빛일보 + 구독"],
    # a periodical's issue bar (a class of its own)
    "issue bar": ["주간 발행 | 제1247호", "통권 제312호 | 2025년 8월 22일 발행", "Vol. 12, No. 34"],
    # the publisher's pledge to a code of ethics
    "publisher footer": ["이 신문은 신문윤리강령 및 그 실천요강을 준수합니다.", "본 사이트는 인터넷신문윤리강령을 준수합니다.",
                         "This newspaper abides by the Korean Press Code of Ethics."],
    # a portal's summary, listen and translate buttons in the tool bar
    "tool bar": ["요약보기 음성으로 듣기 번역 설정 글씨크기 조절 인쇄 공유", "요약 음성으로 듣기 공유 인쇄"],
    # the English section's label: after an emoji, the site's name and the language between bars, the full text's label
    "language label": ["🌐 번역 English (베타)", "HNB NEWS | ENGLISH", "[ENG] Full text in English", "English full text", "영문 전문 보기"],
    # the translation's disclaimer of "번역된 기사"; who gives this English version
    "translator's note": ["번역된 기사는 원문과 다를 수 있으며, 언론사가 검수한 번역입니다.",
                          "This English version is provided by the HNB Global News Desk.",
                          "The English version of this article was prepared by the Global Desk."],
    # the comment box's count before its sort order
    "comment box": ["댓글 57 순공감순 최신순 공감비율순"],
}
DROP["issue bar"] = R20_DROP["issue bar"]  # a class of its own since r20a
R20_KEEP = [
    # near misses of the r20a classes: article sentences (다.), a sentence in 니다 of another thing, headlines and phrases
    "로그인 오류로 쇼핑 결제가 지연됐다.", "블로그 카페 지도", "온에어 시청률이 올랐다.", "사진 출처를 밝히지 않은 게시물이 늘었다.",
    "경찰은 목격자의 제보를 기다리고 있다.", "경찰은 목격자 여러분의 제보를 기다립니다.", "이 기사가 좋으셨다면 다행이다.",
    "[관련기사] 정부는 대책을 발표했다.", "관련기사에 따르면 금리가 올랐다.", "정수아 기자의 다른 기사가 상을 받았다.",
    "넷플릭스 구독하기 어려워진다", "넷플릭스 구독 +", "유튜브 프리미엄 구독 첫 달 무료 혜택 종료",
    "법률 제1247호", "제1호 사업장으로 선정됐다.", "주간 발행 부수가 늘었다.",
    "이 신문은 신문윤리강령을 준수한다고 밝혔다.", "신문윤리위원회는 윤리강령 위반 여부를 심의합니다.",
    "요약 보고서를 음성으로 듣기 쉽게 만들었다.", "Samsung | English", "[ENG] Samsung to build plant in Texas",
    "The full text in English was released on Monday.", "번역된 기사는 원문과 다를 수 있다고 그는 지적했다.",
    "The English version of the law was provided by the ministry.", "This English version is provided by the ministry, officials said.",
    "댓글 57개가 달렸다.",
]


@pytest.mark.parametrize("reason, text", [(r, t) for r, ts in R20_DROP.items() for t in ts])
def test_furniture_of_blind_round_r20a_is_dropped_with_its_reason(reason, text):
    assert classify(" ".join(text.split())) == reason


@pytest.mark.parametrize("text", R20_KEEP)
def test_article_text_beside_the_r20a_classes_is_kept(text):
    assert classify(text) is None


def test_a_broadcasters_name_with_its_news_word_is_a_masthead_and_a_tip_boxs_channels_may_share_a_row():
    from mtaudit.io.furniture import contact_item, masthead

    assert masthead("HNB 한누리방송 뉴스") and masthead("한빛일보 NEWS")
    assert not any(masthead(t) for t in ("가짜 뉴스", "한누리방송 뉴스 시청률 1위", "HNB 대표 교체"))
    assert contact_item("☎ 전화 : 02-781-1234 ▷ 이메일 : hnbjebo@hnb.co.kr ▷ 카카오톡 : 'HNB 제보' 검색")
    assert contact_item("전화: 02-780-0000 | 이메일: jebo@knt.co.kr")
    assert not contact_item("☎ 전화 : 02-781-1234 ▷ 이메일로 문의하면 답변을 받을 수 있다.")


_TAIL20 = "\n\n본문은 여기에 있다.\n\nCopyright ⓒ HNB. All rights reserved.\n\nHeadline\n\nThe body is here.\n"


def test_a_ticker_of_two_lines_above_the_breadcrumb_goes_and_two_breaking_headlines_stay(tmp_path):
    """Two "[속보]" lines above the breadcrumb are one ticker over the article's headline; with no breadcrumb or list naming
    them they stay (a [속보] article's own headline)."""
    doc = _page(tmp_path, (
        "HNB 한누리방송 뉴스\nON AIR 로그인 회원가입\n[속보] 중부지방 한파경보 확대…서울 체감온도 영하 22도\n"
        "[속보] 제주 산간 대설주의보…항공편 정상 운항 중\n\n사회 > 날씨·재난\n\n영하 15도 한파에 난방 수요 급증" + _TAIL20
    ))
    assert [(s.text, s.kind) for s in doc.ko] == [("영하 15도 한파에 난방 수요 급증", "headline"), ("본문은 여기에 있다.", "body")]
    reasons = _reasons(doc)
    assert reasons["HNB 한누리방송 뉴스"] == "site name" and reasons["ON AIR 로그인 회원가입"] == "site menu"
    assert reasons["[속보] 제주 산간 대설주의보…항공편 정상 운항 중"] == reasons["[속보] 중부지방 한파경보 확대…서울 체감온도 영하 22도"] == "news ticker"
    doc = _page(tmp_path, "[속보] 중부지방 한파경보 확대…서울 체감온도 영하 22도\n[속보] 제주 산간 대설주의보…항공편 정상 운항 중" + _TAIL20)
    assert [s.kind for s in doc.ko] == ["headline", "subtitle", "body"]


def test_a_drawn_box_around_a_subscription_call_goes_and_a_drawn_box_of_facts_stays(tmp_path):
    """The lines of a box drawn with line characters go when one of them is a subscription call, an ad or a promotion within
    its sides (the box's other lines are its copy); a drawn box of facts stays."""
    box = "┌──────────┐\n│ 한빛경제 프리미엄 구독하기 — 첫 달 무료 │\n│ 매일 아침 7시, 시장을 움직이는 뉴스를 받아보세요 │\n└──────────┘\n"
    doc = _page(tmp_path, "금리 인하\n\n은행이 금리를 내렸다.\n\n" + box + "\nRates cut\n\nThe bank cut rates.\n")
    assert [s.text for s in doc.ko] == ["금리 인하", "은행이 금리를 내렸다."]
    assert _reasons(doc)["│ 매일 아침 7시, 시장을 움직이는 뉴스를 받아보세요 │"] == "subscribe link"
    facts = "┌──────────┐\n│ 리콜 대상: 4만3천대 │\n│ 무상 수리: 다음 달 3일부터 │\n└──────────┘\n"
    doc = _page(tmp_path, "리콜\n\n회사가 리콜에 들어간다.\n\n" + facts + "\nRecall\n\nThe company recalls cars.\n")
    assert [s.text for s in doc.ko] == ["리콜", "회사가 리콜에 들어간다.", "│ 리콜 대상: 4만3천대 │", "│ 무상 수리: 다음 달 3일부터 │"]


def test_a_breadcrumb_that_starts_with_an_item_of_the_sites_own_menu_goes(tmp_path):
    """"양식 > 재해·방역" under the site's menu "어업 | 양식 | ..." is the breadcrumb (양식 is no section this reader knows by
    itself); the same line with no menu naming its first item stays."""
    page = "한국수산저널 — 수산인의 든든한 동반자\n어업 | 양식 | 유통·가공 | 수협 | 해양정책\n\n양식 > 재해·방역\n\n적조로 양식어류 폐사" + _TAIL20
    doc = _page(tmp_path, page)
    assert [(s.text, s.kind) for s in doc.ko] == [("적조로 양식어류 폐사", "headline"), ("본문은 여기에 있다.", "body")]
    assert _reasons(doc)["양식 > 재해·방역"] == "site menu"
    doc = _page(tmp_path, page.replace("어업 | 양식 |", "어업 | 수산 |"))
    assert doc.ko[0].text == "양식 > 재해·방역"


def test_a_portals_logo_over_its_services_and_the_press_with_its_subscribe_button_go(tmp_path):
    doc = _page(tmp_path, (
        "누리 NEWS\n메일  카페  블로그  쇼핑  증권  지도  |  로그인\n\n충북온라인뉴스  구독 +\n청주시, 시내버스 무료\n한소희 기자   입력 2025. 5. 14. 10:21"
        + _TAIL20
    ))
    assert [(s.text, s.kind) for s in doc.ko] == [("청주시, 시내버스 무료", "headline"), ("본문은 여기에 있다.", "body")]
    assert _reasons(doc)["누리 NEWS"] == "site name"


R20_PAGES = {
    # page: (Korean headline, Korean sentences, English headline, English sentences, subtitles, {line: reason})
    "coldwave": ("영하 15도 한파에 난방 수요 급증…전력 예비율 8%대로 하락", 13, "Heating Demand Surges", 13, 0, {
        "HNB 한누리방송 뉴스": "site name", "ON AIR 로그인 회원가입": "site menu",
        "[속보] 중부지방 한파경보 확대…서울 체감온도 영하 22도": "news ticker", "[속보] 제주 산간 대설주의보…항공편 정상 운항 중": "news ticker",
        "[사진 출처 : 연합뉴스]": "photo caption", "HNB는 여러분의 소중한 제보를 기다립니다.": "tip-off box",
        "☎ 전화 : 02-781-1234 ▷ 이메일 : hnbjebo@hnb.co.kr ▷ 카카오톡 : 'HNB 제보' 검색": "tip-off box (an item of the list)",
        "이 기사가 좋으셨다면 ♥ 좋아요 128 구독하기": "page counters", "HNB NEWS | ENGLISH": "language label",
        "This English version is provided by the HNB Global News Desk.": "translator's note"}),
    "deposit": ("새한은행, 정기예금 금리 최대 0.3%p 인하…1년 만기 연 2.80%", 13, "Saehan Bank Cuts Time Deposit Rates", 13, 1, {
        '[관련기사] 시중은행 예대금리차 6개월째 확대…"대출 금리 인하 더뎌"': "related link",
        '[관련기사] 한은, 기준금리 연 2.75%로 인하…"경기 하방 위험 커져"': "related link",
        "│ 한빛경제 프리미엄 구독하기 — 첫 달 무료 │": "subscribe link", "│ 매일 아침 7시, 시장을 움직이는 뉴스를 받아보세요 │": "subscribe link"}),
    "hospital": ("서산 서해중앙병원 신관 개원…응급실 2배로 넓혀", 12, "Seosan's Seohae Central Hospital Opens New Wing", 12, 0, {
        "로그인 회원가입 전체기사보기 기사제보": "site menu", "이태민 기자의 다른 기사 보기": "related link",
        "· 서산 대산공단 야간 대기질 측정 강화": "related link (an item of the list)",
        "· 태안 해변 쓰레기 수거에 자원봉사자 500명 몰려": "related link (an item of the list)"}),
    # (the quotation of two sentences in one Korean sentence: 12 Korean, 13 English)
    "redtide": ("경남 남해안 적조에 양식어류 120만 마리 폐사…피해액 28억 원", 12, "Red Tide Off South Gyeongsang", 13, 0, {
        "주간 발행 | 제1247호": "issue bar", "양식 > 재해·방역": "site menu", "[ENG] Full text in English": "language label",
        "이 신문은 신문윤리강령 및 그 실천요강을 준수합니다.": "publisher footer"}),
    "buspass": ("청주시, 7월부터 70세 이상 시내버스 무료…2030년 65세까지 확대", 12, "Cheongju to Offer Free City Bus Rides", 12, 0, {
        "누리 NEWS": "site name", "메일 카페 블로그 쇼핑 증권 지도 | 로그인": "site menu", "충북온라인뉴스 구독 +": "subscribe link",
        "요약보기 음성으로 듣기 번역 설정 글씨크기 조절 인쇄 공유": "tool bar", "🌐 번역 English (베타)": "language label",
        "번역된 기사는 원문과 다를 수 있으며, 언론사가 검수한 번역입니다.": "translator's note",
        "댓글 57 순공감순 최신순 공감비율순": "comment box"}),
}


@pytest.mark.parametrize("page", R20_PAGES)
def test_the_pages_of_blind_round_r20a_read_as_their_articles_only(page):
    """tests/fixtures/unseen/p_page_*.txt: every furniture line the tester found read as article text is dropped with its
    class, the headlines take the headline slot (not the site's name, the login row, the issue bar, the portal's logo or the
    English section's label), the subtitle the subtitle slot, every article sentence stays."""
    ko_head, n_ko, en_head, n_en, n_sub, reasons = R20_PAGES[page]
    doc = _read_page(UNSEEN / f"p_page_{page}.txt")
    assert (doc.ko[0].text, doc.ko[0].kind) == (ko_head, "headline")
    assert doc.en[0].text.startswith(en_head) and doc.en[0].kind == "headline"
    assert [s.kind for s in doc.ko[1:]] == ["subtitle"] * n_sub + ["body"] * (n_ko - 1 - n_sub)
    assert [s.kind for s in doc.en[1:]] == ["subtitle"] * n_sub + ["body"] * (n_en - 1 - n_sub)
    assert (len(doc.ko), len(doc.en)) == (n_ko, n_en)
    assert all(s.text.endswith(("다.", ".", '"')) for s in doc.ko[1 + n_sub :] + doc.en[1 + n_sub :])
    got = _reasons(doc)
    for line, reason in reasons.items():
        assert got[line] == reason, line
    assert not doc.notes
