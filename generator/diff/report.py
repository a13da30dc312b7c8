"""The report: lines for people (breaking changes first), JSON for CI tools."""

from __future__ import annotations

import json
from collections.abc import Sequence

from .changes import Change


def format_text(changes: Sequence[Change]) -> str:
    """One line per change (``[breaking]`` marks the breaking ones), then why, and where."""
    if not changes:
        return "No API changes.\n"
    lines: list[str] = []
    for title, breaking in (("Breaking changes", True), ("Other changes", False)):
        group = [change for change in changes if change.breaking is breaking]
        if not group:
            continue
        if lines:
            lines.append("")
        lines.append(f"{title} ({len(group)}):")
        for change in group:
            lines.append(f"  - {change}")
            lines.append(f"      {change.why} ({change.location})")
    return "\n".join(lines) + "\n"


def format_json(changes: Sequence[Change]) -> str:
    """``{"breaking": bool, "changes": [...]}``, each change with every field of :class:`Change`."""
    ordered = sorted(changes, key=lambda change: not change.breaking)
    document = {
        "breaking": any(change.breaking for change in changes),
        "changes": [
            {
                "kind": change.kind,
                "subject": change.subject,
                "detail": change.detail,
                "sides": list(change.sides),
                "breaking": change.breaking,
                "why": change.why,
                "pointer": "#" + change.pointer,
                "spec": change.spec,
                "line": str(change),
            }
            for change in ordered
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
