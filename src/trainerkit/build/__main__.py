"""Command line for the build: ``python -m trainerkit.build decks [--check]``, ``contact-sheets`` and
``translations [--update | --check]``.

A thin wrapper: parses arguments, calls :mod:`trainerkit.build.decks` and prints a report. Never imports Qt.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from trainerkit.errors import TrainerKitError
from trainerkit.messages import count_noun


def _decks(args: argparse.Namespace) -> int:
    from trainerkit.build.decks import build_decks

    start = time.monotonic()
    report = build_decks(
        Path(args.src) if args.src else None,
        Path(args.out) if args.out else None,
        check=args.check,
        measure=not args.no_measure,
    )
    for error in report.errors:
        print(f"error: {error}", file=sys.stderr)
    for overflow in report.overflows:
        print(f"overflow: {overflow}", file=sys.stderr)
    for session, count in sorted(report.slide_counts.items()):
        print(f"session {session}: {count} slides")
    for path in report.written:
        print(f"wrote {path}")
    verb = "checked" if args.check else "built"
    print(
        f"{verb} {len(report.slide_counts)} decks in {time.monotonic() - start:.1f} s: "
        f"{count_noun(len(report.errors), 'error')}, {count_noun(len(report.overflows), 'overflow')}"
    )
    if report.errors:
        return 1
    if args.check and args.strict and report.overflows:
        return 1
    return 0


def _contact_sheets(args: argparse.Namespace) -> int:
    from trainerkit.build.contact_sheet import make_contact_sheets

    for path in make_contact_sheets(Path(args.out) if args.out else None, sessions=args.session):
        print(f"wrote {path}")
    return 0


def _course_translation(args: argparse.Namespace) -> int:
    from trainerkit.build.course_translation import update_course_translation

    report = update_course_translation(args.lang, Path(args.out) if args.out else None, write=not args.check)
    for name, counts in sorted(report.counts.items()):
        if counts["missing"] or counts["outdated"]:
            print(
                f"{name}: {counts['translated']} translated, {counts['outdated']} outdated, {counts['missing']} missing"
            )
    for path in report.written:
        print(f"wrote {path}")
    print(
        f"{report.lang}: {report.total('translated')} translated, {report.total('outdated')} outdated "
        f"(marked fuzzy), {report.total('missing')} missing"
    )
    return 1 if args.check and (report.total("outdated") or report.total("missing")) else 0


def _messages(args: argparse.Namespace) -> int:
    from trainerkit.build.messages import update_catalogues

    missing = update_catalogues(write=not args.check)
    for code, messages in missing.items():
        print(f"{code}: {len(messages)} messages untranslated")
        for message in messages[:10]:
            print(f"  {message}")
    return 1 if args.check and any(missing.values()) else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m trainerkit.build")
    sub = parser.add_subparsers(dest="command", required=True)
    decks = sub.add_parser("decks", help="build resources/slides/session-NN.pptx from the YAML sources")
    decks.add_argument("--check", action="store_true", help="validate and report, write nothing")
    decks.add_argument("--strict", action="store_true", help="with --check: fail on text overflow too")
    decks.add_argument("--no-measure", action="store_true", help="skip the text-fit measurement")
    decks.add_argument("--src", help="folder of session-NN.yaml (default resources/slides/src)")
    decks.add_argument("--out", help="output folder (default resources/slides)")
    sheets = sub.add_parser("contact-sheets", help="render docs/contact-sheets/session-NN.png (needs soffice)")
    sheets.add_argument("--out", help="output folder (default docs/contact-sheets)")
    sheets.add_argument("--session", type=int, action="append", help="only this session (repeatable)")
    translations = sub.add_parser(
        "translations", help="compile resources/i18n/*.ts into src/trainerkit/ui/translations/*.qm (lrelease)"
    )
    translations.add_argument("--update", action="store_true", help="first collect the UI's strings (lupdate)")
    translations.add_argument("--check", action="store_true", help="report .ts files out of date with the code")
    course_tr = sub.add_parser(
        "course-translation",
        help="refresh resources/translations/LANG/*.po from the course's current texts (keeps translations "
        "whose source is unchanged, marks changed ones fuzzy)",
    )
    course_tr.add_argument("lang", help="language code, e.g. fr")
    course_tr.add_argument("--out", help="folder of the PO files (default resources/translations/LANG)")
    course_tr.add_argument(
        "--check", action="store_true", help="write nothing; fail when texts are missing or outdated"
    )
    messages = sub.add_parser(
        "messages", help="refresh resources/locale/*/LC_MESSAGES/trainerkit.po from the core's messages (Babel)"
    )
    messages.add_argument("--check", action="store_true", help="write nothing; fail when a message is untranslated")
    args = parser.parse_args(argv)
    try:
        if args.command == "decks":
            return _decks(args)
        if args.command == "messages":
            return _messages(args)
        if args.command == "course-translation":
            return _course_translation(args)
        if args.command == "translations":
            from trainerkit.build.translations import main as build_translations

            return build_translations(update=args.update, check=args.check)
        return _contact_sheets(args)
    except TrainerKitError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code


if __name__ == "__main__":
    sys.exit(main())
