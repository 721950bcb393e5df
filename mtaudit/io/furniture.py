"""Site furniture: the pieces of a saved news page that are not the article.

Each rule is (reason, test on one whitespace-collapsed paragraph). Rules are
conservative: a paragraph is furniture only when it is short and matches a
pattern that article prose does not have. The reason is shown to the user by
`mtaudit inspect` and kept in Document.dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

_MENU_WORDS = {
    "search", "검색", "메뉴", "전체메뉴", "menu", "home", "홈", "로그인", "login", "log in", "회원가입", "sign up",
    "sign in", "subscribe", "구독", "구독하기", "pc버전", "pc 버전", "모바일버전", "모바일 버전", "pc version",
    "mobile version", "맨위로", "맨 위로", "top", "목록", "닫기", "close", "더보기", "전체보기", "인쇄", "print",
    "스크랩", "기사 스크랩", "프린트", "이메일", "e-mail", "email", "뒤로", "back", "다음기사", "이전기사",
    "기사제보", "제보하기", "후원", "후원하기", "구독신청", "뉴스레터", "newsletter", "전체기사", "기사목록", "모바일웹",
    "모바일 웹", "pc웹", "pc 웹", "mobile web", "english edition", "pdf 지면", "pdf지면", "지면보기", "지면 보기", "e-paper",
    # a broadcaster's live button in the login row ("ON AIR 로그인 회원가입"); the list of all articles ("전체기사보기")
    "on air", "onair", "온에어", "전체기사보기", "전체기사 보기", "전체 기사 보기",
}
# A portal's services in its top bar, beside its login: "메일 카페 블로그 쇼핑 증권 지도 | 로그인" (only with a menu word: "블로그
# 카페 지도" alone can be a phrase)
_PORTAL_SERVICES = {
    "메일", "카페", "블로그", "쇼핑", "증권", "지도", "웹툰", "사전", "뉴스", "스포츠", "연예", "부동산", "날씨", "쇼핑라이브", "시리즈",
    "캘린더", "클라우드", "페이", "mail", "cafe", "blog", "shopping", "maps", "news", "finance", "webtoon", "dictionary",
}
# news sites' names, as a page's masthead or footer prints them on a line of their own
_SITE_NAMES = {
    "연합뉴스", "연합뉴스tv", "뉴시스", "뉴스1", "뉴스1코리아", "조선일보", "중앙일보", "동아일보", "한겨레", "한겨레신문",
    "경향신문", "한국일보", "국민일보", "서울신문", "세계일보", "문화일보", "매일경제", "한국경제", "서울경제", "머니투데이",
    "이데일리", "아시아경제", "헤럴드경제", "파이낸셜뉴스", "아주경제", "이투데이", "뉴스핌", "노컷뉴스", "오마이뉴스",
    "프레시안", "조선비즈", "전자신문", "디지털타임스", "브레이크뉴스", "뉴데일리", "데일리안", "머니s", "비즈니스워치",
    "kbs", "kbs뉴스", "kbs 뉴스", "mbc", "mbc뉴스", "mbc 뉴스", "sbs", "sbs뉴스", "sbs 뉴스", "ytn", "jtbc", "jtbc뉴스",
    "mbn", "tv조선", "채널a", "yonhap", "yonhap news", "yonhap news agency", "newsis", "news1", "news1 korea",
    "the korea herald", "korea herald", "the korea times", "korea times", "korea joongang daily", "the chosun ilbo",
    "the chosun daily", "the dong-a ilbo", "the hankyoreh", "hankyoreh", "kbs news", "kbs world", "arirang news",
}
# the section menu of a Korean news site, space-separated: "정치 북한 경제 산업 사회 전국 세계 문화 연예 스포츠 오피니언"
_SECTIONS = {
    "정치", "북한", "경제", "산업", "사회", "전국", "지역", "세계", "국제", "문화", "연예", "스포츠", "오피니언", "사설", "칼럼",
    "과학", "it", "it·과학", "생활", "라이프", "건강", "부동산", "증권", "금융", "마켓", "기업", "산업·기업", "엔터", "연예·스포츠",
    "문화·라이프", "포토", "영상", "비디오", "동영상", "피플", "사람", "인물", "교육", "환경", "날씨", "여행", "기획", "이슈",
    "전체", "전체기사", "최신기사", "랭킹", "많이본뉴스", "뉴스", "테크", "글로벌", "월드", "사건사고", "사건·사고", "법원", "법조",
    "politics", "economy", "business", "society", "national", "world", "culture", "entertainment", "sports", "opinion",
    "science", "tech", "lifestyle", "life", "photos", "video", "videos", "markets", "finance", "health", "travel",
    "features", "editorials", "columns", "nk", "k-pop", "k-culture", "latest", "north", "korea", "market", "industry",
    "유통", "자동차", "모빌리티", "에너지", "경제정책", "재테크", "마켓데이터", "마켓시세", "사람들", "생활·문화", "팩트체크", "tv",
    "신문보기", "정치·행정", "문화·관광", "보건·복지", "뉴스레터", "연재", "기획·연재", "지방자치", "자치", "행정", "ai", "산업·경제",
    "속보", "정책", "인사", "부고", "인사·동정", "제약·바이오", "바이오", "의료기기", "병원·의료", "의료", "헬스", "영문뉴스", "english",
    # a trade paper's fields: "반도체 디스플레이 배터리 모바일 부품·소재 장비"
    "반도체", "디스플레이", "배터리", "모바일", "부품", "소재", "장비", "통신", "게임", "노동",
    # an entertainment outlet's: "연예 | 방송 | 가요 | 영화 | 드라마 | 해외연예", "가요 > K-POP"
    "가요", "방송", "영화", "드라마", "예능", "음악", "해외연예", "스타", "공연", "공연·전시", "k-drama", "movies", "music",
}


def _a_section(word: str) -> bool:
    """A section's name, or two or three joined by "·" ("경제·금융", "부품·소재"): a site's section of its own."""
    word = word.lower().replace("/", "·")
    parts = word.split("·")
    return word in _SECTIONS or 2 <= len(parts) <= 3 and all(x in _SECTIONS for x in parts)


_AD_WORDS = {"광고", "ad", "ads", "advertisement", "sponsored", "스폰서", "[광고]", "(광고)"}
# ... or the label before the ad's own text: "광고 | 반도체 클린룸 장비 전문기업 ...", "[광고] 여름 특가! ... ▶ 예약하기"
_AD_LABEL = re.compile(r"^([\[【(<]\s*(광고|ad|advertisement|sponsored|스폰서|협찬|pr)\s*[\]】)>]|(광고|ad|advertisement|sponsored)\s*[|｜:：])\s*\S", re.I)


# ... or "AD" in capitals before the ad's Korean text: "AD 법인 차량 리스, 월 39만원부터! 무료 견적 받기"
_AD_CAPS = re.compile(r"^AD\s+(?=[가-힣])")
# An ad's copy by its phone number after a telephone sign: "[분양] 서울 도심 역세권 오피스텔 선착순 계약 중 ☎ 1588-0000"
_AD_PHONE = re.compile(r"(☎|☏|📞|(?i:tel)\.?)\s*[:：]?\s*(\d{2,4}-)?\d{3,4}-\d{4}\s*$")


def _advertisement(s: str) -> bool:
    return s.lower() in _AD_WORDS or len(s) < 200 and bool(
        _AD_LABEL.match(s) or _AD_CAPS.match(s) or len(s) < 120 and _AD_PHONE.search(s)
    ) and not _a_sentence(s) and not _PROSE_END_KO.search(s)


_SHARE_WORDS = re.compile(
    r"트위터|페이스북|카카오톡|카카오스토리|네이버\s*블로그|밴드|band|twitter|facebook|kakao|linkedin|"
    r"whatsapp|telegram|pinterest|텔레그램|공유하기|url\s*복사|링크\s*복사",
    re.I,
)

# A sentence of an article, which no button is: a Korean one that ends as sentences do ("...공유하기로 했다.", "...트위터와
# 페이스북에 글을 올렸다."), an English one of eight words or more with its full stop
_KO_SENTENCE = re.compile(r"[가-힣](?<!니)다[.!?][\"'”’)]*\s*$")  # (news prose is plain: a help text says 있습니다)


def _a_sentence(s: str) -> bool:
    return bool(_KO_SENTENCE.search(s)) or (len(s.split()) >= 8 and bool(re.search(r"[a-z][.!?][\"'”’)]*\s*$", s)))


_IMAGE_MD = re.compile(r"^!\[.*\]\(\S+\)$")
_LISTEN = re.compile(
    r"^((ai\s*)?(기사\s*)?요약\s*듣기|본문\s*듣기|기사\s*듣기|음성\s*(으로\s*)?듣기|듣기\s*중지|listen(\s+to\s+(this\s+)?(article|summary))?)"
    r"(\s*[▶►▷⏵]?\s*\(?\d{1,2}:\d{2}\)?|\s*[▶►▷⏵])?$",
    re.I,
)
_FONT = re.compile(r"^(가\s*[-−–]?\s*가\s*[+＋]?|(가\s*[-−–+＋]?\s*){3,6}|글자\s*크기.*|글씨\s*크기.*|폰트\s*크기.*|text\s*size.*)$", re.I)
# "share on" only as a button's label: the line starts with it or it names a network ("a dividend of 600 won per share on
# the same day" is a sentence)
_SHARE_ONE = re.compile(
    r"url\s*복사|링크\s*복사|복사하실\s*수|copy\s+(the\s+)?link|^\W*share\s+on\b|"
    r"share\s+on\s+(facebook|twitter|x\b|kakao|naver|band|line\b|linkedin|telegram|whatsapp|e-?mail|pinterest|reddit)|공유하기",
    re.I,
)
# a share button's label on a line of its own: "이 기사를 공유합니다", "기사 공유하기", "Share this article"
_SHARE_LINE = re.compile(r"^((이\s*)?기사\s*(를\s*)?공유(합니다|하기)?|share\s+(this\s+)?(article|story|page))\W*$", re.I)
_COPYRIGHT = re.compile(
    r"^\W*(copyright|ⓒ|©|\(c\))|all rights reserved|무단\s*전재\s*(및|-|ㆍ|·|&)?\s*재배포\s*금지|^\W*저작권자(?!\s*의)|"
    r"무단\s*(전재|복제|복사|배포)[^.!?]{0,40}(금합니다|금지합니다|금지됩니다)", re.I
)
_CAPTION_MARK = re.compile(r"^[▲△].*(사진|ⓒ|©|제공|photo|courtesy)", re.I)  # "▲소재 ▲부품" bullets are text
_CAPTION = re.compile(
    r"\(\s*사진\s*=|사진\s*제공\s*[=:]|\(사진제공|/\s*사진\s*=|\[\s*사진\s*=|photo@|\(\s*photo\s*=|재판매\s*및\s*DB\s*금지|"
    r"^(사진|그래픽|이미지|photo|image)\s*[:=]|"
    r"^[\[(]\s*(photo|image|graphic)s?\s*(provided|courtesy|supplied|offered)?\s*(by|of|=|:)\s*[^\])]{1,60}[\])]$",
    re.I,
)
# A photo's credit on a line of its own: "[사진=국가유산청]", "/사진 제공=서울시", "/서울데일리뉴스DB", "/AP 연합뉴스",
# "[한빛일보 자료사진]", "국가유산청 제공" (one name: "청년 월세 20만원 제공" is a headline); its source named so: "[사진 출처 :
# 연합뉴스]", "(이미지 출처=게티이미지뱅크)", "[Photo source: Yonhap]"
_CREDIT_ONLY = re.compile(
    r"^[\[(<]?\s*(사진|photo)\s*(제공)?\s*[=:]\s*[^\])>=]{1,30}[\])>]?$|"
    r"^[\[(<]?\s*(사진|이미지|photo|image)\s*(출처|source|credit)\s*[=:：]\s*[^\])>=.!?]{1,30}[\])>]?$|"
    r"^/\s*(사진\s*(제공)?\s*[=:]\s*)?(?=[^/]*[가-힣])[^\s/]{2,20}(\s[^\s/]{1,10})?$|"
    r"^[\[(<]\s*[^\[\]()<>]{0,25}(자료\s*사진|사진\s*제공|제공|DB)\s*[\])>]$|"
    r"^(사진\s*)?[가-힣A-Za-z0-9·]{2,20}\s*(제공|DB)$|"
    r"^[\[(<]\s*[A-Za-z0-9 .&'-]{0,30}\b(file\s+photo|photo)\s*[\])>]$",
    re.I,
)
# ... or closing the caption, after its full stop or a date: "...금동불상 3점. 국가유산청 제공", "...읽고 있다.
# /서울데일리뉴스DB", "...세워져 있다. 2025.3.18 [한빛일보 자료사진]"
_CREDIT_END = re.compile(
    r"\.\s*/\s*(사진\s*(제공)?\s*[=:]\s*)?(?=[^/]*[가-힣])[^\s/]{2,20}(\s[^\s/]{1,10})?$|"
    r"[.\d]\s*[\[(<]\s*[^\[\]()<>]{0,25}(자료\s*사진|사진\s*제공|제공|DB)\s*[\])>]$|"
    r"\.\s+[가-힣A-Za-z0-9·]{2,20}(\s[가-힣A-Za-z0-9·]{2,20})?\s*제공$|"
    # ... and its translation: "...on March 20, 2025. [Hanbit News file photo]"
    r"\.\s*[\[(<]\s*[A-Za-z0-9 .&'-]{0,30}\b(?i:file\s+photo|photo|photo\s+courtesy\s+of\s+[A-Za-z0-9 .&'-]{1,30})\s*[\])>]$",
)


# A caption opened by its mark and closed by its credit: "[사진] 14일 오전 ... 오르고 있다. ⓒ한밭신문 DB", "(사진) ... /뉴스1",
# "[Photo] ... ⓒ Hanbat Daily DB"; a broadcast's screen caption, all in brackets: "(화면: 27일 오후 ... 모습 / 시청자 제공)"
_CAPTION_OPEN = re.compile(r"^[\[(<【]\s*(사진|포토|화면|영상|그래픽|이미지|자료\s*사진|사진\s*설명|photo|image|graphic|screen)\s*[\])>】]", re.I)
_CAPTION_CLOSE = re.compile(
    r"(ⓒ|©|\(c\))\s*[^\s.!?]{1,20}(\s+[^\s.!?]{1,10})?\s*$|"
    r"[\[(<]?\s*[^\s\[\]()<>]{1,20}(\s[^\s\[\]()<>]{1,10})?\s*(제공|DB|자료\s*사진)\s*[\])>]?\s*$|/\s*[^\s/]{2,20}(\s[^\s/]{1,10})?\s*$|"
    r"(?i:courtesy\s+of|provided\s+by|photo\s+by)\s+[^.!?]{1,40}[\])]?$|"
    # a graphic's source or unit closing it: "[그래픽] 최근 3개월 원·달러 환율 추이 (단위: 원) 자료: 서울외국환중개"
    r"(자료|출처|(?i:source|data))\s*[:：=]\s*[^.!?:：]{1,40}$|[\[(]\s*단위\s*[:：]\s*[^\])]{1,15}[\])]\s*$",
)
# A caption closed by its photo credit after its noun phrase: "한성모터스 중형 SUV '테라온'. 사진=한성모터스" (not after a
# sentence: "...밝혔다. 사진=..." keeps the sentence)
_CREDIT_TAIL = re.compile(r"^(?P<text>.{2,200}?[^다\s])\.\s+(사진|그래픽|photo)\s*(제공)?\s*[=:：]\s*[^\s.=]{1,20}(\s[^\s.=]{1,10})?$", re.I)
# ... or a photo's scene in the caption's present progressive, opened by its day and closed by the photographer's name
# or agency: "14일 서울 중구 ... 종가가 표시돼 있다. 김지훈 기자" (one sentence; an article paragraph ending "...고 있다."
# does not open with the day and end with a name alone)
_SCENE_CAPTION = re.compile(
    r"^(지난\s*)?\d{1,2}일\s[^.!?]{10,180}(고|어|아|해|돼|되어|여|져)\s*있다\.\s*"
    r"([가-힣]{2,4}\s*(기자|특파원)(\s+[\w.+-]+@[\w-]+(\.[\w-]+)+)?|연합뉴스|뉴시스|뉴스1|(?i:ap|afp|epa|reuters|로이터|신화)(\s*연합뉴스)?)$"
)
# ... or a scene in the caption's present progressive, one sentence, closed by a news agency's name alone as its credit:
# "정민호 위원장이 10일 ... 의사봉을 두드리고 있다. 연합뉴스" (an article's sentence does not end in an agency's name; a
# reporter's name after it stays, as the byline pasted on the last sentence can be)
_AGENCY = r"연합뉴스|뉴시스|뉴스1|(?i:ap|afp|epa|upi|reuters|xinhua|kyodo|getty\s*images)|로이터|신화|교도|게티\s*이미지(코리아)?"
_AGENCY_CAPTION = re.compile(rf"^[^.!?]{{10,200}}(고|어|아|해|돼|되어|여|져)\s*있다\.\s*(({_AGENCY})\s*)?({_AGENCY})$")
_SCREEN_CAPTION = re.compile(r"^[(\[<]\s*(화면|사진|영상|그래픽|자료\s*화면|화면\s*제공|영상\s*제공|screen|footage)\s*[:：=][^()\[\]<>]{1,200}[)\]>]$", re.I)


def photo_credit(s: str) -> bool:
    """A photo's credit alone on its line (the caption above it is read by article.py)."""
    return len(s) < 60 and bool(_CREDIT_ONLY.match(s))


