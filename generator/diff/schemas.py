"""Two versions of a schema, compared node by node, each change judged for the sides that use it.

The walk goes down properties, items, ``additionalProperties`` and union branches, merging
``allOf`` parts into one object. It stops at a ``$ref`` to a named schema that both versions
name alike: that schema is compared once, on its own, so a change in it is reported once
however many places use it. A ``$ref`` that now names another schema is followed into both
targets (a ``visited`` set of pointer pairs ends recursive schemas), so a renamed schema with
the same shape reports no field changes.

Union branches are matched by what identifies them, never by position: the discriminator's
value, a constant ``type`` tag, the name of the schema a branch refers to; only branches with
none of these fall back to their type and order.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..ir.model import MISSING, Api, Property, Schema
from .changes import Changes, Side, Spec, Verdict

# Formats that give a string another Python type in the SDK; others are plain strings.
TYPED_FORMATS = frozenset({"date-time", "date", "time", "binary"})

CLOSED_OBJECT = Verdict(
    True,
    "the old SDK's model refuses fields it does not know (additionalProperties: false), "
    "so it cannot parse a response carrying it",
)

Fields = dict[str, tuple[Property, str | None]]  # wire name -> (property, named schema it is from)


@dataclass(frozen=True, slots=True)
class Site:
    """Where a node sits: its subject (``schema Pet.owner``), the sides that use it, and
    whether it is inside a model class. The SDK's method signatures see through root models
    (a named union, scalar, array or map) down to the first model class; inside a model
    class, a field of such a type holds the root model, its value under ``.root``."""

    subject: str
    sides: tuple[Side, ...]
    in_model: bool = False

    def at(self, suffix: str) -> Site:
        return Site(self.subject + suffix, self.sides, self.in_model)

    def field(self, name: str) -> Site:
        return Site(f"{self.subject}.{name}", self.sides, in_model=True)


def name_of(schema: Schema, api: Api) -> str | None:
    """The component name a ``$ref`` node refers to."""
    if schema.ref is None:
        return None
    target = api.schemas.get(schema.ref)
    return target.name if target is not None else None


def kinds(schema: Schema, api: Api) -> frozenset[str]:
    """The JSON types a value may have (null aside), formats that change the Python type included."""
    types = schema.types
    if not types:
        if schema.properties or schema.additional_properties is not None:
            types = ("object",)
        elif schema.items is not None:
            types = ("array",)
        elif schema.enum is not None or schema.const is not MISSING:
            values = schema.enum if schema.enum is not None else (schema.const,)
            types = tuple(dict.fromkeys(_json_type(v) for v in values))
        elif schema.all_of:
            found = frozenset().union(*(kinds(api.resolve(p), api) for p in schema.all_of))
            return found - {"any"} or frozenset({"any"})
        else:
            return frozenset({"any"})
    return frozenset(
        f"string ({schema.format})" if t == "string" and schema.format in TYPED_FORMATS else t
        for t in types
    )


def _json_type(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, (list, tuple)):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "string" if value is not None else "null"


def root_model(schema: Schema) -> bool:
    """Whether a named schema's model class is a pydantic root model, its value under ``.root``
    (a union, a scalar, an array, a map), not a model with fields or an enum."""
    if schema.enum is not None or schema.properties or schema.all_of:
        return False
    if schema.types == ("object",):
        return isinstance(schema.additional_properties, Schema)
    return True


def _covers(found: frozenset[str], kind: str) -> bool:
    return kind in found or "any" in found or (kind == "integer" and "number" in found)


def relation(old: frozenset[str], new: frozenset[str]) -> str:
    """``widened`` (every old type still fits), ``narrowed`` (every new one fitted) or ``changed``."""
    if all(_covers(new, kind) for kind in old):
        return "widened"
    if all(_covers(old, kind) for kind in new):
        return "narrowed"
    return "changed"


def show(found: frozenset[str]) -> str:
    return "|".join(sorted(found))


def _values(values: list[object]) -> str:
    shown = ", ".join(repr(v) for v in values[:5])
    more = f" and {len(values) - 5} more" if len(values) > 5 else ""
    return f"enum value{'s' if len(values) > 1 else ''} {shown}{more}"


class SchemaDiff:
    def __init__(self, old: Api, new: Api, out: Changes) -> None:
        self.old = old
        self.new = new
        self.out = out

    def compare(self, old: Schema, new: Schema, site: Site) -> None:
        """Report every change from ``old`` to ``new``; the top node's own fields always count."""
        self._node(old, new, site, frozenset(), root=True)

    # -- one node ------------------------------------------------------------------

    def _node(
        self,
        old: Schema,
        new: Schema,
        site: Site,
        seen: frozenset[tuple[str, str]],
        *,
        root: bool = False,
    ) -> None:
        old_name, new_name = name_of(old, self.old), name_of(new, self.new)
        same_named = old_name is not None and old_name == new_name
        old_target, new_target = self.old.resolve(old), self.new.resolve(new)
        if same_named:  # the target's own nullability is that schema's change, reported there
            before, after = old.nullable, new.nullable
        else:
            before = old.nullable or old_target.nullable
            after = new.nullable or new_target.nullable
        if before != after:
            kind = "nullable-added" if after else "nullable-removed"
            detail = "may now be null" if after else "can no longer be null"
            self.out.add(kind, site.subject, detail, site.sides, new.pointer)
        pair = (old_target.pointer, new_target.pointer)
        if same_named or pair in seen:  # a recursive schema: this pair is being compared
            return
        seen = seen | {pair}
        if old_name != new_name:
            self._identity(old_name, old_target, new_name, new_target, site, new.pointer)
        self._shape(old_target, new_target, site, seen, root=root)

    def _identity(
        self,
        old_name: str | None,
        old: Schema,
        new_name: str | None,
        new: Schema,
        site: Site,
        pointer: str,
    ) -> None:
        """A place that now holds another named schema (another model class), or none."""
        was_root = old_name is not None and root_model(old)
        now_root = new_name is not None and root_model(new)
        if (was_root or now_root) and not site.in_model:
            return  # a method's signature sees through root models: only the shape counts
        if was_root != now_root:
            # A root model's class around the value appeared or went: one `.root` more or less.
            kind, detail = (
                ("unwrapped", f"no longer wrapped in the root model {old_name}")
                if was_root
                else ("wrapped", f"now wrapped in the root model {new_name}")
            )
            self.out.add(kind, site.subject, detail, site.sides, pointer)
            return
        if new_name is None and any(name_of(part, self.new) == old_name for part in new.all_of):
            return  # the new schema extends the old one: its class is a subclass
        if not (was_root or now_root or old.properties or new.properties or new.enum is not None):
            return  # no model class at this place, before or after
        was = f"schema {old_name}" if old_name else "an inline schema"
        now = f"schema {new_name}" if new_name else "an inline schema"
        self.out.add("schema-changed", site.subject, f"now {now}, was {was}", site.sides, pointer)

    def _shape(
        self, old: Schema, new: Schema, site: Site, seen: frozenset[tuple[str, str]], *, root: bool
    ) -> None:
        if old.one_of or old.any_of or new.one_of or new.any_of:
            self._unions(old, new, site, seen)
            return
        before, after = kinds(old, self.old), kinds(new, self.new)
        if before != after:
            how = relation(before, after)
            self.out.add(
                f"type-{how}",
                site.subject,
                f"type {how} from {show(before)} to {show(after)}",
                site.sides,
                new.pointer,
            )
            if how == "changed" and not before & after & {"object", "array"}:
                return
        self._values(old, new, site)
        self._bounds(old, new, site)
        if old.properties or new.properties or old.all_of or new.all_of:
            self._fields(old, new, site, seen, root=root)
        if old.items is not None and new.items is not None:
            self._node(old.items, new.items, site.at("[]"), seen)
        if isinstance(old.additional_properties, Schema) and isinstance(
            new.additional_properties, Schema
        ):
            self._node(old.additional_properties, new.additional_properties, site.at("{}"), seen)

    # -- values: const, enum, bounds -------------------------------------------------------

    def _values(self, old: Schema, new: Schema, site: Site) -> None:
        add = self.out.add
        if old.const is not MISSING or new.const is not MISSING:
            if old.const is MISSING:
                add(
                    "type-narrowed",
                    site.subject,
                    f"now always {new.const!r}",
                    site.sides,
                    new.pointer,
                )
            elif new.const is MISSING:
                add(
                    "type-widened",
                    site.subject,
                    f"no longer always {old.const!r}",
                    site.sides,
                    new.pointer,
                )
            elif old.const != new.const:
                detail = f"value changed from {old.const!r} to {new.const!r}"
                add("type-changed", site.subject, detail, site.sides, new.pointer)
        if old.enum is not None and new.enum is not None:
            removed = [v for v in old.enum if v not in new.enum]
            added = [v for v in new.enum if v not in old.enum]
            if removed:
                detail = f"{_values(removed)} removed"
                add(
                    "enum-values-removed",
                    site.subject,
                    detail,
                    site.sides,
                    f"{old.pointer}/enum",
                    "old",
                )
            if added:
                detail = f"{_values(added)} added"
                add("enum-values-added", site.subject, detail, site.sides, f"{new.pointer}/enum")
        elif old.enum is not None:
            add(
                "type-widened",
                site.subject,
                "no longer limited to its enum values",
                site.sides,
                new.pointer,
            )
        elif new.enum is not None:
            detail = f"now limited to {_values(list(new.enum))}"
            add("type-narrowed", site.subject, detail, site.sides, f"{new.pointer}/enum")

    def _bounds(self, old: Schema, new: Schema, site: Site) -> None:
        for keyword, before, after, higher_is_tighter in (
            ("minLength", old.min_length, new.min_length, True),
            ("minimum", old.minimum, new.minimum, True),
            ("maximum", old.maximum, new.maximum, False),
        ):
            if before == after:
                continue
            if before is None:
                tighter, detail = True, f"{keyword} {after:g} added"
            elif after is None:
                tighter, detail = False, f"{keyword} {before:g} removed"
            else:
                tighter = (after > before) == higher_is_tighter
                detail = f"{keyword} changed from {before:g} to {after:g}"
            kind = "constraint-tightened" if tighter else "constraint-relaxed"
            spec: Spec = "new" if after is not None else "old"
            pointer = new.pointer if after is not None else old.pointer
            self.out.add(kind, site.subject, detail, site.sides, f"{pointer}/{keyword}", spec)

    # -- objects -----------------------------------------------------------------------------

    def fields_of(self, schema: Schema, api: Api, origin: str | None) -> tuple[Fields, set[str]]:
        """Properties with ``allOf`` parts merged, each with the named schema it comes from."""
        fields: Fields = {}
        parts: set[str] = {origin} if origin else set()
        for part in schema.all_of:
            part_origin = name_of(part, api) or origin
            found, named = self.fields_of(api.resolve(part), api, part_origin)
            fields.update(found)
            parts |= named
        fields.update((p.name, (p, origin)) for p in schema.properties)
        return fields, parts

    def _fields(
        self, old: Schema, new: Schema, site: Site, seen: frozenset[tuple[str, str]], *, root: bool
    ) -> None:
        # A field that comes from a named schema both versions merge in is that schema's business.
        before, old_parts = self.fields_of(old, self.old, None if root else old.name)
        after, new_parts = self.fields_of(new, self.new, None if root else new.name)
        closed = old.additional_properties is False
        for name, (prop, origin) in before.items():
            if name not in after and not (origin and origin in new_parts):
                self.out.add(
                    "field-removed",
                    site.field(name).subject,
                    "field removed",
                    site.sides,
                    prop.schema.pointer,
                    "old",
                )
        for name, (prop, origin) in after.items():
            if name not in before and not (origin and origin in old_parts):
                required = "required" if prop.required else "optional"
                self.out.add(
                    f"{required}-field-added",
                    site.field(name).subject,
                    f"{required} field added",
                    site.sides,
                    prop.schema.pointer,
                    override={"response": CLOSED_OBJECT} if closed else None,
                )
        for name, (prop, origin) in before.items():
            if name not in after:
                continue
            later, later_origin = after[name]
            if origin is not None and origin == later_origin:
                continue
            self._field(prop, later, site.field(name), seen)

    def _field(
        self, old: Property, new: Property, site: Site, seen: frozenset[tuple[str, str]]
    ) -> None:
        if old.required != new.required:
            kind = "field-required" if new.required else "field-optional"
            detail = "field became required" if new.required else "field became optional"
            self.out.add(kind, site.subject, detail, site.sides, new.schema.pointer)
        if old.python_name != new.python_name:
            detail = f"attribute renamed from {old.python_name} to {new.python_name}"
            self.out.add("attribute-renamed", site.subject, detail, ("sdk",), new.schema.pointer)
        self._node(old.schema, new.schema, site, seen)

    # -- unions --------------------------------------------------------------------------

    def branches(self, schema: Schema, api: Api) -> dict[str, Schema]:
        """The branches of a union (or the schema itself, for one that is not), by key."""
        found: dict[str, Schema] = {}
        for branch in schema.one_of or schema.any_of or (schema,):
            key = self.branch_key(branch, schema, api)
            unique, number = key, 2
            while unique in found:
                unique, number = f"{key}#{number}", number + 1
            found[unique] = branch
        return found

    def branch_key(self, branch: Schema, union: Schema, api: Api) -> str:
        target = api.resolve(branch)
        tags = ["type"]
        if union.discriminator is not None:
            name = union.discriminator.property_name
            for value, pointer in union.discriminator.mapping.items():
                if branch.ref == pointer:
                    return f"{name}={value}"
            tags.insert(0, name)
        for tag in tags:
            tagged = self.tag(target, tag, api)
            if tagged is not None:
                return f"{tag}={tagged}"
        named = name_of(branch, api)
        if named is not None:
            return named
        return show(kinds(target, api)) + (" enum" if target.enum is not None else "")

    def tag(self, schema: Schema, name: str, api: Api) -> str | None:
        """The constant value of property ``name``, when the schema fixes one."""
        fields, _ = self.fields_of(schema, api, None)
        if name not in fields:
            return None
        value = api.resolve(fields[name][0].schema)
        if value.const is not MISSING:
            return str(value.const)
        if value.enum is not None and len(value.enum) == 1:
            return str(value.enum[0])
        return None

    def _members(self, branch: Schema, api: Api) -> dict[str, Schema]:
        """A branch's own branches, when the branch is itself a union."""
        target = api.resolve(branch)
        return self.branches(target, api) if target.one_of or target.any_of else {}

    def _unions(
        self, old: Schema, new: Schema, site: Site, seen: frozenset[tuple[str, str]]
    ) -> None:
        before, after = self.branches(old, self.old), self.branches(new, self.new)
        lost = [key for key in before if key not in after]
        gained = [key for key in after if key not in before]
        pairs = [(before[key], after[key], site.at(f"[{key}]")) for key in before if key in after]
        # A branch that was a union of its own, now replaced by its members (or the reverse).
        for key in list(lost):
            members = self._members(before[key], self.old)
            hits = [member for member in members if member in gained]
            if hits:
                detail = f"union branch replaced by its {len(hits)} members"
                where = site.at(f"[{key}]").subject
                if site.in_model:
                    self.out.add("unwrapped", where, detail, site.sides, before[key].pointer, "old")
                lost.remove(key)
                for member in hits:
                    gained.remove(member)
                    pairs.append((members[member], after[member], site.at(f"[{member}]")))
        for key in list(gained):
            members = self._members(after[key], self.new)
            hits = [member for member in members if member in lost]
            if hits:
                detail = f"union branch now wraps {len(hits)} members"
                where = site.at(f"[{key}]").subject
                if site.in_model:
                    self.out.add("wrapped", where, detail, site.sides, after[key].pointer)
                gained.remove(key)
                for member in hits:
                    lost.remove(member)
                    pairs.append((before[member], members[member], site.at(f"[{member}]")))
        for key in lost:
            self.out.add(
                "branch-removed",
                site.at(f"[{key}]").subject,
                "union branch removed",
                site.sides,
                before[key].pointer,
                "old",
            )
        for key in gained:
            self.out.add(
                "branch-added",
                site.at(f"[{key}]").subject,
                "union branch added",
                site.sides,
                after[key].pointer,
            )
        for old_branch, new_branch, branch_site in pairs:
            # A schema that is not a union stands as its own one branch; its nullability
            # was compared already, beside the union's.
            if old_branch is old:
                old_branch = replace(old, nullable=False)
            if new_branch is new:
                new_branch = replace(new, nullable=False)
            self._node(old_branch, new_branch, branch_site, seen)
