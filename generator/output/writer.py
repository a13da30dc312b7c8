"""Compare generated files with an output folder, and update it as one transaction.

The output folder holds a manifest of the files sdkgen wrote. Updating writes
only files whose content changed, deletes files that an earlier run generated
and this one does not (and folders left empty), and never touches any other
file. Nothing is written until every file has been generated, and an update is
all or nothing:

1. every new file is written into ``.sdkgen-staging/`` inside the output folder
   (the same file system, so putting a file in place is a rename);
2. ``.sdkgen-journal.json`` records the update;
3. each file is moved into place, and each file it replaces or deletes is moved
   into the staging folder;
4. removing the journal commits the update; then the staging folder goes.

An error or a termination signal before step 4 moves everything back. After a
crash (SIGKILL, power loss) the journal is still there, and the next ``sdkgen
generate`` rolls the unfinished update back the same way before anything else,
and removes a leftover staging folder: an update is never left half done.
``sdkgen check`` reports such leftovers as stale.

``sdkgen generate`` holds an exclusive lock (``flock``) on ``.sdkgen-lock`` in the
output folder while it runs, and removes it at the end; a second run into the
same folder is refused. None of these files is ever listed as generated.
"""

from __future__ import annotations

import difflib
import fcntl
import json
import os
import re
import shutil
import stat
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from ..errors import SdkgenError
from ..names.identifiers import is_windows_device_name
from . import signals

MANIFEST = ".sdkgen-manifest.json"
JOURNAL = ".sdkgen-journal.json"
STAGING = ".sdkgen-staging"
LOCK = ".sdkgen-lock"


def manifest_text(paths: list[str], generator: str) -> str:
    return json.dumps({"generator": generator, "files": sorted(paths)}, indent=2) + "\n"


def read_manifest(output: Path) -> set[str]:
    path = output / MANIFEST
    if not path.is_file():
        return set()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        files = data["files"]
    except (ValueError, KeyError, TypeError):
        raise SdkgenError(
            f"{path}: the manifest is corrupt; delete it to regenerate from scratch"
        ) from None
    return {f for f in files if isinstance(f, str) and _inside(f) and not _through_link(output, f)}


# What a generated file's path may be made of: plain names, no hidden files besides the manifest.
_PATH_PART = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")


def _inside(relative: str) -> bool:
    """True if ``relative`` is a plain relative path, which can only name a place inside the output folder.

    No absolute paths, no ``..``, no backslashes, nothing but letters, digits and ``_.-``
    in each part, parts short enough for any file system and none that Windows keeps for a
    device (``con.py``): spec text never decides where a file goes.
    """
    if relative == MANIFEST:
        return True
    return all(  # (_PATH_PART already rules out "." and "..")
        _PATH_PART.fullmatch(part) and len(part) <= 200 and not is_windows_device_name(part)
        for part in relative.split("/")
    )


def _through_link(output: Path, relative: str) -> bool:
    """True if a symbolic link inside ``output`` would take ``relative`` somewhere else."""
    root = output.resolve()
    folder = (output / relative).parent.resolve()
    return folder != root and root not in folder.parents


@dataclass(frozen=True, slots=True)
class Plan:
    write: dict[str, str]  # path -> new content (new or changed files)
    delete: tuple[str, ...]  # generated earlier, not any more
    unchanged: int

    @property
    def empty(self) -> bool:
        return not self.write and not self.delete


def plan_changes(output: Path, files: dict[str, str]) -> Plan:
    for path in files:
        if not _inside(path):
            raise SdkgenError(f"refusing to write {path!r}: not a plain, portable relative path")
        if _through_link(output, path):
            raise SdkgenError(
                f"refusing to write {output / path}: a symbolic link leads it outside the output folder"
            )
    leftover = unfinished_update(output)
    if leftover is not None:
        raise SdkgenError(leftover)
    previous = read_manifest(output)
    write: dict[str, str] = {}
    unchanged = 0
    for path, content in files.items():
        current = _read(output / path)
        if current == content:
            unchanged += 1
            continue
        if current is not None and path not in previous and path != MANIFEST:
            raise SdkgenError(
                f"refusing to overwrite {output / path}: sdkgen did not generate it (move it away first)"
            )
        write[path] = content
    delete = tuple(sorted(p for p in previous - files.keys() if (output / p).is_file()))
    return Plan(write, delete, unchanged)


