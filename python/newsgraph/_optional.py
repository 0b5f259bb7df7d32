"""Lazy imports of optional dependencies, with an error that names the extra to install."""

from __future__ import annotations

import importlib
from types import ModuleType


class MissingExtraError(ImportError):
    """An optional dependency of newsgraph is not installed.

    The message names the extra that installs it, e.g. ``pip install 'newsgraph[pandas]'``.
    """


def require(module: str, extra: str, feature: str) -> ModuleType:
    """Imports ``module``, or raises :class:`MissingExtraError` naming ``extra``."""
    try:
        return importlib.import_module(module)
    except ImportError as e:
        top = module.split(".")[0]
        raise MissingExtraError(
            f"{feature} needs {top}, an optional dependency of newsgraph that is not installed: "
            f"pip install 'newsgraph[{extra}]'"
        ) from e
