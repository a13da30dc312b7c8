"""Security schemes and requirements: which credentials the client takes, and which it sends where.

Each operation keeps its own requirement (its ``security``, else the spec's): alternatives,
each naming the schemes whose credentials are sent together. The client takes credentials for
every scheme some requirement names and that it supports: HTTP Bearer, OAuth 2 and OpenID
Connect (a bearer token), HTTP Basic, and API keys in a header, the query or a cookie. Other
schemes (HTTP Digest, mutual TLS) are left out of the requirements, with a warning where an
operation has no alternative without them: the client sends nothing for them, and the
caller's own ``http_client`` can.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..names.credentials import credential_names
from ..spec.pointers import join_pointer
from .context import Context
from .model import Auth, AuthKind, Credential, Requirement


def read_requirement(ctx: Context, node: Any, pointer: str) -> Requirement:
    """A ``security`` list as it is written: alternatives of scheme names, each one declared."""
    if not isinstance(node, list):
        raise ctx.error("security must be a list of security requirements", pointer)
    declared = _declared(ctx)
    alternatives = []
    for index, entry in enumerate(node):
        where = join_pointer(pointer, str(index))
        needed = ctx.mapping(entry, where, "a security requirement")
        for name in needed:
            if name not in declared:
                raise ctx.error(f"security requirement names an undefined scheme {name!r}", where)
        alternatives.append(tuple(needed))
    return tuple(alternatives)


def global_requirement(ctx: Context) -> Requirement:
    """The spec's own requirement, for operations that do not say."""
    node = ctx.doc.data.get("security")
    return () if node is None else read_requirement(ctx, node, "/security")


def security(
    ctx: Context, spec_wide: Requirement, requirements: Sequence[Requirement]
) -> tuple[tuple[Auth, ...], frozenset[str]]:
    """The schemes the client supports of those the requirements name (the spec's own and the
    operations'), and their names (see :func:`supported_only`)."""
    needed = {
        name
        for requirement in (spec_wide, *requirements)
        for alternative in requirement
        for name in alternative
    }
    named = [name for name in _declared(ctx) if name in needed]  # in the spec's order
    read: dict[str, tuple[AuthKind, str, str | None]] = {}
    unsupported: dict[str, tuple[str, str]] = {}  # name -> (what it is, pointer)
    for name in named:
        scheme = _scheme(ctx, name, unsupported)
        if scheme is not None:
            read[name] = scheme
    kept = frozenset(read)
    _warn_unsupported(ctx, unsupported, kept, [spec_wide, *requirements])
    everywhere = _needed_everywhere([supported_only(r, kept) for r in requirements])
    names = credential_names([(name, kind == "basic") for name, (kind, _, _) in read.items()])
    schemes = tuple(
        Auth(
            kind=kind,
            scheme_name=name,
            field=field,
            description=description,
            credentials=tuple(
                Credential(n.argument, n.env_suffix, n.cli_flag, n.label, n.secret)
                for n in credentials
            ),
            required=name in everywhere,
        )
        for (name, (kind, field, description)), credentials in zip(read.items(), names, strict=True)
    )
    return schemes, kept


def supported_only(requirement: Requirement, kept: frozenset[str]) -> Requirement:
    """``requirement`` without the schemes the client sends nothing for: an alternative of those
    alone needs nothing the client can give."""
    return tuple(tuple(name for name in alternative if name in kept) for alternative in requirement)


def _declared(ctx: Context) -> dict[str, Any]:
    components = ctx.mapping(ctx.doc.data.get("components"), "/components", "components")
    return ctx.mapping(
        components.get("securitySchemes"), "/components/securitySchemes", "securitySchemes"
    )


def _scheme(
    ctx: Context, name: str, unsupported: dict[str, tuple[str, str]]
) -> tuple[AuthKind, str, str | None] | None:
    """(kind, field, description) of a scheme the client supports; else None, and the scheme
    in ``unsupported``, with what it is and where."""
    pointer = join_pointer("/components/securitySchemes", name)
    scheme, pointer = ctx.deref(_declared(ctx)[name], pointer)
    scheme = ctx.mapping(scheme, pointer, "a security scheme")
    kind, where = scheme.get("type"), scheme.get("in")
    description = ctx.text(scheme, "description", pointer)
    http_scheme = str(scheme.get("scheme", "")).lower()
    if (kind == "http" and http_scheme == "bearer") or kind in ("oauth2", "openIdConnect"):
        return "bearer", "Authorization", description
    if kind == "http" and http_scheme == "basic":
        return "basic", "Authorization", description
    if kind == "apiKey" and where in ("header", "query", "cookie"):
        field = scheme.get("name")
        if not isinstance(field, str) or not field:
            raise ctx.error("an apiKey security scheme needs a 'name'", pointer)
        if where != "query":
            ctx.check_header_name(field, join_pointer(pointer, "name"), where)
        return where, field, description
    what = f"{kind} {http_scheme}" if kind == "http" else str(kind)
    unsupported[name] = (f"{what}{' in ' + str(where) if where else ''}", pointer)
    return None


def _warn_unsupported(
    ctx: Context,
    unsupported: dict[str, tuple[str, str]],
    kept: frozenset[str],
    requirements: Iterable[Requirement],
) -> None:
    """Warn about a scheme the client cannot send only where nothing else will do (Stripe offers
    basic or bearer auth: either is enough)."""
    for name, (what, pointer) in unsupported.items():
        if any(
            name in alternative and not any(kept.issuperset(other) for other in requirement)
            for requirement in requirements
            for alternative in requirement
        ):
            ctx.warn(
                f"security scheme {name!r} ({what}) is not supported; the client sends no "
                "credentials for it (an http_client of your own can)",
                pointer,
                "unsupported security scheme",
            )


def _needed_everywhere(requirements: Sequence[Requirement]) -> set[str]:
    """The schemes every alternative of every operation needs."""
    needed: set[str] | None = None
    for requirement in requirements:
        for alternative in requirement or ((),):
            needed = set(alternative) if needed is None else needed & set(alternative)
    return needed or set()
