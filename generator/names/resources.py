"""Resource class names: six classes per resource, never the name of a model."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from ..ir.model import Api, Resource
from .identifiers import class_name, unique

Flavour = Literal["sync", "async"]


@dataclass(frozen=True, slots=True)
class ResourceClasses:
    """The classes the SDK defines for one resource, spelt here and nowhere else."""

    name: str  # e.g. "Jobs"

    @property
    def resource(self) -> str:
        return f"{self.name}Resource"

    @property
    def async_resource(self) -> str:
        return f"Async{self.name}Resource"

    @property
    def raw(self) -> str:
        return f"{self.name}ResourceWithRawResponse"

    @property
    def async_raw(self) -> str:
        return f"Async{self.name}ResourceWithRawResponse"

    @property
    def streaming(self) -> str:
        return f"{self.name}ResourceWithStreamingResponse"

    @property
    def async_streaming(self) -> str:
        return f"Async{self.name}ResourceWithStreamingResponse"

    @property
    def all(self) -> tuple[str, ...]:
        return (
            self.resource,
            self.async_resource,
            self.raw,
            self.async_raw,
            self.streaming,
            self.async_streaming,
        )

    def resource_class(self, flavour: Flavour) -> str:
        return self.resource if flavour == "sync" else self.async_resource

    def raw_class(self, flavour: Flavour) -> str:
        return self.raw if flavour == "sync" else self.async_raw

    def streaming_class(self, flavour: Flavour) -> str:
        return self.streaming if flavour == "sync" else self.async_streaming


def resource_classes(
    api: Api, model_names: Iterable[str]
) -> dict[tuple[str, ...], ResourceClasses]:
    """The classes of every resource, by resource path.

    A resource is named after its IR name (``Jobs``) unless one of its classes would share
    a name with a model (a schema named ``CompactResource``): models keep their names, since
    users import those, and the resource takes its full path instead
    (``ResponsesCompactResource``), or a number if that is taken too.
    """
    taken = set(model_names)
    used = {resource.class_name for resource in api.all_resources()}
    found: dict[tuple[str, ...], ResourceClasses] = {}

    def clashes(name: str) -> bool:
        return any(variant in taken for variant in ResourceClasses(name).all)

    def visit(resource: Resource) -> None:
        for child in resource.children:  # children first: they had first pick of the names
            visit(child)
        name = resource.class_name
        if clashes(name):
            used.discard(name)
            base = class_name("_".join(resource.path), fallback="Resource")
            candidates = [base, f"{base}Api", *(f"{base}{n}" for n in range(2, 1000))]
            name = next(c for c in candidates if c not in used and not clashes(c))
            used.add(name)
        found[resource.path] = ResourceClasses(name)

    for resource in api.resources:
        visit(resource)
    return found


def resource_class_base(path: tuple[str, ...], leaf_names: Counter[str], taken: set[str]) -> str:
    """The name a resource's classes are built from: its own name (``Jobs``) unless two
    resources share it (then with its parents: ``FilesFiles``); a number tells apart the few
    that are still alike (``a.b`` and ``a_b`` are both ``AB``)."""
    name = class_name(
        path[-1] if leaf_names[path[-1]] == 1 else "_".join(path), fallback="Resource"
    )
    return unique(name, taken, separator="")


def webhooks_attribute(top_resource_names: Iterable[str]) -> str:
    """The client attribute that parses webhook requests: ``webhooks``, unless the API has a
    resource of that name (its own webhook settings, say); then ``webhook_events``."""
    return "webhook_events" if "webhooks" in set(top_resource_names) else "webhooks"