def _photo_caption(s: str) -> bool:
    return (
        bool(_CAPTION_MARK.match(s))
        or len(s) < 300 and bool(_CAPTION.search(s) or _CREDIT_END.search(s))
        or photo_credit(s)
        or len(s) < 300 and bool(_CAPTION_OPEN.match(s) and _CAPTION_CLOSE.search(s) or _SCREEN_CAPTION.match(s))
        or len(s) < 250 and bool(_CREDIT_TAIL.match(s) or _SCENE_CAPTION.match(s) or _AGENCY_CAPTION.match(s))
    )


_BYLINE = (
    re.compile(r"[가-힣]{2,4}\s*(기자|특파원)\s*[|lㅣ│/]"),
    re.compile(r"(기사\s*)?입력\s*:?\s*\d{4}\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2}"),
    re.compile(r"^(기사\s*)?(승인|수정|등록|업데이트|발행|최종\s*수정)\s*:?\s*\d{4}\s*[-./]"),
    # the English page's copy of the date line: "Input 2026.09.14 10:20 Modified 2026.09.14 11:05"
    re.compile(r"^(input|entered|posted|modified|updated|approved|registered)\s*:?\s*\d{4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}", re.I),
    re.compile(r"^[가-힣]{2,4}\s*(기자|특파원)(\s*[\w.+-]+@[\w-]+\.[\w.]+)?$"),
    # ... with the programme's or section's tag before it, the date right after: "[뉴스데스크] 김민수 기자 2025-08-27 20:14"
    re.compile(r"^([\[【<(][^\]】>)]{1,15}[\]】>)]\s*)?[가-힣]{2,4}\s*(기자|특파원)\s*[|｜·ㆍ/]?\s*\d{4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}"),
    # ... with the date or the view count after it, no separator: "최은정 기자 승인 2025-06-07 10:21:14 조회수 4,317"
    re.compile(r"^[가-힣]{2,4}\s*(기자|특파원)\s*\W?.{0,60}조회\s*수?\s*[:：]?\s*\d[\d,]*$"),  # "... 기자 · 조회수 1,234"
    re.compile(r"^(기자명\s*[:：]?\s*)?[가-힣]{2,4}\s*(기자|특파원)\s+(입력|승인|수정|등록|조회\s*수?|views?)\s*[:：]?\s*\d[\d,.:\- ]*(\s|$)"),
    # the byline with its label or the reporter's buttons: "기자명 정다인 기자", "이현우 기자 기자 페이지", "정다인 기자 다른기사 보기"
    re.compile(
        r"^(기자명\s*[:：]?\s*)?[가-힣]{2,4}\s*(기자|특파원)(\s*(기자\s*)?(페이지|홈|구독(하기)?|다른\s*기사(\s*(더\s*)?보기)?|"
        r"기사\s*더\s*보기))?$"
    ),
    re.compile(r"^[\[【(]\s*[가-힣A-Za-z0-9]{2,12}\s+[가-힣]{2,4}\s*(기자|특파원)\s*[\]】)]$"),  # [이데일리 정수연 기자]
    # ... with the date and time after it: "[스타픽24 이하늘 기자] 2024.06.21 10:03"
    re.compile(
        r"^[\[【(]\s*[가-힣A-Za-z0-9]{2,12}\s+[가-힣]{2,4}\s*(기자|특파원)\s*[\]】)]\s*[|｜·]?\s*"
        r"\d{4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}\.?(\s*\(?[월화수목금토일]\)?)?(\s+\d{1,2}:\d{2}(:\d{2})?)?$"
    ),
    re.compile(r"^[\[【(]\s*[가-힣]{1,10}\s*=\s*[가-힣A-Za-z0-9 ]{1,15}[\]】)]\s*([가-힣]{2,4}\s*(기자|특파원)\s*=?)?$"),  # [대전=뉴스1] 이서연 기자 =
    re.compile(r"^\W*(by\s+)?[A-Za-z][\w'-]*(\s+[A-Za-z][\w'-]*){0,2},?\s+(reporter|correspondent|staff\s+writer)[^\w.]*$", re.I),
    re.compile(r"^\W*(?i:reporter|by)\s+[A-Z][A-Za-z.'-]+(\s+[A-Z][A-Za-z.'-]+){0,3}\W*$"),
    re.compile(r"^(취재|글|사진|영상|정리|글\s*[·ㆍ/]\s*사진)\s*[가-힣]{2,4}\s*(기자|특파원)$"),  # 취재 박지훈 기자
    re.compile(r"^(취재|사진|영상)?\s*(기자|특파원)\s*[가-힣]{2,4}$"),  # 취재기자 박지훈
    re.compile(r"^(posted|published|updated)\s*(on|:)?\s*\w{3,9}\.?\s+\d{1,2},?\s+\d{4}", re.I),
    # place=reporter on a line of its own: "대전=김태영 기자", "도쿄=공동취재단, 오수진 기자", "대전=뉴스1 이서연 기자"
    re.compile(r"^[가-힣]{1,10}\s*=\s*([가-힣A-Za-z0-9]{1,10}\s*[,·ㆍ]?\s*)?[가-힣]{2,4}\s*(기자|특파원)\s*=?$"),
    # the agency in brackets, the reporter after: "[뉴스1] 이도현 기자", "(서울경제) 김민수 기자 ="
    re.compile(r"^[\[【(]\s*[가-힣A-Za-z0-9 ]{1,12}[\]】)]\s*[가-힣]{2,4}\s*(기자|특파원)\s*=?$"),
    # the reporter, then the dateline in brackets: "정민호 기자 (고흥=한국매일)", "김민수·이지원 기자 [세종=경제투데이]"
    re.compile(r"^[가-힣]{2,4}(\s*[,·ㆍ]\s*[가-힣]{2,4}){0,3}\s*(기자|특파원)\s*[\[【(]\s*([가-힣]{1,10}\s*=\s*)?[가-힣A-Za-z0-9 ]{1,15}[\]】)]$"),
    # the English page's "place, reporter" line: "Goheung, Yoon Jae-seok", "Daejeon = Kim Tae-young"
    re.compile(r"^[A-Z][a-z]+(-[a-z]+)?\s*[,=]\s*(reporter\s+)?[A-Z][a-z]{1,5}\s+[A-Z][a-z]+-[a-z]+$"),
)
# A date stamp on a line of its own, with at most a one-word label: "송고시간 2026-11-20 15:48", "연예 | 2026.11.21 08:05",
# "2026년 11월 20일 오후 3시 48분"
_FULL_DATE = re.compile(
    r"\d{4}\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2}\s*일?\.?|"
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b",
    re.I,
)
_STAMP_REST = re.compile(r"\[?\(?\d{1,2}:\d{2}(:\d{2})?\)?\]?|(오전|오후)\s*\d{1,2}시(\s*\d{1,2}분)?|\b(am|pm|a\.m\.|p\.m\.|kst)\b|[|｜/:：·ㆍ,()\[\]]", re.I)


def _date_stamp(s: str) -> bool:
    """A line that is a date stamp (a full date, times, separators) with at most one short word as its label."""
    if len(s) > 60 or not _FULL_DATE.search(s) or not _WORDISH.search(s):  # digits alone: "no words"
        return False
    rest = _STAMP_REST.sub(" ", _FULL_DATE.sub(" ", s)).split()
    return len(rest) <= 1 and all(len(w) <= 6 and not re.search(r"\d", w) for w in rest)


# An English page's copyright notice without the word: "Unauthorized reproduction and redistribution prohibited."
_COPYRIGHT_EN = re.compile(
    r"\b(unauthori[sz]ed|illegal)\s+(reproduction|redistribution|copying|distribution|use)\b.{0,60}\b(prohibited|forbidden|banned)\b|"
    r"\b(reproduction|redistribution)\s+(and|or|&)\s+(reproduction|redistribution)\s+(are\s+|is\s+)?(prohibited|forbidden)\b",
    re.I,
)
# a news agency's end-of-story mark on a line of its own
_END_MARK = re.compile(r"^[(\[<]?\s*(end|끝)\s*[)\]>]?$", re.I)
_EMAIL_END = re.compile(r"(\[\s*email\s*protected\s*\]|[\w.+-]+@[\w-]+(\.[\w-]+)+)\W*$", re.I)
_SOURCE = re.compile(r"^(원본\s*기사\s*보기|기사\s*원문(\s*보기)?|원문\s*보기|출처|source|original\s+article)\s*[:：]", re.I)
# ... and the portal's credit of the press that sent the article: "기사 제공 한빛일보", "기사제공: 뉴스원" (a press's name after it;
# "기사 제공 중단" is a headline)
_PRESS_CREDIT = re.compile(r"^(기사|뉴스|콘텐츠)\s*제공\s*[:：]?\s*(?P<name>\S.{0,29})$")


def _press_credit(s: str) -> bool:
    m = _PRESS_CREDIT.match(s)
    return m is not None and (
        m.group("name").lower() in _SITE_NAMES or bool(re.fullmatch(rf"{_NAME_KO}|{_NAME_EN}|{_NAME_FIELD}", m.group("name")))
    )


# a list of articles on the same subject: "관련기사", "관련 뉴스" (Yonhap), "함께 볼만한 뉴스", "이 기자의 다른 기사"
_RELATED = re.compile(
    r"^[\[【<(]?\s*(also\s+read|read\s+more|related(\s+(articles?|news|stories|posts))?|see\s+also|"
    r"you\s+(may|might)\s+also\s+like|more\s+(stories|articles|news)(\s+from\s+\w+)?|recommended(\s+(articles|stories|news))?|"
    r"(연관|관련)\s*(기사|뉴스|보도)(\s*(더\s*)?보기)?|(함께|같이)\s*(보면|볼만한|볼\s*만한|읽으면|읽을만한|읽을\s*만한)\s*(좋은\s*)?(기사|뉴스)|"
    # ... the reporter's list with its button: "이태민 기자의 다른 기사 보기" (its items follow; "정수아 기자의 다른 기사가 상을 받았다." is a
    # sentence)
    r"(이\s*|[가-힣]{2,4}\s*)?기자의\s*(다른|최신)\s*(기사|뉴스)(\s*(더\s*)?보기)?|(연관|관련|추천|인기|주요|최신|많이\s*본)\s*(영상|동영상|비디오|포토|사진)(\s*(더\s*)?보기)?|"
    r"related\s+videos?|more\s+videos?|(이\s*)?기사와\s*(함께|같이)\s*(많이\s*)?(본|읽은|볼만한|읽을만한)\s*(기사|뉴스|영상))"
    r"\s*[\]】>)]?\s*([:|｜>»▶-]|$)",
    re.I,
)
# ... or one related article's link inside the body, its label in brackets before its headline: "[관련기사] 시중은행 예대금리차 6개월째
# 확대…"대출 금리 인하 더뎌"", "▶ [관련 뉴스] 한은, 기준금리 인하", "[Related] BOK cuts rate" (a headline after the label, no sentence with its full stop)
_RELATED_INLINE = re.compile(
    r"^([▶►▷■□●○◆◇·•-]\s*)?[\[【<(]\s*(관련\s*(기사|뉴스|보도)|연관\s*(기사|뉴스)|함께\s*(볼|읽을)\s*만한\s*(기사|뉴스)|"
    r"(?i:related(\s+(articles?|news|stories|story))?|see\s+also|also\s+read|read\s+more))\s*[\]】>)]\s*(?P<title>\S.{3,120})$"
)


def _related_inline(s: str) -> bool:
    m = _RELATED_INLINE.match(s) if len(s) < 160 else None
    return m is not None and not _a_sentence(m.group("title"))


# the page's lists of other articles: "많이 본 뉴스", "[인기기사]", "Most read" (a heading alone on its line)
# ... also with a section or a period before it: "연예 많이 본 기사", "주간 인기 기사", "이 시각 추천 뉴스"; a portal's list of the
# press's ("이 언론사 많이 본 뉴스") and the press's own picks ("연합통신 언론사가 직접 선정한 이슈")
_MOST_READ = re.compile(
    r"^[\[【<(]?\s*(((이|해당)\s*)?언론사의?\s+|[가-힣A-Za-z·]{1,8}\s+|[가-힣A-Za-z]{1,8}\d{1,2}\s+)?((가장\s*)?많이\s*(본|읽은|읽힌)\s*(뉴스|기사)|인기\s*(뉴스|기사)|"
    r"(언론사|편집자|에디터|편집국)[가이의]?\s*(직접\s*)?(선정한|고른|뽑은|추천한|추천하는)\s*(이슈|뉴스|기사)|주요\s*(뉴스|기사)|"
    r"최신\s*(뉴스|기사)|추천\s*(뉴스|기사)|이\s*시각\s*(주요|추천|인기|많이\s*본)?\s*(뉴스|기사)|실시간\s*(인기\s*)?(뉴스|기사)|"
    r"most\s+(read|viewed|popular)(\s+(news|articles|stories))?|"
    r"popular\s+(news|articles|stories)|top\s+stories|latest\s+news|trending(\s+now)?|(언론사\s*)?랭킹(\s*(뉴스|기사))?|"
    r"ranking(\s+news)?)\s*(top\s*\d{1,2}|best\s*\d{1,2}|베스트\s*\d{1,2})?"
    r"\s*[\]】>)]?(\s*[^.!?]{0,30}집계(한|된)\s*결과(입니다)?\.?|\s*(해당\s*)?언론사(로|의\s*(홈|페이지)으로)\s*이동(합니다)?\.?|"
    # ... the portal's note on the press's choice ("해당 언론사에서 선정하며 언론사 페이지(아웃링크)로 이동해 볼 수 있습니다."), the
    # hour it was counted at ("| 오후 3시 기준")
    r"\s*[^.!?]{0,30}(선정|집계|편집)(하며|하고|한|된|되며|합니다|됩니다)[^.!?]{0,40}니다\.?|"
    r"\s*[|｜·]?\s*((오전|오후)\s*)?\d{1,2}\s*(시|:\d{2})(\s*\d{1,2}분)?\s*기준)?$",
    re.I,
)
# counters under an article: "댓글 0", "좋아요 0 싫어요 0", "조회수 1,234", "Comments 3"; the reaction buttons with
# their counts: "좋아요 8 | 슬퍼요 1 | 화나요 0 | 후속요청 0" (Yonhap), "훈훈해요 3 후속기사 원해요 1" (Naver)
_REACTION = (
    r"댓글|좋아요|싫어요|추천|추천해요|공감|비공감|조회수?|슬퍼요|화나요|후속요청|후속\s*기사\s*원해요|훈훈해요|감동이에요|"
    r"놀랐어요|궁금해요|기뻐요|응원해요|최고예요|흥미로워요|걱정돼요|쏠쏠정보|흥미진진|공감백배|분석탁월|후속강추|공유|스크랩|"
    r"아쉬워요|유익해요|재밌어요|재미있어요|고마워요|놀라워요|공감해요|분노해요|황당해요|별로예요|반대|비추천|답글|신고"
)
_EMOJI = r"[\U0001F300-\U0001FAFF\u2764\u2665\u2661]\ufe0f?"  # "👍 27 👎 1"
_COUNTERS = re.compile(
    rf"^(({_REACTION}|{_EMOJI}|comments?|likes?|views?|shares?|sad|angry|wow|love|haha)\s*[:：]?\s*\d[\d,]*\s*[|｜·ㆍ/]?\s*)+$", re.I
)
# the same buttons before the page counted: "좋아요 슬퍼요 화나요 후속요청" (Korean only: "Love Sad Angry" can be a title)
_REACTIONS_ONLY = re.compile(rf"^(({_REACTION})\s*[|｜·ㆍ/]?\s*){{3,}}$")
# a reaction button speaks in 요 ("추천해요", "아쉬워요"): one alone on its line is a button, and a count may come first
# ("87 | 흥미로워요"), after a prompt: "이 기사 어떠셨나요?  추천해요 87 | 흥미로워요 45 | 응원해요 120 | 아쉬워요 2"
_BUTTON_YO = (
    r"좋아요|싫어요|추천해요|공감해요|슬퍼요|화나요|훈훈해요|놀랐어요|궁금해요|기뻐요|응원해요|흥미로워요|걱정돼요|아쉬워요|"
    r"유익해요|재밌어요|재미있어요|고마워요|놀라워요|감동이에요|최고예요|후속\s*기사\s*원해요|분노해요|황당해요|별로예요"
)
_REACTION_PROMPT = re.compile(
    r"^((이|본)\s*)?기사(가|에|를|는|,)?\s*(어떠셨나요|어땠나요|어떠세요|공감하셨나요|공감하시나요|도움이\s*되셨나요|도움이\s*되었나요|"
    r"유익하셨나요|만족하셨나요|만족하시나요|추천하시겠어요|추천하시겠습니까|마음에\s*드셨나요|좋으셨나요)\s*\?*|"
    r"^((이|본)\s*)?기사에\s*대한\s*(반응|감정|의견|생각|평가)(은|는)?\s*\?*|"
    # ... the prompt as a condition before the buttons: "이 기사가 좋으셨다면 ♥ 좋아요 128 구독하기"
    r"^((이|본)\s*)?기사(가|이)?\s*(좋으셨다면|좋았다면|마음에\s*드셨다면|유익하셨다면|도움이\s*되셨다면|도움이\s*되었다면)(?=\s*\S)|"
    r"^(was\s+this\s+(article|story)\s+(helpful|useful|interesting)|how\s+did\s+you\s+(like|find)\s+this\s+(article|story)|"
    r"what\s+do\s+you\s+think\s+(of|about)\s+this\s+(article|story))\s*\?+",
    re.I,
)
# ... and the recommend button's label before its counts: "이 기사를 추천합니다 👍 27 👎 1" (alone it is an article button)
# ... or "이 기사" right before a counted reaction: "이 기사 좋아요 43"
_RECOMMEND_PROMPT = re.compile(r"^(이|본)\s*기사(를|가)?\s*((추천합니다|추천하기|추천해요)(?=\s*\S)|(?=(좋아요|추천|공감)\s*\d))")
_COUNT = r"\(?\d[\d,]*\)?\s*(?:개|건|명)?"
_SUBSCRIBE_BUTTON = r"[+＋]\s*구독(?:하기)?|구독(?:하기)?(?:\s*[+＋])?"


