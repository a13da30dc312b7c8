"""A cache folder is not trusted: only entries signed with the user's key are read.

A shared or restored cache (CI restores caches other branches' runs saved) can hold
anything. Its models entries land in the SDK and its compiled templates run in sdkgen, so an
entry whose HMAC does not verify with the key kept outside the folder (``SDKGEN_CACHE_KEY``,
or the user's key file) is a miss: recomputed, overwritten, never input.
"""

from __future__ import annotations

import io
import json
import marshal
import os
import pickle
import shutil
import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest
from jinja2.bccache import bc_magic

from generator import cache
from generator.errors import UsageError
from generator.models import generate as models
from generator.spec import loader, parse
from tests.support.paths import BIN, FIXTURES, SPEC

CONFIG = FIXTURES / "petstore" / "sdkgen.toml"
KEY = "k" * 64


def sdkgen(output: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "sdkgen"), "generate", "-q", "--config", str(CONFIG), "--output", str(output)]
        + list(args),
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        check=False,
    )


def tree(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in folder.rglob("*")
        if path.is_file()
    }


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The petstore SDK as a run without any cache makes it."""
    output = tmp_path_factory.mktemp("fresh") / "sdk"
    result = sdkgen(output, "--no-cache", env={})
    assert result.returncode == 0, result.stderr
    return tree(output)


def entries(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file())


def poison_models(entry: Path, text: str) -> str:
    """The entry as valid JSON whose module runs ``text`` on import (signed or not)."""
    payload = entry.read_bytes().partition(b"\n")[2] or entry.read_bytes()
    data = json.loads(payload)
    data["source"] += f"\nimport os\n{text}\n"
    return json.dumps(data)


def test_a_poisoned_models_entry_is_ignored_and_overwritten(
    tmp_path: Path, fresh: dict[str, bytes]
) -> None:
    env = {"SDKGEN_CACHE_DIR": str(tmp_path / "cache"), "SDKGEN_CACHE_KEY": KEY}
    assert sdkgen(tmp_path / "warm", env=env).returncode == 0
    (entry,) = entries(tmp_path / "cache" / "models")
    signature = entry.read_bytes().partition(b"\n")[0]
    for poisoned in (
        poison_models(entry, 'os.system("touch pwned")'),  # no MAC at all
        signature.decode() + "\n" + poison_models(entry, 'os.system("touch pwned")'),  # a stale one
    ):
        entry.write_text(poisoned, encoding="utf-8")
        # Else the run reuses the last one's files, or its merged models.
        for kind in ("output", "merged"):
            shutil.rmtree(tmp_path / "cache" / kind)
        output = tmp_path / "sdk"
        result = sdkgen(output, env=env)
        assert result.returncode == 0, result.stderr
        assert tree(output) == fresh
        assert b"pwned" not in entry.read_bytes()  # recomputed and overwritten


def test_a_poisoned_merged_models_entry_is_ignored_and_overwritten(
    tmp_path: Path, fresh: dict[str, bytes]
) -> None:
    env = {"SDKGEN_CACHE_DIR": str(tmp_path / "cache"), "SDKGEN_CACHE_KEY": KEY}
    assert sdkgen(tmp_path / "warm", env=env).returncode == 0
    (entry,) = entries(tmp_path / "cache" / "merged")
    signature = entry.read_bytes().partition(b"\n")[0]
    entry.write_text(
        signature.decode() + "\n" + poison_models(entry, 'os.system("touch pwned")'),
        encoding="utf-8",
    )  # a stale signature
    shutil.rmtree(tmp_path / "cache" / "output")  # else the run reuses the last one's files
    output = tmp_path / "sdk"
    result = sdkgen(output, env=env)
    assert result.returncode == 0, result.stderr
    assert tree(output) == fresh
    assert b"pwned" not in entry.read_bytes()  # recomputed and overwritten


RUNS_CODE = '\nimport os\nos.system("touch pwned")\n'


def _poison_output(data: Any) -> None:
    name = next(name for name in data["files"] if name.endswith("/__init__.py"))
    data["files"][name] += RUNS_CODE


def _poison_format(data: Any) -> None:
    for digest in data:  # what ruff made of every file now runs code on import
        data[digest] += RUNS_CODE


def _poison_types(data: Any) -> None:
    for module in data["sources"]:
        data["sources"][module] += RUNS_CODE


@pytest.mark.parametrize(
    ("kind", "poison"),
    [("output", _poison_output), ("format", _poison_format), ("types", _poison_types)],
)
def test_a_poisoned_entry_is_ignored_and_overwritten(
    kind: str, poison: Any, tmp_path: Path, fresh: dict[str, bytes]
) -> None:
    """The files a run reuses whole, ruff's output by file, the models laid out in modules."""
    env = {"SDKGEN_CACHE_DIR": str(tmp_path / "cache"), "SDKGEN_CACHE_KEY": KEY}
    assert sdkgen(tmp_path / "warm", env=env).returncode == 0
    (entry,) = entries(tmp_path / "cache" / kind)
    signature, _, payload = entry.read_bytes().partition(b"\n")
    data = json.loads(payload)
    poison(data)
    entry.write_bytes(signature + b"\n" + json.dumps(data).encode())  # a stale signature
    if kind != "output":
        shutil.rmtree(tmp_path / "cache" / "output")  # else the run reuses the last one's files
    output = tmp_path / "sdk"
    result = sdkgen(output, env=env)
    assert result.returncode == 0, result.stderr
    assert tree(output) == fresh
    assert b"pwned" not in entry.read_bytes()  # made again and overwritten


