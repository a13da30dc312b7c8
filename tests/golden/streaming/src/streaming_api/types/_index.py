"""Each model class, and the module of ``types`` that defines it."""

MODULES: dict[str, str] = {
    "ChatCompletion": "schemas",
    "ChatCompletionChunk": "schemas",
    "ChatCompletionsPostRequest": "schemas",
    "Completion": "schemas",
    "CompletionDelta": "schemas",
    "CompletionDone": "schemas",
    "CompletionEvent": "schemas",
    "CompletionsPostRequest": "schemas",
    "JobFinished": "schemas",
    "JobProgress": "schemas",
    "JobsJobIdEventsGetResponse": "schemas",
    "SpeechPostRequest": "schemas",
    "Tick": "schemas",
}
