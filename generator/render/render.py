"""Render the templates into an in-memory set of files.

Which template produces which file is listed in ``OUTPUTS``. A user's
template folder (``--templates``) is searched before the built-in one, and
the built-ins stay reachable as ``builtin/<name>`` so an override can
``{% extends "builtin/<name>" %}`` and replace single blocks.

The SDK's runtime (HTTP, errors, pages, the CLI interpreter) is plain Python:
those ``.py`` files are copied as they are written, through the same lookup,
and what they need to know of the API comes from small rendered ``_settings``
modules beside them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import jinja2

from .. import __version__
from ..cache import TypeModulesCache
from ..config import Config
from ..errors import SdkgenError, UsageError
from ..ir.model import Api, Operation, Resource
from ..models import ModelSet
from ..models.modules import type_modules
from ..names.identifiers import unique
from .docs import DocBuilder
from .examples import TypedExamples
from .filters import FILTERS
from .overrides import BUILTIN_PREFIX, check_python, check_user_templates
from .pytypes import TypeMapper
from .readme import readme_examples
from .views import Views

Each = Literal["once", "webhooks", "resource", "resource_package", "tested_resource", "operation"]


@dataclass(frozen=True, slots=True)
class Output:
    template: str  # a Jinja template, or a runtime module (``.py``) copied as it is
    path: str  # a str.format pattern over the names below
    each: Each = "once"

    @property
    def verbatim(self) -> bool:
        return self.template.endswith(".py")


# Paths are relative to the output folder. {package} and {cli_package} come from
# the config; {module_path}, {package_path} and (with operations) {test_name} from
# a resource; {doc_path} from an operation.
OUTPUTS: tuple[Output, ...] = (
    Output("sdk/pyproject.toml.jinja", "pyproject.toml"),
    Output("sdk/README.md.jinja", "README.md"),
    Output("sdk/package/__init__.py.jinja", "src/{package}/__init__.py"),
    Output("sdk/package/py.typed.jinja", "src/{package}/py.typed"),
    Output("sdk/package/_version.py.jinja", "src/{package}/_version.py"),
    Output("sdk/package/_settings.py.jinja", "src/{package}/_settings.py"),
    Output("sdk/package/_types.py", "src/{package}/_types.py"),
    Output("sdk/package/_exceptions.py", "src/{package}/_exceptions.py"),
    Output("sdk/package/_jsonable.py", "src/{package}/_jsonable.py"),
    Output("sdk/package/_models.py", "src/{package}/_models.py"),
    Output("sdk/package/_tolerant.py", "src/{package}/_tolerant.py"),
    Output("sdk/package/_response.py", "src/{package}/_response.py"),
    Output("sdk/package/_request_id.py", "src/{package}/_request_id.py"),
    Output("sdk/package/_streaming_response.py", "src/{package}/_streaming_response.py"),
    Output("sdk/package/_logs.py", "src/{package}/_logs.py"),
    Output("sdk/package/_secrets.py", "src/{package}/_secrets.py"),
    Output("sdk/package/_auth.py", "src/{package}/_auth.py"),
    Output("sdk/package/_retries.py", "src/{package}/_retries.py"),
    Output("sdk/package/_limits.py", "src/{package}/_limits.py"),
    Output("sdk/package/_redirects.py", "src/{package}/_redirects.py"),
    Output("sdk/package/_streaming.py", "src/{package}/_streaming.py"),
    Output("sdk/package/_base_client.py", "src/{package}/_base_client.py"),
    Output("sdk/package/_paging.py", "src/{package}/_paging.py"),
    Output("sdk/package/_pagination.py.jinja", "src/{package}/_pagination.py"),
    Output("sdk/package/_resource.py", "src/{package}/_resource.py"),
    Output("sdk/package/_client.py.jinja", "src/{package}/_client.py"),
    Output("sdk/package/_client_responses.py.jinja", "src/{package}/_client_responses.py"),
    Output("sdk/package/_webhooks.py", "src/{package}/_webhooks.py", "webhooks"),
    Output("sdk/package/webhooks.py.jinja", "src/{package}/webhooks.py", "webhooks"),
    Output("sdk/package/resources/__init__.py.jinja", "src/{package}/resources/__init__.py"),
    Output("sdk/package/resources/__init__.pyi.jinja", "src/{package}/resources/__init__.pyi"),
    Output(
        "sdk/package/resources/resource.py.jinja",
        "src/{package}/resources/{module_path}",
        "resource",
    ),
    Output(
        "sdk/package/resources/package_init.py.jinja",
        "src/{package}/resources/{package_path}/__init__.py",
        "resource_package",
    ),
    Output("sdk/package/types/__init__.py.jinja", "src/{package}/types/__init__.py"),
    Output("sdk/package/types/__init__.pyi.jinja", "src/{package}/types/__init__.pyi"),
    Output("sdk/package/types/_index.py.jinja", "src/{package}/types/_index.py"),
    Output("sdk/cli/__init__.py.jinja", "src/{cli_package}/__init__.py"),
    Output("sdk/cli/__main__.py.jinja", "src/{cli_package}/__main__.py"),
    Output("sdk/cli/_settings.py.jinja", "src/{cli_package}/_settings.py"),
    Output("sdk/cli/_sdk.py.jinja", "src/{cli_package}/_sdk.py"),
    Output("sdk/cli/_commands.py.jinja", "src/{cli_package}/_commands.py"),
    Output("sdk/cli/_types.py", "src/{cli_package}/_types.py"),
    Output("sdk/cli/_app.py", "src/{cli_package}/_app.py"),
    Output("sdk/cli/_parser.py", "src/{cli_package}/_parser.py"),
    Output("sdk/cli/_values.py", "src/{cli_package}/_values.py"),
    Output("sdk/cli/_output.py", "src/{cli_package}/_output.py"),
    Output("sdk/cli/_pretty.py", "src/{cli_package}/_pretty.py"),
    Output("sdk/cli/_terminal.py", "src/{cli_package}/_terminal.py"),
    Output("sdk/cli/_errors.py", "src/{cli_package}/_errors.py"),
    Output("sdk/cli/_debug.py", "src/{cli_package}/_debug.py"),
    Output("sdk/cli/_completion.py", "src/{cli_package}/_completion.py"),
    Output("sdk/tests/__init__.py.jinja", "tests/__init__.py"),
    Output("sdk/tests/conftest.py.jinja", "tests/conftest.py"),
    Output("sdk/tests/utils.py.jinja", "tests/utils.py"),
    Output("sdk/tests/test_resource.py.jinja", "tests/test_{test_name}.py", "tested_resource"),
    Output("docs/index.md.jinja", "docs/index.md"),
    Output("docs/operation.md.jinja", "docs/{doc_path}.md", "operation"),
)


def builtin_template_dir() -> Path:
    """``templates/`` at the top of a source checkout, or ``generator/templates`` when installed."""
    package = Path(__file__).resolve().parents[1]
    installed = package / "templates"
    return installed if installed.is_dir() else package.parent / "templates"


def make_environment(
    user_templates: Path | None, cache_directory: Path | None = None
) -> jinja2.Environment:
    """The template environment; with ``cache_directory``, compiled templates are kept there."""
    builtin = jinja2.FileSystemLoader(str(builtin_template_dir()))
    loaders: list[jinja2.BaseLoader] = []
    if user_templates is not None:
        if not user_templates.is_dir():
            raise UsageError(f"template folder {str(user_templates)!r} does not exist")
        _refuse_retired_templates(user_templates)
        loaders.append(jinja2.FileSystemLoader(str(user_templates)))
    loaders.append(builtin)
    loaders.append(jinja2.PrefixLoader({BUILTIN_PREFIX: builtin}))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # we emit code and Markdown; the filters do the escaping
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=_bytecode_cache(cache_directory),
    )
    env.filters.update(FILTERS)
    return env


def _refuse_retired_templates(folder: Path) -> None:
    """A runtime module that used to be a template: an override under its old name would now be
    left unused without a word."""
    for output in OUTPUTS:
        old = folder / f"{output.template}.jinja"
        if output.verbatim and old.is_file():
            raise UsageError(
                f"template {old}: {output.template} is plain Python now, not a template; "
                f"put your version of it in {folder / output.template}"
            )


def _bytecode_cache(directory: Path | None) -> jinja2.BytecodeCache | None:
    """Jinja checks each template's source against its cached code; the code also depends on
    Jinja's and sdkgen's versions (their environment options), hence a folder per pair."""
    if directory is None:
        return None
    folder = directory / "templates" / f"sdkgen-{__version__}-jinja2-{jinja2.__version__}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # best effort, like the models cache
    return jinja2.FileSystemBytecodeCache(str(folder))


@dataclass(frozen=True, slots=True)
class RenderContext:
    api: Api
    config: Config
    models: ModelSet
    types: TypeMapper
    docs: DocBuilder
    views: Views


def resource_module_path(resource: Resource) -> str:
    """``classifier/jobs.py`` for a leaf, ``classifier/classifier.py`` for a resource with children
    (``files/_files.py`` when one of them is ``files.files``)."""
    if resource.children:
        return "/".join((*resource.path, resource.own_module)) + ".py"
    return "/".join(resource.path) + ".py"


def render_all(
    api: Api,
    config: Config,
    models: ModelSet,
    cache_directory: Path | None = None,
    rendered: Callable[[int], None] = lambda count: None,
    type_cache: TypeModulesCache | None = None,
) -> dict[str, str]:
    """Every file the templates make, with the models module; ``rendered`` hears the count so far,
    ``type_cache`` keeps the models' modules."""
    env = make_environment(config.templates, cache_directory)
    if config.templates is not None:
        check_user_templates(env, config.templates, builtin_names(), builtin_template_dir())
    types = TypeMapper(api, models)
    views = Views(api, types, models.names, type_modules(models, config.type_modules, type_cache))
    context = RenderContext(api, config, models, types, DocBuilder(api, config.cli_name), views)
    base = _base_variables(context)
    files: dict[str, str] = {}
    sources: dict[str, tuple[str, Path | None]] = {}  # path -> (template, the user's file)
    claims = _Claims()
    for output in OUTPUTS:
        user_file = config.templates / output.template if config.templates is not None else None
        render = (
            _copier(env, output.template) if output.verbatim else _load(env, output.template).render
        )
        for path_values, variables, source in _instances(output.each, context):
            path = output.path.format(
                package=config.package, cli_package=config.cli_package, **path_values
            )
            claims.claim(path, f"{output.template}{source}")
            sources[path] = (
                output.template,
                user_file if user_file and user_file.is_file() else None,
            )
            try:
                files[path] = render(**base, **variables)
            except SdkgenError:
                raise
            except jinja2.TemplateError as exc:
                raise UsageError(f"template {output.template}: {exc}") from exc
            rendered(len(files))
    check_python(files, sources)
    for module, source in context.views.types.sources.items():
        path = f"src/{config.package}/types/{module}.py"
        claims.claim(path, "the models")
        files[path] = source
    return dict(sorted(files.items()))


