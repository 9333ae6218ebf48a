# revue: build the example review, run the tests.
#   make site    install what is missing, build revue (release), build content/ into site/ (with its PDFs when Chromium is installed)
#   make test    install what is missing, check the sources for trapping constructs, run the test suite, then the browser suite
#   make test-browser  the built example in Chromium (direction, switcher, no sideways scroll, charts)
#   make serve   build revue, then preview the review at http://127.0.0.1:8080/, reloaded on each save
#   make bench   measure build time and memory on a generated 10 000-page-per-language project
#   make install PREFIX=/usr/local   install the release build, which runs without the Swift toolchain (Swift's libraries are linked in)

SWIFT   ?= swift
REVUE   := .build/release/revue
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PREFIX  ?= /usr/local

.PHONY: site serve test test-browser build deps search-deps bench install clean

site: build search-deps
	$(REVUE) build --project . --pdf

serve: build
	$(REVUE) serve --project .

# Swift's standard library and Foundation linked into the binary, as `make install` ships it:
# it starts without resolving Swift's shared libraries, and needs only the C library and
# libcmark (Debian's libcmark0.30.2) where it runs.
build: deps
	$(SWIFT) build -c release --product revue --static-swift-stdlib

test: deps search-deps
	scripts/check-sources.sh
	$(SWIFT) test
	scripts/check-install.sh
	Tests/Browser/run.sh

test-browser: deps
	$(SWIFT) build --product revue
	Tests/Browser/run.sh

bench: build
	scripts/bench.sh

install: build
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(REVUE) $(DESTDIR)$(PREFIX)/bin/revue

# libcmark-dev (and pkg-config, which SwiftPM uses to find it) from Debian.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark; then \
		echo "Installing libcmark-dev and pkg-config with apt-get"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libcmark-dev pkg-config >/dev/null; \
	fi

# Pagefind, which revue build runs to index the site for its search box (PyPI's wheel carries its binary).
search-deps:
	@python3 -c "import pagefind" 2>/dev/null || { echo "Installing Pagefind with pip"; python3 -m pip install -q "pagefind[extended]"; }

clean:
	rm -rf site .build
