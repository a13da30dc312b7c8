"""Shell completion through argcomplete: the scripts, the protocol, and real bash.

The protocol test does what every completion script does: run the entry point
with _ARGCOMPLETE=1, COMP_LINE and COMP_POINT, and read the answer from fd 8.
"""

from __future__ import annotations

import os
import subprocess

import pytest

from tests.cli.conftest import LLAMACLOUD, PETSTORE, PETSTORE_SRC, clean_env, llamacloud
from tests.support.paths import BIN

# Run the command with fd 8 on our stdout, as argcomplete's shell scripts do.
WITH_FD_8 = 'exec "$@" 8>&1 9>/dev/null 1>/dev/null'


def complete(command: list[str], line: str, shell: str = "bash", **env: str) -> list[str]:
    done = subprocess.run(
        ["bash", "-c", WITH_FD_8, "complete", *command],
        check=False,
        capture_output=True,
        text=True,
        env=clean_env(
            _ARGCOMPLETE="1",
            _ARGCOMPLETE_SHELL=shell,
            COMP_LINE=line,
            COMP_POINT=str(len(line)),
            **env,
        ),
        timeout=30,
    )
    assert done.returncode == 0, done.stderr
    return [word.strip() for word in done.stdout.split("\x0b") if word.strip()]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("llamacloud-prod cl", ["classifier:jobs"]),
        ("llamacloud-prod comp", ["completion"]),
        ("llamacloud-prod classifier:jobs ", ["-h", "--help", "list"]),
        ("llamacloud-prod classifier:jobs li", ["list"]),
        ("llamacloud-prod classifier:jobs list --pa", ["--page-size", "--page-token"]),
        ("llamacloud-prod classifier:jobs list --max-", ["--max-items", "--max-retries"]),
        (
            "llamacloud-prod classifier:jobs list --format ",
            ["json", "jsonl", "yaml", "pretty", "raw"],
        ),
        ("llamacloud-prod --format y", ["yaml"]),
        ("llamacloud-prod completion ", ["-h", "--help", "bash", "zsh", "fish"]),
    ],
)
def test_llamacloud_completes_resources_methods_flags_and_choices(
    line: str, expected: list[str]
) -> None:
    assert complete(LLAMACLOUD, line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "petstore pets ",
            ["-h", "--help", "list", "create", "retrieve", "delete", "upload-photo"],
        ),
        ("petstore pets create --kind ", ["cat", "dog", "bird"]),
        ("petstore pets create --va", ["--vaccinated"]),
        ("petstore pets create --no-", ["--no-vaccinated"]),
        ("petstore pets retrieve --p", ["--pet-id"]),
    ],
)
def test_petstore_completes_enum_choices_and_boolean_flags(line: str, expected: list[str]) -> None:
    assert complete(PETSTORE, line, PYTHONPATH=str(PETSTORE_SRC)) == expected


def test_zsh_gets_descriptions() -> None:
    assert complete(LLAMACLOUD, "llamacloud-prod classifier:jobs ", shell="zsh") == [
        "-h:show this help message and exit",
        "--help:show this help message and exit",
        "list:List Classify Jobs",
    ]


@pytest.mark.parametrize(
    ("shell", "marks"),
    [
        (
            "bash",
            [
                "complete -o nospace -o default -o bashdefault -F _python_argcomplete llamacloud-prod"
            ],
        ),
        ("zsh", ["#compdef llamacloud-prod", "compdef _python_argcomplete llamacloud-prod"]),
        ("fish", ["complete --command llamacloud-prod", "llamacloud-prod 8>&1"]),
    ],
)
def test_completion_scripts_name_the_program(shell: str, marks: list[str]) -> None:
    result = llamacloud("completion", shell)
    assert result.code == 0 and result.err == ""
    for mark in marks:
        assert mark in result.out


def test_the_bash_script_completes_in_a_real_bash() -> None:
    """Source the printed script in bash and call the function bash would call on <TAB>."""
    script = llamacloud("completion", "bash").out
    program = r"""
eval "$SCRIPT"
for line in "llamacloud-prod cl" "llamacloud-prod classifier:jobs li" "llamacloud-prod classifier:jobs list --page-s"
do
    COMP_LINE="$line"; COMP_POINT=${#line}; COMP_TYPE=9
    _python_argcomplete llamacloud-prod
    echo "${COMPREPLY[*]}"
done
"""
    env = clean_env(SCRIPT=script, PATH=f"{BIN}{os.pathsep}{os.environ['PATH']}")
    done = subprocess.run(
        ["bash", "-c", program], check=False, capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert [line.strip() for line in done.stdout.splitlines()] == [
        "classifier:jobs",
        "list",
        "--page-size",
    ]
