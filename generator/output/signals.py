"""Termination signals (SIGINT, SIGTERM, SIGHUP) as an exception, so a run can undo what it started.

Inside :func:`terminating` the first signal raises :class:`Interrupted` wherever the
run is, and the writer rolls its update back; later signals are ignored, so a second
Ctrl-C cannot cut the rollback short. Inside :func:`held` a signal waits until the
block ends: the writer holds them while it finishes an update that is already committed.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

TERMINATING = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class Interrupted(KeyboardInterrupt):
    """The run received a termination signal; ``outcome`` says what became of the output."""

    def __init__(self, signum: int, outcome: str = "") -> None:
        super().__init__(signum)
        self.signum = signum
        self.outcome = outcome

    @property
    def exit_code(self) -> int:
        return 128 + self.signum

    def __str__(self) -> str:
        text = f"interrupted by {signal.Signals(self.signum).name}"
        return f"{text}; {self.outcome}" if self.outcome else text


class _State:
    stopping = False  # Interrupted was raised: the run is on its way out
    holding = 0  # nesting depth of held()
    pending: int | None = None  # a signal that arrived while held


def _handle(signum: int, frame: FrameType | None) -> None:
    if _State.stopping:
        return
    if _State.holding:
        _State.pending = _State.pending or signum
        return
    _State.stopping = True
    raise Interrupted(signum)


@contextmanager
def terminating() -> Iterator[None]:
    """Turn termination signals into :class:`Interrupted` for the duration of the block."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread can handle signals
        return
    previous = {signum: signal.signal(signum, _handle) for signum in TERMINATING}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        _State.stopping, _State.holding, _State.pending = False, 0, None


@contextmanager
def held() -> Iterator[None]:
    """Let a termination signal that arrives during the block take effect only when it ends."""
    _State.holding += 1
    try:
        yield
    finally:
        _State.holding -= 1
        if not _State.holding and _State.pending is not None:
            signum, _State.pending = _State.pending, None
            _State.stopping = True
            raise Interrupted(signum)


def pending() -> bool:
    """True if a termination signal is waiting for a :func:`held` block to end."""
    return _State.pending is not None
