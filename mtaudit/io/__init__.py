"""Readers: turn what a user has on disk into `Document`s.

PLACEHOLDER (issue 2 replaces it): plain-text articles only, split by the
Hangul share of each paragraph.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..types import Document, Lang, Segment, SourceFile, Span

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class InputUnit:
    """One document to read: a single file, or NAME.ko.txt + NAME.en.txt (+ NAME.ref.txt)."""

    id: str
    paths: tuple[str, ...]


def discover(paths) -> tuple[list[InputUnit], list[InputError]]:
    units: list[InputUnit] = []
    errors: list[InputError] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            files = sorted(x for x in p.iterdir() if x.is_file() and not x.name.startswith("."))
            if not files:
                errors.append(InputError(str(p), "folder holds no input files"))
            units.extend(InputUnit(f.stem, (str(f),)) for f in files)
        elif p.is_file():
            units.append(InputUnit(p.stem, (str(p),)))
        else:
            errors.append(InputError(str(p), "no such file or folder"))
    return units, errors


def read(unit: InputUnit) -> Document:
    path = unit.paths[0]
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read: {exc.__class__.__name__}") from None
    if not text.strip():
        raise InputError(path, "file is empty")
    ko: list[Segment] = []
    en: list[Segment] = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        h = len(_HANGUL.findall(line))
        lat = len(_LATIN.findall(line))
        if h + lat == 0:
            continue
        lang = Lang.KO if h >= lat else Lang.EN
        for s in re.finditer(r"[^.!?]+[.!?]*", line):
            t = s.group(0).strip()
            if not t:
                continue
            start = m.start() + s.start() + (len(s.group(0)) - len(s.group(0).lstrip()))
            seg_list = ko if lang is Lang.KO else en
            seg_list.append(Segment(len(seg_list), lang, t, Span(0, start, start + len(t))))
    return Document(id=unit.id, files=(SourceFile(os.fspath(path), text),), ko=tuple(ko), en=tuple(en))