def _reactions(s: str) -> bool:
    """Reaction buttons with or without counts, a count before or after its button ("87 | 흥미로워요"), after the page's
    prompt; the prompt alone ("이 기사에 공감하셨나요?"); one button alone ("추천해요"); "댓글 128개"."""
    m = _REACTION_PROMPT.match(s) or _RECOMMEND_PROMPT.match(s)
    rest = s[m.end() :].strip() if m else s
    if m and not rest:
        return True
    if len(rest) >= 100:
        return False
    if _COUNTERS.match(rest) or _REACTIONS_ONLY.match(rest):
        return True
    tokens = [t.group(0) for t in re.finditer(rf"{_BUTTON_YO}|{_REACTION}|{_EMOJI}|{_COUNT}|{_SUBSCRIBE_BUTTON}|[|｜·ㆍ/:：]|\S+", rest)]
    labels = [t for t in tokens if re.fullmatch(rf"{_REACTION}|{_EMOJI}", t)]
    # (the subscribe button may close the bar: "♥ 좋아요 128 구독하기")
    if not labels or any(not re.fullmatch(rf"{_REACTION}|{_EMOJI}|{_COUNT}|{_SUBSCRIBE_BUTTON}|[|｜·ㆍ/:：]", t) for t in tokens):
        return False
    counted = any(re.fullmatch(_COUNT, t) for t in tokens)
    # uncounted: one button alone ("추천해요"; two are kept, "슬퍼요 화나요" can be a title)
    return counted or bool(m) or (len(labels) == 1 and bool(re.fullmatch(_BUTTON_YO, labels[0])))
# an item of such a list: a bullet or a rank number, then a headline (no sentence end)
_LIST_ITEM = re.compile(r"^([-–—•·ㆍ▶▷►◆◇■□○●*]|\d{1,2}[.)]?\s)\s*\S")
_PUNCT_FINAL = re.compile(r"[.!。][\"'”’)]*$")


def list_item(paragraph: str) -> bool:
    """Whether a paragraph can be an item of a list of other articles (after "관련기사", "많이 본 뉴스"): short, a
    headline rather than a sentence; with a bullet or rank number, or a bare headline."""
    if len(paragraph) > 100:
        return False
    if _LIST_ITEM.match(paragraph) or re.search(r"[\[(]\s*\d{1,2}:\d{2}(:\d{2})?\s*[\])]$", paragraph):
        return True  # a bulleted headline may end like a sentence: "· 고층 아파트 화재 대피 요령은?", "[사설] ... 먼저다"
    return len(paragraph) <= 60 and not _PUNCT_FINAL.search(paragraph)  # a headline has no full stop: "...예상된다"


LIST_HEADERS = ("related link", "most-read list", "AI summary", "tip-off box")
_NOTE_KO = re.compile(
    r"((아래|다음|이하)[는은]?.{0,40}(기사|글|본문|내용)|(위|이|본)\s*(의\s*)?(기사|글|본문)[을를은는]).{0,60}(번역|영문)"
)
_NOTE_EN = re.compile(
    r"(the\s+following|below)\s+is\s.{0,100}translat|"
    # ... or the English version of this very article: "The following is the English version of this article provided by
    # Daehan Economic Daily." ("The following is the English version of the joint statement." is an article's)
    r"^(the\s+following|below)\s+is\s+(the|an)\s+english\s+(version|edition|text)\s+of\s+(this|the\s+above)\s+(article|story|report)\b|"
    # ... or who gives this English version, alone on its line: "This English version is provided by the HNB Global News Desk.",
    # "The English version of this article was prepared by ..." ("The English version of the law was provided by the ministry." and
    # "This English version is provided by the ministry, officials said." are an article's)
    r"^(this\s+english\s+(version|edition|translation|text)|the\s+english\s+(version|edition|translation|text)\s+of\s+this\s+(article|story|report))"
    r"\s+(is|was|has\s+been)\s+(provided|produced|prepared|offered|brought\s+to\s+you|translated)\s+by\s+[^.,;!?]{2,60}\.?$",
    re.I,
)
# The site's notice under the English section's label that it gives its articles in English: "※ 호서일보는 독자 여러분을 위해
# 주요 기사를 영문으로 제공합니다." (in 니다, of its articles: "관광공사는 안내 책자를 영문으로 제공합니다." speaks of a brochure, and an
# article's sentence says 다)
_NOTE_SERVICE = re.compile(
    r"기사(를|들을|는|들은)?\s*[^.!?]{0,20}(영문|영어)(으로|로)?\s*(번역(해|하여)\s*)?(제공|서비스)(합니다|하고\s*있습니다|해\s*드립니다|됩니다)[.!]?$"
)
_NOTE_MT = re.compile(
    r"구글\s*번역|google\s*translat|파파고|papago|기계\s*번역|자동\s*번역|machine[- ]translat|"
    r"(ai|인공지능(\s*\(ai\))?)\s*번역|번역\s*엔진|ai[- ]translat|(translated|translation)\s+(by|with|using)\s+(ai|an?\s+ai|artificial)",
    re.I,
)
# ... which a disclaimer says of the text itself: "오역이 있을 수 있습니다", "원문과 차이가 있을 수 있습니다", "may differ"
_NOTE_CAVEAT = re.compile(
    r"오역|오류가?\s*(있을|포함될|발생할)\s*수|(차이가?|다를)\s*(있을\s*)?수|정확하지\s*않을|(생성|제공|번역)(되었|됐|되며|됩니다|된|되는)|"
    r"\bmay\s+(differ|contain|not\s+(be|reflect))|\binaccura|\berrors?\b|"
    # ... or how people checked it: "reviewed by our editors", "편집국 검수를 거쳤습니다"
    r"\b(reviewed|edited|checked|proofread|verified)\s+by\s+(our|the|an?)\s+(\w+\s+)?(editors?|editorial|staff|desk|journalists?|reporters?)\b|"
    r"(검수|감수|교열)(를|을)?\s*(거쳤|거친|받았|받은|했|마쳤)",
    re.I,
)
# the machine translation's own label on a line: "Translated by AI.", "This article was machine-translated."
_MT_BY = r"(\s+(by|with|using)\s+(ai|an?\s+ai(\s+\w+)?|artificial\s+intelligence|a\s+machine|machine\s+translation|google\s+translate|papago|deepl))"
# ... and where from: "Machine-translated from the Korean broadcast script."
_MT_FROM = r"(\s+from\s+(the\s+)?(original\s+)?korean(\s+(original|article|text|version|broadcast|script|report|story|news)){0,2})"
_MT_LABEL_EN = re.compile(
    r"^(this\s+(article|story|text|translation)\s+(was|is|has\s+been)\s+)?(automatically\s+|machine[- ]|ai[- ])?translated"
    rf"({_MT_BY}{_MT_FROM}?|{_MT_FROM}{_MT_BY}?)?\.?$",
    re.I,
)
# A caveat that a disclaimer adds, not a disclaimer alone: "For reference only.", "참고용입니다."
_NOTE_REFERENCE = re.compile(
    r"^[※*\s]*((provided\s+|offered\s+)?for\s+(reference|informational\s+purposes|information)(\s+(purposes|use))?(\s+only)?|"
    r"참고용(입니다|으로만\s*(활용|이용|사용)해\s*주세요|으로\s*제공됩니다))[.!]?$",
    re.I,
)
_MT_CREDIT = re.compile(
    r"^(powered|translated|translation|provided)\s+by\s+((google|papago|deepl|bing|microsoft|naver|kakao)"
    r"(\s+(translate|translator|translation|papago|ai))?|[A-Z][A-Za-z]{1,15}\s+(translate|translator|translation))\.?$",
    re.I,
)
# ... and the disclaimer's advice to read the original: "정확한 내용은 한국어 원문을 확인해 주세요.", "Please refer to the
# original Korean article."
_NOTE_REFER = re.compile(
    r"^[※*\s]*((정확한|자세한)\s*(내용|의미|표현)[은는]\s*)?(한국어|국문|한글)?\s*원문(\s*기사)?[을를]\s*(확인|참고|참조)\s*"
    r"(해\s*주세요|해주세요|하세요|하십시오|하시기\s*바랍니다|바랍니다)[.!]?$|"
    r"^(please\s+)?(refer\s+to|see|check|consult)\s+the\s+original(\s+korean)?(\s+(article|text|version))?(\s+for\s+[^.]{1,40})?\.?$",
    re.I,
)
# the translation's disclaimer that names no engine: "The translation may differ from the original Korean article."
# (no comma: "The translation may differ, critics say, ..." is prose)
_NOTE_SELF_EN = re.compile(
    r"^[※*\s]*(the|this)\s+(english\s+)?(translation|translated\s+(text|article|version)|english\s+(version|article|text))\s+"
    r"(may|might|could|can)\s+(differ|contain|not|include)\b[^,;]{0,70}$",
    re.I,
)
# ... also the note of how the English was made, and the translation's subject without "이": "※ 이 영문 기사는 AI 번역 후
# 편집국 검수를 거쳤습니다.", "번역 결과는 참고용이며 원문과 다를 수 있습니다." (in 니다; the article's prose says 다)
_NOTE_SELF_KO = re.compile(
    r"^[※*\s]*((본|이|위|아래|해당)\s*(영문|영어|번역)\s*(기사|번역문|본문|문|판|결과|내용)?|(영문|번역)\s*(기사|번역문|본문|판|결과|내용|문)|"
    # ... "번역된 기사는 원문과 다를 수 있으며, 언론사가 검수한 번역입니다."
    r"(영어로\s*|영문으로\s*)?번역(된|한)\s*(기사|글|내용|본문|문장|텍스트))"
    r"\s*(은|는|이|가|에는).{0,60}(오역|오류|차이|다를\s*수|정확하지|참고용|검수|감수|교열)"
)
# an English disclaimer speaks of the text itself: "This article was translated by ...", "Translations are provided by ..."
_SELF_EN = re.compile(
    r"^[※*\s]*((this|the|our)\s+(english\s+)?(article|text|story|translation|content|version|page)s?\b|"
    r"translations?\s+(is|are|was|were)\s+(provided|generated|produced|done|made)\b)",
    re.I,
)
# ... a Korean one in the notice's 습니다, where the article's prose says 다: "오역이 있을 수 있습니다"
_PROSE_END_KO = re.compile(r"(?<!니)다[.!]?[\"'”’)]*$")
# A heading that only names a language or version: "English", "[영문]", "English version", "번역문", "원문 보기"
# ... or two of them, one in each language: "[영문 기사 / English Article]"
_LANG_ONE = (
    r"(english|korean|영문|영어|한국어|국문|한글|원문|번역문?|translation|eng|kor)"
    r"(\s*(version|translation|text|original|article|edition|기사|번역|버전|원문|본문|판|보기))?"
)
_LANG_LABEL = re.compile(rf"^([■□▶▷►◆◇●○※]\s*)?[\[(【<《]?\s*{_LANG_ONE}(\s*[/|｜]\s*{_LANG_ONE})?\s*[\])】>》]?\s*[:：]?$", re.I)
# ... or the machine translation's label, of such words and "AI": "AI 번역 | English", "English 번역 (AI)",
# "[English] AI 번역 보기", "▶ 영문 기사 보기 (AI 자동번역)"
_LABEL_WORD = re.compile(
    r"english|korean|영문|영어|한국어|국문|원문|번역[문본]?|translation|translated|ai|인공지능|자동\s*번역|기계\s*번역|ai\s*번역|"
    r"version|기사|보기|버전|전문|machine|auto|by|read|in|view|beta|베타|시범|서비스|service|"
    # the engine's name: "English (Papago 번역 · 베타)"
    r"papago|파파고|google|구글|deepl|딥엘",
    re.I,
)


def _translation_label(s: str) -> bool:
    """"AI 번역 | English", "■ English Version (AI 번역)", "번역 beta Translated by Nuri Translate" (with the engine's credit)."""
    credit = re.search(r"\b(powered|translated|translation|provided)\s+by\s", s, re.I)
    if credit and credit.start() > 0 and _MT_CREDIT.match(s[credit.start() :]) and len(s) < 80:
        s = s[: credit.start()] + " 번역"
    # (an emoji or a mark is no word: "🌐 번역 English (베타)")
    words = [w for w in re.split(r"[\s\[\](){}【】<>《》|｜:：·ㆍ/▶▷►→,■□◆◇●○※-]+", s) if w and re.search(r"\w", w)]
    return (
        len(s) < 60  # "[영문 기사 / English Version - Machine Translated]"
        and 2 <= len(words) <= 7
        and all(_LABEL_WORD.fullmatch(w) for w in words)
        and any(re.fullmatch(r"번역[문본]?|translation|translated|자동\s*번역|기계\s*번역|ai\s*번역", w, re.I) for w in words)
    )


# The English section's label in words that only say what it holds: "[ENG] Full text in English", "English full text", "영문 전문 보기"
# (the language and the text's word; "[ENG] Samsung to build plant in Texas" is a headline with its tag)
_TEXT_LABEL_WORD = re.compile(
    r"eng|en|english|영문|영어|full|text|complete|version|edition|article|story|in|the|of|this|read|view|전문|본문|기사|보기|전체|원문|번역문?",
    re.I,
)


def _text_label(s: str) -> bool:
    if len(s) >= 50:
        return False
    words = [w for w in re.split(r"[\s\[\](){}【】<>《》|｜:：·ㆍ/▶▷►→,■□◆◇●○※-]+", s) if w and re.search(r"\w", w)]
    return (
        2 <= len(words) <= 6
        and all(_TEXT_LABEL_WORD.fullmatch(w) for w in words)
        and any(re.fullmatch(r"eng|english|영문|영어", w, re.I) for w in words)
        and any(re.fullmatch(r"full|text|complete|전문|본문|전체", w, re.I) for w in words)
    )


