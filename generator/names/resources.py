"""Resource class names: one per resource, never the name of a model."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..ir.model import Api, Resource
from .identifiers import class_name


def resource_class_names(class_name: str) -> tuple[str, ...]:
    """The classes the templates define for a resource named ``class_name``."""
    return (
        f"{class_name}Resource",
        f"Async{class_name}Resource",
        f"{class_name}ResourceWithRawResponse",
        f"Async{class_name}ResourceWithRawResponse",
    )


def avoid_model_names(api: Api, model_names: Iterable[str]) -> Api:
    """Rename resource classes that would share a name with a model (a schema named ``CompactResource``).

    Models keep their names: users import those. A resource class takes its full
    path instead (``ResponsesCompactResource``), or a number if that is taken too.
    """
    taken = set(model_names)
    if not any(
        name in taken for r in api.all_resources() for name in resource_class_names(r.class_name)
    ):
        return api
    used = {r.class_name for r in api.all_resources()}

    def rename(resource: Resource) -> Resource:
        children = tuple(rename(child) for child in resource.children)
        name = resource.class_name
        if any(variant in taken for variant in resource_class_names(name)):
            used.discard(name)
            base = class_name("_".join(resource.path), fallback="Resource")
            candidates = [base, f"{base}Api", *(f"{base}{n}" for n in range(2, 1000))]
            name = next(
                c
                for c in candidates
                if c not in used and not any(v in taken for v in resource_class_names(c))
            )
            used.add(name)
        return replace(resource, class_name=name, children=children)

    return replace(api, resources=tuple(rename(resource) for resource in api.resources))
