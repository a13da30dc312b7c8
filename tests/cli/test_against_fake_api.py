"""llamacloud-prod against our stateful server: pages, formats, errors, --debug, exit codes.

The server records every request, so these tests see exactly which pages the
CLI fetched, and it can hold an answer back to prove output is streamed.
"""

from __future__ import annotations

import json
import queue
import subprocess
import threading
import time
from urllib.parse import quote, quote_plus

import pytest
import yaml

from tests.cli.conftest import LLAMACLOUD, assert_one_line_error, clean_env, llamacloud, petstore
from tests.support.fake_api import API_KEY, ODD_KEY, SECRET, FakeAPI, Reply, spellings
from tests.support.prism import free_port


def tokens(api: FakeAPI) -> list[str | None]:
    """The page_token of each request the server saw, in order."""
    return [request.query.get("page_token", [None])[0] for request in api.requests]


def user_ids(lines: list[dict[str, object]]) -> list[object]:
    return [item["user_id"] for item in lines]


# -- pagination --------------------------------------------------------------------


def test_one_page_by_default(api: FakeAPI, fake: dict[str, str]) -> None:
    result = llamacloud("classifier:jobs", "list", **fake)
    assert result.code == 0, result.err
    page = json.loads(result.out)
    assert len(page["items"]) == 10 and page["next_page_token"] == "10" and page["total_size"] == 25
    assert tokens(api) == [None]


def test_all_walks_every_page(api: FakeAPI, fake: dict[str, str]) -> None:
    result = llamacloud("classifier:jobs", "list", "--all", "--format", "jsonl", **fake)
    assert result.code == 0, result.err
    items = [json.loads(line) for line in result.out.splitlines()]
    assert user_ids(items) == [f"user-{n}" for n in range(25)]
    assert tokens(api) == [None, "10", "20"]


def test_all_as_json_is_one_array_equal_to_the_standard_layout(
    api: FakeAPI, fake: dict[str, str]
) -> None:
    result = llamacloud("classifier:jobs", "list", "--all", "--page-size", "7", **fake)
    assert result.code == 0, result.err
    items = json.loads(result.out)
    assert result.out == json.dumps(items, indent=2, ensure_ascii=False) + "\n"
    assert user_ids(items) == [f"user-{n}" for n in range(25)]
    assert tokens(api) == [None, "7", "14", "21"]


def test_all_as_yaml_is_one_list(api: FakeAPI, fake: dict[str, str]) -> None:
    result = llamacloud("classifier:jobs", "list", "--all", "--format", "yaml", **fake)
    assert user_ids(yaml.safe_load(result.out)) == [f"user-{n}" for n in range(25)]


@pytest.mark.parametrize(
    ("max_items", "page_size", "expected_tokens"),
    [
        ("3", "10", [None]),
        ("12", "5", [None, "5", "10"]),
        ("10", "5", [None, "5"]),  # the limit ends on a page boundary: the next page is not fetched
        ("100", "10", [None, "10", "20"]),  # fewer items than the limit: stops at the last page
    ],
)
def test_max_items_stops_early_without_fetching_more_pages(
    api: FakeAPI,
    fake: dict[str, str],
    max_items: str,
    page_size: str,
    expected_tokens: list[str | None],
) -> None:
    result = llamacloud(
        "classifier:jobs",
        "list",
        "--max-items",
        max_items,
        "--page-size",
        page_size,
        "--format",
        "jsonl",
        **fake,
    )
    assert result.code == 0, result.err
    items = [json.loads(line) for line in result.out.splitlines()]
    assert user_ids(items) == [f"user-{n}" for n in range(min(int(max_items), 25))]
    assert tokens(api) == expected_tokens
    assert all(request.query["page_size"] == [page_size] for request in api.requests)


def read_lines(stream: object, into: queue.Queue[str]) -> None:
    for line in stream:  # type: ignore[attr-defined]
        into.put(line)


@pytest.mark.parametrize(
    ("fmt", "first_item_done"), [("jsonl", "\n"), ("json", "  },\n"), ("yaml", "- id: ")]
)
def test_items_are_printed_as_they_arrive(
    api: FakeAPI, fake: dict[str, str], fmt: str, first_item_done: str
) -> None:
    """The first page is on stdout while the server still holds back the second page."""
    second_page = threading.Event()
    api.script(Reply(), Reply(release=second_page))
    process = subprocess.Popen(
        [*LLAMACLOUD, "classifier:jobs", "list", "--all", "--page-size", "2", "--format", fmt],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=clean_env(**fake),
    )
    lines: queue.Queue[str] = queue.Queue()
    reader = threading.Thread(target=read_lines, args=(process.stdout, lines), daemon=True)
    reader.start()
    try:
        seen = ""
        while first_item_done not in seen or "user-0" not in seen:
            seen += lines.get(timeout=20)  # fails here if output waited for the held page
        assert "user-2" not in seen
        deadline = time.monotonic() + 10
        while len(api.requests) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert tokens(api) == [None, "2"]  # the second page was asked for and is still held back
    finally:
        second_page.set()
        reader.join(timeout=30)  # to the end of stdout
        code = process.wait(timeout=30)
    while not lines.empty():
        seen += lines.get()
    assert process.stderr is not None
    assert code == 0, process.stderr.read()
    assert all(f"user-{n}" in seen for n in range(25))