# The English section's label with the site's name before the language: "KNB NEWS ENGLISH", "Yonhap English", "한빛일보 영문판"
# ... or a bar between them: "HNB NEWS | ENGLISH", "한빛일보 · 영문판"
_SITE_LANG = re.compile(
    r"^(?P<name>.{2,30}?)(\s+|\s*[|｜·:：—–]\s*)(?P<lang>english|영문|영어)(\s*(edition|news|service|section|판|뉴스|서비스))?$", re.I
)


def _site_language_label(s: str) -> bool:
    m = _SITE_LANG.match(s) if len(s) < 45 else None
    return m is not None and (
        _site_name(m.group("name")) or bool(_MASTHEAD.match(m.group("name")) or _NAME_CAPS.match(m.group("name")))
    ) or len(s) < 50 and bool(_EDITION_LABEL.match(s) or _READ_IN_ENGLISH.match(s))


# ... or the site's global edition as a tag, before the language or beside it between bars: "[HBS Global] English Version",
# "[Global Edition | English]", "[글로벌판] 영문" (the tag names an edition; "[Global] Chipmakers rally" is a headline's label)
_EDITION_TAG = r"([A-Z][A-Z0-9]{1,5}\s+)?(global|world|international|글로벌|국제)(\s*(edition|판|news|뉴스))?|글로벌판|국제판"
_EDITION_LABEL = re.compile(
    rf"^[\[【(<]\s*({_EDITION_TAG})\s*([\]】)>]\s*{_LANG_ONE}|[/|｜]\s*{_LANG_ONE}\s*[\]】)>])\s*$|"
    rf"^[\[【(<]\s*(global|international)\s+edition\s*[\]】)>]$",
    re.I,
)
# ... or its link, a call to read the article in English, alone or after a short lead and a dash: "🌏 For Global Fans — Read in
# English", "Read this article in English", "영문으로 보기" (the label's capital after the lead: "Books for kids — read in
# English" is a headline; "Many students read in English." a sentence)
_READ_IN_ENGLISH = re.compile(
    r"^([^\w\s]*\s*(?i:read|view|see)|[^.!?]{1,30}\s[—–:|-]\s*(Read|View|See))\s+(?i:(this\s+(article|story)\s+|it\s+)?in\s+english)"
    r"\s*[▶►▷→»>]*$|^[^\w\s]*\s*((영문|영어)\s*(으로|로)\s*(보기|읽기)|(영문|영어)\s*(기사\s*)?(보기|읽기))\s*[▶►▷→»>]*$"
)


_NAV_SEP = re.compile(r"\s*[|｜>›»]\s*")
_NAV_HOME = re.compile(r"^(홈|뉴스\s*홈|home|news)$", re.I)
# a breadcrumb's own separators; "/" too, but only after a section's name ("경제 / 부동산"; "찬성/반대/기권" is text)
_CRUMB_SEP = re.compile(r"\s*[>›»/]\s*|\s+[·ㆍ]\s+")


def _navigation(s: str) -> bool:
    """A breadcrumb or section menu: "뉴스홈 | 부동산 | 경제", "Home > News > Economy" (short items, no sentence);
    two items when the first is a section the site names: "경제 > 부동산", "IT·과학 > 우주항공", "연예 | 가요"."""
    if len(s) > 100 or s[-1] in ".!?。":
        return False
    items = [x for x in _NAV_SEP.split(s)]
    if not re.search(r"[다요]$", s) and len(items) >= 2 and all(0 < len(x) <= 12 and not re.search(r"[.,!?:;\d]", x) for x in items):
        if len(items) >= 3 or _NAV_HOME.match(items[0]):
            return True
    crumbs = _CRUMB_SEP.split(s) if re.search(r"/|\s[·ㆍ]\s", s) else items
    return (
        2 <= len(crumbs) <= 4
        and (_a_section(crumbs[0]) or bool(_NAV_HOME.match(crumbs[0])))
        and all(0 < len(x) <= 10 and len(x.split()) <= 2 and not re.search(r"[.,!?:;\d\"'“”‘’()]", x) for x in crumbs)
    )


# A broadcaster's programme menu: "LIVE ON AIR | 뉴스9 | 뉴스룸 | 시사기획 | 날씨 | 제보", "온에어 | 편성표 | 다시보기 | 8뉴스" (a
# programme's name may carry its hour, "뉴스9", which a breadcrumb's items do not; the live or schedule item marks it, not a
# table's row "구분 | 1분기 | 2분기")
_BROADCAST_ITEM = re.compile(r"^(live(\s+on\s+air)?|on\s*air|온\s*에어|생방송|편성표|다시\s*보기|vod|replay)$", re.I)


def _broadcast_menu(s: str) -> bool:
    if len(s) > 120:
        return False
    items = [x.strip() for x in re.split(r"\s*[|｜]\s*", s)]
    return (
        len(items) >= 3
        and any(_BROADCAST_ITEM.match(x) for x in items)
        and all(
            0 < len(x) <= 14 and not re.search(r"[.,!?:;\"'“”‘’()]", x)
            and bool(re.fullmatch(r"[^\W\d_][^\W\d_ ·]*( [^\W\d_]+){0,2}( ?\d{1,2})?|\d{1,2} ?[^\W\d_]+", x))
            for x in items
        )
    )


def section_label(paragraph: str) -> bool:
    """A section's name alone on its line ("IT·과학", "경제"): at the top of a page, the label above the headline."""
    return len(paragraph) <= 12 and _a_section(paragraph)


def _site_name(s: str) -> bool:
    """"연합뉴스", "Yonhap News Agency": a news site's name alone (the masthead above the headline, or the footer)."""
    return len(s) <= 30 and (s.lower().strip(" .·|") in _SITE_NAMES or bool(re.fullmatch(r"[A-Z]{2,5}\s*(뉴스|NEWS|News)(\s*(TV|24))?", s)))


# a name shaped like a news site's, one word: "대전일보", "충북브레이크뉴스", "경남신문", "코리아타임스", "KoreaTimes",
# "한국매일", "뉴스온" (a capital starts the English suffix: "Sometimes" is a word)
_NAME_KO = r"([A-Z]{2,5}\s)?([가-힣A-Za-z0-9]{1,12}(뉴스|일보|신문|신보|타임스|타임즈|투데이|저널|방송|매일|데일리|통신)|뉴스[가-힣]{1,4})(TV|tv|1|24)?"
_NAME_EN = r"[A-Z][A-Za-z0-9]{1,12}(News|Times|Daily|Herald)(TV|1|24)?"
# ... or a trade paper's name that ends in its field: "바이오헬스경제", "에너지경제", "IT조선비즈"
_NAME_FIELD = r"[가-힣A-Za-z0-9]{2,10}(경제|비즈|미디어|포스트|프레스)"
# ... with the site's edition after it: "중앙타임즈 모바일", "대전일보 mobile"
_EDITION = r"(\s+(?i:모바일|mobile|m|pc|모바일\s*웹|모바일\s*버전))?"
# ... or with its news service's word after it: "HNB 한누리방송 뉴스", "한빛일보 NEWS" (at the top only, as the others)
_MASTHEAD = re.compile(rf"^({_NAME_KO}|{_NAME_EN}|{_NAME_FIELD})(\s+(뉴스|NEWS|News))?{_EDITION}$")
# ... with its name in the other script: "뉴스온 NEWSON", "NEWSON 뉴스온", "대전일보 Daejeon Ilbo"
_LATIN_NAME = r"[A-Z][A-Za-z0-9.&-]{1,15}(\s[A-Z][A-Za-z0-9.&-]{1,15}){0,2}"
# ... the English name may be longer, of capitalised words joined by "&", "and", "of": "한국해양물류신문 The Korea Maritime &
# Logistics Times" (its last word a paper's)
_LATIN_PAPER = (
    r"(The\s)?([A-Z][A-Za-z0-9.-]{1,15}\s(&\s|and\s|of\s)?){1,5}"
    r"(Times|News|Daily|Herald|Journal|Post|Tribune|Gazette|Review|Press|Ilbo|Sinmun|Shinmun|Shinbo|Economy|Economic\s+Daily)"
)
_MASTHEAD_TWO = re.compile(rf"^({_NAME_KO}\s+({_LATIN_NAME}|{_LATIN_PAPER})|({_LATIN_NAME}|{_LATIN_PAPER})\s+{_NAME_KO})$")
# ... or with its tagline: "한국매일 | 오늘의 주요뉴스", "경제투데이 - 대한민국 경제의 창" (a tagline is a short phrase: no
# number, comma, quote or sentence end, which a headline put beside the name would have)
_TAGLINE = re.compile(
    r"^\s*[|｜·ㆍ:–—-]\s*([^\W\d][^\d,.!?…\"'“”‘’]{1,24}|"
    # ... or a slogan in the polite ending, which no headline has: "영동의 목소리, 주민과 함께합니다"
    r"[^\W\d][^\d.!?…\"'“”‘’]{1,30}(합니다|입니다|드립니다|갑니다|엽니다))$"
)


def masthead(paragraph: str) -> bool:
    """Whether a paragraph at the very top of a page, before any article text, is the site's name: known names are
    furniture anywhere (the "site name" rule); a one-word name shaped like one ("대전일보"), the name in two scripts
    ("뉴스온 NEWSON") or with a tagline ("한국매일 | 오늘의 주요뉴스") only there."""
    if _MASTHEAD.match(paragraph) or _MASTHEAD_TWO.match(paragraph) or _NAME_CAPS.match(paragraph):
        return True
    m = re.match(rf"({_NAME_KO}|{_NAME_EN})(?=\s*[|｜·ㆍ:–—-])", paragraph)
    if m is None:
        for name in _SITE_NAMES:
            if paragraph.lower().startswith(name) and re.match(r"\s*[|｜·ㆍ:–—-]", paragraph[len(name) :]):
                return bool(_TAGLINE.match(paragraph[len(name) :]))
        return False
    return bool(_TAGLINE.match(paragraph[m.end() :]))


# A site's English name alone, in capitals (masthead): "HANBAT DAILY NEWS", "THE SEMICON TIMES" (a headline in capitals has a verb)
_NAME_CAPS = re.compile(
    r"^(THE\s+)?([A-Z][A-Z0-9.&-]{1,14}\s+){1,3}(NEWS|TIMES|DAILY|HERALD|JOURNAL|ILBO|SINMUN|SHINBO|TRIBUNE|GAZETTE)"
    r"(\s+(NEWS|TV|KOREA|ONLINE))?$"
)
# ... and its tagline on the next line: "반도체·디스플레이·배터리 산업 전문지", "충청권 대표 종합일간지" (a phrase naming the paper)
_TAGLINE_LINE = re.compile(
    r"^[^\d,.!?…\"'“”‘’]{1,30}(전문지|전문\s*(매체|신문|언론|미디어|지)|일간지|종합\s*일간지|경제지|주간지|월간지|통신사|인터넷\s*신문|정론지|"
    r"대표\s*(신문|언론|매체|방송|미디어)|종합\s*(미디어|언론|매체))$"
)


def tagline(paragraph: str) -> bool:
    """Whether a paragraph right under the site's name at the top of a page is its tagline ("반도체·디스플레이·배터리 산업
    전문지")."""
    return len(paragraph) <= 40 and bool(_TAGLINE_LINE.match(paragraph))


def _section_menu(s: str) -> bool:
    """"정치 북한 경제 산업 사회 전국 세계 문화 연예 스포츠 오피니언": five or more section names in a row (four can
    be a noun phrase: "정치 경제 사회 문화"), with at most one in four that this list does not know (a site's own
    section: "오늘의 운세"), all short words without punctuation."""
    words = s.lower().replace("/", "·").split()
    if len(words) < 5 or len(s) > 120 or any(len(w) > 8 or re.search(r"[\d.,!?:;\"'“”‘’()]", w) for w in words):
        return False
    known = sum(_a_section(w) or w in _MENU_WORDS for w in words)
    # two in three when the row is long: a site's own sections ("산경TV", "마켓데이터") sit among the known ones
    return known >= 5 and (4 * known >= 3 * len(words) or len(words) >= 8 and 3 * known >= 2 * len(words))


def _menu_words_only(s: str) -> bool:
    """"기사제보 구독하기", "로그인 회원가입", "뉴스레터 구독 | 로그인", "[로그인] [회원가입] [모바일웹]": a line of menu
    words only (an item of two words counts when each is one: "뉴스레터 구독")."""
    items = [x.strip("[]【】()<> ") for x in re.split(r"\s*[|｜·ㆍ/]\s*|(?<=[\]】)>])\s*(?=[\[【(<])", s.lower())]
    items = [x for x in items if x]
    # (a menu word of two words is one: "on air", "log in", "sign up")
    words = [w.strip("[]【】()<>") for x in items for w in ([x] if x in _MENU_WORDS else _MENU_TOKEN.findall(x))]
    return 2 <= len(words) <= 8 and all(w in _MENU_WORDS or w in _PORTAL_SERVICES for w in words) and any(
        w in _MENU_WORDS and w not in _PORTAL_SERVICES for w in words
    )


_MENU_TOKEN = re.compile("|".join(sorted((re.escape(w) for w in _MENU_WORDS if " " in w), key=len, reverse=True)) + r"|\S+")


_WORDISH = re.compile(r"[^\W\d_]")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")


def _translator_note(s: str) -> bool:
    if len(s) > 800:
        return False
    if _NOTE_KO.search(s) or _NOTE_EN.search(s) or len(s) < 120 and _NOTE_SERVICE.search(s):
        return True
    # a disclaimer on its own line, one or two sentences each saying it: "Translated by AI. The translation may differ
    # from the original Korean article."; "본 영문 기사는 AI 번역 엔진으로 번역되었으며 오역이 있을 수 있습니다." (a sentence
    # about a translation service says neither of its own text: "파파고는 번역 품질을 높였다.")
    # ... with a caveat beside it ("For reference only.")
    parts = re.split(r"(?<=[.!。])\s+", s)
    # ... or the button to the original ("원문 보기", "View original")
    return len(s) < 300 and all(_disclaimer(x) or _NOTE_REFERENCE.match(x) or _LANG_LABEL.match(x) for x in parts) and any(
        _disclaimer(x) for x in parts
    )


def _disclaimer(s: str) -> bool:
    if _MT_LABEL_EN.match(s) or _NOTE_SELF_EN.match(s) or _MT_CREDIT.match(s) or _NOTE_REFER.match(s):
        return True
    if _HANGUL.search(s):
        if _PROSE_END_KO.search(s):
            return False
        return bool(_NOTE_SELF_KO.search(s) or (_NOTE_MT.search(s) and _NOTE_CAVEAT.search(s)))
    return bool(_SELF_EN.match(s) and _NOTE_MT.search(s) and _NOTE_CAVEAT.search(s))


# The buttons under an article, alone or in a row: "이 기사를 추천합니다 | 기사 제보하기", "기사 추천 | 스크랩", "오류 신고"
_BUTTON = re.compile(
    r"((이|본)\s*)?기사\s*(를\s*)?(추천|추천하기|추천합니다|제보|제보하기|스크랩|저장|저장하기|공유|공유하기|인쇄|인쇄하기|프린트|"
    r"보내기|메일\s*보내기|구매|구매하기|신고|신고하기|오류\s*신고)|"
    r"(오류|오탈자|기사\s*오류)\s*(신고|제보)(하기)?|정정\s*(보도\s*)?(요청|신청)(하기)?|"
    r"(이\s*)?기자\s*(페이지\s*|홈\s*)?(구독|구독하기|응원|응원하기|팔로우|의\s*다른\s*기사\s*보기)|다른\s*기사\s*(더\s*)?보기|기사\s*요약(\s*보기)?|"
    r"(recommend|report|save|print|email)\s+(this\s+)?(article|story)|report\s+an?\s+(error|typo)",
    re.I,
)


def _buttons(s: str) -> bool:
    items = [x for x in re.split(r"\s*[|｜·ㆍ]\s*", s) if x]
    return (
        len(s) < 100
        and bool(items)
        # ... a button with its count among them: "이 기사를 추천합니다 추천 128 | 스크랩 | 오류 제보"
        and all(_BUTTON.fullmatch(x) or x.lower() in _MENU_WORDS or _SHARE_ONE.fullmatch(x) or _reactions(x) for x in items)
        and any(_BUTTON.fullmatch(x) for x in items)
    )


