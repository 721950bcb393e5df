"""Term matching: one Aho-Corasick automaton per language over every term of every rule.

Korean: spaces and middle dots are removed on both sides (소재·부품·장비 = 소재부품장비,
이차 전지 = 이차전지), so a term is found through particles and inside compounds
(소부장은, 이차전지산업). A hit that does not start and end on a word edge is checked
against kiwipiepy's morpheme boundaries, so 전지 is not found in 전지역 nor 선점 in 우선점검.

English: words are lower-cased, de-possessived and singularised (managers, manager's,
small-manager -> "small manager"), and a hit must cover whole words.

The cost is linear in the text and independent of how many terms there are.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass
from typing import Generic, Iterator, TypeVar

import ahocorasick

T = TypeVar("T")

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# characters dropped from Korean before matching: whitespace and list separators used inside terms
_KO_SKIP = set(" \t\n\r\u00a0\u3000·‧・･ᆞ∙•-‐‑–/")
_KO_DELETE = {ord(c): None for c in _KO_SKIP}


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


@dataclass(frozen=True)
class Hit(Generic[T]):
    start: int  # offsets into the original text
    end: int
    key: str  # the normalised term
    payload: T


# ---------------------------------------------------------------- Korean


def normalise_ko(text: str) -> tuple[str, list[int]]:
    """The Korean matching form and, for each of its characters, its index in `text` (NFC text)."""
    chars: list[str] = []
    idx: list[int] = []
    for i, ch in enumerate(text):
        if ch in _KO_SKIP:
            continue
        chars.append(ch.lower())
        idx.append(i)
    return "".join(chars), idx


def normalise_ko_term(term: str) -> str:
    return normalise_ko(unicodedata.normalize("NFC", term))[0]


# Particles and endings that may follow a term without kiwipiepy's opinion being needed.
_PARTICLES = (
    "은 는 이 가 을 를 의 에 에서 에게 으로 로 과 와 도 만 까지 부터 보다 처럼 이나 나 랑 이랑 께서 "
    "으로서 로서 으로써 로써 에는 에서는 에도 과의 와의 이라는 라는 이라고 라고 인 이다 이며 이고 등 들 들을 들이 들의 들은"
).split()
_PARTICLE_SET = set(_PARTICLES)


class _Kiwi:
    """kiwipiepy: the reader's process-wide instance (loading the model takes seconds)."""

    @staticmethod
    def tokens(text: str) -> list[tuple[int, int]]:
        """(start, end) of every morpheme kiwipiepy finds in `text` (one kiwipiepy call per distinct text)."""
        return list(MORPHEMES.get(text))


def _kiwi_tokens(text: str) -> tuple[tuple[int, int], ...]:
    # the process-wide Kiwi is never given user words, so the same text always gets the same morphemes
    from ..segment import kiwi

    return tuple((tok.start, tok.start + tok.len) for tok in kiwi().tokenize(text))


class Morphemes:
    """Morpheme boundaries by text, memoised per process (least recently used out).

    The pipeline preloads those an earlier run stored (`preload`, from the persistent cache) for a
    batch's Korean sentences and stores the ones kiwipiepy computed (`take_fresh`), so a re-run of
    already-seen documents never loads the Kiwi model. Thread-safe (Dask workers run threads).
    """

    def __init__(self, max_entries: int = 20_000):
        import threading
        from collections import OrderedDict

        self._memo: "OrderedDict[str, tuple[tuple[int, int], ...]]" = OrderedDict()
        self._fresh: dict[str, tuple[tuple[int, int], ...]] = {}
        self._lock = threading.Lock()
        self.max_entries = max_entries

    def get(self, text: str) -> tuple[tuple[int, int], ...]:
        with self._lock:
            got = self._memo.get(text)
            if got is not None:
                self._memo.move_to_end(text)
                return got
        got = _kiwi_tokens(text)
        with self._lock:
            self._put(text, got)
            if len(self._fresh) < self.max_entries:  # unbounded only if nobody takes them
                self._fresh[text] = got
        return got

    def missing(self, texts) -> list[str]:
        """The texts not memoised here."""
        with self._lock:
            return [t for t in dict.fromkeys(texts) if t not in self._memo]

    def preload(self, items) -> None:
        """(text, boundaries) pairs known from elsewhere (the persistent cache)."""
        with self._lock:
            for text, tokens in items:
                self._put(text, tuple(tokens))

    def take_fresh(self) -> dict[str, tuple[tuple[int, int], ...]]:
        """The boundaries kiwipiepy computed since the last call (to be stored)."""
        with self._lock:
            fresh, self._fresh = self._fresh, {}
        return fresh

    def clear(self) -> None:
        with self._lock:
            self._memo.clear()
            self._fresh.clear()

    def _put(self, text: str, tokens) -> None:
        self._memo[text] = tokens
        self._memo.move_to_end(text)
        while len(self._memo) > self.max_entries:
            self._memo.popitem(last=False)


