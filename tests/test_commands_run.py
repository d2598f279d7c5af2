"""Every command TrainerKit prints for a trainer to type runs as printed.

The commands come from three places: the README's ```sh blocks, the messages the program prints (preflight
fixes, error hints, verify and pack notes), and, as a guard, every source line that puts a `trainerkit ...`
command in a message: a new one must be added here (SITES) and so gets run too. Placeholders a trainer
replaces (NAME, KEY, CODE, FILE, FOLDER, WORDS, EXAMPLE_ID, ``...``) are filled in; everything else is
run exactly as printed, through the real command line parser, on a prepared course, and must exit 0.
A few are too long or need hardware; they are parsed (so their quoting is checked) and listed in LONG with
the reason.
"""

from __future__ import annotations

import ast
import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from PIL import Image

from trainerkit.cli import cli

REPO = Path(__file__).resolve().parents[1]
NAME = "Nairobi 2027"

#: Commands that are parsed but not run, with the reason.
LONG = {
    ("gui",): "starts the desktop app (tests/test_gui_*.py drive it)",
    ("usb", "pack"): "a full export plus a verified copy, over a minute; tests/test_usb_pack.py runs it",
    ("usb", "verify"): "needs a packed stick; tests/test_usb_pack.py runs it on one",
    ("export",): "with --what all, a full export of about a minute; tests/test_packs.py exports the same",
}

#: Every source file that prints a `trainerkit ...` command, with the commands it prints (first words).
SITES = {
    "cli/customise_cmds.py": {"course create", "check"},  # export --check names `trainerkit check NAME`
    "cli/example_cmds.py": {"example edit", "check"},
    "cli/usb_cmds.py": {"usb pack", "usb targets", "check"},
    "examples/slides.py": {"example edit", "example add"},
    "examples/storage.py": {"example search"},
    "courseops/course.py": {"slides", "slide texts"},  # slide texts: run by tests/test_slide_texts.py
    "package/copy.py": {"usb pack"},  # `{retry}`: the command pack.py passes, or NAME TARGET placeholders
    "package/manifest.py": {"usb pack"},  # the journal's retry command, or placeholders
    "package/pack.py": {"usb pack"},
    "package/preflight.py": {"slide reset", "course set", "slide edit", "slide hide", "course sessions", "fit-plan"},
    "store/courses.py": {"course create"},
    "store/db.py": {"restore-backup"},
    "cli/facts_cmds.py": {"undo"},  # run by tests/test_country_facts.py
    "courseops/facts.py": {"course set"},  # run by tests/test_country_facts.py
    "course/plan_fit.py": {"fit-plan"},  # run by tests/test_plan_fit.py (printed in the trainer pack)
    "package/gaps.py": {"slide edit", "course set"},  # run by tests/test_gaps.py
    "translate/service.py": {"course set"},  # run by tests/test_translate_roundtrip.py
    "cli/people_cmds.py": {"undo"},  # run by tests/test_people.py
    "export/people.py": {"participants"},  # `participants import NAME FILE`, as in the README (run there)
}


def _long(args: list[str]) -> str | None:
    for words, reason in LONG.items():
        if tuple(args[: len(words)]) == words and (words != ("export",) or "all" in args):
            return reason
    return None


def _parse(args: list[str]) -> None:
    """Resolve the command and parse its arguments as click would, without running it."""
    group: click.Command = cli
    rest = list(args)
    ctx = group.make_context("trainerkit", [], resilient_parsing=True)
    while isinstance(group, click.Group):
        _name, command, rest = group.resolve_command(ctx, rest)
        assert command is not None, args
        group = command
    group.make_context(group.name or "", rest)


