"""Names the SDK's own code takes: a model, resource or argument by one of these names would shadow it."""

from __future__ import annotations

# name -> module it is imported from, for names an annotation may use
TYPING_IMPORTS = {
    "Any": "typing",
    "IO": "typing",
    "Literal": "typing",
    "cast": "typing",
    "overload": "typing",
    "Sequence": "collections.abc",
    "Mapping": "collections.abc",
    "datetime": "datetime",
    "date": "datetime",
    "NoneType": "types",
}


# Value encoders of the SDK's _base_client that method bodies call (see resource.py.jinja).
VALUE_HELPERS = frozenset(
    {"comma_separated", "delimited", "deep_object", "exploded_object", "json_text", "path_value"}
)

# Names the templates import into modules that also import the models: a model by one of
# these names would shadow them (tests/test_views.py keeps the list whole). Resource classes
# and the page classes (CursorPage, OffsetPage, EntriesOffsetPage... with Sync/Async) are kept
# apart by name.
TEMPLATE_NAMES = frozenset(
    {*TYPING_IMPORTS, *VALUE_HELPERS, "APIResponse", "AsyncAPIResource", "AsyncPaginator", "Body",
     "FileTypes", "Headers", "NOT_GIVEN", "NotGiven", "Query", "RequestOptions", "SyncAPIResource",
     "TYPE_CHECKING", "Stream", "AsyncStream", "ServerSentEvent",
     "Timeout", "async_to_raw_response_wrapper", "async_to_streamed_response_wrapper",
     "to_raw_response_wrapper", "to_streamed_response_wrapper"}
)  # fmt: skip

# Names a method body uses besides its arguments: an argument by one of these names is renamed.
METHOD_BODY_NAMES = frozenset(
    {*VALUE_HELPERS, "self", "RequestOptions", "NotGiven", "isinstance", "cast", "AsyncPaginator"}
)
