# gateway.h - build, test and bench. `make test` runs every test; `make bench` runs the main job.
CC      ?= cc
CXX     ?= c++
CFLAGS  ?= -O2 -g
STD     := -std=c99
WARN    := -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Werror
WRAP    := -Wl,--wrap=malloc -Wl,--wrap=calloc -Wl,--wrap=realloc -Wl,--wrap=free
SAN     := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
HDRS    := gateway.h gateway_json.h
TEST_HDRS := tests/t.h tests/gw_mut.h tests/round_trip.h tests/all_vectors.h tests/with_toy.h

TEST_SRCS   := $(filter-out tests/test_alone.c,$(sort $(wildcard tests/test_*.c)))
PLAIN_TESTS := $(TEST_SRCS:tests/%.c=build/plain/%)
ASAN_TESTS  := $(TEST_SRCS:tests/%.c=build/asan/%)

.PHONY: all test check test-plain test-asan test-csan test-tsan bench clean install uninstall examples schema-docs slots
.SECONDARY:

all: build/gwcat build/bench
# test_json_swar.c is test_json_tok.c built again with GJ_NO_SIMD: it includes that file
build/plain/test_json_swar.o build/asan/test_json_swar.o build/csan/test_json_swar.o: tests/test_json_tok.c
# and test_json_raw_swar.c is test_json_raw.c with GJ_NO_SIMD
build/plain/test_json_raw_swar.o build/asan/test_json_raw_swar.o build/csan/test_json_raw_swar.o: tests/test_json_raw.c

build/plain build/asan:
	@mkdir -p $@

build/plain/%.o: tests/%.c $(TEST_HDRS) $(HDRS) | build/plain
	$(CC) $(STD) $(WARN) $(CFLAGS) -c -o $@ $<
build/plain/test_%: build/plain/test_%.o build/plain/t.o build/plain/impl.o
	$(CC) $(CFLAGS) -o $@ $^ $(WRAP) -lm -pthread
# gateway.h with one protocol alone (GATEWAY_NO_<P> for the four others): tests/test_alone.c once per
# protocol, build/plain/test_alone_<p>; it compiles its own copy of the library
ALONE_TESTS := $(foreach p,sm i386 ms ng dmod,build/plain/test_alone_$(p))
PLAIN_TESTS += $(ALONE_TESTS)
build/plain/test_alone_%.o: tests/test_alone.c $(TEST_HDRS) $(HDRS) | build/plain
	@flags=""; for q in SM I386 MS NG DMOD; do [ "$$q" = "$$(echo $* | tr a-z A-Z)" ] || flags="$$flags -DGATEWAY_NO_$$q"; done; \
	echo "$(CC) ... $$flags -c -o $@ $<"; \
	$(CC) $(STD) $(WARN) $(CFLAGS) $$flags -DGW_ALONE_NAME='"$*"' -c -o $@ $<
# test_diff once more with GW_PORTABLE: the one pass and the fast encoder without SSE2 or word tricks,
# byte by byte (the paths of big-endian machines and of compilers without the GNU builtins);
# test_diff compiles its own copy of the library, so the macro goes to it
build/plain/test_diff_bytewise.o: tests/test_diff.c $(TEST_HDRS) tests/ref_decode.h $(HDRS) | build/plain
	$(CC) $(STD) $(WARN) $(CFLAGS) -DGW_PORTABLE -c -o $@ $<
build/plain/test_diff_bytewise: build/plain/test_diff_bytewise.o build/plain/t.o build/plain/impl.o
	$(CC) $(CFLAGS) -o $@ $^ $(WRAP) -lm -pthread
# and with GJ_NO_SIMD: word tricks without SSE2 (the fast encoder's digits and raw copy, the writer's
# escaping), the paths of little-endian machines without SSE2
build/plain/test_diff_swar.o: tests/test_diff.c $(TEST_HDRS) tests/ref_decode.h $(HDRS) | build/plain
	$(CC) $(STD) $(WARN) $(CFLAGS) -DGJ_NO_SIMD -c -o $@ $<
build/plain/test_diff_swar: build/plain/test_diff_swar.o build/plain/t.o build/plain/impl.o
	$(CC) $(CFLAGS) -o $@ $^ $(WRAP) -lm -pthread

build/asan/%.o: tests/%.c $(TEST_HDRS) $(HDRS) | build/asan
	$(CC) $(STD) $(WARN) $(SAN) -c -o $@ $<
