# Neurona: build and test entry points (GNU make, Debian/Ubuntu).
#
#   make lab      install deps, build release, install the kernelspec into .venv, start JupyterLab
#   make test     install deps, run all Swift tests, then the Python kernel tests (Tests/kernel)
#
# SCRATCH selects SwiftPM's build folder (e.g. `make test SCRATCH=.build-py`).

SHELL        := /bin/bash
.SHELLFLAGS  := -eu -o pipefail -c
.DEFAULT_GOAL := help

SWIFT        ?= swift
PYTHON3      ?= python3
SCRATCH      ?= .build
SWIFTFLAGS   := --scratch-path $(SCRATCH)

VENV         := .venv
VENV_PY      := $(VENV)/bin/python
REQUIREMENTS := Tests/kernel/requirements.txt
VENV_STAMP   := $(VENV)/.requirements.stamp

# libcurl4: only the run-time library, which the kernel loads with dlopen on its first download.
APT_PACKAGES := libzmq3-dev libopenblas-dev zlib1g-dev libcurl4 pkg-config dataset-fashion-mnist chromium
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
LAB_ROOT     := $(shell [ "$$(id -u)" = 0 ] && echo --allow-root)  # Jupyter refuses root otherwise

DEBUG_BIN    := $(SCRATCH)/debug/neurona
RELEASE_BIN  := $(SCRATCH)/release/neurona

# Kernelspecs for tests and benchmarks live under the build folder; JUPYTER_PATH points there,
# so the user's own Jupyter folders are never touched.
TEST_PREFIX  := $(SCRATCH)/jupyter-test
BENCH_PREFIX := $(SCRATCH)/jupyter-bench
JUPYTER_ENV   = JUPYTER_PATH=$(CURDIR)/$(1)/share/jupyter \
                JUPYTER_RUNTIME_DIR=$(CURDIR)/$(SCRATCH)/jupyter-runtime \
                JUPYTER_PLATFORM_DIRS=1 \
                NEURONA_KERNELSPEC_DIR=$(CURDIR)/kernelspec

PYTEST_ARGS  ?=

.PHONY: help deps system-deps venv build release startup-order test swift-test kernel-test lab bench logos clean

help:
	@echo "make lab      deps + release build + kernelspec in .venv + JupyterLab on notebooks/"
	@echo "make test     deps + swift test + Python kernel tests (Tests/kernel)"
	@echo "make deps     apt packages ($(APT_PACKAGES)) when missing, and .venv"
	@echo "make build | release | startup-order | bench | logos"

# ---------------------------------------------------------------------------------------- deps

deps: system-deps venv

system-deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do dpkg -s "$$p" >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	$(PYTHON3) -c 'import venv, ensurepip' >/dev/null 2>&1 || missing="$$missing python3-venv"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y $$missing; \
	fi

venv: $(VENV_STAMP)

$(VENV_STAMP): $(REQUIREMENTS)
	@[ -x $(VENV_PY) ] || $(PYTHON3) -m venv $(VENV)
	$(VENV_PY) -m pip install --quiet --upgrade pip
	$(VENV_PY) -m pip install --quiet -r $(REQUIREMENTS)
	@touch $@

# --------------------------------------------------------------------------------------- build

build:
	$(SWIFT) build $(SWIFTFLAGS)

# The kernel binary with the Swift runtime and Foundation linked in statically: fewer shared
# libraries to load and relocate at start-up, less memory per kernel. Only the `neurona`
# product: the test-support targets need XCTest, which the static SDK lacks.
# Linked by lld with every function in its own section, ordered by bench/startup.order so the
# code an idle kernel runs shares few pages (about 5 MiB less RSS); without the dynamic symbol
# table that the static runtime's link arguments ask for (10,000 exported symbols the loader
# searched, 0.7 MiB resident; nothing looks symbols up in the executable); and, where glibc
# has DT_RELR (2.36+), with packed relative relocations (2 MiB of .rela.dyn down to 20 KiB).
ORDER_FILE   := $(CURDIR)/bench/startup.order
HAS_RELR     := $(shell getconf GNU_LIBC_VERSION 2>/dev/null | awk '{split($$2, v, "."); print (v[1] > 2 || v[2] >= 36) ? "yes" : "no"}')
RELEASE_FLAGS := -c release --static-swift-stdlib --product neurona \
                -Xswiftc -Xfrontend -Xswiftc -function-sections -Xswiftc -use-ld=lld \
                -Xlinker --symbol-ordering-file=$(ORDER_FILE) -Xlinker --no-warn-symbol-ordering \
                -Xlinker --no-export-dynamic \
                $(if $(filter yes,$(HAS_RELR)),-Xlinker -z -Xlinker pack-relative-relocs)