MORPHEMES = Morphemes()


def morpheme_version() -> str:
    """What decides the boundaries besides the text: kiwipiepy and its model's versions, and how Kiwi is
    built (segment.py, whose source is hashed whole) and called (`_kiwi_tokens`)."""
    import hashlib
    import inspect
    from importlib import metadata
    from pathlib import Path

    parts = []
    for dist in ("kiwipiepy", "kiwipiepy_model"):
        try:
            parts.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{dist}=?")
    h = hashlib.blake2b(digest_size=8)
    h.update((Path(__file__).resolve().parent.parent / "segment.py").read_bytes())
    h.update(inspect.getsource(_kiwi_tokens).encode())
    return ";".join(parts) + ";" + h.hexdigest()


def matching_text(text: str) -> str:
    """The text KoreanMatcher.find asks kiwipiepy about for `text` (the composed form of decomposed Hangul)."""
    return text if unicodedata.is_normalized("NFC", text) else _compose(text)[0]


class _Automaton(Generic[T]):
    """One Aho-Corasick automaton over normalised terms; each key carries every payload added under it."""

    @staticmethod
    def _key(term: str) -> str:
        raise NotImplementedError

    def __init__(self) -> None:
        self._auto = ahocorasick.Automaton()
        self._n = 0

    def add(self, term: str, payload: T) -> None:
        key = self._key(term)
        if not key:
            return
        if key in self._auto:
            self._auto.get(key)[1].append(payload)
        else:
            self._auto.add_word(key, (key, [payload]))
        self._n += 1

    def build(self) -> None:
        if self._n:
            self._auto.make_automaton()

    def __len__(self) -> int:
        return self._n


class KoreanMatcher(_Automaton[T]):
    """All Korean terms of a rule set in one automaton."""

    @staticmethod
    def _key(term: str) -> str:
        return normalise_ko_term(term)

    def find(self, text: str) -> list[Hit[T]]:
        """Every term occurrence in `text`, with spans into `text`; contained shorter hits removed."""
        if not self._n:
            return []
        if not unicodedata.is_normalized("NFC", text):
            return self._find_decomposed(text)
        return self._find(text)

    def _raw(self, text: str) -> list[tuple[int, int, str, list[T]]]:
        """Every automaton hit in `text` (composed Hangul): (start, end, key, payloads)."""
        quick = text.translate(_KO_DELETE).lower()  # same string normalise_ko builds, without the index
        found = list(self._auto.iter(quick)) if quick else []
        if not found:
            return []
        norm, idx = normalise_ko(text)
        if norm != quick:  # a character whose lower case is longer: match on the indexed form
            found = list(self._auto.iter(norm))
        raw: list[tuple[int, int, str, list[T]]] = []
        for end_i, (key, payloads) in found:
            s = end_i - len(key) + 1
            raw.append((idx[s], idx[end_i] + 1, key, payloads))
        return raw

    def needs_morphemes(self, text: str) -> bool:
        """Whether `find(text)` asks kiwipiepy (a hit that does not sit on word edges)."""
        if not self._n:
            return False
        text = matching_text(text)
        return any(not self._on_word_edges(text, s, e) or _short(text, s, e) for s, e, _, _ in self._raw(text))

    def _find(self, text: str) -> list[Hit[T]]:
        raw = self._raw(text)
        if not raw:
            return []
        kiwi_tokens: list[tuple[int, int]] | None = None
        kept: list[tuple[int, int, str, list[T]]] = []
        for start, end, key, payloads in raw:
            if _particle_across_space(text, start, end):
                continue  # 인하기에도 비이자이익: the 도 of 에도 and the 비 of the next word are no 도비
            if _inside_brand(text, start):
                continue  # HD한국조선해양: the 조선해양 of a company name is not the industry term
            on_edges, short = self._on_word_edges(text, start, end), _short(text, start, end)
            if not on_edges or short:
                if kiwi_tokens is None:
                    kiwi_tokens = _Kiwi.tokens(text)
                if not on_edges and not _on_morphemes(text, start, end, kiwi_tokens):
                    continue
                if short and any(start < e < end for _, e in kiwi_tokens):
                    continue  # two morphemes that spell a short term: 산은 "the mountain" + topic, 한은 "resentment" + topic
            kept.append((start, end, key, payloads))
        kept = _drop_contained(kept)
        return [Hit(s, e, k, p) for s, e, k, ps in kept for p in ps]

    def _find_decomposed(self, text: str) -> list[Hit[T]]:
        """Hangul written as separate jamo (NFD, as some Mac tools save it): match the composed text,
        then map the offsets back to `text`."""
        composed, origin = _compose(text)
        return [Hit(origin[h.start], origin[h.end], h.key, h.payload) for h in self._find(composed)]

    @staticmethod
    def _on_word_edges(text: str, start: int, end: int) -> bool:
        if start > 0 and _is_hangul(text[start - 1]):
            return False
        if end >= len(text) or not _is_hangul(text[end]):
            return True
        tail = _word_tail(text, end)
        return tail in _PARTICLE_SET


