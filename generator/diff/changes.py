"""One change between two versions of a spec, and the verdict on it for each side of the SDK.

A user meets a spec through three doors: what they send (parameters, request bodies and
every schema reachable from them: the ``request`` side), what they read (response bodies
and the schemas reachable from them: the ``response`` side), and the names the SDK gives
them (methods, keyword arguments, model classes: the ``sdk`` side). The same edit can break
one door and not another: a field that becomes required breaks senders, never readers;
a field that becomes optional breaks readers, never senders. ``RULES`` holds each verdict.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

Side = Literal["request", "response", "sdk"]
Spec = Literal["old", "new"]
BOTH: tuple[Side, ...] = ("request", "response")


@dataclass(frozen=True, slots=True)
class Verdict:
    breaking: bool
    why: str


@dataclass(frozen=True, slots=True)
class Change:
    kind: str  # a key of RULES, e.g. "field-removed"
    subject: str  # the operation or schema, and the place in it: "schema Pet.owner.email"
    detail: str  # what happened, in words: "field removed"
    sides: tuple[Side, ...]  # the sides this verdict holds for
    breaking: bool
    why: str
    pointer: str  # JSON pointer of the place, in the spec named by `spec`
    spec: Spec

    def __str__(self) -> str:
        text = f"{self.subject}: {self.detail} [{', '.join(self.sides)}]"
        return text + " [breaking]" if self.breaking else text

    @property
    def location(self) -> str:
        return f"{self.spec} #{self.pointer}"


def _rule(
    request: Verdict | None = None, response: Verdict | None = None, sdk: Verdict | None = None
) -> dict[Side, Verdict]:
    sides: list[tuple[Side, Verdict | None]] = [
        ("request", request),
        ("response", response),
        ("sdk", sdk),
    ]
    return {side: verdict for side, verdict in sides if verdict is not None}


def _breaks(why: str) -> Verdict:
    return Verdict(True, why)


def _fine(why: str) -> Verdict:
    return Verdict(False, why)


NO_BOUNDS_READ = _fine("the SDK does not check bounds on what it reads")
MEMBER_GONE = "its enum member is gone from the SDK, so code naming it fails"

RULES: Mapping[str, Mapping[Side, Verdict]] = {
    # fields of an object
    "optional-field-added": _rule(
        _fine("callers may leave it out"), _fine("code that does not read it is unaffected")
    ),
    "required-field-added": _rule(
        _breaks("calls that leave it out are refused"),
        _fine("code that does not read it is unaffected"),
    ),
    "field-removed": _rule(
        _breaks("calls that set it are refused: the model no longer has it"),
        _breaks("code that reads it fails"),
    ),
    "field-required": _rule(
        _breaks("calls that leave it out are now refused"), _fine("it is now always there")
    ),
    "field-optional": _rule(
        _fine("callers may now leave it out"),
        _breaks("it may now be missing: code that reads it gets None"),
    ),
    "nullable-added": _rule(
        _fine("callers may now send null"),
        _breaks("it may now be null: code that uses the value gets None"),
    ),
    "nullable-removed": _rule(
        _breaks("calls that send null are refused"), _fine("it is never null now")
    ),
    "attribute-renamed": _rule(sdk=_breaks("code using the old attribute name fails")),
    # types
    "type-widened": _rule(
        _fine("every value callers sent is still accepted"),
        _breaks("code may now get a value of a type it does not handle"),
    ),
    "type-narrowed": _rule(
        _breaks("some values callers send are now refused"),
        _fine("code gets a subset of the values it handled"),
    ),
    "type-changed": _rule(
        _breaks("the values callers send are now refused"),
        _breaks("code gets a value of another type"),
    ),
    "schema-changed": _rule(
        _fine("the SDK sends any model as JSON: only its shape counts, compared field by field"),
        _fine("only the class changes; its fields are compared one by one"),
    ),
    "enum-values-added": _rule(
        _fine("callers may send more values"),
        _fine("the SDK's enums are open: a value it does not know is kept, not refused"),
    ),
    "enum-values-removed": _rule(
        _breaks(f"calls that send it are refused, and {MEMBER_GONE}"), _breaks(MEMBER_GONE)
    ),
    "constraint-tightened": _rule(
        _breaks("values accepted before may now be refused"), NO_BOUNDS_READ
    ),
    "constraint-relaxed": _rule(_fine("every value accepted before still is"), NO_BOUNDS_READ),
    # unions (oneOf / anyOf)
    "branch-added": _rule(
        _fine("callers gain an option"),
        _breaks(
            "an SDK built before cannot parse a value of the new shape: its unions are closed, "
            "unlike its enums"
        ),
    ),
    "branch-removed": _rule(
        _breaks("calls that send a value of that shape are refused"),
        _breaks("code handling that shape, or naming its class, no longer matches"),
    ),
    "unwrapped": _rule(
        _fine("the SDK sends any model as JSON, wrapped or not"),
        _breaks("the value is no longer wrapped in a root model: one `.root` less reaches it"),
    ),
    "wrapped": _rule(
        _fine("the SDK sends any model as JSON, wrapped or not"),
        _breaks("the value is now wrapped in a root model: one `.root` more reaches it"),
    ),
    # operations
    "operation-added": _rule(sdk=_fine("a new method")),
    "operation-removed": _rule(sdk=_breaks("calls to its method fail")),
    "operation-deprecated": _rule(sdk=_fine("it still works; it may be removed later")),
    "method-renamed": _rule(sdk=_breaks("code calling the old name fails")),
    "argument-renamed": _rule(sdk=_breaks("calls passing the old keyword fail")),
    "pagination-added": _rule(
        sdk=_breaks("the method now returns a page to iterate, not the response")
    ),
    "pagination-removed": _rule(
        sdk=_breaks("the method now returns the response, not a page to iterate")
    ),
    "required-parameter-added": _rule(_breaks("calls without it are refused")),
    "optional-parameter-added": _rule(_fine("callers may leave it out")),
    "parameter-removed": _rule(_breaks("calls passing it fail")),
    "parameter-required": _rule(_breaks("calls without it are now refused")),
    "parameter-optional": _rule(_fine("callers may now leave it out")),
    "required-request-body-added": _rule(_breaks("calls without a body are refused")),
    "optional-request-body-added": _rule(_fine("callers may leave it out")),
    "request-body-removed": _rule(_breaks("calls that send a body are refused")),
    "request-body-required": _rule(_breaks("calls without a body are now refused")),
    "request-body-optional": _rule(_fine("callers may now leave it out")),
    "request-body-media-type-changed": _rule(_breaks("the body is now sent in another format")),
    "response-body-added": _rule(response=_fine("the method now returns a value")),
    "response-body-removed": _rule(response=_breaks("code reading the result fails")),
    "response-kind-changed": _rule(
        response=_breaks("the method now returns another kind of value")
    ),
    # model classes and resources
    "schema-added": _rule(sdk=_fine("a new model class")),
    "schema-removed": _rule(sdk=_breaks("code importing its model class fails")),
    "schema-renamed": _rule(sdk=_breaks("code importing the old class name fails")),
    "class-removed": _rule(sdk=_breaks("code importing it fails")),
    "class-renamed": _rule(sdk=_breaks("code importing the old name fails")),
    "class-kind-changed": _rule(sdk=_breaks("code using the class the old way fails")),
    "class-retyped": _rule(sdk=_breaks("the SDK's methods now use another class for this schema")),
    "enum-member-renamed": _rule(sdk=_breaks("code naming the old member fails")),
    "resource-class-renamed": _rule(sdk=_breaks("code naming the old class fails")),
}


class Changes:
    """Collects changes, giving each the verdict of ``RULES`` on every side it touches."""

    def __init__(self) -> None:
        self.found: list[Change] = []

    def add(
        self,
        kind: str,
        subject: str,
        detail: str,
        sides: Iterable[Side],
        pointer: str,
        spec: Spec = "new",
        *,
        override: Mapping[Side, Verdict] | None = None,
    ) -> None:
        rule = {**RULES[kind], **(override or {})}
        verdicts = [(side, rule[side]) for side in dict.fromkeys(sides) if side in rule]
        if not verdicts:
            return
        # Sides with the same verdict share one line; different verdicts get one each.
        for breaking in (True, False):
            same = [(side, v) for side, v in verdicts if v.breaking is breaking]
            if not same:
                continue
            whys = list(dict.fromkeys(v.why for _, v in same))
            why = whys[0] if len(whys) == 1 else "; ".join(f"{side}: {v.why}" for side, v in same)
            self.found.append(
                Change(
                    kind, subject, detail, tuple(s for s, _ in same), breaking, why, pointer, spec
                )
            )