build/asan/test_%: build/asan/test_%.o build/asan/t.o build/asan/impl.o
	$(CC) $(SAN) -o $@ $^ $(WRAP) -lm -pthread

# The same sanitizer build with clang (build/csan/): its UBSan catches what gcc's does not, such as
# arithmetic on a null pointer (NULL + 0). Part of `make test` where clang is installed.
CLANG      ?= clang
HAVE_CLANG := $(shell command -v $(CLANG) >/dev/null 2>&1 && echo 1)
build/csan:
	@mkdir -p $@
build/csan/%.o: tests/%.c $(TEST_HDRS) $(HDRS) | build/csan
	$(CLANG) $(STD) $(WARN) $(SAN) -c -o $@ $<
build/csan/test_%: build/csan/test_%.o build/csan/t.o build/csan/impl.o
	$(CLANG) $(SAN) -o $@ $^ $(WRAP) -lm -pthread

# test_threads once more under ThreadSanitizer (build/tsan/): any shared mutable state that decode,
# encode, peek or the session checker touch is a report. Part of `make test` where it builds.
TSAN      := -O1 -g -fsanitize=thread -fno-omit-frame-pointer
HAVE_TSAN := $(shell printf 'int main(void){return 0;}\n' | $(CC) -fsanitize=thread -x c -o /dev/null - >/dev/null 2>&1 && echo 1)
build/tsan/test_threads: tests/test_threads.c tests/t.c tests/impl.c tests/t.h tests/all_vectors.h $(HDRS)
	@mkdir -p build/tsan
	$(CC) $(STD) $(WARN) $(TSAN) -o $@ tests/test_threads.c tests/t.c tests/impl.c $(WRAP) -lm -pthread

# The zlib transport (GATEWAY_ZLIB section of gateway.h): test_zlib and its own impl object get -DGATEWAY_ZLIB and -lz.
# Skipped, with a warning, where zlib.h is missing (sh examples/deps.sh installs zlib1g-dev).
HAVE_ZLIB := $(shell printf '\043include <zlib.h>\n' | $(CC) -E - >/dev/null 2>&1 && echo 1)
ifneq ($(HAVE_ZLIB),1)
$(warning zlib.h not found: test_zlib skipped (run: sh examples/deps.sh))
TEST_SRCS   := $(filter-out tests/test_zlib.c,$(TEST_SRCS))
PLAIN_TESTS := $(TEST_SRCS:tests/%.c=build/plain/%)
ASAN_TESTS  := $(TEST_SRCS:tests/%.c=build/asan/%)
endif
ZDEF := -DGATEWAY_ZLIB
build/plain/test_zlib.o: tests/test_zlib.c tests/t.h $(HDRS) | build/plain
	$(CC) $(STD) $(WARN) $(CFLAGS) $(ZDEF) -c -o $@ $<
build/plain/impl_zlib.o: tests/impl.c $(HDRS) | build/plain
	$(CC) $(STD) $(WARN) $(CFLAGS) $(ZDEF) -c -o $@ $<
build/plain/test_zlib: build/plain/test_zlib.o build/plain/t.o build/plain/impl_zlib.o
	$(CC) $(CFLAGS) -o $@ $^ $(WRAP) -lm -lz
build/asan/test_zlib.o: tests/test_zlib.c tests/t.h $(HDRS) | build/asan
	$(CC) $(STD) $(WARN) $(SAN) $(ZDEF) -c -o $@ $<
build/asan/impl_zlib.o: tests/impl.c $(HDRS) | build/asan
	$(CC) $(STD) $(WARN) $(SAN) $(ZDEF) -c -o $@ $<
build/asan/test_zlib: build/asan/test_zlib.o build/asan/t.o build/asan/impl_zlib.o
	$(CC) $(SAN) -o $@ $^ $(WRAP) -lm -lz
build/csan/test_zlib.o: tests/test_zlib.c tests/t.h $(HDRS) | build/csan
	$(CLANG) $(STD) $(WARN) $(SAN) $(ZDEF) -c -o $@ $<
build/csan/impl_zlib.o: tests/impl.c $(HDRS) | build/csan
	$(CLANG) $(STD) $(WARN) $(SAN) $(ZDEF) -c -o $@ $<
build/csan/test_zlib: build/csan/test_zlib.o build/csan/t.o build/csan/impl_zlib.o
	$(CLANG) $(SAN) -o $@ $^ $(WRAP) -lm -lz

