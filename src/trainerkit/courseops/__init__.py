"""Course operations: everything a trainer does to a course, in one package.

``kinds``  the kinds of change, declared once (payload, checks, label)
``index``  the cheap slide index: what each session's slides are after the changes, without building a deck
``course`` ``OpenCourse``, a course opened once with typed operations that return ``Changes``

Import the submodules (``from trainerkit.courseops.course import OpenCourse``); this file imports
nothing, so the store can use ``kinds`` without loading the rest. Never imports Qt.
"""