@dataclass(frozen=True, slots=True)
class _Journal:
    """An update in flight. The staging folder holds write ``i`` as ``i.new`` until it is in
    place, and the file it replaces as ``i.old``; delete ``j`` keeps the file as ``(len(writes) + j).old``.
    """

    writes: tuple[tuple[str, bool], ...]  # path, whether it replaces a file
    deletes: tuple[str, ...]
    folders: tuple[str, ...]  # folders the update creates, parents first

    def new(self, output: Path, index: int) -> Path:
        return output / STAGING / f"{index}.new"

    def old(self, output: Path, index: int) -> Path:
        return output / STAGING / f"{index}.old"

    def text(self) -> str:
        return json.dumps(
            {"writes": self.writes, "deletes": self.deletes, "folders": self.folders}, indent=1
        )

    @classmethod
    def read(cls, output: Path) -> _Journal:
        path = output / JOURNAL
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            writes = tuple((str(p), bool(r)) for p, r in data["writes"])
            deletes = tuple(str(p) for p in data["deletes"])
            folders = tuple(str(p) for p in data["folders"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise SdkgenError(
                f"cannot read {path}, the record of an interrupted update ({exc}); "
                "restore the folder from version control and delete it"
            ) from None
        if not all(_inside(p) for p in (*(p for p, _ in writes), *deletes, *folders)):
            raise SdkgenError(f"{path} names files outside the output folder; delete it")
        return cls(writes, deletes, folders)


def apply_plan(output: Path, plan: Plan) -> None:
    """Make the output folder what ``plan`` says: entirely, or after any error or
    termination signal, not at all (see the module docstring)."""
    if plan.empty:
        return
    journal = _Journal(
        # The manifest goes last, as it always has: an older sdkgen reading the folder
        # after a crash finds a manifest that lists what it may clean up.
        writes=tuple(
            (path, _is_file_like(output / path))
            for path in sorted(plan.write, key=lambda p: (p == MANIFEST, p))
        ),
        deletes=plan.delete,
        folders=_missing_folders(output, plan.write),
    )
    committed = False
    try:
        _make_folder(output)
        _stage(output, journal, plan.write)
        _write_journal(output, journal)
        _commit(output, journal)
        with signals.held():
            (output / JOURNAL).unlink()  # the commit point
            committed = True
            _sync(output)
            _pause_for_tests("committed")
            shutil.rmtree(output / STAGING, ignore_errors=True)
    except BaseException as error:
        if committed:
            if isinstance(error, signals.Interrupted):
                error.outcome = f"{output} was updated"
            raise
        with signals.held():
            failure = _roll_back_quietly(output, journal)
        if failure is not None:
            raise SdkgenError(
                f"{_describe(error)}; rolling back failed too ({failure}): "
                "run sdkgen generate again to finish rolling back"
            ) from error
        if isinstance(error, signals.Interrupted):
            error.outcome = f"{output} was left as it was"
            raise
        if isinstance(error, SdkgenError):
            raise SdkgenError(f"{error}; nothing was changed") from None
        raise


def _describe(error: BaseException) -> str:
    return str(error) if isinstance(error, (SdkgenError, signals.Interrupted)) else repr(error)


def _is_file_like(path: Path) -> bool:
    """True if something other than a folder is at ``path``: a file or a link, which an update replaces."""
    try:
        return not stat.S_ISDIR(path.lstat().st_mode)
    except OSError:  # nothing there, or nothing we could rename either
        return False


def _missing_folders(output: Path, paths: dict[str, str]) -> tuple[str, ...]:
    missing: set[str] = set()
    for path in paths:
        parts = path.split("/")[:-1]
        for depth in range(1, len(parts) + 1):
            folder = "/".join(parts[:depth])
            if folder not in missing and not (output / folder).exists():
                missing.add(folder)
    return tuple(sorted(missing, key=lambda folder: (folder.count("/"), folder)))


def _failure(action: str, path: Path, exc: OSError) -> SdkgenError:
    return SdkgenError(f"cannot {action} {path}: {exc.strerror or exc}")


def _make_folder(output: Path) -> None:
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _failure("create", output, exc) from None


def _stage(output: Path, journal: _Journal, contents: dict[str, str]) -> None:
    staging = output / STAGING
    try:
        staging.mkdir()
    except OSError as exc:
        raise _failure("create", staging, exc) from None
    for index, (path, _) in enumerate(journal.writes):
        try:
            _write_new(journal.new(output, index), contents[path])
        except OSError as exc:
            raise _failure("write", output / path, exc) from None
        if index == len(journal.writes) // 2:
            _pause_for_tests("staging")
    # On disk before any of it is put in place (one sync costs far less than an fsync per file).
    os.sync()


def _write_new(path: Path, content: str, *, durably: bool = False) -> None:
    """Write a file that must not exist yet, with the mode the umask gives."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666)
    with open(descriptor, "w", encoding="utf-8", newline="") as handle:
        handle.write(content)
        if durably:
            handle.flush()
            os.fsync(handle.fileno())


def _write_journal(output: Path, journal: _Journal) -> None:
    draft = output / STAGING / "journal"
    try:
        _write_new(draft, journal.text(), durably=True)
        os.replace(draft, output / JOURNAL)
    except OSError as exc:
        raise _failure("write", output / JOURNAL, exc) from None
    _sync(output)
    _pause_for_tests("journal")


def _commit(output: Path, journal: _Journal) -> None:
    for index, (path, replaces) in enumerate(journal.writes):
        target = output / path
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if replaces:
                os.rename(target, journal.old(output, index))
            os.rename(journal.new(output, index), target)
        except OSError as exc:
            raise _failure("write", target, exc) from None
        if index == len(journal.writes) // 2:
            _pause_for_tests("writing")
    for number, path in enumerate(journal.deletes):
        target = output / path
        try:
            os.rename(target, journal.old(output, len(journal.writes) + number))
        except OSError as exc:
            raise _failure("delete", target, exc) from None
        _remove_empty_parents(output, target.parent)
        if number == 0:
            _pause_for_tests("deleting")
    os.sync()  # every rename on disk before the journal goes


def roll_back_unfinished(output: Path) -> str | None:
    """Undo an update that a crash cut short, or remove what one left; what was done, if anything."""
    if not os.path.lexists(output / JOURNAL):
        if not os.path.lexists(output / STAGING):
            return None
        try:
            shutil.rmtree(output / STAGING)
        except OSError as exc:
            raise _failure("remove", output / STAGING, exc) from None
        return f"removed the leftovers of an interrupted update of {output}"
    failure = _roll_back_quietly(output, _Journal.read(output))
    if failure is not None:
        raise SdkgenError(f"cannot roll back the interrupted update of {output}: {failure}")
    return f"rolled back an interrupted update of {output}"


def unfinished_update(output: Path) -> str | None:
    """What an interrupted ``sdkgen generate`` left in the output folder, if anything."""
    if os.path.lexists(output / JOURNAL):
        return (
            f"{output} holds an unfinished update ({JOURNAL}); run sdkgen generate to roll it back"
        )
    if os.path.lexists(output / STAGING):
        return f"{output} holds the leftovers of an interrupted update ({STAGING}); run sdkgen generate to remove them"
    return None


def _roll_back_quietly(output: Path, journal: _Journal) -> str | None:
    """Roll ``journal``'s update back; None, or what went wrong."""
    try:
        _roll_back(output, journal)
    except OSError as exc:
        return f"{exc.filename}: {exc.strerror or exc}"
    return None


def _roll_back(output: Path, journal: _Journal) -> None:
    """Put back everything ``journal``'s update moved, whatever point it reached.

    Which files moved is read from the folder: a backup in the staging folder goes back
    where it came from, and a new file whose staged copy is gone was moved into place.
    Running it again after it was cut short does no harm.
    """
    if os.path.lexists(output / JOURNAL):
        for index, (path, replaces) in reversed(list(enumerate(journal.writes))):
            target, old = output / path, journal.old(output, index)
            if os.path.lexists(old):
                os.replace(old, target)
            elif not replaces and not os.path.lexists(journal.new(output, index)):
                target.unlink(missing_ok=True)
        for number, path in enumerate(journal.deletes):
            old = journal.old(output, len(journal.writes) + number)
            if os.path.lexists(old):
                (output / path).parent.mkdir(parents=True, exist_ok=True)
                os.replace(old, output / path)
        for folder in reversed(journal.folders):
            with suppress(OSError):
                (output / folder).rmdir()
    if os.path.lexists(output / STAGING):
        shutil.rmtree(output / STAGING)
    (output / JOURNAL).unlink(missing_ok=True)
    _sync(output)


def _sync(folder: Path) -> None:
    """Make the renames in ``folder`` durable (best effort: not every file system can)."""
    with suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _remove_empty_parents(output: Path, directory: Path) -> None:
    output = output.resolve()
    directory = directory.resolve()
    while directory != output and output in directory.parents:
        try:
            directory.rmdir()  # only succeeds when empty
        except OSError:
            return
        directory = directory.parent


def _pause_for_tests(stage: str) -> None:
    """``SDKGEN_TEST_PAUSE_AT=<stage>`` stops the run here, says so on stderr and waits
    (a minute at most) for a signal: how tests interrupt or kill a run at a known point."""
    if os.environ.get("SDKGEN_TEST_PAUSE_AT") != stage:
        return
    print(f"sdkgen: paused at {stage}", file=sys.stderr, flush=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not signals.pending():
        time.sleep(0.01)


@contextmanager
def exclusive(output: Path) -> Iterator[None]:
    """Hold the output folder for one run: create it if it is missing (and remove it again
    if the run leaves it empty), and refuse if another run holds it."""
    created = [folder for folder in (output, *output.parents) if not folder.exists()]
    _make_folder(output)
    try:
        descriptor = _lock(output)
        try:
            _pause_for_tests("locked")
            yield
        finally:
            (output / LOCK).unlink(missing_ok=True)  # while still holding it: see _lock
            os.close(descriptor)
    finally:
        for folder in created:
            with suppress(OSError):
                folder.rmdir()


def _lock(output: Path) -> int:
    path = output / LOCK
    while True:
        try:
            descriptor = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o666)
        except OSError as exc:
            raise _failure("lock", path, exc) from None
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            holder = os.pread(descriptor, 20, 0).decode("ascii", "replace").strip()
            os.close(descriptor)
            if isinstance(exc, BlockingIOError):
                by = f" (pid {holder})" if holder.isdigit() else ""
                raise SdkgenError(
                    f"{output} is being updated by another sdkgen run{by}; "
                    "try again when it has finished"
                ) from None
            raise _failure("lock", path, exc) from None
        # The run that held the lock removes the file before it lets go: if that
        # happened since we opened it, lock the file that is there now instead.
        try:
            current: os.stat_result | None = os.stat(path, follow_symlinks=False)
        except FileNotFoundError:
            current = None
        if current is not None and os.path.samestat(os.fstat(descriptor), current):
            os.ftruncate(descriptor, 0)
            os.pwrite(descriptor, f"{os.getpid()}\n".encode(), 0)
            return descriptor
        os.close(descriptor)


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None
    except UnicodeDecodeError:
        return ""
    except OSError as exc:
        raise _failure("read", path, exc) from None


def unified_diff(output: Path, files: dict[str, str]) -> Iterator[str]:
    """A unified diff from the output folder to ``files``, covering added and deleted files."""
    plan = plan_changes_for_check(output, files)
    for path in sorted({*plan.write, *plan.delete}):
        old = _read(output / path)
        new = plan.write.get(path)
        yield from difflib.unified_diff(
            (old or "").splitlines(keepends=True),
            (new or "").splitlines(keepends=True),
            fromfile=f"a/{path}" if old is not None else "/dev/null",
            tofile=f"b/{path}" if new is not None else "/dev/null",
        )


def plan_changes_for_check(output: Path, files: dict[str, str]) -> Plan:
    """Like :func:`plan_changes`, but reports foreign files in the way as differences, not errors."""
    try:
        return plan_changes(output, files)
    except SdkgenError:
        previous = read_manifest(output)
        write = {p: c for p, c in files.items() if _read(output / p) != c}
        delete = tuple(sorted(p for p in previous - files.keys() if (output / p).is_file()))
        return Plan(write, delete, len(files) - len(write))
