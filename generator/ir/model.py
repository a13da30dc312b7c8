"""The intermediate representation: what the templates see.

Built once from the spec by :mod:`generator.build`, then only read. Every
class is a frozen dataclass and collections are tuples or read-only mappings,
so nothing downstream can change it and nothing needs to copy it.

Names on these objects (``python_name``, ``class_name``, ``cli_flag``...) are
already safe identifiers. Free text (``description``, ``summary``, examples)
is exactly as written in the spec and must go through a filter that makes it
safe for the place it lands in (see ``generator/filters.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

JSONValue = Any  # A value parsed from the spec: treated as read-only.


class _Missing:
    """Marks a keyword the spec does not set (``None`` is a valid JSON value). There is one: MISSING."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Any = _Missing()


@dataclass(frozen=True, slots=True)
class Property:
    name: str  # the wire name, exactly as in the spec
    python_name: str
    schema: Schema
    required: bool


@dataclass(frozen=True, slots=True)
class Discriminator:
    property_name: str
    mapping: Mapping[str, str]  # value -> schema pointer


@dataclass(frozen=True, slots=True)
class Schema:
    """One JSON Schema node, normalised across OpenAPI 3.0 and 3.1.

    ``types`` never contains ``"null"``: nullability is ``nullable``. A node
    that is a ``$ref`` keeps its own annotations (description, default) and
    names its target in ``ref``; follow it with :meth:`Api.resolve`.
    """

    pointer: str
    name: str | None = None  # the component name, for schemas under components/schemas
    ref: str | None = None
    types: tuple[str, ...] = ()
    nullable: bool = False
    format: str | None = None
    title: str | None = None
    description: str | None = None
    enum: tuple[JSONValue, ...] | None = None
    const: JSONValue = MISSING
    default: JSONValue = MISSING
    examples: tuple[JSONValue, ...] = ()
    properties: tuple[Property, ...] = ()
    additional_properties: Schema | bool | None = None
    items: Schema | None = None
    # A tuple (``prefixItems``) of this one length: each place with its own type.
    tuple_items: tuple[Schema, ...] = ()
    all_of: tuple[Schema, ...] = ()
    any_of: tuple[Schema, ...] = ()
    one_of: tuple[Schema, ...] = ()
    discriminator: Discriminator | None = None
    read_only: bool = False
    write_only: bool = False
    deprecated: bool = False
    content_media_type: str | None = None
    # Bounds, for example values; 3.0's boolean exclusiveMinimum and 3.1's numeric one alike.
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: bool = False
    exclusive_maximum: bool = False
    min_length: int | None = None

    @property
    def is_object(self) -> bool:
        return self.types == ("object",) or (not self.types and bool(self.properties))

    @property
    def is_array(self) -> bool:
        return self.types == ("array",)

    @property
    def is_binary(self) -> bool:
        return self.types == ("string",) and self.format in ("binary", "byte-stream")


ParameterLocation = Literal["path", "query", "header", "cookie"]


@dataclass(frozen=True, slots=True)
class Parameter:
    name: str  # wire name
    location: ParameterLocation
    python_name: str
    cli_flag: str  # without the leading dashes
    required: bool
    schema: Schema
    description: str | None
    deprecated: bool = False
    style: str = "form"
    explode: bool = True
    pointer: str = ""
    json_content: bool = False  # given by `content: application/json`: sent as JSON text


@dataclass(frozen=True, slots=True)
class BodyField:
    """A top-level property of a JSON or form body, offered as a keyword argument."""

    name: str  # wire name
    python_name: str
    cli_flag: str
    required: bool
    schema: Schema
    description: str | None
    # How a form-urlencoded field is written (the media type's `encoding` object).
    style: str = "form"
    explode: bool = True


BodyEncoding = Literal["json", "multipart", "form", "binary", "text"]


@dataclass(frozen=True, slots=True)
class RequestBody:
    media_type: str
    encoding: BodyEncoding
    schema: Schema
    required: bool
    description: str | None
    # Set when the body is an object: each property becomes a keyword argument.
    fields: tuple[BodyField, ...] = ()


