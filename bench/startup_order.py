#!/usr/bin/env python3
"""Writes bench/startup.order: the functions an idle kernel runs, for the release link.

`make release` links with lld's `--symbol-ordering-file=bench/startup.order` (and every
function in its own section), so the functions that start-up, `kernel_info`, `1+1` executes,
completion and inspection run sit together at the front of `.text`. Linux maps executable
pages in 64 KiB fault-around windows; scattered over 20 MiB of code, the same ~1 MiB of hot
functions kept about 10 MiB of the binary resident. Packed, the idle kernel's RSS drops by
about 5 MiB (bench/README.md). Names that no longer exist are skipped by the linker, so a stale
file only costs memory, never correctness; `make startup-order` refreshes it.

How: the release binary (debug info stripped: valgrind 3.19 cannot read DWARF 5) runs under
`valgrind --tool=callgrind`, started by jupyter_client's KernelManager from a temporary
kernelspec as Jupyter starts it, while this script sends what a front end sends; every function
of the executable that callgrind saw run is written, sorted by name.

Usage: startup_order.py RELEASE_BINARY OUTPUT
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from jupyter_client.manager import KernelManager

# What an idle kernel does between start and the memory reading in kernel_bench.py, plus the
# requests a notebook front end sends when it opens a notebook and while a student types.
CELLS = ["1+1"] * 20 + [
    "x = [i * i for i in range(10)]\nprint(sum(x))",
    "def f(a):\n    return a + 1\nf(2)",
    "undefined_name",
]


def profile(binary: str, workdir: str) -> str:
    """Runs the kernel under callgrind, launched by KernelManager from a kernelspec as Jupyter
    launches it (environment, connection file, heartbeat); returns the profile's path."""
    stripped = os.path.join(workdir, "neurona")
    subprocess.run(["objcopy", "--strip-debug", binary, stripped], check=True)
    out = os.path.join(workdir, "callgrind.out")
    spec_dir = os.path.join(workdir, "share", "jupyter", "kernels", "neurona-profile")
    os.makedirs(spec_dir)
    with open(os.path.join(spec_dir, "kernel.json"), "w") as spec:
        json.dump({
            "argv": ["valgrind", "--tool=callgrind", "--demangle=no", "--callgrind-out-file=" + out,
                     stripped, "kernel", "-f", "{connection_file}"],
            "display_name": "neurona (profiled)", "language": "python", "interrupt_mode": "message",
        }, spec)
    os.environ["JUPYTER_PATH"] = os.path.join(workdir, "share", "jupyter")
    manager = KernelManager(kernel_name="neurona-profile")
    manager.start_kernel(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=120)
        for cell in CELLS:
            client.execute_interactive(cell, timeout=120, output_hook=lambda msg: None)
        requests = (lambda: client.complete("pri"), lambda: client.inspect("print"),
                    lambda: client.is_complete("for i in range(3):"), client.comm_info,
                    lambda: client.history(hist_access_type="tail", n=10))
        for send in requests:
            send()
            client.get_shell_msg(timeout=120)
        client.stop_channels()
        manager.shutdown_kernel(now=False)
    finally:
        if manager.is_alive():
            manager.shutdown_kernel(now=True)
    return out


def executable_functions(profile_path: str) -> list[str]:
    """Names of the functions in the executable (not its shared libraries), first listing first."""
    objects: dict[str, str] = {}
    names: dict[str, str] = {}
    current = ""
    seen: dict[str, None] = {}
    pattern = re.compile(r"^(c?ob|c?fn)=\((\d+)\)(?: (.*))?$")
    with open(profile_path) as profile_file:
        for line in profile_file:
            match = pattern.match(line.rstrip("\n"))
            if not match:
                continue
            kind, ident, name = match.groups()
            table = objects if kind.endswith("ob") else names
            if name:
                table[ident] = name
            if kind == "ob":
                current = objects[ident]
            elif kind == "fn" and current.endswith("/neurona"):
                seen.setdefault(names[ident])
    return list(seen)


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit("usage: startup_order.py RELEASE_BINARY OUTPUT")
    for tool in ("valgrind", "objcopy"):
        if shutil.which(tool) is None:
            sys.exit(f"startup_order.py needs {tool} (apt-get install valgrind binutils)")
    binary, output = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as workdir:
        functions = executable_functions(profile(binary, workdir))
    if len(functions) < 100:
        sys.exit(f"only {len(functions)} functions profiled; is {binary} a neurona release build?")
    # Sorted: the same functions give the same file and the same layout, whatever order callgrind
    # listed them in (one unsorted listing left 0.6 MiB more of .rodata resident than another).
    with open(output, "w") as order:
        order.write("\n".join(sorted(functions)) + "\n")
    print(f"{output}: {len(functions)} functions")


if __name__ == "__main__":
    main()
