"""jupyter_kernel_test's conformance suite, with every sample attribute filled in.

The IopubWelcomeTests class is not used: Neurona declares protocol 5.4 (no XPUB welcome).
Only the subclass below is in this module's namespace, so pytest collects nothing else.
"""

import jupyter_kernel_test as jkt

from helpers import KERNEL_NAME


class NeuronaKernelTests(jkt.KernelTests):
    kernel_name = KERNEL_NAME

    language_name = "python"
    file_extension = ".py"

    code_hello_world = 'print("hello, world")'
    code_stderr = 'import sys\nprint("oops", file=sys.stderr)'

    # A complete_reply replaces code[cursor_start:cursor_end]; after a dot that range is only
    # the attribute being typed, so the matches are bare names.
    completion_samples = [
        {"text": "zi", "matches": {"zip"}},
        {"text": "import math\nmath.sq", "matches": {"sqrt"}},
    ]

    complete_code_samples = ["1 + 1", "x = 1", "def f(x):\n    return x\n\n"]
    incomplete_code_samples = ["def f(x):", "(1, 2,", "for i in range(3):"]
    invalid_code_samples = ["1 = 2", ")"]

    code_page_something = "help(len)"

    code_generate_error = 'raise ValueError("boom")'

    code_execute_result = [
        {"code": "1 + 2", "result": "3"},
        {"code": "'a' * 3", "result": "'aaa'"},
        {"code": "[1, 2.5, 'a']", "result": "[1, 2.5, 'a']"},
    ]

    code_display_data = [
        {
            "code": "from IPython.display import display, HTML\ndisplay(HTML('<b>hi</b>'))",
            "mime": "text/html",
        },
    ]

    supported_history_operations = ("tail", "range", "search")
    code_history_pattern = "1 +*"

    code_inspect_sample = "print"

    code_clear_output = "from IPython.display import clear_output\nclear_output()"
