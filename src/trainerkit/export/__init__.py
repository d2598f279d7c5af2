"""Exports: a course's changes applied to pristine bundled files, written atomically. Never imports Qt."""
