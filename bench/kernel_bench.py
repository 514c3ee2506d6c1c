#!/usr/bin/env python3
"""Kernel benchmarks: start-up time, `1+1` round trip, idle memory.

For each kernel (neurona and, when ipykernel is installed, python3 in the same run):
  start    process launch -> first kernel_info_reply (one request, queued before the bind;
           libzmq retries the connect every 100 ms, so times are quantised near that step)
  execute  `1+1` execute_request -> execute_reply, and -> IOPub idle (median, p90 of N)
  rss      VmRSS of the kernel process after the executes, idle for a second

Prints numbers and ratios; never fails on a time. `make bench` installs the release build's
kernelspec and sets JUPYTER_PATH; by hand, install one first (`neurona install --user`).
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import time
from pathlib import Path
from queue import Empty

from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
from jupyter_client.manager import KernelManager


def wait_reply(channel, msg_id: str, timeout: float) -> dict:
    deadline = time.perf_counter() + timeout
    while True:
        left = deadline - time.perf_counter()
        if left <= 0:
            raise TimeoutError(f"no reply to {msg_id}")
        try:
            msg = channel.get_msg(timeout=left)
        except Empty:
            continue
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg


def wait_idle(kc, msg_id: str, timeout: float = 30) -> None:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        try:
            msg = kc.get_iopub_msg(timeout=deadline - time.perf_counter())
        except Empty:
            continue
        if (
            msg["parent_header"].get("msg_id") == msg_id
            and msg["msg_type"] == "status"
            and msg["content"]["execution_state"] == "idle"
        ):
            return
    raise TimeoutError("no idle")


def vm_rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def measure_start(name: str) -> tuple[float, KernelManager, object]:
    km = KernelManager(kernel_name=name)
    t0 = time.perf_counter()
    km.start_kernel(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    kc = km.client()
    kc.start_channels()
    msg_id = kc.kernel_info()
    wait_reply(kc.shell_channel, msg_id, timeout=60)
    elapsed = time.perf_counter() - t0
    kc.wait_for_ready(timeout=60)
    return elapsed, km, kc


def bench_kernel(name: str, starts: int, executes: int) -> dict:
    start_times = []
    for i in range(starts):
        elapsed, km, kc = measure_start(name)
        start_times.append(elapsed)
        if i < starts - 1:
            kc.stop_channels()
            km.shutdown_kernel(now=True)
    # the last kernel stays up for the execute and memory measurements
    try:
        reply_times, idle_times = [], []
        for i in range(executes + 20):
            t0 = time.perf_counter()
            msg_id = kc.execute("1+1")
            reply = wait_reply(kc.shell_channel, msg_id, timeout=30)
            t1 = time.perf_counter()
            wait_idle(kc, msg_id)
            t2 = time.perf_counter()
            if reply["content"]["status"] != "ok":
                raise RuntimeError(f"1+1 failed on {name}: {reply['content']}")
            if i >= 20:  # warm-up excluded
                reply_times.append(t1 - t0)
                idle_times.append(t2 - t0)
        time.sleep(1.0)
        rss = vm_rss_kib(km.provisioner.process.pid)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    return {
        "start_median_ms": statistics.median(start_times) * 1e3,
        "start_min_ms": min(start_times) * 1e3,
        "exec_reply_median_ms": statistics.median(reply_times) * 1e3,
        "exec_reply_p90_ms": percentile(reply_times, 0.9) * 1e3,
        "exec_idle_median_ms": statistics.median(idle_times) * 1e3,
        "idle_rss_mib": rss / 1024,
    }


LABELS = [
    ("start_median_ms", "start -> kernel_info_reply, median (ms)"),
    ("start_min_ms", "start -> kernel_info_reply, min (ms)"),
    ("exec_reply_median_ms", "1+1 -> execute_reply, median (ms)"),
    ("exec_reply_p90_ms", "1+1 -> execute_reply, p90 (ms)"),
    ("exec_idle_median_ms", "1+1 -> IOPub idle, median (ms)"),
    ("idle_rss_mib", "idle VmRSS (MiB)"),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=5, help="kernel starts to time")
    parser.add_argument("--executes", type=int, default=200, help="timed 1+1 round trips")
    parser.add_argument("--kernel", action="append", help="kernel names (default: neurona, python3)")
    args = parser.parse_args()

    names = args.kernel or ["neurona"]
    if not args.kernel and importlib.util.find_spec("ipykernel") is not None:
        names.append("python3")
    ksm = KernelSpecManager()
    results = {}
    for name in names:
        try:
            ksm.get_kernel_spec(name)
        except NoSuchKernel:
            print(f"kernelspec {name!r} not found; skipped", file=sys.stderr)
            continue
        print(f"benchmarking {name} ({args.starts} starts, {args.executes} executes) ...", flush=True)
        results[name] = bench_kernel(name, args.starts, args.executes)
    if not results:
        print("no kernel could be benchmarked", file=sys.stderr)
        return 1

    names = list(results)
    width = max(len(label) for _, label in LABELS)
    print()
    print(f"{'':<{width}}  " + "  ".join(f"{n:>10}" for n in names)
          + ("  neurona/python3" if {"neurona", "python3"} <= set(names) else ""))
    for key, label in LABELS:
        row = f"{label:<{width}}  " + "  ".join(f"{results[n][key]:>10.2f}" for n in names)
        if {"neurona", "python3"} <= set(names) and results["python3"][key] > 0:
            row += f"  {results['neurona'][key] / results['python3'][key]:>15.2f}x"
        print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
