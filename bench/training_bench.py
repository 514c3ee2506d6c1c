#!/usr/bin/env python3
"""Training benchmarks: the same Keras cell code in neurona and in Keras (python3-keras kernel).

Each workload has a setup cell (data, model, compile) and a timed cell that measures the
work with time.perf_counter() inside the kernel and prints the seconds, so kernel start-up
and messaging are not counted. Runs alternate between the two kernels. Two numbers per kernel:

  first    the first timed run on the freshly compiled model: what a student sees running a
           lesson cell that builds and trains a model. Keras (JAX) traces and compiles its
           train step here.
  repeat   the median of NEURONA_BENCH_ROUNDS (default 3) further runs on the same model
           (re-running a training cell): Keras reuses its compiled step.

One extra row runs the 1-3-1 fit as the course's cell is written, with the default verbose:
Keras prints a progress bar per epoch, neurona updates its live progress display.

Each row also gives the ratio Keras / neurona (above 1 means neurona is faster), plus neurona's
GFLOP/s (repeat) beside the machine's cblas_sgemm (a 1024x1024 product by NumPy's OpenBLAS in
the peer kernel; neurona's own when there is no peer), measured in the same run.

The peer is the kernelspec `python3-keras` (ipykernel with Keras 3 on the JAX backend, or
TensorFlow when that is what is installed); `make bench` creates it in .venv-bench. Without
it, only neurona's numbers are printed. Benchmarks print numbers and never fail on a time.
"""

from __future__ import annotations

import os
import re
import statistics
import sys
import time
from dataclasses import dataclass

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

PEER = os.environ.get("NEURONA_BENCH_PEER", "python3-keras")
ROUNDS = int(os.environ.get("NEURONA_BENCH_ROUNDS", "3"))
# Seconds of quiet before each timed run: an engine's threads stay busy for a while after its
# run returns, which slows the other kernel's next run. Half a second was too short for the Keras
# (JAX) kernel: a neurona 784-128-10 run right after one took 264-278 ms, and 134-146 ms after
# two seconds of quiet (Keras's own repeat runs went from 487-532 to 377-427 ms).
SETTLE = 2.0


@dataclass
class Workload:
    name: str
    setup: str
    timed: str
    flops: float  # floating-point operations of the timed work (forward + backward), for GFLOP/s


COMMON = """
import time
import numpy as np
import keras
from keras.models import Sequential
from keras.layers import Dense, Input
np.random.seed(1)
"""


def mlp_flops(sizes: list[int], samples: int, epochs: int = 1, train: bool = True) -> float:
    """Floating-point operations of an MLP's matrix products, as both engines compute them.

    Inference: one product per layer (2·a·b per sample). Training adds the weight gradient of
    every layer and the input gradient of every layer but the first (nobody reads that one).
    """
    layers = [2 * a * b for a, b in zip(sizes, sizes[1:])]
    per_sample = sum(layers) * 2 + sum(layers[1:]) if train else sum(layers)
    return per_sample * samples * epochs


# The course's first network: petal length -> setosa (0) or versicolor (1), through three sigmoid neurons.
LESSON_131 = COMMON + """
from sklearn.datasets import load_iris
iris = load_iris()
x = iris.data[0:99, 2].reshape(-1, 1)
y = iris.target[0:99]
model = Sequential([Input(shape=(1,)), Dense(3, activation="sigmoid"), Dense(1, activation="sigmoid")])
model.compile(loss="mean_squared_error")
"""

WORKLOADS = [
    Workload(
        "1-3-1 sigmoid, iris petal length, 100 epochs",
        LESSON_131,
        "t0 = time.perf_counter(); model.fit(x, y, epochs=100, verbose=0); print('SECONDS', time.perf_counter() - t0)",
        mlp_flops([1, 3, 1], 99, 100),
    ),
    Workload(
        "same, as the lesson writes it (verbose default: progress)",
        LESSON_131,
        "t0 = time.perf_counter(); model.fit(x, y, epochs=100); print('SECONDS', time.perf_counter() - t0)",
        mlp_flops([1, 3, 1], 99, 100),
    ),
    Workload(
        "iris 4-16-16-3 relu/softmax, Adam, 200 epochs, batch 16",
        COMMON + """
from sklearn.datasets import load_iris
iris = load_iris()
x = iris.data.astype("float32")
y = iris.target
model = Sequential([Input(shape=(4,)), Dense(16, activation="relu"), Dense(16, activation="relu"), Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
""",
        "t0 = time.perf_counter(); model.fit(x, y, epochs=200, batch_size=16, verbose=0); print('SECONDS', time.perf_counter() - t0)",
        mlp_flops([4, 16, 16, 3], 150, 200),
    ),
    Workload(
        "784-128-10 MLP, Adam, 1 epoch of 60,000 at batch 32",
        COMMON + """
x = np.random.rand(60000, 784).astype("float32")
y = np.random.randint(0, 10, 60000)
model = Sequential([Input(shape=(784,)), Dense(128, activation="relu"), Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
""",
        "t0 = time.perf_counter(); model.fit(x, y, epochs=1, batch_size=32, verbose=0); print('SECONDS', time.perf_counter() - t0)",
        mlp_flops([784, 128, 10], 60000),
    ),
    Workload(
        "784-1024-1024-10 MLP, SGD, 1 epoch of 60,000 at batch 512",
        COMMON + """
x = np.random.rand(60000, 784).astype("float32")
y = np.random.randint(0, 10, 60000)
model = Sequential([Input(shape=(784,)), Dense(1024, activation="relu"), Dense(1024, activation="relu"), Dense(10, activation="softmax")])
model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy")
""",
        "t0 = time.perf_counter(); model.fit(x, y, epochs=1, batch_size=512, verbose=0); print('SECONDS', time.perf_counter() - t0)",
        mlp_flops([784, 1024, 1024, 10], 60000),
    ),
    Workload(
        "predict on 10,000 samples (784-128-10)",
        COMMON + """
x = np.random.rand(10000, 784).astype("float32")
model = Sequential([Input(shape=(784,)), Dense(128, activation="relu"), Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.predict(x[:10], verbose=0)
""",
        "t0 = time.perf_counter(); model.predict(x, verbose=0); print('SECONDS', time.perf_counter() - t0)",
        mlp_flops([784, 128, 10], 10000, train=False),
    ),
]

