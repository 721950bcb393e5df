"""Segment-pair files: TSV/CSV, JSONL, TMX 1.4, XLIFF 1.2 and 2.0.

Each translation unit gives Korean, English and (optionally) reference text.
Every cell is split into sentences like an article, its spans point into the
original file (escapes such as ``""``, ``\\n`` and ``&amp;`` are mapped back to
the characters they came from), and ``Document.given_links`` keeps the pairing
the file already states: one link per unit, (Korean indices, English indices).

XML is parsed with expat, which never fetches anything; documents with a DTD
or entity declarations are refused outright (billion-laughs, external entities).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from xml.parsers import expat

from ..errors import InputError
from ..segment import sentence_spans, collapse_ws
from ..types import Document, Lang, Segment, SourceFile, Span
from .article import NO_ENGLISH, NO_KOREAN, uncovered
from .view import View

KO_COLUMNS = ("ko", "source", "src", "korean")
EN_COLUMNS = ("en", "target", "tgt", "mt", "english")
REF_COLUMNS = ("ref", "reference")


@dataclass
class _Cell:
    chars: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)

    def add(self, ch: str, start: int, end: int) -> None:
        self.chars.append(ch)
        self.starts.append(start)
        self.ends.append(end)

    def view(self) -> View:
        # a line break inside one cell is a soft wrap: sentences may run across it
        text = "".join(" " if ch in "\r\n" else ch for ch in self.chars)
        return View(text, self.starts, self.ends)


Unit = dict  # role ("ko" | "en" | "ref") -> list[_Cell]


def _build(doc_id: str, src: SourceFile, units: list[Unit], fmt: str, fill_reason: str) -> Document:
    segs: dict[str, list[Segment]] = {"ko": [], "en": [], "ref": []}
    links = []
    for unit in units:
        got: dict[str, list[int]] = {"ko": [], "en": [], "ref": []}
        for role in ("ko", "en", "ref"):
            lang = Lang(role)
            for cell in unit.get(role, ()):
                view = cell.view()
                for x, y in sentence_spans(view.text, lang):
                    s, e = view.to_file(x, y)
                    got[role].append(len(segs[role]))
                    segs[role].append(Segment(len(segs[role]), lang, collapse_ws(view.text[x:y]), Span(0, s, e)))
        if got["ko"] or got["en"]:
            links.append((tuple(got["ko"]), tuple(got["en"])))
    ko, en, ref = segs["ko"], segs["en"], segs["ref"]
    if not ko and not en:
        raise InputError(src.path, "no Korean or English text in any unit")
    notes = []
    if not ko:
        notes.append(NO_KOREAN)
    if not en:
        notes.append(NO_ENGLISH)
    dropped = uncovered(0, src.text, [*ko, *en, *ref], [], fill_reason)
    return Document(
        id=doc_id,
        files=(src,),
        ko=tuple(ko),
        en=tuple(en),
        ref=tuple(ref),
        dropped=tuple(dropped),
        notes=tuple(notes),
        input_format=fmt,
        given_links=tuple(links),
    )


# ---------------------------------------------------------------- TSV / CSV


def _quoted_end(text: str, i: int, delim: str) -> int | None:
    """For a TSV cell starting with a quote at i: the index of its closing quote when the cell is
    quoted the way spreadsheets write TSV (doubled quotes inside, the closing quote followed by a
    tab, a line end or the end of the file), else None: the quote is then part of the text."""
    j, n = i + 1, len(text)
    while j < n:
        if text[j] == '"':
            if j + 1 < n and text[j + 1] == '"':
                j += 2
                continue
            return j if j + 1 >= n or text[j + 1] in delim + "\r\n" else None
        j += 1
    return None


def _rows(text: str, delim: str, quoting: bool | str):
    """Rows of (start, end, cell) with file offsets; quoted cells map "" back to its two characters.

    quoting: True (CSV: a cell starting with a quote is quoted), False (never), "tsv" (quoted
    only when the whole cell is, see `_quoted_end`: a TSV cell may also just begin with a quote).
    """
    i, n = 0, len(text)
    row: list[_Cell] = []
    line = 1
    while i <= n:
        cell = _Cell()
        quoted = quoting is True or (quoting == "tsv" and i < n and text[i] == '"' and _quoted_end(text, i, delim) is not None)
        if quoted and i < n and text[i] == '"':
            j = i + 1
            while True:
                if j >= n:
                    raise InputError("", f"line {line}: a quoted cell is never closed")
                if text[j] == '"':
                    if j + 1 < n and text[j + 1] == '"':
                        cell.add('"', j, j + 2)
                        j += 2
                        continue
                    break
                cell.add(text[j], j, j + 1)
                line += text[j] == "\n"
                j += 1
            i = j + 1
            while i < n and text[i] not in delim + "\r\n":
                i += 1  # tolerate junk after the closing quote
        else:
            while i < n and text[i] not in delim + "\r\n":
                cell.add(text[i], i, i + 1)
                i += 1
        row.append(cell)
        if i < n and text[i] == delim:
            i += 1
            continue
        yield line, row
        row = []
        if i >= n:
            return
        i += 2 if text.startswith("\r\n", i) else 1
        line += 1


def read_table(doc_id: str, src: SourceFile, fmt: str) -> Document:
    text = src.text
    first_line = text.split("\n", 1)[0]
    delim = "\t" if fmt == "tsv" or ("\t" in first_line and "," not in first_line) else ","
    if fmt == "csv" and delim == "," and first_line.count(";") > first_line.count(","):
        delim = ";"
    try:
        rows = list(_rows(text, delim, quoting=True if fmt == "csv" else "tsv"))
    except InputError as exc:
        raise InputError(src.path, exc.problem) from None
    rows = [(ln, r) for ln, r in rows if any("".join(c.chars).strip() for c in r)]
    if not rows:
        raise InputError(src.path, "no rows")
    header = ["".join(c.chars).strip().lower().lstrip("\ufeff") for c in rows[0][1]]

    def col(names):
        for name in names:
            if name in header:
                return header.index(name)
        return None

    ko_i, en_i, ref_i = col(KO_COLUMNS), col(EN_COLUMNS), col(REF_COLUMNS)
    if ko_i is None or en_i is None:
        found = ", ".join(h for h in header if h) or "none"
        raise InputError(src.path, f"the header needs 'ko' and 'en' columns (or 'source' and 'target'); found: {found}")
    units = []
    for _, row in rows[1:]:
        unit: Unit = {}
        for role, idx in (("ko", ko_i), ("en", en_i), ("ref", ref_i)):
            if idx is not None and idx < len(row):
                unit[role] = [row[idx]]
        units.append(unit)
    return _build(doc_id, src, units, fmt, "table structure")


# ---------------------------------------------------------------- JSONL

_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+')
_JSON_CHAR = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\.|.", re.S)


def _json_cell(line: str, start: int, token: str) -> _Cell:
    cell = _Cell()
    pos = start + 1
    for m in _JSON_CHAR.finditer(token, 1, len(token) - 1):
        piece = m.group(0)
        decoded = json.loads(f'"{piece}"') if piece.startswith("\\") else piece
        for ch in decoded:
            cell.add(ch, pos + m.start() - 1, pos + m.end() - 1)
    return cell


def read_jsonl(doc_id: str, src: SourceFile) -> Document:
    units = []
    for m in re.finditer(r"[^\r\n]+", src.text):
        line = m.group(0)
        if not line.strip():
            continue
        lineno = src.line_col(m.start())[0]
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(src.path, f"line {lineno}: not valid JSON ({exc.msg}, column {exc.colno})") from None
        if not isinstance(obj, dict):
            raise InputError(src.path, f"line {lineno}: expected an object like {{\"ko\": ..., \"en\": ...}}")
        keys = {k.lower() for k in obj}
        if not keys & set(KO_COLUMNS) and not keys & set(EN_COLUMNS):
            raise InputError(src.path, f"line {lineno}: no 'ko' or 'en' key (found: {', '.join(obj) or 'none'})")
        unit: Unit = {}
        depth = 0
        tokens = list(_JSON_TOKEN.finditer(line))
        for t_i, t in enumerate(tokens):
            tok = t.group(0)
            if tok in "{[":
                depth += 1
            elif tok in "}]":
                depth -= 1
            elif depth == 1 and tok.startswith('"') and t_i + 2 < len(tokens) and tokens[t_i + 1].group(0) == ":":
                val = tokens[t_i + 2]
                if not val.group(0).startswith('"') or (t_i > 0 and tokens[t_i - 1].group(0) == ":"):
                    continue
                key = json.loads(tok).lower()
                role = "ko" if key in KO_COLUMNS else "en" if key in EN_COLUMNS else "ref" if key in REF_COLUMNS else None
                if role and role not in unit:
                    unit[role] = [_json_cell(line, m.start() + val.start(), val.group(0))]
        units.append(unit)
    return _build(doc_id, src, units, "jsonl", "JSON structure")


# ---------------------------------------------------------------- TMX / XLIFF

_TMX_CODES = {"bpt", "ept", "ph", "it", "ut"}
_XLIFF_CODES = {"bpt", "ept", "ph", "it"}
_ENTITY = re.compile(r"&(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_][\w.-]*);")
_XLIFF_SKIP = {"seg-source", "note", "notes", "ignorable", "context-group", "header", "metadata"}


class _ByteToChar:
    """Expat reports byte offsets into the UTF-8 it parsed; turn them into str offsets (monotonic walk)."""

    def __init__(self, text: str):
        self.text = text
        self.byte = 0
        self.char = 0

    def __call__(self, byte: int) -> int:
        if byte < self.byte:
            self.byte = self.char = 0
        text = self.text
        while self.byte < byte and self.char < len(text):
            o = ord(text[self.char])
            self.byte += 1 if o < 0x80 else 2 if o < 0x800 else 3 if o < 0x10000 else 4
            self.char += 1
        return self.char


def _local(name: str) -> str:
    return name.rsplit(":", 1)[-1].rsplit("}", 1)[-1]


def read_xml(doc_id: str, src: SourceFile, fmt: str) -> Document:
    text = src.text
    if re.search(r"<!DOCTYPE|<!ENTITY", text, re.I):
        raise InputError(src.path, "XML with a DOCTYPE or ENTITY declaration is refused (unsafe); remove the declaration")
    to_char = _ByteToChar(text)
    parser = expat.ParserCreate(encoding="utf-8")
    units: list[Unit] = []
    state = {"unit": None, "role": None, "cell": None, "skip": 0, "stack": [], "tuv_lang": None, "xliff2": False,
             "swap": False, "prop_ref": False}

    def start(name, attrs):
        tag = _local(name)
        stack = state["stack"]
        stack.append(tag)
        if state["skip"]:
            state["skip"] += 1
            return
        if state["cell"] is not None:
            if tag in (_TMX_CODES if fmt == "tmx" else _XLIFF_CODES):
                state["skip"] = 1
            return
        if fmt == "tmx":
            if tag == "tu":
                state["unit"] = {}
            elif tag == "tuv":
                state["tuv_lang"] = (attrs.get("xml:lang") or attrs.get("lang") or "").lower()
            elif tag == "seg" and state["unit"] is not None:
                lang = state["tuv_lang"] or ""
                role = "ko" if lang.startswith("ko") else ("ref" if "en" in state["unit"] else "en") if lang.startswith("en") else None
                _open(role)
            elif tag == "prop" and state["unit"] is not None and "ref" in (attrs.get("type") or "").lower() and "tuv" not in stack:
                _open("ref")
        else:
            if tag == "xliff":
                state["xliff2"] = (attrs.get("version", "").startswith("2")) or "2.0" in (attrs.get("xmlns") or "")
                src_l, trg_l = (attrs.get("srcLang") or "").lower(), (attrs.get("trgLang") or "").lower()
                state["swap"] = src_l.startswith("en") and trg_l.startswith("ko")
            elif tag == "file" and not state["xliff2"]:
                src_l = (attrs.get("source-language") or "").lower()
                trg_l = (attrs.get("target-language") or "").lower()
                state["swap"] = src_l.startswith("en") and trg_l.startswith("ko")
            elif tag in _XLIFF_SKIP:
                state["skip"] = 1
            elif tag == ("segment" if state["xliff2"] else "trans-unit"):
                state["unit"] = {}
            elif tag in ("source", "target") and state["unit"] is not None:
                if "alt-trans" in stack:
                    role = "ref" if tag == "target" else None
                else:
                    role = "ko" if tag == "source" else "en"
                    if state["swap"]:
                        role = "en" if role == "ko" else "ko"
                if role is None:
                    state["skip"] = 1
                else:
                    _open(role)

    def _open(role):
        if role is None:
            state["skip"] = 1
            return
        state["role"] = role
        state["cell"] = _Cell()
        state["cell_depth"] = len(state["stack"])

    def end(name):
        tag = _local(name)
        stack = state["stack"]
        if state["skip"]:
            state["skip"] -= 1
        elif state["cell"] is not None and len(stack) == state["cell_depth"]:
            state["unit"].setdefault(state["role"], []).append(state["cell"])
            state["cell"] = None
        elif fmt == "tmx" and tag == "tu" or fmt != "tmx" and tag == ("segment" if state["xliff2"] else "trans-unit"):
            if state["unit"] is not None:
                units.append(state["unit"])
            state["unit"] = None
        stack.pop()

    def chars(data):
        cell = state["cell"]
        if cell is None or state["skip"]:
            return
        r = to_char(parser.CurrentByteIndex)
        if text.startswith("<![CDATA[", r):
            r += 9
        for ch in data:
            ent = _ENTITY.match(text, r) if r < len(text) and text[r] == "&" else None
            if ent:
                cell.add(ch, r, ent.end())
                r = ent.end()
            elif r < len(text) and text[r] == ch:
                cell.add(ch, r, r + 1)
                r += 1
            elif ch == "\n" and text.startswith("\r\n", r):
                cell.add(ch, r, r + 2)
                r += 2
            elif ch == "\n" and r < len(text) and text[r] == "\r":
                cell.add(ch, r, r + 1)
                r += 1
            else:  # should not happen; keep the character, mapped to where we are
                cell.add(ch, r, min(r + 1, len(text)))

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.buffer_text = False
    try:
        parser.Parse(text.encode("utf-8", "surrogatepass"), True)
    except expat.ExpatError as exc:
        raise InputError(
            src.path, f"broken XML at line {exc.lineno}, column {exc.offset + 1}: {expat.ErrorString(exc.code)}"
        ) from None
    if not units:
        what = "<tu>" if fmt == "tmx" else "<trans-unit> or <segment>"
        raise InputError(src.path, f"no translation units ({what}) found")
    return _build(doc_id, src, units, fmt, "markup")
