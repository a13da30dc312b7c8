"""Checking that a webhook request came from the API: Standard Webhooks signatures.

The API signs ``{webhook-id}.{webhook-timestamp}.{body}`` with HMAC-SHA256 under a secret it
shares with the receiver (``whsec_`` and the key in base64) and sends ``v1,<signature>`` in the
``webhook-signature`` header (https://www.standardwebhooks.com).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import time
from collections.abc import Mapping

from ._settings import SDKError

__all__ = ["WebhookError", "WebhookVerificationError", "verify_signature"]

DEFAULT_TOLERANCE = 300  # seconds a signed timestamp may be off the receiver's clock
SECRET_PREFIX = "whsec_"


class WebhookError(SDKError):
    """A webhook payload that is not JSON, or that matches none of the API's events."""


class WebhookVerificationError(WebhookError):
    """A webhook request whose signature is missing, stale or wrong: it may not come from the API."""


def verify_signature(
    payload: bytes,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """Raise ``WebhookVerificationError`` unless ``headers`` sign ``payload`` with ``secret``."""
    lowered = {name.lower(): value for name, value in headers.items()}
    message_id = lowered.get("webhook-id")
    timestamp = lowered.get("webhook-timestamp")
    signatures = lowered.get("webhook-signature")
    if not message_id or not timestamp or not signatures:
        raise WebhookVerificationError(
            "The request has no webhook-id, webhook-timestamp or webhook-signature header."
        )
    try:
        sent_at = int(timestamp)
    except ValueError:
        raise WebhookVerificationError("The webhook-timestamp header is not a number.") from None
    current = time.time() if now is None else now
    if abs(current - sent_at) > tolerance:
        raise WebhookVerificationError(
            f"The webhook was signed {int(current - sent_at)} s from now, more than "
            f"{tolerance} s: it may be replayed."
        )
    try:
        key = base64.b64decode(secret.removeprefix(SECRET_PREFIX), validate=True)
    except (binascii.Error, ValueError):
        raise WebhookVerificationError("The webhook secret is not base64.") from None
    signed = b"%s.%s.%s" % (message_id.encode(), timestamp.encode(), payload)
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    for candidate in signatures.split():
        version, _, signature = candidate.partition(",")
        if version == "v1" and hmac.compare_digest(signature, expected):
            return
    raise WebhookVerificationError("No webhook signature matches the payload and the secret.")
