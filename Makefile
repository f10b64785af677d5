# Front end in the DuckDB manner: make (release), make debug, make test, make demo.
.PHONY: all release debug test demo bench clean deps format

GENERATOR := -G Ninja
JOBS ?= $(shell nproc)
SHARED ?= $(abspath ../shared)
DEMO_INPUT := $(if $(wildcard $(SHARED)/corpus/seeds),$(SHARED)/corpus/seeds,data/sample)

all: release

deps:
	@scripts/install-deps.sh

release: deps
	cmake $(GENERATOR) -S . -B build/release -DCMAKE_BUILD_TYPE=Release
	cmake --build build/release -j $(JOBS)

debug: deps
	cmake $(GENERATOR) -S . -B build/debug -DCMAKE_BUILD_TYPE=Debug
	cmake --build build/debug -j $(JOBS)

# Sanitizer build (ASan + UBSan) and the whole ctest suite.
test: deps
	cmake $(GENERATOR) -S . -B build/sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSITREP_SANITIZE=ON
	cmake --build build/sanitize -j $(JOBS)
	cd build/sanitize && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --output-on-failure -j $(JOBS)

demo: release
	build/release/sitrep analyze --pretty $(DEMO_INPUT)

bench: release
	build/release/sitrep-bench

format:
	clang-format -i $$(git ls-files 'src/*.cc' 'src/*.h' 'bench/*.cc')

clean:
	rm -rf build
