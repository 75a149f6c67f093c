"""The README's two set-up commands stay true, and CI runs the second one verbatim."""

from __future__ import annotations

import re

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    block = re.search(r"```bash\n(.*?)```", README, re.S)
    assert block is not None, "README starts with a bash block of two commands"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_two_commands_first() -> None:
    first_block = README.index("```")
    assert README.index("```bash") == first_block
    cmds = _commands()
    assert len(cmds) == 2
    assert "factlib extract examples/data/article.txt" in cmds[0]
    assert "pytest" in cmds[1]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _commands()[1] in ci.splitlines()


def test_the_article_is_bundled() -> None:
    assert (ROOT / "examples" / "data" / "article.txt").stat().st_size > 4000