release:
	$(SWIFT) build $(SWIFTFLAGS) $(RELEASE_FLAGS)

# Re-profiles what an idle kernel runs (valgrind) into bench/startup.order, then relinks.
startup-order: release venv
	$(VENV_PY) bench/startup_order.py $(RELEASE_BIN) $(ORDER_FILE)
	rm -f $(RELEASE_BIN)
	$(SWIFT) build $(SWIFTFLAGS) $(RELEASE_FLAGS)

# ---------------------------------------------------------------------------------------- test

# Both halves always run, so one failing does not hide the other; any failure fails `make test`.
test: deps
	@status=0; \
	$(MAKE) --no-print-directory swift-test || status=1; \
	$(MAKE) --no-print-directory kernel-test || status=1; \
	if [ $$status -ne 0 ]; then echo "make test: FAILED"; fi; \
	exit $$status

swift-test:
	$(SWIFT) test $(SWIFTFLAGS)

# Python kernel tests against the debug binary (no deps/swift test; handy while iterating).
kernel-test: venv
	$(SWIFT) build $(SWIFTFLAGS) --product neurona
	rm -rf $(TEST_PREFIX)
	$(call JUPYTER_ENV,$(TEST_PREFIX)) $(DEBUG_BIN) install --prefix $(TEST_PREFIX)
	test -f $(TEST_PREFIX)/share/jupyter/kernels/neurona/kernel.json
	$(call JUPYTER_ENV,$(TEST_PREFIX)) NEURONA_BIN=$(CURDIR)/$(DEBUG_BIN) \
	  $(VENV_PY) -m pytest Tests/kernel $(PYTEST_ARGS)

# ----------------------------------------------------------------------------------------- lab

lab: deps release
	NEURONA_KERNELSPEC_DIR=$(CURDIR)/kernelspec VIRTUAL_ENV=$(CURDIR)/$(VENV) \
	  $(RELEASE_BIN) install --prefix $(VENV)
	mkdir -p notebooks
	JUPYTER_PLATFORM_DIRS=1 $(VENV)/bin/jupyter lab notebooks/ --ip=127.0.0.1 --no-browser $(LAB_ROOT)

# --------------------------------------------------------------------------------------- bench

BENCH_VENV   := .venv-bench
BENCH_STAMP  := $(BENCH_VENV)/.requirements.stamp

# The peer kernel for the training benchmarks: ipykernel with Keras on JAX, kept out of tests.
$(BENCH_STAMP): bench/requirements.txt
	@[ -x $(BENCH_VENV)/bin/python ] || $(PYTHON3) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet -r bench/requirements.txt
	@touch $@

bench: deps release $(BENCH_STAMP)
	rm -rf $(BENCH_PREFIX)
	$(call JUPYTER_ENV,$(BENCH_PREFIX)) $(RELEASE_BIN) install --prefix $(BENCH_PREFIX)
	$(BENCH_VENV)/bin/python -m ipykernel install --prefix $(BENCH_PREFIX) --name python3-keras \
	  --display-name "Python 3 (Keras, JAX)" --env KERAS_BACKEND jax >/dev/null
	@for script in bench/*_bench.py; do \
	  echo "== $$script"; \
	  $(call JUPYTER_ENV,$(BENCH_PREFIX)) NEURONA_BIN=$(CURDIR)/$(RELEASE_BIN) $(VENV_PY) "$$script"; \
	done

# --------------------------------------------------------------------------------------- logos

# Renders the PNG logos from the hand-written SVG (run once; the PNGs are committed).
logos:
	@command -v rsvg-convert >/dev/null || { $(SUDO) apt-get update; $(SUDO) apt-get install -y librsvg2-bin; }
	rsvg-convert -w 32 -h 32 kernelspec/logo-svg.svg -o kernelspec/logo-32x32.png
	rsvg-convert -w 64 -h 64 kernelspec/logo-svg.svg -o kernelspec/logo-64x64.png

clean:
	rm -rf $(TEST_PREFIX) $(BENCH_PREFIX) $(SCRATCH)/jupyter-runtime
