"""The models stage: pydantic models for every schema, from datamodel-code-generator.

One entry point, :func:`build_models`: generation in parts (``generate.py``,
``parts.py``) on the spec as the models should read it (``spec_view.py``), tidied
(``tidy.py``), then hardened against hostile names and text (``hardening.py``).
Every change to its module is an edit at a place ``ast`` reports (``source_edits.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..cache import ModelCache
from .generate import PartProgress, generate_models
from .hardening import harden_models
from .model_set import ModelClass, ModelKind, ModelSet

__all__ = ["ModelClass", "ModelKind", "ModelSet", "PartProgress", "build_models"]


def build_models(
    spec: Mapping[str, Any],
    *,
    package: str,
    template_dir: Path | None,
    spec_file: str,
    reserved: Iterable[str],
    cache: ModelCache | None = None,
    progress: PartProgress | None = None,
) -> ModelSet:
    """The models module for ``spec``, its classes clear of the ``reserved`` names (the client's);
    ``progress`` hears how many of the parts it is generated in are done."""
    models = generate_models(
        spec,
        package=package,
        template_dir=template_dir,
        spec_file=spec_file,
        cache=cache,
        progress=progress,
    )
    return harden_models(models, reserved)
