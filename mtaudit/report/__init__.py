"""Output formatters: one pure function per format, `format_X(result, options) -> str`.

    Format            the closed set of formats (`--format`)
    FORMATTERS        Format -> formatter; a test asserts every member has one
    write_reports     writes the chosen formats into a folder, returns the main file

HTML is the reviewer's page set (index.html + one page per document); the others are
for machines and CI: JSON (versioned schema), JSONL, CSV, JUnit XML, SARIF 2.1.0,
GitHub Actions annotations and a plain-text summary.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Callable, Iterable

from ..errors import ConfigError
from ..types import AuditResult
from .common import ReportOptions, RuleDoc, rule_doc
from .csv_ import format_csv
from .github import format_github
from .html_ import format_html, html_files, page_names
from .json_ import format_json, format_jsonl
from .junit import format_junit
from .sarif import format_sarif
from .text import format_text

__all__ = [
    "Format",
    "FORMATTERS",
    "FILE_NAMES",
    "DEFAULT_FORMATS",
    "ReportOptions",
    "RuleDoc",
    "rule_doc",
    "parse_formats",
    "write_reports",
]


class Format(str, Enum):
    HTML = "html"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    JUNIT = "junit"
    SARIF = "sarif"
    GITHUB = "github"
    TEXT = "text"

    def __str__(self) -> str:
        return self.value


FORMATTERS: dict[Format, Callable[[AuditResult, ReportOptions], str]] = {
    Format.HTML: format_html,
    Format.JSON: format_json,
    Format.JSONL: format_jsonl,
    Format.CSV: format_csv,
    Format.JUNIT: format_junit,
    Format.SARIF: format_sarif,
    Format.GITHUB: format_github,
    Format.TEXT: format_text,
}

# The file each format is written to inside --out (HTML writes index.html + a page per document).
FILE_NAMES: dict[Format, str] = {
    Format.HTML: "index.html",
    Format.JSON: "mtaudit.json",
    Format.JSONL: "mtaudit.jsonl",
    Format.CSV: "findings.csv",
    Format.JUNIT: "junit.xml",
    Format.SARIF: "mtaudit.sarif",
    Format.GITHUB: "github-annotations.txt",
    Format.TEXT: "summary.txt",
}

DEFAULT_FORMATS = (Format.HTML, Format.JSON)


def parse_formats(values: Iterable[str] | None, default: Iterable[Format] = DEFAULT_FORMATS) -> tuple[Format, ...]:
    """'html,json' or ['html', 'sarif'] -> (Format.HTML, ...); unknown names are a ConfigError."""
    out: list[Format] = []
    for value in values or ():
        for name in str(value).split(","):
            name = name.strip().lower()
            if not name:
                continue
            try:
                fmt = Format(name)
            except ValueError:
                allowed = ", ".join(f.value for f in Format)
                raise ConfigError(f"unknown format {name!r} (use one of: {allowed})") from None
            if fmt not in out:
                out.append(fmt)
    return tuple(out) or tuple(default)


def write_reports(
    result: AuditResult,
    out_dir: str,
    formats: Iterable[Format | str] | None = None,
    options: ReportOptions | None = None,
) -> Path:
    """Write the chosen formats into out_dir (created) and return the main file (index.html when HTML is chosen).

    JSON also writes one `<page>.json` per document beside the corpus file, so a document's
    HTML page and its data sit together.
    """
    options = options or ReportOptions()
    chosen = parse_formats([str(f) for f in formats] if formats is not None else None)
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"cannot create the report folder {out_dir}: {exc.strerror or exc}") from None
    main: Path | None = None
    written: list[Path] = []

    def put(name: str, text: str) -> Path:
        path = out / name
        try:
            path.write_text(text, encoding="utf-8", newline="")
        except OSError as exc:
            raise ConfigError(f"cannot write {path}: {exc.strerror or exc}") from None
        written.append(path)
        return path

    for fmt in chosen:
        if fmt is Format.HTML:
            for name, text in html_files(result, options).items():
                path = put(name, text)
                if name == "index.html":
                    main = path
            continue
        path = put(FILE_NAMES[fmt], FORMATTERS[fmt](result, options))
        if fmt is Format.JSON:
            names = page_names(result)
            for dr in result.documents:
                one = AuditResult(documents=(dr,), signature=result.signature, version=result.version)
                put(names[dr.document.id][: -len(".html")] + ".json", format_json(one, options))
        if main is None:
            main = path
    return main if main is not None else written[0]
