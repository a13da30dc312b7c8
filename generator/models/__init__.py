"""The models stage: pydantic models for every schema, from datamodel-code-generator.

One entry point, :func:`build_models`: generation in parts (``generate.py``, ``parts.py``,
merged in one order by ``ordering.py``) on the spec as the models should read it
(``spec_view.py``), tidied (``tidy.py``), its classes named from the spec (``class_names.py``),
then hardened against hostile names and text (``hardening.py``).
Every change to its module is an edit at a place ``ast`` reports (``source_edits.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from ..cache import ModelCache
from .generate import ModelWorkers, PartProgress, early_workers, generate_models
from .hardening import harden_models
from .model_set import ModelClass, ModelKind, ModelSet

__all__ = [
    "ModelClass",
    "ModelKind",
    "ModelSet",
    "ModelWorkers",
    "PartProgress",
    "build_models",
    "early_workers",
]


def build_models(
    spec: Mapping[str, Any],
    *,
    package: str,
    template_dir: Path | None,
    spec_file: str,
    reserved: Iterable[str],
    cache: ModelCache | None = None,
    progress: PartProgress | None = None,
    pins: Mapping[str, str] | None = None,
    warn: Callable[[str, str], None] = lambda message, pointer: None,
    workers: ModelWorkers | None = None,
) -> ModelSet:
    """The models module for ``spec``, its classes clear of the ``reserved`` names (the client's),
    named as the user ``pins`` them; ``warn`` hears of classes told apart only by a number,
    ``progress`` how many of the parts it is generated in are done. ``workers``: processes
    started before the spec was read (``early_workers``), to generate the parts on."""
    models = generate_models(
        spec,
        package=package,
        template_dir=template_dir,
        spec_file=spec_file,
        cache=cache,
        progress=progress,
        pins=pins,
        warn=warn,
        workers=workers,
    )
    return harden_models(models, reserved)
