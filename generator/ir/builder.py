"""Build the intermediate representation (:mod:`generator.ir`) from a loaded spec.

Each schema node is turned into an :class:`~generator.ir.Schema` exactly once
(memoised by JSON pointer), and each operation is named, grouped into
resources and checked. Problems are reported with the JSON pointer of the
node at fault; constructs we do not generate code for yet are warned about
and skipped where the rest stays sound.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any

from ..config import Config
from ..errors import Diagnostics, SpecError
from ..names.identifiers import (
    MODEL_ATTRIBUTES,
    RESERVED_METHOD_NAMES,
    RESERVED_PARAMETER_NAMES,
    RESERVED_RESOURCE_NAMES,
    class_name,
    cli_flag,
    python_identifier,
    snake_case,
    unique,
)
from ..names.paths import (
    COLLECTION_METHODS,
    ITEM_METHODS,
    PathName,
    collections,
    path_names,
    resource_and_action,
    strip_fastapi_suffix,
)
from ..spec.loader import Document
from ..spec.pointers import (
    HTTP_METHODS,
    escape_pointer_token,
    join_pointer,
    ref_target,
    unescape_pointer_token,
)
from .model import (
    MISSING,
    Api,
    Auth,
    BodyEncoding,
    BodyField,
    Discriminator,
    Operation,
    Pagination,
    Parameter,
    Property,
    RequestBody,
    Resource,
    Response,
    ResponseKind,
    Schema,
    Server,
)

# JSON Schema keywords the models do not express yet, and what the SDK does instead.
_UNSUPPORTED_KEYWORDS = {
    "not": "'not' is not supported yet; the value is not checked against it",
    "patternProperties": "patternProperties are not supported yet; the value is typed as a dict, its keys unchecked",
    "prefixItems": "prefixItems (tuples) are not supported yet; the value is typed as a list",
    "if": "if/then/else is not supported yet; the value is not checked against it",
    "dependentSchemas": "dependentSchemas are not supported yet; the value is not checked against them",
    "unevaluatedProperties": "unevaluatedProperties is not supported yet; the value is not checked against it",
}
# Parameter styles the generated client can send, by location.
_STYLES = {
    "path": ("simple",),
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
    "header": ("simple",),
    "cookie": ("form",),
}
JSON_TYPES = frozenset({"string", "number", "integer", "boolean", "array", "object", "null"})
_PATH_TEMPLATE = re.compile(r"{([^{}/]+)}")
_HTTP_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_MEDIA_TYPE = re.compile(r"[\x21-\x7e]+(?:[ \t]*;[\x20-\x7e\t]*)?")
EXTENSION_PREFIX = "x-sdkgen-"
MAX_NAME_LENGTH = 100  # resource and method names become file names


def build_api(document: Document, config: Config, diagnostics: Diagnostics) -> Api:
    return _Builder(document, config, diagnostics).build()


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


class _Builder:
    def __init__(self, document: Document, config: Config, diagnostics: Diagnostics) -> None:
        self.doc = document
        self.config = config
        self.diagnostics = diagnostics
        self.schemas: dict[str, Schema] = {}  # every schema node built, by pointer
        self.named: dict[str, Schema] = {}  # $ref targets and components/schemas, by pointer
        self._pending: list[str] = []
        self._page_classes: dict[tuple[Any, ...], str] = {}  # pagination shape -> page class name

    # -- helpers -------------------------------------------------------------

    def error(self, message: str, pointer: str) -> SpecError:
        return SpecError(message, self.doc.location(pointer))

    def warn(self, message: str, pointer: str) -> None:
        self.diagnostics.warn(message, self.doc.location(pointer))

    def invalid(self, message: str, pointer: str) -> None:
        """A spec-validity problem that does not change the generated code: an error unless lenient."""
        if self.config.lenient:
            self.warn(message, pointer)
        else:
            raise self.error(
                f"{message}; the generated code does not depend on it: set lenient = true in [tool.sdkgen] "
                "to make this a warning",
                pointer,
            )

    def check_header_name(self, name: str, pointer: str, location: str = "header") -> None:
        """Header and cookie names are HTTP tokens. A line break or other control character could
        split the request: an error. Other odd characters (a space): HTTP clients refuse to send
        the header, a warning."""
        if _HTTP_TOKEN.fullmatch(name):
            return
        rule = f"{name!r} is not a valid {location} name (letters, digits and !#$%&'*+-.^_`|~ only)"
        if not name.isascii() or not name.isprintable():
            raise self.error(rule, pointer)
        self.warn(f"{rule}; HTTP clients refuse to send it", pointer)

    def check_media_type(self, media_type: str, pointer: str) -> None:
        """A media type the SDK sends as Content-Type or Accept must be a valid header value."""
        if not _MEDIA_TYPE.fullmatch(media_type):
            raise self.error(f"{media_type!r} is not a valid media type", pointer)

    def mapping(self, node: Any, pointer: str, what: str) -> dict[str, Any]:
        if node is None:
            return {}
        if not isinstance(node, dict):
            raise self.error(f"{what} must be a mapping", pointer)
        return node

    def text(self, node: Mapping[str, Any], key: str, pointer: str) -> str | None:
        value = node.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(f"'{key}' must be a string", join_pointer(pointer, key))
        return value if value.strip() else None  # blank text is no text

    def deref(self, node: Any, pointer: str) -> tuple[Any, str]:
        return self.doc.resolve(node, pointer)

    # -- top level -----------------------------------------------------------

    def build(self) -> Api:
        data = self.doc.data
        info = self.mapping(data.get("info"), "/info", "info")
        components = self.mapping(data.get("components"), "/components", "components")
        component_schemas = self.mapping(
            components.get("schemas"), "/components/schemas", "components.schemas"
        )
        for name in component_schemas:
            self.named_schema(join_pointer("/components/schemas", name))
        operations = self.operations()
        if data.get("webhooks"):
            self.warn("webhooks are not supported yet; the SDK does not receive them", "/webhooks")
        self.drain_pending()
        self.check_inheritance()
        resources = self.resources(operations)
        paginations = tuple(
            {op.pagination.page_class: op.pagination for op in operations if op.pagination}.values()
        )
        return Api(
            title=str(info.get("title") or "API"),
            version=str(info.get("version") or ""),
            description=self.text(info, "description", "/info"),
            openapi_version=self.doc.openapi_version,
            servers=self.servers(),
            auth=self.auth(),
            schemas=MappingProxyType(dict(sorted(self.named.items()))),
            resources=resources,
            operations=tuple(operations),
            paginations=paginations,
        )

    def check_inheritance(self) -> None:
        """A schema that extends itself through allOf, directly or through others, has no model."""
        for start, schema in self.named.items():
            pending = [(target, site, [start]) for target, site in _parents(schema)]
            seen: set[str] = set()
            while pending:
                target, site, chain = pending.pop()
                if target == start:
                    loop = " -> ".join([*chain, target])
                    raise self.error(f"allOf cycle: a schema cannot extend itself: {loop}", site)
                if target in seen or target not in self.named:
                    continue
                seen.add(target)
                pending.extend(
                    (after, site, [*chain, target]) for after, _ in _parents(self.named[target])
                )

    def servers(self) -> tuple[Server, ...]:
        servers = []
        raw = self.doc.data.get("servers") or []
        if not isinstance(raw, list):
            raise self.error("servers must be a list", "/servers")
        for index, server in enumerate(raw):
            pointer = join_pointer("/servers", index)
            server = self.mapping(server, pointer, "a server")
            url = self.text(server, "url", pointer)
            if url is None:
                raise self.error("a server needs a url", pointer)
            variables = self.mapping(
                server.get("variables"), join_pointer(pointer, "variables"), "variables"
            )
            for name, variable in variables.items():
                default = self.mapping(
                    variable, join_pointer(pointer, "variables", name), "a variable"
                ).get("default")
                url = url.replace("{" + name + "}", str(default if default is not None else ""))
            servers.append(Server(url=url, description=self.text(server, "description", pointer)))
        return tuple(servers)

    def auth(self) -> Auth | None:
        """The first supported scheme the spec's security requirements name.

        Unsupported schemes are reported only where a requirement offers no supported
        alternative (Stripe offers basic or bearer auth: bearer is enough).
        """
        components = self.doc.data.get("components") or {}
        schemes = self.mapping(
            components.get("securitySchemes"), "/components/securitySchemes", "securitySchemes"
        )
        # Each security list offers alternatives; each alternative names the schemes it needs together.
        security_lists: list[list[set[str]]] = []
        if self.doc.data.get("security"):
            security_lists.append([set(r or {}) for r in self.doc.data["security"]])
        for path_item in (self.doc.data.get("paths") or {}).values():
            for method in HTTP_METHODS:
                operation = (path_item or {}).get(method) if isinstance(path_item, dict) else None
                if isinstance(operation, dict) and operation.get("security"):
                    security_lists.append([set(r or {}) for r in operation["security"]])
        supported: dict[str, Auth] = {}
        unsupported: dict[str, tuple[str, str]] = {}  # name -> (description, pointer)
        named = (
            name
            for alternatives in security_lists
            for needed in alternatives
            for name in sorted(needed)
        )
        for name in dict.fromkeys(named):
            pointer = join_pointer("/components/securitySchemes", name)
            if name not in schemes:
                raise self.error(
                    f"security requirement names an undefined scheme {name!r}", "/security"
                )
            scheme, pointer = self.deref(schemes[name], pointer)
            scheme = self.mapping(scheme, pointer, "a security scheme")
            kind, where = scheme.get("type"), scheme.get("in")
            description = self.text(scheme, "description", pointer)
            is_bearer = kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer"
            if is_bearer or kind in ("oauth2", "openIdConnect"):
                supported[name] = Auth("bearer", name, "Authorization", description)
            elif kind == "apiKey" and where == "header" and isinstance(scheme.get("name"), str):
                self.check_header_name(scheme["name"], join_pointer(pointer, "name"))
                supported[name] = Auth("header", name, scheme["name"], description)
            else:
                unsupported[name] = (f"{kind}{' in ' + str(where) if where else ''}", pointer)
        chosen = next(iter(supported.values()), None)
        enough = {chosen.scheme_name} if chosen is not None else set()
        unmet = [
            alternatives
            for alternatives in security_lists
            if not any(needed <= enough for needed in alternatives)
        ]
        for name, (kind, pointer) in unsupported.items():
            if any(name in needed for alternatives in unmet for needed in alternatives):
                self.warn(
                    f"security scheme {name!r} ({kind}) is not supported; the client sends no credentials for it",
                    pointer,
                )
        return chosen

    # -- schemas -------------------------------------------------------------

    def named_schema(self, pointer: str) -> None:
        """Make sure the schema at ``pointer`` (a $ref target) is built."""
        if pointer not in self.named:
            if pointer not in self._pending:
                self._pending.append(pointer)
            self.drain_pending()

    def drain_pending(self) -> None:
        while self._pending:
            pointer = self._pending[-1]
            try:
                node = self.doc.node_at(pointer)
            except KeyError:
                raise self.error("schema not found", pointer) from None
            schema = self.schema(node, pointer, name=self.component_name(pointer))
            self._pending.remove(pointer)
            self.named[pointer] = schema

    @staticmethod
    def component_name(pointer: str) -> str | None:
        prefix = "/components/schemas/"
        if pointer.startswith(prefix) and "/" not in pointer[len(prefix) :]:
            return unescape_pointer_token(pointer[len(prefix) :])
        return None

    def schema(self, node: Any, pointer: str, *, name: str | None = None) -> Schema:
        cached = self.schemas.get(pointer)
        if cached is not None:
            return cached
        if isinstance(node, bool):  # JSON Schema allows true/false as schemas
            schema = Schema(pointer=pointer, name=name)
            self.schemas[pointer] = schema
            return schema
        node = self.mapping(node, pointer, "a schema")
        for keyword in _UNSUPPORTED_KEYWORDS.keys() & node.keys():
            self.warn(_UNSUPPORTED_KEYWORDS[keyword], join_pointer(pointer, keyword))
        ref = ref_target(node)
        if "$ref" in node:
            _, ref = self.deref(
                node, pointer
            )  # checks the reference, reports loops and dangling refs
            if ref not in self.named and ref not in self._pending:
                self._pending.append(ref)
        types, nullable = self.types(node, pointer)
        enum = node.get("enum")
        if enum is not None:
            if not isinstance(enum, list):
                raise self.error("enum must be a list", join_pointer(pointer, "enum"))
            if None in enum:
                nullable = True
                enum = [value for value in enum if value is not None]
        one_of = self.schema_list(node, "oneOf", pointer)
        any_of = self.schema_list(node, "anyOf", pointer)
        # `anyOf: [X, {type: null}]` is how 3.1 (and FastAPI) spell a nullable X.
        one_of, nullable_one = self.strip_null_branch(one_of)
        any_of, nullable_any = self.strip_null_branch(any_of)
        nullable = nullable or nullable_one or nullable_any
        single = (
            (one_of or any_of) if len(one_of or any_of) == 1 and not (one_of and any_of) else ()
        )
        required_names = node.get("required") or []
        if not isinstance(required_names, list):
            raise self.error(
                "required must be a list of property names", join_pointer(pointer, "required")
            )
        examples = node.get("examples")
        if isinstance(examples, dict):  # an OpenAPI examples map, not JSON Schema's list
            examples = [
                value.get("value") for value in examples.values() if isinstance(value, dict)
            ]
        examples_tuple = tuple(examples) if isinstance(examples, list) else ()
        if "example" in node and not examples_tuple:
            examples_tuple = (node["example"],)
        base = Schema(
            pointer=pointer,
            name=name,
            ref=ref,
            types=types,
            nullable=nullable,
            format=self.text(node, "format", pointer),
            title=node.get("title") if isinstance(node.get("title"), str) else None,
            description=self.text(node, "description", pointer),
            enum=tuple(enum) if enum is not None else None,
            const=node.get("const", MISSING),
            default=node.get("default", MISSING),
            examples=examples_tuple,
            properties=self.properties(node, pointer),
            additional_properties=self.additional_properties(node, pointer),
            items=self.items(node, pointer),
            all_of=self.schema_list(node, "allOf", pointer),
            any_of=() if single else any_of,
            one_of=() if single else one_of,
            discriminator=self.discriminator(node, pointer),
            read_only=node.get("readOnly") is True,
            write_only=node.get("writeOnly") is True,
            deprecated=node.get("deprecated") is True,
            content_media_type=node.get("contentMediaType")
            if isinstance(node.get("contentMediaType"), str)
            else None,
            **_bounds(node),
        )
        if single and ref is None:
            # Fold the one remaining branch into this node, keeping this node's annotations.
            branch = single[0]
            base = _merge_branch(base, branch)
        self.schemas[pointer] = base
        return base

    def types(self, node: Mapping[str, Any], pointer: str) -> tuple[tuple[str, ...], bool]:
        raw = node.get("type")
        if raw is None:
            listed: list[Any] = []
        elif isinstance(raw, list):
            listed = raw
        else:
            listed = [raw]
        for value in listed:
            if value not in JSON_TYPES:
                raise self.error(f"unknown type {value!r}", join_pointer(pointer, "type"))
        nullable = "null" in listed or node.get("nullable") is True
        types = tuple(dict.fromkeys(value for value in listed if value != "null"))
        if not types and listed == ["null"]:
            types = ("null",)
        return types, nullable

    def schema_list(self, node: Mapping[str, Any], key: str, pointer: str) -> tuple[Schema, ...]:
        raw = node.get(key)
        if raw is None:
            return ()
        where = join_pointer(pointer, key)
        if not isinstance(raw, list):
            raise self.error(f"{key} must be a list of schemas", where)
        return tuple(
            self.schema(item, join_pointer(where, index)) for index, item in enumerate(raw)
        )

    @staticmethod
    def strip_null_branch(branches: tuple[Schema, ...]) -> tuple[tuple[Schema, ...], bool]:
        kept = tuple(b for b in branches if b.types != ("null",))
        return kept, len(kept) != len(branches)

    def properties(self, node: Mapping[str, Any], pointer: str) -> tuple[Property, ...]:
        where = join_pointer(pointer, "properties")
        raw = self.mapping(node.get("properties"), where, "properties")
        required = set(node.get("required") or [])
        taken: set[str] = set()
        result = []
        for wire_name, value in raw.items():
            # As the models name the attribute: fooBar, foo_bar → foo_bar, foo_bar_1; copy → copy_.
            python_name = unique(
                python_identifier(str(wire_name), fallback="field", reserved=MODEL_ATTRIBUTES),
                taken,
                first=1,
            )
            schema = self.schema(value, join_pointer(where, wire_name))
            result.append(Property(str(wire_name), python_name, schema, wire_name in required))
        return tuple(result)

    def additional_properties(self, node: Mapping[str, Any], pointer: str) -> Schema | bool | None:
        raw = node.get("additionalProperties")
        if raw is None or isinstance(raw, bool):
            return raw
        return self.schema(raw, join_pointer(pointer, "additionalProperties"))

    def items(self, node: Mapping[str, Any], pointer: str) -> Schema | None:
        raw = node.get("items")
        if raw is None:
            return None
        if isinstance(raw, list):  # tuple validation (3.0 style); describe it by its first item
            self.warn(
                "tuple-style 'items' lists are not supported yet; the value is typed as a list",
                join_pointer(pointer, "items"),
            )
            return self.schema(raw[0], join_pointer(pointer, "items", 0)) if raw else None
        return self.schema(raw, join_pointer(pointer, "items"))

    def discriminator(self, node: Mapping[str, Any], pointer: str) -> Discriminator | None:
        raw = node.get("discriminator")
        if raw is None:
            return None
        where = join_pointer(pointer, "discriminator")
        raw = self.mapping(raw, where, "discriminator")
        name = raw.get("propertyName")
        if not isinstance(name, str):
            raise self.error("discriminator needs a propertyName", where)
        mapping = {}
        for value, target in self.mapping(
            raw.get("mapping"), join_pointer(where, "mapping"), "mapping"
        ).items():
            if isinstance(target, str) and not target.startswith("#"):
                target = "#/components/schemas/" + escape_pointer_token(target)
            mapping[str(value)] = str(target)[1:]
        return Discriminator(name, MappingProxyType(mapping))

    # -- operations ----------------------------------------------------------

    def operations(self) -> list[Operation]:
        paths = self.mapping(self.doc.data.get("paths"), "/paths", "paths")
        drafts: list[_Draft] = []
        seen_ids: dict[str, str] = {}
        for path, path_item in paths.items():
            path_pointer = join_pointer("/paths", path)
            if not isinstance(path, str) or not path.startswith("/"):
                raise self.error("a path must start with '/'", path_pointer)
            if any(segment in (".", "..") for segment in path.split("?")[0].split("/")):
                # HTTP clients resolve dot segments: the request would go to another path.
                raise self.error("a path must not have '.' or '..' segments", path_pointer)
            path_item, resolved_pointer = self.deref(path_item, path_pointer)
            path_item = self.mapping(path_item, resolved_pointer, "a path item")
            shared = self.parameter_nodes(
                path_item.get("parameters"), join_pointer(resolved_pointer, "parameters")
            )
            for method in HTTP_METHODS:
                if method not in path_item:
                    continue
                pointer = join_pointer(resolved_pointer, method)
                node = self.mapping(path_item[method], pointer, "an operation")
                draft = self.operation(path, method, node, pointer, shared)
                if node.get("callbacks"):
                    self.warn(
                        "callbacks are not supported yet; the SDK does not receive them",
                        join_pointer(pointer, "callbacks"),
                    )
                # Only the spec's own ids must be unique, not the ones sdkgen makes up from paths.
                if "operationId" in node:
                    if draft.operation_id in seen_ids:
                        self.invalid(
                            f"duplicate operationId {draft.operation_id!r} (also at {seen_ids[draft.operation_id]})",
                            join_pointer(pointer, "operationId"),
                        )
                    else:
                        seen_ids[draft.operation_id] = pointer
                drafts.append(draft)
        return self.name_operations(drafts)

    def parameter_nodes(
        self, raw: Any, pointer: str
    ) -> dict[tuple[str, str], tuple[dict[str, Any], str]]:
        if raw is None:
            return {}
        if not isinstance(raw, list):
            raise self.error("parameters must be a list", pointer)
        found: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for index, item in enumerate(raw):
            node, where = self.deref(item, join_pointer(pointer, index))
            node = self.mapping(node, where, "a parameter")
            name, location = node.get("name"), node.get("in")
            if not isinstance(name, str) or not name:
                raise self.error("a parameter needs a name", where)
            if location not in ("path", "query", "header", "cookie"):
                raise self.error(
                    f"parameter {name!r} has an invalid 'in': {location!r}",
                    join_pointer(where, "in"),
                )
            if location in ("header", "cookie"):
                self.check_header_name(name, join_pointer(where, "name"), location)
            found[(name, location)] = (node, where)
        return found

    def operation(
        self,
        path: str,
        method: str,
        node: dict[str, Any],
        pointer: str,
        shared: dict[tuple[str, str], tuple[dict[str, Any], str]],
    ) -> _Draft:
        operation_id = node.get("operationId")
        if operation_id is not None and (
            not isinstance(operation_id, str) or not operation_id.strip()
        ):
            raise self.error(
                "operationId must be a non-empty string", join_pointer(pointer, "operationId")
            )
        operation_id = operation_id or f"{method}_{snake_case(path) or 'root'}"
        parameter_nodes = {
            **shared,
            **self.parameter_nodes(node.get("parameters"), join_pointer(pointer, "parameters")),
        }
        template_names = _PATH_TEMPLATE.findall(path)
        declared = {name for name, location in parameter_nodes if location == "path"}
        for name in template_names:
            if name not in declared:
                raise self.error(f"path parameter {{{name}}} in {path!r} is not declared", pointer)
        for name in declared - set(template_names):
            raise self.error(
                f"path parameter {name!r} is declared but not in the path {path!r}", pointer
            )
        parameters = self.parameters(parameter_nodes)
        request_body = self.request_body(
            node.get("requestBody"), join_pointer(pointer, "requestBody"), parameters
        )
        responses = self.responses(node.get("responses"), join_pointer(pointer, "responses"))
        security = node.get("security", self.doc.data.get("security"))
        requires_auth = bool(security) and all(bool(requirement) for requirement in security or ())
        tags = tuple(str(tag) for tag in node.get("tags") or [] if isinstance(tag, str))
        return _Draft(
            operation_id=operation_id,
            http_method=method,
            path=path,
            node=node,
            pointer=pointer,
            summary=self.text(node, "summary", pointer),
            description=self.text(node, "description", pointer),
            parameters=parameters,
            request_body=request_body,
            responses=responses,
            deprecated=node.get("deprecated") is True,
            tags=tags,
            requires_auth=requires_auth,
        )

    def parameters(
        self, nodes: Mapping[tuple[str, str], tuple[dict[str, Any], str]]
    ) -> tuple[Parameter, ...]:
        # Required parameters first (path order), then the rest, as a human would write the signature.
        taken: set[str] = set(RESERVED_PARAMETER_NAMES)
        result = []
        for (name, location), (node, pointer) in nodes.items():
            if location == "cookie" and name.lower() == "session":
                # Browser-session cookies (FastAPI adds one everywhere) make no sense in an SDK.
                continue
            schema_node = node.get("schema")
            if schema_node is None and isinstance(node.get("content"), dict) and node["content"]:
                media, content = next(iter(node["content"].items()))
                schema_node = (content or {}).get("schema")
                schema_pointer = join_pointer(pointer, "content", media, "schema")
            else:
                schema_pointer = join_pointer(pointer, "schema")
            schema = self.schema(schema_node if schema_node is not None else {}, schema_pointer)
            python_name = unique(
                python_identifier(name, fallback="param", reserved=RESERVED_PARAMETER_NAMES), taken
            )
            style, explode = self.parameter_style(node, location, pointer)
            result.append(
                Parameter(
                    name=name,
                    location=location,  # type: ignore[arg-type]
                    python_name=python_name,
                    cli_flag=cli_flag(python_name),
                    required=location == "path" or node.get("required") is True,
                    schema=schema,
                    description=self.text(node, "description", pointer),
                    deprecated=node.get("deprecated") is True,
                    style=str(style),
                    explode=bool(explode),
                    pointer=pointer,
                    json_content="schema" not in node and _is_json_content(node.get("content")),
                )
            )
        return tuple(sorted(result, key=lambda p: (not p.required, p.location != "path")))

    def parameter_style(
        self, node: Mapping[str, Any], location: str, pointer: str
    ) -> tuple[str, bool]:
        """The serialization style of a parameter, or the default one with a warning if we cannot send it."""
        default = "simple" if location in ("path", "header") else "form"
        style = node.get("style") or default
        if style not in _STYLES[location]:
            self.warn(
                f"style {style!r} for {location} parameters is not supported yet; the value is sent in style {default!r}",
                join_pointer(pointer, "style"),
            )
            style = default
        explode = node.get("explode", style == "form")
        if not isinstance(explode, bool):
            raise self.error("explode must be true or false", join_pointer(pointer, "explode"))
        if style == "deepObject" and not explode:
            explode = True  # deepObject is only defined exploded
        content = node.get("content")
        if isinstance(content, dict) and "schema" not in node and not _is_json_content(content):
            self.warn(
                f"a parameter given as {sorted(content)} content is not supported yet; its value is sent as plain text",
                join_pointer(pointer, "content"),
            )
        if node.get("allowReserved") is True:
            self.warn(
                "allowReserved is not supported yet; reserved characters are percent-encoded",
                pointer,
            )
        return str(style), explode

    def request_body(
        self, raw: Any, pointer: str, parameters: tuple[Parameter, ...]
    ) -> RequestBody | None:
        if raw is None:
            return None
        node, pointer = self.deref(raw, pointer)
        node = self.mapping(node, pointer, "a requestBody")
        content = self.mapping(node.get("content"), join_pointer(pointer, "content"), "content")
        choice = _choose_media_type(content, request=True)
        if choice is None:
            if content:
                self.warn(
                    f"request body media types {sorted(content)} are not supported; the body is skipped",
                    pointer,
                )
            return None
        media_type, encoding = choice
        self.check_media_type(media_type, join_pointer(pointer, "content", media_type))
        media = self.mapping(
            content[media_type], join_pointer(pointer, "content", media_type), "a media type"
        )
        schema_pointer = join_pointer(pointer, "content", media_type, "schema")
        schema = self.schema(media.get("schema", {}), schema_pointer)
        fields: tuple[BodyField, ...] = ()
        if encoding in ("json", "multipart", "form"):
            taken = set(RESERVED_PARAMETER_NAMES) | {p.python_name for p in parameters}
            properties, required = self.object_properties(schema)
            encodings = self.mapping(
                media.get("encoding"),
                join_pointer(pointer, "content", media_type, "encoding"),
                "encoding",
            )
            if properties is not None:
                fields = tuple(
                    BodyField(
                        name=prop.name,
                        python_name=(
                            python_name := unique(
                                python_identifier(
                                    prop.name, fallback="field", reserved=RESERVED_PARAMETER_NAMES
                                ),
                                taken,
                                first=1,  # like the model's attribute
                            )
                        ),
                        cli_flag=cli_flag(python_name),
                        required=prop.name in required,
                        schema=prop.schema,
                        description=prop.schema.description
                        or self.resolved(prop.schema).description,
                        **self.field_encoding(
                            encodings.get(prop.name),
                            encoding,
                            join_pointer(pointer, "content", media_type, "encoding", prop.name),
                        ),
                    )
                    for prop in properties
                    # The server sets read-only properties; a request never carries them.
                    if not (prop.schema.read_only or self.resolved(prop.schema).read_only)
                )
        return RequestBody(
            media_type=media_type,
            encoding=encoding,
            schema=schema,
            required=node.get("required") is True,
            description=self.text(node, "description", pointer),
            fields=tuple(sorted(fields, key=lambda f: not f.required)),
        )

    def field_encoding(self, raw: Any, encoding: BodyEncoding, pointer: str) -> dict[str, Any]:
        """style/explode of a form-urlencoded field, from the media type's ``encoding`` entry."""
        if raw is None or encoding != "form":
            return {}
        node = self.mapping(raw, pointer, "an encoding")
        style = node.get("style", "form")
        if style not in ("form", "spaceDelimited", "pipeDelimited", "deepObject"):
            self.warn(
                f"encoding style {style!r} is not supported yet; the field is sent in style 'form'",
                pointer,
            )
            style = "form"
        explode = node.get("explode", style in ("form", "deepObject"))
        return {"style": str(style), "explode": explode is True or style == "deepObject"}

    def resolved(self, schema: Schema) -> Schema:
        for _ in range(64):
            if schema.ref is None:
                return schema
            self.named_schema(schema.ref)
            schema = self.named[schema.ref]
        return schema

    def object_properties(self, schema: Schema) -> tuple[tuple[Property, ...] | None, set[str]]:
        """The properties of an object schema, merging allOf parts; None if it is not a plain object."""
        schema = self.resolved(schema)
        if schema.any_of or schema.one_of:
            return None, set()
        properties: dict[str, Property] = {}
        for part in schema.all_of:
            found, _ = self.object_properties(part)
            if found is None:
                return None, set()
            properties.update((p.name, p) for p in found)
        if not schema.is_object and not schema.all_of:
            return None, set()
        properties.update((p.name, p) for p in schema.properties)
        required = {p.name for p in properties.values() if p.required}
        return tuple(properties.values()), required

    def responses(self, raw: Any, pointer: str) -> tuple[Response, ...]:
        raw = self.mapping(raw, pointer, "responses")
        result = []
        for status, value in raw.items():
            status = str(status)
            where = join_pointer(pointer, status)
            if not re.fullmatch(r"[1-5](\d\d|XX)|default", status):
                raise self.error(f"invalid response status {status!r}", where)
            node, where = self.deref(value, where)
            node = self.mapping(node, where, "a response")
            content = self.mapping(node.get("content"), join_pointer(where, "content"), "content")
            choice = _choose_media_type(content, request=False)
            media_type: str | None = None
            kind: ResponseKind = "empty"
            schema = None
            if choice is not None:
                media_type, encoding = choice
                self.check_media_type(media_type, join_pointer(where, "content", media_type))
                kind = "json" if encoding == "json" else "text" if encoding == "text" else "binary"
                media = self.mapping(
                    content[media_type], join_pointer(where, "content", media_type), "a media type"
                )
                if kind == "json":
                    schema = self.schema(
                        media.get("schema", {}),
                        join_pointer(where, "content", media_type, "schema"),
                    )
            elif content:
                kind = "binary"
                media_type = next(iter(content))
            if node.get("links"):
                self.warn(
                    "links are not supported yet; they are left out of the SDK",
                    join_pointer(where, "links"),
                )
            result.append(
                Response(status, self.text(node, "description", where), media_type, kind, schema)
            )
        return tuple(result)

    # -- naming and grouping ---------------------------------------------------

    def resource_and_method(
        self,
        draft: _Draft,
        path_name: PathName,
        known_collections: frozenset[tuple[str, ...]],
        methods_on_path: frozenset[str],
    ) -> tuple[tuple[str, ...], str, bool]:
        """Name an operation from its path and HTTP method, or from x-sdkgen-* extensions.

        Returns (resource path, method name, whether the name was given explicitly).
        """
        explicit_resource = draft.node.get(EXTENSION_PREFIX + "resource")
        explicit_method = draft.node.get(EXTENSION_PREFIX + "method")
        resource_parts, action, on_item = resource_and_action(
            path_name, known_collections, one_operation=len(methods_on_path) == 1
        )
        if isinstance(explicit_resource, str) and explicit_resource.strip():
            parts = [p for p in re.split(r"[.:/]", explicit_resource) if p.strip()]
        else:
            parts = resource_parts or list(draft.tags[:1]) or ["api"]
        resource = tuple(
            python_identifier(part, fallback="resource", reserved=RESERVED_RESOURCE_NAMES)
            for part in parts
        )
        if isinstance(explicit_method, str) and explicit_method.strip():
            return (
                resource,
                python_identifier(explicit_method, fallback="call", reserved=RESERVED_METHOD_NAMES),
                True,
            )
        if action:
            method = "_".join(action)
        else:
            table = ITEM_METHODS if on_item else COLLECTION_METHODS
            method = table.get(draft.http_method, draft.http_method)
            if on_item and draft.http_method == "put" and "patch" in methods_on_path:
                method = "replace"  # PATCH is the update
        return (
            resource,
            python_identifier(method, fallback="call", reserved=RESERVED_METHOD_NAMES),
            False,
        )

    def fallback_names(self, draft: _Draft) -> list[str]:
        """Names to try, in order, when the path-based name is taken: from the operationId."""
        short = strip_fastapi_suffix(draft.operation_id, draft.path, draft.http_method)
        names = [
            python_identifier(candidate, fallback="call", reserved=RESERVED_METHOD_NAMES)
            for candidate in (short, draft.operation_id)
        ]
        return list(dict.fromkeys(names))

    def name_operations(self, drafts: list[_Draft]) -> list[Operation]:
        shapes = path_names([draft.path for draft in drafts], self.config.path_prefix)
        known = collections(shapes)
        per_path: dict[str, frozenset[str]] = defaultdict(frozenset)
        for draft in drafts:
            per_path[draft.path] |= {draft.http_method}
        named = [
            self.resource_and_method(draft, shape, known, per_path[draft.path])
            for draft, shape in zip(drafts, shapes, strict=True)
        ]
        counts = Counter((resource, method) for resource, method, _ in named)
        explicit_keys = {(resource, method) for resource, method, explicit in named if explicit}
        # A method may not share its name with a sub-resource (client.pipelines.sync vs .sync()).
        children = {
            (resource[:depth], resource[depth])
            for resource, _, _ in named
            for depth in range(1, len(resource))
        }
        owners: dict[tuple[tuple[str, ...], str], _Draft] = {}
        final: list[tuple[tuple[str, ...], str]] = []
        for draft, (resource, method, explicit) in zip(drafts, named, strict=True):
            key = (resource, method)
            if explicit:
                if key in owners or key in children:
                    other = owners.get(key)
                    clash = (
                        f"{other.http_method.upper()} {other.path} and {draft.http_method.upper()} {draft.path}"
                        if other is not None
                        else f"{draft.http_method.upper()} {draft.path} and the resource {'.'.join((*resource, method))}"
                    )
                    raise self.error(
                        f"two operations map to the method {'.'.join(resource)}.{method}(): {clash}; "
                        f"set {EXTENSION_PREFIX}method on one of them",
                        draft.pointer,
                    )
            elif counts[key] > 1 or key in explicit_keys or key in children or key in owners:
                # Path-based names clash (e.g. two GETs on one collection): fall back to the operationId.
                taken = (
                    set(owners)
                    | explicit_keys
                    | children
                    | {k for k, n in counts.items() if n == 1}
                )
                candidates = [(resource, name) for name in self.fallback_names(draft)]
                choice = next((c for c in candidates if c not in taken), None)
                if choice is None:
                    base = candidates[0][1]
                    number = 2
                    while (resource, f"{base}_{number}") in taken:
                        number += 1
                    choice = (resource, f"{base}_{number}")
                if choice != key:
                    self.warn(
                        f"{draft.http_method.upper()} {draft.path} would be {'.'.join(resource)}.{method}(), "
                        f"like another operation or resource; naming it {choice[1]}() after its operationId",
                        draft.pointer,
                    )
                key = choice
            owners[key] = draft
            final.append(key)
        return [
            self.finish(draft, resource, method)
            for draft, (resource, method) in zip(drafts, final, strict=True)
        ]

    def finish(self, draft: _Draft, resource: tuple[str, ...], method: str) -> Operation:
        for name in (*resource, method):
            if len(name) > MAX_NAME_LENGTH:  # it names a module and a docs page: a file
                raise self.error(
                    f"the name {name[:40]}... is longer than {MAX_NAME_LENGTH} characters; "
                    f"name the operation with {EXTENSION_PREFIX}resource and {EXTENSION_PREFIX}method",
                    draft.pointer,
                )
        successes = _success_responses(draft.responses)
        success = successes[0] if successes else None
        return Operation(
            operation_id=draft.operation_id,
            http_method=draft.http_method,
            path=draft.path,
            summary=draft.summary,
            description=draft.description,
            resource_path=resource,
            method_name=method,
            parameters=draft.parameters,
            request_body=draft.request_body,
            responses=draft.responses,
            success=success,
            pagination=self.pagination(draft, success),
            deprecated=draft.deprecated,
            tags=draft.tags,
            requires_auth=draft.requires_auth,
            pointer=draft.pointer,
            successes=successes,
        )

    def pagination(self, draft: _Draft, success: Response | None) -> Pagination | None:
        """Recognise a cursor-paginated list by its shape, or by x-sdkgen-pagination."""
        declared = draft.node.get(EXTENSION_PREFIX + "pagination")
        if declared is False or success is None or success.schema is None:
            return None
        defaults = self.config.pagination
        request_param, items_field, next_field = (
            defaults.request_param,
            defaults.items_field,
            defaults.next_field,
        )
        where = join_pointer(draft.pointer, EXTENSION_PREFIX + "pagination")
        if isinstance(declared, dict):
            request_param = str(declared.get("request_param", request_param))
            items_field = str(declared.get("items", items_field))
            next_field = str(declared.get("next_cursor", next_field))
        elif declared not in (None, True):
            raise self.error(
                "must be false or a mapping with request_param, items and next_cursor", where
            )
        body = self.resolved(success.schema)
        by_name = {p.name: p for p in body.properties}
        query = {p.name for p in draft.parameters if p.location == "query"}
        items = by_name.get(items_field)
        shape_ok = (
            request_param in query
            and items is not None
            and self.resolved(items.schema).is_array
            and next_field in by_name
        )
        if not shape_ok:
            if declared is not None:
                raise self.error(
                    f"declared pagination does not fit: needs query parameter {request_param!r} and response "
                    f"fields {items_field!r} (array) and {next_field!r}",
                    where,
                )
            return None
        assert items is not None
        extra = tuple(p for p in body.properties if p.name not in (items_field, next_field))
        shape = (
            request_param,
            items_field,
            next_field,
            tuple((p.name, p.schema.types, p.schema.ref, p.schema.format) for p in extra),
        )
        if shape not in self._page_classes:
            self._page_classes[shape] = "CursorPage" + (
                str(len(self._page_classes) + 1) if self._page_classes else ""
            )
        return Pagination(
            page_class=self._page_classes[shape],
            request_param=request_param,
            items=items,
            next_cursor=by_name[next_field],
            extra=extra,
            item_schema=self.resolved(items.schema).items,
        )

    def resources(self, operations: list[Operation]) -> tuple[Resource, ...]:
        by_path: dict[tuple[str, ...], list[Operation]] = defaultdict(list)
        for operation in operations:
            by_path[operation.resource_path].append(operation)
            for depth in range(1, len(operation.resource_path)):
                by_path.setdefault(operation.resource_path[:depth], [])
        leaf_names = Counter(path[-1] for path in by_path)
        taken: set[str] = set()

        def make(path: tuple[str, ...]) -> Resource:
            children = tuple(
                make(child)
                for child in by_path
                if len(child) == len(path) + 1 and child[:-1] == path
            )
            methods = {op.method_name for op in by_path[path]}
            for child in children:
                if child.name in methods:
                    raise self.error(
                        f"resource {'.'.join(child.path)} has the same name as the method {'.'.join(path)}.{child.name}(); "
                        f"rename one with {EXTENSION_PREFIX}resource or {EXTENSION_PREFIX}method",
                        by_path[path][0].pointer,
                    )
            # Leaf names are enough unless two resources share one (then qualify with the parent);
            # a number tells apart the few that are still alike (a.b and a_b are both AB).
            name = class_name(
                path[-1] if leaf_names[path[-1]] == 1 else "_".join(path), fallback="Resource"
            )
            name = unique(name, taken, separator="")
            return Resource(
                path=path, class_name=name, operations=tuple(by_path[path]), children=children
            )

        return tuple(make(path) for path in by_path if len(path) == 1)


