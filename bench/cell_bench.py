#!/usr/bin/env python3
"""Cell-language benchmark: parse and evaluate a 2,000-line cell.

The cell mixes what lessons write: assignments, arithmetic, f-strings, small functions,
list comprehensions, dict updates and short loops. It is sent as one execute_request to
neurona and, when ipykernel is installed, to CPython's kernel in the same run; the script
prints the median round trip of each and the ratio. It never fails on a time.
"""

from __future__ import annotations

import statistics
import sys
import time

from kernel_bench import wait_idle  # noqa: E402  (same folder)
from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
from jupyter_client.manager import KernelManager


def make_cell(lines: int = 2000) -> str:
    block = [
        "w_{i} = {i} * 0.5 + 1",
        "b_{i} = w_{i} ** 2 - {i} // 3",
        "def f_{i}(x, k={i}):",
        "    return x * k + b_{i}",
        "vals_{i} = [f_{i}(j) for j in range(5) if j % 2 == 0]",
        "info_{i} = {{'loss': w_{i}, 'acc': round(b_{i} / (abs(w_{i}) + 1), 3)}}",
        "msg_{i} = f\"{{w_{i}:.3f}} {{len(vals_{i})}}\"",
        "for k_{i} in range(3):",
        "    info_{i}['loss'] += k_{i}",
        "total_{i} = sum(vals_{i}) + info_{i}['loss']",
    ]
    out: list[str] = []
    i = 0
    while len(out) < lines:
        out.extend(line.format(i=i) for line in block)
        i += 1
    return "\n".join(out[:lines]) + "\n"


def run(kernel: str, code: str, repeats: int) -> list[float]:
    km = KernelManager(kernel_name=kernel)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=60)
    times = []
    try:
        for _ in range(repeats):
            start = time.perf_counter()
            msg_id = kc.execute(code)
            reply = kc.get_shell_msg(timeout=60)
            assert reply["content"]["status"] == "ok", reply["content"]
            times.append(time.perf_counter() - start)
            wait_idle(kc, msg_id)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    return times


def main() -> None:
    code = make_cell()
    repeats = 7
    results = {}
    specs = KernelSpecManager().find_kernel_specs()
    for kernel in ("neurona", "python3"):
        if kernel not in specs:
            print(f"{kernel}: not installed, skipped")
            continue
        try:
            times = run(kernel, code, repeats)
        except NoSuchKernel:
            continue
        results[kernel] = statistics.median(times)
        print(f"{kernel:8s} 2,000-line cell round trip: median {results[kernel] * 1000:8.1f} ms "
              f"(min {min(times) * 1000:.1f} ms, n={repeats})")
    if "neurona" in results and "python3" in results:
        ratio = results["neurona"] / results["python3"]
        print(f"ratio neurona/ipykernel: {ratio:.2f}x")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