def builtin_names() -> list[str]:
    """Every built-in template and runtime module, relative to the template folder."""
    root = builtin_template_dir()
    return sorted(
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file()
        and path.suffix in (".jinja", ".jinja2", ".py")
        and "__pycache__" not in path.parts
    )


class _Claims:
    """Which output each file comes from: two outputs for one file, or for one Python module
    (``a/b.py`` and ``a/b/__init__.py``), would leave one of them lost. Names are chosen so that
    this cannot happen; were it to, it is a bug in sdkgen, reported before anything is written."""

    def __init__(self) -> None:
        self._by_key: dict[str, tuple[str, str]] = {}  # file or module -> (path, source)

    def claim(self, path: str, source: str) -> None:
        key = path.removesuffix(".py").removesuffix("/__init__") if path.endswith(".py") else path
        if key not in self._by_key:
            self._by_key[key] = (path, source)
            return
        first_path, first_source = self._by_key[key]
        clash = (
            f"{path} would be written twice"
            if path == first_path
            else f"{first_path} and {path} would be one module"
        )
        raise SdkgenError(f"internal error: {clash}, from {first_source} and from {source}")


def _copier(env: jinja2.Environment, name: str) -> Callable[..., str]:
    """A runtime module's text as it is written, the user's version first; no Jinja in it."""
    assert env.loader is not None
    try:
        source, _, _ = env.loader.get_source(env, name)
    except jinja2.TemplateNotFound:
        raise UsageError(f"template {name!r} not found") from None
    return lambda **_: source