def test_a_closed_pipe_stops_the_walk_quietly(api: FakeAPI, fake: dict[str, str]) -> None:
    process = subprocess.Popen(
        [*LLAMACLOUD, "classifier:jobs", "list", "--all", "--page-size", "1", "--format", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=clean_env(**fake),
    )
    assert process.stdout is not None and process.stderr is not None
    assert b"user-0" in process.stdout.readline()
    process.stdout.close()  # like `| head -1`
    err = process.stderr.read()
    assert process.wait(timeout=30) == 0
    assert err == b""
    assert len(api.requests) < 25  # it did not go on to fetch every page


@pytest.mark.parametrize(
    ("loops", "fetched"),
    [({"10": "10"}, [None, "10"]), ({"20": "10"}, [None, "10", "20"])],
    ids=["the same token again", "a cycle"],
)
def test_all_stops_where_the_cursors_repeat(
    api: FakeAPI, fake: dict[str, str], loops: dict[str, str], fetched: list[str | None]
) -> None:
    # The fake API serves at most 20 pages of a loop: a CLI that follows it still ends, soon.
    api.cursor_loops = loops
    result = llamacloud("classifier:jobs", "list", "--all", "--format", "jsonl", **fake)
    line = assert_one_line_error(result, code=1)
    page = len(fetched)
    assert line == (
        f"Error: Stopped paging: the next-page cursor of page {page} ('10') is the one page 2 "
        "was fetched with, so the pages would repeat forever"
    )
    assert tokens(api) == fetched
    printed = user_ids([json.loads(item) for item in result.out.splitlines()])
    assert printed == [f"user-{n}" for n in range(min(10 * page, 25))]  # each item once


# -- formats -----------------------------------------------------------------------


def test_jsonl_without_all_prints_the_items_of_one_page(api: FakeAPI, fake: dict[str, str]) -> None:
    result = llamacloud("classifier:jobs", "list", "--page-size", "3", "--format", "jsonl", **fake)
    assert user_ids([json.loads(line) for line in result.out.splitlines()]) == [
        "user-0",
        "user-1",
        "user-2",
    ]


def test_yaml_prints_the_page(api: FakeAPI, fake: dict[str, str]) -> None:
    result = llamacloud("classifier:jobs", "list", "--page-size", "2", "--format", "yaml", **fake)
    page = yaml.safe_load(result.out)
    assert user_ids(page["items"]) == ["user-0", "user-1"] and page["next_page_token"] == "2"


def test_raw_prints_the_body_byte_for_byte(api: FakeAPI, fake: dict[str, str]) -> None:
    body = b'{"items": [],   "total_size": 0, "unknown": "kept \\u00e9"}'
    api.script(Reply(200, body))
    done = subprocess.run(
        [*LLAMACLOUD, "classifier:jobs", "list", "--format", "raw"],
        check=False,
        capture_output=True,
        env=clean_env(**fake),
    )
    assert done.returncode == 0 and done.stdout == body


def test_pretty_is_a_table_with_a_hint_for_the_next_page(
    api: FakeAPI, fake: dict[str, str]
) -> None:
    result = llamacloud("classifier:jobs", "list", "--page-size", "3", "--format", "pretty", **fake)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].split() == ["id", "project_id", "status", "user_id", "created_at", "rules"]
    assert lines[1].split()[:5] == [
        "00000000-0000-0000-0000-000000000001",
        "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e",
        "PENDING",
        "user-0",
        "2019-12-27T18:11:19.117000Z",  # as the SDK parsed it
    ]
    rules = lines[1][lines[0].index("rules") :]
    assert (
        rules.startswith('[{"description": "contains') and rules.endswith("…") and len(rules) == 40
    )
    assert lines[3].split()[3] == "user-2"
    # Columns line up: every value starts where its header does.
    assert [lines[0].index(name) for name in ("status", "user_id")] == [
        lines[1].index("PENDING"),
        lines[1].index("user-0"),
    ]
    assert lines[-1] == "(more: --page-token 3 for the next page, or --all for every page)"


