#!/usr/bin/env python3
"""Kernel benchmarks: start-up time, `1+1` round trip, idle memory.

For each kernel (neurona and, when ipykernel is installed, python3 in the same run), the median
of N starts and the ratio neurona/python3 (issue 8's goals: start <= 0.10x, idle memory <= 0.33x):

  launch   process launch -> first kernel_info_reply. The script writes a connection file itself
           (free loopback ports, a fresh HMAC key), connects a DEALER shell socket, takes t0
           immediately before subprocess.Popen of the kernelspec's argv and stops the clock on
           the first kernel_info_reply. This is the kernel's own start-up cost, as precisely as
           a client can see it: the process start (dynamic loading, runtime set-up, interpreter
           import), binding the sockets and answering.
  km call  jupyter_client's KernelManager.start_kernel() alone: port allocation, connection file,
           provisioner, Popen. Pure client-side bookkeeping, about the same for every kernel.
  km start KernelManager path end to end: start_kernel() -> kernel_info_reply, what a notebook
           server sees (= km call + roughly the launch time).
  execute  `1+1` execute_request -> execute_reply, and -> IOPub idle (median, p90 of M)
  memory   of the last kernel, after the executes and a second idle:
           VmRSS  resident set: every page mapped and in RAM, shared library pages counted whole.
           Pss    proportional set size: each resident page divided by the number of processes
                  mapping it, so a library shared with N other processes counts 1/(N+1).
           USS    unique set size (Private_Clean + Private_Dirty from /proc/PID/smaps_rollup):
                  pages no other process maps. This is what each additional kernel costs the
                  machine: the file-backed pages of the binary and its libraries are shared by
                  all kernels of the same binary, so ten students' kernels cost about one RSS
                  plus nine USS.
           Pss and USS are measured twice: with the kernel alone, and again while a second
           kernel of the same kind runs. Alone, the pages of a binary that no other process
           maps (neurona's own executable; for python3 the interpreter is already shared with
           this script) count as unique; beside a second kernel they are shared, so the second
           USS is the honest per-additional-kernel cost.

ZeroMQ retries a refused TCP connect every RECONNECT_IVL (100 ms by default). A kernel binds its
ports only once it is up, so with the default every client-side start time would be quantised in
100 ms steps; all client sockets here use a context with RECONNECT_IVL = 1 ms instead.

Prints numbers and ratios; never fails on a time. `make bench` installs the release build's
kernelspec and sets JUPYTER_PATH; by hand, install one first (`neurona install --user`).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from queue import Empty

import zmq
from jupyter_client.blocking import BlockingKernelClient
from jupyter_client.connect import write_connection_file
from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
from jupyter_client.manager import KernelManager

# Client sockets retry a refused connect every millisecond (see the docstring).
CONTEXT = zmq.Context()
CONTEXT.setsockopt(zmq.RECONNECT_IVL, 1)


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


def memory_kib(pid: int) -> dict[str, int]:
    """VmRSS from /proc/PID/status; Pss and USS from smaps_rollup (or summed over smaps)."""
    result = {"rss": 0, "pss": 0, "uss": 0}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            result["rss"] = int(line.split()[1])
    rollup = Path(f"/proc/{pid}/smaps_rollup")
    text = rollup.read_text() if rollup.exists() else Path(f"/proc/{pid}/smaps").read_text()
    fields: dict[str, int] = {}
    for match in re.finditer(r"^(Pss|Private_Clean|Private_Dirty):\s+(\d+) kB", text, re.M):
        fields[match.group(1)] = fields.get(match.group(1), 0) + int(match.group(2))
    result["pss"] = fields.get("Pss", 0)
    result["uss"] = fields.get("Private_Clean", 0) + fields.get("Private_Dirty", 0)
    return result


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def kernel_argv(name: str, connection_file: str) -> tuple[list[str], dict[str, str]]:
    """The kernelspec's command line and environment, as jupyter_client would launch it."""
    spec = KernelSpecManager().get_kernel_spec(name)
    argv = list(spec.argv)
    pythons = {"python", f"python{sys.version_info[0]}", "python%i.%i" % sys.version_info[:2]}
    if argv and argv[0] in pythons:
        argv[0] = sys.executable
    ns = {"connection_file": connection_file, "prefix": sys.prefix, "resource_dir": spec.resource_dir}
    argv = [re.sub(r"\{([A-Za-z0-9_]+)\}", lambda m: ns.get(m.group(1), m.group()), a) for a in argv]
    env = dict(os.environ)
    env.update(spec.env or {})
    return argv, env


