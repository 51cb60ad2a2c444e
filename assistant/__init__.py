"""RGPD assistant: GDPR compliance for small shops, kept in one local dossier file."""

from __future__ import annotations

APP_NAME = "rgpd-assistant"
APP_DISPLAY_NAME = "Assistant RGPD"
ORG_NAME = "rgpd-assistant"

# The one place the version is written: pyproject.toml reads it from here (hatch), the
# PyInstaller spec too. A constant, not importlib.metadata: that costs ~70 ms at every start.
__version__ = "0.1.0"
