"""Course operations: everything a trainer does to a course, in one package.

``index``  the cheap slide index: what each session's slides are after the changes, without building a deck
``course`` ``OpenCourse``, a course opened once with typed operations that return ``Changes``

The kinds of change are declared once in ``trainerkit.store.kinds`` (the change log's vocabulary, below
the store). The older function API, ``trainerkit.customise`` and ``trainerkit.arrange``, calls into this
package. Import the submodules (``from trainerkit.courseops.course import OpenCourse``). Never imports Qt.
"""
