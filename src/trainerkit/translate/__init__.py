"""Course-content translation: export the course's texts as XLIFF 2.0 or PO, import a translation,
keep it as a translation memory keyed by source hash, and apply it when decks are exported.

Modules: ``language`` (content language codes, right-to-left), ``units`` (what is translatable, by
stable location), ``formats`` (XLIFF 2.0 / PO through translate-toolkit), ``checks`` (placeholders,
markup), ``memory`` (the store table and lookups), ``apply`` (put the translation into a deck).
Never imports Qt.
"""
