# gateway.h - build, test and bench. `make test` runs every test; `make bench` runs the main job.
CC      ?= cc
CXX     ?= c++
CFLAGS  ?= -O2 -g
STD     := -std=c99
WARN    := -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Werror
WRAP    := -Wl,--wrap=malloc -Wl,--wrap=calloc -Wl,--wrap=realloc -Wl,--wrap=free
SAN     := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
HDRS    := gateway.h gateway_json.h $(wildcard parts/*.h)

TEST_SRCS   := $(sort $(wildcard tests/test_*.c))
PLAIN_TESTS := $(TEST_SRCS:tests/%.c=build/plain/%)
ASAN_TESTS  := $(TEST_SRCS:tests/%.c=build/asan/%)

.PHONY: all test test-plain test-asan bench clean
.SECONDARY:

all: build/gwcat build/bench

build/plain build/asan:
	@mkdir -p $@

build/plain/%.o: tests/%.c tests/t.h $(HDRS) | build/plain
	$(CC) $(STD) $(WARN) $(CFLAGS) -c -o $@ $<
build/plain/test_%: build/plain/test_%.o build/plain/t.o build/plain/impl.o
	$(CC) $(CFLAGS) -o $@ $^ $(WRAP) -lm

build/asan/%.o: tests/%.c tests/t.h $(HDRS) | build/asan
	$(CC) $(STD) $(WARN) $(SAN) -c -o $@ $<
build/asan/test_%: build/asan/test_%.o build/asan/t.o build/asan/impl.o
	$(CC) $(SAN) -o $@ $^ $(WRAP) -lm

build/gwcat: examples/gwcat.c $(HDRS) | build/plain
	$(CC) $(STD) $(WARN) $(CFLAGS) -o $@ examples/gwcat.c

build/bench: bench/bench.c $(HDRS) | build/plain
	$(CC) $(STD) $(WARN) -O2 -g -o $@ bench/bench.c -lm

test: $(PLAIN_TESTS) $(ASAN_TESTS) build/gwcat
	@CC="$(CC)" CXX="$(CXX)" sh tests/run.sh

test-plain: $(PLAIN_TESTS)
test-asan: $(ASAN_TESTS)

bench: build/bench
	./build/bench

clean:
	rm -rf build

# ---- fuzzing (clang + libFuzzer; see tests/FUZZING.md) ----
# `make fuzz FUZZ_SECONDS=N` builds fuzz/fuzz_*.c into build/fuzz/ and runs each target N seconds.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_FLAGS   := -std=c99 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_TARGETS := tokenize access writer decode

.PHONY: fuzz fuzz-build fuzz-smoke

build/fuzz/fuzz_%: fuzz/fuzz_%.c $(HDRS)
	@mkdir -p build/fuzz
	$(FUZZ_CC) $(FUZZ_FLAGS) -o $@ $< -lm

fuzz-build: $(FUZZ_TARGETS:%=build/fuzz/fuzz_%)

fuzz: fuzz-build
	@sh fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

fuzz-smoke:
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=20

# Peers for the bench (jsmn, cJSON, simdjson from Debian packages); build/bench-peers adds them to the run.
PEER_PKGS := libjsmn-dev libcjson-dev libsimdjson-dev
# simdjson On-Demand is compiled into this file: without -march it uses its portable "fallback" kernel
SIMDJSON_ARCH ?= -march=native
.PHONY: bench-peers
bench-peers:
	@dpkg -s $(PEER_PKGS) >/dev/null 2>&1 || { apt-get update && apt-get install -y $(PEER_PKGS); }
	$(MAKE) build/bench-peers

build/bench-peers: bench/bench.c bench/peer_simdjson.cpp $(HDRS) | build/plain
	$(CXX) -std=c++17 -O2 -g $(SIMDJSON_ARCH) -c -o build/peer_simdjson.o bench/peer_simdjson.cpp
	$(CC) $(STD) $(WARN) -O2 -g -DGW_BENCH_PEERS -o $@ bench/bench.c build/peer_simdjson.o -lcjson -lsimdjson -lstdc++ -lm