class Runner:
    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.ran: list[str] = []
        self.parsed: list[tuple[str, str]] = []
        picture = workdir / "photo.png"
        Image.new("RGB", (120, 80), "teal").save(picture)
        shutil.copy(REPO / "resources" / "slides" / "session-01.pptx", workdir / "local.pptx")
        (workdir / "participants.csv").write_text("Name,Organisation\nAmal Haddad,UNHCR\n", encoding="utf-8")
        self.fill = {
            "NAME": NAME,
            "CODE": "KE",
            "KEY": "s2-gender",
            "FILE": str(picture),
            "FOLDER": str(workdir / "stick"),
            "TARGET": str(workdir / "stick"),
            "WORDS": "domestic workers",
            "EXAMPLE_ID": "fact-1",
            "...": "x",
        }

    def args(self, command: str) -> list[str]:
        words = shlex.split(command)  # fails on unbalanced quotes: the command would not run as printed
        assert words[0] == "trainerkit", command
        out = []
        for word in words[1:]:
            if word in self.fill:
                word = self.fill[word]
            elif word.endswith("=..."):
                word = word[:-3] + "x"
            out.append(word)
        return out

    def run(self, command: str, answer: str | None = None) -> None:
        """Run ``command`` as printed; ``answer`` is what the trainer types at its confirmation prompt."""
        args = self.args(command)
        reason = _long(args)
        if reason:
            _parse(args)
            self.parsed.append((command, reason))
            return
        result = CliRunner().invoke(cli, args, input=answer)
        assert result.exit_code == 0, f"`{command}` exited {result.exit_code}: {result.output}"
        self.ran.append(command)


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Runner:
    monkeypatch.chdir(tmp_path)
    return Runner(tmp_path)