@dataclass(slots=True)
class _Draft:
    """An operation before it is named; only used inside the builder."""

    operation_id: str
    http_method: str
    path: str
    node: dict[str, Any]
    pointer: str
    summary: str | None
    description: str | None
    parameters: tuple[Parameter, ...]
    request_body: RequestBody | None
    responses: tuple[Response, ...]
    deprecated: bool
    tags: tuple[str, ...]
    requires_auth: bool


def _parents(schema: Schema) -> Iterator[tuple[str, str]]:
    """``(schema it extends, its $ref site)`` for each allOf reference, inline parts included."""
    for part in schema.all_of:
        if part.ref is not None:
            yield part.ref, join_pointer(part.pointer, "$ref")
        else:
            yield from _parents(part)


def _merge_branch(outer: Schema, branch: Schema) -> Schema:
    """``anyOf: [X, null]`` → X, keeping the outer node's own description, default and examples."""
    return replace(
        branch,
        pointer=outer.pointer,
        name=outer.name,
        nullable=True,
        title=outer.title or branch.title,
        description=outer.description or branch.description,
        default=outer.default if outer.default is not MISSING else branch.default,
        examples=outer.examples or branch.examples,
        deprecated=outer.deprecated or branch.deprecated,
        read_only=outer.read_only or branch.read_only,
        write_only=outer.write_only or branch.write_only,
    )


