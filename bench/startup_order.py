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
`valgrind --tool=callgrind` while this script drives it through jupyter_client; every function
of the executable that callgrind saw run is written, in the order callgrind lists them.

Usage: startup_order.py RELEASE_BINARY OUTPUT
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

from jupyter_client import BlockingKernelClient
from jupyter_client.connect import write_connection_file

# What an idle kernel does between start and the memory reading in kernel_bench.py.
CELLS = ["1+1"] * 20 + ["x = [i * i for i in range(10)]\nprint(sum(x))", "def f(a):\n    return a + 1\nf(2)"]


def profile(binary: str, workdir: str) -> str:
    """Runs the kernel under callgrind through one session; returns the profile's path."""
    stripped = os.path.join(workdir, "neurona")
    subprocess.run(["objcopy", "--strip-debug", binary, stripped], check=True)
    connection, _ = write_connection_file(os.path.join(workdir, "connection.json"))
    out = os.path.join(workdir, "callgrind.out")
    kernel = subprocess.Popen(
        ["valgrind", "--tool=callgrind", "--demangle=no", "--callgrind-out-file=" + out,
         stripped, "kernel", "--connection-file", connection],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = BlockingKernelClient(connection_file=connection)
    client.load_connection_file()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=120)
        for cell in CELLS:
            client.execute_interactive(cell, timeout=120, output_hook=lambda msg: None)
        client.complete("pri")
        client.inspect("print")
        client.shutdown()
        kernel.wait(timeout=120)
    finally:
        client.stop_channels()
        if kernel.poll() is None:
            kernel.kill()
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
    with open(output, "w") as order:
        order.write("\n".join(functions) + "\n")
    print(f"{output}: {len(functions)} functions")


if __name__ == "__main__":
    main()
