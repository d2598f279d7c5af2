"""The command group, error handling and output helpers shared by all commands."""

from __future__ import annotations

import logging
import os
import sys
from types import ModuleType
from typing import Any

import click

from trainerkit.cli.output import emit_json as emit_json  # re-exported for older command modules
from trainerkit.errors import TrainerKitError
from trainerkit.logsetup import setup_logging

log = logging.getLogger("trainerkit.cli")


#: Each command's module under trainerkit.cli (each module has ``register(group)``). Only the module of
#: the command being run is imported, so `trainerkit --version` and a small change start quickly; a
#: command missing here is still found (every module is loaded to look for it).
COMMAND_MODULES = {
    "info": "course_cmds",
    "sessions": "course_cmds",
    "session": "course_cmds",
    "agenda": "course_cmds",
    "gui": "course_cmds",
    "restore-backup": "course_cmds",
    "course": "customise_cmds",
    "slides": "customise_cmds",
    "slide": "customise_cmds",
    "undo": "customise_cmds",
    "redo": "customise_cmds",
    "export": "customise_cmds",
    "handouts": "handout_cmds",
    "export-handouts": "handout_cmds",
    "example": "example_cmds",
    "bundle": "bundle_cmds",
    "usb": "usb_cmds",
    "check": "usb_cmds",
    "facts": "facts_cmds",
    "gaps": "facts_cmds",
    "fit-plan": "facts_cmds",
    "translate": "translate_cmds",
    "facilitator": "people_cmds",
    "participants": "people_cmds",
}


def _print_version(ctx: click.Context) -> None:
    from trainerkit.version import version_text

    click.echo(version_text())
    ctx.exit()


def _module(name: str) -> ModuleType:
    """The command module ``name`` (plain imports, so tools and freezers see them)."""
    if name == "course_cmds":
        from trainerkit.cli import course_cmds

        return course_cmds
    if name == "customise_cmds":
        from trainerkit.cli import customise_cmds

        return customise_cmds
    if name == "handout_cmds":
        from trainerkit.cli import handout_cmds

        return handout_cmds
    if name == "example_cmds":
        from trainerkit.cli import example_cmds

        return example_cmds
    if name == "bundle_cmds":
        from trainerkit.cli import bundle_cmds

        return bundle_cmds
    if name == "usb_cmds":
        from trainerkit.cli import usb_cmds

        return usb_cmds
    if name == "translate_cmds":
        from trainerkit.cli import translate_cmds

        return translate_cmds
    if name == "facts_cmds":
        from trainerkit.cli import facts_cmds

        return facts_cmds
    if name == "people_cmds":
        from trainerkit.cli import people_cmds

        return people_cmds
    raise ValueError(f"no command module {name!r}")


class LazyGroup(click.Group):
    """A group that imports a command's module when the command is asked for."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._loaded: set[str] = set()

    def _load(self, module: str) -> None:
        if module not in self._loaded:
            self._loaded.add(module)
            _module(module).register(self)

    def _load_all(self) -> None:
        for module in dict.fromkeys(COMMAND_MODULES.values()):
            self._load(module)

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._load_all()
        return super().list_commands(ctx)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands:
            if cmd_name in COMMAND_MODULES:
                self._load(COMMAND_MODULES[cmd_name])
            else:
                self._load_all()
        return super().get_command(ctx, cmd_name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=lambda ctx, _param, value: _print_version(ctx) if value else None,
    help="Show the version, build date and data folder, and exit.",
)
@click.option(
    "--lang",
    "ui_lang",
    metavar="CODE",
    default=None,
    help="Language of TrainerKit's messages (en, fr, es, ar; default: TRAINERKIT_LANG, else English).",
)
def cli(ui_lang: str | None = None) -> None:
    """TrainerKit: prepare, tailor and export the OHCHR course 'Towards a Human Rights-Based Approach to
    Migration' for your venue, offline.

    Start the desktop app with `trainerkit gui` (or `trainerkit-gui`).
    """
    setup_logging()
    from trainerkit.messages import set_language

    set_language(ui_lang)  # None: TRAINERKIT_LANG, else English
    from trainerkit.messages import LANGUAGES, unknown_language

    asked = unknown_language(ui_lang or os.environ.get("TRAINERKIT_LANG"))
    if asked:  # one line, not silent: the messages fall back to English
        known = ", ".join(("en", *LANGUAGES))
        source = "--lang" if ui_lang else "TRAINERKIT_LANG"
        click.echo(f"Warning: {source}={asked} is not a language TrainerKit has ({known}); using English.", err=True)


def undecodable_argument(args: list[str]) -> str | None:
    """What is wrong when an argument holds a byte that is not UTF-8 (Python passes it on as a lone
    surrogate, PEP 383), naming the field: ``venue`` for ``venue=...``, ``--text`` for ``--text ...``."""
    for index, arg in enumerate(args):
        bad = next((c for c in arg if 0xD800 <= ord(c) <= 0xDFFF), None)
        if bad is None:
            continue
        key, eq, _value = arg.partition("=")
        if arg.startswith("--") and eq:
            field = f"option {key}"
        elif eq and key.replace("_", "").isalnum():
            field = f"value of {key}"
        elif index and args[index - 1].startswith("-"):
            field = f"option {args[index - 1]}"
        else:
            field = f"argument {index + 1} ('{_printable(arg)}')"
        byte = f" (byte {ord(bad) - 0xDC00:#04x})" if 0xDC80 <= ord(bad) <= 0xDCFF else ""
        return (
            f"The {field} is not UTF-8 text{byte}: type it again, or set your terminal to UTF-8 "
            "(on Windows: chcp 65001)."
        )
    return None


def _printable(text: str) -> str:
    return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)


def _environment_error(exc: BaseException) -> TrainerKitError | None:
    """A user-facing error for a database or data-folder problem that reached the top, else None."""
    import sqlite3

    if isinstance(exc, sqlite3.Error):
        from trainerkit.paths import database_path
        from trainerkit.store.db import database_error

        try:
            return database_error(exc, database_path())
        except TrainerKitError as folder_problem:
            return folder_problem
    from trainerkit.fileio import writing_refused

    return writing_refused(exc)  # the data folder read-only, or an output folder that refuses writing


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI; turn every error into one line on stderr and an exit code."""
    problem = undecodable_argument(sys.argv[1:] if argv is None else list(argv))
    if problem:
        click.echo(f"Error: {problem}", err=True)
        sys.exit(2)
    try:
        # Without standalone mode click returns a command's exit code (ctx.exit(1)) instead of exiting.
        code = cli.main(args=argv, prog_name="trainerkit", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except TrainerKitError as exc:
        log.info("user error: %s", exc)
        click.echo(f"Error: {_printable(str(exc))}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # a bug: the user gets one line, the log gets the traceback
        known = _environment_error(exc)
        if known is not None:
            log.info("storage problem: %s", exc, exc_info=True)
            click.echo(f"Error: {_printable(str(known))}", err=True)
            sys.exit(known.exit_code)
        log.exception("unexpected error")
        where = setup_logging()
        details = f"Details are in {where}." if where else "The log could not be written either."
        click.echo(
            f"Error: something went wrong inside TrainerKit ({type(exc).__name__}: {_printable(str(exc))}). {details}",
            err=True,
        )
        sys.exit(70)
    sys.exit(code if isinstance(code, int) else 0)
