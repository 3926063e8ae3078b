# sqlite-news: build, test, demo, eval, bench, fuzz.
#
#   make          build news.so
#   make demo     install what is missing, build, run the sample corpus
#   make test     install what is missing, build, run every test (ends "N passed, N failed")
#   make eval     figures on the gold data in ../shared/data (skips when absent)
#   make bench    throughput, scaling and memory (reports, never fails)
#   make fuzz     libFuzzer targets, FUZZ_SECONDS each (default 30)
#   make clean    remove every build output

CC       ?= cc
CLANG    ?= clang
CFLAGS   ?= -O2 -g
WARN     := -std=c11 -Wall -Wextra -Wshadow -Wno-unused-parameter
CPPFLAGS := -Iinclude -Iext/sql -D_POSIX_C_SOURCE=200809L
SHARED   ?= ../shared
FUZZ_SECONDS ?= 30

# Debian packages: what building needs, and what the test, eval and fuzz
# suites need on top (host-loading tests, sanitizers, valgrind, libFuzzer).
# A `command:package` entry installs the package only when the command is
# missing (Node may come from nodesource, with npm inside it).
DEB_BUILD := libsqlite3-dev libutf8proc-dev sqlite3 gcc make
DEB_TEST  := python3 valgrind clang libclang-rt-14-dev node:nodejs npm:npm
DEB_BENCH := node:nodejs npm:npm

# Engine: plain C, no SQLite. Glue: the SQLite layer (ext/news.c, ext/sql/, *_sql.c).
ALL_SRC    := $(sort $(wildcard ext/*.c ext/*/*.c))
GLUE_SRC   := $(filter ext/news.c ext/sql/% %_sql.c,$(ALL_SRC))
ENGINE_SRC := $(filter-out $(GLUE_SRC),$(ALL_SRC))
HEADERS    := $(wildcard include/*.h ext/*/*.h)

# utf8proc goes into news.so statically, its symbols hidden: the one file is
# all a user copies. Resolved when a recipe runs (after `make deps`).
UTF8PROC_A = $(shell $(CC) -print-file-name=libutf8proc.a)

OBJ        := $(patsubst %.c,build/obj/%.o,$(ALL_SRC))
ENGINE_OBJ := $(patsubst %.c,build/obj/%.o,$(ENGINE_SRC))
ASAN_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
ASAN_OBJ   := $(patsubst %.c,build/asan/%.o,$(ALL_SRC))
ASAN_ENGINE_OBJ := $(patsubst %.c,build/asan/%.o,$(ENGINE_SRC))