SGEMM = """
import time
import numpy as np
a = np.random.rand(1024, 1024).astype("float32")
b = np.random.rand(1024, 1024).astype("float32")
a @ b
t0 = time.perf_counter()
for _ in range(10):
    c = a @ b
print('SECONDS', (time.perf_counter() - t0) / 10)
"""


class Kernel:
    def __init__(self, name: str) -> None:
        self.km = KernelManager(kernel_name=name)
        self.km.start_kernel()
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=120)

    def run(self, code: str, timeout: float = 900) -> str:
        out: list[str] = []
        errors: list[str] = []

        def hook(msg: dict) -> None:
            if msg["msg_type"] == "stream":
                out.append(msg["content"]["text"])
            elif msg["msg_type"] == "error":
                errors.append(f"{msg['content']['ename']}: {msg['content']['evalue']}")

        reply = self.kc.execute_interactive(code, timeout=timeout, output_hook=hook)
        if reply["content"]["status"] != "ok":
            raise RuntimeError("; ".join(errors) or reply["content"].get("evalue", "error"))
        return "".join(out)

    def seconds(self, code: str) -> float:
        time.sleep(SETTLE)  # let the other kernel's threads go idle before timing
        match = re.search(r"SECONDS ([0-9.eE+-]+)", self.run(code))
        if not match:
            raise RuntimeError("the timed cell printed no time")
        return float(match.group(1))

    def close(self) -> None:
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)


def cpu_model() -> str:
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def openblas_setting() -> str:
    """OpenBLAS's kernel choice as this environment sets it (the kernels inherit it)."""
    forced = {k: os.environ[k] for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE") if k in os.environ}
    if not forced:
        return "OpenBLAS picks its kernels for this CPU"
    return "OpenBLAS kernels forced by the environment: " + ", ".join(f"{k}={v}" for k, v in forced.items())


def main() -> None:
    specs = KernelSpecManager().find_kernel_specs()
    kernels = ["neurona"] + ([PEER] if PEER in specs else [])
    if PEER not in specs:
        print(f"peer kernel '{PEER}' not installed: only neurona is measured (make bench creates it)")
    # 1024x1024 float32 products: neurona's own GEMM (`a @ b` in a cell), and the machine's
    # cblas_sgemm, which NumPy's OpenBLAS runs in the peer kernel under this environment.
    measured: dict[str, float] = {}
    for name in kernels:
        session = Kernel(name)
        try:
            measured[name] = 2 * 1024**3 / statistics.median(session.seconds(SGEMM) for _ in range(3)) / 1e9
        finally:
            session.close()
    print(f"machine: {os.cpu_count()} cores, {cpu_model()}; {openblas_setting()}")
    print(f"1024x1024 float32 product, neurona: {measured['neurona']:.1f} GFLOP/s")
    if PEER in measured:
        print(f"1024x1024 cblas_sgemm (NumPy's OpenBLAS in {PEER}): {measured[PEER]:.1f} GFLOP/s")
    sgemm_gflops = measured.get(PEER, measured["neurona"])
    print()
    print(f"{'':58s} {'first run':^34s} | {'repeat (median of ' + str(ROUNDS) + ')':^34s}")
    print(f"{'workload':58s} {'neurona':>10s} {PEER:>14s} {'ratio':>8s} | {'neurona':>10s} {PEER:>14s} {'ratio':>8s} {'GFLOP/s':>9s}")
    for workload in WORKLOADS:
        first: dict[str, float] = {}
        times: dict[str, list[float]] = {k: [] for k in kernels}
        sessions = {}
        try:
            for name in kernels:
                sessions[name] = Kernel(name)
                sessions[name].run(workload.setup)
            for name in kernels:
                first[name] = sessions[name].seconds(workload.timed)
            for _ in range(ROUNDS):
                for name in kernels:  # alternate kernels within each round
                    times[name].append(sessions[name].seconds(workload.timed))
        except RuntimeError as error:
            print(f"{workload.name:58s} failed: {error}")
            continue
        finally:
            for session in sessions.values():
                session.close()
        ours = statistics.median(times["neurona"])
        line = f"{workload.name:58s} {first['neurona'] * 1000:8.1f}ms"
        line += pair(first.get(PEER), first["neurona"])
        line += f" | {ours * 1000:8.1f}ms"
        line += pair(statistics.median(times[PEER]) if times.get(PEER) else None, ours)
        gflops = workload.flops / ours / 1e9
        line += f" {gflops:8.2f} ({gflops / sgemm_gflops:.0%} of cblas_sgemm)"
        print(line)
        sys.stdout.flush()


def pair(theirs: float | None, ours: float) -> str:
    """The peer's time and the ratio peer / neurona, or dashes without a peer."""
    if theirs is None:
        return f" {'-':>14s} {'-':>8s}"
    return f" {theirs * 1000:12.1f}ms {theirs / ours:7.1f}x"


if __name__ == "__main__":
    main()
