"""What the models stage hands on: one module of models, and the class each schema became."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

ModelKind = Literal["model", "root", "enum"]


@dataclass(frozen=True, slots=True)
class ModelClass:
    name: str
    kind: ModelKind


@dataclass(frozen=True, slots=True)
class ModelSet:
    source: str  # one module with every model
    classes: Mapping[str, ModelClass]  # schema pointer -> generated class

    def for_pointer(self, pointer: str) -> ModelClass | None:
        return self.classes.get(pointer)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(sorted({c.name for c in self.classes.values()}))
