"""Names of a method's arguments and of the CLI flags that stand for them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .reserved import METHOD_BODY_NAMES


def unshadowed(names: Sequence[str], used: Iterable[str]) -> list[str]:
    """``names`` with a trailing underscore on each that would hide a name the method body
    needs (``list`` in ``list[Job]``, the value encoders, ``self``)."""
    needed = METHOD_BODY_NAMES | set(used)
    taken = set(names) | needed
    renamed = []
    for name in names:
        if name in needed:
            name = free_name(name + "_", taken)
            taken.add(name)
        renamed.append(name)
    return renamed


def unique_flags(flags: Sequence[tuple[str, bool]], reserved: Iterable[str] = ()) -> list[str]:
    """One flag per ``(flag, is_boolean)`` argument, also when a boolean's ``--no-x`` would take
    another's name: the later one gets a number (``--no-verbose-2``). A ``reserved`` flag (one
    the CLI takes a credential with) is ``--<flag>-param`` for the argument."""
    kept = frozenset(reserved)
    taken: set[str] = set(kept)
    result = []
    for wanted, is_boolean in flags:
        if wanted in kept:
            wanted = f"{wanted}-param"
        flag, n = wanted, 1
        while flag in taken or (is_boolean and f"no-{flag}" in taken):
            n += 1
            flag = f"{wanted}-{n}"
        taken.add(flag)
        if is_boolean:
            taken.add(f"no-{flag}")
        result.append(flag)
    return result


def free_name(wanted: str, taken: Iterable[str]) -> str:
    """``wanted``, with trailing underscores until no argument in ``taken`` has it (a query
    parameter named ``Body`` beside the request body)."""
    names = set(taken)
    while wanted in names:
        wanted += "_"
    return wanted
