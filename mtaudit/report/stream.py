"""Streaming report writer: documents are written as they finish, the index at the end.

    writer = ReportWriter(out, formats, signature=..., version=...)
    for item in results:                      # in input order
        writer.add(doc_result, unit) | writer.add_error(input_error)
    main_file = writer.finish()

Per document: `<page>.html` and `<page>.json` right away, one line appended to
`mtaudit.jsonl`, the document's part of `mtaudit.json` appended to a temporary
file. Kept in memory per document: only its index row (counts, risk, three
top findings) and its share of the twelve worst findings, so memory stays flat
as a corpus grows. The output is byte-identical to `write_reports` on the whole
result (tests/test_pipeline_stream.py checks it).

Formats that need the whole run at once (csv, junit, sarif, github, text) are
written at `finish()` from results kept for them; use html/json/jsonl for
archives of many thousand documents.

Resume: after a document's files are written, a small manifest (input hash,
run key, output names and digests, its index row) is stored, in
`<out>/.mtaudit/manifests.sqlite3` (in batches, each after its documents' files;
a manifest is followed by a line with its own digest, and one that does not
match it counts as missing). `ReportWriter.resumable(unit)` returns the manifest
when every output is still there as it was written (its digest) and the input
and run are unchanged; `writer.skip(manifest)` then re-uses the document's
files without auditing it. So a document whose files were being rewritten when
a run stopped is audited again.

Refresh: without `--resume`, a document whose result is the same as in the
folder's last run (the manifest's content digest) and whose files are as that
run wrote them (their digests) is not rendered again: its page and JSON get the
new run signature and are written back (see ReportWriter._content_key). With
the persistent cache (`page_cache`, table `pages` of mtaudit/cache.py) the same
holds for a document some earlier run rendered into any folder. And when the
auditor found the document's result itself stored (a StoredResult: the same
input, settings and rule findings as an earlier run, mtaudit/pipeline.py), its
files are taken from the page cache as bytes, without the result being checked,
scored or serialised again (`_add_stored`).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import heapq
import json
import os
import re
import zlib
from pathlib import Path
from typing import Iterable

from .. import serialize
from ..errors import ConfigError
from ..types import SCHEMA_VERSION, AuditResult, DocumentResult, InputError, Severity, StoredResult

MANIFESTS = Path(".mtaudit") / "manifests.sqlite3"
WORST = 12  # findings shown in the index's "worst findings" list
TOP = 3  # findings shown per index row
_STREAMED = {"html", "json", "jsonl"}


@dataclasses.dataclass
class DocSummary:
    """What the CLI prints per document."""

    doc_id: str
    n_pairs: int
    counts: dict[str, int]
    suppressed: int
    resumed: bool = False
    risk: float = 0.0
    notes: tuple[str, ...] = ()
    sentences: tuple[int, int] | None = None  # (Korean, English); None when resumed from a manifest


def input_hash(paths: Iterable[str]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(os.fsencode(p) + b"\0")
        with open(p, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
        h.update(b"\0")
    return h.hexdigest()


def unit_key(paths: Iterable[str]) -> str:
    return hashlib.sha1("\0".join(os.path.abspath(p) for p in paths).encode("utf-8", "surrogatepass")).hexdigest()[:24]


def _write_file(path: Path, data: bytes) -> None:
    """`_overwrite`, a failure as the one-line error the CLI prints."""
    try:
        _overwrite(path, data)
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror or exc}") from None


def _overwrite(path: Path, data: bytes) -> None:
    """Write `data` to `path`. An existing file that already holds `data` is left alone (a re-run with the
    same rules into the same folder then writes nothing to disk); another is written over in place and cut
    to length: several times faster than truncating it first or renaming a new file over it (the filesystem
    keeps its blocks). A run stopped half-way leaves a file whose digest no manifest holds."""
    try:
        fh = open(path, "r+b")
    except FileNotFoundError:
        path.write_bytes(data)
        return
    with fh:
        if os.fstat(fh.fileno()).st_size == len(data) and fh.read() == data:
            return
        fh.seek(0)
        fh.write(data)
        fh.truncate()


_SLOT = "\x00document\x00"  # never in a result's top level (version, signature, input errors)


def _json_shell(data: dict) -> tuple[str, str]:
    """json.dumps(data, ensure_ascii=False, indent=2) of a result holding one document is
    prefix + the document's indented text (its lines shifted by four spaces) + suffix."""
    return _shells(_top_json(data))[0]


