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


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI; turn every error into one line on stderr and an exit code."""
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
        click.echo(f"Error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # a bug: the user gets one line, the log gets the traceback
        log.exception("unexpected error")
        where = setup_logging()
        click.echo(
            f"Error: something went wrong inside TrainerKit ({type(exc).__name__}: {exc}). Details are in {where}.",
            err=True,
        )
        sys.exit(70)
    sys.exit(code if isinstance(code, int) else 0)
