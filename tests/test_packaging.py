"""The package list in pyproject.toml ships every module of sdkgen and every built-in template.

setuptools installs only the packages listed under [tool.setuptools] and, in them, only the
data files package-data names. The templates live at the top of the repository and ship
as generator.templates (through package-dir), one listed package per folder: a folder
left out of the list is silently missing from the wheel, and sdkgen fails only once
installed. The same goes for a new sub-package of generator/.
"""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import pytest

from tests.support.paths import ROOT

SETUPTOOLS: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"][
    "setuptools"
]
PACKAGES: list[str] = SETUPTOOLS["packages"]
PACKAGE_DIR: dict[str, str] = SETUPTOOLS["package-dir"]
PACKAGE_DATA: dict[str, list[str]] = SETUPTOOLS.get("package-data", {})


def source_folder(package: str) -> Path:
    """The folder setuptools takes ``package`` from: the longest package-dir entry it falls under."""
    parts = package.split(".")
    for end in range(len(parts), 0, -1):
        prefix = ".".join(parts[:end])
        if prefix in PACKAGE_DIR:
            return ROOT.joinpath(PACKAGE_DIR[prefix], *parts[end:])
    return ROOT.joinpath(*parts)


def package_of(folder: Path, package: str, root: Path) -> str:
    """The package name of ``folder``, inside the tree ``root`` that ships as ``package``."""
    return ".".join([package, *folder.relative_to(root).parts])


def shipped_as_data(package: str, name: str) -> bool:
    patterns = PACKAGE_DATA.get("*", []) + PACKAGE_DATA.get(package, [])
    return any(fnmatch(name, pattern) for pattern in patterns)


def files(root: Path) -> list[Path]:
    return sorted(
        path for path in root.rglob("*") if path.is_file() and "__pycache__" not in path.parts
    )


@pytest.mark.parametrize(
    ("package", "root"), [("generator", "generator"), ("generator.templates", "templates")]
)
def test_every_file_is_in_a_listed_package_and_ships(package: str, root: str) -> None:
    assert source_folder(package) == ROOT / root
    unlisted: set[str] = set()
    not_data: list[str] = []
    for path in files(ROOT / root):
        owner = package_of(path.parent, package, ROOT / root)
        if owner not in PACKAGES:
            unlisted.add(owner)
        elif path.suffix != ".py" and not shipped_as_data(owner, path.name):
            not_data.append(path.relative_to(ROOT).as_posix())
    assert not unlisted, f"add to [tool.setuptools] packages: {sorted(unlisted)}"
    assert not not_data, f"not matched by [tool.setuptools.package-data]: {not_data}"


def test_every_listed_package_exists() -> None:
    missing = [package for package in PACKAGES if not source_folder(package).is_dir()]
    assert not missing, f"listed in [tool.setuptools] packages, but no such folder: {missing}"
