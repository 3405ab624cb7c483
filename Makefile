# webcare — build, test and run. Every target installs the system packages it needs first.
PREFIX ?= /usr/local
SWIFT ?= swift
APT_PACKAGES := libcurl4-openssl-dev libsqlite3-dev libxml2-dev pkg-config
CONFIG ?= config.example.json

.PHONY: deps build release test run install clean bench

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
	$(SWIFT) build -c release --product webcare

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Poll the bundled example sources into a fresh database and show the inbox.
run: build
	@rm -f examples/webcare.sqlite examples/webcare.sqlite-wal examples/webcare.sqlite-shm
	$$($(SWIFT) build --show-bin-path)/webcare poll --config $(CONFIG) --verbose
	$$($(SWIFT) build --show-bin-path)/webcare inbox --config $(CONFIG)

install: release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $$($(SWIFT) build -c release --show-bin-path)/webcare $(DESTDIR)$(PREFIX)/bin/webcare

bench: release
	./bench/run

clean:
	rm -rf .build
