"""datamodel-code-generator as a library: the models of a spec, in parallel parts, cached.

We call it on the already-parsed spec (large specs in parts, in parallel; see
``parts.py``), with results cached. What it is given is the spec as the models
should read it (``spec_view.py``); what it returns is tidied (``tidy.py``) and,
by the package's entry point, hardened (``hardening.py``). Its formatting is
switched off: the whole output goes through one ruff pass later.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import tempfile
import warnings
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from contextlib import contextmanager, suppress
from pathlib import Path
from types import MappingProxyType
from typing import Any, get_args

from ..cache import CacheEntry, ModelCache, is_string_pair
from ..errors import SpecError, UsageError
from .class_names import stable_class_names
from .model_set import ModelClass, ModelKind, ModelSet
from .parts import merge, split
from .spec_view import callback_pointer, for_models
from .tidy import OPEN_ENUMS, tidy_models

# Specs with fewer schemas than this are generated in one go: a process of its
# own would cost more than it saves.
SPLIT_FROM_SCHEMAS = 150
SCHEMAS_PER_PART = 600
MAX_PARTS = 8

PartProgress = Callable[[int, int], None]  # (parts done, parts in all)


def part_count(schemas: int) -> int:
    """How many parts a spec with this many schemas is generated in.

    It depends on the spec alone, never on the machine: class order and the names given to
    clashes between parts follow the split, and every machine must generate the same SDK.
    """
    if schemas < SPLIT_FROM_SCHEMAS:
        return 1
    return max(2, min(MAX_PARTS, schemas // SCHEMAS_PER_PART))


def generate_models(
    spec: Mapping[str, Any],
    *,
    package: str,
    template_dir: Path | None,
    spec_file: str,
    cache: ModelCache | None = None,
    jobs: int | None = None,
    progress: PartProgress | None = None,
    pins: Mapping[str, str] | None = None,
    warn: Callable[[str, str], None] = lambda message, pointer: None,
    workers: ModelWorkers | None = None,
) -> ModelSet:
    """Models for every schema in ``spec``; ``template_dir`` holds the user's model template overrides,
    ``pins`` the user's class names (by pointer or by the name sdkgen gives), ``warn`` hears of
    classes that could only be told apart by a number.

    Large specs are cut into independent parts (``model_parts.split``), generated
    in parallel on up to ``jobs`` processes (default: the CPU count), or on ``workers`` started
    early, and cached part by part. The number of processes never changes the output.
    ``progress`` hears how many parts are done, of how many, once the cached ones are found
    and as each other one ends.
    """
    cache = cache or ModelCache(None)
    jobs = jobs or os.cpu_count() or 1
    view = for_models(spec)
    schemas = (view.get("components") or {}).get("schemas") or {}
    parts = split(view, part_count(len(schemas)))
    options = _options(package, template_dir)
    fingerprint = _fingerprint(options, template_dir)
    keys = [cache.key(part, fingerprint) for part in parts]
    # The module the parts make, merged, tidied and named, depends on them, the pins and the
    # spec as the models read it (whose paths without inline schemas are in no part).
    merged_key = cache.key(
        {"parts": keys, "pins": dict(pins or {}), "file": Path(spec_file).name, "view": view},
        f"merged\n{fingerprint}",
    )
    merged = _merged_from(cache.get_merged(merged_key))
    if merged is not None:
        model_set, given = merged
        for message, pointer in given:
            warn(message, pointer)
        return model_set
    results: list[CacheEntry | None] = [cache.get(key) for key in keys]
    missing = [index for index, result in enumerate(results) if result is None]
    done_parts = len(parts) - len(missing)
    report = progress or (lambda done, total: None)
    report(done_parts, len(parts))

    def finished() -> None:
        nonlocal done_parts
        done_parts += 1
        report(done_parts, len(parts))

    generated = _generate_parts([parts[i] for i in missing], options, jobs, finished, workers)
    for index, result in zip(missing, generated, strict=True):
        results[index] = result
        cache.put(keys[index], result)
    done = [result for result in results if result is not None]
    source, metadata = merge([r[0] for r in done], [r[1] for r in done], view)
    metadata = [
        {**model, "source_ref": callback_pointer(model["source_ref"])}
        if isinstance(model.get("source_ref"), str)
        else model
        for model in metadata
    ]
    source = source.replace("#   filename:  <dict>", f"#   source: {Path(spec_file).name}")
    source, kinds = tidy_models(source)
    warned: list[tuple[str, str]] = []

    def recorded(message: str, pointer: str) -> None:
        warned.append((message, pointer))
        warn(message, pointer)

    source, renames, pointers = stable_class_names(source, metadata, view, pins, recorded)
    kinds = {renames.get(name, name): kind for name, kind in kinds.items()}
    classes = {
        pointer: ModelClass(name, kinds[name])
        for pointer, name in pointers.items()
        if name in kinds
    }
    model_set = ModelSet(source=source, classes=MappingProxyType(classes))
    cache.put_merged(
        merged_key,
        {
            "source": model_set.source,
            "classes": {pointer: [c.name, c.kind] for pointer, c in model_set.classes.items()},
            "warnings": [list(item) for item in warned],
        },
    )
    return model_set


def _merged_from(data: Any) -> tuple[ModelSet, list[tuple[str, str]]] | None:
    """A cached merged module (see ``put_merged`` above) and its warnings, if ``data`` is one."""
    if not isinstance(data, dict):
        return None
    source, classes, given = data.get("source"), data.get("classes"), data.get("warnings")
    if not (
        isinstance(source, str)
        and isinstance(classes, dict)
        and all(
            is_string_pair(value) and value[1] in get_args(ModelKind) for value in classes.values()
        )
        and isinstance(given, list)
        and all(is_string_pair(item) for item in given)
    ):
        return None
    model_classes = {pointer: ModelClass(name, kind) for pointer, (name, kind) in classes.items()}
    pairs = [(message, pointer) for message, pointer in given]
    return ModelSet(source, MappingProxyType(model_classes)), pairs


def _options(package: str, template_dir: Path | None) -> dict[str, Any]:
    """datamodel-code-generator's options, as plain values (it reads the enums' values):
    a cached run never imports it."""
    return {
        "input_file_type": "openapi",
        "output_model_type": "pydantic_v2.BaseModel",
        "target_python_version": "3.11",
        "openapi_scopes": ["schemas", "paths", "webhooks"],
        "base_class": f"{package}._models.BaseModel",
        "custom_template_dir": template_dir,  # None: its own (faster, compiled) templates
        "formatters": [],
        "disable_timestamp": True,
        "use_annotated": True,
        "field_constraints": True,
        "use_standard_collections": True,
        "use_union_operator": True,
        "use_schema_description": True,
        "use_field_description": True,
        "use_single_line_docstring": True,
        "set_default_enum_member": True,
        "snake_case_field": True,
        "remove_special_field_name_prefix": True,  # "@type" is `type`, as the method's keyword argument
        "use_double_quotes": True,
        "strict_nullable": True,
        # A date-time without a time zone is still one: AwareDatetime would refuse it.
        "output_datetime_class": "datetime",
        "capitalise_enum_members": True,
        "treat_dot_as_module": False,  # `billing.session` is a name, not a module path: keep one module
        # Inline objects are named after their parent (`JobOwner`, not `Owner2`): readable, and
        # stable when unrelated schemas change, whichever part of a split they are generated in.
        "naming_strategy": "parent-prefixed",
        # ruff drops the ones a module does not use
        "additional_imports": [f"{package}._models.{name}" for name in OPEN_ENUMS.values()],
    }


def _fingerprint(options: dict[str, Any], template_dir: Path | None) -> str:
    """Everything besides the spec that the models depend on."""
    from importlib.metadata import version

    parts = [
        f"datamodel-code-generator {version('datamodel-code-generator')}",
        repr(sorted((k, repr(v)) for k, v in options.items())),
    ]
    if template_dir is not None:
        for path in sorted(template_dir.rglob("*")):
            if path.is_file():
                parts.append(f"{path.relative_to(template_dir)}:{path.read_bytes().hex()}")
    return "\n".join(parts)


# A schema takes about 2 KB of a spec file (openai.yaml: 3 MB for 1,422 schemas).
BYTES_PER_SCHEMA = 2048
_TERMINATING = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


@contextmanager
def _signals_held() -> Iterator[None]:
    """Termination signals wait while workers fork, until each has its own handlers
    (:func:`_quiet_on_signals`); the main process gets them once the block ends."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _TERMINATING)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


