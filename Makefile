# webcare — build, test and run. Every target installs the system packages it needs first.
PREFIX ?= /usr/local
SWIFT ?= swift
APT_PACKAGES := libcurl4-openssl-dev libsqlite3-dev libxml2-dev pkg-config
CONFIG ?= config.example.json
# Release builds link the Swift runtime and Foundation in: the binary starts faster (no Swift libraries to load)
# and runs where no Swift toolchain is installed (it still needs Debian's libcurl, libxml2 and libsqlite3).
RELEASE_FLAGS ?= -c release --static-swift-stdlib
export RELEASE_FLAGS

.PHONY: deps build release test fuzz run install clean bench report-png

# Install the Debian packages webcare builds against, only when one is missing.
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing" >&2; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

build: deps
	$(SWIFT) build --product webcare

release: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product webcare

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The mutation fuzz tests (feed parser and review pages, config reader, scorer) at 25x the rounds `make test` runs;
# FUZZ_SEED=<n> replays a run. (libFuzzer: `swiftc -sanitize=fuzzer` links on this toolchain, but SwiftPM renames an
# executable's main, so `swift build -Xswiftc -sanitize=fuzzer` cannot link a fuzz target yet; these tests stand in.)
FUZZ_ROUNDS ?= 5000
fuzz: deps
	$(SWIFT) build --build-tests
	WEBCARE_FUZZ_ROUNDS=$(FUZZ_ROUNDS) $(if $(FUZZ_SEED),WEBCARE_FUZZ_SEED=$(FUZZ_SEED)) \
	  $(SWIFT) test --skip-build --filter 'truncatedAndMutatedDocumentsNeverCrashTheParser|ConfigFuzzTests|ScorerFuzzTests'

# Poll the bundled example sources into a fresh database and show the inbox.
run: build
	@rm -f examples/webcare.sqlite examples/webcare.sqlite-wal examples/webcare.sqlite-shm
	$$($(SWIFT) build --show-bin-path)/webcare poll --config $(CONFIG) --verbose
	$$($(SWIFT) build --show-bin-path)/webcare inbox --config $(CONFIG)

# The HTML report as headless Chromium draws it, each screenshot checked by Scripts/check-report-png.py (size,
# not blank, chart colours drawn, nothing cut off at the right edge): the example week polled from the bundled
# feeds, and the golden reports of 7, 30 and 90 days on the twelve-week fixture (Tests/Fixtures/golden/report,
# kept current by `make test`) at a 1000-pixel screen and at 720 pixels, about A4's printable width.
# Installs Debian's chromium when missing; `make test` never needs it.
REPORT_GOLDENS := twelve-weeks-2026-W44 twelve-weeks-30-days twelve-weeks-90-days
CHROMIUM := chromium --headless --no-sandbox --disable-gpu --hide-scrollbars
report-png: build
	@command -v chromium >/dev/null || { SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null; }
	@rm -f examples/webcare.sqlite examples/webcare.sqlite-wal examples/webcare.sqlite-shm
	@mkdir -p bench-out
	$$($(SWIFT) build --show-bin-path)/webcare poll --config $(CONFIG)
	$$($(SWIFT) build --show-bin-path)/webcare report --config $(CONFIG) --week 2026-W47 --output bench-out/report.html
	$(CHROMIUM) --window-size=1000,2400 --screenshot=$(CURDIR)/bench-out/report.png file://$(CURDIR)/bench-out/report.html 2>/dev/null
	python3 Scripts/check-report-png.py bench-out/report.png 1000 2400
	@for name in $(REPORT_GOLDENS); do \
	  for width in 1000 720; do \
	    $(CHROMIUM) --window-size=$$width,4400 --screenshot=$(CURDIR)/bench-out/$$name-$$width.png \
	      file://$(CURDIR)/Tests/Fixtures/golden/report/$$name.html 2>/dev/null || exit 1; \
	    python3 Scripts/check-report-png.py bench-out/$$name-$$width.png $$width 4400 || exit 1; \
	  done; \
	done

install: release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)/webcare $(DESTDIR)$(PREFIX)/bin/webcare

bench: release
	./bench/run

clean:
	rm -rf .build
