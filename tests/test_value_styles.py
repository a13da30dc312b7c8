"""How the generated runtime puts parameter values on the wire, style by style.

Each row gives a value the way a generated method passes it (through the helper that the
parameter's OpenAPI style and explode select, as generator/methods.py writes the call) and
what the request built from it carries. Requests are built by the runtime's BaseClient and
never sent. Examples follow the OpenAPI specification's style tables (color = blue, black,
brown; R=100, G=200, B=150).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import httpx
import pytest
from llamacloud._base_client import (
    BaseClient,
    RequestOptions,
    comma_separated,
    deep_object,
    delimited,
    exploded_object,
    json_text,
    path_value,
)
from llamacloud._types import NOT_GIVEN
from llamacloud.types import ClassifierRule, StatusEnum

COLORS = ["blue", "black", "brown"]
RGB = {"R": 100, "G": 200, "B": 150}


@pytest.fixture(scope="module")
def client() -> BaseClient:
    return BaseClient(
        base_url="http://api.test/v1",
        timeout=5.0,
        max_retries=0,
        default_headers=None,
    )


def request(client: BaseClient, path: str = "/x", **options: Any) -> httpx.Request:
    with httpx.Client() as http:
        return client._build_request(http, RequestOptions(method="get", path=path, **options))


# (id, query parameters as the generated method passes them, the query's (name, value) pairs)
QUERY: list[tuple[str, dict[str, object], list[tuple[str, str]]]] = [
    # arrays
    (
        "form-explode-array",
        {"color": COLORS},
        [("color", "blue"), ("color", "black"), ("color", "brown")],
    ),
    ("form-array", {"color": comma_separated(COLORS)}, [("color", "blue,black,brown")]),
    ("space-delimited-array", {"color": delimited(COLORS, " ")}, [("color", "blue black brown")]),
    ("pipe-delimited-array", {"color": delimited(COLORS, "|")}, [("color", "blue|black|brown")]),
    ("form-explode-tuple", {"color": ("blue", "black")}, [("color", "blue"), ("color", "black")]),
    ("form-explode-empty-array", {"color": []}, []),
    ("form-empty-array", {"color": comma_separated([])}, [("color", "")]),
    ("form-array-of-one", {"color": comma_separated(["blue"])}, [("color", "blue")]),
    ("form-array-none", {"color": comma_separated(None)}, []),
    ("delimited-none", {"color": delimited(None, "|")}, []),
    (
        "form-array-of-scalars",
        {"v": comma_separated([True, False, 1, 1.5])},
        [("v", "true,false,1,1.5")],
    ),
    (
        "pipe-delimited-dates-and-enums",
        {"v": delimited([date(2024, 1, 2), StatusEnum.SUCCESS], "|")},
        [("v", "2024-01-02|SUCCESS")],
    ),
    (
        "form-explode-enums",
        {"status": [StatusEnum.PENDING, StatusEnum.ERROR]},
        [("status", "PENDING"), ("status", "ERROR")],
    ),
    # objects
    (
        "form-explode-object",
        exploded_object(RGB),
        [("R", "100"), ("G", "200"), ("B", "150")],
    ),
    ("form-object", {"color": delimited(RGB)}, [("color", "R,100,G,200,B,150")]),
    ("space-delimited-object", {"color": delimited(RGB, " ")}, [("color", "R 100 G 200 B 150")]),
    ("pipe-delimited-object", {"color": delimited(RGB, "|")}, [("color", "R|100|G|200|B|150")]),
    (
        "form-object-of-a-model",
        {"rule": delimited(ClassifierRule(type="invoice", description="d"))},
        [("rule", "description,d,type,invoice")],
    ),
    (
        "pipe-delimited-object-leaves-out-nulls",
        {"color": delimited({"R": 100, "G": None}, "|")},
        [("color", "R|100")],
    ),
    (
        "deep-object",
        deep_object("color", RGB),
        [("color[R]", "100"), ("color[G]", "200"), ("color[B]", "150")],
    ),
    (
        "deep-object-nested",
        deep_object("f", {"a": {"b": 1}, "l": [1, [2]]}),
        [("f[a][b]", "1"), ("f[l][0]", "1"), ("f[l][1][0]", "2")],
    ),
    (
        "deep-object-leaves-out-nulls",
        deep_object("f", {"a": None, "b": {"c": None}, "d": False}),
        [("f[d]", "false")],
    ),
    (
        "deep-object-of-a-model",
        deep_object("rule", ClassifierRule(type="invoice", description="has a total")),
        [("rule[description]", "has a total"), ("rule[type]", "invoice")],
    ),
    (
        "deep-object-datetime-and-enum",
        deep_object("f", {"at": datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC), "s": StatusEnum.ERROR}),
        [("f[at]", "2024-01-02T03:04:05+00:00"), ("f[s]", "ERROR")],
    ),
    ("deep-object-of-a-scalar", deep_object("q", 5), [("q", "5")]),
    ("deep-object-empty", deep_object("q", {}), []),
    ("deep-object-none", deep_object("q", None), []),
    ("deep-object-not-given", deep_object("q", NOT_GIVEN), []),
    (
        "form-explode-object-of-a-model",
        exploded_object(ClassifierRule(type="invoice", description="d")),
        [("description", "d"), ("type", "invoice")],
    ),
    ("form-explode-object-none", exploded_object(None), []),
    ("form-explode-object-of-a-scalar", exploded_object(5), []),
    # scalars
    ("string", {"q": "a b&c=d/é"}, [("q", "a b&c=d/é")]),
    ("integer", {"q": 0}, [("q", "0")]),
    ("float", {"q": 0.1}, [("q", "0.1")]),
    ("true", {"q": True}, [("q", "true")]),
    ("false", {"q": False}, [("q", "false")]),
    ("empty-string", {"q": ""}, [("q", "")]),
    ("enum", {"q": StatusEnum.CANCELLED}, [("q", "CANCELLED")]),
    ("date", {"q": date(2024, 2, 29)}, [("q", "2024-02-29")]),
    (
        "datetime",
        {"q": datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)},
        [("q", "2024-01-02T03:04:05+00:00")],
    ),
    ("none-is-left-out", {"q": None, "r": 1}, [("r", "1")]),
    ("not-given-is-left-out", {"q": NOT_GIVEN}, []),
    ("json-content", {"where": json_text({"a": [1, "é"]})}, [("where", '{"a":[1,"é"]}')]),
    ("json-content-string", {"where": json_text("x")}, [("where", '"x"')]),
    ("json-content-none", {"where": json_text(None)}, []),
    ("json-content-not-given", {"where": json_text(NOT_GIVEN)}, []),
]


@pytest.mark.parametrize(
    ("params", "pairs"), [pytest.param(params, pairs, id=id_) for id_, params, pairs in QUERY]
)
def test_query(client: BaseClient, params: dict[str, object], pairs: list[tuple[str, str]]) -> None:
    url = request(client, params=params).url
    assert httpx.QueryParams(url.query).multi_items() == pairs


# (id, query parameters, the query exactly as sent)
ENCODED: list[tuple[str, dict[str, object], str]] = [
    ("space", {"color": delimited(COLORS, " ")}, "color=blue+black+brown"),
    ("pipe", {"color": delimited(COLORS, "|")}, "color=blue%7Cblack%7Cbrown"),
    ("comma", {"color": comma_separated(COLORS)}, "color=blue%2Cblack%2Cbrown"),
    ("brackets", deep_object("color", {"R": 1}), "color%5BR%5D=1"),
    ("reserved", {"q": "a&b=c#d?e"}, "q=a%26b%3Dc%23d%3Fe"),
    ("unicode", {"q": "é"}, "q=%C3%A9"),
]


@pytest.mark.parametrize(
    ("params", "query"), [pytest.param(params, query, id=id_) for id_, params, query in ENCODED]
)
def test_query_encoding(client: BaseClient, params: dict[str, object], query: str) -> None:
    assert request(client, params=params).url.query.decode() == query


# (id, the path parameter's value, the path sent): OpenAPI's styles, as its examples table
# writes them for color = "blue", ["blue", "black", "brown"] and {"R": 100, "G": 200, "B": 150}
PATH: list[tuple[str, object, str]] = [
    ("simple-array", path_value(COLORS), "/v1/items/blue,black,brown"),
    ("simple-array-explode", path_value(COLORS, explode=True), "/v1/items/blue,black,brown"),
    ("simple-object", path_value(RGB), "/v1/items/R,100,G,200,B,150"),
    ("simple-object-explode", path_value(RGB, explode=True), "/v1/items/R=100,G=200,B=150"),
    ("label", path_value("blue", "label"), "/v1/items/.blue"),
    ("label-array", path_value(COLORS, "label"), "/v1/items/.blue,black,brown"),
    (
        "label-array-explode",
        path_value(COLORS, "label", explode=True),
        "/v1/items/.blue.black.brown",
    ),
    ("label-object", path_value(RGB, "label"), "/v1/items/.R,100,G,200,B,150"),
    (
        "label-object-explode",
        path_value(RGB, "label", explode=True),
        "/v1/items/.R=100.G=200.B=150",
    ),
    ("matrix", path_value("blue", "matrix", "color"), "/v1/items/;color=blue"),
    ("matrix-empty", path_value("", "matrix", "color"), "/v1/items/;color"),
    (
        "matrix-array",
        path_value(COLORS, "matrix", "color"),
        "/v1/items/;color=blue,black,brown",
    ),
    (
        "matrix-array-explode",
        path_value(COLORS, "matrix", "color", explode=True),
        "/v1/items/;color=blue;color=black;color=brown",
    ),
    (
        "matrix-object",
        path_value(RGB, "matrix", "color"),
        "/v1/items/;color=R,100,G,200,B,150",
    ),
    (
        "matrix-object-explode",
        path_value(RGB, "matrix", "color", explode=True),
        "/v1/items/;R=100;G=200;B=150",
    ),
    (
        "values-encoded-separators-not",
        path_value(["a,b", "c/d", "é"], "label", explode=True),
        "/v1/items/.a%2Cb.c%2Fd.%C3%A9",
    ),
    (
        "a-model",
        path_value(ClassifierRule(type="invoice", description="d"), explode=True),
        "/v1/items/description=d,type=invoice",
    ),
    ("string", "job-1", "/v1/items/job-1"),
    ("integer", 5, "/v1/items/5"),
    ("boolean", True, "/v1/items/true"),
    ("enum", StatusEnum.PENDING, "/v1/items/PENDING"),
    ("date", date(2024, 1, 2), "/v1/items/2024-01-02"),
    ("string-with-commas", comma_separated([3, 4, 5]), "/v1/items/3%2C4%2C5"),
    ("slash-stays-in-the-segment", "a/b", "/v1/items/a%2Fb"),
    ("dot", ".", "/v1/items/%2E"),
    ("dot-dot", "..", "/v1/items/%2E%2E"),
    ("dots-in-a-name", "v1.2", "/v1/items/v1.2"),
    ("space-and-query-characters", "a b?c#d", "/v1/items/a%20b%3Fc%23d"),
    ("percent", "100%", "/v1/items/100%25"),
    ("unicode", "é", "/v1/items/%C3%A9"),
]


@pytest.mark.parametrize(
    ("value", "path"), [pytest.param(value, path, id=id_) for id_, value, path in PATH]
)
def test_path(client: BaseClient, value: object, path: str) -> None:
    url = request(client, "/items/{id}", path_params={"id": value}).url
    assert url.raw_path.decode() == path


@pytest.mark.parametrize("value", ["", comma_separated([]), path_value([])])
def test_an_empty_path_parameter_is_refused(client: BaseClient, value: object) -> None:
    with pytest.raises(ValueError, match="non-empty value for the path parameter 'id'"):
        request(client, "/items/{id}", path_params={"id": value})


# (id, the header's value as the generated method passes it, the header sent, None for none)
HEADER: list[tuple[str, object, str | None]] = [
    ("string", "req-1", "req-1"),
    ("integer", 7, "7"),
    ("boolean", False, "false"),
    ("enum", StatusEnum.SUCCESS, "SUCCESS"),
    ("array", comma_separated(COLORS), "blue,black,brown"),
    ("object", delimited(RGB), "R,100,G,200,B,150"),
    ("object-explode", delimited(RGB, explode=True), "R=100,G=200,B=150"),
    ("none", None, None),
    ("not-given", NOT_GIVEN, None),
]


@pytest.mark.parametrize(
    ("value", "sent"), [pytest.param(value, sent, id=id_) for id_, value, sent in HEADER]
)
def test_header(client: BaseClient, value: object, sent: str | None) -> None:
    assert request(client, headers={"X-Color": value}).headers.get("X-Color") == sent


@pytest.mark.parametrize(
    ("cookies", "sent"),
    [
        pytest.param({"session": "abc"}, "session=abc", id="one"),
        pytest.param({"a": 1, "b": True}, "a=1; b=true", id="two"),
        pytest.param({"a": None, "b": "x"}, "b=x", id="none-is-left-out"),
        pytest.param({"a": None}, None, id="no-cookie-header"),
        pytest.param({"color": COLORS}, "color=blue; color=black; color=brown", id="explode"),
    ],
)
def test_cookie(client: BaseClient, cookies: dict[str, object], sent: str | None) -> None:
    assert request(client, cookies=cookies).headers.get("Cookie") == sent
