"""RGPD assistant: GDPR compliance for small shops, kept in one local dossier file."""

from __future__ import annotations

from importlib import metadata

APP_NAME = "rgpd-assistant"
APP_DISPLAY_NAME = "Assistant RGPD"
ORG_NAME = "rgpd-assistant"

try:
    __version__ = metadata.version(APP_NAME)
except metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.1.0+source"
