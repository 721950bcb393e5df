"""Readers: turn what a user has on disk into `Document`s.

Entry points (pipeline.py calls them):

- ``discover(paths) -> (list[InputUnit], list[InputError])``: walks files and
  folders, groups ``NAME.ko.txt`` + ``NAME.en.txt`` (+ ``NAME.ref.txt``) into one
  unit, skips files that are not inputs (noted, not an error) and never walks
  into hidden folders or a folder that holds mtaudit reports.
- ``read(unit) -> Document``: decodes (decode.py), recognises the format and
  reads it: saved articles, text or HTML (article.py, html.py); pair files;
  TSV/CSV, JSONL, TMX, XLIFF (pairs.py). Bad input raises
  ``mtaudit.errors.InputError(path, problem)`` with a one-line problem.
- ``coverage(doc) -> list[str]``: the accounting check: every non-space
  character of every input file lies in exactly one segment or one dropped
  piece. Empty list = all accounted for.

Input suffixes: .txt .html .htm (articles), .tsv .csv .jsonl .tmx .xlf .xliff
.xml (segment pairs). Files over ``MAX_BYTES`` (10 MB) are refused without
being read.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..types import Document, Lang, SourceFile
from .decode import MAX_BYTES, load_text

__all__ = ["InputUnit", "discover", "read", "coverage", "MAX_BYTES", "INPUT_SUFFIXES"]

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
PAIR_SUFFIXES = (".tsv", ".csv", ".jsonl", ".tmx", ".xlf", ".xliff", ".xml")
INPUT_SUFFIXES = ARTICLE_SUFFIXES + PAIR_SUFFIXES
_SKIP_DIRS = {"node_modules", "__pycache__", "venv", "site-packages"}
_PAIR_FILE = re.compile(r"^(?P<stem>.+)\.(?P<lang>ko|en|ref)\.(txt|html|htm)$", re.I)


@dataclass(frozen=True)
class InputUnit:
    """One document to read: a single file, or NAME.ko.txt + NAME.en.txt (+ NAME.ref.txt)."""

    id: str
    paths: tuple[str, ...]
    notes: tuple[str, ...] = ()  # remarks from discovery (files skipped next to it)


def _is_report_folder(d: Path) -> bool:
    """A folder mtaudit wrote: index.html next to JSON that carries our schema_version (a folder that cannot be
    read is not: the walk reports it)."""
    try:
        if not (d / "index.html").is_file():
            return False
        for j in d.glob("*.json"):
            with open(j, "rb") as fh:
                if b'"schema_version"' in fh.read(256):
                    return True
    except OSError:
        return False
    return False


def _walk(root: Path, errors: list[InputError], skipped: list[str]) -> list[Path]:
    files: list[Path] = []

    def onerror(exc: OSError) -> None:
        errors.append(InputError(str(exc.filename or root), f"cannot read folder: {exc.strerror or exc}"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror):
        d = Path(dirpath)
        keep = []
        for name in sorted(dirnames):
            sub = d / name
            if name.startswith(".") or name in _SKIP_DIRS:
                continue
            if _is_report_folder(sub):
                skipped.append(f"{sub}{os.sep} (mtaudit reports)")
                continue
            keep.append(name)
        dirnames[:] = keep
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            p = d / name
            if p.suffix.lower() in INPUT_SUFFIXES:
                files.append(p)
            else:
                skipped.append(str(p))
    return files


def discover(paths) -> tuple[list[InputUnit], list[InputError]]:
    """Input units for the given files and folders, and the problems found on the way."""
    errors: list[InputError] = []
    groups: dict[tuple[str, str], dict[str, Path]] = {}
    singles: list[Path] = []
    notes_for: dict[str, list[str]] = {}
    seen: set[Path] = set()

    def add(p: Path) -> None:
        rp = p.resolve()
        if rp in seen:
            return
        seen.add(rp)
        m = _PAIR_FILE.match(p.name)
        if m:
            key = (str(p.parent), m.group("stem"))
            groups.setdefault(key, {})[m.group("lang").lower()] = p
            return
        singles.append(p)

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            skipped: list[str] = []
            n_errors = len(errors)
            files = _walk(p, errors, skipped)
            if not files and len(errors) > n_errors:
                continue  # the folder itself could not be read: that error says it
            if not files:
                extra = f"; skipped {len(skipped)} other file(s)" if skipped else ""
                errors.append(
                    InputError(str(p), f"folder holds no input files ({' '.join(INPUT_SUFFIXES)}){extra}")
                )
                continue
            for f in files:
                add(f)
            if skipped:
                shown = ", ".join(skipped[:5]) + (f" and {len(skipped) - 5} more" if len(skipped) > 5 else "")
                notes_for.setdefault(str(files[0]), []).append(f"skipped {len(skipped)} file(s) that are not inputs: {shown}")
        elif p.is_file():
            m = _PAIR_FILE.match(p.name)
            if m:  # bring in the sibling files of NAME.ko.txt
                for sib in sorted(p.parent.iterdir()):
                    ms = _PAIR_FILE.match(sib.name)
                    if ms and ms.group("stem") == m.group("stem") and sib.is_file():
                        add(sib)
            else:
                add(p)
        elif p.exists() or p.is_symlink():
            errors.append(InputError(str(p), "not a regular file or folder"))
        else:
            errors.append(InputError(str(p), "no such file or folder"))

    units: list[InputUnit] = []
    for p in singles:
        stem = p.name[: -len(p.suffix)] if p.suffix else p.name
        units.append(InputUnit(stem, (str(p),), tuple(notes_for.get(str(p), ()))))
    for (_, stem), members in groups.items():
        ordered = tuple(str(members[k]) for k in ("ko", "en", "ref") if k in members)
        notes = tuple(n for path in ordered for n in notes_for.get(path, ()))
        units.append(InputUnit(stem, ordered, notes))
    units.sort(key=lambda u: u.paths[0])
    return _unique_ids(units), errors


def _unique_ids(units: list[InputUnit]) -> list[InputUnit]:
    """Report file names come from ids: x.tsv + x.csv become 'x_tsv', 'x_csv'; a/x.txt + b/x.txt 'a__x', 'b__x'."""

    def clashes(ids: list[str]) -> set[str]:
        seen: dict[str, int] = {}
        for i in ids:
            seen[i] = seen.get(i, 0) + 1
        return {i for i, n in seen.items() if n > 1}

    ids = [u.id for u in units]
    dup = clashes(ids)
    ids = [Path(u.paths[0]).name.replace(".", "_") if i in dup and len(u.paths) == 1 else i for u, i in zip(units, ids)]
    dup = clashes(ids)
    ids = [f"{Path(u.paths[0]).parent.name or 'root'}__{i}" if i in dup else i for u, i in zip(units, ids)]
    dup = clashes(ids)
    ids = [f"{i}__{n}" if i in dup else i for n, i in enumerate(ids)]
    return [InputUnit(i, u.paths, u.notes) for u, i in zip(units, ids)]


def read(unit: InputUnit) -> Document:
    """Read one unit; raises InputError with a one-line problem for bad input."""
    from dataclasses import replace

    m = _PAIR_FILE.match(Path(unit.paths[0]).name)
    if len(unit.paths) > 1 or m:
        doc = _read_pair_files(unit)
    else:
        doc = _read_single(unit.id, unit.paths[0])
    if unit.notes:
        doc = replace(doc, notes=doc.notes + unit.notes)
    return doc


def _read_single(doc_id: str, path: str) -> Document:
    from . import article, html, pairs
    from .view import View

    suffix = Path(path).suffix.lower()
    if suffix not in INPUT_SUFFIXES:
        raise InputError(path, f"not an input file type (use one of: {' '.join(INPUT_SUFFIXES)})")
    text, encoding = load_text(path)
    src = SourceFile(os.fspath(path), text, encoding)
    if suffix in (".tsv", ".csv"):
        return pairs.read_table(doc_id, src, suffix[1:])
    if suffix == ".jsonl":
        return pairs.read_jsonl(doc_id, src)
    if suffix in (".tmx", ".xlf", ".xliff", ".xml"):
        head = text[:4096]
        if suffix == ".tmx" or (suffix == ".xml" and re.search(r"<tmx\b", head)):
            return pairs.read_xml(doc_id, src, "tmx")
        if suffix in (".xlf", ".xliff") or re.search(r"<xliff\b", head):
            return pairs.read_xml(doc_id, src, "xliff")
        raise InputError(path, "XML that is neither TMX (<tmx>) nor XLIFF (<xliff>)")
    if html.looks_like_html(text, suffix):
        return article.read_article(doc_id, [src], [html.extract(text)], input_format="html", fill_reason="markup")
    return article.read_article(doc_id, [src], [View(text)], input_format="article")


def _read_pair_files(unit: InputUnit) -> Document:
    from . import article, html
    from .view import View

    files, views, langs = [], [], []
    any_html = False
    for path in unit.paths:
        m = _PAIR_FILE.match(Path(path).name)
        lang = Lang(m.group("lang").lower()) if m else None
        text, encoding = load_text(path)
        files.append(SourceFile(os.fspath(path), text, encoding))
        if html.looks_like_html(text, Path(path).suffix):
            views.append(html.extract(text))
            any_html = True
        else:
            views.append(View(text))
        langs.append(lang)
    return article.read_article(
        unit.id, files, views, langs=langs, input_format="pair-files", fill_reason="markup" if any_html else None
    )


def coverage(doc: Document) -> list[str]:
    """Accounting check: each non-space character of each file is in exactly one segment or dropped span.

    Returns human-readable problems (empty when every character is accounted for).
    """
    problems: list[str] = []
    for fi, src in enumerate(doc.files):
        n = len(src.text)
        diff = [0] * (n + 1)
        for s in (*doc.ko, *doc.en, *doc.ref):
            if s.span.file == fi:
                diff[s.span.start] += 1
                diff[s.span.end] -= 1
        for d in doc.dropped:
            if d.span.file == fi:
                diff[d.span.start] += 1
                diff[d.span.end] -= 1
        depth = 0
        for i, ch in enumerate(src.text):
            depth += diff[i]
            if depth != 1 and not ch.isspace():
                line, col = src.line_col(i)
                what = "not accounted for" if depth == 0 else f"covered {depth} times"
                problems.append(f"{src.path}:{line}:{col}: {ch!r} {what}")
                if len(problems) >= 20:
                    return problems
    return problems