def _top_json(data: dict) -> str:
    return json.dumps({k: (None if k == "documents" else v) for k, v in data.items()}, ensure_ascii=False)


@functools.lru_cache(maxsize=8)
def _shells(top: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """For a result's top level (its JSON with "documents" null; the same for every document of a run): the
    text around a document in the indented form (_json_shell) and in the compact form (a JSONL line)."""
    data = json.loads(top)
    data["documents"] = [_SLOT]
    slot = json.dumps(_SLOT)
    indented = json.dumps(data, ensure_ascii=False, indent=2).split(slot, 1)
    compact = json.dumps(data, ensure_ascii=False, separators=(",", ":")).split(slot, 1)
    return (indented[0], indented[1]), (compact[0], compact[1])


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


@functools.lru_cache(maxsize=1)
def _report_code() -> str:
    """A hash of the code and files a document's report files are made with."""
    from .. import __version__
    from ..prepared import code_digest

    return code_digest(("report/*.py", "report/templates/*", "report/static/*", "serialize.py", "types.py"), __version__)


class ReportWriter:
    def __init__(self, out_dir, formats=None, options=None, *, signature: str, version: str, run_key: str | None = None,
                 page_cache=None):
        """`page_cache`: a cache.EmbeddingStore whose `pages` table keeps rendered files between runs (or None)."""
        from . import ReportOptions, parse_formats

        self.out = Path(out_dir)
        self.formats = tuple(f.value for f in parse_formats([str(f) for f in formats] if formats is not None else None))
        self.options = options or ReportOptions()
        self.signature = signature
        self.version = version
        self.run_key = run_key or signature
        try:
            (self.out / MANIFESTS).parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(f"cannot create the report folder {out_dir}: {exc.strerror or exc}") from None
        self._taken = {"index", "rules"}
        self._rows: list = []
        self._worst: list = []  # heap of (negated sort key, seq, row index, view)
        self._seq = 0
        self._errors: list[InputError] = []
        self._held: list[DocumentResult] = []  # only for the non-streamed formats
        self._json_docs = self._open_part("mtaudit.json") if "json" in self.formats else None
        if self._json_docs is not None:  # mtaudit.json is this file once its end is written: no copy of the documents
            self._json_docs.write(_JSON_HEAD.encode("utf-8"))
        self._jsonl = self._open_part("mtaudit.jsonl") if "jsonl" in self.formats else None
        self._n_json = 0
        self._pages = page_cache
        self._manifests = _Manifests(self.out / MANIFESTS)
        self._page_rows: list = []  # rendered files not yet stored in the page cache
        self._result_rows: list = []  # (result key, compact JSON) of results not yet stored in the cache
        # a result's top level (all but "documents") is the same for every document of the run
        self._top = serialize.to_dict(AuditResult(signature=signature, version=version))
        self._shell_texts = _shells(_top_json(self._top))
        self._shell_bytes = (self._shell_texts[0][0].encode("utf-8"), (self._shell_texts[0][1] + "\n").encode("utf-8"))

    # -------------------------------------------------------------- per document

    def _open_part(self, name: str):
        return open(self.out / f".{name}.part", "wb")  # UTF-8 text, written as bytes (a stored page's are bytes already)

    def _page(self, doc_id: str) -> str:
        base = re.sub(r"[^\w.-]+", "_", doc_id, flags=re.ASCII).strip("._") or "document"
        name, k = base, 2
        while name.lower() in self._taken:
            name, k = f"{base}-{k}", k + 1
        self._taken.add(name.lower())
        return name

    def _one(self, dr: DocumentResult) -> AuditResult:
        return AuditResult(documents=(dr,), signature=self.signature, version=self.version)

    def add(self, dr: DocumentResult | StoredResult, unit=None) -> DocSummary:
        page = self._page(dr.document.id)
        if isinstance(dr, StoredResult):
            done = self._add_stored(dr, unit, page)
            if done is not None:
                return done
            dr = dr.result()  # its files are not in the page cache (other formats or options): made from the stored result
        return self._add(dr, unit, page)

    def _add(self, dr: DocumentResult, unit, page: str) -> DocSummary:
        from .html_ import index_page, render_document

        one = self._one(dr)
        outputs: list[str] = []
        data = serialize.to_dict(one)
        # the document's compact JSON: its JSONL line, and what its files are made of (the manifest's content key)
        need_json = unit is not None or self._jsonl is not None or (dr.result_key is not None and self._pages is not None)
        doc_json = json.dumps(data["documents"][0], ensure_ascii=False, separators=(",", ":")) if need_json else None
        if dr.result_key is not None and self._pages is not None:
            self._store_result(dr.result_key, doc_json)
        content = self._content_key(doc_json) if unit is not None else None
        # the files an earlier run made from the same content: from the page cache, else from this folder's last run
        cached = self._cached(content, page) if content is not None else None
        before = self._previous(unit, page, content) if unit is not None and cached is None else None
        rendered = {}
        html = inner = None
        if "html" in self.formats:
            html = self._restamp(_inflate(cached[1], _html_dict()), cached[0]) if cached and cached[1] is not None else None
            if html is None and before:
                html = self._restamped_html(before, page)
            if html is None:
                html = rendered["html"] = render_document(dr, one, self.options)
            outputs.append(page + ".html")
        if "json" in self.formats:
            # format_json(one) is serialize.dumps(one) + newline; the document's indented text (json's
            # slow pure-Python path) is made once, for <page>.json and for mtaudit.json
            inner = _inflate(cached[2]) if cached and cached[2] is not None else None
            if inner is None and before:
                inner = self._previous_json_inner(before, page)
            if inner is None:
                inner = rendered["json"] = _indented(data["documents"][0])
            outputs.append(page + ".json")
        if any(f not in _STREAMED for f in self.formats):
            self._held.append(dr)
        # the index row and the document's worst findings: as the earlier run kept them, else made here
        entry = _load_entry(_inflate(cached[3])) if cached else None
        whole_from_cache = entry is not None and not rendered
        if entry is None and before:
            entry = _load_entry(before)
        if entry is not None:
            row, views = _row_views(entry)
            row_dict, worst_dicts = entry["row"], entry["worst"]
        else:
            ip = index_page(one, self.options)
            row = ip.rows[0]
            row.href = page + ".html"
            views = [v for _, v in ip.worst]  # this document's worst, already in order
            row.top = row.top[:TOP]
            row_dict, worst_dicts = dataclasses.asdict(row), [dataclasses.asdict(v) for v in views]
        self._keep(row, views)
        if content is not None and self._pages is not None and not whole_from_cache:
            self._store_page(content, page, html, inner, {"row": row_dict, "worst": worst_dicts})
        self._write_document(page, html, inner, doc_json, unit, dr.document.id, outputs, row_dict, worst_dicts, content)
        return DocSummary(dr.document.id, len(dr.pairs), _counts(dr), len(dr.suppressed), risk=row.risk, notes=tuple(row.notes),
                          sentences=(len(dr.document.ko), len(dr.document.en)))

    def _add_stored(self, sr: StoredResult, unit, page: str) -> DocSummary | None:
        """Write a stored result's files from the page cache, as `_add` would make them; None when the cache
        does not hold them (or they cannot be read back). The pages stay bytes: no decoding and encoding again."""
        if self._pages is None:
            return None
        content = self._content_key(sr.doc_json)
        cached = self._cached(content, page)
        if cached is None:
            return None
        html = inner = None
        if "html" in self.formats:
            html = self._restamp(_inflate_bytes(cached[1], _html_dict()), cached[0]) if cached[1] is not None else None
            if html is None:
                return None
        if "json" in self.formats:
            inner = _inflate_bytes(cached[2]) if cached[2] is not None else None
            if inner is None:
                return None
        entry = _load_entry(_inflate(cached[3]))
        if entry is None:
            return None
        outputs = [page + ext for fmt, ext in (("html", ".html"), ("json", ".json")) if fmt in self.formats]
        self._write_document(page, html, inner, sr.doc_json, unit, sr.document.id, outputs, entry["row"], entry["worst"], content)
        if any(f not in _STREAMED for f in self.formats):
            self._held.append(sr.result())
        return self._keep_entry(entry, sentences=(len(sr.document.ko), len(sr.document.en)))

    def add_error(self, err: InputError) -> None:
        self._errors.append(err)

    def _keep_entry(self, entry: dict, **summary) -> DocSummary:
        """Keep a document's index entry as an earlier run stored it (a manifest, a page-cache entry); its summary."""
        row, views = _row_views(entry)
        self._keep(row, views)
        c = dict(row.counts)
        return DocSummary(row.doc_id, row.n_pairs, {k: c.get(k, 0) for k in ("error", "warning", "info")}, c.get("suppressed", 0),
                          risk=row.risk, notes=tuple(row.notes), **summary)

    def _keep(self, row, views) -> None:
        """Index row with its top findings; the global worst list bounded to WORST entries."""
        i = len(self._rows)
        for v in views:
            key = (-Severity(v.severity).rank, -row.risk, row.doc_id, v.n)
            self._seq += 1
            item = (_Neg(key), self._seq, i, v)
            if len(self._worst) < WORST:
                heapq.heappush(self._worst, item)
            elif item[0] > self._worst[0][0]:
                heapq.heapreplace(self._worst, item)
        row.top = row.top[:TOP]
        self._rows.append(row)

    def _write_document(self, page: str, html: str | bytes | None, inner: str | bytes | None, doc_json: str | None, unit, doc_id, outputs, row, worst,
                        content) -> None:
        """A document's report files (`inner`: its indented JSON, in <page>.json and
        mtaudit.json; `doc_json` its JSONL line), then its manifest with their digests."""
        files = {}
        if html is not None:
            files[page + ".html"] = self._put(page + ".html", html)
        if inner is not None:
            prefix, suffix = self._shell_bytes
            files[page + ".json"] = self._put(page + ".json", prefix + (inner if isinstance(inner, bytes) else inner.encode("utf-8")) + suffix)
            self._append_json_inner(inner)
        if self._jsonl is not None:
            head, tail = self._shell_texts[1]
            self._jsonl.write((head + doc_json + tail + "\n").encode("utf-8"))
        if unit is not None:
            self._write_manifest(unit, doc_id, page, outputs, row, worst, content, files)

    def _put(self, name: str, text: str | bytes) -> str:
        """Write a report file; returns the digest of what was written (kept in the manifest)."""
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        _write_file(self.out / name, data)
        return _digest(data)

    def _append_json_doc(self, doc_dict: dict) -> None:
        self._append_json_inner(_indented(doc_dict))

    def _append_json_inner(self, inner: str | bytes) -> None:
        self._json_docs.write(b",\n    " if self._n_json else b"    ")
        self._json_docs.write(inner if isinstance(inner, bytes) else inner.encode("utf-8"))
        self._n_json += 1

    # -------------------------------------------------------------- refresh

    # A re-run into the same folder (after a rule change, say) finds most documents' results
    # unchanged. Their pages are then not rendered again: the previous run's files, checked
    # against the digests its manifest recorded, get the new run signature (the only thing in
    # them that changed) and are written back. The bytes are those a full render gives
    # (tests/test_pipeline_stream.py compares them).

    def _content_key(self, doc_json: str) -> str:
        """What a document's files are made of, apart from the run signature (`doc_json`: its compact JSON)."""
        h = hashlib.blake2b(digest_size=16)
        for part in (_report_code(), self.version, repr(self.options), repr(self.formats)):
            h.update(part.encode("utf-8", "surrogatepass") + b"\0")
        h.update(doc_json.encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def _previous(self, unit, page: str, content: str) -> dict | None:
        """The last run's manifest for this input when its files hold the same content."""
        m = self._manifests.get(unit.paths)
        if m is None:
            return None
        if m.get("content") != content or m.get("page") != page or not isinstance(m.get("files"), dict):
            return None
        if not isinstance(m.get("signature"), str):
            return None
        return m

    def _checked_bytes(self, files: dict, name: str) -> bytes | None:
        """The bytes of report file `name` if they are what a run wrote (the digest `files` recorded)."""
        try:
            data = (self.out / name).read_bytes()
        except OSError:
            return None
        if files.get(name) != _digest(data):
            return None  # changed since that run (or written by a run that stopped half-way)
        return data

    def _read_checked(self, manifest: dict, name: str) -> str | None:
        data = self._checked_bytes(manifest["files"], name)
        if data is None:
            return None
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return None

    def _restamped_html(self, manifest: dict, page: str) -> str | None:
        text = self._read_checked(manifest, page + ".html")
        return None if text is None else self._restamp(text, manifest["signature"])

    def _restamp(self, page: str | bytes | None, signature: str) -> str | bytes | None:
        """A page rendered for the run `signature` (its text, or its UTF-8 bytes), as this run renders it
        (None if it cannot be told apart)."""
        from markupsafe import escape

        if page is None:
            return None
        old, new = (f"run signature <code>{escape(s)}</code>" for s in (signature, self.signature))
        if isinstance(page, bytes):
            old, new = old.encode("utf-8"), new.encode("utf-8")
        if page.count(old) != 1:
            return None
        return page.replace(old, new)

    # the page cache: files some earlier run rendered from the same content, in any folder

    def _page_key(self, content: str, page: str) -> bytes:
        return hashlib.blake2b(f"{content}\0{page}".encode("utf-8", "surrogatepass"), digest_size=16).digest()

    def _cached(self, content: str, page: str):
        if self._pages is None:
            return None
        return self._pages.get_page(self._page_key(content, page))

    def _store_result(self, key: str, doc_json: str) -> None:
        """Keep a result in the cache for a later run (pipeline.Auditor._result_key)."""
        self._result_rows.append((key, doc_json))
        if len(self._result_rows) >= 64:
            self._flush_pages()

    def _store_page(self, content: str, page: str, html: str | None, inner: str | None, entry: dict) -> None:
        """Keep a document's files in the page cache."""
        self._page_rows.append((self._page_key(content, page), self.signature,
                                None if html is None else _deflate(html, _html_dict()), None if inner is None else _deflate(inner),
                                _deflate(json.dumps(entry, ensure_ascii=False))))
        if len(self._page_rows) + len(self._result_rows) >= 64:
            self._flush_pages()

    def _flush_pages(self) -> None:
        if self._page_rows:
            self._pages.put_pages(self._page_rows)
            self._page_rows = []
        if self._result_rows:
            self._pages.put_results(self._result_rows)
            self._result_rows = []

    def _previous_json_inner(self, manifest: dict, page: str) -> str | None:
        text = self._read_checked(manifest, page + ".json")
        if text is None:
            return None
        prefix, suffix = _json_shell({**self._top, "signature": manifest["signature"]})
        suffix += "\n"
        if not (text.startswith(prefix) and text.endswith(suffix) and len(text) > len(prefix) + len(suffix)):
            return None
        return text[len(prefix) : len(text) - len(suffix)]

    # -------------------------------------------------------------- resume

    def _write_manifest(self, unit, doc_id, page, outputs, row: dict, worst: list[dict], content: str, files: dict[str, str]) -> None:
        data = {
            "paths": list(unit.paths),
            "input_hash": input_hash(unit.paths),
            "run_key": self.run_key,
            "signature": self.signature,
            "content": content,
            "files": files,
            "formats": list(self.formats),
            "doc_id": doc_id,
            "page": page,
            "outputs": outputs,
            "row": row,
            "worst": worst,
        }
        self._manifests.put(unit.paths, data)  # stored after the files it names are written

    def resumable(self, unit) -> dict | None:
        """The manifest of a document whose outputs are complete and up to date, else None."""
        if any(f not in _STREAMED for f in self.formats):
            return None  # those formats need the full result of every document
        if "jsonl" in self.formats and "json" not in self.formats:
            return None  # the JSONL line of a skipped document is rebuilt from its <page>.json
        data = self._manifests.get(unit.paths)
        if data is None or data.get("run_key") != self.run_key or data.get("formats") != list(self.formats):
            return None
        try:
            if data.get("input_hash") != input_hash(unit.paths):
                return None
        except OSError:
            return None
        files = data.get("files")
        if not isinstance(files, dict) or set(files) != set(data.get("outputs", ())):
            return None
        if any(self._checked_bytes(files, name) is None for name in files):  # there, and as that run wrote it
            return None
        return data

    def skip(self, manifest: dict) -> DocSummary:
        """Reuse a finished document's files (see `resumable`)."""
        page = manifest["page"]
        self._taken.add(page.lower())
        if "json" in self.formats:  # resumable() guarantees it when jsonl is chosen
            one = json.loads((self.out / f"{page}.json").read_text(encoding="utf-8"))
            self._append_json_doc(one["documents"][0])
            if self._jsonl is not None:
                self._jsonl.write((json.dumps(one, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8"))
        return self._keep_entry(manifest, resumed=True)

    # -------------------------------------------------------------- the end

    def finish(self) -> Path:
        from . import FILE_NAMES, FORMATTERS, Format
        from .html_ import IndexPage

        main: Path | None = None
        written: list[Path] = []
        if self._pages is not None:
            self._flush_pages()
        self._manifests.close()
        for fmt in self.formats:
            if fmt == "html":
                rows = sorted(self._rows, key=lambda r: (-r.risk, -r.counts["error"], -r.counts["warning"], r.doc_id))
                worst = [(self._rows[i], v) for _, _, i, v in sorted(self._worst, key=lambda x: x[0], reverse=True)]
                totals = {k: sum(r.counts[k] for r in rows) for k in ("error", "warning", "info", "suppressed")}
                top_risk = max((r.risk for r in rows), default=0.0) or 1.0
                bars = [(r, 22.0 * i, round(max(r.risk / top_risk * 560.0, 2.0), 2)) for i, r in enumerate(rows)]
                page = IndexPage(
                    rows, worst, totals, [(e.path, e.message) for e in self._errors], bars, 22.0 * max(len(rows), 1), self.signature, self.version
                )
                self._put("index.html", _render_index(page))
                main = self.out / "index.html"
            elif fmt == "json":
                self._json_docs.close()
                self._finish_json()
                written.append(self.out / FILE_NAMES[Format.JSON])
            elif fmt == "jsonl":
                for err in self._errors:
                    one = AuditResult(errors=(err,), signature=self.signature, version=self.version)
                    self._jsonl.write((json.dumps(serialize.to_dict(one), ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8"))
                self._jsonl.close()
                os.replace(self.out / ".mtaudit.jsonl.part", self.out / FILE_NAMES[Format.JSONL])
                written.append(self.out / FILE_NAMES[Format.JSONL])
            else:
                full = AuditResult(documents=tuple(self._held), errors=tuple(self._errors), signature=self.signature, version=self.version)
                self._put(FILE_NAMES[Format(fmt)], FORMATTERS[Format(fmt)](full, self.options))
                written.append(self.out / FILE_NAMES[Format(fmt)])
        return main if main is not None else written[0]

    def _finish_json(self) -> None:
        """End mtaudit.json: the documents' list is closed and the result's other fields follow."""
        tail = serialize.to_dict(AuditResult(errors=tuple(self._errors), signature=self.signature, version=self.version))
        rest = json.dumps({k: v for k, v in tail.items() if k not in ("schema_version", "documents")}, ensure_ascii=False, indent=2)[1:]
        part = self.out / ".mtaudit.json.part"
        with open(part, "r+b") as fh:
            if self._n_json:
                fh.seek(0, os.SEEK_END)
                fh.write(("\n  ]," + rest + "\n").encode("utf-8"))
            else:
                fh.seek(len(_JSON_HEAD.encode("utf-8")) - len(_JSON_OPEN))
                fh.write(('  "documents": [],' + rest + "\n").encode("utf-8"))
                fh.truncate()
        os.replace(part, self.out / "mtaudit.json")


_JSON_OPEN = '  "documents": [\n'
# mtaudit.json up to its first document (serialize.dumps(result, indent=2) starts with the schema version)
_JSON_HEAD = json.dumps({"schema_version": SCHEMA_VERSION}, ensure_ascii=False, indent=2)[:-2] + ",\n" + _JSON_OPEN


def _indented(doc: dict) -> str:
    """The bytes serialize.dumps(result, indent=2) gives a document (its to_dict form) inside "documents": [...]:
    json.dumps(doc, ensure_ascii=False, indent=2) with every line after the first shifted by four spaces, written
    here without json's pure-Python encoder (which an indent forces: its generators cost three times as much)."""
    out: list[str] = []
    _indent_into(out, doc, "\n    ")
    return "".join(out)


def _indent_into(out: list, o, nl: str) -> None:
    """json.dumps(o, ensure_ascii=False, indent=2) for the plain values serialize.to_dict gives; `nl` is the
    newline and indentation of o's own level."""
    if isinstance(o, str):
        out.append(_encode_str(o))
    elif o is None:
        out.append("null")
    elif o is True:
        out.append("true")
    elif o is False:
        out.append("false")
    elif isinstance(o, int):
        out.append(int.__repr__(o))
    elif isinstance(o, float):
        out.append(_float(o))
    elif isinstance(o, dict):
        if not o:
            out.append("{}")
            return
        if not all(isinstance(k, str) for k in o):
            out.append(json.dumps(o, ensure_ascii=False, indent=2).replace("\n", nl))  # keys json converts: its own way
            return
        inner = nl + "  "
        first = True
        out.append("{")
        for k, v in o.items():
            out.append(inner if first else "," + inner)
            first = False
            out.append(_encode_str(k))
            out.append(": ")
            _indent_into(out, v, inner)
        out.append(nl + "}")
    elif isinstance(o, (list, tuple)):
        if not o:
            out.append("[]")
            return
        inner = nl + "  "
        out.append("[")
        for i, v in enumerate(o):
            out.append(inner if i == 0 else "," + inner)
            _indent_into(out, v, inner)
        out.append(nl + "]")
    else:
        out.append(json.dumps(o, ensure_ascii=False, indent=2).replace("\n", nl))  # json's error for what it cannot write


_encode_str = json.encoder.encode_basestring  # the C function json.dumps(ensure_ascii=False) uses


def _float(o: float) -> str:
    if o != o:
        return "NaN"
    if o == float("inf"):
        return "Infinity"
    if o == -float("inf"):
        return "-Infinity"
    return float.__repr__(o)


class _Manifests:
    """A folder's manifests (`<out>/.mtaudit/manifests.sqlite3`): per input (unit_key of its paths), the JSON
    of its manifest followed by a line with the JSON's digest. Rows are stored in batches, each after the
    files its documents' manifests name were written: a run that stops loses at most the last batch's
    manifests, and those documents are audited again. One file instead of one per document: a corpus of
    ten thousand articles no longer creates ten thousand manifest files."""

    BATCH = 64

    def __init__(self, path: Path):
        self.path = path
        self._conn = None
        self._pending: list[tuple[str, bytes]] = []

    def _db(self):
        if self._conn is None:
            import sqlite3

            try:
                try:
                    self._conn = self._open(sqlite3)
                except sqlite3.OperationalError:
                    raise  # cannot be opened or is locked (by another run): not damaged, so kept
                except sqlite3.DatabaseError:  # not a database (damaged): it only holds what a run can redo
                    for suffix in ("", "-wal", "-shm"):
                        Path(f"{self.path}{suffix}").unlink(missing_ok=True)
                    self._conn = self._open(sqlite3)
            except (OSError, sqlite3.Error) as exc:
                raise ConfigError(f"cannot write the manifests {self.path}: {exc}") from None
        return self._conn

    def _open(self, sqlite3):
        conn = sqlite3.connect(self.path, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("CREATE TABLE IF NOT EXISTS manifests (unit TEXT PRIMARY KEY, body BLOB NOT NULL)")
        except BaseException:
            conn.close()
            raise
        return conn

    def get(self, paths) -> dict | None:
        """The stored manifest of the input at `paths`, or None when missing, damaged or not the bytes stored."""
        import sqlite3

        if self._conn is None and not self.path.exists():
            return None
        try:
            row = self._db().execute("SELECT body FROM manifests WHERE unit = ?", (unit_key(paths),)).fetchone()
        except sqlite3.Error:
            return None
        if row is None:
            return None
        raw = bytes(row[0])
        body, sep, tail = raw.rpartition(b"\n")
        if not sep or _digest(body).encode() != tail:
            return None
        try:
            data = json.loads(body.decode("utf-8", "surrogatepass"))
        except ValueError:
            return None
        return data if isinstance(data, dict) else None

    def put(self, paths, data: dict) -> None:
        body = json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass")
        self._pending.append((unit_key(paths), body + b"\n" + _digest(body).encode()))
        if len(self._pending) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        import sqlite3

        if not self._pending:
            return
        rows, self._pending = self._pending, []
        try:
            conn = self._db()
            conn.execute("BEGIN")
            try:
                conn.executemany("INSERT OR REPLACE INTO manifests (unit, body) VALUES (?, ?)", rows)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise ConfigError(f"cannot write the manifests {self.path}: {exc}") from None

    def close(self) -> None:
        self.flush()
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def _load_entry(data) -> dict | None:
    """{"row": ..., "worst": [...]} from a manifest (a dict) or a page-cache entry (its JSON text), if well-formed."""
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except ValueError:
            return None
    if not isinstance(data, dict) or not isinstance(data.get("row"), dict) or not isinstance(data.get("worst"), list):
        return None
    return data


def _row_views(entry: dict):
    """The IndexRow and worst FindingViews an index entry (as `dataclasses.asdict` gave them) stands for."""
    from .html_ import FindingView, IndexRow

    r = dict(entry["row"])
    r["top"] = [FindingView(**v) for v in r["top"]]
    return IndexRow(**r), [FindingView(**v) for v in entry["worst"]]


@functools.lru_cache(maxsize=1)
def _html_dict() -> bytes:
    """The stylesheet and script every page inlines: a preset dictionary makes a stored page a third smaller."""
    from .html_ import _static

    css, js = _static()
    return (css + js).encode("utf-8")


def _deflate(text: str, zdict: bytes | None = None) -> bytes:
    c = zlib.compressobj(1, zdict=zdict) if zdict else zlib.compressobj(1)
    return c.compress(text.encode("utf-8", "surrogatepass")) + c.flush()


def _inflate(blob: bytes, zdict: bytes | None = None) -> str | None:
    """The text `_deflate` stored, or None when the entry cannot be read back (then the page is rendered)."""
    data = _inflate_bytes(blob, zdict)
    try:
        return None if data is None else data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return None


def _inflate_bytes(blob: bytes, zdict: bytes | None = None) -> bytes | None:
    """`_inflate` without decoding (None when the entry cannot be read back: the zlib stream's checksum is checked at its end)."""
    try:
        d = zlib.decompressobj(zdict=zdict) if zdict else zlib.decompressobj()
        data = d.decompress(blob) + d.flush()
    except zlib.error:
        return None
    return data if d.eof else None


class _Neg:
    """Reverses a sort key, so a min-heap keeps the WORST smallest keys (the most severe findings)."""

    __slots__ = ("key",)

    def __init__(self, key):
        self.key = key

    def __lt__(self, other):
        return self.key > other.key

    def __gt__(self, other):
        return self.key < other.key

    def __eq__(self, other):
        return self.key == other.key


def _render_index(page) -> str:
    """html_.render_index without recomputing the page from a full result."""
    from markupsafe import Markup

    from .html_ import _env, _static

    css, js = _static()
    return _env().get_template("index.html.j2").render(page=page, css=Markup(css), js=Markup(js))


def _counts(dr: DocumentResult) -> dict[str, int]:
    return dr.counts()
