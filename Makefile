# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test studio bench lint clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,cluster,serve]"  # cluster: Ray (batch --ray tests); serve: cryptography (fal webhook tests)
	$(PY) -c "import librosa.feature, librosa.onset"  # librosa (tests and benchmarks compare with it; the analysis no longer imports it): compile its numba kernels once, at install
	$(PY) -m compileall -q audio_sync nodes providers render studio timebase  # bytecode at install, as pip writes it for an installed package: an editable install leaves it to the first import, which PYTHONDONTWRITEBYTECODE=1 (set on some machines) turns into a compile on every start
	@touch $(STAMP)

demo: $(STAMP)
	@mkdir -p out
	$(VENV)/bin/mvstudio render assets/demo/demo.mvgraph --report out/demo-report.json
	@echo "demo videos: $(CURDIR)/out/demo.mp4 and $(CURDIR)/out/demo-9x16.mp4"

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

studio: $(STAMP)
	$(VENV)/bin/mvstudio studio assets/demo/demo.mvgraph

bench: $(STAMP)
	@set -e; for script in benchmarks/*.py; do \
		case $$(basename $$script) in _*|make_*|train_*|*_dataset.py|check_*|soundfont_attack.py|beat_sets.py) continue;; esac; \
		echo "== $$script"; $(PY) $$script; \
	done

clean:
	rm -rf out .pytest_cache
