"""The whole run: load → intermediate representation → models → render → format.

Everything happens in memory; the result is a ``{path: text}`` mapping that
the caller either compares with the output folder (``check``) or writes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .cache import (
    Cache,
    FormatCache,
    ModelCache,
    ParsedYamlCache,
    TypeModulesCache,
    compiled_templates,
    open_cache,
)
from .config import Config
from .errors import Diagnostics, Location, SpecError, UsageError
from .ir.builder import build_api
from .ir.model import Api
from .models import ModelSet, ModelWorkers, PartProgress, build_models, early_workers
from .names.titles import named_after_title
from .output.formatting import format_files
from .output.manifest import MANIFEST, manifest_text
from .render.render import render_all
from .spec.loader import Document, load_document


@dataclass(frozen=True, slots=True)
class Result:
    api: Api
    files: dict[str, str]
    sources: tuple[Path, ...] = ()  # the spec files read


def generate_files(
    config: Config,
    diagnostics: Diagnostics | None = None,
    progress: Callable[[str], None] = lambda message: None,
) -> Result:
    """Every file of the SDK; ``progress`` hears each stage, with counts where there are some."""
    diagnostics = diagnostics or Diagnostics()
    cache = open_cache() if config.cache else None
    # The slow part first: on a cold cache, a large spec's model workers start before it is read.
    workers = early_workers(
        config.spec, ModelCache(cache), config.package, model_template_dir(config)
    )
    try:
        progress(f"loading {config.spec}")
        document = load_document(
            config.spec, diagnostics, ParsedYamlCache(cache), config.spec_roots
        )
        config = named_after_title(config, spec_title(document))
        progress("reading the API")
        api = build_api(document, config, diagnostics)
        progress("generating models")
        models = spec_models(
            document,
            config,
            cache,
            diagnostics,
            lambda done, total: progress(f"generating models: {done}/{total} parts done"),
            workers,
        )
    except BaseException:
        if workers is not None:
            workers.close(now=True)
        raise
    finally:
        if workers is not None:
            workers.close()
    progress("rendering templates")
    with compiled_templates(cache) as template_cache:
        files = render_all(
            api,
            config,
            models,
            template_cache,
            lambda count: progress(f"rendering templates: {count} file{'s' if count > 1 else ''}"),
            TypeModulesCache(cache),
        )
    python = sum(path.endswith(".py") for path in files)
    progress(f"formatting {python} Python files ({len(files)} files rendered)")
    files = format_files(files, FormatCache(cache))
    files[MANIFEST] = manifest_text(files, f"sdkgen {__version__}")
    return Result(api, dict(sorted(files.items())), document.paths)


def spec_models(
    document: Document,
    config: Config,
    cache: Cache | None,
    diagnostics: Diagnostics | None = None,
    progress: PartProgress | None = None,
    workers: ModelWorkers | None = None,
) -> ModelSet:
    """The models of a loaded spec; an error without a place names the spec file."""

    def warn(message: str, pointer: str) -> None:
        if diagnostics is not None:
            location = document.location(pointer.removeprefix("#"))
            diagnostics.warn(message, location, "numbered model class")

    try:
        return build_models(
            document.data,
            package=config.package,
            template_dir=model_template_dir(config),
            spec_file=document.file,
            reserved=(config.client_class, f"Async{config.client_class}"),
            cache=ModelCache(cache),
            pins=config.names.classes,
            progress=progress,
            warn=warn,
            workers=workers,
        )
    except SpecError as error:
        if error.location is not None:
            raise
        raise SpecError(error.message, Location(document.file)) from None
    except UsageError as error:  # a class pin that matches nothing
        if error.location is not None or not error.message.startswith("names.classes"):
            raise
        raise UsageError(error.message, config.names.where("classes")) from None


def spec_title(document: Document) -> object:
    """``info.title``, if ``info`` is a mapping (reading the API reports it if not)."""
    info = document.data.get("info")
    return info.get("title") if isinstance(info, dict) else None


def model_template_dir(config: Config) -> Path | None:
    """The user's overrides of datamodel-code-generator's templates, if they have any."""
    if config.templates is not None and (config.templates / "models").is_dir():
        return config.templates / "models"
    return None