# The one-pass decoder's key tables, each protocol's whole frames, shapes, leads, tails, opcodes'
# first rows and table of names (gateway.h, between the "slot tables" markers) made again from the schemas and rows:
# run `make slots` after adding or changing a schema, a row or a named row (test_tables fails until then)
build/plain/gen_slots: tests/gen_slots.c tests/slots.h $(HDRS) | build/plain
	$(CC) $(STD) $(WARN) $(CFLAGS) -o $@ $<
slots: build/plain/gen_slots
	build/plain/gen_slots > build/slots.inc
	awk 'FNR == NR { t = t $$0 "\n"; next } /^\/\* ---- end of slot tables/ { printf "%s", t; skip = 0 } \
	     !skip { print } /^\/\* ---- slot tables:/ { skip = 1 }' build/slots.inc gateway.h > build/gateway.h.new
	cat build/gateway.h.new > gateway.h && rm -f build/gateway.h.new

# the test-only toy protocol (HACKING.md, "Add a protocol")
TOY_HDRS := tests/toy/toy.h
# The suites that walk every protocol of the build run once more with the toy compiled in
# (tests/with_toy.h, -DGW_TEST_TOY): build/<mode>/test_<suite>_toy, linked like every test
TOY_SUITES := session lenient peek
TOY_TESTS  := $(TOY_SUITES:%=test_%_toy)
PLAIN_TESTS += $(TOY_TESTS:%=build/plain/%)
ASAN_TESTS  += $(TOY_TESTS:%=build/asan/%)
build/plain/test_%_toy.o: tests/test_%.c $(TEST_HDRS) $(TOY_HDRS) $(HDRS) | build/plain
	$(CC) $(STD) $(WARN) $(CFLAGS) -DGW_TEST_TOY -c -o $@ $<
build/asan/test_%_toy.o: tests/test_%.c $(TEST_HDRS) $(TOY_HDRS) $(HDRS) | build/asan
	$(CC) $(STD) $(WARN) $(SAN) -DGW_TEST_TOY -c -o $@ $<
build/csan/test_%_toy.o: tests/test_%.c $(TEST_HDRS) $(TOY_HDRS) $(HDRS) | build/csan
	$(CLANG) $(STD) $(WARN) $(SAN) -DGW_TEST_TOY -c -o $@ $<

# gwcat --schema names each kind's D-numbers: build/gwcat_decisions.h gathers them from PROTOCOLS.md and gateway.h
build/gwcat_decisions.h: examples/decisions.awk PROTOCOLS.md gateway.h | build/plain
	awk -f examples/decisions.awk PROTOCOLS.md gateway.h > $@
build/gwcat: examples/gwcat.c examples/gwcat_schema.h build/gwcat_decisions.h $(HDRS) | build/plain
	$(CC) $(STD) $(WARN) $(CFLAGS) -Ibuild -DGWCAT_DECISIONS -o $@ examples/gwcat.c

# Examples: WebSocket servers/client on wslay (`sh examples/deps.sh` installs libwslay-dev, zlib1g-dev).
EXAMPLES := build/ms_server build/dmod_server build/i386_client build/gwload
examples: $(EXAMPLES) build/gwcat
build/ms_server: examples/ms_server.c examples/wsio.h $(HDRS) | build/plain
	$(CC) $(STD) $(WARN) $(CFLAGS) -o $@ $< -lwslay -lz
build/dmod_server: examples/dmod_server.c examples/wsio.h $(HDRS) | build/plain
	$(CC) $(STD) $(WARN) $(CFLAGS) -o $@ $< -lwslay
build/i386_client: examples/i386_client.c examples/wsio.h $(HDRS) | build/plain
	$(CC) $(STD) $(WARN) $(CFLAGS) -o $@ $< -lwslay
build/gwload: examples/gwload.c examples/wsio.h $(HDRS) | build/plain
	$(CC) $(STD) $(WARN) $(CFLAGS) -o $@ $< -lwslay

# tests/schema.sh: copies of the five protocol tests whose encodes tests/schema_tap.c records (-Wl,--wrap=
# on the encode entry points), and tests/schema_frames.c, the vectors and their mutations as JSON lines
SCHEMA_PROTOS := sm i386 ms ng dmod
SCHEMA_WRAP   := -Wl,--wrap=gw_encode,--wrap=gw_encode_wire $(foreach p,$(SCHEMA_PROTOS),-Wl,--wrap=gw_$(p)_encode,--wrap=gw_$(p)_encode_wire)
build/schema:
	@mkdir -p $@
