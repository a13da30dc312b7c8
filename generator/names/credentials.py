"""The names of the credentials a client takes: keyword arguments, environment variables, CLI flags.

An API with one security scheme keeps the names every SDK of this kind uses: ``api_key`` and
``<PREFIX>_API_KEY`` for a token or key, ``username`` and ``password`` for HTTP Basic. With
several, each scheme's credentials are named after its key in ``securitySchemes``, without
a last word that only says it is one (``ApiKeyAuth`` → ``api_key``, ``AdminApiKeyAuth`` →
``admin_api_key``, as OpenAI's own SDK has them; ``bot_token``; ``basic_username`` and
``basic_password``), so that the names say which scheme they are for.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .identifiers import RESERVED_CLI_FLAGS, python_identifier, snake_case, unique

# The client's other keyword arguments: a credential must not take one's name.
CLIENT_ARGUMENTS = frozenset(
    {
        "self",
        "base_url",
        "timeout",
        "max_retries",
        "default_headers",
        "max_response_bytes",
        "http_client",
        "credentials",
        "default_query",
        "set_default_headers",
        "set_default_query",
        # The client's methods: each credential is readable as a property of its name.
        "close",
        "copy",
        "with_options",
    }
)
# Flags the CLI reads secrets with, beside the flag that takes the secret itself.
SECRET_FLAG_SUFFIXES = ("file", "stdin")


@dataclass(frozen=True, slots=True)
class CredentialName:
    argument: str  # the client's keyword argument
    env_suffix: str  # the environment variable, after the SDK's prefix and an underscore
    cli_flag: str  # without the dashes
    label: str  # what it is, in messages: "API key"
    secret: bool  # a username is not; the CLI reads a secret from a file or stdin too


def credential_names(schemes: Sequence[tuple[str, bool]]) -> list[tuple[CredentialName, ...]]:
    """The credentials of each ``(scheme key, is HTTP Basic)``, in order."""
    if len(schemes) == 1:
        _, basic = schemes[0]
        if basic:
            return [(_name("username", "username", False), _name("password", "password", True))]
        return [(_name("api_key", "API key", True),)]
    taken_arguments = set(CLIENT_ARGUMENTS)
    taken_flags = set(RESERVED_CLI_FLAGS) - {"api-key"}  # a credential's own flag
    taken_env = {"BASE_URL"}  # <PREFIX>_BASE_URL names the server
    names: list[tuple[CredentialName, ...]] = []
    for key, basic in schemes:
        base = python_identifier(_subject(key), fallback="credential", reserved=CLIENT_ARGUMENTS)
        parts = (f"{base}_username", f"{base}_password") if basic else (base,)
        names.append(
            tuple(
                _name(
                    unique(part, taken_arguments),
                    None,
                    not part.endswith("_username"),
                    taken_flags,
                    taken_env,
                )
                for part in parts
            )
        )
    return names


# Last words of a scheme's key that say it is a scheme, not what it takes.
_SCHEME_WORDS = ("auth", "authentication", "authorization", "scheme", "security")


def _subject(key: str) -> str:
    """``ApiKeyAuth`` → ``ApiKey``: the key without a last word that only says it is a scheme."""
    words = snake_case(key).split("_")
    while len(words) > 1 and words[-1] in _SCHEME_WORDS:
        words.pop()
    return "_".join(words)


def _name(
    argument: str,
    label: str | None,
    secret: bool,
    taken_flags: set[str] | None = None,
    taken_env: set[str] | None = None,
) -> CredentialName:
    flag = argument.replace("_", "-").strip("-")
    env_suffix = argument.strip("_").upper()
    if taken_flags is not None and taken_env is not None:
        flag = unique(flag, taken_flags, separator="-")
        taken_flags.update(_secret_flags(flag) if secret else ())
        env_suffix = unique(env_suffix, taken_env)
    return CredentialName(
        argument=argument,
        env_suffix=env_suffix,
        cli_flag=flag,
        label=label or argument.strip("_").replace("_", " "),
        secret=secret,
    )


def _secret_flags(flag: str) -> Iterable[str]:
    return (f"{flag}-{suffix}" for suffix in SECRET_FLAG_SUFFIXES)


def credential_flags(credentials: Iterable[tuple[str, bool]]) -> frozenset[str]:
    """Every flag the CLI takes the ``(flag, is secret)`` credentials with: an API parameter's
    flag must be another."""
    return frozenset(
        flag
        for cli_flag, secret in credentials
        for flag in (cli_flag, *(_secret_flags(cli_flag) if secret else ()))
    )
