"""Every command of the CLI, one per API operation.

Plain data with no imports at run time, so that building the parser stays fast.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._types import Group


GROUPS: dict[str, Group] = {
    "widgets": {
        "methods": "retrieve",
        "commands": {
            "retrieve": {
                "summary": 'zqxj summary """ with a newline and [a link](javascript:alert(1)) | pipe',
                "description": 'zqxj {{ config }} {% include \'/etc/passwd\' %} """\nopen("zqxj-ran", "w")\n#',
                "call": ("widgets", "retrieve"),
                "pages": None,
                "flags": [
                    {
                        "flag": "nmzq-id",
                        "param": "nmzq_id",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "zqxj a path parameter ``` `code` <script>alert(1)</script> [string; required]",
                    },
                    {
                        "flag": "class",
                        "param": "class_",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": 'zqxj a keyword as a query parameter [string; default: zqxj\\"; open("zqxj-ran", "w"); \\"]',
                    },
                    {
                        "flag": "x-open-nmzq-ran-w",
                        "param": "x_open_nmzq_ran_w",
                        "type": "str",
                        "metavar": None,
                        "required": False,
                        "multiple": False,
                        "choices": ["nmzq a", 'nmzq "b"', "nmzq\nc"],
                        "help": "zqxj a name that is code",
                    },
                    {
                        "flag": "x-nmzq-id",
                        "param": "x_nmzq_id",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string]",
                    },
                ],
            },
        },
    },
    "abs:nmzq": {
        "methods": "init",
        "commands": {
            "init": {
                "summary": "zqxj replace",
                "description": "",
                "call": ("abs", "nmzq", "init"),
                "pages": None,
                "flags": [
                    {
                        "flag": "nmzq-id",
                        "param": "nmzq_id",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "zqxj a path parameter ``` `code` <script>alert(1)</script> [string; required]",
                    },
                    {
                        "flag": "name",
                        "param": "name",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": 'zqxj ``` an unclosed fence ```python open("zqxj-ran", "w") [string; required]',
                    },
                    {
                        "flag": "kind",
                        "param": "kind",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": [
                            'nmzq"; open("nmzq-ran", "w"); "',
                            "class",
                            "1st",
                            "__init__",
                            "",
                            "with space nmzq",
                            "ÄÖÜ nmzq",
                            "\u202enmzq",
                            "nmzq ''' \\",
                        ],
                        "help": 'zqxj a schema named like a call [one of: nmzq"; open("nmzq-ran", "w"); ", class, 1st, __init__, , with space nmzq, ÄÖÜ nmzq, nmzq, nmzq \'\'\' \\]',
                    },
                    {
                        "flag": "note",
                        "param": "note",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": 'zqxj # not a comment indented = open("zqxj-ran", "w") [string; default: zqxj\'; open("zqxj-ran", "w"); \']',
                    },
                    {
                        "flag": "owner",
                        "param": "owner",
                        "type": "json",
                        "metavar": "JSON",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": 'zqxj a schema named like a dunder: \\"""\\ [JSON object]',
                    },
                    {
                        "flag": "place",
                        "param": "place",
                        "type": "json",
                        "metavar": "JSON",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": 'zqxj a schema whose name is a path: """; open("zqxj-ran", "w"); """ [JSON object]',
                    },
                ],
            },
        },
    },
    "init:types": {
        "methods": "list",
        "commands": {
            "list": {
                "summary": "zqxj a resource named __init__ with a child named types",
                "description": "",
                "call": ("init", "types", "list"),
                "pages": None,
                "flags": [],
            },
        },
    },
    "types": {
        "methods": "create",
        "commands": {
            "create": {
                "summary": "zqxj a resource named types",
                "description": "",
                "call": ("types", "create"),
                "pages": None,
                "flags": [
                    {
                        "flag": "import",
                        "param": "import_",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "zqxj a keyword body field [string]",
                    },
                    {
                        "flag": "nmzq-nul",
                        "param": "nmzq_nul",
                        "type": "int",
                        "metavar": "INT",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "zqxj a NUL in a name [integer]",
                    },
                ],
            },
        },
    },
    "etc-nmzq": {
        "methods": "list",
        "commands": {
            "list": {
                "summary": "zqxj an operation named by its tag, a relative path",
                "description": "",
                "call": ("etc_nmzq", "list"),
                "pages": None,
                "flags": [],
            },
        },
    },
    "abs-nmzq2": {
        "methods": "delete-all",
        "commands": {
            "delete-all": {
                "summary": "zqxj an operation named by its tag, an absolute path",
                "description": "",
                "call": ("abs_nmzq2", "delete_all"),
                "pages": None,
                "flags": [],
            },
        },
    },
}
