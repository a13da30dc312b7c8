"""The ``sdkgen`` command line."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .config import Config, load_config
from .errors import Diagnostics, SdkgenError, UsageError
from .escaping import printable
from .output import signals

if TYPE_CHECKING:
    from .pipeline import Result


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise UsageError(message)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    parser.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    parser.add_argument("--spec", type=Path, help="the OpenAPI spec (default: [tool.sdkgen] spec)")
    parser.add_argument(
        "--output", type=Path, help="the SDK folder (default: [tool.sdkgen] output)"
    )
    parser.add_argument(
        "--templates", type=Path, help="a folder of templates that override the built-in ones"
    )
    parser.add_argument(
        "--no-cache",
        dest="cache",
        action="store_false",
        default=None,
        help="compute everything afresh: no cached models, parsed YAML, compiled templates or formatting",
    )
    parser.add_argument(
        "--config",
        type=Path,
        help="a TOML file with a [tool.sdkgen] table (default: the nearest pyproject.toml)",
    )
    _fail_on_warning(parser)


def _fail_on_warning(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--fail-on-warning",
        action="store_true",
        help="exit 1 if the run gives any warning (for CI); generate then writes nothing",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="sdkgen",
        description="Generate a Python SDK, CLI and reference docs from an OpenAPI spec.",
    )
    parser.add_argument("--version", action="version", version=f"sdkgen {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    generate = commands.add_parser("generate", help="regenerate the SDK folder from the spec")
    _common(generate)
    generate.add_argument(
        "--force",
        action="store_true",
        help="overwrite generated files that were edited by hand (their edits are lost)",
    )
    generate.set_defaults(handler=cmd_generate)

    check = commands.add_parser(
        "check", help="exit 1 with a diff if the SDK folder is not what the spec generates"
    )
    _common(check)
    check.set_defaults(handler=cmd_check)

    templates = commands.add_parser(
        "templates", help="list the built-in templates, or copy them to customise"
    )
    actions = templates.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    actions.required = True
    listing = actions.add_parser(
        "list", help="each built-in template, what it renders and its blocks"
    )
    listing.set_defaults(handler=cmd_templates_list)
    export = actions.add_parser("export", help="copy the built-in templates into a folder")
    export.add_argument("directory", type=Path)
    export.add_argument("--force", action="store_true", help="overwrite files that exist")
    export.set_defaults(handler=cmd_templates_export)

    diff = commands.add_parser("diff", help="list the API changes between two versions of a spec")
    diff.add_argument("old", type=Path, help="the earlier spec")
    diff.add_argument("new", type=Path, help="the later spec")
    diff.add_argument(
        "--fail-on-breaking", action="store_true", help="exit 1 if any change breaks SDK users"
    )
    diff.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: one line per change, breaking ones first; json: for CI tools",
    )
    diff.add_argument(
        "--no-models",
        dest="models",
        action="store_false",
        help="skip comparing the model classes (faster: no models stage)",
    )
    diff.add_argument("--config", type=Path, help="a TOML file with a [tool.sdkgen] table")
    _fail_on_warning(diff)
    diff.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    diff.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    diff.set_defaults(handler=cmd_diff)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        args = parser.parse_args(argv)
        handler: Callable[[argparse.Namespace], int] = args.handler
        with signals.terminating():
            return handler(args)
    except SdkgenError as exc:
        if debug:
            traceback.print_exc()
        for line in exc.error_lines():
            print(f"sdkgen: error: {line}", file=sys.stderr)
        return exc.exit_code
    except signals.Interrupted as stop:
        print(f"sdkgen: {stop}", file=sys.stderr)
        return stop.exit_code
    except KeyboardInterrupt:
        print("sdkgen: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - a bug in sdkgen: still one line unless asked for more
        if debug:
            traceback.print_exc()
        print(
            f"sdkgen: internal error: {type(exc).__name__}: {printable(str(exc))} "
            "(rerun with --debug for details)",
            file=sys.stderr,
        )
        return 1


def _config(args: argparse.Namespace) -> Config:
    overrides = {
        "spec": args.spec,
        "output": args.output,
        "templates": args.templates,
        "cache": args.cache,
    }
    return load_config(args.config, overrides)


class Progress:
    """The stage a run is at, on one line of an interactive terminal rewritten in place;
    silent in CI and when piped. Other lines (warnings) are printed above it."""

    def __init__(self, quiet: bool) -> None:
        self.enabled = not quiet and sys.stderr.isatty() and not os.environ.get("CI")
        self.showing = ""  # the progress line on the terminal now

    def step(self, message: str) -> None:
        if self.enabled:
            # Cut to the terminal's width: a line that wraps cannot be rewritten in place.
            self.showing = printable(message)[: max(_stderr_width() - 2, 0)] + "…"
            self._write(f"\r\033[K{self.showing}")

    def print(self, line: str) -> None:
        """``line`` on a line of its own: the progress line is cleared first, then shown again."""
        if self.showing:
            self._write("\r\033[K")
        print(line, file=sys.stderr, flush=True)
        if self.showing:
            self._write(self.showing)

    def done(self) -> None:
        if self.showing:
            self._write("\r\033[K")
            self.showing = ""

    @staticmethod
    def _write(text: str) -> None:
        sys.stderr.write(text)
        sys.stderr.flush()


def _stderr_width() -> int:
    try:
        columns = os.get_terminal_size(sys.stderr.fileno()).columns
    except (OSError, ValueError):
        columns = 0
    return columns or 80  # 0: a terminal that does not say


def _generate(args: argparse.Namespace, config: Config) -> dict[str, str]:
    from .cache import OutputCache, open_cache, output_key

    progress = Progress(args.quiet)
    diagnostics = _diagnostics(args, echo=progress.print)
    outputs = OutputCache(open_cache() if config.cache else None)
    key = output_key(config) if config.cache else None
    reused = outputs.get(key) if key is not None else None
    if reused is not None:  # nothing it is made from changed since a run made it
        files, warnings = reused
        diagnostics.replay(warnings)
    else:
        try:
            result = _run_pipeline(config, diagnostics, progress)
        finally:
            progress.done()
        files = result.files
        if key is not None:
            outputs.put(key, files, diagnostics.records, result.sources)
    summary = diagnostics.summary()
    if summary is not None and not args.quiet:
        print(summary, file=sys.stderr)
    _refuse_warnings(
        args, diagnostics, "; nothing was written" if args.command == "generate" else ""
    )
    return files


def _run_pipeline(config: Config, diagnostics: Diagnostics, progress: Progress) -> Result:
    from .pipeline import generate_files

    # A run builds millions of objects that live to its end (the parsed spec, the IR) and few
    # cycles: the collector's passes over them cost more than they free (a fifth of a large
    # spec's run, half of its YAML load). What the imports made is never scanned again.
    gc.freeze()
    gc.disable()
    try:
        return generate_files(config, diagnostics, progress=progress.step)
    finally:
        gc.enable()


def _diagnostics(
    args: argparse.Namespace, echo: Callable[[str], None] | None = None
) -> Diagnostics:
    # Warnings that fail the run are shown like errors: -q does not hide them.
    quiet = args.quiet and not args.fail_on_warning
    return Diagnostics(quiet=quiet) if echo is None else Diagnostics(quiet=quiet, echo=echo)


def _refuse_warnings(args: argparse.Namespace, diagnostics: Diagnostics, outcome: str) -> None:
    count = len(diagnostics.warnings)
    if args.fail_on_warning and count:
        noun = "warning fails" if count == 1 else "warnings fail"
        raise SdkgenError(f"--fail-on-warning: {count} {noun} this run{outcome}")


def cmd_generate(args: argparse.Namespace) -> int:
    from .output.plan import plan_changes
    from .output.writer import apply_plan, exclusive, roll_back_unfinished

    started = time.perf_counter()
    config = _config(args)
    try:
        with exclusive(config.output):
            healed = roll_back_unfinished(config.output)
            if healed is not None and not args.quiet:
                print(f"sdkgen: {healed}", file=sys.stderr)
            files = _generate(args, config)
            plan = plan_changes(config.output, files, force=args.force)
            apply_plan(config.output, plan)
    except signals.Interrupted as stop:
        stop.outcome = stop.outcome or f"{config.output} was left as it was"
        raise
    if not args.quiet:
        elapsed = time.perf_counter() - started
        print(
            f"{config.output}: {len(plan.write)} written, {len(plan.delete)} deleted, "
            f"{plan.unchanged} unchanged ({elapsed:.1f} s)"
        )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .output.plan import hand_edited, unified_diff
    from .output.writer import unfinished_update

    config = _config(args)
    files = _generate(args, config)
    stale = False
    for line in unified_diff(config.output, files):
        stale = True
        sys.stdout.write(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    leftover = unfinished_update(config.output)
    if leftover is not None:
        print(f"sdkgen: {leftover}", file=sys.stderr)
        return 1
    for path in hand_edited(config.output):
        print(
            f"sdkgen: {config.output / path} was edited by hand since sdkgen wrote it",
            file=sys.stderr,
        )
    if stale:
        print(f"sdkgen: {config.output} is stale; run `sdkgen generate`", file=sys.stderr)
        return 1
    if not args.quiet:
        print(f"{config.output} is up to date")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from .diff import diff_specs, format_json, format_text

    progress = Progress(args.quiet)
    # Without --fail-on-warning the report is all diff shows.
    diagnostics = _diagnostics(args) if args.fail_on_warning else None
    try:
        changes = diff_specs(
            args.old,
            args.new,
            args.config,
            models=args.models,
            progress=progress.step,
            diagnostics=diagnostics,
        )
    finally:
        progress.done()
    if args.format == "json":
        sys.stdout.write(format_json(changes))
    else:  # the report quotes the spec (paths, names, values): one printable line each
        sys.stdout.writelines(printable(line) + "\n" for line in format_text(changes).splitlines())
    if diagnostics is not None:
        _refuse_warnings(args, diagnostics, "")
    return 1 if args.fail_on_breaking and any(change.breaking for change in changes) else 0


def cmd_templates_list(args: argparse.Namespace) -> int:
    from .render.catalog import builtin_templates, format_listing

    sys.stdout.write(format_listing(builtin_templates()))
    return 0


def cmd_templates_export(args: argparse.Namespace) -> int:
    from .render.catalog import export_templates

    written = export_templates(args.directory, force=args.force)
    print(f"{args.directory}: {len(written)} templates; edit the ones you need and delete the rest")
    return 0
