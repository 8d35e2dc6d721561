"""Generated parts of the README: the command reference (from --help) and the relation table (from
ontologies/). ``python -m kg.docs`` rewrites them in place; a test checks that they are current.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
COMMANDS = ("build", "query", "remove", "export", "viz", "serve", "eval")


def cli_reference() -> str:
    from kg.cli import parser

    top = parser()
    parts = ["```", _help(top, []).rstrip(), "```"]
    for name in COMMANDS:
        parts += ["", f"#### kg {name}", "", "```", _help(top, [name]).rstrip(), "```"]
    return "\n".join(parts)


def _help(top, path: list[str]) -> str:
    import os

    os.environ["COLUMNS"] = "100"  # the same wrapping wherever it is generated
    node = top
    for name in path:
        node = next(a for a in top._subparsers._group_actions[0].choices.items() if a[0] == name)[1]
    return node.format_help()


def relation_table() -> str:
    from kg.vocab import vocabulary

    lines = ["| relation | ja | en | CAMEO root | Goldstein | symmetric | cue words (ja) |",
             "|---|---|---|---|---|---|---|"]
    for r in vocabulary().relations:
        goldstein = "" if r.goldstein is None else f"{r.goldstein:+.1f}"
        lines.append(f"| {r.name} | {r.label_ja} | {r.label_en} | {r.cameo or ''} | {goldstein} | "
                     f"{'yes' if r.symmetric else ''} | {', '.join(r.cues_ja)} |")
    return "\n".join(lines)


BLOCKS = {"cli": cli_reference, "relations": relation_table}


def render(text: str) -> str:
    for name, make in BLOCKS.items():
        start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
        pattern = re.compile(re.escape(start) + ".*?" + re.escape(end), re.S)
        if not pattern.search(text):
            raise SystemExit(f"README has no {start} ... {end} block")
        block = f"{start}\n{make()}\n{end}"
        text = pattern.sub(lambda m: block, text)
    return text


if __name__ == "__main__":
    new = render(README.read_text(encoding="utf-8"))
    README.write_text(new, encoding="utf-8")
    print(f"rewrote the generated blocks of {README}", file=sys.stderr)
