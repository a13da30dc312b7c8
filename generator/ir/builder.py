"""Build the intermediate representation (:mod:`generator.ir.model`) from a loaded spec.

One module per OpenAPI object does the reading (``schemas``, ``parameters``,
``request_bodies``, ``responses``, ``operations``, ``servers``, ``security``);
``naming`` names the operations and groups them into resources. Problems are
reported with the JSON pointer of the node at fault; constructs the SDK does not
support yet are warned about and skipped where the rest stays sound. A schema,
operation, parameter or response in error is reported and reading goes on with the
next, so that one run reports every error it can find; naming starts only on a
spec read without one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from types import MappingProxyType

from ..config import Config
from ..errors import Diagnostics, UsageError
from ..names.pins import refuse
from ..spec.loader import Document
from ..spec.pointers import join_pointer
from .model import Api, Requirement
from .naming import OperationNamer
from .operations import draft_operations
from .pagination import PageShapes
from .responses import request_id_headers
from .schemas import SchemaBuilder
from .security import global_requirement, security, supported_only
from .servers import servers
from .webhooks import read_webhooks


def build_api(
    document: Document,
    config: Config,
    diagnostics: Diagnostics,
    unmatched: Callable[[UsageError], None] = refuse,
) -> Api:
    """The API the spec describes; an entry of ``[tool.sdkgen.names]`` that matches nothing
    in it is raised, or given to ``unmatched``."""
    schemas = SchemaBuilder(document, config, diagnostics)
    data = document.data
    info = schemas.mapping(data.get("info"), "/info", "info")
    components = schemas.mapping(data.get("components"), "/components", "components")
    component_schemas = schemas.mapping(
        components.get("schemas"), "/components/schemas", "components.schemas"
    )
    for name in component_schemas:
        with schemas.recovering():
            schemas.named_schema(join_pointer("/components/schemas", name))
    drafts = draft_operations(schemas, schemas)
    webhooks = read_webhooks(schemas, schemas, drafts)
    spec_wide: Requirement = ()
    with schemas.recovering():
        spec_wide = global_requirement(schemas)
    schemas.drain_all()
    with schemas.recovering():
        schemas.check_inheritance()
    schemas.raise_errors()
    requirements = [spec_wide if d.security is None else d.security for d in drafts]
    security_schemes, kept = security(schemas, spec_wide, requirements)
    drafts = [
        replace(draft, security=supported_only(requirement, kept))
        for draft, requirement in zip(drafts, requirements, strict=True)
    ]
    pages = PageShapes(schemas)
    namer = OperationNamer(schemas, pages, unmatched)
    operations = namer.name_operations(drafts)
    for problem in pages.unmatched():
        unmatched(problem)
    resources = namer.resources(operations)
    paginations = tuple(
        {op.pagination.page_class: op.pagination for op in operations if op.pagination}.values()
    )
    return Api(
        title=str(info.get("title") or "API"),
        version=str(info.get("version") or ""),
        description=schemas.text(info, "description", "/info"),
        openapi_version=document.openapi_version,
        servers=servers(schemas),
        security_schemes=security_schemes,
        security=supported_only(spec_wide, kept),
        schemas=MappingProxyType(dict(sorted(schemas.named.items()))),
        resources=resources,
        operations=tuple(operations),
        paginations=paginations,
        webhooks=webhooks,
        request_id_headers=request_id_headers(tuple(operations)),
    )