# Subscribe links, alone or with other buttons: "▶ 서울데일리뉴스 구독하기  ▶ 제보하기", "한빛일보 뉴스레터 구독하기",
# "Subscribe to Hanbit News" (a button's imperative: "넷플릭스 구독" can be a headline)
_SUBSCRIBE = re.compile(
    r"([^\s|｜▶▷►·]{1,20}\s*)?(뉴스레터\s*|유튜브\s*|채널\s*|네이버\s*|구독\s*)?(구독\s*(하기|신청(하기)?|하러\s*가기)|구독)|"
    r"subscribe(\s+to\s+(the\s+)?(?-i:[A-Z][A-Za-z0-9.&'-]*(\s+[A-Z][A-Za-z0-9.&'-]*){0,3})|\s+now)?|(get|sign\s+up\s+for)\s+(our|the)\s+newsletter",
    re.I,
)


_OFFER = r"((이후\s*)?(월|연)\s*\d[\d,]*\s*원(\s*부터)?|첫\s*(달|\d{1,2}\s*개월)\s*무료|\d{1,2}\s*개월\s*무료|무료\s*체험)"
_SUBSCRIBER_COUNT = r"구독자\s*[:：]?\s*\d[\d,.]*\s*(만|천)?\s*명?"
_SUBSCRIBERS = re.compile(
    rf"^[+＋]?\s*구독(하기)?\s*[+＋]?\s*({_SUBSCRIBER_COUNT})?$|^(subscribe\s*)?[+＋]?\s*\d[\d,.]*\s*[km]?\s+subscribers$|"
    # ... a portal's bar of the press: its name, the press's subscribe button, its count ("연합통신 언론사 구독 구독자 124만";
    # "넷플릭스 구독" alone can be a headline)
    rf"^[^\s.!?]{{2,15}}\s+((언론사|채널)\s*구독(하기)?(\s*{_SUBSCRIBER_COUNT})?|[+＋]?\s*구독(하기)?\s*[+＋]?\s*{_SUBSCRIBER_COUNT})$|"
    # ... a call to subscribe, with its arrow and its price: "한결경제 프리미엄 구독하고 마켓 인사이트를 가장 먼저 받아보세요 > 월 9,900원, 첫
    # 달 무료"; the offer in either order, its button closing it: "대한경제신보 프리미엄 구독하고 ... 받아보세요. 첫 달 무료, 이후 월 9,900원
    # [구독하기]" (a call this long is read by _subscribe_links below the other rows' length)
    r"^([^\s.!?]{1,20}\s+){0,2}[^\s.!?]{1,20}\s*구독하고\s[^.!?]{1,40}(보세요|받아\s*보세요|만나\s*보세요|확인하세요)[!.]?(\s*[>›»▶▷→]+)?"
    r"(\s*[,·]?\s*((이후\s*)?(월|연)\s*\d[\d,]*\s*원(\s*부터)?|첫\s*(달|\d{1,2}\s*개월)\s*무료)){0,3}"
    r"(\s*[\[(【<]\s*(구독\s*(하기|신청(하기)?)?)\s*[\])】>]|\s*구독\s*(하기|신청(하기)?)\s*[▶►▷→»>]*)?$|"
    # ... the subscribe button with its offer after a dash: "한빛경제 프리미엄 구독하기 — 첫 달 무료", "구독 신청 | 월 9,900원" (an offer
    # closes it; "넷플릭스 구독하기 어려워진다" has none)
    rf"^([^\s.!?]{{1,20}}\s+){{0,2}}([^\s.!?]{{1,20}}\s*)?구독\s*(하기|신청(하기)?)\s*[—–\-:：|｜·,]?\s*{_OFFER}(\s*[,·/]?\s*{_OFFER}){{0,2}}$|"
    # ... the press's name (shaped as a site's) and its subscribe button with the plus: "충북온라인뉴스 구독 +", "한빛일보 + 구독"
    rf"^({_NAME_KO}|{_NAME_EN}|{_NAME_FIELD})\s+([+＋]\s*구독(하기)?|구독(하기)?\s*[+＋])$",
    re.I,
)
# A subscription notice: its heading and the prices or the desk to call ("■ 한국해양물류신문 구독 안내: 지면+온라인 연간 12만원 / 온라인
# 전용 연간 6만원 (문의 02-780-4500)"); no sentence ("구독 안내: 신문 구독료가 다음 달부터 월 2만원으로 오른다." is one)
_SUBSCRIPTION_NOTICE = re.compile(
    r"^[■□▶▷►◆◇●○※*]?\s*[\[【(<]?\s*([^\s\[\]]{1,20}\s+)?(정기\s*)?구독\s*(안내|신청|문의|료\s*안내)\s*[\]】)>]?\s*[:：|｜]?\s*"
    r"(?=.*(\d[\d,]*\s*(만\s*|천\s*)?원|\d{2,4}-\d{3,4}-\d{4}))[^.!?]{4,140}$"
)


def _subscribe_links(s: str) -> bool:
    if len(s) < 160 and not _PROSE_END_KO.search(s) and not _a_sentence(s) and (
        _SUBSCRIPTION_NOTICE.match(s) or _SUBSCRIBERS.match(s) and "구독하고" in s
    ):
        return True
    if len(s) >= 80 or _a_sentence(s):
        return False
    if _SUBSCRIBERS.match(s):
        return True
    items = [x for x in re.split(r"\s*[|｜▶▷►•]\s*|\s{2,}", s) if x]
    return bool(items) and all(
        x.lower() in _MENU_WORDS or _BUTTON.fullmatch(x) or _SUBSCRIBE.fullmatch(x) for x in items
    ) and any(re.search(r"구독\s*(하기|신청)|subscribe|newsletter", x, re.I) for x in items) and (
        len(items) >= 2 or bool(re.match(r"\s*[▶▷►•]", s)) or bool(re.search(r"구독\s*(하기|신청)|subscribe\s+to", s, re.I))
    )


# The comment box: its heading, sort control and the prompt to log in ("로그인 후 댓글을 작성할 수 있습니다.": a
# notice speaks in 습니다, the article's prose in 다; a sentence that reports one starts with its subject)
_COMMENT_BOX = (
    re.compile(
        r"^(댓글|의견)\s*(쓰기|작성(하기)?|달기|남기기|보기|더\s*보기|전체\s*보기|접기|펼치기|새로고침|입력|운영\s*(원칙|정책|규정|규칙|방침)|"
        r"정책|이용\s*(규칙|규정|안내))\s*(\(\d[\d,]*\))?"
        # ... with the input box's counter and button: "댓글 쓰기 (0/400) [등록]"
        r"(\s*\(?\d[\d,]*\s*/\s*\d[\d,]*\s*(자|bytes?)?\)?)?(\s*[\[(]\s*(등록|입력|작성|확인)\s*[\])])?$"
    ),
    re.compile(
        # (the count may stand before the sort order: "댓글 57 순공감순 최신순 공감비율순")
        r"^(현재\s*)?((댓글|의견)\s*(\d[\d,]*\s*(개|건)?\s*)?)?(정렬|정렬\s*기준)?\s*(옵션\s*(선택)?)?\s*[:：]?\s*((최신|순공감|공감\s*비율|공감|추천|과거|오래된|등록|인기|답글|비공감|찬성|반대|호감)\s*순"
        r"\s*[|｜·ㆍ/]?\s*)+$"
    ),
    re.compile(
        r"^(로그인|회원\s*가입|본인\s*인증|실명\s*인증)\s*(을|를)?\s*(후|하시면|하셔야|한\s*뒤|한\s*후에?|하고)?,?\s*"
        r"[^.!?]{0,20}(댓글|의견)[^.!?]{0,25}(있습니다|가능합니다|주세요|하세요|보세요|바랍니다)[.!]?(\s*\(?\d[\d,]*\s*/\s*\d[\d,]*\s*(자|bytes?)?\)?)?$"
    ),
    re.compile(r"^((이|본)\s*기사에\s*대한\s*)?[\[(]?\s*(독자\s*(의견|댓글)|의견|독자\s*반응|reader\s+comments?)\s*[\])]?\s*[\[(]?\s*\d[\d,]*\s*[\])]?$", re.I),
    re.compile(r"^[\[(]?\s*((댓글|의견|답글)\s*)?(더\s*보기|전체\s*보기)\s*[\])]?\s*[\[(]\s*\d[\d,]*\s*[\])]$"),
    re.compile(r"^(댓글|의견)\s*\d[\d,]*\s*(개|건)?\s*[|｜·]?\s*내\s*(댓글|의견)(\s*(모음|보기|관리))?$"),
    re.compile(r"^(첫\s*)?(댓글|의견)(을|를|이|은|는)?\s*[^.!?]{0,25}(주세요|하세요|보세요|바랍니다|없습니다|있습니다)[.!]?$"),
    re.compile(
        r"^(please\s+)?(log\s*in|sign\s*in|sign\s*up|register)\s+(to|and|before)\s+(comment|leave\s+a\s+comment|"
        r"post\s+a\s+comment|write\s+a\s+comment|join\s+the\s+(discussion|conversation))\W*$|"
        r"^(be\s+the\s+first\s+to\s+comment|no\s+comments(\s+yet)?|leave\s+a\s+comment|write\s+a\s+comment|"
        r"add\s+a\s+comment|sort\s+by\s*[:：]?\s*((newest|oldest|latest|popular|most\s+liked|top|best)\s*[|｜·/]?\s*)+)\W*$",
        re.I,
    ),
)
# A line of hashtags only: "#리콜 #현대차 #기아 #국토교통부" (a post quoted in a sentence has words around its tags)
_HASHTAGS = re.compile(r"^(키워드|태그|tags?|keywords?)$|^(#(?=[^\s#]*[^\W\d_])[^\s#]+\s*){2,}$|^(태그|tags?|키워드|keywords?)\s*[:：]\s*#?[^\s#.!?]+(\s*[,#]\s*#?[^\s#.!?]+)*$|"
                       r"^(관련\s*)?(태그|tags?|키워드|keywords?)\s*[:：]?\s*(#[^\s#]+\s*)+$", re.I)
# The bar of trending keywords: its heading and the keywords between dots or bars, "실시간 HOT 키워드: 루미엘 월드투어 · 청룡영화상 ·
# 신곡 음원차트", "인기 검색어 | 1 ... | 2 ...", "Trending: BTS · Blackpink · Squid Game" (no sentence among them)
_TRENDING = re.compile(
    r"^(실시간|인기|급상승|오늘의|지금|핫|hot|트렌드)\s*((hot|핫|인기|급상승|화제의?)\s*)?(키워드|검색어|이슈|태그|토픽|트렌드)\s*(top\s*\d{1,2}\s*)?[:：|｜]\s*|"
    r"^(trending(\s+(now|topics|keywords|searches))?|hot\s+(topics|keywords)|popular\s+searches)\s*[:：|｜]\s*",
    re.I,
)


def _trending(s: str) -> bool:
    m = _TRENDING.match(s) if len(s) < 160 else None
    if m is None:
        return False
    items = [x for x in re.split(r"\s*[·ㆍ|｜,•]\s*", s[m.end() :]) if x]
    return len(items) >= 2 and all(len(x) <= 20 and not re.search(r"[.!?]$", x) for x in items)


# The publisher's footer: "한빛일보 | 서울특별시 중구 세종대로 000 | 대표전화 02-000-0000 | 등록번호 서울 아00000",
# "경제투데이 | 서울특별시 영등포구 여의대로 000 | 발행인·편집인 홍길동"
_FOOTER_KEY = re.compile(
    r"등록\s*번호|등록\s*일자?|발행\s*인|편집\s*인|발행\s*[·ㆍ]\s*편집인|편집\s*국장|대표\s*전화|대표\s*이사|청소년\s*보호\s*책임자|"
    r"사업자\s*(등록\s*)?번호|통신\s*판매업|제호|발행\s*일자|팩스|\bfax\b|\btel\b|registration\s+(no|number)|"
    r"publisher|editor[- ]in[- ]chief|business\s+license|회사\s*소개|이용\s*약관|개인\s*정보\s*(처리|취급)\s*방침|고충\s*처리(인)?|"
    r"고객\s*센터|광고\s*문의|청소년\s*보호\s*정책|이메일\s*무단\s*수집\s*거부|[가-힣]{2,3}(특별시|광역시|특별자치시|특별자치도)|"
    # ... the address and the phone under their labels: "주소: 서울특별시 마포구 월드컵북로 400 | 전화: 02-3150-0024"
    r"(?<![가-힣])(주소|전화)\s*[:：](?=\s*\S)",
    re.I,
)


# The footer's row of links, space-separated: "회사소개 기사제보 광고문의 개인정보처리방침 이메일무단수집거부", "시청자센터 채용정보 KNB 소개
# 개인정보처리방침 고충처리인", "이용약관 개인정보처리방침 청소년보호정책 뉴스 고객센터" (each item a link of a site's footer; a sentence or a
# headline has other words)
_FOOTER_LINK = (
    r"회사\s*소개|기사\s*제보|광고\s*(문의|안내|신청)|제휴\s*(문의|안내)|개인\s*정보\s*(처리|취급)\s*방침|이메일\s*무단\s*수집\s*거부|"
    r"이용\s*약관|서비스\s*약관|청소년\s*보호\s*정책|(뉴스\s*)?고객\s*센터|시청자\s*(센터|위원회|게시판)|채용\s*(정보|안내|공고)|인재\s*채용|"
    r"고충\s*처리(인)?|저작권\s*(보호\s*)?정책|사이트\s*맵|(찾아)?오시는\s*길|윤리\s*강령|편집\s*(규약|원칙|강령)|독자\s*권익\s*위원회|"
    r"구독\s*(신청|문의)|rss|[A-Za-z가-힣0-9]{2,10}\s*소개|"
    r"(?i:about\s+us|privacy\s+policy|terms\s+of\s+(use|service)|contact\s+us|advertise(\s+with\s+us)?|careers|sitemap)"
)
_FOOTER_STRONG = re.compile(r"개인\s*정보|이메일\s*무단|이용\s*약관|청소년\s*보호|고충\s*처리|회사\s*소개|광고\s*(문의|안내)|(?i:privacy|terms\s+of)")


def _footer_links(s: str) -> bool:
    if len(s) >= 150 or _a_sentence(s):
        return False
    tokens = [m.group(0) for m in re.finditer(rf"(?:{_FOOTER_LINK})(?=[\s|｜·ㆍ/]|$)|[|｜·ㆍ/]|\S+", s, re.I)]
    links = [t for t in tokens if not re.fullmatch(r"[|｜·ㆍ/]", t)]
    return (
        len(links) >= 3
        and all(re.fullmatch(_FOOTER_LINK, t, re.I) for t in links)
        and sum(bool(_FOOTER_STRONG.search(t)) for t in links) >= 2
    )


def _publisher_footer(s: str) -> bool:
    """The publisher's block: several footer keys, or one in a row of "|"-separated items, no sentence."""
    if len(s) > 250 or re.search(r"다\.?$", s):
        return False
    keys = {re.sub(r"\s", "", k.group(0).lower()) for k in _FOOTER_KEY.finditer(s)}
    pipes = len(re.findall(r"[|｜]", s))
    phone = re.search(r"\d{2,4}-\d{3,4}-\d{4}", s)  # a headline can name a publisher and an editor; not a phone number
    registered = re.search(r"등록\s*번호\s*[:：]?\s*([가-힣]{1,4}\s*){0,3}[-\d]{3,}|\d{3}-\d{2}-\d{5}", s)
    return len(keys) >= 2 and bool(pipes or phone) or (len(keys) >= 1 and pipes >= 2) or len(keys) >= 3 and bool(registered)


# A periodical's issue bar: "주간 발행 | 제1247호", "통권 제312호 | 2025년 8월 22일 발행", "Vol. 12 No. 34" (its items only: how often
# it comes out, the issue's number, the day of the issue; one item at least the number; "법률 제1247호" and "제1호 사업장으로 선정됐다." are
# text)
_ISSUE_NUMBER = re.compile(
    r"(통권\s*)?제\s*\d{1,5}\s*호|통권\s*\d{1,5}\s*호|호수\s*[:：]?\s*\d{1,5}|(?i:vol(ume)?\.?\s*\d{1,4}(\s*,?\s*no\.?\s*\d{1,5})?|"
    r"issue\s+(no\.?\s*)?\d{1,5})"
)
_ISSUE_ITEM = re.compile(
    rf"(?:{_ISSUE_NUMBER.pattern})|(주간|월간|격주간?|순간|계간|일간|격월간?|반월간)\s*(발행|신문|지|판)?|(매주|매월)\s*([월화수목금토일]요일\s*)?발행|"
    r"(발행\s*일?\s*[:：]?\s*)?\d{4}\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2}\s*일?\.?(\s*\(?[월화수목금토일]\)?)?(\s*발행)?|"
    r"(?i:weekly|monthly|biweekly|quarterly)(\s+(edition|issue))?"
)