build/schema/tap.o: tests/schema_tap.c $(HDRS) | build/schema
	$(CC) $(STD) $(WARN) $(CFLAGS) -c -o $@ $<
build/schema/test_%: build/plain/test_%.o build/plain/t.o build/plain/impl.o build/schema/tap.o | build/schema
	$(CC) $(CFLAGS) -o $@ $^ $(WRAP) $(SCHEMA_WRAP) -lm -pthread
build/schema/frames: tests/schema_frames.c build/plain/t.o build/plain/impl.o $(TEST_HDRS) $(HDRS) | build/schema
	$(CC) $(STD) $(WARN) $(CFLAGS) -o $@ tests/schema_frames.c build/plain/t.o build/plain/impl.o $(WRAP) -lm -pthread
SCHEMA_BINS := $(SCHEMA_PROTOS:%=build/schema/test_%) build/schema/frames
# The spec as documents (issue 23), made by gwcat from the codec's tables: NAME.schema.json (JSON Schema
# 2020-12) and NAME.asyncapi.json (AsyncAPI 3.0, whose payloads $ref the first) per protocol
SCHEMA_NAMES := shardmaster i386chat microservice nightingale dmod
SCHEMA_DOCS  := $(foreach n,$(SCHEMA_NAMES),$(n).schema.json $(n).asyncapi.json)
build/share/gateway/%.schema.json: build/gwcat
	@mkdir -p $(@D)
	build/gwcat --schema json-schema $* > $@.tmp && mv $@.tmp $@
build/share/gateway/%.asyncapi.json: build/gwcat
	@mkdir -p $(@D)
	build/gwcat --schema asyncapi $* > $@.tmp && mv $@.tmp $@
schema-docs: $(SCHEMA_DOCS:%=build/share/gateway/%)

build/bench: bench/bench.c $(HDRS) | build/plain
	$(CC) $(STD) $(WARN) -O2 -g -o $@ bench/bench.c -lm -pthread

# The examples join the test run where libwslay-dev is installed (sh examples/deps.sh).
HAVE_WSLAY := $(shell printf '\043include <wslay/wslay.h>\n' | $(CC) -E - >/dev/null 2>&1 && echo 1)
CSAN_TESTS := $(TEST_SRCS:tests/%.c=build/csan/%) $(TOY_TESTS:%=build/csan/%)
test: $(PLAIN_TESTS) build/plain/test_diff_bytewise build/plain/test_diff_swar $(ASAN_TESTS) $(if $(HAVE_CLANG),$(CSAN_TESTS)) $(if $(HAVE_TSAN),build/tsan/test_threads) build/gwcat $(SCHEMA_BINS) schema-docs $(if $(HAVE_WSLAY),$(EXAMPLES))
	@CC="$(CC)" CXX="$(CXX)" sh tests/run.sh

test-plain: $(PLAIN_TESTS) build/plain/test_diff_bytewise build/plain/test_diff_swar
# the quick run: the plain test programs and gwcat, no sanitizers (`make test` is the whole set)
check: $(PLAIN_TESTS) build/plain/test_diff_bytewise build/plain/test_diff_swar build/gwcat
	@sh tests/run.sh --plain
test-asan: $(ASAN_TESTS)
test-csan: $(CSAN_TESTS)
test-tsan: build/tsan/test_threads

bench: build/bench
	./build/bench

clean:
	rm -rf build

