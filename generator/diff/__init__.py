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
from ..errors import Diagnostics
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
) -> list[Change]:
    """Compare two spec files as ``sdkgen diff`` does; ``models`` also compares the model
    classes, which runs the models stage on both (cached like ``sdkgen generate``)."""
    apis: list[Api] = []
    model_sets: list[ModelSet] = []
    for spec in (old, new):
        config = load_config(config_file, {"spec": spec, "output": Path(".")})
        cache = open_cache() if config.cache else None
        diagnostics = Diagnostics(quiet=True)
        progress(f"reading {spec}")
        document = load_document(spec, diagnostics, ParsedYamlCache(cache))
        config = named_after_title(config, spec_title(document))
        apis.append(build_api(document, config, diagnostics))
        if not models:
            continue
        progress(f"generating the models of {spec}")
        model_sets.append(spec_models(document, config, cache))
    pair = (model_sets[0], model_sets[1]) if models else None
    return diff_apis(apis[0], apis[1], pair)
