from typer.testing import CliRunner

from mtaudit import __version__
from mtaudit.cli import app

runner = CliRunner()


def test_version():
    r = runner.invoke(app, ["--version"])
    assert r.exit_code == 0
    assert __version__ in r.stdout


def test_short_help():
    r = runner.invoke(app, ["-h"])
    assert r.exit_code == 0
    assert "audit" in r.stdout


def test_terms_mine_and_review_refuse_bad_outputs_before_any_work(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("대전시가 육성한다.\n\nDaejeon City fosters it.\n", encoding="utf-8")
    (corpus / "notes.txt").write_text("version: 1\ndecisions: []\n", encoding="utf-8")
    cases = [
        (["terms", str(corpus), "--out", str(tmp_path / "nodir" / "x.csv"), "--format", "csv", "--encoder", "none"], "does not exist"),
        (["terms", str(corpus), "--out", str(tmp_path), "--format", "csv", "--encoder", "none"], "is a folder"),
        (["mine", str(corpus), "--out", str(tmp_path / "nodir" / "d.yaml"), "--encoder", "none"], "does not exist"),
        (["review", str(corpus), "--review", str(corpus / "notes.txt"), "--port", "0", "--encoder", "none"], "YAML"),
    ]
    for args, words in cases:
        r = runner.invoke(app, args)  # a ConfigError: the CLI's entry point prints it as one line, exit code 2
        assert r.exit_code != 0 and words in r.output + str(r.exception), (args, r.output)
    assert (corpus / "notes.txt").read_text(encoding="utf-8") == "version: 1\ndecisions: []\n"
    # nothing to mine: exit 2 and no draft written (a re-run with the right path must not meet it)
    r = runner.invoke(app, ["mine", str(tmp_path / "nope"), "--out", str(tmp_path / "d.yaml"), "--encoder", "none"])
    assert r.exit_code == 2 and not (tmp_path / "d.yaml").exists()
