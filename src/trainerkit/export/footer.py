"""The footer line of every exported handout and pack page, shared by the DOCX and PDF writers."""

from __future__ import annotations


def course_line(values: dict[str, str]) -> str:
    """The footer's first line: course, country, venue, dates (what a reader needs to place the page)."""
    parts = [
        values.get("course_title", ""),
        values.get("country", ""),
        values.get("venue", ""),
        values.get("dates", ""),
    ]
    return " · ".join(p for p in parts if p)