def _particle_across_space(text: str, start: int, end: int) -> bool:
    """A hit across a space whose first piece is one syllable at the end of a longer word: that syllable is the word's
    ending or particle, not the start of a term written with a space (국비와 도 비 is 도비; 인하기에도 비 is not)."""
    gap = text.find(" ", start, end)
    return gap == start + 1 and start > 0 and _is_hangul(text[start - 1])


_BRAND_PREFIX = re.compile(r"[A-Za-z][A-Za-z0-9&]*(?=[가-힣])")


def _inside_brand(text: str, start: int) -> bool:
    """A hit that starts inside the Hangul part of a word that begins with Latin letters (HD한국조선해양, KB국민은행,
    CJ제일제당): a company or brand name, whose words are not terms of their own. A hit at the start of the Hangul
    part (AI반도체, K소부장, LG에너지솔루션) is left to the other tests."""
    ws = start
    while ws > 0 and not text[ws - 1].isspace():
        ws -= 1
    m = _BRAND_PREFIX.match(text, ws)
    return m is not None and start > m.end()


def _short(text: str, start: int, end: int) -> bool:
    """A hit of two Hangul syllables: a short form (산은, 한은) that a noun and a particle can also spell."""
    return end - start == 2 and _is_hangul(text[start]) and _is_hangul(text[start + 1])


def _compose(text: str) -> tuple[str, list[int]]:
    """Decomposed Hangul syllables composed, and for each composed character its offset in `text` (plus the end)."""
    composed: list[str] = []
    origin: list[int] = []  # composed index -> offset in `text`
    i = 0
    while i < len(text):
        j = i + 1
        if "\u1100" <= text[i] <= "\u1112" and j < len(text) and "\u1161" <= text[j] <= "\u1175":
            j += 1  # lead + vowel (+ tail): one syllable
            if j < len(text) and "\u11a8" <= text[j] <= "\u11c2":
                j += 1
        for ch in unicodedata.normalize("NFC", text[i:j]):
            composed.append(ch)
            origin.append(i)
        i = j
    origin.append(len(text))
    return "".join(composed), origin


def _word_tail(text: str, end: int) -> str:
    j = end
    while j < len(text) and _is_hangul(text[j]):
        j += 1
    return text[end:j]


def _on_morphemes(text: str, start: int, end: int, tokens: list[tuple[int, int]]) -> bool:
    """Does the hit start and end on kiwipiepy morpheme edges?

    An unknown compound is one long token (소부장특화단지): a hit at its start is accepted.
    A morpheme that starts inside the hit and runs past it (소부|장관) means the hit is not the term.
    """
    starts = {s for s, _ in tokens}
    ends = {e for _, e in tokens}
    left_ok = start == 0 or not _is_hangul(text[start - 1]) or start in starts
    if not left_ok:
        # inside an unknown word: only when kiwi sees one long word made of a prefix + the term
        return False
    if end >= len(text) or not _is_hangul(text[end]) or end in ends:
        return True
    straddling = [s for s, e in tokens if s < end < e]
    return bool(straddling) and all(s <= start for s in straddling)