def _load(env: jinja2.Environment, name: str) -> jinja2.Template:
    try:
        return env.get_template(name)
    except jinja2.TemplateSyntaxError as exc:
        raise UsageError(f"template {exc.filename or name}:{exc.lineno}: {exc.message}") from None
    except jinja2.TemplateNotFound as exc:
        raise UsageError(f"template {exc.name!r} not found") from None


def _base_variables(context: RenderContext) -> dict[str, Any]:
    config = context.config
    return {
        "api": context.api,
        "config": config,
        "package": config.package,
        "cli_package": config.cli_package,
        "client_class": config.client_class,
        "cli_name": config.cli_name,
        "env_prefix": config.env_prefix,
        "sdk_version": config.sdk_version,
        "models": context.models,
        "types": context.types,
        "docs": context.docs,
        "test_examples": TypedExamples(context.docs, context.types),
        "views": context.views,
        "readme": readme_examples(context.api, context.views, context.docs, config.package),
        "resource_module_path": resource_module_path,
    }


def _instances(
    each: Each, context: RenderContext
) -> Iterator[tuple[dict[str, str], dict[str, Any], str]]:
    """For each file a template makes: the names in its path, its variables, and what it is for."""
    if each == "once" or (each == "webhooks" and context.api.webhooks):
        yield {}, {}, ""
    elif each == "webhooks":
        return
    elif each in ("resource", "resource_package", "tested_resource"):
        test_names = _test_names(context.api)
        for resource in context.api.all_resources():
            if (each == "tested_resource" and not resource.operations) or (
                each == "resource_package" and not resource.children
            ):
                continue
            names = {
                "module_path": resource_module_path(resource),
                "package_path": "/".join(resource.path),
            }
            if resource.path in test_names:
                names["test_name"] = test_names[resource.path]
            yield (
                names,
                {"resource": resource, "view": context.views.resource(resource)},
                f" for resource {'.'.join(resource.path)}",
            )
    else:
        for operation in context.api.operations:
            yield (
                {"doc_path": _doc_path(operation)},
                {
                    "operation": operation,
                    "page": context.docs.page(operation, context.views.method(operation)),
                },
                f" for {operation.http_method.upper()} {operation.path}",
            )


def _test_names(api: Api) -> dict[tuple[str, ...], str]:
    """``classifier_jobs`` for ``classifier.jobs``; ``a.b`` and ``a_b`` would share one, so the
    second gets a number."""
    taken: set[str] = set()
    return {
        resource.path: unique("_".join(resource.path), taken)
        for resource in api.all_resources()
        if resource.operations
    }


def _doc_path(operation: Operation) -> str:
    return "/".join((*operation.resource_path, operation.method_name))
