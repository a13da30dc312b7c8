"""Constructs the generator does not support yet: a warning with the JSON pointer, and generation goes on.

The fixture (tests/fixtures/unsupported) mixes them with supported ones; its golden SDK
passes ruff and mypy like every other (tests/test_generated_quality.py), and what it does
support still works on the wire.
"""

from __future__ import annotations

import json
import sys

from generator.config import load_config
from generator.errors import Diagnostics
from generator.pipeline import generate_files
from tests.support.fake_api import FakeAPI, Reply
from tests.support.paths import FIXTURES, GOLDEN

EXPECTED_WARNINGS = [
    ("/components/schemas/Report/properties/not_a_number/not", "'not' is not supported yet"),
    (
        "/components/schemas/Report/properties/by_language/patternProperties",
        "patternProperties are not supported yet",
    ),
    (
        "/components/schemas/Report/properties/point/prefixItems",
        "prefixItems of a variable length are not supported",
    ),
    ("/components/schemas/Report/properties/shape/if", "if/then/else is not supported yet"),
    (
        "/components/schemas/Report/properties/legacy/items",
        "tuple-style 'items' lists are not supported yet",
    ),
    (
        "/paths/~1reports~1{id}/parameters/0/style",
        "style 'form' for path parameters is not supported yet",
    ),
    ("/paths/~1reports~1{id}/get/parameters/1", "allowReserved is not supported yet"),
    ("/paths/~1reports~1{id}/get/responses/200/links", "links are not supported yet"),
    ("/components/securitySchemes/mutual", "security scheme 'mutual' (mutualTLS) is not supported"),
]


def test_each_unsupported_construct_is_a_warning_naming_its_place() -> None:
    config = load_config(FIXTURES / "unsupported" / "sdkgen.toml")
    diagnostics = Diagnostics(quiet=True)
    result = generate_files(config, diagnostics)
    spec = str(config.spec)
    found = [warning.split(": ", 1) for warning in diagnostics.warnings]
    assert [(where, message.split(";")[0]) for where, message in found] == [
        (f"{spec}#{pointer}", text) for pointer, text in EXPECTED_WARNINGS
    ]
    assert all(";" in message for _, message in found), (
        "each warning says what the SDK does instead"
    )
    assert diagnostics.summary() == (
        "9 warnings: 5 unsupported schema keyword, 2 unsupported parameter style, "
        "1 unsupported link, 1 unsupported security scheme"
    )
    # Generation went on: every operation is there, and the output is the golden one.
    assert [f"{op.http_method} {op.path}" for op in result.api.operations] == [
        "get /reports/{id}",
        "put /reports/{id}",
    ]
    assert (
        GOLDEN / "unsupported" / "src" / "unsupported_api" / "resources" / "reports.py"
    ).read_text() == result.files["src/unsupported_api/resources/reports.py"]


def test_what_is_supported_beside_them_still_works() -> None:
    source = str(GOLDEN / "unsupported" / "src")
    if source not in sys.path:
        sys.path.insert(0, source)
    import unsupported_api

    with FakeAPI() as server:
        server.script(
            Reply(200, {"id": "r1", "by_language": {"en": "Hello"}, "legacy": ["a", 1]}), Reply(204)
        )
        with unsupported_api.UnsupportedAPI(base_url=server.url, max_retries=0) as client:
            report = client.reports.retrieve("r1", where={"team": "ml"}, path="a/b")
            client.reports.update("r1", body=b"<report id='r1'/>")
        get, put = server.requests
    assert report.by_language == {"en": "Hello"} and report.legacy == ["a", 1]
    # A parameter given by `content: application/json` goes as JSON text.
    assert json.loads(get.query["where"][0]) == {"team": "ml"}
    # An XML-only body is sent as the bytes given, with its media type.
    assert (put.headers["content-type"], put.body) == ("application/xml", b"<report id='r1'/>")