# ---- install: `make install PREFIX=/usr/local [DESTDIR=...]` ----
# The two headers go to include/; gateway.pc (relocatable) goes to share/pkgconfig;
# gatewayConfig.cmake and gatewayConfigVersion.cmake go to share/cmake/gateway (as `cmake --install`);
# the protocols' JSON Schema and AsyncAPI documents, generated by build/gwcat, go to share/gateway.
# `make uninstall` removes those files, then every directory of that layout (and PREFIX) that is
# left empty: rmdir fails on a directory that still holds something, and that failure is ignored.
PREFIX       ?= /usr/local
INSTALL_HDRS := gateway.h gateway_json.h
CMAKE_FILES  := gatewayConfig.cmake gatewayConfigVersion.cmake
INSTALL_DIRS := include share/pkgconfig share/cmake/gateway share/cmake share/gateway share
install: schema-docs
	@for f in $(INSTALL_HDRS); do install -D -m 644 $$f "$(DESTDIR)$(PREFIX)/include/$$f" || exit 1; done
	install -D -m 644 gateway.pc "$(DESTDIR)$(PREFIX)/share/pkgconfig/gateway.pc"
	@for f in $(CMAKE_FILES); do install -D -m 644 cmake/$$f "$(DESTDIR)$(PREFIX)/share/cmake/gateway/$$f" || exit 1; done
	@for f in $(SCHEMA_DOCS); do install -D -m 644 build/share/gateway/$$f "$(DESTDIR)$(PREFIX)/share/gateway/$$f" || exit 1; done
	@echo "installed $(words $(INSTALL_HDRS)) headers, gateway.pc, $(words $(CMAKE_FILES)) CMake files and $(words $(SCHEMA_DOCS)) schema documents under $(DESTDIR)$(PREFIX)"
uninstall:
	rm -f $(addprefix "$(DESTDIR)$(PREFIX)/include/,$(addsuffix ",$(INSTALL_HDRS)))
	rm -f "$(DESTDIR)$(PREFIX)/share/pkgconfig/gateway.pc" $(addprefix "$(DESTDIR)$(PREFIX)/share/cmake/gateway/,$(addsuffix ",$(CMAKE_FILES)))
	rm -f $(addprefix "$(DESTDIR)$(PREFIX)/share/gateway/,$(addsuffix ",$(SCHEMA_DOCS)))
	@for d in $(addprefix "$(DESTDIR)$(PREFIX)/,$(addsuffix ",$(INSTALL_DIRS))) "$(DESTDIR)$(PREFIX)"; do rmdir "$$d" 2>/dev/null || :; done

# ---- fuzzing (clang + libFuzzer; see tests/FUZZING.md) ----
# `make fuzz FUZZ_SECONDS=N` builds fuzz/fuzz_*.c into build/fuzz/ and runs each target N seconds.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_FLAGS   := -std=c99 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_TARGETS := tokenize access writer decode diff

.PHONY: fuzz fuzz-build fuzz-smoke

build/fuzz/fuzz_%: fuzz/fuzz_%.c $(HDRS)
	@mkdir -p build/fuzz
	$(FUZZ_CC) $(FUZZ_FLAGS) -o $@ $< -lm
# the toy's own test and test_tables compile the toy in (TOY_HDRS, above)
build/plain/test_toy.o build/asan/test_toy.o build/csan/test_toy.o: $(TOY_HDRS)
build/plain/test_tables.o build/asan/test_tables.o build/csan/test_tables.o: $(TOY_HDRS) tests/slots.h
# fuzz_diff and tests/test_diff.c compare gw_decode with the frozen reference decoder (issue 11)
build/fuzz/fuzz_diff build/plain/test_diff.o build/asan/test_diff.o: tests/ref_decode.h tests/gw_mut.h
build/plain/test_diff.o build/asan/test_diff.o build/plain/test_adversarial.o build/asan/test_adversarial.o: tests/all_vectors.h

fuzz-build: $(FUZZ_TARGETS:%=build/fuzz/fuzz_%)

fuzz: fuzz-build
	@sh fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

fuzz-smoke:
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=20

# Peers for the bench (jsmn, cJSON, simdjson, RapidJSON from Debian packages); build/bench-peers adds
# them to the run (bench/bench.c says what each peer does; yyjson is not packaged in Debian 12).
# `make bench-peers` installs what is missing and builds build/bench-peers (run it, or bench/readme.sh).
PEER_PKGS := libjsmn-dev libcjson-dev libsimdjson-dev rapidjson-dev
# simdjson On-Demand and RapidJSON are compiled into the peers: without -march simdjson's On-Demand uses
# its portable "fallback" kernel and RapidJSON its SSE2 whitespace skip (SSE4.2 with -march=native).
# simdjson's DOM parser runs in libsimdjson.so, which picks its kernel at run time.
SIMDJSON_ARCH ?= -march=native
PEER_CXXFLAGS := -std=c++17 -O2 -g $(SIMDJSON_ARCH)
.PHONY: bench-peers instructions
bench-peers:
	@dpkg -s $(PEER_PKGS) >/dev/null 2>&1 || { apt-get update && apt-get install -y $(PEER_PKGS); }
	$(MAKE) build/bench-peers

