# The two commands a newcomer needs: `make run` (the app on a demo room) and `make test`.
# Each does the whole set-up: the missing system libraries (sudo asked for only then), the
# venv, the project.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian/Ubuntu packages Qt needs (offscreen and on a real X display) and a font; poppler-utils
# and qpdf read the PDFs back in the tests; WenQuanYi Micro Hei draws CJK names in the PDFs.
SYSTEM_PACKAGES := libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 \
	fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 \
	libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 \
	poppler-utils qpdf fonts-wqy-microhei gcc libc6-dev
# gcc, libc6-dev: the power-cut and network-guard shims of the campaigns (benchmarks/campaigns/*.c).

.PHONY: run test lint system-deps missing-system-deps screenshots bench campaigns translations clean

# Installs only what dpkg says is missing (nothing to do: no sudo, no apt). Off Debian, where
# there is no dpkg, it says so and goes on: the venv step names what is still missing.
missing-system-deps:
	@if ! command -v dpkg-query >/dev/null 2>&1; then \
		echo "No dpkg here: install python3-venv and Qt's libraries yourself if missing."; \
	else \
		missing=$$(for p in python3-venv $(SYSTEM_PACKAGES); do \
			dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; \
		done); \
		if [ -n "$$missing" ]; then \
			echo "Installing the missing system packages:" $$missing; \
			$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing; \
		fi; \
	fi

$(BIN)/.installed: pyproject.toml | missing-system-deps
	@$(PYTHON) -m venv --help >/dev/null 2>&1 || { echo "python3-venv is missing: make system-deps"; exit 1; }
	[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: missing-system-deps $(BIN)/.installed
	$(BIN)/invigilator --demo

test: missing-system-deps $(BIN)/.installed
	$(BIN)/ruff check invigilator ui tests benchmarks
	$(BIN)/mypy invigilator
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

lint: $(BIN)/.installed
	$(BIN)/ruff check invigilator ui tests benchmarks
	$(BIN)/ruff format --check invigilator ui tests benchmarks

system-deps:
	$(SUDO) apt-get update -qq
	$(SUDO) apt-get install -y -qq python3-venv $(SYSTEM_PACKAGES)

screenshots: $(BIN)/.installed
	xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python tools/screenshots.py docs/screenshots
	$(BIN)/python tools/pdf_screenshots.py docs/screenshots

# Every speed figure against its bare baseline (README, "Speed"); `make campaigns` for "Reliability".
bench: $(BIN)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

campaigns: $(BIN)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py --campaigns

# Extract the UI's texts (contexts are class names) and compile the English translation.
translations: $(BIN)/.installed
	$(BIN)/pyside6-lupdate $$(find ui -name '*.py' | sort) -ts resources/translations/invigilator_en.ts
	$(BIN)/python tools/translations_en.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
