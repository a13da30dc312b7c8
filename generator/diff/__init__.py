"""``sdkgen diff``: what changed between two versions of a spec, and what it breaks for SDK users.

``operations`` compares operations and named schemas, ``schemas`` one schema node by node,
``reach`` finds which schemas users send and which they read, ``changes`` holds the verdict
rules, ``classes`` compares the model classes the SDK would export, ``report`` prints it all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..cache import ParsedYamlCache, open_cache
from ..config import load_config
from ..errors import Diagnostics, UsageError
from ..ir.builder import build_api
from ..ir.model import Api
from ..models import ModelSet
from ..names.titles import named_after_title
from ..pipeline import spec_models, spec_title
from ..spec.loader import load_document
from .changes import Change
from .operations import ApiDiff
from .report import format_json, format_text

__all__ = ["Change", "diff_apis", "diff_specs", "format_json", "format_text"]


def diff_apis(old: Api, new: Api, models: tuple[ModelSet, ModelSet] | None = None) -> list[Change]:
    """Every change from ``old`` to ``new``, judged on each side it touches; with the two
    versions' model sets, changes to the model classes' names too."""
    return ApiDiff(old, new, models).run()


def diff_specs(
    old: Path,
    new: Path,
    config_file: Path | None = None,
    *,
    models: bool = True,
    progress: Callable[[str], None] = lambda message: None,
    diagnostics: Diagnostics | None = None,
) -> list[Change]:
    """Compare two spec files as ``sdkgen diff`` does; ``models`` also compares the model
    classes, which runs the models stage on both (cached like ``sdkgen generate``).

    Both versions are named with the same ``[tool.sdkgen.names]``: an entry may name what
    only one of them has (an operation added or removed), and is an error only when it
    matches nothing in either. Warnings go to ``diagnostics`` (none are shown without it).
    """
    warnings = diagnostics or Diagnostics(quiet=True)
    apis: list[Api] = []
    unmatched: list[list[UsageError]] = []
    loaded = []
    for spec in (old, new):
        config = load_config(config_file, {"spec": spec, "output": Path(".")})
        cache = open_cache() if config.cache else None
        progress(f"reading {spec}")
        document = load_document(spec, warnings, ParsedYamlCache(cache), config.spec_roots)
        config = named_after_title(config, spec_title(document))
        unmatched.append([])
        apis.append(build_api(document, config, warnings, unmatched[-1].append))
        loaded.append((document, config, cache))
    _refuse_unmatched_in_both(*unmatched)
    if not models:
        return diff_apis(apis[0], apis[1])
    model_sets = []
    for document, config, cache in loaded:
        progress(f"generating the models of {document.file}")
        model_sets.append(spec_models(document, config, cache, warnings))
    return diff_apis(apis[0], apis[1], (model_sets[0], model_sets[1]))


def _refuse_unmatched_in_both(old: list[UsageError], new: list[UsageError]) -> None:
    """Raise the first pinned-name entry that matches nothing in either version: one a
    version misses whole (an operation) or in part (one of its parameters) in both."""
    for before in old:
        for after in new:
            wider, narrower = sorted((before, after), key=lambda error: len(_pointer(error)))
            if _pointer(narrower) == _pointer(wider) or _pointer(narrower).startswith(
                _pointer(wider) + "/"
            ):
                raise narrower


def _pointer(error: UsageError) -> str:
    return error.location.pointer if error.location is not None else ""
