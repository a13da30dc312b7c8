"""Server objects: the base URLs."""

from __future__ import annotations

from ..spec.pointers import join_pointer
from .context import Context
from .model import (
    Server,
)


def servers(ctx: Context) -> tuple[Server, ...]:
    servers = []
    raw = ctx.doc.data.get("servers") or []
    if not isinstance(raw, list):
        raise ctx.error("servers must be a list", "/servers")
    for index, server in enumerate(raw):
        pointer = join_pointer("/servers", index)
        server = ctx.mapping(server, pointer, "a server")
        url = ctx.text(server, "url", pointer)
        if url is None:
            raise ctx.error("a server needs a url", pointer)
        variables = ctx.mapping(
            server.get("variables"), join_pointer(pointer, "variables"), "variables"
        )
        for name, variable in variables.items():
            default = ctx.mapping(
                variable, join_pointer(pointer, "variables", name), "a variable"
            ).get("default")
            url = url.replace("{" + name + "}", str(default if default is not None else ""))
        servers.append(Server(url=url, description=ctx.text(server, "description", pointer)))
    return tuple(servers)
