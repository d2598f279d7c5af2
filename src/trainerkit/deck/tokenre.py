"""The ``{{token}}`` pattern, alone so that listings can find tokens without loading python-pptx."""

from __future__ import annotations

import re

TOKEN_RE = re.compile(r"\{\{\s*([A-Za-z0-9_][A-Za-z0-9_.\-]*)\s*\}\}")