def _issue_bar(s: str) -> bool:
    if len(s) > 80 or not _ISSUE_NUMBER.search(s):
        return False
    items = [x for x in re.split(r"\s*[|｜·ㆍ/]\s*", s) if x]
    return all(_ISSUE_ITEM.fullmatch(x) for x in items)


# The publisher's pledge to a code of ethics, in 니다, at the foot: "이 신문은 신문윤리강령 및 그 실천요강을 준수합니다.", "본 사이트는
# 인터넷신문윤리강령을 준수합니다." ("이 신문은 신문윤리강령을 준수한다고 밝혔다." is a sentence)
_ETHICS_PLEDGE = re.compile(
    r"^([^\s.!?]{1,15}(은|는)\s+)?[^.!?]{0,25}윤리\s*강령[^.!?]{0,40}(준수|지키|따르|따릅)[^.!?]{0,8}(합니다|니다)[.!]?$|"
    r"^(?i:this\s+(newspaper|paper|site|website|publication|media\s+outlet)\s+(abides\s+by|complies\s+with|adheres\s+to|follows)\s+"
    r"[^.!?]{0,60}code\s+of\s+(ethics|conduct)[^.!?]{0,60})\.?$"
)


# The page's skip links and menu toggles: "주요서비스 바로가기 본문 바로가기", "전체메뉴 열기", "메뉴 닫기"
_SKIP_LINKS = re.compile(
    r"^(((주요\s*)?서비스|본문|주\s*메뉴|메뉴|검색|콘텐츠|컨텐츠|skip\s+to\s+(main\s+)?content)\s*(바로\s*가기)?\s*){1,4}$|"
    r"^(전체\s*)?(메뉴|섹션|검색(창)?)\s*(열기|닫기|펼치기|접기|보기)$",
    re.I,
)


def _skip_links(s: str) -> bool:
    return len(s) < 60 and bool(_SKIP_LINKS.match(s)) and bool(re.search(r"바로\s*가기|열기|닫기|펼치기|접기|보기|skip", s, re.I))


# The tool bar under the headline, of any of these buttons in a row: "가 가  공유  프린트  스크랩",
# "공유  북마크  댓글 27  글씨크기 조절하기  번역 English", "바로가기 복사하기 본문 글씨 키우기 본문 글씨 줄이기"
_TOOL = (
    # a reaction with its count, the recommend button: "좋아요 43", "추천", "응원해요 54"
    rf"(좋아요|싫어요|추천|공감|공유|스크랩|{_BUTTON_YO})\s*\d[\d,]*|추천(하기)?|"
    # the font buttons, in Hangul or Latin: "가 가", "A A", "A+ A-"
    r"가\s*[-−–]?\s*가\s*[+＋]?|(?-i:A\s*[-−–+＋]?\s*A\s*[-−–+＋]?)|기사\s*(스크랩|저장|공유)|"
    r"(본문\s*)?(글씨|글자|폰트|텍스트)\s*(크기)?\s*(조절(하기)?|조정(하기)?|키우기|줄이기|크게|작게|확대|축소|변경(하기)?|설정(하기)?)|"
    # a portal's: "요약봇 | 본문 듣기 | 텍스트 음성 변환 서비스 사용하기 | ... | SNS 보내기 | 인쇄하기"
    r"요약\s*봇|텍스트\s*음성\s*변환(\s*서비스)?(\s*(사용|이용)(하기)?)?|(sns|메일|이메일)\s*(로\s*)?보내기|"
    r"(글씨|글자|폰트)\s*크기|공유(하기)?|북마크|즐겨찾기|프린트|인쇄(하기)?|스크랩|저장|바로\s*가기|(링크|주소|url)\s*복사(하기)?|복사(하기)?|"
    # ... a portal's summary, listen and translate buttons: "요약보기 음성으로 듣기 번역 설정"
    r"번역(\s*(설정|하기|보기))?|english|좋아요|댓글(\s*\d[\d,]*)?|(본문\s*|음성\s*(으로\s*)?)?듣기|(기사\s*)?요약(\s*보기)?|메일|이메일|"
    r"카카오톡|카카오스토리|페이스북|트위터|x\s*\(트위터\)|x|밴드|네이버\s*블로그|텔레그램|라인"
)
_TOOL_ANCHOR = re.compile(r"가\s*[-−–]?\s*가|글씨|글자|폰트|공유|북마크|프린트|인쇄|스크랩|복사")


def _tool_bar(s: str) -> bool:
    """Two or more of the page's tool buttons in a row, one of them a font, share, print, bookmark or copy button."""
    if len(s) >= 120 or not _TOOL_ANCHOR.search(s):
        return False
    tokens = [m.group(0) for m in re.finditer(rf"(?i:{_TOOL})(?=[\s|｜·ㆍ/]|$)|\S+", s)]
    return len(tokens) >= 2 and all(re.fullmatch(rf"(?i:{_TOOL})|[|｜·ㆍ/]", t) for t in tokens)


# The site's machine summary above the article: its heading ("AI 요약"), then its bullets (an item of the list), then
# its notice: "AI가 요약한 내용입니다. 정확한 내용은 기사 본문을 확인해주세요."
_AI_SUMMARY_HEAD = re.compile(
    r"^[\[【<(]?\s*((ai|인공지능)\s*(기사\s*)?(요약|핵심\s*요약|세\s*줄\s*요약|3\s*줄\s*요약)|ai\s+summary|summary\s+by\s+ai|"
    r"(본문|기사)?\s*(자동\s*)?요약\s*(봇|bot)|(본문|기사)\s*자동\s*요약|자동\s*요약|(auto(matic)?|bot)\s+summary|"
    r"(기사\s*)?(핵심|세\s*줄|3\s*줄)\s*요약)\s*[\]】>)]?$",
    re.I,
)
_AI_SUMMARY_NOTE = re.compile(
    r"^[※*\s]*(이\s*(기사|내용|요약)[은는]\s*)?(ai|인공지능)[가-힣 ()ai]{0,12}요약.{0,80}(니다|세요)[.!]?$|"
    r"^[※*\s]*(this\s+summary\s+(was|is)\s+(generated|produced|written|made)\s+(by|with|using)\s+ai)\b.{0,120}$|"
    # ... or a summary bot's: "자동요약 기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다. 전체 맥락을 이해하기 위해서는 본문
    # 보기를 권장합니다."
    r"^[※*\s]*(자동\s*요약\s*)?[^.!?]{0,40}(자동\s*)?요약(한|된|했)\s*(결과|내용)입니다\.?(\s+[^.!?]{0,60}(니다|세요)\.?)?$",
    re.I,
)


def _ai_summary(s: str) -> bool:
    return len(s) < 40 and bool(_AI_SUMMARY_HEAD.match(s)) or len(s) < 200 and bool(_AI_SUMMARY_NOTE.match(s)) and not _PROSE_END_KO.search(s)


# Reader comments under the article, marked by their rows: the commenter's masked ID ("kim****", "└ park**** 노인분들은..."),
# the row of time and counts ("06.03 12:21 신고  답글 4  공감 88  비공감 6", "공감 41 비공감 7  답글 3"), the nickname with
# its date and counts ("강릉사람 2025-08-27 07:12  추천 15  반대 0"); a comment's text between such rows is read by
# comment_text() in article.py.
_MASKED_ID = re.compile(r"^[└ㄴ↳┗>\s]*[A-Za-z][A-Za-z0-9_.]{1,15}\*{2,}(\s|$)")
_COMMENT_TIME = r"(\d{4}\s*[-./]\s*)?\d{1,2}\s*[-./]\s*\d{1,2}\.?\s+\d{1,2}:\d{2}(:\d{2})?"
_COMMENT_COUNTS = r"((신고(하기)?|답글(\s*(쓰기|달기))?|공감|비공감|추천|비추천|반대|찬성|좋아요|싫어요)(\s*\d[\d,]*)?\s*[|｜·]?\s*)+"
_COMMENT_ROW = re.compile(rf"^([^\s\d]\S{{0,11}}\s+)?({_COMMENT_TIME}\s+)?{_COMMENT_COUNTS}$")


# ... or a whole comment on one line: the nickname, its date and time, the text, its buttons and counts ("책벌레 |
# 2025-06-07 11:02 | 드디어! 야근 끝나고도 갈 수 있겠네요 | 공감 14", "신라인 2025-09-24 13:05 꼭 설명회 가보고 싶네요 삭제
# 신고 0 0", "킥보드사랑 2025.03.18 15:10  헬멧 대여도 ...  답글 | 추천 21 | 비추천 2")
_COMMENT_BUTTON = r"신고|답글|공감|비공감|추천|비추천|반대|찬성|좋아요|싫어요|삭제|수정"
# ... the date may lack its year: "루미엘사랑해 06.21 10:15  서울 공연 피켓팅 성공한 사람 손!  공감 32 비공감 1"
_COMMENT_LINE = re.compile(
    rf"^[^\s\d|｜]\S{{0,14}}\s*[|｜]?\s*(\d{{4}}\s*[-./]\s*)?\d{{1,2}}\s*[-./]\s*\d{{1,2}}\.?\s+\d{{1,2}}:\d{{2}}(:\d{{2}})?\s*[|｜]?\s*"
    rf"\S.*?\s*[|｜]?\s*(({_COMMENT_BUTTON})(\s*\d[\d,]*)?\s*[|｜·]?\s*)+(\d[\d,]*\s*)*$"
)


_HANDLE_ROW = re.compile(
    r"^(?=[a-z]|[A-Za-z]\S*[_\d])[A-Za-z][A-Za-z0-9_.-]{1,19}\s*[|｜·]?\s*\d{4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}\.?\s+"
    r"\d{1,2}:\d{2}(:\d{2})?$"
)
# ... or a comment on one line after its nickname and a colon, a heart's count closing it: "바다사랑: 방파제 가는 사람들 제발
# 가지 마세요.   ♡ 63"
_HEART_COMMENT = re.compile(r"^[^\s:：]{2,15}\s*[:：]\s*\S.{0,300}?\s+(♡|♥|❤️?|👍)\s*\d[\d,]*$")


def comment_row(s: str) -> bool:
    """A reader comment's marking row (masked ID, or time and counts with a comment's buttons: 답글, 신고, 비공감, 반대),
    or a whole comment on one line."""
    whole = len(s) < 400 and s[-1].isdigit() and _COMMENT_LINE.match(s) is not None  # its last count closes it
    if len(s) > 200:
        return whole
    if _MASKED_ID.match(s) or whole or _HANDLE_ROW.match(s) or _HEART_COMMENT.match(s):
        return True
    if len(s) > 80 or not _COMMENT_ROW.match(s):
        return False
    # the counts must name a comment's own button (a reaction bar "좋아요 8 슬퍼요 1" is the page's), and a count or time
    return bool(re.search(r"답글|신고|비공감|반대|비추천", s)) and bool(re.search(r"\d", s))


# The comment box's controls and notices: "clean bot 악성댓글 필터 ON", "댓글삭제", "댓글쓰기 로그인", "주의 : 댓글 작성 시 명예훼손
# 등 법적 책임을 질 수 있습니다.", "계정을 선택하시면 로그인·계정인증을 통해 댓글을 남기실 수 있습니다."
_FILTER_BOT = r"(clean|safe)[\s_]*bot|클린\s*봇|세이프\s*봇"
_COMMENT_CONTROL = re.compile(
    r"^(clean[\s_]*bot|클린\s*봇)?\s*악성\s*댓글\s*(필터|차단|숨김)\s*(on|off)?$|"
    # ... the bot alone with its state: "세이프봇 작동 중", "클린봇 ON"
    rf"^({_FILTER_BOT})\s*(on|off|작동\s*중|가동\s*중|사용\s*중|켜짐|꺼짐)?$|"
    r"^(clean[\s_]*bot|클린\s*봇)\s*(이|은|이\s*악성\s*댓글을|은\s*악성\s*댓글을)?\s*[^.!?]{0,30}(감지|숨김|필터링|차단)(합니다|중|됩니다)\.?\s*(설정|on|off)?$|"
    r"^((댓글|의견)\s*(삭제|쓰기|작성(하기)?|수정|신고|등록)|로그인|회원가입)(\s*[|｜·ㆍ]?\s*((댓글|의견)\s*(삭제|쓰기|작성(하기)?|수정|신고|등록)|로그인|회원가입))*$",
    re.I,
)
_COMMENT_NOTICE = re.compile(r"댓글.{0,60}(수\s*있습니다|바랍니다|주세요|합니다|됩니다)[.!]?$|^(주의|안내|알림)\s*[:：].{0,40}댓글")


# The comment box's header, of parts between bars: "댓글 218 | 내 댓글 | 현재 댓글 순 ▾", "기사 댓글 0 | 로그인 후 댓글을 남길 수
# 있습니다." (its count, my comments, the sort order, the prompt to log in)
_COMMENT_PART = re.compile(
    r"^((기사|독자)\s*)?(댓글|의견)\s*[\[(]?\d[\d,]*[\])]?\s*(개|건)?$|^내\s*(댓글|의견)(\s*(모음|보기|관리))?$|"
    r"^(현재\s*)?((댓글|의견)\s*)?(최신|순공감|공감\s*비율|공감|추천|과거|오래된|등록|인기|답글|비공감|찬성|반대|호감|현재\s*댓글)?\s*순\s*[▾▼⌄∨]?$|"
    r"^(정렬|정렬\s*기준)\s*[▾▼⌄∨]?$"
)


def _comment_header(s: str) -> bool:
    if len(s) >= 100:
        return False
    parts = [x for x in re.split(r"\s*[|｜]\s*", s) if x]
    return (
        len(parts) >= 2
        and all(
            len(x) > 1 and bool(_COMMENT_PART.match(x)) or any(p.match(x) for p in _COMMENT_BOX) or _comment_box_more(x)
            for x in parts
        )
        and any(re.match(r"((기사|독자)\s*)?(댓글|의견)\s*[\[(]?\d|내\s*(댓글|의견)", x) for x in parts)
    )


# ... and its rules, each in the notice's 니다: writing needs a login ("의견쓰기는 로그인 후 이용 가능합니다."), abuse is deleted
# ("욕설, 비방, 광고성 글은 예고 없이 삭제될 수 있습니다."); an article says 다
_COMMENT_LOGIN = re.compile(
    r"^(댓글|의견)\s*(쓰기|작성|달기|입력|등록|남기기)(는|은)?\s*(로그인|회원\s*가입|본인\s*인증|실명\s*인증)\s*(후|한\s*뒤|하신\s*후)?(에만|에)?\s*"
    r"(이용\s*)?(가능합니다|하실\s*수\s*있습니다|할\s*수\s*있습니다|이용하실\s*수\s*있습니다)[.!]?$"
)
_COMMENT_ABUSE = re.compile(
    r"(욕설|비방|비속어|광고성?|명예\s*훼손|음란|도배|혐오|허위)[^.!?]{0,40}(삭제|제재|차단|제한|블라인드|숨김)\s*(처리)?\s*(될|됩|합|할|하)"
)


def _comment_rules(s: str) -> bool:
    if len(s) >= 200:
        return False
    parts = [x for x in re.split(r"(?<=[.!?])\s+", s) if x]
    return bool(parts) and bool(_COMMENT_LOGIN.match(parts[0])) and all(
        re.search(r"니다[.!]?$", x) and _COMMENT_ABUSE.search(x) for x in parts[1:]
    )


def _comment_box_more(s: str) -> bool:
    return len(s) < 100 and (
        bool(_COMMENT_CONTROL.match(s) and re.search(rf"댓글|의견|{_FILTER_BOT}", s, re.I))
        or bool(_COMMENT_NOTICE.search(s) and not _PROSE_END_KO.search(s) and re.search(
        r"댓글\s*(을|를)?\s*(작성|남기|다|쓰)|댓글\s*(작성|쓰기|입력)|댓글[은는]\s*[^.!?]{0,25}(작성|남기|쓰|달)", s))
    )


