"""Where the project's data files and caches live."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]+):")


def is_url(image: str) -> bool:
    """An image reference with a scheme of two letters or more (`C:` is a drive, not a scheme)."""
    return bool(_SCHEME.match(image))


def prompts_dir() -> Path:
    """The prompts/ folder: env override, the source checkout, or the installed data files."""
    override = os.environ.get("ANNOTATION_ASSISTANT_PROMPTS")
    if override:
        return Path(override)
    source = Path(__file__).resolve().parent.parent / "prompts"
    if source.is_dir():
        return source
    return Path(sys.prefix) / "share" / "annotation-assistant" / "prompts"


def examples_dir() -> Path:
    """The examples/ folder (sample tasks for a first run): the source checkout or the installed data files."""
    source = Path(__file__).resolve().parent.parent / "examples"
    if source.is_dir():
        return source
    return Path(sys.prefix) / "share" / "annotation-assistant" / "examples"


def cache_dir() -> Path:
    """Cache for assembled model weights; ANNOTATION_ASSISTANT_HOME overrides."""
    home = os.environ.get("ANNOTATION_ASSISTANT_HOME")
    if home:
        return Path(home) / "cache"
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "annotation-assistant"


def data_dir() -> Path:
    """Where the default SQLite database lives; ANNOTATION_ASSISTANT_HOME overrides."""
    home = os.environ.get("ANNOTATION_ASSISTANT_HOME")
    if home:
        return Path(home)
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg else Path.home() / ".local" / "share"
    return base / "annotation-assistant"
