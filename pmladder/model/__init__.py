"""Pydantic models: ladder, taxonomy, answers, results, issues; importing it skips pydantic's plugin search."""

from __future__ import annotations

import os
import sys
from importlib.machinery import ModuleSpec
from types import ModuleType


def skip_plugin_discovery() -> None:
    """Build every pydantic model and adapter of this process without pydantic plugins.

    When pydantic builds its first model it imports ``pydantic.plugin._loader``, which imports
    ``importlib.metadata`` (with ``email``, ``zipfile``, ``csv``…: ~8–14 ms) and then reads the entry points of
    every installed distribution (~2–40 ms, more the more is installed), looking for plugins that pmladder never
    uses. ``PYDANTIC_DISABLE_PLUGINS`` skips the reading but not the import, so that module is found as a
    stand-in that finds no plugins, when (and only if) pydantic imports it. A user who sets the variable (to
    name the plugins to skip) gets pydantic's own discovery; so does a process that imported it already.
    """
    if LOADER in sys.modules or os.environ.get("PYDANTIC_DISABLE_PLUGINS") is not None:
        return
    if _StandInFinder not in sys.meta_path:
        sys.meta_path.insert(0, _StandInFinder)


#: pydantic's plugin loader
LOADER = "pydantic.plugin._loader"


class _StandInFinder:
    """Finds :data:`LOADER` as a module that finds no plugins (an import finder and loader in one)."""

    @classmethod
    def find_spec(cls, name: str, path: object = None, target: object = None) -> ModuleSpec | None:
        return ModuleSpec(name, cls, origin="pmladder.model") if name == LOADER else None  # type: ignore[arg-type]

    @staticmethod
    def create_module(spec: ModuleSpec) -> None:
        return None  # the usual module object

    @staticmethod
    def exec_module(module: ModuleType) -> None:
        module.__dict__.update(
            PYDANTIC_ENTRY_POINT_GROUP="pydantic", _plugins={}, _loading_plugins=False, get_plugins=_no_plugins
        )


def _no_plugins() -> tuple[()]:
    return ()


skip_plugin_discovery()