def _readme_commands() -> list[str]:
    """The README's ```sh commands that start with `trainerkit`: comments dropped, `a; b` split, optional
    `[...]` parts left out, `x|y|z` alternatives each run with their own slide key."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    commands: list[str] = []
    # the original of the duplicated slide is the one deleted, so no two slides share a title (the
    # accessibility check that the README runs next would rightly report that as an error)
    keys = {"duplicate": "s2-data-gaps", "delete": "s2-data-gaps", "reset": "s2-push-pull", "adapted": "s2-direction"}
    for block in re.findall(r"```sh\n(.*?)```", text, flags=re.S):
        for line in block.splitlines():
            line = re.sub(r"\s+#.*$", "", line).strip()
            if not line.startswith("trainerkit "):
                continue
            line = re.sub(r"\s*\[--[^\]]*\]", "", line)
            for part in line.split("; "):
                match = re.search(r"\b(\w+(?:\|\w+)+)\b", part)
                if match:
                    for word in match.group(1).split("|"):
                        commands.append(part.replace(match.group(1), word).replace("KEY", keys[word]))
                else:
                    commands.append(part)
    return commands


def test_every_command_in_the_readme_runs(runner: Runner) -> None:
    commands = _readme_commands()
    assert len(commands) > 25
    for command in commands:
        runner.run(command)
    assert len(runner.ran) >= len(commands) - 5, runner.parsed  # gui, export all, usb pack (twice), usb verify
    assert {reason for _c, reason in runner.parsed} <= set(LONG.values())


def _backticked(text: str) -> list[str]:
    return re.findall(r"(?<!`)`(trainerkit [^`]+)`(?!`)", text)


def _real(*args: str) -> tuple[int, str]:
    """The console entry point in a child process, as a trainer runs it (errors are printed by ``main``)."""
    done = subprocess.run(
        [sys.executable, "-c", "from trainerkit.cli import main; main()", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done.returncode, done.stdout + done.stderr


def test_every_command_a_message_suggests_runs(runner: Runner, tmp_path: Path) -> None:
    invoke = CliRunner().invoke
    # no course yet: the hints say how to make one
    listed = invoke(cli, ["course", "list"]).output
    code, missing = _real("slides", NAME)
    assert code != 0
    hints = _backticked(listed) + _backticked(missing)
    assert hints == [
        "trainerkit course create NAME --country CODE",
        f"trainerkit course create '{NAME}' --country CODE",
    ]
    runner.run(hints[1])  # creates the course under the name the hint quotes
    runner.run(hints[0].replace("NAME", "'Mombasa 2027'"))
    # a course with something to fix everywhere: the preflight's fixes
    assert invoke(cli, ["course", "set", NAME, "region=Eastern Africa"]).exit_code == 0
    check = invoke(cli, ["check", NAME])
    fixes = _backticked(check.output)
    kinds = {" ".join(shlex.split(c)[1:3]) for c in fixes}
    assert {"slide edit", "slide hide", "course set"} <= kinds, kinds
    for command in fixes:
        runner.run(command)
    own = ["--source", "Own notes", "--session", "2"]
    assert invoke(cli, ["example", "add", "--title", "Own note", "--text", "A note.", *own]).exit_code == 0
    # error hints: an unknown slide, an unknown example, an example with no picture
    for args, expected in (
        (["slide", "hide", NAME, "no-such-slide"], "trainerkit slides"),
        (["example", "show", "no-such-example"], "trainerkit example search"),
        (["example", "insert", NAME, "fact-1", "--session", "2", "--layout", "picture"], "trainerkit example add"),
        (
            ["example", "insert", NAME, "my-own-note", "--session", "2", "--layout", "picture"],
            "trainerkit example edit",
        ),
    ):
        code, output = _real(*args)
        found = _backticked(output)
        assert code != 0 and found and found[0].startswith(expected), output
        for command in found:
            runner.run(command)
    # the drive list's hints (printed when no removable drive is plugged in, as on a test machine)
    targets = invoke(cli, ["usb", "targets"])
    assert targets.exit_code == 0
    for command in _backticked(targets.output):
        runner.run(command)
    # an interrupted package: verify names the command that finishes it (parsed: packing is long)
    from trainerkit.package.copy import JOURNAL_FORMAT
    from trainerkit.package.manifest import JOURNAL_NAME

    package = tmp_path / "stick" / "TrainerKit - Nairobi 2027"
    package.mkdir(parents=True)
    retry = f"trainerkit usb pack {shlex.quote(NAME)} {shlex.quote(str(tmp_path / 'stick'))}"
    (package / JOURNAL_NAME).write_text(
        json.dumps({"format": JOURNAL_FORMAT, "complete": False, "files": {}, "retry": retry}), encoding="utf-8"
    )
    verify = invoke(cli, ["usb", "verify", str(package)])
    assert _backticked(verify.output) == [retry], verify.output
    runner.run(retry)
    # a picture example inserted without a description: how to give one, and the check that lists it
    own_picture = ["--source", "Own photo", "--session", "2", "--picture", str(runner.workdir / "photo.png")]
    assert invoke(cli, ["example", "add", "--title", "Mural", "--text", "A mural.", *own_picture]).exit_code == 0
    code, output = _real("example", "insert", NAME, "my-mural", "--session", "2", "--layout", "picture")
    found = _backticked(output)
    assert code == 0 and [shlex.split(c)[1] for c in found] == ["example", "check"], output
    for command in found:
        runner.run(command)
    # a damaged database: the message names the command that puts the daily backup back
    from trainerkit.paths import data_dir

    database = data_dir() / "trainerkit.sqlite3"
    with database.open("r+b") as damaged:
        damaged.seek(100)
        damaged.write(b"\xff" * 4000)
    code, output = _real("slides", NAME)
    found = _backticked(output)
    assert code != 0 and found == ["trainerkit restore-backup"], output
    runner.run(found[0], answer="y\n")
    assert _real("course", "list")[0] == 0  # the backup is of the first use today, before this course existed
    assert runner.parsed and all(reason in LONG.values() for _c, reason in runner.parsed)


def _message_strings(path: Path) -> list[str]:
    """The string literals of a module that are not docstrings; f-strings as written (``{expr}`` kept)."""
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text)
    skip: set[int] = set()
    strings: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skip.add(id(node.value))  # a docstring
        elif isinstance(node, ast.JoinedStr):
            skip.update(id(v) for v in node.values)
            strings.append(ast.get_source_segment(text, node) or "")
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            strings.append(node.value)
    return strings


def test_every_source_line_that_prints_a_command_is_covered() -> None:
    """A guard: a new message with a command (or a command computed in an f-string) must be listed in
    SITES, and so be looked at here."""
    found: dict[str, set[str]] = {}
    root = REPO / "src" / "trainerkit"
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if rel.startswith("ui/"):
            continue
        for string in _message_strings(path):
            for braces, command in re.findall(r"(?<!`)`(\{[^`]*|trainerkit ([a-z-]+(?: [a-z-]+)?))", string):
                words = command.split()
                if braces.startswith("{"):
                    found.setdefault(rel, set())
                elif words[0] in ("slide", "course", "example", "usb", "bundle"):
                    found.setdefault(rel, set()).add(" ".join(words[:2]))
                else:
                    found.setdefault(rel, set()).add(words[0])
            bare = re.sub(r"^[rbfRBF]*[\"']+", "", string)  # an f-string's source starts with f"
            if bare.startswith("trainerkit "):
                found.setdefault(rel, set()).add(" ".join(bare.split()[1:3]))
    assert found == SITES
