#!/usr/bin/env python3
"""Dataset loading: each scikit-learn toy set, first load and cached loads, timed in the kernel.

The goal is a cached load well under 5 ms. CPython with scikit-learn is measured the same way
when the python3-keras peer kernel (which has scikit-learn) is installed. Never fails on a time.
"""

from __future__ import annotations

import re

from jupyter_client.kernelspec import KernelSpecManager
from training_bench import PEER, Kernel

CELL = """
import time
from sklearn.datasets import load_iris, load_breast_cancer, load_wine, load_digits, load_diabetes
for f in (load_iris, load_breast_cancer, load_wine, load_digits, load_diabetes):
    t0 = time.perf_counter(); f(); first = time.perf_counter() - t0
    times = []
    for _ in range(5):
        t0 = time.perf_counter(); f(); times.append(time.perf_counter() - t0)
    times.sort()
    print(f.__name__, first, times[2])
"""


def main() -> None:
    specs = KernelSpecManager().find_kernel_specs()
    results: dict[str, dict[str, tuple[float, float]]] = {}
    for name in ["neurona"] + ([PEER] if PEER in specs else []):
        kernel = Kernel(name)
        try:
            out = kernel.run(CELL)
        finally:
            kernel.close()
        results[name] = {
            m.group(1): (float(m.group(2)), float(m.group(3)))
            for m in re.finditer(r"(load_\w+) ([0-9.eE+-]+) ([0-9.eE+-]+)", out)
        }
    print(f"{'dataset':20s} {'neurona first':>14s} {'cached':>10s} {'peer cached':>12s}")
    for dataset, (first, cached) in results["neurona"].items():
        peer = results.get(PEER, {}).get(dataset)
        peer_text = f"{peer[1] * 1000:10.2f}ms" if peer else f"{'-':>12s}"
        print(f"{dataset:20s} {first * 1000:12.2f}ms {cached * 1000:8.3f}ms {peer_text}")


if __name__ == "__main__":
    main()