def inside_longer(start: int, end: int, outer_start: int, outer_end: int) -> bool:
    """Whether the span start..end lies inside the longer span outer_start..outer_end."""
    return outer_start <= start and end <= outer_end and outer_end - outer_start > end - start


def _drop_contained(hits: list[tuple[int, int, str, list]]) -> list[tuple[int, int, str, list]]:
    """Remove a hit lying inside a longer hit of another term (먹거리 inside 미래먹거리)."""
    if len(hits) < 2:
        return hits
    hits = sorted(hits, key=lambda h: (h[0], -(h[1] - h[0])))
    out = []
    for h in hits:
        if any(inside_longer(h[0], h[1], o[0], o[1]) for o in out):
            continue
        out.append(h)
    return out


# ---------------------------------------------------------------- English

_EN_WORD = re.compile(r"[0-9A-Za-z\u00c0-\u024f]+(?:['’][0-9A-Za-z]+)*['’]?")
_NO_SINGULAR = {"news", "series", "species", "us", "its", "this", "is", "was", "has", "as", "gas", "bus", "plus", "status", "campus", "bonus", "focus", "process", "less", "chassis", "analysis", "basis", "crisis", "thesis", "physics", "economics", "politics", "logistics", "statistics", "electronics"}


@lru_cache(maxsize=65536)
def english_word(word: str) -> str:
    """Matching form of one English word: lower case, no possessive, singular."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("'"):
        w = w[:-1]
    return singular(w)


def singular(w: str) -> str:
    if len(w) <= 3 or w in _NO_SINGULAR or not w.isalpha():
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zes")):
        return w[:-2]
    if w.endswith(("ss", "us", "is")):
        return w
    if w.endswith("s"):
        return w[:-1]
    return w


def normalise_en(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Words joined by single spaces, and for each word its (start, end) in `text`."""
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in _EN_WORD.finditer(text):
        w = english_word(m.group(0))
        if not w:
            continue
        words.append(w)
        spans.append((m.start(), m.end()))
    return " ".join(words), spans


def normalise_en_term(term: str) -> str:
    return normalise_en(term)[0]


class EnglishMatcher(_Automaton[T]):
    """All English phrases of a rule set in one automaton; hits cover whole words."""

    @staticmethod
    def _key(term: str) -> str:
        return normalise_en_term(term)

    def build(self) -> None:
        super().build()
        # a quick test before normalising a sentence word by word: a phrase's first word, matched, is a
        # word of the sentence whose lower case holds the word's matching form but its last letter
        # ("companies" -> "company": "compan"; "Korea's" -> "korea": "kore")
        self._first = ahocorasick.Automaton()
        if not self._n:
            return  # find() returns before asking it
        for key, _ in self._auto.values():
            first = key.split(" ", 1)[0]
            prefix = first[:-1] if len(first) > 1 else first
            self._first.add_word(prefix, None)
        self._first.make_automaton()

    def find(self, text: str) -> list[Hit[T]]:
        if not self._n:
            return []
        if next(self._first.iter(text.lower().replace("’", "'")), None) is None:
            return []
        norm, spans = normalise_en(text)
        if not norm:
            return []
        # word boundaries in `norm`: char offset of each word's first and last character
        word_at_start: dict[int, int] = {}
        word_at_end: dict[int, int] = {}
        pos = 0
        for i, w in enumerate(norm.split(" ")):
            word_at_start[pos] = i
            word_at_end[pos + len(w) - 1] = i
            pos += len(w) + 1
        out: list[Hit[T]] = []
        for end_i, (key, payloads) in self._auto.iter(norm):
            s = end_i - len(key) + 1
            first = word_at_start.get(s)
            last = word_at_end.get(end_i)
            if first is None or last is None:
                continue  # not on word boundaries
            start, end = spans[first][0], spans[last][1]
            for p in payloads:
                out.append(Hit(start, end, key, p))
        return out


def iter_regex(patterns, text: str) -> Iterator[tuple[int, int, "re.Pattern"]]:
    for pat in patterns:
        for m in pat.finditer(text):
            if m.end() > m.start():
                yield m.start(), m.end(), pat