# "events": server-sent events (text/event-stream) and nothing else.
ResponseKind = Literal["json", "text", "binary", "empty", "events"]


@dataclass(frozen=True, slots=True)
class EventStream:
    """A ``text/event-stream`` answer: server-sent events."""

    media_type: str
    schema: Schema | None  # each event's data; None: the spec does not say (raw events)


@dataclass(frozen=True, slots=True)
class Response:
    status: str  # "200", "2XX" or "default"
    description: str | None
    media_type: str | None
    kind: ResponseKind
    schema: Schema | None
    headers: tuple[str, ...] = ()  # the names of the headers it declares, as written
    events: EventStream | None = None  # the events it answers with, instead or besides


@dataclass(frozen=True, slots=True)
class Streaming:
    """An operation that answers with server-sent events: always, or when its flag asks."""

    events: Schema | None  # each event's data; None: raw events
    # The request body's boolean ``stream`` field; None: the answer is always a stream.
    flag: BodyField | None = None


# How a list names its next page: a cursor in the body; the last item's id, while `has_more`
# says so (Stripe's starting_after); a URL in the body (Twilio's next_page_uri); a
# `Link: <...>; rel="next"` header; an offset (with a limit); a page number (with a page size).
# A shape is matched against them in this order.
PagingScheme = Literal["cursor", "after_id", "next_url", "link", "offset", "page"]


@dataclass(frozen=True, slots=True)
class Pagination:
    """A paginated list: where a page's items are, and how the next page is asked for."""

    page_class: str  # e.g. "CursorPage"; the runtime has Sync/Async variants
    items: Property  # the array of items in the response (the body itself when items_in_body)
    scheme: PagingScheme = "cursor"
    # Wire name of the query parameter that moves on: the cursor, the offset, the page number,
    # starting_after. None for the schemes that follow a URL the server gives.
    request_param: str | None = None
    next_cursor: Property | None = None  # cursor: the next cursor; next_url: the next page's URL
    has_more: Property | None = None  # after_id: the boolean that says another page follows
    total: Property | None = None  # offset: the number of items; page: the number of pages
    item_id: Property | None = None  # after_id: the item's field sent as the next request_param
    first_page: int = 1  # page: the number of the page fetched without a page number
    items_in_body: bool = False  # the response is the array of items itself
    extra: tuple[Property, ...] = ()  # other response fields the page exposes
    item_schema: Schema | None = None

    @property
    def scheme_fields(self) -> tuple[Property, ...]:
        """The response fields the page class declares for its scheme, items first."""
        named = (self.items, self.next_cursor, self.has_more, self.total)
        return tuple(prop for prop in named if prop is not None)


# What an operation needs: alternatives, each naming the schemes whose credentials are sent
# together. An empty alternative needs nothing (authentication is optional); an empty
# requirement, no authentication at all. Only schemes the client supports are named.
Requirement = tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Operation:
    operation_id: str
    http_method: str  # lower case
    path: str
    summary: str | None
    description: str | None
    resource_path: tuple[str, ...]  # python names, e.g. ("classifier", "jobs")
    method_name: str
    parameters: tuple[Parameter, ...]
    request_body: RequestBody | None
    responses: tuple[Response, ...]
    success: Response | None  # the response the method returns (the first of `successes`)
    pagination: Pagination | None
    deprecated: bool
    tags: tuple[str, ...]
    security: Requirement
    pointer: str
    successes: tuple[Response, ...] = ()  # every 2xx response (or the default one), by status
    # The header in which the API takes an idempotency key for this operation, if it does.
    idempotency_header: str | None = None
    streaming: Streaming | None = None

    @property
    def requires_auth(self) -> bool:
        """Whether every way to call it sends credentials."""
        return bool(self.security) and all(self.security)

    @property
    def cli_resource(self) -> str:
        return ":".join(part.replace("_", "-") for part in self.resource_path)

    @property
    def cli_method(self) -> str:
        return self.method_name.replace("_", "-")

    @property
    def path_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "path")

    @property
    def query_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "query")

    @property
    def header_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "header")

    @property
    def cookie_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "cookie")