def test_pretty_leaves_out_columns_that_do_not_fit_and_says_so(
    api: FakeAPI, fake: dict[str, str]
) -> None:
    result = llamacloud(
        "classifier:jobs", "list", "--all", "--format", "pretty", **{**fake, "COLUMNS": "90"}
    )
    lines = result.out.splitlines()
    assert lines[0].split() == ["id", "project_id", "status"]
    assert all(len(line) <= 90 for line in lines[:-1])
    assert len(lines) == 1 + 25 + 1
    assert lines[-1] == "(3 more columns: user_id, created_at, rules; see --format json)"


def test_pretty_escapes_control_characters(api: FakeAPI, fake: dict[str, str]) -> None:
    api.jobs[0]["user_id"] = "evil\x1b[2Jname"
    result = llamacloud("classifier:jobs", "list", "--format", "pretty", **fake)
    assert "\x1b" not in result.out and "evil\\x1b[2Jname" in result.out


# -- errors ------------------------------------------------------------------------


def test_an_api_error_is_one_line_with_status_and_server_message(
    api: FakeAPI, fake: dict[str, str]
) -> None:
    result = llamacloud(
        "classifier:jobs", "list", **{**fake, "LLAMA_CLOUD_API_KEY": "sk-wrong-key"}
    )
    assert assert_one_line_error(result) == "Error 401: Invalid API key"
    assert result.out == ""
    assert "sk-wrong-key" not in result.err


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        (Reply(404, {"detail": "Job not found"}), "Error 404: Job not found"),
        (Reply(400, {"error": {"message": "page_size too big"}}), "Error 400: page_size too big"),
        (
            Reply(
                422,
                {
                    "detail": [
                        {"loc": ["query", "page_size"], "msg": "must be positive", "type": "v"}
                    ]
                },
            ),
            "Error 422: page_size: must be positive",
        ),
        (Reply(409, b"plain text conflict"), "Error 409: plain text conflict"),
        (Reply(403, b""), "Error 403: Forbidden"),
        (
            Reply(200, b"<html>not json"),
            "Error: The response body is not valid JSON (application/json): ",
        ),
    ],
)
def test_error_replies(api: FakeAPI, fake: dict[str, str], reply: Reply, message: str) -> None:
    api.script(reply)
    result = llamacloud("classifier:jobs", "list", "--max-retries", "0", **fake)
    line = assert_one_line_error(result)
    # The last message goes on with the parser's own detail.
    assert line == message or (message.endswith(": ") and line.startswith(message))


def test_server_errors_are_retried_then_reported(api: FakeAPI, fake: dict[str, str]) -> None:
    busy = Reply(503, {"detail": "busy"}, {"Retry-After": "0"})
    api.script(busy, busy, busy, busy)
    result = llamacloud("classifier:jobs", "list", "--max-retries", "3", **fake)
    assert assert_one_line_error(result) == "Error 503: busy"
    assert len(api.requests) == 4


def test_a_refused_connection_is_one_line() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    result = llamacloud(
        "classifier:jobs",
        "list",
        "--max-retries",
        "0",
        LLAMA_CLOUD_API_KEY="k",
        LLAMA_CLOUD_BASE_URL=url,
    )
    assert assert_one_line_error(result).startswith(f"Error: could not connect to {url}: ")


def test_a_timeout_is_one_line(api: FakeAPI, fake: dict[str, str]) -> None:
    api.script(Reply(delay=3))
    result = llamacloud("classifier:jobs", "list", "--timeout", "0.3", "--max-retries", "0", **fake)
    assert (
        assert_one_line_error(result) == f"Error: no answer from {api.url} within 0.3 s (--timeout)"
    )


def test_a_header_value_http_cannot_carry_is_sent_once_and_reported_as_such(api: FakeAPI) -> None:
    result = petstore(
        "pets", "list", "--x-request-id", "r-1\n", "--debug",
        PETSTORE_API_KEY="k", PETSTORE_BASE_URL=api.url,
    )  # fmt: skip
    assert result.code == 2 and "Traceback" not in result.err  # the flag's value: a usage error
    last = result.err.splitlines()[-1]
    assert last == "Error: The request could not be sent: Illegal header value b'r-1\\n'"
    assert result.err.count("> GET ") == 1  # --debug logs each attempt: there was no retry
    assert api.requests == []