def measure_launch(name: str, folder: str) -> float:
    """Process launch -> first kernel_info_reply, with everything client-side prepared first."""
    path = os.path.join(folder, f"kernel-{uuid.uuid4()}.json")
    write_connection_file(path, ip="127.0.0.1", key=uuid.uuid4().hex.encode(), kernel_name=name)
    argv, env = kernel_argv(name, path)
    kc = BlockingKernelClient(connection_file=path, context=CONTEXT)
    kc.load_connection_file()
    kc.start_channels(shell=True, iopub=False, stdin=False, hb=False, control=True)
    process = None
    try:
        t0 = time.perf_counter()
        process = subprocess.Popen(
            argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        msg_id = kc.kernel_info()
        wait_reply(kc.shell_channel, msg_id, timeout=60)
        return time.perf_counter() - t0
    finally:
        if process is not None:
            kc.shutdown()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        kc.stop_channels()
        os.unlink(path)


def measure_manager_start(name: str) -> tuple[float, float, KernelManager, BlockingKernelClient]:
    """jupyter_client's path: (start_kernel() call, start -> kernel_info_reply), manager, client."""
    km = KernelManager(kernel_name=name)
    t0 = time.perf_counter()
    km.start_kernel(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t1 = time.perf_counter()
    kc = km.client(context=CONTEXT)
    kc.start_channels()
    msg_id = kc.kernel_info()
    wait_reply(kc.shell_channel, msg_id, timeout=60)
    t2 = time.perf_counter()
    kc.wait_for_ready(timeout=60)
    return t1 - t0, t2 - t0, km, kc


def bench_kernel(name: str, starts: int, executes: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="kernel-bench-") as folder:
        measure_launch(name, folder)  # warm-up: page cache, Python bytecode caches
        launch = [measure_launch(name, folder) for _ in range(starts)]
    calls, km_starts = [], []
    for i in range(starts):
        call, started, km, kc = measure_manager_start(name)
        calls.append(call)
        km_starts.append(started)
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
        pid = km.provisioner.process.pid
        memory = memory_kib(pid)
        # A second kernel of the same kind: the pages both map from the same files stop being
        # unique to the first, so its USS now is what one more kernel costs.
        _, _, km2, kc2 = measure_manager_start(name)
        try:
            for _ in range(20):
                msg_id = kc2.execute("1+1")
                wait_reply(kc2.shell_channel, msg_id, timeout=30)
            time.sleep(1.0)
            beside = memory_kib(pid)
        finally:
            kc2.stop_channels()
            km2.shutdown_kernel(now=True)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    return {
        "launch_median_ms": statistics.median(launch) * 1e3,
        "launch_min_ms": min(launch) * 1e3,
        "km_call_median_ms": statistics.median(calls) * 1e3,
        "km_start_median_ms": statistics.median(km_starts) * 1e3,
        "exec_reply_median_ms": statistics.median(reply_times) * 1e3,
        "exec_reply_p90_ms": percentile(reply_times, 0.9) * 1e3,
        "exec_idle_median_ms": statistics.median(idle_times) * 1e3,
        "rss_mib": memory["rss"] / 1024,
        "pss_mib": memory["pss"] / 1024,
        "uss_mib": memory["uss"] / 1024,
        "pss2_mib": beside["pss"] / 1024,
        "uss2_mib": beside["uss"] / 1024,
    }


# (key, label, goal for neurona/python3 or None)
LABELS = [
    ("launch_median_ms", "launch -> kernel_info_reply, median (ms)", 0.10),
    ("launch_min_ms", "launch -> kernel_info_reply, min (ms)", None),
    ("km_call_median_ms", "KernelManager.start_kernel() call, median (ms)", None),
    ("km_start_median_ms", "start_kernel() -> kernel_info_reply, median (ms)", None),
    ("exec_reply_median_ms", "1+1 -> execute_reply, median (ms)", None),
    ("exec_reply_p90_ms", "1+1 -> execute_reply, p90 (ms)", None),
    ("exec_idle_median_ms", "1+1 -> IOPub idle, median (ms)", None),
    ("rss_mib", "idle VmRSS (MiB)", 1 / 3),
    ("pss_mib", "idle Pss (MiB)", 1 / 3),
    ("uss_mib", "idle USS = Private_Clean+Private_Dirty (MiB)", 1 / 3),
    ("pss2_mib", "idle Pss, a 2nd kernel running (MiB)", 1 / 3),
    ("uss2_mib", "idle USS, a 2nd kernel running (MiB)", 1 / 3),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=10, help="kernel starts to time, per method")
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
        print(f"benchmarking {name} ({args.starts} starts per method, {args.executes} executes) ...", flush=True)
        results[name] = bench_kernel(name, args.starts, args.executes)
    if not results:
        print("no kernel could be benchmarked", file=sys.stderr)
        return 1

    names = list(results)
    both = {"neurona", "python3"} <= set(names)
    width = max(len(label) for _, label, _ in LABELS)
    print()
    print(f"{'':<{width}}  " + "  ".join(f"{n:>10}" for n in names)
          + ("  neurona/python3  goal" if both else ""))
    for key, label, goal in LABELS:
        row = f"{label:<{width}}  " + "  ".join(f"{results[n][key]:>10.2f}" for n in names)
        if both and results["python3"][key] > 0:
            ratio = results["neurona"][key] / results["python3"][key]
            row += f"  {ratio:>14.3f}x"
            if goal is not None:
                row += f"  <= {goal:.2f}x {'met' if ratio <= goal else 'NOT met'}"
        print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
