"""Output helpers shared by every command module (kept apart from ``cli.main``, which loads them)."""

from __future__ import annotations

import json
from typing import Any

import click


def emit_json(data: Any) -> None:
    """Print ``data`` as indented JSON (UTF-8 as is), for the listing commands' ``--json``."""
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))