def test_the_key_never_shows_even_when_the_server_echoes_it(
    api: FakeAPI, fake: dict[str, str]
) -> None:
    api.script(Reply(400, {"message": f"key {API_KEY} is not allowed here"}))
    result = llamacloud("classifier:jobs", "list", "--debug", "--max-retries", "0", **fake)
    assert result.code == 1 and "Traceback" not in result.err
    assert result.err.splitlines()[-1] == "Error 400: key <redacted> is not allowed here"
    assert '"message": "key <redacted> is not allowed here"' in result.err  # the logged body
    assert API_KEY not in result.out + result.err


@pytest.mark.parametrize("debug", [[], ["--debug"]], ids=["", "--debug"])
@pytest.mark.parametrize(
    ("where", "key", "problem"),
    [
        ("--api-key", API_KEY + "\r\n", "ends with a line break"),
        ("$LLAMA_CLOUD_API_KEY", API_KEY + "\n", "ends with a line break"),
        ("--api-key", "\x1b]0;" + API_KEY, "has a control character (U+001B) at position 1"),
        (
            "$LLAMA_CLOUD_API_KEY",
            API_KEY + "\u20ac",
            "has a non-ASCII character (U+20AC) at position 25",
        ),
    ],
    ids=["CRLF, flag", "LF, environment", "escape, flag", "euro sign, environment"],
)
def test_a_key_no_header_can_carry_is_a_usage_error(
    api: FakeAPI, debug: list[str], where: str, key: str, problem: str
) -> None:
    if where == "--api-key":
        result = llamacloud(
            "classifier:jobs", "list", "--api-key", key, *debug, LLAMA_CLOUD_BASE_URL=api.url
        )
    else:
        result = llamacloud(
            "classifier:jobs", "list", *debug, LLAMA_CLOUD_API_KEY=key, LLAMA_CLOUD_BASE_URL=api.url
        )
    line = assert_one_line_error(result, code=2)
    assert line.startswith(f"Error: The API key from {where} {problem}, which no HTTP header "), (
        line
    )
    if key.endswith("\n"):
        assert line.endswith("strip the trailing newline (a key read from a file often keeps one)")
    assert SECRET not in result.out + result.err
    assert api.requests == []


def test_the_key_is_redacted_however_it_is_spelt(api: FakeAPI) -> None:
    api.script(
        Reply(
            400,
            {"message": f"key {ODD_KEY} refused", "see": f"/keys?key={quote(ODD_KEY, safe='')}"},
            {"X-Echo": quote_plus(ODD_KEY), "X-Quoted": repr(ODD_KEY)},
        )
    )
    result = llamacloud(
        "classifier:jobs", "list", "--debug", "--max-retries", "0", "--api-key", ODD_KEY,
        LLAMA_CLOUD_BASE_URL=api.url,
    )  # fmt: skip
    assert result.code == 1
    assert result.err.splitlines()[-1] == "Error 400: key <redacted> refused"
    # The logged body is JSON, the key in it JSON-escaped; URL-escaped in the headers and "see".
    assert '{"message": "key <redacted> refused", "see": "/keys?key=<redacted>"}' in result.err
    assert "< x-echo: <redacted>\n" in result.err and "< x-quoted: '<redacted>'\n" in result.err
    for spelling in spellings(ODD_KEY).values():
        assert spelling not in result.out + result.err
    assert SECRET not in result.out + result.err


# -- flags and --debug ---------------------------------------------------------------


def test_flags_reach_the_server_and_override_the_environment(api: FakeAPI) -> None:
    other = {"LLAMA_CLOUD_BASE_URL": "http://127.0.0.1:9", "LLAMA_CLOUD_API_KEY": "sk-from-env"}
    result = llamacloud(
        "--base-url", api.url, "classifier:jobs", "list", "--api-key", API_KEY,
        "--project-id", "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e", "--page-size", "4", **other,
    )  # fmt: skip
    assert result.code == 0, result.err
    (request,) = api.requests
    assert request.query == {
        "project_id": ["182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"],
        "page_size": ["4"],
    }
    assert request.headers["authorization"] == f"Bearer {API_KEY}"


def test_debug_logs_requests_and_responses_with_the_key_redacted(
    api: FakeAPI, fake: dict[str, str]
) -> None:
    result = llamacloud(
        "classifier:jobs", "list", "--page-size", "1", "--max-items", "2", "--debug", **fake
    )
    assert result.code == 0
    err = result.err
    assert f"> GET {api.url}/api/v1/classifier/jobs?page_size=1\n" in err
    assert f"> GET {api.url}/api/v1/classifier/jobs?page_size=1&page_token=1\n" in err
    assert "> authorization: <redacted>\n" in err
    assert err.count("< 200 OK\n") == 2
    assert '"user_id": "user-0"' in err  # the response body
    assert API_KEY not in err and API_KEY not in result.out
    assert json.loads(result.out)[1]["user_id"] == "user-1"  # stdout stays clean data
