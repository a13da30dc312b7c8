"""The README's usage examples, made from the API's own operations: a paginated list iterated
over, a call whose errors are caught by their types, and a stream of events read."""

from __future__ import annotations

import builtins
import keyword
from dataclasses import dataclass

from ..ir.model import Api
from .docs import DocBuilder
from .methods import MethodView
from .views import Views


@dataclass(frozen=True, slots=True)
class Call:
    """``client.pets.retrieve(pet_id=1)``, and what the example calls its result."""

    expression: str
    result: str  # `pet` for one pet, `jobs` for a list of jobs, else `result`
    item: str  # what one of the resource's things is called: `pet`, `job`, else `item`
    fetches_one: bool  # a GET of one item: it may be missing (NotFoundError)


@dataclass(frozen=True, slots=True)
class ReadmeExamples:
    listing: Call | None  # the paginated list with the fewest required arguments
    failing: Call | None  # the call the error handling example makes
    streaming: Call | None = None  # a call answered with server-sent events


def readme_examples(api: Api, views: Views, docs: DocBuilder, package: str) -> ReadmeExamples:
    methods = [views.method(operation) for operation in api.operations]
    # A GET first (an example should not create or delete things), then the fewest arguments;
    # a stream last: its errors may come after its first events.
    by_ease = sorted(
        methods,
        key=lambda m: (m.always_streams, m.operation.http_method != "get", _required_count(m)),
    )
    listing = next((m for m in by_ease if m.page_class is not None), None)
    # Fetching one item shows NotFoundError too.
    failing = next((m for m in by_ease if _fetches_one(m)), by_ease[0] if by_ease else None)
    # The stream flag first: the usual way to ask for events.
    streaming = min(
        (m for m in methods if m.events is not None),
        key=lambda m: (m.stream_flag is None, _required_count(m)),
        default=None,
    )
    taken = {"client", "error", package}
    return ReadmeExamples(
        listing=_call(listing, docs, taken) if listing is not None else None,
        failing=_call(failing, docs, taken) if failing is not None else None,
        streaming=_call(streaming, docs, taken, stream=True) if streaming is not None else None,
    )


def _required_count(method: MethodView) -> int:
    return sum(arg.default is None for arg in method.args)


def _fetches_one(method: MethodView) -> bool:
    operation = method.operation
    return (
        operation.http_method == "get"
        and not method.always_streams
        and any(parameter.location == "path" for parameter in operation.parameters)
    )


def _call(method: MethodView, docs: DocBuilder, taken: set[str], stream: bool = False) -> Call:
    operation = method.operation
    path = ".".join(("client", *operation.resource_path, method.name))
    flag = method.stream_flag
    given = [
        argument
        for argument in docs.example_arguments(method)
        if flag is None or not argument.startswith(f"{flag}=")
    ]
    if flag is not None and (
        stream or any(a.python_name == flag and a.required for a in method.args)
    ):
        given.append(f"{flag}={stream}")  # only the streaming example asks for events
    arguments = ", ".join(given)
    resource = operation.resource_path[-1] if operation.resource_path else ""
    item = _singular(resource)
    usable = item is not None and item not in taken
    fetches_one = _fetches_one(method)
    if usable and fetches_one:
        result = str(item)
    elif usable and resource not in taken and (method.page_class or method.name == "list"):
        result = resource
    else:
        result = "result"
    return Call(
        expression=f"{path}({arguments})",
        result=result,
        item=str(item) if usable else "item",
        fetches_one=fetches_one,
    )


def _singular(name: str) -> str | None:
    """``job`` for ``jobs``, ``policy`` for ``policies``; None when ``name`` is not a plural
    that a variable can be named after (``status``, ``classifier``, ``types``: a builtin)."""
    if name.endswith("ies") and len(name) > 4:
        singular = name[:-3] + "y"
    elif name.endswith("s") and not name.endswith(("ss", "us", "is")) and len(name) > 2:
        singular = name[:-1]
    else:
        return None
    if keyword.iskeyword(singular) or hasattr(builtins, singular) or singular.endswith("_"):
        return None
    return singular