def jinja_code(payload: bytes, code: Any) -> bytes:
    """A compiled template holding ``code``, for the template source ``payload`` was compiled from."""
    stream = io.BytesIO(payload)
    assert stream.read(len(bc_magic)) == bc_magic
    pickle.load(stream)  # the source's checksum: Jinja uses the code only for that source
    return payload[: stream.tell()] + marshal.dumps(code)


def test_poisoned_compiled_templates_never_run(tmp_path: Path, fresh: dict[str, bytes]) -> None:
    env = {"SDKGEN_CACHE_DIR": str(tmp_path / "cache"), "SDKGEN_CACHE_KEY": KEY}
    assert sdkgen(tmp_path / "warm", env=env).returncode == 0
    ran = tmp_path / "ran"
    code = compile(f"open({str(ran)!r}, 'w').close()", "<poison>", "exec")
    compiled = entries(tmp_path / "cache" / "templates")
    assert len(compiled) > 10
    for path in compiled:
        data = path.read_bytes()
        # Jinja's own format, unsigned (as a shared folder would hold it)
        path.write_bytes(jinja_code(data if data.startswith(bc_magic) else data[65:], code))
    output = tmp_path / "sdk"
    result = sdkgen(output, env=env)
    assert result.returncode == 0, result.stderr
    assert not ran.exists()
    assert tree(output) == fresh


