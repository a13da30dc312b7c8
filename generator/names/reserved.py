"""Names the SDK's own code takes: a model, resource or argument by one of these names would shadow it."""

from __future__ import annotations

# name -> module it is imported from, for names an annotation may use
TYPING_IMPORTS = {
    "Any": "typing",
    "IO": "typing",
    "Literal": "typing",
    "cast": "typing",
    "Sequence": "collections.abc",
    "Mapping": "collections.abc",
    "datetime": "datetime",
    "date": "datetime",
    "NoneType": "types",
}


# Names the templates import into modules that also import the models: a model by one of
# these names would shadow them. Page classes are CursorPage, CursorPage2... with Sync/Async.
TEMPLATE_NAMES = frozenset(
    {*TYPING_IMPORTS, "APIResponse", "AsyncAPIResource", "AsyncPaginator", "FileTypes", "Headers", "NOT_GIVEN",
     "NotGiven", "Query", "RequestOptions", "SyncAPIResource", "Timeout"}
)  # fmt: skip
