"""HTML -> a text View whose characters map back to the raw HTML.

Uses the stdlib html.parser with ``convert_charrefs=False`` so that every text
run and every entity arrives with its own position. Block elements become
line breaks in the view (one paragraph per line, like a saved text article);
newlines inside a paragraph are just spaces in HTML. Text inside script/style
and page chrome (nav, footer, aside, forms, the <title>) is dropped with a
reason here; the tags themselves are left uncovered and later recorded as
"markup" by the reader.
"""

from __future__ import annotations

import html
import re
from array import array
from html.parser import HTMLParser

from .view import View

_BLOCK = {
    "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html",
    "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
    "title", "tr", "ul", "caption", "center", "option", "select", "button", "textarea", "iframe", "img",
}
# text inside these is not article text; the value is the reason reported
_DROP = {
    "script": "script or style",
    "style": "script or style",
    "noscript": "script or style",
    "template": "script or style",
    "svg": "script or style",
    "title": "page title",
    "nav": "site menu",
    "menu": "site menu",
    "footer": "page footer",
    "aside": "sidebar",
    "form": "form controls",
    "button": "form controls",
    "select": "form controls",
    "textarea": "form controls",
    "label": "form controls",
    "figcaption": "photo caption",
    "iframe": "embedded frame",
}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_HTML_TAG = re.compile(r"<(?:p|div|html|body|head|br|span|a|h[1-6]|article|section|table|li|ul|strong|em|meta|script)\b[^>]*>", re.I)


def looks_like_html(text: str, suffix: str = "") -> bool:
    """.html/.htm files, or text whose content is markup (seed 002 is HTML saved as .txt)."""
    if suffix.lower() in (".html", ".htm", ".xhtml"):
        return True
    head = text[:200_000]
    n = len(_HTML_TAG.findall(head))
    stripped = head.lstrip()
    return n >= 3 and (stripped.startswith("<") or n >= 10)


class _Extractor(HTMLParser):
    def __init__(self, raw: str):
        super().__init__(convert_charrefs=False)
        self.raw = raw
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", raw)]
        self.chars: list[str] = []
        self.starts = array("q")  # compact: a 1 MB page maps ~1M characters
        self.ends = array("q")
        self.in_link = bytearray()
        self.stack: list[str] = []
        self.drop_depth: list[str] = []  # reasons of the open dropping elements
        self.link_depth = 0
        self.dropped: list[tuple[int, int, str]] = []

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _break(self, n: int = 1) -> None:
        pos = self._offset()
        for _ in range(n):
            self.chars.append("\n")
            self.starts.append(pos)
            self.ends.append(pos)
            self.in_link.append(False)

    def _emit(self, text: str, start: int, end: int | None) -> None:
        if self.drop_depth:
            stop = start + len(text) if end is None else end
            if text.strip():
                reason = self.drop_depth[-1]
                if self.dropped and self.dropped[-1][2] == reason and self._only_markup(self.dropped[-1][1], start):
                    self.dropped[-1] = (self.dropped[-1][0], stop, reason)
                else:
                    self.dropped.append((start, stop, reason))
            return
        linked = self.link_depth > 0
        if end is None:  # plain text: one view character per file character
            for i, ch in enumerate(text):
                self.chars.append(" " if ch in "\r\n\t\f" else ch)
                self.starts.append(start + i)
                self.ends.append(start + i + 1)
                self.in_link.append(linked)
        else:  # an entity: all decoded characters map to the whole entity
            for ch in text:
                self.chars.append(" " if ch in "\r\n\t\f" else ch)
                self.starts.append(start)
                self.ends.append(end)
                self.in_link.append(linked)

    def _only_markup(self, a: int, b: int) -> bool:
        """True when the file text between a and b is only tags and whitespace."""
        between = re.sub(r"<[^>]*>", "", self.raw[a:b])
        return not between.strip()

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCK:
            self._break(2 if tag != "br" else 1)
        if tag in _VOID:
            return
        self.stack.append(tag)
        if tag in _DROP:
            self.drop_depth.append(_DROP[tag])
        if tag == "a":
            self.link_depth += 1

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK:
            self._break(2 if tag != "br" else 1)

    def handle_endtag(self, tag):
        if tag in _VOID:
            return
        if tag in self.stack:
            # close everything opened after it (HTML is forgiving; so are we)
            while self.stack:
                t = self.stack.pop()
                if t in _DROP and self.drop_depth:
                    self.drop_depth.pop()
                if t == "a" and self.link_depth:
                    self.link_depth -= 1
                if t == tag:
                    break
        if tag in _BLOCK:
            self._break(2)

    def handle_data(self, data):
        self._emit(data, self._offset(), None)

    def handle_entityref(self, name):
        start = self._offset()
        end = start + len(name) + 1
        if self.raw.startswith(";", end):
            end += 1
        self._emit(html.unescape(self.raw[start:end]), start, end)

    def handle_charref(self, name):
        start = self._offset()
        end = start + len(name) + 2
        if self.raw.startswith(";", end):
            end += 1
        self._emit(html.unescape(self.raw[start:end]), start, end)


def extract(raw: str) -> View:
    """The text of an HTML page as a View (paragraphs on their own lines)."""
    p = _Extractor(raw)
    p.feed(raw)
    p.close()
    return View("".join(p.chars), p.starts, p.ends, p.in_link, p.dropped)