class ModelWorkers:
    """Processes that generate model parts, started before the spec is read.

    Each imports datamodel-code-generator (half a second) while the main process reads the
    spec, and holds only the parts it is sent, not the copy of the spec and the IR that a
    process forked later inherits.
    """

    def __init__(self, jobs: int, options: dict[str, Any]) -> None:
        self._pool = ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_warm_up,
            initargs=(options,),
        )
        others = set(multiprocessing.active_children())
        with _signals_held():  # a pool forks its processes as its first task comes
            self._pool.submit(int)
        self._processes = [p for p in multiprocessing.active_children() if p not in others]

    def submit(self, part: Mapping[str, Any], options: dict[str, Any]) -> Future[CacheEntry]:
        return self._pool.submit(_generate_part, part, options)

    def close(self, *, now: bool = False) -> None:
        """Stop the processes once they are idle, or ``now`` (the run failed or was
        interrupted) whatever they are doing. Again is harmless."""
        if now:
            for process in self._processes:
                process.terminate()
        self._pool.shutdown(wait=True, cancel_futures=True)


def early_workers(
    spec_file: Path, cache: ModelCache, package: str, template_dir: Path | None
) -> ModelWorkers | None:
    """Workers to start before ``spec_file`` is read, when it is likely to be generated in parts
    (judged by its size) and every part will be generated: no part's models are cached. A run
    that may find its models cached forks its workers only once it knows it needs them."""
    cpus = os.cpu_count() or 1
    if cpus < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return None
    try:
        parts = part_count(spec_file.stat().st_size // BYTES_PER_SCHEMA)
    except OSError:
        return None
    if parts < 2 or not cache.holds_no_part():
        return None
    return ModelWorkers(min(cpus, parts), _options(package, template_dir))


def _warm_up(options: dict[str, Any]) -> None:
    """Import datamodel-code-generator, and what it imports as it generates."""
    _quiet_on_signals()
    schemas = {"Warm": {"type": "object", "properties": {"up": {"type": "string"}}}}
    # Any error is the real parts' to report (a user's model template that fails, say): a
    # failed initializer would break the pool.
    with suppress(Exception):
        _generate_part(
            {"openapi": "3.0.3", "paths": {}, "components": {"schemas": schemas}}, options
        )


def _quiet_on_signals() -> None:
    """A termination signal ends a worker quietly (the main process reports it and stops the
    others): the handler it inherited would raise, with a traceback, where it waits for work."""
    for signum in _TERMINATING:
        signal.signal(signum, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _TERMINATING)


# Parts waiting for a worker forked to generate them: set before the workers fork, so they
# inherit it instead of receiving a copy of the spec through a pipe.
_PENDING: list[tuple[Mapping[str, Any], dict[str, Any]]] = []


def _generate_parts(
    parts: list[Mapping[str, Any]],
    options: dict[str, Any],
    jobs: int,
    finished: Callable[[], None],
    workers: ModelWorkers | None,
) -> list[CacheEntry]:
    """Each part's models, in order; ``finished`` is called as each part ends."""
    if not parts:
        return []
    if workers is not None:
        try:
            return _results([workers.submit(part, options) for part in parts], finished)
        finally:
            workers.close()  # what they hold is freed before the merge builds its module
    if len(parts) == 1 or jobs < 2 or "fork" not in multiprocessing.get_all_start_methods():
        results = []
        for part in parts:
            results.append(_generate_part(part, options))
            finished()
        return results
    _PENDING[:] = [(part, options) for part in parts]
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(
            max_workers=min(jobs, len(parts)), mp_context=context, initializer=_quiet_on_signals
        ) as pool:
            with _signals_held():  # the first task forks the workers
                futures = [pool.submit(_generate_pending, index) for index in range(len(parts))]
            return _results(futures, finished)
    finally:
        _PENDING.clear()


def _results(futures: list[Future[CacheEntry]], finished: Callable[[], None]) -> list[CacheEntry]:
    for future in as_completed(futures):
        if future.exception() is None:
            finished()
    # In part order: when several parts fail, the first one's error is reported.
    return [future.result() for future in futures]


def _generate_pending(index: int) -> CacheEntry:
    part, options = _PENDING[index]
    return _generate_part(part, options)


def _generate_part(part: Mapping[str, Any], options: dict[str, Any]) -> CacheEntry:
    from datamodel_code_generator import generate

    with tempfile.TemporaryDirectory(prefix="sdkgen-models-") as scratch:
        metadata_path = Path(scratch) / "models.json"
        try:
            with warnings.catch_warnings():
                warnings.simplefilter(
                    "ignore"
                )  # its notes about dropped constraints are not the user's concern
                source = generate(part, emit_model_metadata=metadata_path, **options)
        except Exception as exc:  # noqa: BLE001 - it raises many types; all mean the spec is beyond it
            if str(exc).strip() == "Models not found in the input data":
                return "", []  # a spec whose every schema is a primitive: no model module content
            first_line = (
                str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            )
            templates = options.get("custom_template_dir")
            if templates is not None:
                raise UsageError(
                    f"model generation with your model templates ({templates}) failed: {first_line}; "
                    "start from the ones `sdkgen templates export` writes under models/"
                ) from None
            raise SpecError(f"model generation failed: {first_line}") from None
        metadata = (
            json.loads(metadata_path.read_text(encoding="utf-8")) if metadata_path.exists() else {}
        )
    if not isinstance(source, str):
        raise SpecError("model generation produced no single module")
    models = metadata.get("models", []) if isinstance(metadata, dict) else []
    return source, [m for m in models if isinstance(m, dict)]
