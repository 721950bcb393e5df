"""Bad input: one line naming the file and the problem, exit code 2, no traceback; a corpus run goes on."""

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mtaudit import io
from mtaudit.cli import app
from mtaudit.errors import InputError
from mtaudit.io import decode

FIX = Path(__file__).resolve().parent / "fixtures" / "io"
PAIRS = Path(__file__).resolve().parent.parent / "pairs"
runner = CliRunner()


def problem(path) -> str:
    """The one-line problem reading `path` gives (from discovery or from reading)."""
    units, errors = io.discover([str(path)])
    if errors:
        assert len(errors) == 1
        return str(errors[0])
    assert len(units) == 1
    with pytest.raises(InputError) as exc:
        io.read(units[0])
    return str(exc.value)


def test_empty_and_whitespace_only(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(" \n\r\n\t\u3000\n".encode("utf-8"))
    assert problem(tmp_path / "empty.txt") == f"{tmp_path / 'empty.txt'}: file is empty"
    assert problem(tmp_path / "blank.txt") == f"{tmp_path / 'blank.txt'}: file holds only whitespace"


def test_binary_data(tmp_path):
    (tmp_path / "nul.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    assert problem(tmp_path / "nul.txt").endswith("nul.txt: binary data (NUL bytes), not a text file")
    (tmp_path / "noise.txt").write_bytes(bytes((i * 37 + 11) % 255 + 1 for i in range(4000)))
    assert "cannot decode" in problem(tmp_path / "noise.txt")


def test_only_furniture_is_an_error(tmp_path):
    (tmp_path / "menu.txt").write_text("Search\n\n본문듣기\n\n가 -가 +\n\n광고\n", encoding="utf-8")
    assert "no Korean or English text found" in problem(tmp_path / "menu.txt")


def test_missing_path_and_empty_folder(tmp_path):
    assert problem(tmp_path / "nope.txt") == f"{tmp_path / 'nope.txt'}: no such file or folder"
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.md").write_text("# not an input", encoding="utf-8")
    msg = problem(empty)
    assert msg.startswith(f"{empty}: folder holds no input files") and "skipped 1 other file(s)" in msg


def test_unreadable_file(tmp_path, monkeypatch):
    p = tmp_path / "locked.txt"
    p.write_text("대전시는 협의회를 발족했다.", encoding="utf-8")
    real_open = open

    def deny(path, *args, **kwargs):
        if str(path) == str(p):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", deny)
    assert problem(p) == f"{p}: cannot read: permission denied"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_by_mode(tmp_path):
    p = tmp_path / "locked.txt"
    p.write_text("대전시는 협의회를 발족했다.", encoding="utf-8")
    p.chmod(0)
    try:
        assert problem(p) == f"{p}: cannot read: permission denied"
    finally:
        p.chmod(0o644)


def test_file_over_the_limit_is_refused_without_reading_it(tmp_path, monkeypatch):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as fh:  # 20 MB, sparse: nothing is written
        fh.truncate(20 * 1024 * 1024)
    read_calls = []
    real_open = open

    def spy(path, *args, **kwargs):
        if str(path) == str(p):
            read_calls.append(path)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", spy)
    assert problem(p) == f"{p}: file is too large (20.0 MB; the limit is 10 MB per file)"
    assert read_calls == []  # the size was checked with stat, the file never opened
    assert decode.MAX_BYTES == 10 * 1024 * 1024


def test_broken_tmx_names_file_and_line():
    assert problem(FIX / "broken.tmx") == f"{FIX / 'broken.tmx'}: broken XML at line 6, column 62: mismatched tag"


def test_broken_xliff_and_jsonl(tmp_path):
    x = tmp_path / "a.xlf"
    x.write_text('<?xml version="1.0"?>\n<xliff version="1.2">\n<file><body>\n<trans-unit><source>가나다</source>\n', encoding="utf-8")
    assert "broken XML at line 5" in problem(x)
    j = tmp_path / "a.jsonl"
    j.write_text('{"ko": "가나다.", "en": "Abc."}\n{"ko": "라마바", "en": \n', encoding="utf-8")
    assert problem(j).startswith(f"{j}: line 2: not valid JSON")


def test_tsv_without_ko_en_columns(tmp_path):
    p = tmp_path / "terms.tsv"
    p.write_text("term\tnote\n소부장\tmaterials, parts and equipment\n", encoding="utf-8")
    assert problem(p) == f"{p}: the header needs 'ko' and 'en' columns (or 'source' and 'target'); found: term, note"


def test_corpus_run_reports_bad_files_and_audits_the_others(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(next(PAIRS.glob("001_*.txt")), corpus / "good.txt")
    shutil.copy(FIX / "segments.tsv", corpus / "pairs.tsv")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    shutil.copy(FIX / "broken.tmx", corpus / "broken.tmx")
    (corpus / "terms.tsv").write_text("term\tnote\n소부장\tmaterials\n", encoding="utf-8")
    (corpus / "README.md").write_text("about this corpus", encoding="utf-8")
    out = tmp_path / "out"
    before = sorted(p.name for p in corpus.iterdir())

    r = runner.invoke(app, ["audit", str(corpus), "--out", str(out), "--encoder", "none"])

    assert r.exit_code == 2, r.output
    assert r.exception is None or isinstance(r.exception, SystemExit)
    err_lines = [line for line in r.stderr.splitlines() if line.startswith("mtaudit: error:")]
    assert sorted(err_lines) == sorted(
        [
            f"mtaudit: error: {corpus / 'empty.txt'}: file is empty",
            f"mtaudit: error: {corpus / 'binary.txt'}: binary data (NUL bytes), not a text file",
            f"mtaudit: error: {corpus / 'broken.tmx'}: broken XML at line 6, column 62: mismatched tag",
            f"mtaudit: error: {corpus / 'terms.tsv'}: the header needs 'ko' and 'en' columns "
            "(or 'source' and 'target'); found: term, note",
        ]
    )
    assert "Traceback" not in r.output and "Traceback" not in r.stderr
    assert "good" in r.stdout and "pairs" in r.stdout  # the good inputs were audited
    assert (out / "index.html").is_file()
    assert sorted(p.name for p in corpus.iterdir()) == before  # nothing written into the input folder


def test_inspect_bad_file_is_one_line_exit_2(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    r = runner.invoke(app, ["inspect", str(p)])
    assert r.exit_code == 2
    assert r.stderr.strip() == f"mtaudit: error: {p}: file is empty"


def test_inspect_folder_shows_every_readable_file_and_lists_the_bad_ones(tmp_path):
    import shutil

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with open(corpus / "a_big.txt", "wb") as fh:  # first in the folder; sparse, so cheap
        fh.truncate(11 * 1024 * 1024)
    good = next(PAIRS.glob("003_*.txt"))
    shutil.copy(good, corpus / good.name)
    (corpus / "z_empty.txt").write_bytes(b"")
    r = runner.invoke(app, ["inspect", str(corpus)])
    assert r.exit_code == 2
    assert f"# {good.stem}" in r.stdout and "## Korean: 15 sentences" in r.stdout
    assert r.stderr.splitlines() == [
        f"mtaudit: error: {corpus / 'a_big.txt'}: file is too large (11.0 MB; the limit is 10 MB per file)",
        f"mtaudit: error: {corpus / 'z_empty.txt'}: file is empty",
    ]


def test_inspect_shows_format_encoding_parts_and_dropped_pieces():
    path = next(PAIRS.glob("003_*.txt"))
    r = runner.invoke(app, ["inspect", str(path)])
    assert r.exit_code == 0, r.output
    out = r.stdout
    assert "format: article, encoding: utf-8" in out
    assert "## Korean: 15 sentences" in out and "## English: 26 sentences" in out
    assert "13:1 dateline: 【충북 브레이크뉴스】임창용 기자=" in out
    assert "152:1 copyright line: Copyright ⓒ 브레이크뉴스. All rights reserved." in out
    assert "by reason: share buttons 3," in out


def test_unreadable_folder(tmp_path, monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "a.txt").write_text("대전시는 협의회를 발족했다.", encoding="utf-8")

    def deny(path=".", *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("os.scandir", deny)
    assert problem(folder) == f"{folder}: cannot read folder: Permission denied"


def test_a_file_type_that_is_not_an_input(tmp_path):
    p = tmp_path / "notes.md"
    p.write_text("# 대전시 협의회", encoding="utf-8")
    assert problem(p).startswith(f"{p}: not an input file type (use one of: .txt .html .htm .tsv")


def test_output_location_rules(tmp_path):
    """Reports never go into an input folder or over an input file; `reports/` beside an article is fine."""
    from mtaudit.errors import ConfigError
    from mtaudit.paths import check_output_location

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    article = tmp_path / "article.txt"
    article.write_text("대전시가 발족했다.\nDaejeon launched it.\n", encoding="utf-8")
    check_output_location(tmp_path / "reports", [article])  # a subfolder next to a single article
    check_output_location(tmp_path / "article.fixed.txt", [article], is_folder=False)
    check_output_location(tmp_path / "out", [tmp_path / "missing.txt"])  # the reader reports a missing input
    for out, inputs, kw in (
        (corpus / "reports", [corpus], {}),
        (corpus, [corpus], {}),
        (tmp_path, [article], {}),
        (article, [article], {"is_folder": False}),
    ):
        with pytest.raises(ConfigError):
            check_output_location(out, inputs, **kw)


def test_audit_one_article_with_the_default_out(tmp_path, monkeypatch):
    """`mtaudit audit article.txt` in the article's folder writes reports/ there, as a new user would expect."""
    shutil.copy(PAIRS / "001_b58148236b9982db.txt", tmp_path / "article.txt")
    monkeypatch.chdir(tmp_path)
    r = runner.invoke(app, ["audit", "article.txt", "--encoder", "none", "--no-cache"])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "reports" / "index.html").exists()


def test_an_unreadable_subfolder_is_reported_not_a_crash(tmp_path, monkeypatch):
    # as a non-root user a chmod-000 folder raises PermissionError from Path.is_file (root reads everything, so the
    # refusal is simulated): the walk reports the folder and goes on
    from pathlib import Path

    from mtaudit import io

    (tmp_path / "ok.txt").write_text("대전시가 육성한다.\n\nDaejeon City fosters it.\n", encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    real = Path.is_file

    def is_file(self):
        if self.parent == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "is_file", is_file)
    units, errors = io.discover([str(tmp_path)])
    assert [u.id for u in units] == ["ok"]
