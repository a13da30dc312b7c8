"""Credentials: where the client finds them, and what each request sends of them.

Each operation says what it needs (its security requirement): alternatives, each naming the
schemes whose credentials go together. A request sends the first alternative the client has
every credential of; an empty alternative (authentication optional) sends nothing when none
is complete. When no alternative will do, the call fails before anything is sent, naming the
keyword arguments and environment variables that would.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from ._exceptions import MissingCredentialsError
from ._secrets import check_api_key
from ._settings import SDKError

# How a scheme is sent: "bearer" (also OAuth 2 and OpenID Connect) and "basic" in the
# Authorization header; an API key in a header, the query or a cookie of its own name.
Kind = Literal["bearer", "basic", "header", "query", "cookie"]
# Alternatives, each a set of scheme names sent together (see the module docstring).
Requirement = Sequence[Sequence[str]]
# RFC 6265's cookie-octet leaves these out of a cookie value.
_NOT_IN_COOKIES = frozenset(' ",;\\')


@dataclass(frozen=True)
class Credential:
    """One value a scheme takes: the client's keyword argument for it, and its variable."""

    argument: str
    env: str
    label: str  # what it is, in messages: "API key", "password"
    secret: bool = True  # a username is not: messages may show it


@dataclass(frozen=True)
class Scheme:
    """A security scheme of the API, and the credentials it takes."""

    name: str  # its key in the API description
    kind: Kind
    field: str  # the header, query parameter or cookie it goes in
    credentials: tuple[Credential, ...]
    required: bool = False  # every operation needs it: the client is not made without it


@dataclass(frozen=True)
class Sent:
    """What a request carries for the credentials it sends."""

    headers: dict[str, str] = field(default_factory=dict[str, str])
    params: dict[str, str] = field(default_factory=dict[str, str])
    cookies: dict[str, str] = field(default_factory=dict[str, str])


class Credentials:
    """The credentials a client was given, or found in the environment, for each scheme."""

    def __init__(
        self,
        schemes: Sequence[Scheme],
        security: Requirement,
        given: Mapping[str, str | None],
        sources: Mapping[str, str] | None = None,
    ) -> None:
        """Read each scheme's credentials from ``given`` (keyword argument -> value), else from
        the environment; ``security`` is what operations need unless they say otherwise.
        ``sources`` says where given values came from, as the user would name it (the CLI's
        flags); by default, the client's keyword arguments.

        A credential that cannot be sent, a username without its password (or the other way
        round), or no credentials for a scheme every operation needs: ``SDKError``.
        """
        self.schemes = {scheme.name: scheme for scheme in schemes}
        self.security = security
        self.values: dict[str, tuple[str, ...]] = {}
        for scheme in schemes:
            found = {
                c.argument: value
                for c in scheme.credentials
                if (value := _find(c, given.get(c.argument), (sources or {}).get(c.argument)))
            }
            missing = [c for c in scheme.credentials if c.argument not in found]
            if not missing:
                self.values[scheme.name] = tuple(
                    _checked(scheme, c, *found[c.argument]) for c in scheme.credentials
                )
            elif len(missing) < len(scheme.credentials) or scheme.required:
                given_too = " too" if len(missing) < len(scheme.credentials) else ""
                what = " and ".join(c.label for c in missing)
                raise MissingCredentialsError(
                    f"No {what}{given_too}: {_how_to_give(missing)}.",
                    alternatives=((*(c.argument for c in scheme.credentials),),),
                )

    @property
    def secrets(self) -> list[str]:
        """Every secret value, and the forms it is sent in: what an error must never show."""
        found: list[str] = []
        for name, values in self.values.items():
            scheme = self.schemes[name]
            found += [
                value for value, c in zip(values, scheme.credentials, strict=True) if c.secret
            ]
            if scheme.kind == "basic":
                found.append(_basic(values))
        return found

    def value(self, argument: str) -> str | None:
        """The value of the credential the client takes as ``argument``; None when it has none."""
        for name, values in self.values.items():
            for credential, value in zip(self.schemes[name].credentials, values, strict=True):
                if credential.argument == argument:
                    return value
        return None

    @property
    def query_names(self) -> frozenset[str]:
        """The query parameters credentials may be sent in."""
        return frozenset(s.field for s in self.schemes.values() if s.kind == "query")

    def sent(self, method: str, path: str, security: Requirement | None) -> Sent:
        """What a request to ``method path`` carries; ``security`` None: the API's default."""
        requirement = self.security if security is None else security
        chosen = next(
            (
                alternative
                for alternative in requirement
                if alternative and all(name in self.values for name in alternative)
            ),
            None,
        )
        if chosen is None:
            if requirement and all(requirement):  # no alternative that needs nothing
                raise self._missing(method, path, requirement)
            chosen = ()
        sent = Sent()
        for name in chosen:
            scheme, values = self.schemes[name], self.values[name]
            if scheme.kind == "bearer":
                sent.headers["Authorization"] = f"Bearer {values[0]}"
            elif scheme.kind == "basic":
                sent.headers["Authorization"] = f"Basic {_basic(values)}"
            elif scheme.kind == "header":
                sent.headers[scheme.field] = values[0]
            elif scheme.kind == "query":
                sent.params[scheme.field] = values[0]
            else:
                sent.cookies[scheme.field] = values[0]
        return sent

    def _missing(self, method: str, path: str, requirement: Requirement) -> MissingCredentialsError:
        ways = [
            [c for name in alternative for c in self.schemes[name].credentials]
            for alternative in requirement
        ]
        return MissingCredentialsError(
            f"{method.upper()} {path} needs credentials the client was not given: "
            + "; or ".join(_how_to_give(way) for way in ways),
            alternatives=tuple(tuple(c.argument for c in way) for way in ways),
        )


def _find(credential: Credential, value: str | None, source: str | None) -> tuple[str, str] | None:
    """The credential's value and where it came from, as the user would name it."""
    if value is None:
        value, source = os.environ.get(credential.env), f"the {credential.env} environment variable"
    else:
        source = source or f"the {credential.argument} argument"
    return (value, source) if value else None


def _checked(scheme: Scheme, credential: Credential, value: str, source: str) -> str:
    """``value``, unless the scheme cannot send it: then ``SDKError``, saying where it came from."""
    if scheme.kind == "basic":
        # Sent base64-encoded, so any character goes but a control one; a username cannot
        # hold the colon that ends it.
        check_api_key(value, source, what=credential.label, encoded=True)
        if credential is scheme.credentials[0] and ":" in value:
            raise SDKError(
                f"The {credential.label} from {source} has a colon, which HTTP Basic cannot carry"
            )
        return value
    check_api_key(value, source, what=credential.label)
    if scheme.kind == "cookie" and any(char in _NOT_IN_COOKIES for char in value):
        raise SDKError(
            f"The {credential.label} from {source} has a space, quote, comma, semicolon or "
            "backslash, which a cookie cannot carry"
        )
    return value


def _basic(values: tuple[str, ...]) -> str:
    return base64.b64encode(":".join(values).encode()).decode("ascii")


def _how_to_give(credentials: Sequence[Credential]) -> str:
    """``pass api_key=... or set $X_API_KEY``, for credentials given together."""
    arguments = " and ".join(f"{c.argument}=..." for c in credentials)
    variables = " and ".join(c.env for c in credentials)
    plural = "s" if len(credentials) > 1 else ""
    return f"pass {arguments} or set the {variables} environment variable{plural}"
