"""Commands for adapting a course to its country: facts (treaty statuses), gaps, fit-plan."""

from __future__ import annotations

import shlex

import click

from trainerkit.cli.output import emit_json
from trainerkit.store import open_store


@click.command("facts")
@click.argument("name")
@click.option(
    "--set",
    "corrections",
    multiple=True,
    metavar="INSTRUMENT=STATUS[:YEAR]",
    help="Correct an entry, e.g. ICMW=ratified:2004, OP-CAT=signed, CPED=no action; ICMW= goes back to the data.",
)
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def facts(name: str, corrections: tuple[str, ...], as_json: bool) -> None:
    """Show (or correct) which UN human rights treaties the course's country has ratified.

    Status as of June 2022 (UN Treaty Collection); check for later changes. Export fills the
    Session 3 and 4 ratification slides and the ratified-treaties handout from it."""
    from trainerkit.course.facts import STATUS_NOTE
    from trainerkit.courseops.facts import correct_fact, course_facts_of

    store = open_store()
    for text in corrections:
        change = correct_fact(store, name, text)
        if not as_json:
            click.echo(f"{change.describe()}. (Undo with `trainerkit undo {shlex.quote(name)}`.)")
    result = course_facts_of(store, name)
    if as_json:
        emit_json(result.as_dict())
        return
    click.echo(f"{result.state} ({result.code}): {STATUS_NOTE}.")
    for entry in result.treaties:
        mark = "  (your correction)" if entry.corrected else ""
        click.echo(f"  {entry.instrument:<10} {entry.label}{mark}")


@click.command("gaps")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def gaps(name: str, as_json: bool) -> None:
    """List everything still to adapt in course NAME: placeholders, 'To adapt' slides, empty profile fields."""
    from trainerkit.package.gaps import course_gaps

    report = course_gaps(open_store(), name)
    if as_json:
        emit_json(report.as_dict())
        return
    # "left" counts adaptation points as "done" does (a slide with two placeholders is one point); the
    # lines below are one per placeholder, field or label, so they are counted apart
    left, lines = report.total - report.done, len(report.gaps)
    click.echo(f"{report.summary()}, {left} left ({lines} to fix below).")
    for gap in report.gaps:
        click.echo(f"- {gap.where}: {gap.what}")
        click.echo(f"    Fix: {gap.fix}")


@click.command("fit-plan")
@click.argument("name")
@click.argument("session", type=int)
@click.option("--rescale", is_flag=True, help="Shorten every step in proportion to the agenda's time.")
@click.option("--drop", "drop", type=int, multiple=True, metavar="STEP", help="Drop step STEP (repeat for more).")
@click.option("--as-planned", is_flag=True, help="Keep the plan as written (forget an earlier choice).")
def fit_plan_command(name: str, session: int, rescale: bool, drop: tuple[int, ...], as_planned: bool) -> None:
    """Fit SESSION's plan to the time the agenda gives it: rescale its steps or drop some (undoable).

    The trainer pack then prints the rescaled minutes or the dropped steps."""
    from trainerkit.courseops.facts import choose_fit
    from trainerkit.errors import InvalidInputError

    if sum((rescale, bool(drop), as_planned)) != 1:
        raise InvalidInputError("Choose one of --rescale, --drop STEP... or --as-planned.")
    mode = "rescale" if rescale else "drop" if drop else ""
    change = choose_fit(open_store(), name, session, mode, drop)
    click.echo(change.describe() + ".")


def register(group: click.Group) -> None:
    for command in (facts, gaps, fit_plan_command):
        group.add_command(command)
