"""``sdkgen diff`` on 18 real, consecutive changes to OpenAI's spec (tests/fixtures/openai-history).

For each step, the verdicts expected after reading its patch: ``(kind, subject, sides,
breaking)``, the whole set. Sides: ``request`` (what users send), ``response`` (what they
read), ``sdk`` (names in the SDK). A schema no operation uses (webhook payloads, WebSocket
events) is judged as both sent and read. The diff runs on the IR only here; the model-class
comparison (``sdkgen diff`` without ``--no-models``) is tested on small specs in
test_specdiff.py, since the models stage takes 10 s or more per version of this spec.
"""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Callable
from functools import cache

import pytest

from generator.config import Config
from generator.diff import diff_apis
from generator.errors import Diagnostics
from generator.ir.builder import build_api
from generator.ir.model import Api
from generator.spec.loader import load_document
from tests.support.patches import apply_patch
from tests.support.paths import FIXTURES

HISTORY = FIXTURES / "openai-history"
PATCHES = sorted(HISTORY.glob("*.patch"))
# sha256 of openapi.yaml at commit 9382a83, what the last patch must give.
LAST = "de9037e4ca8b1431a80adc43bf9986658fd5ee5baf225c02b968239e253b64de"

REQUEST = ("request",)
RESPONSE = ("response",)
BOTH = ("request", "response")
SDK = ("sdk",)

Verdict = tuple[str, str, tuple[str, ...], bool]

# The 53 events of ResponseStreamEvent (and BetaResponseStreamEvent), by their `type` tag.
STREAM_EVENTS = [
    "response.audio.delta",
    "response.audio.done",
    "response.audio.transcript.delta",
    "response.audio.transcript.done",
    "response.code_interpreter_call_code.delta",
    "response.code_interpreter_call_code.done",
    "response.code_interpreter_call.completed",
    "response.code_interpreter_call.in_progress",
    "response.code_interpreter_call.interpreting",
    "response.completed",
    "response.content_part.added",
    "response.content_part.done",
    "response.created",
    "error",
    "response.file_search_call.completed",
    "response.file_search_call.in_progress",
    "response.file_search_call.searching",
    "response.function_call_arguments.delta",
    "response.function_call_arguments.done",
    "response.in_progress",
    "response.failed",
    "response.incomplete",
    "response.output_item.added",
    "response.output_item.done",
    "response.reasoning_summary_part.added",
    "response.reasoning_summary_part.done",
    "response.reasoning_summary_text.delta",
    "response.reasoning_summary_text.done",
    "response.reasoning_text.delta",
    "response.reasoning_text.done",
    "response.refusal.delta",
    "response.refusal.done",
    "response.output_text.delta",
    "response.output_text.done",
    "response.web_search_call.completed",
    "response.web_search_call.in_progress",
    "response.web_search_call.searching",
    "response.image_generation_call.completed",
    "response.image_generation_call.generating",
    "response.image_generation_call.in_progress",
    "response.image_generation_call.partial_image",
    "response.mcp_call_arguments.delta",
    "response.mcp_call_arguments.done",
    "response.mcp_call.completed",
    "response.mcp_call.failed",
    "response.mcp_call.in_progress",
    "response.mcp_list_tools.completed",
    "response.mcp_list_tools.failed",
    "response.mcp_list_tools.in_progress",
    "response.output_text.annotation.added",
    "response.queued",
    "response.custom_tool_call_input.delta",
    "response.custom_tool_call_input.done",
]

VIDEO_OPERATIONS = [
    "GET /videos",
    "POST /videos",
    "POST /videos/characters",
    "GET /videos/characters/{character_id}",
    "POST /videos/edits",
    "POST /videos/extensions",
    "GET /videos/{video_id}",
    "DELETE /videos/{video_id}",
    "GET /videos/{video_id}/content",
    "POST /videos/{video_id}/remix",
]


def added(subject: str, sides: tuple[str, ...]) -> Verdict:
    return ("optional-field-added", subject, sides, False)


def enum_added(subject: str, sides: tuple[str, ...]) -> Verdict:
    return ("enum-values-added", subject, sides, False)