@dataclass(frozen=True, slots=True)
class Resource:
    """A group of operations reached as ``client.<path...>``."""

    path: tuple[str, ...]  # python names from the client down, e.g. ("classifier", "jobs")
    class_name: str  # e.g. "Jobs"; templates add Resource/AsyncResource suffixes
    operations: tuple[Operation, ...]
    children: tuple[Resource, ...]

    @property
    def name(self) -> str:
        return self.path[-1]

    @property
    def module(self) -> str:
        """Dotted module path below ``resources``, e.g. ``classifier.jobs``."""
        return ".".join(self.path)

    @property
    def own_module(self) -> str:
        """For a resource with children (a package), the module in it that defines the resource's
        classes: its name (``classifier/classifier.py``), or ``_<name>`` when a child has that name
        too (``files/_files.py`` beside ``files/files.py``). Resource names never start with ``_``."""
        if any(child.name == self.name for child in self.children):
            return f"_{self.name}"
        return self.name

    def walk(self) -> tuple[Resource, ...]:
        found: list[Resource] = [self]
        for child in self.children:
            found.extend(child.walk())
        return tuple(found)


AuthKind = Literal["bearer", "basic", "header", "query", "cookie"]


@dataclass(frozen=True, slots=True)
class Credential:
    """One value the client takes for a security scheme: a token or key, a username, a password."""

    argument: str  # the client's keyword argument, e.g. "api_key"
    env_suffix: str  # the environment variable after the SDK's prefix: "API_KEY"
    cli_flag: str  # without the leading dashes
    label: str  # what it is, in messages: "API key"
    secret: bool  # a username is not

    @property
    def example(self) -> str:
        """A stand-in value for examples and tests: ``My API Key``."""
        return "My " + " ".join(word[:1].upper() + word[1:] for word in self.label.split())


@dataclass(frozen=True, slots=True)
class Auth:
    """A security scheme the client sends credentials for."""

    kind: AuthKind  # bearer also stands for oauth2 and openIdConnect
    scheme_name: str  # its key in components.securitySchemes
    field: str  # the header, query parameter or cookie that carries it
    description: str | None
    credentials: tuple[Credential, ...]
    required: bool  # every operation needs it: the client is not made without it


@dataclass(frozen=True, slots=True)
class Server:
    url: str
    description: str | None


@dataclass(frozen=True, slots=True)
class Webhook:
    """A request the API sends to its users' servers: one of the spec's ``webhooks``, or an
    operation's callback."""

    name: str  # its key under ``webhooks``
    http_method: str
    summary: str | None
    description: str | None
    payload: Schema  # the JSON body
    pointer: str
    callback_of: str | None = (
        None  # for a callback, the operation that declares it: "POST /subscribe"
    )


@dataclass(frozen=True, slots=True)
class Api:
    title: str
    version: str
    description: str | None
    openapi_version: str
    servers: tuple[Server, ...]
    security_schemes: tuple[Auth, ...]  # those some operation needs, in the spec's order
    security: Requirement  # the spec's own, for operations that do not say
    schemas: Mapping[str, Schema]  # pointer -> named schema
    resources: tuple[Resource, ...]
    operations: tuple[Operation, ...]
    paginations: tuple[Pagination, ...] = field(default=())
    webhooks: tuple[Webhook, ...] = field(default=())
    # The response headers that carry the id the server gave a request, the first found wins.
    request_id_headers: tuple[str, ...] = field(default=("x-request-id", "request-id"))

    @property
    def default_base_url(self) -> str | None:
        for server in self.servers:
            if server.url.startswith(("http://", "https://")):
                return server.url.rstrip("/")
        return None

    def resolve(self, schema: Schema) -> Schema:
        """Follow ``$ref``s to the schema they name."""
        seen = 0
        while schema.ref is not None and seen < 64:
            schema = self.schemas[schema.ref]
            seen += 1
        return schema

    def all_resources(self) -> tuple[Resource, ...]:
        found: list[Resource] = []
        for resource in self.resources:
            found.extend(resource.walk())
        return tuple(found)
