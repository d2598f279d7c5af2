"""The PySide6 desktop app: a thin layer of windows over the Qt-free core."""
