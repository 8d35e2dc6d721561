"""The README is current: generated blocks, every command, every extractor, the quick start."""
from kg.cli import parser
from kg.docs import COMMANDS, README, render
from kg.registry import extractor_names


def test_generated_blocks_are_current():
    text = README.read_text(encoding="utf-8")
    assert render(text) == text, "run `python -m kg.docs` and commit the README"


def test_every_command_is_documented():
    text = README.read_text(encoding="utf-8")
    commands = set(parser()._subparsers._group_actions[0].choices)
    assert commands == set(COMMANDS)
    for name in commands:
        assert f"#### kg {name}" in text


def test_every_extractor_is_documented():
    text = README.read_text(encoding="utf-8")
    for name in extractor_names():
        assert name in text


def test_quick_start_is_the_two_commands():
    text = README.read_text(encoding="utf-8")
    quick = text[text.index("## Quick start"):text.index("## Using it")]
    assert "make demo" in quick and "make test" in quick