def _is_json_content(content: Any) -> bool:
    if not isinstance(content, dict) or len(content) != 1:
        return False
    media_type = str(next(iter(content))).split(";")[0].strip().lower()
    return media_type == "application/json" or media_type.endswith("+json")


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _bounds(node: Mapping[str, Any]) -> dict[str, Any]:
    """minimum/maximum and their exclusive forms (3.0: a flag beside the bound; 3.1: the bound itself)."""
    bounds: dict[str, Any] = {}
    for side in ("minimum", "maximum"):
        bound = _number(node.get(side))
        exclusive_key = "exclusive" + side.capitalize()
        exclusive = node.get(exclusive_key)
        if _number(exclusive) is not None:
            bound, exclusive = _number(exclusive), True
        if bound is not None:
            bounds[side] = bound
            bounds[f"exclusive_{side}"] = exclusive is True
    min_length = node.get("minLength")
    if isinstance(min_length, int) and not isinstance(min_length, bool):
        bounds["min_length"] = min_length
    return bounds


def _choose_media_type(
    content: Mapping[str, Any], *, request: bool
) -> tuple[str, BodyEncoding] | None:
    ranked: list[tuple[int, str, BodyEncoding]] = []
    for media_type in content:
        base = media_type.split(";")[0].strip().lower()
        if base == "application/json" or base.endswith("+json") or base == "*/*" and not request:
            ranked.append((0, media_type, "json"))
        elif base == "multipart/form-data":
            ranked.append((1, media_type, "multipart"))
        elif base == "application/x-www-form-urlencoded":
            ranked.append((2, media_type, "form"))
        elif base.startswith("text/"):
            ranked.append((4, media_type, "text"))
        else:
            ranked.append((3, media_type, "binary"))
    if not ranked:
        return None
    _, media_type, encoding = min(ranked, key=lambda item: item[0])
    return media_type, encoding


def _success_responses(responses: tuple[Response, ...]) -> tuple[Response, ...]:
    """Every 2xx response, lowest status first; the default response when there is none."""
    found = tuple(
        sorted((r for r in responses if r.status.startswith("2")), key=lambda r: r.status)
    )
    return found or tuple(r for r in responses if r.status == "default")