# step -> (commit message, breaking, every verdict)
EXPECTED: dict[int, tuple[str, bool, set[Verdict]]] = {
    1: (
        # The webhook is no operation: its payload's schema is a new model class (which
        # client.webhooks.unwrap() parses). WebhookRealtimeCallIncoming changed descriptions only.
        "Add live.call.incoming webhook event for live SIP session acceptance",
        False,
        {("schema-added", "schema WebhookLiveCallIncoming", SDK, False)},
    ),
    2: (
        "Add new transcription models with multi-language and keyword support",
        False,
        {
            ("schema-added", "schema TranscriptionLanguage", SDK, False),
            added("schema AudioTranscription.languages", REQUEST),
            added("schema AudioTranscription.keywords", REQUEST),
            enum_added("schema AudioTranscription.model[string enum]", REQUEST),
            added("schema AudioTranscriptionResponse.languages", RESPONSE),
            enum_added("schema AudioTranscriptionResponse.model[string enum]", RESPONSE),
            added("schema CreateTranscriptionRequest.languages", REQUEST),
            added("schema CreateTranscriptionRequest.keywords", REQUEST),
            enum_added("schema CreateTranscriptionRequest.model[string enum]", REQUEST),
            added("schema CreateTranscriptionResponseJson.languages", RESPONSE),
            # Realtime server events: WebSocket messages, no operation returns them.
            added(
                "schema RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted"
                ".languages",
                BOTH,
            ),
            added(
                "schema RealtimeServerEventConversationItemInputAudioTranscriptionCompleted"
                ".languages",
                BOTH,
            ),
            added("schema TranscriptTextDoneEvent.languages", BOTH),
        },
    ),
    3: (
        "Add 'fast' service tier option to service_tier parameter",
        False,
        {
            enum_added("schema ServiceTier", BOTH),
            enum_added("schema BetaServiceTier", BOTH),
        },
    ),
    4: (
        # Conversation-2 is renamed: same shape, but its model class Conversation2 is gone.
        "Add 'fast' service tier and rename conversation schemas",
        True,
        {
            ("schema-renamed", "schema Conversation-2", SDK, True),
            ("schema-renamed", "schema BetaConversation-2", SDK, True),
            ("schema-changed", "schema Response.conversation", RESPONSE, False),
            ("schema-changed", "schema BetaResponse.conversation", RESPONSE, False),
            enum_added("schema ServiceTierEnum", REQUEST),
            enum_added("schema BetaServiceTierEnum", REQUEST),
        },
    ),
    5: (
        "Add name and namespace fields to function tool call outputs",
        False,
        {
            added("schema FunctionToolCallOutput.name", RESPONSE),
            added("schema FunctionToolCallOutput.namespace", RESPONSE),
            added("schema BetaFunctionToolCallOutput.name", RESPONSE),
            added("schema BetaFunctionToolCallOutput.namespace", RESPONSE),
            added("schema FunctionCallOutputItemParam.name", BOTH),
            added("schema FunctionCallOutputItemParam.namespace", BOTH),
            added("schema BetaFunctionCallOutputItemParam.name", BOTH),
            added("schema BetaFunctionCallOutputItemParam.namespace", BOTH),
        },
    ),
    6: (
        "Add endpoint to check content for OpenAI provenance signals",
        False,
        {
            ("operation-added", "POST /content_provenance_checks", SDK, False),
            *(
                ("schema-added", f"schema {name}", SDK, False)
                for name in (
                    "C2PAProvenanceResult",
                    "C2PAValidationStateApi",
                    "CreateContentProvenanceBody",
                    "ProvenanceCheckObject",
                    "ProvenanceDetectionResultApi",
                    "ProvenanceResource",
                    "SynthIDProvenanceResult",
                )
            ),
        },
    ),
    7: (
        "Add gpt-5.5 model as a selectable option",
        False,
        {
            enum_added("schema ModelIdsShared[string enum]", BOTH),
            enum_added("schema BetaModelIdsShared[string enum]", BOTH),
        },
    ),
    8: (
        # Fewer constraints on what users send; the SDK checks none on what it reads.
        "Remove minimum length constraint from namespace description fields",
        False,
        {
            ("constraint-relaxed", "schema NamespaceToolParam.description", BOTH, False),
            ("constraint-relaxed", "schema BetaNamespaceToolParam.description", BOTH, False),
        },
    ),
    9: (
        # call_id may now be missing (and, in the *Param schemas, null): readers break,
        # senders gain freedom.
        "Allow call_id to be nullable and remove from required fields",
        True,
        {
            ("field-optional", "schema FunctionToolCallOutput.call_id", RESPONSE, True),
            ("field-optional", "schema BetaFunctionToolCallOutput.call_id", RESPONSE, True),
            *(
                verdict
                for schema in ("FunctionCallOutputItemParam", "BetaFunctionCallOutputItemParam")
                for verdict in (
                    ("field-optional", f"schema {schema}.call_id", RESPONSE, True),
                    ("field-optional", f"schema {schema}.call_id", REQUEST, False),
                    ("nullable-added", f"schema {schema}.call_id", RESPONSE, True),
                    ("nullable-added", f"schema {schema}.call_id", REQUEST, False),
                )
            ),
        },
    ),
    10: (
        "Add 'source' field to audit log actions for authorization context",
        False,
        {added("schema AuditLog.source", RESPONSE)},
    ),
    11: (
        "Remove deprecated 'source' field from audit log schema",
        True,
        {("field-removed", "schema AuditLog.source", RESPONSE, True)},
    ),
    12: (
        "Add new AI model options to the API specification",
        False,
        {
            enum_added("schema ModelIdsResponses[string enum]", BOTH),
            enum_added("schema BetaModelIdsResponses[string enum]", BOTH),
        },
    ),
    13: ("Clarify audio file requirements for transcription and translation", False, set()),
    14: (
        "Add tenant.workload_identity.access_token.issued event to API",
        False,
        {enum_added("schema AuditLogEventType", BOTH)},
    ),
    15: (
        "Mark video-related endpoints as deprecated",
        False,
        {("operation-deprecated", operation, SDK, False) for operation in VIDEO_OPERATIONS},
    ),
    16: (
        # The server-event unions held one branch, the stream-event union; now they hold
        # its 53 events directly, each extended with an optional stream_id. Readers of the
        # old SDK reached an event as `.root.root` (say `.root.root.code` for an error),
        # now as `.root`. The client's response.create event gains an optional stream_id.
        "Add `stream_id` to responses WebSocket events for routing control",
        True,
        {
            ("unwrapped", "schema ResponsesServerEvent", RESPONSE, True),
            ("unwrapped", "schema ResponsesServerEvent", REQUEST, False),
            (
                "unwrapped",
                "schema BetaResponsesServerEvent[BetaResponseStreamEvent]",
                RESPONSE,
                True,
            ),
            (
                "unwrapped",
                "schema BetaResponsesServerEvent[BetaResponseStreamEvent]",
                REQUEST,
                False,
            ),
            ("schema-added", "schema ResponsesWebSocketStreamEvent", SDK, False),
            ("schema-added", "schema BetaResponsesWebSocketStreamEvent", SDK, False),
            added("schema ResponsesClientEventResponseCreate.stream_id", BOTH),
            added("schema BetaResponsesClientEventResponseCreate.stream_id", BOTH),
            *(
                added(f"schema {union}[type={event}].stream_id", BOTH)
                for union in ("ResponsesServerEvent", "BetaResponsesServerEvent")
                for event in STREAM_EVENTS
            ),
        },
    ),
    17: ("Add descriptions to ResponseStreamEvent and BetaResponseStreamEvent", False, set()),
    18: (
        # The files/content changes are to its summary and example only.
        "Clarify file content endpoint response and add new GPT-5.5 models",
        False,
        {
            enum_added("schema ModelIdsResponses[string enum]", BOTH),
            enum_added("schema ModelIdsShared[string enum]", BOTH),
            enum_added("schema BetaModelIdsResponses[string enum]", BOTH),
            enum_added("schema BetaModelIdsShared[string enum]", BOTH),
        },
    ),
}