C_TESTS := $(patsubst tests/c/%.c,%,$(wildcard tests/c/test_*.c))
TEST_UTIL := $(wildcard tests/c/*_util.c)
TEST_HEADERS := $(wildcard tests/c/*.h tests/fuzz/*.h)

.PHONY: all deps deps-test demo test test-run test-valgrind eval bench fuzz clean format

all: news.so

news.so: $(OBJ)
	$(CC) -shared -o $@ $(OBJ) $(UTF8PROC_A) -Wl,--exclude-libs,ALL -Wl,-z,defs -lm

build/obj/%.o: %.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) -fPIC -fvisibility=hidden -c $< -o $@

build/asan/%.o: %.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) -O1 -g $(ASAN_FLAGS) -fPIC -fvisibility=hidden -c $< -o $@

build/asan/news.so: $(ASAN_OBJ)
	$(CC) -shared $(ASAN_FLAGS) -o $@ $(ASAN_OBJ) $(UTF8PROC_A) -Wl,--exclude-libs,ALL -lm

# ThreadSanitizer build of the extension, for the two-thread test alone.
TSAN_FLAGS := -fsanitize=thread
TSAN_OBJ   := $(patsubst %.c,build/tsan/%.o,$(ALL_SRC))

build/tsan/%.o: %.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) -O1 -g $(TSAN_FLAGS) -fPIC -fvisibility=hidden -c $< -o $@

build/tsan/news.so: $(TSAN_OBJ)
	$(CC) -shared $(TSAN_FLAGS) -o $@ $(TSAN_OBJ) $(UTF8PROC_A) -Wl,--exclude-libs,ALL -lm

build/tsan-test/test_threads: tests/c/test_threads.c $(HEADERS) $(TEST_HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) -O1 -g $(TSAN_FLAGS) -o $@ $< -lsqlite3 -lpthread

# Fuzzing. Each tests/fuzz/fuzz_NAME.c defines LLVMFuzzerTestOneInput. `make
# fuzz` builds it with clang and libFuzzer against every source built the
# same way (ASan, UBSan, coverage) and runs it for FUZZ_SECONDS
# (tests/fuzz/run.sh). `make test` replays its seeds and regression inputs
# through the same entry point built without libFuzzer (tests/fuzz/replay.c),
# normal and ASan: build/test/replay_NAME, build/asan-test/replay_NAME.
FUZZ_TARGETS := $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_FLAGS   := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_OBJ     := $(patsubst %.c,build/fuzz/obj/%.o,$(ALL_SRC))
.SECONDARY: $(FUZZ_OBJ) # named only by a pattern rule: keep them between runs

build/fuzz/obj/%.o: %.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CLANG) $(CPPFLAGS) $(WARN) -O1 -g $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -fPIC \
	  -fvisibility=hidden -c $< -o $@

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_OBJ) $(HEADERS) $(TEST_HEADERS)
	@mkdir -p $(dir $@)
	$(CLANG) $(CPPFLAGS) $(WARN) -O1 -g $(FUZZ_FLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_OBJ) \
	  $(UTF8PROC_A) -lsqlite3 -lm -lpthread

build/test/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c $(OBJ) $(HEADERS) $(TEST_HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) -o $@ $< tests/fuzz/replay.c $(OBJ) $(UTF8PROC_A) \
	  -lsqlite3 -lm -lpthread

build/asan-test/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c $(ASAN_OBJ) $(HEADERS) $(TEST_HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) -O1 -g $(ASAN_FLAGS) -o $@ $< tests/fuzz/replay.c $(ASAN_OBJ) \
	  $(UTF8PROC_A) -lsqlite3 -lm -lpthread

# C unit tests of the engine (no SQLite), and the SQL test runner.
build/test/%: tests/c/%.c $(ENGINE_OBJ) $(TEST_UTIL) $(HEADERS) $(TEST_HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) -o $@ $< $(TEST_UTIL) $(ENGINE_OBJ) $(UTF8PROC_A) -lsqlite3 -lm -lpthread

build/test/sqltest: tests/c/sqltest.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) -o $@ $< -lsqlite3 -lpthread

build/asan-test/%: tests/c/%.c $(ASAN_ENGINE_OBJ) $(TEST_UTIL) $(HEADERS) $(TEST_HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) -O1 -g $(ASAN_FLAGS) -o $@ $< $(TEST_UTIL) $(ASAN_ENGINE_OBJ) $(UTF8PROC_A) -lsqlite3 -lm -lpthread

build/asan-test/sqltest: tests/c/sqltest.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) -O1 -g $(ASAN_FLAGS) -o $@ $< -lsqlite3 -lpthread

# Installs the Debian packages in $(1) that dpkg does not report installed
# (for `command:package`, whose command is not on PATH).
define install_debs
	@missing=""; for p in $(1); do \
	  case $$p in \
	  *:*) command -v $${p%%:*} >/dev/null 2>&1 || missing="$$missing $${p#*:}" ;; \
	  *) dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p" ;; \
	  esac; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null || exit 1; \
	fi
endef

deps:
	$(call install_debs,$(DEB_BUILD))

deps-test: deps
	$(call install_debs,$(DEB_TEST))

demo: deps
	@$(MAKE) --no-print-directory news.so
	@rm -f demo.db
	@sqlite3 demo.db < sql/demo.sql
	@sqlite3 demo.db < sql/demo_report.sql

test: deps-test
	@$(MAKE) --no-print-directory test-run

test-run: news.so build/asan/news.so $(addprefix build/test/,$(C_TESTS) sqltest) \
          $(addprefix build/asan-test/,$(C_TESTS) sqltest) \
          build/tsan/news.so build/tsan-test/test_threads \
          $(addprefix build/test/replay_,$(FUZZ_TARGETS)) \
          $(addprefix build/asan-test/replay_,$(FUZZ_TARGETS))
	@SHARED=$(SHARED) sh tests/run.sh

# valgrind over every SQL test file but the 100 MB one (tests/run.sh, in
# `make test`, leaves limits.test out too: it takes ~30 s under valgrind).
test-valgrind: deps-test
	@$(MAKE) --no-print-directory news.so build/test/sqltest
	NEWS_TEST_PREFIX=valgrind: valgrind --error-exitcode=1 --leak-check=full \
	  --errors-for-leak-kinds=definite -q \
	  build/test/sqltest ./news.so $(filter-out tests/sql/huge.test,$(wildcard tests/sql/*.test))

eval: deps-test
	@$(MAKE) --no-print-directory news.so
	@/usr/bin/python3 tests/eval/eval.py --shared $(SHARED) --ext ./news.so

# The bench program, and its peer chrono-node (npm, pinned in
# tests/bench/package.json, installed once into the git-ignored
# tests/bench/node_modules). A peer that cannot be installed is reported
# n/a by the bench, which never fails the build over a figure.
build/bench/bench: tests/bench/bench.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) -o $@ $< $(UTF8PROC_A) -lsqlite3 -lm

fuzz: deps-test
	@$(MAKE) --no-print-directory $(addprefix build/fuzz/fuzz_,$(FUZZ_TARGETS))
	@sh tests/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

bench: deps
	-$(call install_debs,$(DEB_BENCH))
	@$(MAKE) --no-print-directory news.so build/bench/bench
	@[ -d tests/bench/node_modules/chrono-node ] || \
	  (cd tests/bench && npm install --no-audit --no-fund --loglevel=error >/dev/null 2>&1) || \
	  echo "bench: npm install of chrono-node failed; its figures will read n/a"
	@build/bench/bench ./news.so $(SHARED)

clean:
	rm -rf build news.so demo.db tests/hosts/node_modules tests/hosts/package-lock.json \
	  tests/bench/node_modules tests/bench/package-lock.json

format:
	clang-format -i $(ALL_SRC) $(HEADERS) tests/c/*.c tests/c/*.h tests/fuzz/*.c tests/fuzz/*.h \
	  tests/bench/*.c
