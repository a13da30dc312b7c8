"""What the ``hostile`` command line knows of its API.

The modules beside it are the same in every command line sdkgen makes, but for
``_commands`` (the command table) and ``_sdk`` (the SDK it drives).
"""

PROG = "hostile"
VERSION = "0.1.0"
DESCRIPTION = 'Hostile zqxj """ \'\'\' \\ {{ 7 * 7 }} {% raw %} <b>bold</b>\n# not a heading command line.\n\nzqxj docstring breaker: """\nopen("zqxj-ran", "w")\n""" and \'\'\' and a trailing backslash \\'
DISTRIBUTION = "hostile"  # for "pip install '<distribution>[cli]'"
API_KEY_ENV = "HOSTILE_API_KEY"
BASE_URL_ENV = "HOSTILE_BASE_URL"
DEFAULT_BASE_URL: str | None = 'https://hostile.example.com/zqxj"); open("zqxj-ran", "w"); ("'
API_KEY_HEADER: str | None = "X-Key-Nmzq"  # None: no API key
