"""Webhooks: the requests Real World API sends to your server (its webhooks and
callbacks), as typed events.

    event = client.webhooks.unwrap(request_body, request_headers)

Given a secret (the ``secret`` argument or the ``REALWORLD_WEBHOOK_SECRET`` environment
variable), ``unwrap`` first checks the request's Standard Webhooks signature.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from typing import TypeAlias

from pydantic import TypeAdapter, ValidationError

from ._webhooks import WebhookError, WebhookVerificationError, verify_signature
from .types.schemas import MessageDeliveredWebhook, MessageFailed, OnMessageCallback

__all__ = ["WebhookError", "WebhookEvent", "WebhookVerificationError", "Webhooks"]

WEBHOOK_SECRET_ENV = "REALWORLD_WEBHOOK_SECRET"

WebhookEvent: TypeAlias = MessageDeliveredWebhook | MessageFailed | OnMessageCallback
"""The payload of any of the API's webhooks and callbacks:

- ``message.delivered``: ``MessageDeliveredWebhook``. A message reached its recipient.
- ``message.failed``: ``MessageFailed``. A message could not be delivered.
- ``onMessage`` (a callback of ``POST /subscriptions``): ``OnMessageCallback``. A message arrived.
"""


@functools.cache
def _events() -> TypeAdapter[WebhookEvent]:
    return TypeAdapter(WebhookEvent)


class Webhooks:
    """Parses the webhook requests the API sends, checking their signature given a secret."""

    def unwrap(
        self,
        payload: str | bytes,
        headers: Mapping[str, str] | None = None,
        *,
        secret: str | None = None,
    ) -> WebhookEvent:
        """The event a webhook request's body holds.

        Args:
          payload: The request's body, exactly as received.
          headers: The request's headers; needed to check the signature.
          secret: The signing secret (``whsec_...``). Defaults to the
            ``REALWORLD_WEBHOOK_SECRET`` environment variable; without one, the signature
            is not checked.

        Raises:
          WebhookVerificationError: The signature is missing, stale or does not match.
          WebhookError: The body is not JSON, or is none of the API's events.
        """
        body = payload.encode() if isinstance(payload, str) else payload
        if secret is None:
            secret = os.environ.get(WEBHOOK_SECRET_ENV)
        if secret:
            if headers is None:
                raise WebhookVerificationError(
                    "Pass the request's headers: they carry the signature to check."
                )
            verify_signature(body, headers, secret)
        try:
            return _events().validate_json(body)
        except ValidationError as exc:
            raise WebhookError(
                f"The webhook payload is none of the API's events ({exc.error_count()} problems)."
            ) from None