build/peer_%.o: bench/peer_%.cpp $(HDRS) | build/plain
	$(CXX) $(PEER_CXXFLAGS) -c -o $@ $<

# yyjson (no Debian package): optional, compiled from YYJSON_DIR, never copied into the project. Default
# ../shared/peers/yyjson when that folder exists; `make bench-peers YYJSON_DIR=` leaves it out ("yyjson
# not measured"). yyjson.c is compiled as C, unmodified, with yyjson's default options and the C++ peers'
# flags less -std (-O2 -g $(SIMDJSON_ARCH)); bench/peer_yyjson.c (its read, walk and write) the same.
YYJSON_DIR    ?= $(wildcard ../shared/peers/yyjson)
YYJSON_CFLAGS := -O2 -g $(SIMDJSON_ARCH)
YYJSON_OK     := $(if $(YYJSON_DIR),$(if $(wildcard $(YYJSON_DIR)/yyjson.c),1))
ifeq ($(YYJSON_OK),1)
YY_OBJS := build/yyjson.o build/peer_yyjson.o
YY_DEFS := -DGW_BENCH_YYJSON -DYYJSON_FLAGS='"$(YYJSON_CFLAGS)"'
build/yyjson.o: $(YYJSON_DIR)/yyjson.c $(YYJSON_DIR)/yyjson.h build/yyjson.cfg | build/plain
	$(CC) $(YYJSON_CFLAGS) -c -o $@ $(YYJSON_DIR)/yyjson.c
build/peer_yyjson.o: bench/peer_yyjson.c $(YYJSON_DIR)/yyjson.h build/yyjson.cfg | build/plain
	$(CC) $(STD) $(WARN) $(YYJSON_CFLAGS) -isystem $(YYJSON_DIR) -c -o $@ bench/peer_yyjson.c
# build/instr runs under valgrind, which does not know AVX-512: there yyjson is built -O2 -g, no -march
# (yyjson has no SIMD code of its own; its instruction counts are those of the default build)
YY_INSTR_OBJS := build/instr_yyjson.o build/instr_peer_yyjson.o
build/instr_yyjson.o: $(YYJSON_DIR)/yyjson.c $(YYJSON_DIR)/yyjson.h build/yyjson.cfg | build/plain
	$(CC) -O2 -g -c -o $@ $(YYJSON_DIR)/yyjson.c
build/instr_peer_yyjson.o: bench/peer_yyjson.c $(YYJSON_DIR)/yyjson.h build/yyjson.cfg | build/plain
	$(CC) $(STD) $(WARN) -O2 -g -isystem $(YYJSON_DIR) -c -o $@ bench/peer_yyjson.c
endif
# build/yyjson.cfg changes (and the bench rebuilds) when YYJSON_DIR or its flags do
.PHONY: yyjson-cfg-force
build/yyjson.cfg: yyjson-cfg-force | build/plain
	@echo '$(YYJSON_OK)|$(YYJSON_DIR)|$(YYJSON_CFLAGS)' | cmp -s - $@ || echo '$(YYJSON_OK)|$(YYJSON_DIR)|$(YYJSON_CFLAGS)' > $@

build/bench-peers: bench/bench.c build/peer_simdjson.o build/peer_rapidjson.o $(YY_OBJS) build/yyjson.cfg $(HDRS) | build/plain
	$(CC) $(STD) $(WARN) -O2 -g -DGW_BENCH_PEERS $(YY_DEFS) -DPEER_FLAGS='"$(PEER_CXXFLAGS)"' -o $@ bench/bench.c \
		build/peer_simdjson.o build/peer_rapidjson.o $(YY_OBJS) -lcjson -lsimdjson -lstdc++ -lm

# callgrind instruction counts (per input byte on the mixed corpus, per heartbeat frame): these do
# not move with machine noise. Needs valgrind (the script apt-get installs it when missing).
build/instr_impl.o: bench/instr_impl.c $(HDRS) | build/plain
	$(CC) $(STD) $(WARN) -O2 -g -c -o $@ $<
build/instr: bench/instr.c build/instr_impl.o $(YY_INSTR_OBJS) build/yyjson.cfg $(HDRS) | build/plain
	$(CC) $(STD) $(WARN) -O2 -g $(if $(YYJSON_OK),-DGW_BENCH_YYJSON) -o $@ bench/instr.c build/instr_impl.o $(YY_INSTR_OBJS) -lm
instructions:
	sh bench/instructions.sh
