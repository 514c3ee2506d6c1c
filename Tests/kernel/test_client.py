"""Client-level behaviour that jupyter_kernel_test does not cover (interrupt, stdin,
heartbeat, control, restart/shutdown, execute options, CurveZMQ, output isolation)."""

from __future__ import annotations

import json
import os
import re
import signal
import threading
import time
from pathlib import Path
from queue import Empty

import psutil
import pytest
import zmq
from jupyter_client.kernelspec import KernelSpecManager

from helpers import (
    KERNEL_NAME,
    TIMEOUT,
    collect_iopub,
    drain,
    execute,
    get_reply,
    is_defined,
    of_type,
    ok,
    result_text,
    start_kernel,
    stop_kernel,
    stream_text,
    value,
)


def kernel_pid(km) -> int:
    return km.provisioner.process.pid


def wait_started(kc, msg_id: str, timeout: float = 5) -> None:
    """Wait until the cell `msg_id` is running (its execute_input or busy has been published)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            msg = kc.get_iopub_msg(timeout=0.1)
        except Empty:
            continue
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_input":
            time.sleep(0.2)  # let the loop get going
            return
    raise TimeoutError("cell never started")


def assert_interrupted(kc, msg_id: str, t_interrupt: float) -> None:
    reply = get_reply(kc, msg_id, timeout=5)
    elapsed = time.monotonic() - t_interrupt
    assert reply["content"]["status"] == "error", reply["content"]
    assert reply["content"]["ename"] == "KeyboardInterrupt", reply["content"]
    assert elapsed < 1.0, f"interrupt took {elapsed:.2f} s"
    outputs = collect_iopub(kc, msg_id)
    errors = of_type(outputs, "error")
    assert [e["content"]["ename"] for e in errors] == ["KeyboardInterrupt"], outputs


# ----------------------------------------------------------------------------- interrupt


def test_interrupt_by_message_stops_busy_loop(kernel):
    km, kc = kernel
    ok(kc, "before = 41")
    msg_id = kc.execute("while True: pass")
    wait_started(kc, msg_id)
    t0 = time.monotonic()
    kc.control_channel.send(kc.session.msg("interrupt_request", {}))
    assert_interrupted(kc, msg_id, t0)
    assert value(kc, "before + 1") == "42"


def test_interrupt_via_manager_uses_kernelspec_mode(kernel):
    km, kc = kernel
    ok(kc, "before = 1")
    msg_id = kc.execute("while True: pass")
    wait_started(kc, msg_id)
    t0 = time.monotonic()
    km.interrupt_kernel()
    assert_interrupted(kc, msg_id, t0)
    assert value(kc, "before") == "1"


def test_interrupt_by_sigint_stops_busy_loop(kernel):
    km, kc = kernel
    ok(kc, "before = 'kept'")
    msg_id = kc.execute("while True: pass")
    wait_started(kc, msg_id)
    t0 = time.monotonic()
    os.kill(kernel_pid(km), signal.SIGINT)
    assert_interrupted(kc, msg_id, t0)
    assert value(kc, "before") == "'kept'"


def test_sigint_while_idle_does_not_kill_kernel(kernel):
    km, kc = kernel
    ok(kc, "y = 5")
    os.kill(kernel_pid(km), signal.SIGINT)
    time.sleep(0.5)
    assert km.is_alive()
    drain(kc)
    assert value(kc, "y * 2") == "10"


def test_interrupt_stops_sleep(kernel):
    km, kc = kernel
    msg_id = kc.execute("import time\ntime.sleep(30)")
    wait_started(kc, msg_id)
    t0 = time.monotonic()
    kc.control_channel.send(kc.session.msg("interrupt_request", {}))
    assert_interrupted(kc, msg_id, t0)


# ---------------------------------------------------------------- heartbeat and control


def test_heartbeat_answers_while_cell_runs(kernel):
    km, kc = kernel
    msg_id = kc.execute("import time\ntime.sleep(3)")
    wait_started(kc, msg_id)
    ctx = zmq.Context.instance()
    hb = ctx.socket(zmq.REQ)
    hb.linger = 0
    info = km.get_connection_info()
    hb.connect(f"{info['transport']}://{info['ip']}:{info['hb_port']}")
    try:
        for i in range(3):
            payload = f"ping-{i}".encode()
            hb.send(payload)
            assert hb.poll(1000), f"no heartbeat echo {i} within 1 s during a busy cell"
            assert hb.recv() == payload
            time.sleep(0.3)
    finally:
        hb.close()
    reply = get_reply(kc, msg_id)
    assert reply["content"]["status"] == "ok"


def test_kernel_info_on_control_while_busy(kernel):
    km, kc = kernel
    msg_id = kc.execute("import time\ntime.sleep(3)")
    wait_started(kc, msg_id)
    request = kc.session.msg("kernel_info_request", {})
    t0 = time.monotonic()
    kc.control_channel.send(request)
    reply = get_reply(kc, request["header"]["msg_id"], timeout=2, channel="control")
    assert time.monotonic() - t0 < 1.0
    assert reply["msg_type"] == "kernel_info_reply"
    assert reply["content"]["status"] == "ok"
    assert reply["content"]["language_info"]["name"] == "python"
    # the cell was still running: its reply comes later
    shell_reply = get_reply(kc, msg_id)
    assert shell_reply["content"]["status"] == "ok"


# ------------------------------------------------------------------------------- stdin


def test_input_round_trip(kernel):
    km, kc = kernel
    msg_id = kc.execute('name = input("Name? ")\nprint("hi", name)', allow_stdin=True)
    request = kc.stdin_channel.get_msg(timeout=TIMEOUT)
    assert request["msg_type"] == "input_request"
    assert request["parent_header"]["msg_id"] == msg_id
    assert request["content"]["prompt"] == "Name? "
    assert request["content"]["password"] is False
    kc.input("Ada")
    reply = get_reply(kc, msg_id)
    assert reply["content"]["status"] == "ok", reply["content"]
    outputs = collect_iopub(kc, msg_id)
    assert stream_text(outputs) == "hi Ada\n"
    assert value(kc, "name") == "'Ada'"


def test_input_without_allow_stdin_is_a_clear_error(kernel):
    km, kc = kernel
    reply, outputs = execute(kc, 'name = input("Name? ")', allow_stdin=False)
    assert reply["content"]["status"] == "error"
    text = (reply["content"]["ename"] + " " + reply["content"]["evalue"]).lower()
    assert "stdin" in text or "input" in text, reply["content"]
    assert len(of_type(outputs, "error")) == 1
    with pytest.raises(Empty):
        kc.stdin_channel.get_msg(timeout=0.3)
    assert value(kc, "1 + 1") == "2"


# ------------------------------------------------------------------ restart and shutdown


def _session_id(kc) -> str:
    msg_id = kc.kernel_info()
    return get_reply(kc, msg_id)["header"]["session"]


def _gone(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def _wait_gone(pids, timeout=5.0) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        alive = [p for p in pids if not _gone(p)]
        if not alive:
            return []
        time.sleep(0.05)
    return alive


def test_restart_and_shutdown_leave_no_process():
    km, kc = start_kernel()
    try:
        ok(kc, "x = 1")
        old_pid = kernel_pid(km)
        old_tree = [old_pid] + [c.pid for c in psutil.Process(old_pid).children(recursive=True)]
        old_session = _session_id(kc)

        km.restart_kernel(now=False)
        assert _wait_gone(old_tree) == [], "restart left the old kernel process running"
        kc.wait_for_ready(timeout=60)
        drain(kc)
        new_pid = kernel_pid(km)
        assert new_pid != old_pid
        assert _session_id(kc) != old_session, "a restarted kernel must use a new session id"
        assert not is_defined(kc, "x"), "state survived a restart"
        assert value(kc, "1 + 1") == "2"

        tree = [new_pid] + [c.pid for c in psutil.Process(new_pid).children(recursive=True)]
        process = km.provisioner.process
        t0 = time.monotonic()
        km.shutdown_kernel(now=False)
        elapsed = time.monotonic() - t0
        assert _wait_gone(tree) == [], "shutdown left a kernel process running"
        assert not km.is_alive()
        assert process.returncode == 0, (
            f"kernel did not exit by itself on shutdown_request (returncode {process.returncode})"
        )
        assert elapsed < km.shutdown_wait_time / 2, f"shutdown took {elapsed:.2f} s"
    finally:
        stop_kernel(km, kc)


def test_shutdown_request_reply(kernel):
    km, kc = kernel
    process = km.provisioner.process
    request = kc.session.msg("shutdown_request", {"restart": False})
    kc.control_channel.send(request)
    reply = get_reply(kc, request["header"]["msg_id"], timeout=5, channel="control")
    assert reply["content"]["status"] == "ok"
    assert reply["content"]["restart"] is False
    assert process.wait(timeout=5) == 0


# ------------------------------------------------------------------- execute semantics


def test_thousand_sequential_executes(kernel):
    km, kc = kernel
    first = execute(kc, "n = 0")[0]["content"]["execution_count"]
    for i in range(1, 1001):
        reply, _ = execute(kc, f"n = n + 1")
        assert reply["content"]["status"] == "ok", (i, reply["content"])
        assert reply["content"]["execution_count"] == first + i
    assert value(kc, "n") == "1000"


def test_stop_on_error_aborts_queued_executes(kernel):
    km, kc = kernel
    failing = kc.execute('import time\ntime.sleep(0.5)\nraise ValueError("first")')
    queued = [kc.execute("ran_second = 1"), kc.execute("ran_third = 1")]
    reply = get_reply(kc, failing)
    assert reply["content"]["status"] == "error"
    for msg_id in queued:
        reply = get_reply(kc, msg_id)
        assert reply["content"]["status"] in ("aborted", "error"), reply["content"]
    drain(kc)
    # the queue was flushed, not the kernel: later requests run normally
    assert not is_defined(kc, "ran_second")
    assert not is_defined(kc, "ran_third")
    assert value(kc, "1 + 1") == "2"


def test_stop_on_error_false_keeps_going(kernel):
    km, kc = kernel
    failing = kc.execute(
        'import time\ntime.sleep(0.3)\nraise ValueError("first")', stop_on_error=False
    )
    queued = kc.execute("ran_after = 1")
    assert get_reply(kc, failing)["content"]["status"] == "error"
    assert get_reply(kc, queued)["content"]["status"] == "ok"
    drain(kc)
    assert is_defined(kc, "ran_after")


def test_silent_execution(kernel):
    km, kc = kernel
    count = execute(kc, "a = 1")[0]["content"]["execution_count"]
    reply, outputs = execute(kc, "a", silent=True)
    assert reply["content"]["status"] == "ok"
    assert of_type(outputs, "execute_input") == []
    assert of_type(outputs, "execute_result") == []
    assert [m["content"]["execution_state"] for m in of_type(outputs, "status")] == [
        "busy",
        "idle",
    ]
    ok(kc, "a = a + 1", silent=True)  # silent code still runs
    reply, outputs = execute(kc, "a")
    assert reply["content"]["execution_count"] == count + 1, "silent consumed a count"
    assert of_type(outputs, "execute_input")[0]["content"]["execution_count"] == count + 1
    result = of_type(outputs, "execute_result")[0]["content"]
    assert result["execution_count"] == count + 1
    assert result["data"]["text/plain"] == "2"


def test_store_history_false(kernel):
    km, kc = kernel
    count = execute(kc, "b = 10")[0]["content"]["execution_count"]
    reply, outputs = execute(kc, "b + 1  # not stored", store_history=False)
    assert reply["content"]["status"] == "ok"
    assert of_type(outputs, "execute_result")[0]["content"]["data"]["text/plain"] == "11"
    reply, _ = execute(kc, "b")
    assert reply["content"]["execution_count"] == count + 1
    msg_id = kc.history(hist_access_type="tail", n=10, raw=True, output=False)
    history = get_reply(kc, msg_id)["content"]["history"]
    sources = [entry[2] for entry in history]
    assert "b = 10" in sources and "b" in sources
    assert "b + 1  # not stored" not in sources


def test_user_expressions(kernel):
    km, kc = kernel
    reply, _ = execute(
        kc, "x = 6", user_expressions={"double": "x * 2", "bad": "undefined_name_xyz"}
    )
    content = reply["content"]
    assert content["status"] == "ok"
    expressions = content["user_expressions"]
    assert expressions["double"]["status"] == "ok"
    assert expressions["double"]["data"]["text/plain"] == "12"
    assert expressions["bad"]["status"] == "error"
    assert expressions["bad"]["ename"] == "NameError"


def test_execution_count_in_reply_on_error(kernel):
    km, kc = kernel
    reply, outputs = execute(kc, "1 / 0")
    assert reply["content"]["status"] == "error"
    assert isinstance(reply["content"]["execution_count"], int)
    assert reply["content"]["ename"] == "ZeroDivisionError"
    assert [e["content"]["ename"] for e in of_type(outputs, "error")] == ["ZeroDivisionError"]


def test_ipython_magics_through_the_protocol(kernel):
    """%matplotlib, %%time and !pip from copied IPython notebooks run; unknown magics are UsageError."""
    km, kc = kernel
    outputs = ok(kc, "%matplotlib inline\nx = 4")
    assert stream_text(outputs) == ""
    outputs = ok(kc, "%%time\ny = x * 10\ny + 1")
    assert re.fullmatch(r"CPU times: user .+, sys: .+, total: .+\nWall time: .+\n", stream_text(outputs))
    assert result_text(outputs) == "41"
    outputs = ok(kc, "!pip install tensorflow")
    assert "skipped" in stream_text(outputs) and stream_text(outputs, "stderr") == ""
    reply, outputs = execute(kc, "%who")
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "UsageError"
    assert reply["content"]["evalue"] == "Line magic function `%who` not found."
    complete = get_reply(kc, kc.is_complete("%%time\nx = 1"))
    assert complete["content"]["status"] == "incomplete"


# ---------------------------------------------------------------------------- CurveZMQ


def test_kernelspec_declares_curve():
    spec = KernelSpecManager().get_kernel_spec(KERNEL_NAME)
    assert "curve" in spec.metadata.get("supported_encryption", [])


def test_curve_encrypted_kernel_executes():
    assert zmq.has("curve"), "pyzmq lacks CurveZMQ support"
    km, kc = start_kernel(manager_kw={"transport_encryption": "required"})
    try:
        info = json.loads(Path(km.connection_file).read_text())
        assert len(info["curve_publickey"]) == 40 and len(info["curve_secretkey"]) == 40
        assert value(kc, "1 + 2") == "3"
        assert stream_text(ok(kc, 'print("secret")')) == "secret\n"

        # a client without the server key gets no answer
        plain = zmq.Context.instance().socket(zmq.DEALER)
        plain.linger = 0
        plain.connect(f"tcp://{info['ip']}:{info['shell_port']}")
        try:
            kc.session.send(plain, "kernel_info_request", {})
            assert not plain.poll(1000), "kernel answered an unencrypted client"
        finally:
            plain.close()
        assert value(kc, "1 + 1") == "2"
    finally:
        stop_kernel(km, kc)


# ------------------------------------------------------------------ output isolation


def test_cell_output_never_reaches_process_stdio(tmp_path):
    out_path, err_path = tmp_path / "stdout.txt", tmp_path / "stderr.txt"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        km, kc = start_kernel(stdout=out, stderr=err)
        try:
            outputs = ok(kc, 'print("MARK_OUT_7731")')
            assert stream_text(outputs) == "MARK_OUT_7731\n"
            outputs = ok(kc, "import sys; print('MARK_ERR_7731', file=sys.stderr)")
            assert stream_text(outputs, "stderr") == "MARK_ERR_7731\n"
            execute(kc, 'raise ValueError("MARK_EXC_7731")')
            ok(kc, "print(1)")
        finally:
            stop_kernel(km, kc)
    leaked = out_path.read_text(errors="replace") + err_path.read_text(errors="replace")
    for mark in ("MARK_OUT_7731", "MARK_ERR_7731", "MARK_EXC_7731"):
        assert mark not in leaked, f"{mark} reached the kernel process's stdio:\n{leaked}"