# A tip-off box at the end: its heading ("■ 제보하기", "[뉴스 제보]", "제보 안내"), then its channels (contact_item(), read
# by article.py as the box's items)
_TIP_HEAD = re.compile(
    r"^[■□▶▷►◆◇●○*※]\s*[\[【<(]?\s*((기사|뉴스|시청자)\s*)?제보\s*(하기|안내|창구|방법)?\s*[\]】>)]?$|"
    r"^[\[【<(]\s*((기사|뉴스|시청자)\s*)?제보\s*(하기|안내|창구|방법)?\s*[\]】>)]$|^((기사|뉴스|시청자)\s*)?제보\s*(안내|창구|방법)$|"
    r"^[■□▶▷►◆◇●○*]?\s*(send\s+us\s+(a\s+)?(news\s+)?tips?|news\s+tips?|got\s+a\s+(news\s+)?tip\??|tip\s+us\s+off)$|"
    # ... or the site's call, in 니다, to its readers: "HNB는 여러분의 소중한 제보를 기다립니다.", "시청자 여러분의 제보를 기다립니다" (its
    # subject the site or none; "경찰은 목격자의 제보를 기다리고 있다." is a sentence)
    r"^[■□▶▷►◆◇●○*]?\s*([^\s.!?]{1,15}(는|은)\s+)?(시청자|독자|구독자|청취자)?\s*여러분의\s*(소중한\s*)?(제보|뉴스\s*제보|기사\s*제보)(를|을)?\s*"
    r"(기다립니다|기다리고\s*있습니다|받습니다)[.!]?$",
    re.I,
)
_CONTACT_ITEM = re.compile(
    r"^[▷▶►·•\-*○●◇◆☎☏📞]?\s*(전화|연락처|대표\s*전화|휴대\s*전화|이메일|e-?mail|메일|카카오톡|카톡|문자|sms|홈페이지|웹사이트|텔레그램|팩스|"
    r"fax|tel|phone|kakao\s*talk|web(site)?|우편|주소)\s*[:：]\s*[^\s.!?。][^!?。]{0,50}$",
    re.I,
)


# ... or the plain button over the channels ("제보하기", "기사 제보하기": a menu's or an article's button elsewhere)
TIP_BUTTON = re.compile(r"^((기사|뉴스|시청자)\s*)?제보\s*하기$")


def contact_item(paragraph: str) -> bool:
    """A channel of a tip-off box under its heading: "▷ 전화 : 02-780-0000", "▷ 카카오톡 : 'KNT 제보' 검색" (a label, a colon and
    a number, an address or a name; no sentence); or several in a row: "☎ 전화 : 02-781-1234 ▷ 이메일 : jebo@hnb.co.kr ▷ 카카오톡 :
    'HNB 제보' 검색"."""
    if len(paragraph) >= 200 or _PROSE_END_KO.search(paragraph):
        return False
    if len(paragraph) < 80 and _CONTACT_ITEM.match(paragraph):
        return True
    parts = [x for x in re.split(r"\s*[|｜]\s*|\s+(?=[▷▶►•☎☏📞])", paragraph) if x]
    return len(parts) >= 2 and all(len(x) < 80 and _CONTACT_ITEM.match(x) for x in parts)


# A tip line at the end: "제보는 카카오톡 okjebo", "기사제보: 이메일 tip@..."
_TIP_LINE = re.compile(
    r"^(기사\s*)?제보(는|하기)?\s*[:：]?(\s*[|｜·,/]?\s*(카카오톡|카톡|이메일|메일|전화|문자|텔레그램|라인|kakao)\s*[:：]?\s*[\w@.+-]+)+$", re.I
)


# The date and weather bar under a masthead: "2025년 06월 14일 (토)  대전 24℃ 맑음", "Sat, June 14, 2025 Seoul 24°C Clear"
# (the full date and a temperature, with at most a place and the sky's word beside them; a headline has more words)
_TEMPERATURE = re.compile(r"[-−+]?\d{1,2}(\.\d)?\s*(℃|°\s*[CF]?|도)(?!\w)")
_WEATHER_WORD = re.compile(
    r"^(맑음|흐림|구름\s*많음|구름\s*조금|대체로\s*맑음|비|눈|소나기|안개|황사|흐리고\s*비|비\s*또는\s*눈|진눈깨비|뇌우|"
    r"미세먼지|초미세먼지|좋음|보통|나쁨|매우\s*나쁨|"
    r"clear|sunny|cloudy|partly\s+cloudy|mostly\s+cloudy|rain|snow|showers|fog|haze|overcast|fine)$",
    re.I,
)
_WEEKDAY = re.compile(r"[(\[]\s*[월화수목금토일]\s*(요일)?\s*[)\]]|[월화수목금토일]요일|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?", re.I)


def _weather_bar(s: str) -> bool:
    if len(s) > 80 or not _FULL_DATE.search(s) or not _TEMPERATURE.search(s) or _a_sentence(s):
        return False
    rest = _STAMP_REST.sub(" ", _WEEKDAY.sub(" ", _TEMPERATURE.sub(" ", _FULL_DATE.sub(" ", s))))
    words = [w for w in re.split(r"(?<=[가-힣])\s+(?=[가-힣])|\s{2,}|\s(?=[A-Z])", " ".join(rest.split())) if w.strip()]
    places = [w for w in words if not _WEATHER_WORD.match(w.strip())]
    # one place's name at most ("대전", "Seoul"): two places or a phrase is a headline's
    return len(places) <= 1 and all(len(w.strip()) <= 10 and not re.search(r"\d", w) for w in places)


# A stock market ticker: "KOSPI 2,601.45 ▲12.30 (+0.47%)  KOSDAQ 742.18 ▼3.05 (-0.41%)  원/달러 1,372.50", each quote a
# name, its level and its change; one of the names a market's (a headline says "코스피 2,600 회복": a word after it)
_QUOTE = re.compile(
    r"\s*(?P<name>[^\s\d▲▼△▽↑↓]{1,20}(\s[A-Za-z]{1,8})?|S&P\s*500)\s*[:：]?\s*\d[\d,]*(\.\d+)?\s*(p|pt)?"
    r"(?P<move>\s*[▲▼△▽↑↓]\s*\d[\d,]*(\.\d+)?\s*%?|\s*[+\-−]\s*\d[\d,]*(\.\d+)?\s*%?)?"
    r"(?P<pct>\s*\(\s*[+\-−▲▼]?\s*\d[\d,]*(\.\d+)?\s*%\s*\))?\s*[|｜·]?",
    re.I,
)
_MARKET = re.compile(
    r"kospi|kosdaq|코스피|코스닥|나스닥|nasdaq|다우|dow|s&p|니케이|닛케이|nikkei|항셍|hang\s*seng|상해|상하이|shanghai|원/달러|"
    r"달러/원|usd/krw|환율|wti|브렌트|brent|국고채|비트코인|btc|필라델피아|sox|금값|유가",
    re.I,
)


def _market_ticker(s: str) -> bool:
    if len(s) > 250 or not _MARKET.search(s) or _a_sentence(s):
        return False
    quotes, pos = [], 0
    while pos < len(s):
        m = _QUOTE.match(s, pos)
        if m is None or m.end() == pos:
            return False
        quotes.append(m)
        pos = m.end()
    # each with its change: "코스피 2,600·코스닥 740" without one can be a headline's
    moved = [q for q in quotes if q.group("move") or q.group("pct")]
    return any(_MARKET.search(q.group("name")) for q in quotes) and bool(moved) and (len(quotes) >= 2 or "▲" in s or "▼" in s)


# A broadcast story's script labels on a line of their own: "[앵커]", "[리포트]", "[기자]", "<앵커 멘트>", "[인터뷰: 김민수 /
# 제주 시민]", "[녹취]", "[Anchor]"
_SCRIPT_LABEL = re.compile(
    r"^[\[【<(]\s*((앵커|기자|리포트|리포터|인터뷰|녹취|현장음|스탠드업|스탠딩|자막|cg|나레이션|내레이션|브릿지|싱크|sync|"
    r"anchor|reporter|report|interview|sound\s*bite|narration)(\s*(멘트|리포트|코멘트|멘트\s*끝|ment))?)"
    r"(\s*[:：]\s*[^\]】>)]{1,40})?\s*[\]】>)]$",
    re.I,
)
# ... and the broadcaster's sign-off with its production credits: "MBS 뉴스 김민수입니다.", "YTN 홍길동입니다", "연합뉴스TV
# 이지원 기자입니다."; "영상취재: 이준호 / 영상편집: 최다은 / 그래픽: 한소라" (a sentence in 입니다 with another subject is prose)
_SIGN_OFF = re.compile(
    r"^([A-Z][A-Z0-9]{2,5}(\s*(뉴스|NEWS|News|TV))?|[A-Z][A-Za-z0-9]{1,5}\s*(뉴스|NEWS|News)|[가-힣A-Za-z0-9]{1,10}(뉴스|방송|TV|tv)(TV|24)?|"
    r"채널\s*A|TV\s*조선)\s*([가-힣]{3}|[가-힣]{2,4}\s*(기자|특파원|앵커|캐스터|기상\s*캐스터|아나운서))\s*입니다[.!]?$|"
    r"^((?i:this\s+is)\s+)?((?i:reporter)\s+)?[A-Z][a-z]+(\s+[A-Z][a-z]+)?(-[a-z]+)?,?\s+((?i:reporting)\s+)?(?i:for|from|with)\s+"
    r"[A-Z]{2,6}(\s+(?i:news))?\.?$|"
    r"^[A-Z]{2,6}(\s+(?i:news))?,?\s+[A-Z][a-z]+\s+[A-Z][a-z]+(-[a-z]+)?(,?\s+(?i:reporting))?\.?$|"
    # ... the reporter's name, then the broadcaster's, as the English gives "KNB 뉴스 정하은입니다.": "Jeong Ha-eun, KNB News."
    r"^[A-Z][a-z]+\s+[A-Z][a-z]+(-[a-z]+)?,\s+[A-Z]{2,6}(\s+(?i:news|tv))?\.?$"
)
_CREDIT_LABEL = (
    r"영상\s*취재|영상\s*편집|영상\s*촬영|촬영\s*기자|촬영|영상\s*디자인|그래픽|CG|VJ|편집|구성|연출|제작|작가|자막|음향|조명|"
    r"취재\s*지원|인턴\s*기자|디자인|영상|camera|cameraman|video(\s+editing|\s+editor)?|editing|editor|graphics?|producer"
)
_CREDIT_ITEM = re.compile(
    rf"(?i:{_CREDIT_LABEL})\s*[:：]?\s*([가-힣]{{2,4}}(\s*[,·ㆍ]\s*[가-힣]{{2,4}}){{0,3}}|"
    rf"[A-Z][a-z]+(\s[A-Z][a-z]+)?(-[a-z]+)?(\s*,\s*[A-Z][a-z]+(\s[A-Z][a-z]+)?(-[a-z]+)?){{0,3}})"
)
_CREDIT_STRICT = re.compile(r"영상\s*(취재|편집|촬영|디자인)|촬영\s*기자|그래픽|CG|VJ|video\s+editing|camera", re.I)


def _production_credits(s: str) -> bool:
    if len(s) > 150:
        return False
    items = [x for x in re.split(r"\s*[/|｜]\s*|\s{2,}", s) if x]
    return (
        bool(items)
        and all(_CREDIT_ITEM.fullmatch(x) for x in items)
        and (len(items) >= 2 and any(":" in x or "：" in x for x in items) or bool(_CREDIT_STRICT.match(items[0])))
    )


# ... an interview's cue with the speaker's name and a long title, as the English gives it: "[Interview: Jeong Su-a / Head
# of Launch Vehicle Development, Korea Aerospace Research Institute]" (a name and a title, no sentence)
_INTERVIEW_CUE = re.compile(r"^[\[【<(]\s*(인터뷰|녹취|interview|sound\s*bite)\s*[:：]\s*[^\]】>)?!]{1,130}[\]】>)]$", re.I)


# ... the anchor's hand-off to the reporter, which the broadcaster's sign-off answers at the end: "최지훈 기자가 보도합니다.",
# "정하은 기자가 다녀왔습니다.", "김민수 기자의 보도입니다."; and its English: "Choi Min-ho reports.", "Reporter Kim Min-su has the
# story." (the reporter is the subject, nothing else is said: "최지훈 기자가 보도했다." is an article's sentence)
_HAND_OFF = re.compile(
    r"^[가-힣]{2,4}\s*(기자|특파원)(가|이)\s*(보도합니다|보도해\s*드립니다|전합니다|전해\s*드립니다|다녀왔습니다|취재했습니다|"
    r"자세히\s*전합니다|자세한\s*소식\s*전합니다)[.!]?$|"
    r"^[가-힣]{2,4}\s*(기자|특파원)(의|가)\s*(보도|리포트|취재)(입니다|했습니다)[.!]?$|"
    r"^((?i:reporter|correspondent)\s+)?[A-Z][a-z]{1,5}\s+[A-Z][a-z]+(-[a-z]+)?\s+(reports|has\s+(the|this|more\s+on\s+the)\s+(story|report)|has\s+more)\.?$"
)
# ... the programme's line with the day of the broadcast: "HBS 뉴스9 | 2024년 09월 04일", "KBS 뉴스광장 2025.03.18", "뉴스데스크 |
# 2025-08-27 (수)" (a programme's name, the date and the weekday only)
_PROGRAMME_DATE = re.compile(
    r"^([A-Z][A-Z0-9]{1,5}\s*)?([가-힣A-Za-z]{0,6}뉴스[가-힣A-Za-z]{0,6}\s*\d{0,2}|(?i:news)\s*\d{1,2})\s*[|｜·,]?\s*"
    r"\d{4}\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2}\s*일?\.?\s*(\(?[월화수목금토일]\)?(요일)?)?\s*(방송)?$"
)


def _broadcast_script(s: str) -> bool:
    cue = not re.search(r"다\.", s) and not _a_sentence(s[:-1])  # a label, not a sentence in brackets
    return (
        len(s) < 60 and bool(_SCRIPT_LABEL.match(s)) and cue
        or len(s) < 150 and bool(_INTERVIEW_CUE.match(s)) and cue
        or len(s) < 60 and bool(_SIGN_OFF.match(s) or _HAND_OFF.match(s) or _PROGRAMME_DATE.match(s))
        or _production_credits(s)
    )


# The video player's controls: "▶ 동영상 재생 (02:14)   자막 ON/OFF   화질 선택 720p", "Play (01:52) CC HD"
_PLAYER = (
    r"[▶►▷⏵⏸■]|(동영상|영상)\s*(재생|보기|다시\s*보기)|재생(\s*시간)?|일시\s*정지|정지|음소거|소리\s*(켜기|끄기)|볼륨|"
    r"자막(\s*(on\s*/\s*off|on|off|켜기|끄기|보기))?|화질(\s*(선택|설정|변경))?|전체\s*화면|\d{3,4}p|hd|sd|cc|배속|\d(\.\d+)?\s*x|"
    r"\(?\d{1,2}:\d{2}(:\d{2})?\)?|play|pause|mute|unmute|volume|subtitles?(\s*(on|off))?|captions?|full\s*screen|quality|on\s*/\s*off|"
    r"(화면\s*)?(확대|축소)|zoom(\s*(in|out))?"
)
# ... a control may stand in brackets: "▶ 재생 00:00 / 02:14  [자막] [화면 확대]"
_PLAYER_TOKEN = rf"[\[(]\s*(?i:{_PLAYER})\s*[\])]|(?i:{_PLAYER})"


def _video_player(s: str) -> bool:
    if len(s) >= 120 or not re.search(r"재생|자막|화질|음소거|전체\s*화면|play|pause|mute|subtitle|full\s*screen", s, re.I):
        return False
    tokens = [m.group(0) for m in re.finditer(rf"{_PLAYER_TOKEN}|\S+", s)]
    if len(tokens) >= 2 and all(re.fullmatch(rf"{_PLAYER_TOKEN}|[|｜·/]", t) for t in tokens):
        return True
    # ... with the page's tools beside the controls: "▶ 동영상 재생 (02:13) | 자막 ON/OFF | 공유 | 글자 크기 | 인쇄" (two controls
    # at least, then share, font or print buttons)
    tokens = [m.group(0) for m in re.finditer(rf"{_PLAYER_TOKEN}|(?i:{_TOOL})(?=[\s|｜·ㆍ/]|$)|\S+", s)]
    controls = [t for t in tokens if re.fullmatch(_PLAYER_TOKEN, t) and not re.fullmatch(r"[▶►▷⏵⏸■]", t)]
    return len(controls) >= 2 and all(re.fullmatch(rf"{_PLAYER_TOKEN}|(?i:{_TOOL})|[|｜·ㆍ/]", t) for t in tokens)


# A newsletter's sign-up box: "한밭신문 뉴스레터 구독하기  이메일 주소 입력 [구독]", "반도체신보 뉴스레터 | 매일 아침 7시, ...
# 메일로 받아보세요.  [무료 구독 신청]" (a sentence about a newsletter ends in 다)
_NEWSLETTER_CALL = re.compile(
    r"구독\s*(하기|신청)|[\[【(<]\s*(무료\s*)?구독[^\]】)>]{0,8}[\]】)>]|받아\s*보(세요|십시오|실\s*수)|이메일\s*(주소\s*)?(을\s*)?입력|"
    r"subscribe|sign\s+up|enter\s+your\s+e-?mail",
    re.I,
)


