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