@cache
def versions() -> tuple[str, ...]:
    """The spec's text at each of the 19 commits, the base first."""
    text = gzip.decompress((HISTORY / "openai-5c044be.yaml.gz").read_bytes()).decode()
    found = [text]
    for patch in PATCHES:
        found.append(apply_patch(found[-1], patch.read_text()))
    return tuple(found)


@pytest.fixture(scope="module")
def ir(tmp_path_factory: pytest.TempPathFactory) -> Callable[[int], Api]:
    """The IR of the spec after a number of patches (0: the base), each built once."""
    folder = tmp_path_factory.mktemp("openai-history")

    @cache
    def build(step: int) -> Api:
        spec = folder / f"{step:02d}" / "openapi.yaml"
        spec.parent.mkdir()
        spec.write_text(versions()[step])
        diagnostics = Diagnostics(quiet=True)
        document = load_document(spec, diagnostics)
        return build_api(document, Config(spec=spec, output=folder / "out"), diagnostics)

    return build


def test_the_patches_rebuild_the_last_version_exactly() -> None:
    assert len(PATCHES) == 18 == len(EXPECTED)
    assert hashlib.sha256(versions()[-1].encode()).hexdigest() == LAST


@pytest.mark.parametrize("step", sorted(EXPECTED), ids=lambda step: f"{step:02d}")
def test_each_real_change_gets_the_verdicts_read_from_its_patch(
    step: int, ir: Callable[[int], Api]
) -> None:
    message, breaking, expected = EXPECTED[step]
    changes = diff_apis(ir(step - 1), ir(step))
    found = {(c.kind, c.subject, c.sides, c.breaking) for c in changes}
    assert len(found) == len(changes), "each verdict once"
    assert found == expected, message
    assert any(c.breaking for c in changes) is breaking, message
