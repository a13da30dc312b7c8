"""Security schemes and requirements: how the client authenticates."""

from __future__ import annotations

from ..spec.pointers import HTTP_METHODS, join_pointer
from .context import Context
from .model import (
    Auth,
)


def auth(ctx: Context) -> Auth | None:
    """The first supported scheme the spec's security requirements name.

    Unsupported schemes are reported only where a requirement offers no supported
    alternative (Stripe offers basic or bearer auth: bearer is enough).
    """
    components = ctx.doc.data.get("components") or {}
    schemes = ctx.mapping(
        components.get("securitySchemes"), "/components/securitySchemes", "securitySchemes"
    )
    # Each security list offers alternatives; each alternative names the schemes it needs together.
    security_lists: list[list[set[str]]] = []
    if ctx.doc.data.get("security"):
        security_lists.append([set(r or {}) for r in ctx.doc.data["security"]])
    for path_item in (ctx.doc.data.get("paths") or {}).values():
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
            raise ctx.error(f"security requirement names an undefined scheme {name!r}", "/security")
        scheme, pointer = ctx.deref(schemes[name], pointer)
        scheme = ctx.mapping(scheme, pointer, "a security scheme")
        kind, where = scheme.get("type"), scheme.get("in")
        description = ctx.text(scheme, "description", pointer)
        is_bearer = kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer"
        if is_bearer or kind in ("oauth2", "openIdConnect"):
            supported[name] = Auth("bearer", name, "Authorization", description)
        elif kind == "apiKey" and where == "header" and isinstance(scheme.get("name"), str):
            ctx.check_header_name(scheme["name"], join_pointer(pointer, "name"))
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
            ctx.warn(
                f"security scheme {name!r} ({kind}) is not supported; the client sends no credentials for it",
                pointer,
                "unsupported security scheme",
            )
    return chosen
