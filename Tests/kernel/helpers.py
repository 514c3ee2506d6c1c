"""Small protocol helpers shared by the kernel tests and benchmarks."""

from __future__ import annotations

import os
import time
from queue import Empty
from typing import Any

from jupyter_client.manager import KernelManager

KERNEL_NAME = os.environ.get("NEURONA_TEST_KERNEL", "neurona")
STARTUP_TIMEOUT = 60
TIMEOUT = 15


def start_kernel(manager_kw: dict[str, Any] | None = None, **launch_kw: Any):
    """Start a kernel (launch_kw go to Popen) and return (manager, ready client)."""
    km = KernelManager(kernel_name=KERNEL_NAME, **(manager_kw or {}))
    km.start_kernel(**launch_kw)
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=STARTUP_TIMEOUT)
    except BaseException:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
        raise
    drain(kc)
    return km, kc


def stop_kernel(km: KernelManager, kc) -> None:
    kc.stop_channels()
    if km.has_kernel:
        km.shutdown_kernel(now=True)


def drain(kc, idle: float = 0.2) -> list[dict]:
    """Read IOPub until nothing arrives for `idle` seconds."""
    msgs = []
    while True:
        try:
            msgs.append(kc.get_iopub_msg(timeout=idle))
        except Empty:
            return msgs


def get_reply(kc, msg_id: str, timeout: float = TIMEOUT, channel: str = "shell") -> dict:
    """The reply to `msg_id` on shell or control; other messages are skipped."""
    chan = kc.shell_channel if channel == "shell" else kc.control_channel
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"no {channel} reply to {msg_id} within {timeout} s")
        try:
            msg = chan.get_msg(timeout=left)
        except Empty:
            continue
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg


def collect_iopub(kc, msg_id: str, timeout: float = TIMEOUT) -> list[dict]:
    """IOPub messages caused by `msg_id`, up to and including its `status: idle`."""
    deadline = time.monotonic() + timeout
    out = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"no IOPub idle for {msg_id} within {timeout} s; got {out}")
        try:
            msg = kc.get_iopub_msg(timeout=left)
        except Empty:
            continue
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        out.append(msg)
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return out


def execute(kc, code: str, timeout: float = TIMEOUT, **kw: Any) -> tuple[dict, list[dict]]:
    """Run `code`; return (execute_reply, IOPub messages up to idle)."""
    msg_id = kc.execute(code, **kw)
    reply = get_reply(kc, msg_id, timeout)
    return reply, collect_iopub(kc, msg_id, timeout)


def of_type(outputs: list[dict], msg_type: str) -> list[dict]:
    return [m for m in outputs if m["msg_type"] == msg_type]


def stream_text(outputs: list[dict], name: str = "stdout") -> str:
    return "".join(
        m["content"]["text"] for m in of_type(outputs, "stream") if m["content"]["name"] == name
    )


def result_text(outputs: list[dict]) -> str | None:
    results = of_type(outputs, "execute_result")
    return results[-1]["content"]["data"].get("text/plain") if results else None


def ok(kc, code: str, **kw: Any) -> list[dict]:
    """Run `code`, assert it succeeded, return its IOPub messages."""
    reply, outputs = execute(kc, code, **kw)
    assert reply["content"]["status"] == "ok", (code, reply["content"], outputs)
    return outputs


def value(kc, expr: str) -> str | None:
    """text/plain of the execute_result of `expr`."""
    return result_text(ok(kc, expr))


def is_defined(kc, name: str) -> bool:
    """Whether `name` is a defined variable in the kernel (NameError otherwise)."""
    reply, outputs = execute(kc, name)
    if reply["content"]["status"] == "ok":
        return True
    assert reply["content"].get("ename") == "NameError", reply["content"]
    return False
