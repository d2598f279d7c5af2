"""The command group, error handling and output helpers shared by all commands."""

from __future__ import annotations

import json
import logging
import sys
from typing import Any

import click

from trainerkit.errors import TrainerKitError
from trainerkit.logsetup import setup_logging

log = logging.getLogger("trainerkit.cli")


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


def _print_version(ctx: click.Context) -> None:
    from trainerkit.version import version_text

    click.echo(version_text())
    ctx.exit()


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=lambda ctx, _param, value: _print_version(ctx) if value else None,
    help="Show the version, build date and data folder, and exit.",
)
def cli() -> None:
    """TrainerKit: prepare, tailor and export the OHCHR course 'Towards a Human Rights-Based Approach to
    Migration' for your venue, offline.

    Start the desktop app with `trainerkit gui` (or `trainerkit-gui`).
    """
    setup_logging()


#: Command modules under trainerkit.cli, each with ``register(group)``. A module listed here that does
#: not exist yet is skipped, so parts of the CLI can be developed side by side.
COMMAND_MODULES = (
    "course_cmds",
    "customise_cmds",
    "handout_cmds",
    "example_cmds",
    "bundle_cmds",
    "usb_cmds",
    "translate_cmds",
)


def _register() -> None:
    import importlib

    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"trainerkit.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"trainerkit.cli.{name}":
                raise
            continue
        module.register(cli)


_register()


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
    import errno
    import sqlite3

    from trainerkit.errors import DataFolderError
    from trainerkit.paths import data_location, read_only_message

    if isinstance(exc, sqlite3.Error):
        from trainerkit.paths import database_path
        from trainerkit.store.db import database_error

        try:
            return database_error(exc, database_path())
        except TrainerKitError as folder_problem:
            return folder_problem
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        folder = data_location().path
        name = exc.filename if isinstance(exc.filename, str) else ""
        if name and (name == str(folder) or name.startswith(str(folder) + "/")):
            return DataFolderError(read_only_message(folder))
    return None


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