def test_an_entry_signed_with_another_key_or_copied_to_another_name_is_a_miss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed: list[str] = []
    parse_text = parse.parse_text

    def counting(raw: bytes, display: str, **kwargs: Any) -> Any:
        parsed.append(display)
        return parse_text(raw, display, **kwargs)

    monkeypatch.setattr(loader, "parse_text", counting)
    mine = cache.ParsedYamlCache(cache.Cache(tmp_path, b"a" * 32))
    theirs = cache.ParsedYamlCache(cache.Cache(tmp_path, b"b" * 32))
    keys = parse.top_level_blocks(SPEC.read_bytes())  # each parsed and cached alone
    expected = loader.load_document(SPEC, cache=mine).data
    assert loader.load_document(SPEC, cache=mine).data == expected
    assert len(parsed) == len(keys)
    assert loader.load_document(SPEC, cache=theirs).data == expected
    assert len(parsed) == 2 * len(keys)
    # A validly signed entry under another entry's name (another spec's) is a miss too.
    other = tmp_path / "other.yaml"
    other.write_text(SPEC.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    signed = tmp_path / "yaml" / f"{cache.ParsedYamlCache.key(keys[-1])}.json"
    edited = parse.top_level_blocks(other.read_bytes())[-1]
    (tmp_path / "yaml" / f"{cache.ParsedYamlCache.key(edited)}.json").write_bytes(
        signed.read_bytes()
    )
    loader.load_document(other, cache=theirs)
    assert len(parsed) == 2 * len(keys) + 1


def test_another_key_regenerates_the_models(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Pet": {"type": "object", "properties": {"id": {}}}}},
    }
    options: dict[str, Any] = {"package": "sdk", "template_dir": None, "spec_file": "spec.json"}
    generated: list[object] = []
    generate_part = models._generate_part

    def counting(*args: Any) -> Any:
        generated.append(args)
        return generate_part(*args)

    monkeypatch.setattr(models, "_generate_part", counting)
    first = models.generate_models(
        spec, cache=cache.ModelCache(cache.Cache(tmp_path, KEY.encode())), **options
    )
    again = models.generate_models(
        spec, cache=cache.ModelCache(cache.Cache(tmp_path, KEY.encode())), **options
    )
    assert len(generated) == 1
    other = models.generate_models(
        spec, cache=cache.ModelCache(cache.Cache(tmp_path, b"x" * 32)), **options
    )
    assert len(generated) == 2
    assert first.source == again.source == other.source


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No SDKGEN_CACHE_KEY; the user's config folder is ``tmp_path/config``."""
    monkeypatch.delenv("SDKGEN_CACHE_KEY", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path


def test_the_key_file_is_made_once_readable_by_the_user_alone(home: Path) -> None:
    first = cache.open_cache()
    assert first is not None
    key_file = home / "config" / "sdkgen" / "cache-key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert first.key == key_file.read_bytes().strip()
    assert len(first.key) == 64
    again = cache.open_cache()
    assert again is not None and again.key == first.key
    assert list((home / "config" / "sdkgen").iterdir()) == [key_file]
    assert not (home / "cache").exists()


def test_a_key_file_cut_short_is_replaced(home: Path) -> None:
    key_file = home / "config" / "sdkgen" / "cache-key"
    key_file.parent.mkdir(parents=True)
    key_file.write_text("")
    made = cache.open_cache()
    assert made is not None and made.key == key_file.read_bytes().strip()
    assert len(made.key) == 64


def test_the_key_file_is_never_kept_in_the_cache_folder(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(home / "config"))
    assert cache.open_cache() is None
    assert not (home / "config" / "sdkgen" / "cache-key").exists()


def test_the_environment_key_needs_no_file_and_travels_between_machines(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SDKGEN_CACHE_KEY", KEY)
    writer = cache.open_cache()
    assert writer is not None and writer.key == KEY.encode()
    cache.ParsedYamlCache(writer).put("entry", {"openapi": "3.1.0"})
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "another-machine"))
    reader = cache.open_cache()
    assert reader is not None
    assert cache.ParsedYamlCache(reader).get("entry") == {"openapi": "3.1.0"}
    assert not (home / "config").exists() and not (home / "another-machine").exists()


def test_a_short_environment_key_is_a_usage_error(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SDKGEN_CACHE_KEY", "secret")
    with pytest.raises(UsageError):
        cache.open_cache()
    result = sdkgen(home / "sdk", env={})
    assert result.returncode == 2
    assert result.stderr == (
        "sdkgen: error: SDKGEN_CACHE_KEY must be at least 32 characters "
        "(`openssl rand -hex 32` makes one)\n"
    )


@pytest.mark.parametrize("unwritable", ["read-only", "a file in the way"])
def test_an_unwritable_config_folder_means_no_cache_not_an_error(
    home: Path, fresh: dict[str, bytes], unwritable: str
) -> None:
    if unwritable == "read-only":
        if os.geteuid() == 0:
            pytest.skip("root writes into read-only folders")
        (home / "config").mkdir(mode=0o500)
    else:
        (home / "config").write_text("a file where the folder should be")
    assert cache.open_cache() is None
    output = home / "sdk"
    result = sdkgen(output, env={})
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert tree(output) == fresh
    assert not (home / "cache").exists()
