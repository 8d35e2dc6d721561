"""The command line: help, one Error line per bad input, exit codes, outputs."""
import subprocess
import sys

import pytest

from kg.cli import main, parser


def test_help_explains_every_option(capsys):
    for argv in (["--help"], ["build", "--help"], ["eval", "--help"]):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 0
    out = capsys.readouterr().out
    for option in ("--out", "--workers", "--extractor", "--quiet", "--graph", "--summary"):
        assert option in out


def test_no_command_prints_help(capsys):
    assert main([]) == 2
    assert "build" in capsys.readouterr().out


@pytest.mark.model
def test_bad_input_is_one_error_line_and_others_build(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("米国と中国\n\n米国は中国に警告した。", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    code = main(["build", str(good), str(bad), "--out", str(tmp_path / "out"), "--quiet"])
    captured = capsys.readouterr()
    assert code == 1
    assert f"Error: {bad}: binary file, not text" in captured.err.splitlines()
    assert "Traceback" not in captured.err
    assert "United States —warns→ China" in captured.out
    for name in ("graph.trig", "graph.ttl", "graph.graphml", "graph.html"):
        assert (tmp_path / "out" / name).stat().st_size > 0


def test_entry_point_runs():
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", "--help"], capture_output=True, text=True)
    assert done.returncode == 0 and "INPUT" in done.stdout


def test_commands_are_listed():
    text = parser().format_help()
    assert "build" in text and "eval" in text


def test_an_extractor_failure_on_one_article_is_one_error_and_the_others_build(tmp_path, capsys, monkeypatch):
    # a bug of the rules on one article: that article is reported by name, the others are in the graph
    import kg.pipeline as pipeline

    good = tmp_path / "good.txt"
    good.write_text("米国と中国\n\n米国は中国に警告した。", encoding="utf-8")
    poison = tmp_path / "poison.txt"
    poison.write_text("ロシアと日本\n\nロシアは日本に抗議した。", encoding="utf-8")
    real = pipeline.analyse

    def failing(article, doc, **kw):
        if "ロシア" in article.text:
            raise ValueError("a rule tripped")
        return real(article, doc, **kw)

    monkeypatch.setattr(pipeline, "analyse", failing)
    code = main(["build", str(good), str(poison), "--out", str(tmp_path / "out"), "--quiet", "--workers", "1"])
    captured = capsys.readouterr()
    assert code == 1
    errors = [line for line in captured.err.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and str(poison) in errors[0] and "ValueError: a rule tripped" in errors[0]
    assert "Traceback" not in captured.err
    assert "United States —warns→ China" in captured.out
    assert (tmp_path / "out" / "graph.trig").stat().st_size > 0