def _newsletter_box(s: str) -> bool:
    return (
        len(s) < 200
        and bool(re.search(r"뉴스\s*레터|newsletter", s, re.I))
        and bool(_NEWSLETTER_CALL.search(s))
        and not _a_sentence(s)
        and not _PROSE_END_KO.search(s)
    )


# A promotion box for an event or an app: "[세미나 안내] 2025 차세대 메모리 기술 세미나 | 11월 13일(목) 오후 2시 | ... | 사전등록 ▶",
# "MBS 날씨 앱 설치하고 실시간 태풍 정보 받기 ▶" (a button's "...하기" and its arrow; a bracketed headline "[포럼] ..." has neither)
_PROMO_LABEL = re.compile(
    r"^[\[【<(]\s*(([가-힣A-Za-z·]{1,10}\s*)?(안내|공지|알림|모집|접수|신청)|"
    # ... an event's kind, online or not: "[e-세미나]", "[온라인 포럼]"
    r"([A-Za-z]{1,3}\s*-\s*|온라인\s*|오프라인\s*|online\s+)?(세미나|포럼|컨퍼런스|콘퍼런스|웨비나|행사|이벤트|설명회|박람회|"
    r"전시회?|교육|강좌|공모전|시상식|event|notice|seminar|webinar|conference))\s*[\]】>)]"
    # ... with a box's shape: fields between bars, or the button closing it ("[안내] 추석 연휴 쓰레기 배출 일정" is a headline),
    # or the registration's deadline closing it ("... 5월 14일 코엑스, 사전등록 마감 임박")
    r"(?=.*[|｜].*[|｜]|.*([▶►▷→»]|(사전\s*)?(등록|신청|참가|예약)(하기)?)\s*$|"
    r".*(등록|신청|접수|예약)\s*(마감(\s*임박)?|마감\s*d\s*-\s*\d{1,2}|중|오픈|개시)\s*!?\s*$)",
    re.I,
)
_CALL_TO_ACTION = re.compile(
    r"(받기|보기|가기|하기|설치|다운로드|신청|등록|참여|예약|바로\s*가기|클릭|download|install|register|sign\s+up|learn\s+more|"
    r"get\s+the\s+app)\s*[▶►▷→»]+\s*$|"
    r"[▶►▷→»]\s*(구독|신청|가입|예약|구매|참여|등록|자세히\s*보기|더\s*보기|바로\s*가기)(하기)?\s*$",
    re.I,
)


def _promotion(s: str) -> bool:
    if len(s) >= 200 or _a_sentence(s) or _PROSE_END_KO.search(s):
        return False
    return bool(_PROMO_LABEL.match(s)) or len(s) < 100 and bool(_CALL_TO_ACTION.search(s))


# The search box: its prompt and button, "검색어를 입력하세요 [검색]", "Search... [Go]", "통합검색"
_SEARCH_BOX = re.compile(
    r"^(통합\s*)?검색(어|할\s*(단어|내용))?\s*(를|을)?\s*입력(하세요|해\s*주세요|하십시오)?\.?(\s*[\[(]?\s*(검색|찾기|확인)\s*[\])]?)?$|"
    r"^(통합\s*)?검색(\s*[\[(]\s*(검색|찾기)\s*[\])])?$|^(search|enter\s+(a\s+)?(keyword|search\s+term)s?)(\s*(here|for))?\s*(\.{3}|…)?"
    r"(\s*[\[(]\s*(search|go)\s*[\])])?$",
    re.I,
)


def _search_box(s: str) -> bool:
    return len(s) < 40 and bool(_SEARCH_BOX.match(s))


# A stock's quote box: its heading ("종목정보", "관련 종목"), the quote with its change ("한성모터스 212,500 ▼1,500 (-0.70%) |
# 11.27 14:00 기준 | 시가총액 45조 3,210억") and its button ("[관심종목 추가]")
_STOCK_HEAD = re.compile(r"^[\[【<(]?\s*((관련\s*)?종목\s*(정보|시세|현황|주가)|관련\s*(종목|주식)|주가\s*정보|(?i:stock\s+(info(rmation)?|quotes?)))\s*[\]】>)]?$")
_STOCK_QUOTE = re.compile(r"\d[\d,]*(\.\d+)?\s*원?\s*[▲▼△▽↑↓]\s*\d[\d,]*(\.\d+)?\s*\(\s*[+\-−]?\s*\d+(\.\d+)?\s*%\s*\)")
_STOCK_BUTTON = re.compile(r"^[\[(]?\s*(관심\s*종목|포트폴리오|my\s*종목|종목\s*토론(실)?|매수|매도)\s*(추가|등록|담기|바로\s*가기|하기)?\s*[\])]?$", re.I)


def _stock_box(s: str) -> bool:
    if len(s) >= 200 or _a_sentence(s) or _PROSE_END_KO.search(s):
        return False
    return bool(_STOCK_HEAD.match(s) or _STOCK_BUTTON.match(s)) or bool(
        # the quote with the box's fields ("기준", "시가총액", "거래량") or bars between them; a headline says more words
        _STOCK_QUOTE.search(s) and re.search(r"기준|시가\s*총액|거래량|등락률|전일\s*대비|[|｜]", s)
    )


# A donation box: "후원하기 | 지역 언론의 힘은 독자의 후원입니다. 월 5,000원부터 함께해 주세요. 농협 351-0000-0000-00 (예금주:
# ...)" (an appeal in 니다 and 주세요 with an account or the button; an article about donations says 다)
_DONATION = re.compile(r"후원|기부|(?i:donat|support\s+(us|our|independent))")
_DONATION_WAY = re.compile(r"후원\s*하기|예금주|계좌|\d{2,6}-\d{2,6}-\d{2,6}|(월|매월)\s*\d[\d,]*\s*원부터|(?i:donate\s+now|become\s+a\s+(supporter|member))")


def _donation_box(s: str) -> bool:
    if len(s) >= 300 or not _DONATION.search(s) or not _DONATION_WAY.search(s):
        return False
    return not any(_PROSE_END_KO.search(x) or _a_sentence(x) for x in re.split(r"(?<=[.!?])\s+", s))


# A portal's notices about the press's article: "이 기사는 언론사에서 경제 섹션으로 분류했습니다.", "기사 섹션 분류 안내",
# "누리 뉴스는 각 언론사가 제공하는 기사를 편집 없이 서비스합니다. 기사의 책임은 해당 언론사에 있습니다."
_PORTAL_NOTICE = re.compile(
    r"^(이\s*)?기사는\s*[^.!?]{0,20}(섹션|분야|카테고리)\s*(으로|로)\s*분류(했|하였|되었|됐)습니다\.?$|"
    r"^(기사\s*)?(섹션|분야)\s*분류\s*(안내|기준)$|"
    r"언론사[가이]?\s*[^.!?]{0,20}(제공|송고)(하는|한)\s*기사|각\s*언론사의?\s*기사를\s*(제공|서비스)|"
    r"기사의?\s*((모든|내용에?\s*대한|내용의?)\s*)?(책임|저작권)은\s*(해당\s*|각\s*)?언론사에\s*있습니다"
)


def _portal_notice(s: str) -> bool:
    if len(s) >= 200 or not _PORTAL_NOTICE.search(s):
        return False
    return not any(_PROSE_END_KO.search(x) for x in re.split(r"(?<=[.!?])\s+", s))


# A newsletter's sign-up form without the word: "매일 오전 7시, ... 메일로 받아보세요. [이메일 주소 입력] [구독]" (an input box in
# brackets and the button)
_SIGNUP_FORM = re.compile(
    r"[\[(]\s*(이메일|e-?mail|메일)\s*(주소)?\s*(를|을)?\s*(입력(하세요|해\s*주세요)?)?\s*[\])].{0,10}[\[(]\s*(무료\s*)?(구독|신청|subscribe|sign\s*up)(하기)?\s*[\])]\s*$",
    re.I,
)


RULES: list[tuple[str, Callable[[str], bool]]] = [
    ("image", lambda s: bool(_IMAGE_MD.match(s))),
    ("translator's note", _translator_note),
    ("tip-off box", lambda s: len(s) < 40 and bool(_TIP_HEAD.match(s))),
    ("site menu", lambda s: s.lower() in _MENU_WORDS or _navigation(s) or _menu_words_only(s) or _section_menu(s) or _skip_links(s)
     or _broadcast_menu(s) or _footer_links(s)),
    ("search box", _search_box),
    ("site name", _site_name),
    ("date and weather bar", _weather_bar),
    ("market ticker", _market_ticker),
    ("stock box", _stock_box),
    ("most-read list", lambda s: len(s) < 60 and bool(_MOST_READ.match(s))),
    ("page counters", lambda s: len(s) < 160 and _reactions(s)),
    ("article buttons", _buttons),
    ("subscribe link", _subscribe_links),
    ("comment box", lambda s: len(s) < 100 and any(p.match(s) for p in _COMMENT_BOX) or _comment_box_more(s) or _comment_header(s)
     or _comment_rules(s)),
    ("reader comment", comment_row),
    ("newsletter box", lambda s: _newsletter_box(s) or len(s) < 200 and bool(_SIGNUP_FORM.search(s))),
    ("donation box", _donation_box),
    ("portal notice", _portal_notice),
    ("AI summary", _ai_summary),
    ("tip line", lambda s: len(s) < 80 and bool(_TIP_LINE.match(s))),
    ("hashtags", lambda s: len(s) < 200 and bool(_HASHTAGS.match(s))),
    ("trending keywords", _trending),
    ("publisher footer", lambda s: _publisher_footer(s) or len(s) < 120 and bool(_ETHICS_PLEDGE.match(s))),
    ("issue bar", _issue_bar),
    ("language label", lambda s: len(s) < 40 and bool(_LANG_LABEL.match(s)) or _translation_label(s) or _site_language_label(s)
     or _text_label(s)),
    ("listen button", lambda s: bool(_LISTEN.match(s))),
    ("font-size buttons", lambda s: len(s) < 30 and bool(_FONT.match(s))),
    ("advertisement", _advertisement),
    ("promotion", _promotion),
    ("broadcast script", _broadcast_script),
    ("video player", _video_player),
    ("share buttons", lambda s: len(s) < 160 and not _a_sentence(s)
     and (len(_SHARE_WORDS.findall(s)) >= 2 or bool(_SHARE_ONE.search(s)) or bool(_SHARE_LINE.match(s)))),
    ("tool bar", _tool_bar),
    ("photo caption", _photo_caption),
    ("copyright line", lambda s: len(s) < 200 and bool(_COPYRIGHT.search(s) or _COPYRIGHT_EN.search(s))),
    ("byline", lambda s: len(s) < 120 and (any(p.search(s) for p in _BYLINE) or _date_stamp(s))),
    ("end mark", lambda s: bool(_END_MARK.match(s))),
    ("reporter email", lambda s: len(s) < 100 and bool(_EMAIL_END.search(s))),
    ("source link", lambda s: len(s) < 200 and bool(_SOURCE.match(s)) or _press_credit(s)),
    ("related link", lambda s: len(s) < 300 and bool(_RELATED.match(s)) or _related_inline(s)),
    ("no words", lambda s: not _WORDISH.search(s)),
    ("stray fragment", lambda s: len(s.replace(" ", "")) <= 2 and not _HANGUL.search(s)),
]


@lru_cache(maxsize=16_384)  # pure; a site's menus, buttons and footers come back on every one of its pages
def classify(paragraph: str) -> str | None:
    """The furniture reason for a whitespace-collapsed paragraph, or None for article text.

    >>> classify("가 -가 +"), classify("◎공감언론 뉴시스 [email protected]"), classify("대전시가 육성한다.")
    ('font-size buttons', 'reporter email', None)
    """
    for reason, test in RULES:
        if test(paragraph):
            return reason
    return None


# The byline after a dateline, "한지수 기자 = ", "김민수 이지원 기자 = ", and its machine translation: "Reporter Han Ji-su = ",
# "Correspondent Kim Dong-hyun = ", "Reporters Kim Min-su and Lee Ji-won = ", "Han Ji-su reporter = "
_KO_REPORTERS = r"[가-힣]{2,4}(\s*[,·ㆍ]?\s*[가-힣]{2,4}){0,3}\s*(기자|특파원)"
_EN_NAME = r"[A-Z][A-Za-z'’]*(?:[- ][A-Z]?[a-z'’]+){0,3}"
_EN_NAMES = rf"{_EN_NAME}(?:\s*(?:,|and|&)\s*{_EN_NAME}){{0,3}}"
_EN_TITLE = r"(?i:(?:staff\s+|special\s+)?(?:reporter|correspondent|journalist)s?)"
_EN_REPORTERS = rf"(?:{_EN_TITLE}\s+{_EN_NAMES}|{_EN_NAMES},?\s+{_EN_TITLE})"
_REPORTERS = rf"(({_KO_REPORTERS}|{_EN_REPORTERS})\s*=\s*)?"

# Furniture inside a sentence: the dateline that opens a Korean news lead.
DATELINES = [
    re.compile(rf"^【[^】\n]{{1,30}}】\s*{_REPORTERS}"),
    re.compile(rf"^\[[^\]=\n]{{1,15}}=[^\]\n]{{1,15}}\]\s*{_REPORTERS}"),
    re.compile(rf"^\([^)=\n]{{1,15}}=[^)\n]{{1,15}}\)\s*{_REPORTERS}"),
    re.compile(rf"^({_KO_REPORTERS}|{_EN_REPORTERS})\s*=\s*"),
    re.compile(r"^[가-힣]{1,10}\s*=\s*[가-힣]{2,4}\s*(기자|특파원)\s*=\s*"),  # 대전=김태영 기자 = 대전시가 ...
    re.compile(r"^[\[【(][가-힣A-Za-z0-9 ]{1,12}[\]】)]\s*[가-힣]{2,4}\s*(기자|특파원)\s*=\s*"),  # [뉴스1] 이도현 기자 = ...
    re.compile(r"^\[[가-힣A-Za-z0-9]{2,12}\s+[가-힣]{2,4}\s*(기자|특파원)\]\s*"),  # [이데일리 정수연 기자] HD현대중공업이 ...
    re.compile(r"^[A-Z][A-Za-z .]{1,30}, [A-Z][a-z]{2,4}\.? \d{1,2} \((Yonhap|Reuters|AP|AFP|Bloomberg|Xinhua|Kyodo|UPI|Korea Herald|Newsis)\)\s*[-–—]+\s*"),
    # ... any site's name in the brackets, with a month's name: "SEOUL, March 20 (Hanbit News) -- ", "SEOUL, Nov. 23 (Yonhap) --"
    re.compile(
        r"^[A-Z][A-Z .'-]{1,30},\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}\s+"
        r"\([A-Z][A-Za-z0-9 .&'-]{1,30}\)\s*(?:--|[–—])\s*"
    ),
    # the Korean "[동해일보 최민준 기자]" translated: "(Donghae Ilbo reporter Choi Min-jun) "
    re.compile(r"^[(\[][A-Z][A-Za-z0-9 .&'-]{1,30}\s+(?:reporter|correspondent)s?\s+[A-Z][a-z]+(?:[- ][A-Za-z]+){1,3}[)\]]\s*"),
    re.compile(r"^[A-Z][A-Z .]{1,30}\s*\((Reuters|AP|AFP|Bloomberg|Yonhap)\)\s*[-–—]+\s*"),
    # the Korean "(전주=한국뉴스통신) 김민서 기자 =" and "[동해안인터넷뉴스=박성호 기자]" translated, the site's English name longer
    # than a Korean one: "(Jeonju=Korea News Agency) Reporter Kim Min-seo = ", "[Donghae Coast Internet News = Reporter Park
    # Seong-ho] "
    re.compile(rf"^[(\[][A-Z][A-Za-z .&'-]{{1,40}}=\s*({_EN_REPORTERS}|[A-Z][A-Za-z .&'-]{{1,40}})[)\]]\s*{_REPORTERS}"),
]


def dateline_length(paragraph: str) -> int:
    """Length of a dateline prefix ("【충북 브레이크뉴스】임창용 기자=", "[서울=뉴시스]유희석 기자 = "), or 0."""
    for p in DATELINES:
        m = p.match(paragraph)
        if m and m.end() < len(paragraph) and paragraph[m.end() :].strip():
            return m.end()
    return 0
