"""CLI for handouts and packs: `trainerkit handouts` (list, check) and `trainerkit export-handouts`.

Thin wrappers: parse arguments, call ``trainerkit.export.handouts`` / ``trainerkit.export.packs``, print.
The app's export dialog calls the same ``export_course_materials``. Never imports Qt.
"""

from __future__ import annotations

from pathlib import Path

import click

from trainerkit.cli.output import emit_json
from trainerkit.jobs import Progress
from trainerkit.store import open_store


def progress_printer(as_json: bool) -> Progress:
    """A progress callback that prints ``  [ 42%] label`` on stderr: the share of the whole job, never
    more than 100% and never going back; a step's own "Done" is left out, only the whole job's is printed."""
    last: list[int] = [-1]
    seen: set[tuple[int, str]] = set()

    def progress(done: int, total: int, label: str) -> None:
        if as_json or total <= 0:
            return
        done = min(max(done, 0), total)
        if label.endswith(" done") or (label == "Done" and done < total):
            return  # a step's own end; the whole job ends with "Done"
        percent = 100 * done // total
        if percent < last[0] or (percent, label) in seen:
            return
        last[0] = percent
        seen.add((percent, label))
        click.echo(f"  [{percent:>3}%] {label}", err=True)

    return progress


@click.group("handouts")
def handouts() -> None:
    """The course's handouts: list them and check their sources."""


@handouts.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def list_handouts(as_json: bool) -> None:
    """List every handout source with its sessions, kind, audience and copies."""
    from trainerkit.export.handouts import load_handouts

    rows = [
        {
            "id": s.meta.id,
            "title": s.meta.title,
            "sessions": list(s.meta.sessions),
            "kind": s.meta.kind,
            "audience": s.meta.audience,
            "copies": s.meta.copies,
            "participant_copy": s.trainer_part is not None,
        }
        for s in load_handouts().values()
    ]
    if as_json:
        emit_json(rows)
        return
    for row in rows:
        sessions = ",".join(map(str, row["sessions"]))  # type: ignore[call-overload]
        click.echo(f"{row['id']:<32} s{sessions:<6} {row['kind']:<16} {row['copies']:<16} {row['title']}")


@handouts.command("check")
def check_handouts() -> None:
    """Parse every handout source; exit non-zero naming the file and line of the first problem."""
    from trainerkit.export.handouts import load_handouts

    sources = load_handouts()
    for source in sources.values():
        for warning in source.warnings:
            click.echo(f"Warning: {warning}", err=True)
    click.echo(f"{len(sources)} handout sources follow the format.")


@click.command("export-handouts")
@click.argument("name")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write into (created if needed).")
@click.option("--what", default="handouts,participant-pack,trainer-pack,slide-handouts", show_default=True,
              help="Comma-separated: decks, handouts, participant-pack, trainer-pack, slide-handouts, or all.")
@click.option("--per-page", default="3", show_default=True,
              help="Slides per page for slide handouts: 1, 2, 3 (with lines for notes) or 6; several with commas.")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def export_handouts_command(name: str, out_dir: Path, what: str, per_page: str, as_json: bool) -> None:
    """Export course NAME's handouts (DOCX and PDF), participant pack, trainer pack and slide handouts."""
    export_materials(name, out_dir, what, per_page, as_json)


def export_materials(
    name: str,
    out_dir: Path,
    what: str | tuple[str, ...],
    per_page: str,
    as_json: bool,
    *,
    combined: bool = False,
    drop_hidden: bool = False,
    adapt_labels: bool = True,
) -> None:
    """Export handouts, packs and slide handouts (and decks when ``what`` names them) and print the report:
    shared by `trainerkit export --what ...` and `trainerkit export-handouts`."""
    from trainerkit.errors import InvalidInputError
    from trainerkit.export.packs import export_course_materials

    try:
        counts = tuple(int(p) for p in per_page.split(",") if p.strip())
    except ValueError:
        raise InvalidInputError(f"--per-page '{per_page}': give numbers among 1, 2, 3, 6.") from None
    report = export_course_materials(
        open_store(),
        name,
        out_dir,
        what,
        per_page=counts,
        combined=combined,
        drop_hidden=drop_hidden,
        adapt_labels=adapt_labels,
        progress=progress_printer(as_json),
    )
    if as_json:
        emit_json(report.as_dict())
        return
    for path in report.files:
        click.echo(str(path))
    click.echo(f"{len(report.files)} files.")
    for problem in report.problems:
        click.echo(f"Warning: {problem}", err=True)
    for warning in report.warnings:
        click.echo(f"Warning: {warning}", err=True)


def register(group: click.Group) -> None:
    group.add_command(handouts)
    group.add_command(export_handouts_command)
