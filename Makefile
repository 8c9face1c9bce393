# The commands a newcomer needs. Everything runs in .venv, created on first use.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
DB ?= data/events.duckdb
PORT ?= 8501

.PHONY: run ingest dashboard test lint bench bench-quick bench-dashboard accuracy clean

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

run: $(VENV)/.installed ingest dashboard

ingest: $(VENV)/.installed
	$(PY) -m ingest data/sample --db $(DB)

dashboard: $(VENV)/.installed
	$(PY) -m streamlit run dashboard.py --server.port $(PORT) -- --db $(DB)

test: $(VENV)/.installed
	$(PY) -m ruff check .
	$(PY) -m pytest -n auto --maxprocesses 4 --dist loadfile

lint: $(VENV)/.installed
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

bench: $(VENV)/.installed
	$(PY) bench/throughput.py

bench-quick: $(VENV)/.installed
	$(PY) bench/throughput.py --quick

bench-dashboard: $(VENV)/.installed
	test -f /tmp/events_1m.duckdb || $(PY) bench/synthetic_db.py --events 1000000 --out /tmp/events_1m.duckdb
	$(PY) bench/dashboard_bench.py --db /tmp/events_1m.duckdb

accuracy: $(VENV)/.installed
	$(PY) bench/accuracy.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache $(DB) $(DB).wal $(DB).lock
